//! Invitations to States: a delegation per State and event, its focal point's request for
//! nominations (`/n/{token}`), the nominations up to the seat quota with the head of
//! delegation marked, and the note verbale (PDF) that confirms them.

mod note_verbale;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};

use super::input::{DelegationInput, Invitee, NominationInput, row_fields};
use super::rules::{self, Delivery, Letters, managed_event, on_duplicate, shown_state};
use crate::Office;
use crate::audit::{Actor, Change};
use crate::auth::{StaffUser, tokens};
use crate::domain::{CountryCode, EventStatus, InvitationKind, InvitationState, ParticipantRole};
use crate::entities::{delegation, document, event, invitation, person};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::i18n::{Lang, Tr};
use crate::mail::outbox;
use crate::participants::names::{self, state_name};
use crate::people::{self, PersonInput};
use note_verbale::store_note_verbale;

/// A nominee of a delegation, as lists show them.
#[derive(Debug, Clone)]
pub struct Nominee {
    /// The nominee's personal invitation.
    pub invitation: invitation::Model,
    /// The person.
    pub person: person::Model,
    /// Its state as shown.
    pub shown: InvitationState,
}

impl Nominee {
    /// Whether the State marked this person head of delegation.
    pub fn is_head(&self) -> bool {
        self.invitation.role == ParticipantRole::HeadOfDelegation
    }
}

/// The uploaded note verbale, without its bytes.
#[derive(Debug, Clone)]
pub struct NoteVerbaleFile {
    /// Document id.
    pub id: i32,
    /// Name given by the sender.
    pub filename: String,
    /// Size in bytes.
    pub size: i32,
    /// When it was uploaded.
    pub uploaded_at: DateTime<Utc>,
}

/// One delegation as the organiser's list shows it.
#[derive(Debug, Clone)]
pub struct DelegationRow {
    /// The delegation.
    pub delegation: delegation::Model,
    /// The State's name in the reader's language.
    pub country_name: String,
    /// Its UN regional group's name, if it has one.
    pub regional_group: Option<String>,
    /// The focal point.
    pub focal_point: person::Model,
    /// The focal point's invitation (request for nominations).
    pub focal_invitation: Option<invitation::Model>,
    /// Its state as shown.
    pub focal_state: Option<InvitationState>,
    /// Delivery of its latest email.
    pub delivery: Option<Delivery>,
    /// The people nominated so far.
    pub nominees: Vec<Nominee>,
    /// The latest note verbale uploaded, if any.
    pub note_verbale: Option<NoteVerbaleFile>,
}

async fn nominees_of<C: ConnectionTrait>(
    db: &C,
    delegation_ids: &[i32],
    now: DateTime<Utc>,
) -> Result<HashMap<i32, Vec<Nominee>>> {
    let mut out: HashMap<i32, Vec<Nominee>> = HashMap::new();
    if delegation_ids.is_empty() {
        return Ok(out);
    }
    let invitations = invitation::Entity::find()
        .filter(invitation::Column::DelegationId.is_in(delegation_ids.to_vec()))
        .filter(invitation::Column::Kind.eq(InvitationKind::Personal))
        .filter(invitation::Column::State.ne(InvitationState::Revoked))
        .order_by_asc(invitation::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = invitations.iter().map(|i| i.person_id).collect();
    let people: HashMap<i32, person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    for inv in invitations {
        let (Some(d), Some(p)) = (inv.delegation_id, people.get(&inv.person_id)) else { continue };
        out.entry(d).or_default().push(Nominee { shown: shown_state(&inv, now), person: p.clone(), invitation: inv });
    }
    for list in out.values_mut() {
        // The head of delegation first, as in a list of participants.
        list.sort_by_key(|n| !n.is_head());
    }
    Ok(out)
}

async fn latest_notes<C: ConnectionTrait>(db: &C, delegation_ids: &[i32]) -> Result<HashMap<i32, NoteVerbaleFile>> {
    if delegation_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(i32, i32, String, i32, DateTime<Utc>)> = document::Entity::find()
        .select_only()
        .columns([
            document::Column::Id,
            document::Column::DelegationId,
            document::Column::Filename,
            document::Column::Size,
            document::Column::UploadedAt,
        ])
        .filter(document::Column::DelegationId.is_in(delegation_ids.to_vec()))
        .order_by_asc(document::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, d, filename, size, uploaded_at)| (d, NoteVerbaleFile { id, filename, size, uploaded_at }))
        .collect())
}

