//! Rules of certificates of attendance: who earned one, issuing them (by the organiser once
//! the event has ended, or by the scheduled job) with an email each, revocation, the public
//! verification of a code, and the data of each printed certificate.
//!
//! The rule: a confirmed registration's days attended are the distinct days of the event with
//! an entry scan that was not undone (exits do not take a day away: the person came). It
//! qualifies when `days_attended × 100 ≥ percent × days_total`, `days_total` being every day
//! from the first to the last of the event. Counting is one SQL aggregation per event.
//!
//! Idempotency: `certificates.registration_id` is unique and a certificate is inserted in the
//! same transaction as its email, so a second run (the job after the organiser, or a second
//! instance) issues and sends nothing twice. A revoked certificate is never issued again by
//! the rule: the organiser revoked it on purpose.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect, TransactionTrait,
};

use super::code::VerificationCode;
use super::printable::{Badge, Printable};
use crate::Office;
use crate::attendance::rules as attendance;
use crate::audit::{self, Actor, Change};
use crate::auth::{StaffUser, tokens};
use crate::db::{self, Db};
use crate::domain::{DatePrecision, EventStatus, PersonName, RegistrationState, WebhookKind};
use crate::entities::{attendance_day, certificate, event, person, registration};
use crate::error::{Error, Msg, Result};
use crate::events::rules::managed_event;
use crate::i18n::Tr;
use crate::mail::{self, outbox};
use crate::reference::Reference;
use crate::registration::rules::end_of_event;
use crate::webhooks;

/// How long after its end the job still looks at an event (attendance corrected late is
/// still rewarded; older events are left alone).
const JOB_WINDOW_DAYS: i64 = 30;

/// The days of an event, first and last included.
pub fn days_total(e: &event::Model) -> i32 {
    i32::try_from((e.end_date - e.start_date).num_days() + 1).unwrap_or(i32::MAX)
}

/// Whether `attended` days of `total` meet a rule of `percent` %.
pub fn qualifies(percent: i32, attended: i32, total: i32) -> bool {
    i64::from(attended) * 100 >= i64::from(percent) * i64::from(total)
}

/// Days attended by each confirmed registration of `e` with at least one, counted by the
/// database: its day rows (days with an entry scan not undone) within the event.
pub async fn days_attended<C: ConnectionTrait>(db: &C, e: &event::Model) -> Result<HashMap<i32, i32>> {
    let confirmed = Query::select()
        .column(registration::Column::Id)
        .from(registration::Entity)
        .and_where(Expr::col(registration::Column::EventId).eq(e.id))
        .and_where(Expr::col(registration::Column::State).eq(RegistrationState::Confirmed))
        .to_owned();
    let rows: Vec<(i32, i64)> = attendance_day::Entity::find()
        .select_only()
        .column(attendance_day::Column::RegistrationId)
        .column_as(Expr::col(attendance_day::Column::Day).count(), "days")
        .filter(attendance_day::Column::EventId.eq(e.id))
        .filter(attendance_day::Column::Day.between(e.start_date, e.end_date))
        .filter(Expr::col(attendance_day::Column::RegistrationId).in_subquery(confirmed))
        .group_by(attendance_day::Column::RegistrationId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(id, days)| (id, i32::try_from(days).unwrap_or(i32::MAX))).collect())
}

/// One confirmed participant as the organiser's page lists them.
#[derive(Debug, Clone)]
pub struct Standing {
    /// The registration.
    pub registration: registration::Model,
    /// Days attended so far.
    pub days_attended: i32,
    /// Whether the days meet the rule.
    pub qualifies: bool,
    /// The certificate, once issued.
    pub certificate: Option<certificate::Model>,
}

/// The organiser's view of an event's certificates.
#[derive(Debug, Clone)]
pub struct Overview {
    /// The event.
    pub event: event::Model,
    /// Its days.
    pub days_total: i32,
    /// Whether its last day is over (certificates may be issued).
    pub ended: bool,
    /// Every confirmed participant, by name.
    pub standings: Vec<Standing>,
}

impl Overview {
    /// Certificates issued and not revoked.
    pub fn issued(&self) -> usize {
        self.standings.iter().filter(|s| s.certificate.as_ref().is_some_and(|c| c.revoked_at.is_none())).count()
    }

    /// Participants who qualify.
    pub fn qualifying(&self) -> usize {
        self.standings.iter().filter(|s| s.qualifies).count()
    }
}

async fn certificates_of<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<HashMap<i32, certificate::Model>> {
    Ok(certificate::Entity::find()
        .filter(certificate::Column::EventId.eq(event_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.registration_id, c))
        .collect())
}

