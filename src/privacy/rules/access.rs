//! Subject access: everything Convene holds about one person, across every event — their
//! record, invitations, registrations, nominations, the delegations they were focal point of,
//! check-in scans, the emails addressed to them (subject and dates, never bodies) and
//! certificates. Nothing of another person: a delegation shows its State and the person's own
//! part in it, never its other nominees; a scan shows when and how, not the desk's device or
//! officer. Token and link hashes are never part of it.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::Db;
use crate::domain::OutboxState;
use crate::entities::{
    attendance_scan, certificate, delegation, event, invitation, outbox_message, person, registration,
};
use crate::error::{Error, Result};

/// Everything Convene holds about one person.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PersonalData {
    /// When this copy was made.
    pub generated_at: DateTime<Utc>,
    /// The person's record (one per email address, shared by every event).
    pub person: PersonRecord,
    /// The events they are linked to, by date.
    pub events: Vec<EventRecord>,
    /// Their invitations.
    pub invitations: Vec<InvitationRecord>,
    /// Their registrations, with the details they gave for each event.
    pub registrations: Vec<RegistrationRecord>,
    /// The delegations that nominated them.
    pub nominations: Vec<NominationRecord>,
    /// The delegations they were the focal point of (without the people they nominated).
    pub focal_point_of: Vec<FocalPointRecord>,
    /// Their check-in scans.
    pub scans: Vec<ScanRecord>,
    /// The emails addressed to them: subject and dates only.
    pub emails: Vec<EmailRecord>,
    /// Their certificates of attendance.
    pub certificates: Vec<CertificateRecord>,
}

/// The person's record.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PersonRecord {
    pub id: i32,
    pub email: String,
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub organisation: Option<String>,
    /// Organisation type code.
    pub organisation_type: Option<String>,
    /// Gender code.
    pub gender: Option<String>,
    /// Language of their emails.
    pub language: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An event the person is linked to.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EventRecord {
    pub id: i32,
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// IANA time zone the event's times are shown in.
    pub time_zone: String,
}

/// One invitation.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InvitationRecord {
    pub id: i32,
    pub event_id: i32,
    /// `personal` (to register) or `nomination` (to nominate a State's delegation).
    pub kind: String,
    /// Participant role code.
    pub role: String,
    /// Invitation state code.
    pub state: String,
    pub position: Option<String>,
    pub language: String,
    pub sent_at: Option<DateTime<Utc>>,
    pub opened_at: Option<DateTime<Utc>>,
    pub responded_at: Option<DateTime<Utc>>,
    pub expires_at: DateTime<Utc>,
    pub decline_reason: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// One registration, with the details given.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RegistrationRecord {
    pub id: i32,
    pub event_id: i32,
    /// Participant role code.
    pub role: String,
    /// Registration state code.
    pub state: String,
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    /// Gender code.
    pub gender: String,
    /// ISO 3166-1 alpha-3 code of the State.
    pub country: Option<String>,
    pub organisation: Option<String>,
    /// Organisation type code.
    pub organisation_type: Option<String>,
    pub position: Option<String>,
    pub phone: Option<String>,
    pub needs: Option<String>,
    pub visa_letter: bool,
    pub language: String,
    pub decision_reason: Option<String>,
    pub offer_expires_at: Option<DateTime<Utc>>,
    /// The data-protection notice's version accepted (none when staff registered the person).
    pub notice_version: Option<String>,
    pub notice_accepted_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A delegation that nominated the person.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NominationRecord {
    pub delegation_id: i32,
    pub event_id: i32,
    /// ISO 3166-1 alpha-3 code of the nominating State.
    pub country: String,
    /// Whether they head the delegation.
    pub head_of_delegation: bool,
}

/// A delegation the person was the focal point of.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FocalPointRecord {
    pub delegation_id: i32,
    pub event_id: i32,
    /// ISO 3166-1 alpha-3 code of the State.
    pub country: String,
    pub seat_quota: i32,
    pub note_verbale_ref: Option<String>,
    pub note_verbale_date: Option<NaiveDate>,
}

/// One check-in scan.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ScanRecord {
    pub registration_id: i32,
    pub event_id: i32,
    pub day: NaiveDate,
    /// `entry`, `exit` or `undo`.
    pub direction: String,
    /// `qr`, `typed`, `search` or `walk_in`.
    pub method: String,
    pub scanned_at: DateTime<Utc>,
}