/// An event's delegations, by State name.
pub async fn list(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    lang: Lang,
) -> Result<(event::Model, Vec<DelegationRow>)> {
    let db = &office.db.read;
    let event = managed_event(db, staff, event_id).await?;
    let delegations = delegation::Entity::find().filter(delegation::Column::EventId.eq(event.id)).all(db).await?;
    let ids: Vec<i32> = delegations.iter().map(|d| d.id).collect();
    let focal_ids: Vec<i32> = delegations.iter().map(|d| d.focal_point_id).collect();
    let focal_people: HashMap<i32, person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(focal_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let focal_invitations: HashMap<i32, invitation::Model> = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event.id))
        .filter(invitation::Column::Kind.eq(InvitationKind::Nomination))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|i| i.delegation_id.map(|d| (d, i)))
        .collect();
    let invitation_ids: Vec<i32> = focal_invitations.values().map(|i| i.id).collect();
    let mut deliveries = outbox::latest_for_invitations(db, &invitation_ids).await?;
    let mut nominees = nominees_of(db, &ids, now).await?;
    let mut notes = latest_notes(db, &ids).await?;
    let mut rows: Vec<DelegationRow> = delegations
        .into_iter()
        .filter_map(|d| {
            let focal_point = focal_people.get(&d.focal_point_id)?.clone();
            let focal_invitation = focal_invitations.get(&d.id).cloned();
            let country = office.reference.countries.iter().find(|c| c.iso3 == d.country_iso3);
            let regional_group = country
                .and_then(|c| c.regional_group.as_deref())
                .map(|code| crate::reference::regional_group(Tr(lang), &office.reference, code));
            Some(DelegationRow {
                country_name: state_name(&office.reference, &d.country_iso3, lang),
                regional_group,
                focal_point,
                focal_state: focal_invitation.as_ref().map(|i| shown_state(i, now)),
                delivery: focal_invitation
                    .as_ref()
                    .and_then(|i| deliveries.remove(&i.id))
                    .map(|m| Delivery { state: m.state, error: m.last_error }),
                focal_invitation,
                nominees: nominees.remove(&d.id).unwrap_or_default(),
                note_verbale: notes.remove(&d.id),
                delegation: d,
            })
        })
        .collect();
    rows.sort_by(|a, b| names::compare(lang, &a.country_name, &b.country_name));
    Ok((event, rows))
}

/// Invites a State: creates its delegation and sends its focal point the request for
/// nominations. One delegation per State and event.
pub async fn create(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    input: &DelegationInput,
) -> Result<delegation::Model> {
    let exists = || FieldErrors::clash("country", Msg::new("deleg-err-exists"));
    let txn = office.db.write.begin().await?;
    let event = managed_event(&txn, staff, event_id).await?;
    rules::check_invitable(&event, now)?;
    if !office.reference.has_country(input.country.as_str()) {
        return Err(FieldErrors::single("country", Msg::new("err-country-unknown")));
    }
    let taken = delegation::Entity::find()
        .filter(delegation::Column::EventId.eq(event.id))
        .filter(delegation::Column::CountryIso3.eq(input.country.as_str()))
        .count(&txn)
        .await?;
    if taken > 0 {
        return Err(exists());
    }
    let focal_point = people::find_or_create(&txn, &input.focal_point, now).await?;
    let busy = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event.id))
        .filter(invitation::Column::PersonId.eq(focal_point.id))
        .filter(invitation::Column::Kind.eq(InvitationKind::Nomination))
        .count(&txn)
        .await?;
    if busy > 0 {
        return Err(FieldErrors::clash("email", Msg::new("deleg-err-focal-point-busy")));
    }
    let created = delegation::ActiveModel {
        event_id: Set(event.id),
        country_iso3: Set(input.country.as_str().to_owned()),
        focal_point_id: Set(focal_point.id),
        seat_quota: Set(input.seat_quota),
        seats_taken: Set(0),
        head_person_id: Set(None),
        note_verbale_ref: Set(None),
        note_verbale_date: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| on_duplicate(e.into(), exists))?;
    let (inv, token) = nomination_request(&txn, &event, &created, focal_point.id, input, now).await?;
    let mut letters = Letters::new(&event, office)?;
    let letter = letters.nomination_request(&inv, &focal_point, &created, &token);
    outbox::enqueue(&txn, &office.links.mail_domain, letter, now).await?;
    let actor = Actor::staff(staff);
    rules::record_all(
        &txn,
        &actor,
        now,
        vec![
            Change::new("delegation.create", "delegation", created.id, None, Some(&created)),
            Change::new("invitation.create", "invitation", inv.id, None, Some(&inv)),
        ],
    )
    .await?;
    txn.commit().await.map_err(|e| on_duplicate(e.into(), exists))?;
    office.mailer.wake();
    Ok(created)
}