/// Every confirmed participant of an event with their days and certificate.
pub async fn overview(db: &Db, staff: &StaffUser, event_id: i32, now: DateTime<Utc>) -> Result<Overview> {
    let e = managed_event(&db.read, staff, event_id).await?;
    let days = days_attended(&db.read, &e).await?;
    let mut certificates = certificates_of(&db.read, e.id).await?;
    let total = days_total(&e);
    let standings = confirmed(&db.read, e.id)
        .await?
        .into_iter()
        .map(|r| {
            let attended = days.get(&r.id).copied().unwrap_or(0);
            Standing {
                qualifies: e.certificate_min_attendance_percent.is_some_and(|p| qualifies(p, attended, total)),
                days_attended: attended,
                certificate: certificates.remove(&r.id),
                registration: r,
            }
        })
        .collect();
    Ok(Overview { ended: end_of_event(&e) < now, days_total: total, event: e, standings })
}

async fn confirmed<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<registration::Model>> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::State.eq(RegistrationState::Confirmed))
        .order_by_asc(registration::Column::FamilyName)
        .order_by_asc(registration::Column::GivenName)
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?)
}

/// What one issuing did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Issued {
    /// Certificates issued (and emailed) now.
    pub issued: u32,
    /// Participants who qualify and already had one (or had it revoked).
    pub already: u32,
    /// Confirmed participants who do not qualify.
    pub not_qualifying: u32,
}

/// Why an event cannot issue certificates now, if it cannot.
fn refusal(e: &event::Model, now: DateTime<Utc>) -> Option<Msg> {
    if e.certificate_min_attendance_percent.is_none() {
        Some(Msg::new("cert-err-no-rule"))
    } else if e.status != EventStatus::Published {
        Some(Msg::new("cert-err-not-held"))
    } else if e.date_precision != DatePrecision::Day {
        Some(Msg::new("cert-err-dates"))
    } else if end_of_event(e) >= now {
        Some(Msg::new("cert-err-not-ended"))
    } else {
        None
    }
}

/// Issues a certificate to every qualifying participant of `e` who has none, each in its own
/// transaction with its email (in the participant's language, carrying a fresh manage link to
/// download it). The caller checked that the event may issue.
async fn issue_event(office: &Office, now: DateTime<Utc>, e: &event::Model, percent: i32) -> Result<Issued> {
    let db = &office.db;
    let total = days_total(e);
    let days = days_attended(&db.read, e).await?;
    let existing = certificates_of(&db.read, e.id).await?;
    let mut outcome = Issued::default();
    for r in confirmed(&db.read, e.id).await? {
        let attended = days.get(&r.id).copied().unwrap_or(0);
        if !qualifies(percent, attended, total) {
            outcome.not_qualifying += 1;
        } else if existing.contains_key(&r.id) {
            outcome.already += 1;
        } else if issue_one(office, now, e, &r, attended, total).await? {
            outcome.issued += 1;
        } else {
            outcome.already += 1;
        }
    }
    if outcome.issued > 0 {
        office.mailer.wake();
        tracing::info!(event.id = e.id, certificates.issued = outcome.issued, "certificates issued");
    }
    Ok(outcome)
}

/// Issues and emails one certificate; false when another run issued it first.
async fn issue_one(
    office: &Office,
    now: DateTime<Utc>,
    e: &event::Model,
    r: &registration::Model,
    attended: i32,
    total: i32,
) -> Result<bool> {
    let txn = office.db.write.begin().await?;
    let Some(p) = person::Entity::find_by_id(r.person_id).one(&txn).await? else { return Ok(false) };
    let code = VerificationCode::generate()?;
    let row = certificate::ActiveModel {
        event_id: Set(e.id),
        registration_id: Set(r.id),
        verification_code: Set(code.as_str().to_owned()),
        days_attended: Set(attended),
        days_total: Set(total),
        issued_at: Set(now),
        emailed_at: Set(Some(now)),
        revoked_at: Set(None),
        ..Default::default()
    };
    let issued = match row.insert(&txn).await {
        Ok(issued) => issued,
        // A concurrent run issued it: its transaction sends the email, this one rolls back.
        Err(err) if db::is_unique_violation(&err) => return Ok(false),
        Err(err) => return Err(err.into()),
    };
    if office.webhooks.any() {
        let mut change = webhooks::Change::registration(WebhookKind::CertificateIssued, &e.programme_code, r, &p.email);
        change.ids.certificate_id = Some(issued.id);
        office.webhooks.record(&txn, change, now).await?;
    }
    // The email carries a fresh manage link (only hashes are stored), as every message about
    // a registration does.
    let token = tokens::generate()?;
    registration::Entity::update_many()
        .col_expr(registration::Column::ManageTokenHash, Expr::value(tokens::hash(&token)))
        .filter(registration::Column::Id.eq(r.id))
        .exec(&txn)
        .await?;
    let name = PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name).to_string();
    let message = emails::certificate_issued::CertificateIssued {
        name: name.clone(),
        event: mail::event_summary(e, &office.reference, mail::ui_lang(&r.language), &office.links.base),
        days_attended: u32::try_from(attended).unwrap_or(0),
        days_total: u32::try_from(total).unwrap_or(0),
        verification_code: code.as_str().to_owned(),
        download_url: format!("{}/r/{token}/certificate", office.links.base),
    };
    let letter = outbox::Outgoing {
        to_address: p.email,
        to_name: name,
        email: emails::certificate_issued::render(&message, mail::ui_lang(&r.language)),
        invitation_id: None,
        registration_id: Some(r.id),
    };
    outbox::enqueue(&txn, &office.links.mail_domain, letter, now).await?;
    txn.commit().await?;
    Ok(true)
}