/// One email addressed to the person.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EmailRecord {
    pub subject: String,
    /// Delivery state code: `queued`, `sending`, `sent` or `failed`.
    pub state: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

/// One certificate of attendance.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CertificateRecord {
    pub registration_id: i32,
    pub event_id: i32,
    /// The code anyone can check at `/certificates/verify`.
    pub verification_code: String,
    pub days_attended: i32,
    pub days_total: i32,
    pub issued_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// What the private manage link `token` gives access to: the data of its registration's
/// person, and the language of their pages. A link the manage page refuses is refused alike.
pub async fn behind_link(db: &Db, token: &str, now: DateTime<Utc>) -> Result<(PersonalData, String)> {
    let managed = crate::registration::rules::managed(db, token, now).await?;
    let data = personal_data(&db.read, managed.person.id, now).await?;
    Ok((data, managed.registration.language))
}

/// Everything held about person `id` (an admin's copy, or the person's through their link).
pub async fn personal_data<C: ConnectionTrait>(db: &C, id: i32, now: DateTime<Utc>) -> Result<PersonalData> {
    let p = person::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound)?;
    let registrations = registration::Entity::find()
        .filter(registration::Column::PersonId.eq(id))
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?;
    let invitations = invitation::Entity::find()
        .filter(invitation::Column::PersonId.eq(id))
        .order_by_asc(invitation::Column::Id)
        .all(db)
        .await?;
    let registration_ids: Vec<i32> = registrations.iter().map(|r| r.id).collect();
    let nominated: BTreeSet<i32> = registrations
        .iter()
        .filter_map(|r| r.delegation_id)
        .chain(invitations.iter().filter_map(|i| i.delegation_id))
        .collect();
    let delegations = delegation::Entity::find()
        .filter(
            Condition::any()
                .add(delegation::Column::FocalPointId.eq(id))
                .add(delegation::Column::HeadPersonId.eq(id))
                .add(delegation::Column::Id.is_in(nominated.iter().copied())),
        )
        .order_by_asc(delegation::Column::Id)
        .all(db)
        .await?;
    let scans = attendance_scan::Entity::find()
        .filter(attendance_scan::Column::RegistrationId.is_in(registration_ids.iter().copied()))
        .order_by_asc(attendance_scan::Column::ScannedAt)
        .order_by_asc(attendance_scan::Column::Id)
        .all(db)
        .await?;
    let certificates = certificate::Entity::find()
        .filter(certificate::Column::RegistrationId.is_in(registration_ids.iter().copied()))
        .order_by_asc(certificate::Column::Id)
        .all(db)
        .await?;
    let emails = emails_to(db, &p.email).await?;
    let event_ids: BTreeSet<i32> = registrations
        .iter()
        .map(|r| r.event_id)
        .chain(invitations.iter().map(|i| i.event_id))
        .chain(delegations.iter().map(|d| d.event_id))
        .collect();
    let events = events(db, event_ids).await?;
    let (focal, nominations): (Vec<_>, Vec<_>) = delegations.into_iter().partition(|d| d.focal_point_id == id);
    Ok(PersonalData {
        generated_at: now,
        person: person_record(p),
        events,
        invitations: invitations.into_iter().map(invitation_record).collect(),
        registrations: registrations.into_iter().map(registration_record).collect(),
        nominations: nominations
            .into_iter()
            .map(|d| NominationRecord {
                delegation_id: d.id,
                event_id: d.event_id,
                country: d.country_iso3,
                head_of_delegation: d.head_person_id == Some(id),
            })
            .collect(),
        focal_point_of: focal.into_iter().map(focal_point_record).collect(),
        scans: scans.into_iter().map(scan_record).collect(),
        emails,
        certificates: certificates.into_iter().map(certificate_record).collect(),
    })
}

/// An email's subject, state, and when it was queued and sent.
type EmailRow = (String, OutboxState, DateTime<Utc>, Option<DateTime<Utc>>);