/// The focal point's invitation to nominate for delegation `d`, and its link token (only its
/// hash is stored).
async fn nomination_request(
    txn: &DatabaseTransaction,
    event: &event::Model,
    d: &delegation::Model,
    focal_point_id: i32,
    input: &DelegationInput,
    now: DateTime<Utc>,
) -> Result<(invitation::Model, String)> {
    let token = tokens::generate()?;
    let inv = invitation::ActiveModel {
        event_id: Set(event.id),
        person_id: Set(focal_point_id),
        delegation_id: Set(Some(d.id)),
        kind: Set(InvitationKind::Nomination),
        role: Set(ParticipantRole::Delegate),
        state: Set(InvitationState::Queued),
        token_hash: Set(tokens::hash(&token)),
        expires_at: Set(rules::default_expiry(event)?),
        language: Set(input.focal_point.language.code().to_owned()),
        sent_at: Set(None),
        opened_at: Set(None),
        responded_at: Set(None),
        decline_reason: Set(None),
        reminders_sent: Set(0),
        last_reminded_at: Set(None),
        position: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok((inv, token))
}

async fn managed_delegation<C: ConnectionTrait>(
    db: &C,
    staff: &StaffUser,
    event_id: i32,
    delegation_id: i32,
) -> Result<(event::Model, delegation::Model)> {
    let event = managed_event(db, staff, event_id).await?;
    let d = delegation_of(db, &event, delegation_id).await?;
    Ok((event, d))
}

/// Delegation `delegation_id` of `event` (404 for another event's).
pub(crate) async fn delegation_of<C: ConnectionTrait>(
    db: &C,
    event: &event::Model,
    delegation_id: i32,
) -> Result<delegation::Model> {
    delegation::Entity::find_by_id(delegation_id)
        .filter(delegation::Column::EventId.eq(event.id))
        .one(db)
        .await?
        .ok_or(Error::NotFound)
}

/// A delegation and its nominees, head of delegation first.
pub async fn nominees(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    delegation_id: i32,
) -> Result<(delegation::Model, Vec<Nominee>)> {
    let db = &office.db.read;
    let (_, d) = managed_delegation(db, staff, event_id, delegation_id).await?;
    let list = nominees_of(db, &[d.id], now).await?.remove(&d.id).unwrap_or_default();
    Ok((d, list))
}

/// The latest note verbale of a delegation, with its bytes.
pub async fn note_verbale(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
    delegation_id: i32,
) -> Result<(delegation::Model, document::Model)> {
    let db = &office.db.read;
    let (_, d) = managed_delegation(db, staff, event_id, delegation_id).await?;
    let doc = document::Entity::find()
        .filter(document::Column::DelegationId.eq(d.id))
        .order_by_desc(document::Column::Id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    // Erased with the rest of the event's personal data: the row says it was received, no more.
    if doc.filename == crate::privacy::ERASED {
        return Err(Error::Gone(Msg::new("privacy-err-file-erased")));
    }
    Ok((d, doc))
}

/// What the focal point's page shows.
#[derive(Debug, Clone)]
pub struct NominationPage {
    /// The event.
    pub event: event::Model,
    /// The State's delegation.
    pub delegation: delegation::Model,
    /// The focal point.
    pub focal_point: person::Model,
    /// The focal point's invitation.
    pub invitation: invitation::Model,
    /// The people nominated so far, head first.
    pub nominees: Vec<Nominee>,
    /// Seats left to nominate.
    pub remaining: i32,
    /// The latest note verbale uploaded.
    pub note_verbale: Option<NoteVerbaleFile>,
}

/// The focal point's invitation behind a link, if the link still works; otherwise the
/// sentence saying why not.
async fn by_token<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(invitation::Model, event::Model, delegation::Model)> {
    let invalid = || Error::Gone(Msg::new("nom-link-invalid"));
    if !tokens::well_formed(token) {
        return Err(invalid());
    }
    let inv = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(tokens::hash(token)))
        .filter(invitation::Column::Kind.eq(InvitationKind::Nomination))
        .one(db)
        .await?
        .ok_or_else(invalid)?;
    let event = event::Entity::find_by_id(inv.event_id).one(db).await?.ok_or_else(invalid)?;
    if inv.state == InvitationState::Revoked {
        return Err(Error::Gone(Msg::new("nom-link-revoked")));
    }
    if event.status == EventStatus::Cancelled {
        return Err(Error::Gone(Msg::new("nom-event-cancelled")));
    }
    if inv.expires_at < now || inv.state == InvitationState::Expired {
        let tz: Option<chrono_tz::Tz> = event.time_zone.parse().ok();
        let day = match tz {
            Some(tz) => inv.expires_at.with_timezone(&tz).date_naive(),
            None => inv.expires_at.date_naive(),
        };
        return Err(Error::Gone(Msg::new("nom-link-expired").arg("date", day.format("%Y-%m-%d"))));
    }
    let d = match inv.delegation_id {
        Some(id) => delegation::Entity::find_by_id(id).one(db).await?,
        None => None,
    }
    .ok_or_else(invalid)?;
    Ok((inv, event, d))
}

/// The focal point's invitation, its event and its delegation behind a link that still works
/// (other rooms act through the same link: the list of speakers).
pub async fn by_link<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(invitation::Model, event::Model, delegation::Model)> {
    by_token(db, token, now).await
}

async fn count_nominees<C: ConnectionTrait>(db: &C, delegation_id: i32) -> Result<i32> {
    let n = invitation::Entity::find()
        .filter(invitation::Column::DelegationId.eq(delegation_id))
        .filter(invitation::Column::Kind.eq(InvitationKind::Personal))
        .filter(invitation::Column::State.ne(InvitationState::Revoked))
        .count(db)
        .await?;
    Ok(i32::try_from(n).unwrap_or(i32::MAX))
}

/// The focal point's page behind `token` (showing it changes nothing).
pub async fn nomination_page(office: &Office, now: DateTime<Utc>, token: &str) -> Result<NominationPage> {
    let db = &office.db.read;
    let (inv, event, d) = by_token(db, token, now).await?;
    let focal_point = person::Entity::find_by_id(inv.person_id).one(db).await?.ok_or(Error::NotFound)?;
    let nominees = nominees_of(db, &[d.id], now).await?.remove(&d.id).unwrap_or_default();
    let taken = i32::try_from(nominees.len()).unwrap_or(i32::MAX);
    let note_verbale = latest_notes(db, &[d.id]).await?.remove(&d.id);
    Ok(NominationPage {
        remaining: (d.seat_quota - taken).max(0),
        event,
        delegation: d,
        focal_point,
        invitation: inv,
        nominees,
        note_verbale,
    })
}

/// Records the focal point's nominations: each nominee gets a personal invitation (head of
/// delegation or delegate), the head and the note verbale are kept on the delegation, all
/// in one transaction. More nominees than the seats left are refused. Returns how many
/// people were nominated.
pub async fn nominate(office: &Office, now: DateTime<Utc>, token: &str, input: &NominationInput) -> Result<usize> {
    let txn = office.db.write.begin().await?;
    let (inv, event, d) = by_token(&txn, token, now).await?;
    // Take the delegation's row lock first, so two submissions cannot both fill the last seat.
    delegation::Entity::update_many()
        .col_expr(delegation::Column::UpdatedAt, Expr::value(now))
        .filter(delegation::Column::Id.eq(d.id))
        .exec(&txn)
        .await?;
    check_nominations(&txn, &d, event.id, input).await?;
    let country = CountryCode::parse(&d.country_iso3).ok();
    let language = crate::mail::ui_lang(&inv.language);
    let head_row = if d.head_person_id.is_none() { input.head_row } else { None };
    let invitees: Vec<Invitee> = input
        .nominees
        .iter()
        .map(|n| Invitee {
            person: PersonInput {
                email: n.email.clone(),
                title: n.title.clone(),
                given_name: n.given_name.clone(),
                family_name: n.family_name.clone(),
                organisation: None,
                organisation_type: None,
                country: country.clone(),
                language,
            },
            role: if Some(n.row) == head_row { ParticipantRole::HeadOfDelegation } else { ParticipantRole::Delegate },
            position: n.position.clone(),
        })
        .collect();
    let actor = Actor { user_id: None, label: format!("focal point (invitation {})", inv.id) };
    let conflict = || Error::Conflict(Msg::new("inv-err-concurrent"));
    let created = rules::create_personal(&txn, office, now, &actor, &event, &invitees, Some(d.id))
        .await
        .map_err(|e| on_duplicate(e, conflict))?;
    let before = delegation::Entity::find_by_id(d.id).one(&txn).await?.ok_or(Error::NotFound)?;
    let mut model = before.clone().into_active_model();
    if head_row.is_some()
        && let Some(head) = created.iter().find(|i| i.role == ParticipantRole::HeadOfDelegation)
    {
        model.head_person_id = Set(Some(head.person_id));
    }
    if let Some(r) = &input.note_verbale_ref {
        model.note_verbale_ref = Set(Some(r.clone()));
    }
    if let Some(date) = input.note_verbale_date {
        model.note_verbale_date = Set(Some(date));
    }
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    let mut changes = vec![Change::new("delegation.nominate", "delegation", after.id, Some(&before), Some(&after))];
    if let Some(upload) = &input.note_verbale {
        changes.push(store_note_verbale(&txn, d.id, upload, now).await?);
    }
    let mut answered = inv.clone().into_active_model();
    answered.responded_at = Set(Some(now));
    answered.updated_at = Set(now);
    answered.update(&txn).await?;
    rules::record_all(&txn, &actor, now, changes).await?;
    txn.commit().await.map_err(|e| on_duplicate(e.into(), conflict))?;
    office.mailer.wake();
    Ok(created.len())
}

/// Checks a nomination before anything is written: no more nominees than the seats left, a
/// head named with the first nominees, nobody already invited to the event.
async fn check_nominations(
    txn: &DatabaseTransaction,
    d: &delegation::Model,
    event_id: i32,
    input: &NominationInput,
) -> Result<()> {
    let taken = count_nominees(txn, d.id).await?;
    let wanted = i32::try_from(input.nominees.len()).unwrap_or(i32::MAX);
    if taken.saturating_add(wanted) > d.seat_quota {
        return Err(FieldErrors::single(
            "quota",
            Msg::new("nom-err-quota")
                .arg("quota", d.seat_quota)
                .arg("taken", taken)
                .arg("remaining", (d.seat_quota - taken).max(0)),
        ));
    }
    let mut e = FieldErrors::new();
    if d.head_person_id.is_none() && !input.nominees.is_empty() && input.head_row.is_none() {
        e.add("head", Msg::new("nom-err-head-required"));
    }
    let emails: Vec<String> = input.nominees.iter().map(|n| n.email.as_str().to_owned()).collect();
    let invited_people: Vec<String> = person::Entity::find()
        .select_only()
        .column(person::Column::Email)
        .filter(person::Column::Email.is_in(emails))
        .filter(
            person::Column::Id.in_subquery(sea_orm::QueryTrait::into_query(
                invitation::Entity::find()
                    .select_only()
                    .column(invitation::Column::PersonId)
                    .filter(invitation::Column::EventId.eq(event_id))
                    .filter(invitation::Column::Kind.eq(InvitationKind::Personal)),
            )),
        )
        .into_tuple()
        .all(txn)
        .await?;
    for n in &input.nominees {
        if invited_people.iter().any(|m| m == n.email.as_str()) {
            e.add(row_fields(n.row)[3].as_str(), Msg::new("nom-err-already-invited"));
        }
    }
    e.into_result(())
}

#[cfg(test)]
mod tests;