/// The organiser's "issue certificates": once the event has ended, to every participant who
/// qualifies and has none yet. Recorded in the audit log.
pub async fn issue(office: &Office, now: DateTime<Utc>, staff: &StaffUser, event_id: i32) -> Result<Issued> {
    let e = managed_event(&office.db.read, staff, event_id).await?;
    if let Some(reason) = refusal(&e, now) {
        return Err(Error::Conflict(reason));
    }
    let percent = e.certificate_min_attendance_percent.unwrap_or(100);
    let outcome = issue_event(office, now, &e, percent).await?;
    let after = serde_json::json!({
        "issued": outcome.issued,
        "already": outcome.already,
        "not_qualifying": outcome.not_qualifying,
        "min_attendance_percent": percent,
    });
    audit::record(
        &office.db.write,
        &Actor::staff(staff),
        now,
        Change::new("certificates.issue", "event", e.id, None, Some(&after)),
    )
    .await?;
    Ok(outcome)
}

/// The scheduled job: issues the certificates of every event with a rule that ended in the
/// last [`JOB_WINDOW_DAYS`] days; returns how many it issued.
pub async fn issue_due(office: &Office, now: DateTime<Utc>) -> Result<u64> {
    let today = now.date_naive();
    let events = event::Entity::find()
        .filter(event::Column::CertificateMinAttendancePercent.is_not_null())
        .filter(event::Column::Status.eq(EventStatus::Published))
        .filter(event::Column::DatePrecision.eq(DatePrecision::Day))
        // A day of slack covers every time zone's "yesterday".
        .filter(event::Column::EndDate.lte(today + Duration::days(1)))
        .filter(event::Column::EndDate.gte(today - Duration::days(JOB_WINDOW_DAYS)))
        .order_by_asc(event::Column::Id)
        .all(&office.db.read)
        .await?;
    let actor = Actor { user_id: None, label: "job certificates".to_owned() };
    let mut issued = 0;
    for e in events {
        let (None, Some(percent)) = (refusal(&e, now), e.certificate_min_attendance_percent) else { continue };
        let outcome = issue_event(office, now, &e, percent).await?;
        if outcome.issued > 0 {
            let after = serde_json::json!({ "issued": outcome.issued, "min_attendance_percent": percent });
            audit::record(
                &office.db.write,
                &actor,
                now,
                Change::new("certificates.issue", "event", e.id, None, Some(&after)),
            )
            .await?;
        }
        issued += u64::from(outcome.issued);
    }
    Ok(issued)
}