/// The emails addressed to `address`, oldest first, without their bodies.
async fn emails_to<C: ConnectionTrait>(db: &C, address: &str) -> Result<Vec<EmailRecord>> {
    let rows: Vec<EmailRow> = outbox_message::Entity::find()
        .select_only()
        .column(outbox_message::Column::Subject)
        .column(outbox_message::Column::State)
        .column(outbox_message::Column::CreatedAt)
        .column(outbox_message::Column::SentAt)
        .filter(outbox_message::Column::ToAddress.eq(address))
        .order_by_asc(outbox_message::Column::CreatedAt)
        .order_by_asc(outbox_message::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(subject, state, created_at, sent_at)| EmailRecord {
            subject,
            state: state.as_str().to_owned(),
            created_at,
            sent_at,
        })
        .collect())
}

/// The events `ids`, by date.
async fn events<C: ConnectionTrait>(db: &C, ids: BTreeSet<i32>) -> Result<Vec<EventRecord>> {
    let rows = event::Entity::find()
        .filter(event::Column::Id.is_in(ids))
        .order_by_asc(event::Column::StartDate)
        .order_by_asc(event::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|e| EventRecord {
            id: e.id,
            title: e.title,
            start_date: e.start_date,
            end_date: e.end_date,
            time_zone: e.time_zone,
        })
        .collect())
}

impl PersonalData {
    /// The events by id, for pages that name each record's event.
    pub fn events_by_id(&self) -> HashMap<i32, &EventRecord> {
        self.events.iter().map(|e| (e.id, e)).collect()
    }
}

fn person_record(p: person::Model) -> PersonRecord {
    PersonRecord {
        id: p.id,
        email: p.email,
        title: p.title,
        given_name: p.given_name,
        family_name: p.family_name,
        organisation: p.organisation,
        organisation_type: p.organisation_type,
        gender: p.gender.map(|g| g.as_str().to_owned()),
        language: p.language,
        created_at: p.created_at,
        updated_at: p.updated_at,
    }
}

fn invitation_record(i: invitation::Model) -> InvitationRecord {
    InvitationRecord {
        id: i.id,
        event_id: i.event_id,
        kind: i.kind.as_str().to_owned(),
        role: i.role.as_str().to_owned(),
        state: i.state.as_str().to_owned(),
        position: i.position,
        language: i.language,
        sent_at: i.sent_at,
        opened_at: i.opened_at,
        responded_at: i.responded_at,
        expires_at: i.expires_at,
        decline_reason: i.decline_reason,
        created_at: i.created_at,
    }
}

fn registration_record(r: registration::Model) -> RegistrationRecord {
    RegistrationRecord {
        id: r.id,
        event_id: r.event_id,
        role: r.role.as_str().to_owned(),
        state: r.state.as_str().to_owned(),
        title: r.title,
        given_name: r.given_name,
        family_name: r.family_name,
        gender: r.gender.as_str().to_owned(),
        country: r.country_iso3,
        organisation: r.organisation,
        organisation_type: r.organisation_type,
        position: r.position,
        phone: r.phone,
        needs: r.needs,
        visa_letter: r.visa_letter,
        language: r.language,
        decision_reason: r.decision_reason,
        offer_expires_at: r.offer_expires_at,
        notice_version: r.notice_version,
        notice_accepted_at: r.notice_accepted_at,
        created_at: r.created_at,
        updated_at: r.updated_at,
    }
}

fn focal_point_record(d: delegation::Model) -> FocalPointRecord {
    FocalPointRecord {
        delegation_id: d.id,
        event_id: d.event_id,
        country: d.country_iso3,
        seat_quota: d.seat_quota,
        note_verbale_ref: d.note_verbale_ref,
        note_verbale_date: d.note_verbale_date,
    }
}

fn scan_record(s: attendance_scan::Model) -> ScanRecord {
    ScanRecord {
        registration_id: s.registration_id,
        event_id: s.event_id,
        day: s.day,
        direction: s.direction.as_str().to_owned(),
        method: s.method.as_str().to_owned(),
        scanned_at: s.scanned_at,
    }
}

fn certificate_record(c: certificate::Model) -> CertificateRecord {
    CertificateRecord {
        registration_id: c.registration_id,
        event_id: c.event_id,
        verification_code: c.verification_code,
        days_attended: c.days_attended,
        days_total: c.days_total,
        issued_at: c.issued_at,
        revoked_at: c.revoked_at,
    }
}