/// Revokes a certificate of an event the organiser manages: verification then says so and
/// the participant can no longer download it. Recorded in the audit log.
pub async fn revoke(
    db: &Db,
    staff: &StaffUser,
    event_id: i32,
    certificate_id: i32,
    now: DateTime<Utc>,
) -> Result<certificate::Model> {
    let txn = db.write.begin().await?;
    let e = managed_event(&txn, staff, event_id).await?;
    let c = certificate::Entity::find_by_id(certificate_id)
        .one(&txn)
        .await?
        .filter(|c| c.event_id == e.id)
        .ok_or(Error::NotFound)?;
    if c.revoked_at.is_some() {
        return Err(Error::Conflict(Msg::new("cert-err-revoked")));
    }
    let mut model = c.clone().into_active_model();
    model.revoked_at = Set(Some(now));
    let after = model.update(&txn).await?;
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new(
            "certificate.revoke",
            "certificate",
            c.id,
            Some(&serde_json::json!({ "registration_id": c.registration_id, "revoked_at": null })),
            Some(&serde_json::json!({ "registration_id": c.registration_id, "revoked_at": now.to_rfc3339() })),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

async fn printable<C: ConnectionTrait>(db: &C, c: certificate::Model) -> Result<Printable> {
    let registration = registration::Entity::find_by_id(c.registration_id).one(db).await?.ok_or(Error::NotFound)?;
    let event = event::Entity::find_by_id(c.event_id).one(db).await?.ok_or(Error::NotFound)?;
    Ok(Printable { certificate: c, registration, event })
}

/// A certificate of an event the organiser manages (revoked ones too: the organiser keeps
/// the record).
pub async fn for_staff(db: &Db, staff: &StaffUser, event_id: i32, certificate_id: i32) -> Result<Printable> {
    let e = managed_event(&db.read, staff, event_id).await?;
    let c = certificate::Entity::find_by_id(certificate_id)
        .one(&db.read)
        .await?
        .filter(|c| c.event_id == e.id)
        .ok_or(Error::NotFound)?;
    printable(&db.read, c).await
}

/// The participant's certificate, by their manage link. Unlike the manage page, this works
/// after the event (that is when certificates exist); a revoked one is gone.
pub async fn for_participant(db: &Db, token: &str) -> Result<Printable> {
    let gone = || Error::Gone(Msg::new("err-link-invalid"));
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    let r = registration::Entity::find()
        .filter(registration::Column::ManageTokenHash.eq(tokens::hash(token)))
        .one(&db.read)
        .await?
        .ok_or_else(gone)?;
    let c = certificate::Entity::find()
        .filter(certificate::Column::RegistrationId.eq(r.id))
        .one(&db.read)
        .await?
        .ok_or_else(|| Error::Conflict(Msg::new("cert-err-none")))?;
    if c.revoked_at.is_some() {
        return Err(Error::Gone(Msg::new("cert-err-withdrawn")));
    }
    printable(&db.read, c).await
}

/// What a verification found. Only what the certificate itself shows publicly: the name, the
/// event and its dates — never an email or any other personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// A certificate in force.
    Valid(Verified),
    /// A certificate the secretariat revoked, and when.
    Revoked(Verified, DateTime<Utc>),
    /// No certificate has this code.
    Unknown,
}

/// The public facts of a certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The code checked.
    pub code: String,
    /// The participant's name.
    pub name: String,
    /// The event's title.
    pub event_title: String,
    /// First day of the event.
    pub start_date: NaiveDate,
    /// Last day of the event.
    pub end_date: NaiveDate,
    /// When the certificate was issued.
    pub issued_at: DateTime<Utc>,
}

/// Looks a verification code up.
pub async fn verify(db: &Db, code: &VerificationCode) -> Result<Verification> {
    let Some(c) = certificate::Entity::find()
        .filter(certificate::Column::VerificationCode.eq(code.as_str()))
        .one(&db.read)
        .await?
    else {
        return Ok(Verification::Unknown);
    };
    let revoked_at = c.revoked_at;
    let p = printable(&db.read, c).await?;
    let facts = Verified {
        code: code.as_str().to_owned(),
        name: p.name(),
        event_title: p.event.title.clone(),
        start_date: p.event.start_date,
        end_date: p.event.end_date,
        issued_at: p.certificate.issued_at,
    };
    Ok(match revoked_at {
        Some(at) => Verification::Revoked(facts, at),
        None => Verification::Valid(facts),
    })
}

/// The badges of an event's confirmed participants (all, or the one registration asked for),
/// by name, in `tr`'s language. Organisers and admins of the event, and its check-in staff
/// (who reprint a lost badge at the door), may print them.
pub async fn badges(
    db: &Db,
    reference: &Reference,
    secret: &[u8],
    staff: &StaffUser,
    event_id: i32,
    only: Option<i32>,
    tr: Tr,
) -> Result<(event::Model, Vec<Badge>)> {
    let e = attendance::desk_event(&db.read, staff, event_id).await?;
    let mut people = confirmed(&db.read, e.id).await?;
    if let Some(id) = only {
        people.retain(|r| r.id == id);
        if people.is_empty() {
            return Err(Error::NotFound);
        }
    }
    let badges = people
        .iter()
        .map(|r| {
            let organisation = r.organisation.clone().filter(|o| !o.trim().is_empty());
            let (affiliation, organisation) = match &r.country_iso3 {
                Some(c) => (crate::participants::names::state_name(reference, c, tr.lang()), organisation),
                None => (organisation.unwrap_or_default(), None),
            };
            Badge {
                name: PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name).to_string(),
                affiliation,
                organisation,
                role: tr.t(&format!("inv-role-{}", r.role)),
                checkin_code: attendance::code_of(secret, r),
            }
        })
        .collect();
    Ok((e, badges))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_at_its_boundary() {
        assert!(qualifies(80, 4, 5), "exactly 80 % qualifies");
        assert!(!qualifies(80, 3, 5));
        assert!(qualifies(100, 5, 5));
        assert!(!qualifies(100, 4, 5));
        assert!(qualifies(1, 1, 100));
        assert!(!qualifies(1, 0, 100));
        assert!(qualifies(66, 2, 3), "2 of 3 days is 66.7 %");
        assert!(!qualifies(67, 2, 3), "no rounding up: 200 < 201");
    }
}
