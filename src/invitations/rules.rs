//! Rules of personal invitations: who may invite to which event, one invitation per person
//! and event, link tokens (256-bit, only their hash kept, expiring at the end of the event
//! by default), and for every change its audit entry and its email written in the same
//! transaction. Bulk work (CSV import, copy, reminders) uses multi-row inserts.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, TimeZone as _, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Select, Statement, TransactionTrait,
};
use serde::Serialize;

use super::Office;
use super::csv::{self, Problem, Row};
use super::input::{CopySource, Invitee, ListFilter};
use crate::audit::{Actor, Change};
use crate::auth::{StaffUser, tokens};
use crate::domain::{
    CountryCode, Email, EventStatus, InvitationKind, InvitationState, ParticipantRole, RegistrationState, TimeZone,
};
use crate::entities::{audit_entry, delegation, event, invitation, person, registration};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::i18n::format;
use crate::i18n::{Lang, Tr};
use crate::mail::outbox::{self, Outgoing};
use crate::people::{self, PersonInput};

/// Rows per multi-row insert or `IN (…)` list.
const CHUNK: usize = 500;
/// Invitations per page of the organiser's list.
pub const PER_PAGE: u64 = 50;
/// States in which an invitation still waits for an answer (and can run out).
const OPEN_STATES: [&str; 4] = ["queued", "sent", "failed", "opened"];

// ---------------------------------------------------------------------------------------------
// Events, expiry and states

pub use crate::events::rules::managed_event;

/// Nobody is invited to a cancelled event.
pub fn check_open(event: &event::Model) -> Result<()> {
    if event.status == EventStatus::Cancelled.as_str() {
        Err(Error::Conflict(Msg::new("err-event-cancelled")))
    } else {
        Ok(())
    }
}

/// New invitations need an event that is not cancelled and not over (their links would be
/// born expired).
pub fn check_invitable(event: &event::Model, now: DateTime<Utc>) -> Result<()> {
    check_open(event)?;
    if default_expiry(event)? <= now { Err(Error::Conflict(Msg::new("inv-err-event-over"))) } else { Ok(()) }
}

fn event_tz(event: &event::Model) -> Result<TimeZone> {
    event.time_zone.parse().map_err(|_| Error::Internal("stored time zone is invalid".into()))
}

/// The last second of `day` at the event's venue, in UTC.
pub fn end_of_day(event: &event::Model, day: NaiveDate) -> Result<DateTime<Utc>> {
    let tz = event_tz(event)?;
    let next = day.succ_opt().unwrap_or(day).and_hms_opt(0, 0, 0).unwrap_or_default();
    // Midnight after the day, minus a second; a midnight skipped by a clock change falls back
    // to the next hour that exists.
    let midnight = (0..3)
        .find_map(|h| tz.0.from_local_datetime(&(next + Duration::hours(h))).earliest())
        .map(|t| t.with_timezone(&Utc));
    Ok(midnight.map(|t| t - Duration::seconds(1)).unwrap_or_else(|| Utc.from_utc_datetime(&next)))
}

/// A link is valid until the end of the event's last day, in its time zone.
pub fn default_expiry(event: &event::Model) -> Result<DateTime<Utc>> {
    end_of_day(event, event.end_date)
}

/// The state an organiser sees: an unanswered invitation whose link ran out is expired.
pub fn shown_state(inv: &invitation::Model, now: DateTime<Utc>) -> InvitationState {
    let stored: InvitationState = inv.state.parse().unwrap_or(InvitationState::Queued);
    match stored {
        InvitationState::Queued | InvitationState::Sent | InvitationState::Failed | InvitationState::Opened
            if inv.expires_at < now =>
        {
            InvitationState::Expired
        }
        s => s,
    }
}

/// "Ms. Amina DIALLO" as the emails greet people.
pub fn full_name(title: Option<&str>, given: &str, family: &str) -> String {
    crate::domain::PersonName::titled(title, given, family).to_string()
}

fn person_name(p: &person::Model) -> String {
    full_name(p.title.as_deref(), &p.given_name, &p.family_name)
}

/// Maps a unique-key violation (a concurrent request got there first) to `conflict`.
pub fn on_duplicate(e: Error, conflict: impl FnOnce() -> Error) -> Error {
    match &e {
        Error::Db(db) if matches!(db.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => conflict(),
        _ => e,
    }
}

// ---------------------------------------------------------------------------------------------
// Emails

/// Renders the emails of one event: its summary is worked out once per language.
pub(crate) struct Letters<'a> {
    event: &'a event::Model,
    office: &'a Office<'a>,
    tz: TimeZone,
    summaries: [Option<emails::EventSummary>; 2],
}

impl<'a> Letters<'a> {
    /// The letters of `event`.
    pub(crate) fn new(event: &'a event::Model, office: &'a Office<'a>) -> Result<Self> {
        Ok(Self { event, office, tz: event_tz(event)?, summaries: [None, None] })
    }

    fn summary(&mut self, lang: Lang) -> emails::EventSummary {
        let slot = &mut self.summaries[usize::from(lang == Lang::Fr)];
        slot.get_or_insert_with(|| {
            crate::mail::event_summary(self.event, self.office.reference, lang, &self.office.base_url)
        })
        .clone()
    }

    fn respond_by(&self, lang: Lang, expires_at: DateTime<Utc>) -> String {
        format::date(Tr(lang), expires_at.with_timezone(&self.tz.0).date_naive())
    }

    /// The personal invitation of `person`, linking to `/i/{token}`.
    pub(crate) fn invitation(&mut self, inv: &invitation::Model, person: &person::Model, token: &str) -> Outgoing {
        let lang = crate::mail::ui_lang(&inv.language);
        let role = inv.role.parse::<ParticipantRole>().unwrap_or(ParticipantRole::Delegate);
        let name = person_name(person);
        let ctx = emails::invitation::Invitation {
            recipient_name: name.clone(),
            event: self.summary(lang),
            role: role.for_email(),
            register_url: format!("{}/i/{token}", self.office.base_url),
            respond_by: Some(self.respond_by(lang, inv.expires_at)),
            custom_paragraph: self.event.email_paragraph.clone(),
        };
        Outgoing {
            to_address: person.email.clone(),
            to_name: name,
            email: emails::invitation::render(&ctx, crate::mail::email_lang(&inv.language)),
            invitation_id: Some(inv.id),
            registration_id: None,
        }
    }

    /// The request for nominations to a State's focal point, linking to `/n/{token}`.
    pub(crate) fn nomination_request(
        &mut self,
        inv: &invitation::Model,
        focal_point: &person::Model,
        delegation: &delegation::Model,
        token: &str,
    ) -> Outgoing {
        let lang = crate::mail::ui_lang(&inv.language);
        let name = person_name(focal_point);
        let ctx = emails::nomination_request::NominationRequest {
            focal_point_name: name.clone(),
            country_name: self.office.reference.country_name(&delegation.country_iso3).to_owned(),
            event: self.summary(lang),
            seats: u32::try_from(delegation.seat_quota).unwrap_or(1),
            nomination_url: format!("{}/n/{token}", self.office.base_url),
            respond_by: Some(self.respond_by(lang, inv.expires_at)),
            custom_paragraph: self.event.email_paragraph.clone(),
        };
        Outgoing {
            to_address: focal_point.email.clone(),
            to_name: name,
            email: emails::nomination_request::render(&ctx, crate::mail::email_lang(&inv.language)),
            invitation_id: Some(inv.id),
            registration_id: None,
        }
    }
}

/// A fresh link token and the hash to store.
fn new_token() -> Result<(String, String)> {
    let token = tokens::generate()?;
    let hash = tokens::hash(&token);
    Ok((token, hash))
}

/// Writes audit entries in multi-row inserts.
pub(crate) async fn record_all<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    at: DateTime<Utc>,
    changes: Vec<Change>,
) -> Result<()> {
    let mut rows = changes.into_iter().map(|c| audit_entry::ActiveModel {
        at: Set(at),
        actor_user_id: Set(actor.user_id),
        actor: Set(actor.label.clone()),
        action: Set(c.action.to_owned()),
        entity: Set(c.entity.to_owned()),
        entity_id: Set(c.entity_id),
        before: Set(c.before),
        after: Set(c.after),
        ..Default::default()
    });
    let per_insert = crate::db::bulk_rows(db.get_database_backend());
    loop {
        let chunk: Vec<_> = rows.by_ref().take(per_insert).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        audit_entry::Entity::insert_many(chunk).exec_without_returning(db).await?;
    }
}

// ---------------------------------------------------------------------------------------------
// Creating invitations in bulk

/// The people with these addresses, created when new; existing records only gain what they
/// lacked (as `people::find_or_create`), in a few queries per chunk.
async fn people_for<C: ConnectionTrait>(
    db: &C,
    inputs: &[&PersonInput],
    now: DateTime<Utc>,
) -> Result<HashMap<String, person::Model>> {
    let emails: Vec<String> = inputs.iter().map(|p| p.email.as_str().to_owned()).collect();
    let mut found: HashMap<String, person::Model> = person::Entity::find()
        .filter(person::Column::Email.is_in(emails.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.email.clone(), p))
        .collect();
    let mut new = Vec::new();
    let mut new_emails = Vec::new();
    for input in inputs {
        match found.get(input.email.as_str()) {
            Some(existing) => {
                let gains = (existing.title.is_none() && input.title.is_some())
                    || (existing.organisation.is_none() && input.organisation.is_some())
                    || (existing.country_iso3.is_none() && input.country.is_some());
                if gains {
                    let updated = people::find_or_create(db, input, now).await?;
                    found.insert(updated.email.clone(), updated);
                }
            }
            None if !new_emails.contains(&input.email.as_str().to_owned()) => {
                new_emails.push(input.email.as_str().to_owned());
                new.push(person::ActiveModel {
                    email: Set(input.email.as_str().to_owned()),
                    title: Set(input.title.clone()),
                    given_name: Set(input.given_name.clone()),
                    family_name: Set(input.family_name.clone()),
                    organisation: Set(input.organisation.clone()),
                    organisation_type: Set(input.organisation_type.clone()),
                    country_iso3: Set(input.country.as_ref().map(|c| c.as_str().to_owned())),
                    gender: Set(None),
                    language: Set(input.language.code().to_owned()),
                    created_at: Set(now),
                    updated_at: Set(now),
                    ..Default::default()
                });
            }
            None => {}
        }
    }
    if !new.is_empty() {
        person::Entity::insert_many(new).exec_without_returning(db).await?;
        for p in person::Entity::find().filter(person::Column::Email.is_in(new_emails)).all(db).await? {
            found.insert(p.email.clone(), p);
        }
    }
    Ok(found)
}

/// Addresses among `emails` whose person already has a personal invitation to `event_id`.
async fn already_invited<C: ConnectionTrait>(db: &C, event_id: i32, emails: &[String]) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    for chunk in emails.chunks(CHUNK) {
        for row in db.query_all_raw(already_invited_query(db.get_database_backend(), event_id, chunk)).await? {
            out.insert(row.try_get::<String>("", "email")?);
        }
    }
    Ok(out)
}

/// The query of [`already_invited`] for one chunk of addresses: each address's person looks up
/// its own invitation on the (event, person, kind) key, in a subquery per person that neither
/// database turns into a join. The work then grows with the addresses, never with the event's
/// invitations: as `person IN (the event's invitations)`, PostgreSQL (tables not analysed yet)
/// and SQLite read all of the event's invitations for every chunk, and five imports of 20,000
/// into one event took 3.5 to 63 s.
pub fn already_invited_query(backend: DbBackend, event_id: i32, emails: &[String]) -> Statement {
    let invitation = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::Id)
        .filter(invitation::Column::EventId.eq(event_id))
        .filter(
            Expr::col((invitation::Entity, invitation::Column::PersonId)).equals((person::Entity, person::Column::Id)),
        )
        .filter(invitation::Column::Kind.eq(InvitationKind::Personal.as_str()))
        .limit(1)
        .into_query();
    person::Entity::find()
        .select_only()
        .column(person::Column::Email)
        .filter(person::Column::Email.is_in(emails.iter().cloned()))
        .filter(Expr::SubQuery(None, Box::new(invitation.into())).is_not_null())
        .build(backend)
}

/// Creates personal invitations to `event` for `invitees` (distinct addresses, none invited
/// yet): people, invitations, their emails and audit entries, in multi-row inserts inside the
/// caller's transaction. Members of a delegation carry its id.
pub(crate) async fn create_personal<C: ConnectionTrait>(
    db: &C,
    office: &Office<'_>,
    actor: &Actor,
    event: &event::Model,
    invitees: &[Invitee],
    delegation_id: Option<i32>,
) -> Result<Vec<invitation::Model>> {
    let now = office.now;
    let expires_at = default_expiry(event)?;
    let mut letters = Letters::new(event, office)?;
    let mut created = Vec::with_capacity(invitees.len());
    for chunk in invitees.chunks(crate::db::bulk_rows(db.get_database_backend())) {
        let inputs: Vec<&PersonInput> = chunk.iter().map(|i| &i.person).collect();
        let people = people_for(db, &inputs, now).await?;
        let mut tokens = HashMap::new();
        let mut rows = Vec::with_capacity(chunk.len());
        let mut seen = HashSet::new();
        for invitee in chunk {
            let email = invitee.person.email.as_str();
            let Some(person) = people.get(email) else { continue };
            if !seen.insert(person.id) {
                continue;
            }
            let (token, hash) = new_token()?;
            tokens.insert(hash.clone(), (token, person.clone()));
            rows.push(invitation::ActiveModel {
                event_id: Set(event.id),
                person_id: Set(person.id),
                delegation_id: Set(delegation_id),
                kind: Set(InvitationKind::Personal.as_str().to_owned()),
                role: Set(invitee.role.as_str().to_owned()),
                state: Set(InvitationState::Queued.as_str().to_owned()),
                token_hash: Set(hash),
                expires_at: Set(expires_at),
                language: Set(invitee.person.language.code().to_owned()),
                sent_at: Set(None),
                opened_at: Set(None),
                responded_at: Set(None),
                decline_reason: Set(None),
                reminders_sent: Set(0),
                last_reminded_at: Set(None),
                position: Set(invitee.position.clone()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            });
        }
        if rows.is_empty() {
            continue;
        }
        invitation::Entity::insert_many(rows).exec_without_returning(db).await?;
        let hashes: Vec<String> = tokens.keys().cloned().collect();
        let mut inserted =
            invitation::Entity::find().filter(invitation::Column::TokenHash.is_in(hashes)).all(db).await?;
        inserted.sort_by_key(|i| i.id);
        let mut letters_out = Vec::with_capacity(inserted.len());
        let mut changes = Vec::with_capacity(inserted.len());
        for inv in &inserted {
            if let Some((token, person)) = tokens.get(&inv.token_hash) {
                letters_out.push(letters.invitation(inv, person, token));
            }
            changes.push(Change::new("invitation.create", "invitation", inv.id, None, Some(inv)));
        }
        outbox::enqueue_many(db, &office.mail_domain, letters_out, now).await?;
        record_all(db, actor, now, changes).await?;
        created.extend(inserted);
    }
    Ok(created)
}

// ---------------------------------------------------------------------------------------------
// Invite one, import, copy

/// Invites one person; a second personal invitation to the same event is refused, naming
/// the email field.
pub async fn invite_one(
    office: &Office<'_>,
    staff: &StaffUser,
    event_id: i32,
    invitee: &Invitee,
) -> Result<invitation::Model> {
    let duplicate = || FieldErrors::clash("email", Msg::new("inv-err-already-invited"));
    let txn = office.db.write.begin().await?;
    let event = managed_event(&txn, staff, event_id).await?;
    check_invitable(&event, office.now)?;
    if let Some(c) = &invitee.person.country
        && !office.reference.has_country(c.as_str())
    {
        return Err(FieldErrors::single("country", Msg::new("err-country-unknown")));
    }
    let email = invitee.person.email.as_str().to_owned();
    if !already_invited(&txn, event.id, std::slice::from_ref(&email)).await?.is_empty() {
        return Err(duplicate());
    }
    let created = create_personal(&txn, office, &Actor::staff(staff), &event, std::slice::from_ref(invitee), None)
        .await
        .map_err(|e| on_duplicate(e, duplicate))?;
    txn.commit().await.map_err(|e| on_duplicate(e.into(), duplicate))?;
    office.mailer.wake();
    created.into_iter().next().ok_or_else(|| Error::Internal("invitation not created".into()))
}

/// What an import would do: every row with its problems (none for a good row).
#[derive(Debug, Clone)]
pub struct ImportPreview {
    /// The event.
    pub event: event::Model,
    /// Every data row, in file order.
    pub rows: Vec<Row>,
}

impl ImportPreview {
    /// Rows that would be invited.
    pub fn good(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.problems.is_empty())
    }

    /// Rows that would be left out, with their reasons.
    pub fn bad(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| !r.problems.is_empty())
    }
}

/// What an import or a copy did.
#[derive(Debug, Clone)]
pub struct ImportOutcome {
    /// Invitations created (and queued).
    pub created: usize,
    /// Rows or people left out.
    pub skipped: usize,
    /// The rows left out, with their problems (imports only).
    pub bad: Vec<Row>,
}

/// Parses the CSV and checks each row against the reference lists and the event's
/// invitations.
async fn check_rows<C: ConnectionTrait>(
    db: &C,
    office: &Office<'_>,
    event: &event::Model,
    text: &str,
) -> Result<Vec<Row>> {
    let mut rows = csv::parse(text).map_err(|e| FieldErrors::single("csv", e.message()))?;
    for row in &mut rows {
        let unknown = row
            .invitee
            .as_ref()
            .and_then(|i| i.person.country.as_ref())
            .is_some_and(|c| !office.reference.has_country(c.as_str()));
        if unknown {
            row.problems.push(Problem::UnknownCountry);
            row.invitee = None;
        }
    }
    let emails: Vec<String> =
        rows.iter().filter_map(|r| r.invitee.as_ref()).map(|i| i.person.email.as_str().to_owned()).collect();
    let invited = already_invited(db, event.id, &emails).await?;
    for row in &mut rows {
        if row.invitee.as_ref().is_some_and(|i| invited.contains(i.person.email.as_str())) {
            row.problems.push(Problem::AlreadyInvited);
            row.invitee = None;
        }
    }
    Ok(rows)
}

/// The preview of an import: nothing is saved.
pub async fn preview_import(
    office: &Office<'_>,
    staff: &StaffUser,
    event_id: i32,
    text: &str,
) -> Result<ImportPreview> {
    let txn = office.db.read.begin().await?;
    plan_for_values(&txn).await?;
    let event = managed_event(&txn, staff, event_id).await?;
    check_invitable(&event, office.now)?;
    let rows = check_rows(&txn, office, &event, text).await?;
    txn.commit().await?;
    Ok(ImportPreview { event, rows })
}

/// On PostgreSQL, plans the statements of this transaction for their values at each run. An
/// import runs the same lookups (addresses, tokens) dozens of times, and after five runs
/// PostgreSQL may keep a generic plan made while the tables were small (a sequential scan):
/// the plan stays as the imports grow the tables, and the fifth import of 20,000 into one
/// event took 51 s against 2.9 s for the first. Planning each lookup costs far less.
async fn plan_for_values<C: ConnectionTrait>(txn: &C) -> Result<()> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("SET LOCAL plan_cache_mode = force_custom_plan").await?;
    }
    Ok(())
}

/// Imports the CSV: the good rows are invited in one transaction, the others left out (the
/// checks run again, so a row invited since the preview is skipped, not doubled).
pub async fn import(office: &Office<'_>, staff: &StaffUser, event_id: i32, text: &str) -> Result<ImportOutcome> {
    let txn = office.db.write.begin().await?;
    plan_for_values(&txn).await?;
    let event = managed_event(&txn, staff, event_id).await?;
    check_invitable(&event, office.now)?;
    let rows = check_rows(&txn, office, &event, text).await?;
    let (good, bad): (Vec<Row>, Vec<Row>) = rows.into_iter().partition(|r| r.problems.is_empty());
    let skipped = bad.len();
    let invitees: Vec<Invitee> = good.into_iter().filter_map(|r| r.invitee).collect();
    let created = create_personal(&txn, office, &Actor::staff(staff), &event, &invitees, None)
        .await
        .map_err(|e| on_duplicate(e, || Error::Conflict(Msg::new("inv-err-concurrent"))))?;
    txn.commit().await.map_err(|e| on_duplicate(e.into(), || Error::Conflict(Msg::new("inv-err-concurrent"))))?;
    office.mailer.wake();
    Ok(ImportOutcome { created: created.len(), skipped, bad })
}

/// Earlier events `staff` manages that invitations can be copied from (not `event_id`).
pub async fn copy_sources(office: &Office<'_>, staff: &StaffUser, event_id: i32) -> Result<Vec<event::Model>> {
    let mut query = event::Entity::find().filter(event::Column::Id.ne(event_id));
    if !staff.is_admin() {
        query = query.filter(event::Column::ProgrammeCode.is_in(staff.programmes.clone()));
    }
    Ok(query
        .order_by_desc(event::Column::StartDate)
        .order_by_desc(event::Column::Id)
        .limit(500)
        .all(&office.db.read)
        .await?)
}

/// Invites the participants (registrations confirmed or pending) or the personal invitees
/// of an earlier event, in their roles there; people already invited are skipped.
pub async fn copy_from(
    office: &Office<'_>,
    staff: &StaffUser,
    event_id: i32,
    from_event: i32,
    what: CopySource,
) -> Result<ImportOutcome> {
    let txn = office.db.write.begin().await?;
    let event = managed_event(&txn, staff, event_id).await?;
    check_invitable(&event, office.now)?;
    if from_event == event_id {
        return Err(FieldErrors::clash("from_event", Msg::new("inv-err-copy-same")));
    }
    let source = match managed_event(&txn, staff, from_event).await {
        Err(Error::NotFound) => return Err(FieldErrors::single("from_event", Msg::new("err-choice"))),
        other => other?,
    };
    // (person, role, language) in the earlier event.
    let picked: Vec<(i32, String, String)> = match what {
        CopySource::Participants => {
            registration::Entity::find()
                .select_only()
                .columns([registration::Column::PersonId, registration::Column::Role, registration::Column::Language])
                .filter(registration::Column::EventId.eq(source.id))
                .filter(
                    registration::Column::State
                        .is_in([RegistrationState::Confirmed.as_str(), RegistrationState::Pending.as_str()]),
                )
                .order_by_asc(registration::Column::Id)
                .into_tuple()
                .all(&txn)
                .await?
        }
        CopySource::Invitees => {
            invitation::Entity::find()
                .select_only()
                .columns([invitation::Column::PersonId, invitation::Column::Role, invitation::Column::Language])
                .filter(invitation::Column::EventId.eq(source.id))
                .filter(invitation::Column::Kind.eq(InvitationKind::Personal.as_str()))
                .filter(invitation::Column::State.ne(InvitationState::Revoked.as_str()))
                .order_by_asc(invitation::Column::Id)
                .into_tuple()
                .all(&txn)
                .await?
        }
    };
    let mut invitees = Vec::with_capacity(picked.len());
    let mut skipped = 0;
    for chunk in picked.chunks(CHUNK) {
        let ids: Vec<i32> = chunk.iter().map(|(id, _, _)| *id).collect();
        let people: HashMap<i32, person::Model> = person::Entity::find()
            .filter(person::Column::Id.is_in(ids))
            .all(&txn)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        for (person_id, role, language) in chunk {
            let Some(p) = people.get(person_id) else { continue };
            let Ok(email) = Email::parse(&p.email) else {
                skipped += 1;
                continue;
            };
            invitees.push(Invitee {
                person: PersonInput {
                    email,
                    title: p.title.clone(),
                    given_name: p.given_name.clone(),
                    family_name: p.family_name.clone(),
                    organisation: p.organisation.clone(),
                    organisation_type: p.organisation_type.clone(),
                    country: p.country_iso3.as_deref().and_then(|c| CountryCode::parse(c).ok()),
                    language: crate::mail::ui_lang(language),
                },
                role: role.parse().unwrap_or(ParticipantRole::Delegate),
                position: None,
            });
        }
    }
    let emails: Vec<String> = invitees.iter().map(|i| i.person.email.as_str().to_owned()).collect();
    let invited = already_invited(&txn, event.id, &emails).await?;
    let before = invitees.len();
    invitees.retain(|i| !invited.contains(i.person.email.as_str()));
    skipped += before - invitees.len();
    let created = create_personal(&txn, office, &Actor::staff(staff), &event, &invitees, None)
        .await
        .map_err(|e| on_duplicate(e, || Error::Conflict(Msg::new("inv-err-concurrent"))))?;
    txn.commit().await.map_err(|e| on_duplicate(e.into(), || Error::Conflict(Msg::new("inv-err-concurrent"))))?;
    office.mailer.wake();
    Ok(ImportOutcome { created: created.len(), skipped, bad: Vec::new() })
}

// ---------------------------------------------------------------------------------------------
// Lists and progress

/// The delivery of an invitation's latest email.
#[derive(Debug, Clone, Serialize)]
pub struct Delivery {
    /// queued, sending, sent or failed.
    pub state: String,
    /// The mail server's reply or the transport's error, when it failed or is retried.
    pub error: Option<String>,
}

/// One invitation as the organiser's list shows it.
#[derive(Debug, Clone)]
pub struct InvitationRow {
    /// The invitation.
    pub invitation: invitation::Model,
    /// The invited person.
    pub person: person::Model,
    /// Its state as shown (expiry applied).
    pub shown: InvitationState,
    /// Its latest email's delivery.
    pub delivery: Option<Delivery>,
    /// For a focal point's invitation: the State.
    pub delegation_country: Option<String>,
}

/// Delivery counts over each invitation's latest email.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Progress {
    /// Waiting to be sent (or being sent).
    pub queued: u64,
    /// Accepted by the mail server.
    pub sent: u64,
    /// Could not be delivered.
    pub failed: u64,
    /// All of them.
    pub total: u64,
}

/// One page of an event's invitations.
#[derive(Debug, Clone)]
pub struct Listing {
    /// The event.
    pub event: event::Model,
    /// The invitations on this page.
    pub rows: Vec<InvitationRow>,
    /// Matching invitations in all pages.
    pub total: u64,
    /// This page (from 1).
    pub page: u64,
    /// Number of pages.
    pub pages: u64,
    /// Invitations per shown state (all of the event's, unfiltered).
    pub counts: Vec<(InvitationState, u64)>,
    /// Delivery progress.
    pub progress: Progress,
}

fn filtered(event_id: i32, filter: &ListFilter, now: DateTime<Utc>) -> Select<invitation::Entity> {
    let mut query = invitation::Entity::find().filter(invitation::Column::EventId.eq(event_id));
    match filter.state {
        None => {}
        Some(InvitationState::Expired) => {
            query = query.filter(invitation::Column::ExpiresAt.lt(now)).filter(
                invitation::Column::State.is_in(OPEN_STATES.iter().copied().chain(["expired"]).collect::<Vec<_>>()),
            );
        }
        Some(
            s @ (InvitationState::Queued | InvitationState::Sent | InvitationState::Failed | InvitationState::Opened),
        ) => {
            query =
                query.filter(invitation::Column::State.eq(s.as_str())).filter(invitation::Column::ExpiresAt.gte(now));
        }
        Some(s) => query = query.filter(invitation::Column::State.eq(s.as_str())),
    }
    if let Some(words) = &filter.search {
        let pattern = format!("%{}%", words.to_lowercase().replace(['%', '_', '\\'], ""));
        let lower = |c: person::Column| Expr::expr(Func::lower(Expr::col(c)));
        let matching = person::Entity::find()
            .select_only()
            .column(person::Column::Id)
            .filter(
                Condition::any()
                    .add(lower(person::Column::Email).like(pattern.clone()))
                    .add(lower(person::Column::GivenName).like(pattern.clone()))
                    .add(lower(person::Column::FamilyName).like(pattern)),
            )
            .into_query();
        query = query.filter(invitation::Column::PersonId.in_subquery(matching));
    }
    query.order_by_desc(invitation::Column::Id)
}

/// Invitations per shown state.
async fn state_counts<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<(InvitationState, u64)>> {
    let live: Vec<(String, i64)> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::State)
        .column_as(invitation::Column::Id.count(), "n")
        .filter(invitation::Column::EventId.eq(event_id))
        .filter(Condition::any().add(invitation::Column::ExpiresAt.gte(now)).add(
            invitation::Column::State.is_not_in(OPEN_STATES.iter().copied().chain(["expired"]).collect::<Vec<_>>()),
        ))
        .group_by(invitation::Column::State)
        .into_tuple()
        .all(db)
        .await?;
    let expired = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event_id))
        .filter(invitation::Column::ExpiresAt.lt(now))
        .filter(invitation::Column::State.is_in(OPEN_STATES.iter().copied().chain(["expired"]).collect::<Vec<_>>()))
        .count(db)
        .await?;
    Ok(InvitationState::ALL
        .iter()
        .map(|s| {
            let n = if *s == InvitationState::Expired {
                expired
            } else {
                live.iter().filter(|(k, _)| k == s.as_str()).map(|(_, n)| u64::try_from(*n).unwrap_or(0)).sum()
            };
            (*s, n)
        })
        .collect())
}

/// Delivery progress of an event's invitations (each one's latest email).
pub async fn progress_of<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Progress> {
    let counts = outbox::delivery_counts_for_event(db, event_id).await?;
    let get = |k: &str| counts.get(k).copied().unwrap_or(0);
    let queued = get(outbox::state::QUEUED) + get(outbox::state::SENDING);
    let (sent, failed) = (get(outbox::state::SENT), get(outbox::state::FAILED));
    Ok(Progress { queued, sent, failed, total: queued + sent + failed })
}

/// Delivery progress, for an event `staff` manages.
pub async fn progress(office: &Office<'_>, staff: &StaffUser, event_id: i32) -> Result<Progress> {
    managed_event(&office.db.read, staff, event_id).await?;
    progress_of(&office.db.read, event_id).await
}

/// Completes invitations with their people, delivery and State.
async fn rows_for<C: ConnectionTrait>(
    db: &C,
    invitations: Vec<invitation::Model>,
    now: DateTime<Utc>,
) -> Result<Vec<InvitationRow>> {
    let ids: Vec<i32> = invitations.iter().map(|i| i.id).collect();
    let mut deliveries = outbox::latest_for_invitations(db, &ids).await?;
    let mut people: HashMap<i32, person::Model> = HashMap::new();
    let person_ids: Vec<i32> = invitations.iter().map(|i| i.person_id).collect();
    for chunk in person_ids.chunks(CHUNK) {
        for p in person::Entity::find().filter(person::Column::Id.is_in(chunk.to_vec())).all(db).await? {
            people.insert(p.id, p);
        }
    }
    let delegation_ids: Vec<i32> = invitations
        .iter()
        .filter(|i| i.kind == InvitationKind::Nomination.as_str())
        .filter_map(|i| i.delegation_id)
        .collect();
    let countries: HashMap<i32, String> = if delegation_ids.is_empty() {
        HashMap::new()
    } else {
        delegation::Entity::find()
            .filter(delegation::Column::Id.is_in(delegation_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|d| (d.id, d.country_iso3))
            .collect()
    };
    Ok(invitations
        .into_iter()
        .filter_map(|inv| {
            let person = people.get(&inv.person_id)?.clone();
            let delivery = deliveries.remove(&inv.id).map(|m| Delivery { state: m.state, error: m.last_error });
            let delegation_country = (inv.kind == InvitationKind::Nomination.as_str())
                .then(|| inv.delegation_id.and_then(|d| countries.get(&d).cloned()))
                .flatten();
            Some(InvitationRow { shown: shown_state(&inv, now), invitation: inv, person, delivery, delegation_country })
        })
        .collect())
}

/// One page of an event's invitations, filtered, with counts and delivery progress.
pub async fn list(office: &Office<'_>, staff: &StaffUser, event_id: i32, filter: &ListFilter) -> Result<Listing> {
    let db = &office.db.read;
    let event = managed_event(db, staff, event_id).await?;
    let paginator = filtered(event.id, filter, office.now).paginate(db, PER_PAGE);
    let totals = paginator.num_items_and_pages().await?;
    let pages = std::cmp::max(totals.number_of_pages, 1);
    let page = filter.page.clamp(1, pages);
    let invitations = paginator.fetch_page(page - 1).await?;
    let rows = rows_for(db, invitations, office.now).await?;
    let counts = state_counts(db, event.id, office.now).await?;
    let progress = progress_of(db, event.id).await?;
    Ok(Listing { event, rows, total: totals.number_of_items, page, pages, counts, progress })
}

/// One invitation of an event, as lists show it.
pub async fn one(office: &Office<'_>, staff: &StaffUser, event_id: i32, invitation_id: i32) -> Result<InvitationRow> {
    let db = &office.db.read;
    let (_, inv, _) = managed_invitation(db, staff, event_id, invitation_id).await?;
    rows_for(db, vec![inv], office.now).await?.into_iter().next().ok_or(Error::NotFound)
}

// ---------------------------------------------------------------------------------------------
// Actions on one invitation

async fn managed_invitation<C: ConnectionTrait>(
    db: &C,
    staff: &StaffUser,
    event_id: i32,
    invitation_id: i32,
) -> Result<(event::Model, invitation::Model, person::Model)> {
    let event = managed_event(db, staff, event_id).await?;
    let inv = invitation::Entity::find_by_id(invitation_id)
        .filter(invitation::Column::EventId.eq(event.id))
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    let person = person::Entity::find_by_id(inv.person_id).one(db).await?.ok_or(Error::NotFound)?;
    Ok((event, inv, person))
}

/// The email of `inv` with a new `token`: a personal invitation or a request for nominations.
async fn letter_for<C: ConnectionTrait>(
    db: &C,
    letters: &mut Letters<'_>,
    inv: &invitation::Model,
    person: &person::Model,
    token: &str,
) -> Result<Outgoing> {
    if inv.kind == InvitationKind::Nomination.as_str() {
        let d = match inv.delegation_id {
            Some(id) => delegation::Entity::find_by_id(id).one(db).await?,
            None => None,
        }
        .ok_or_else(|| Error::Internal("nomination without a delegation".into()))?;
        Ok(letters.nomination_request(inv, person, &d, token))
    } else {
        Ok(letters.invitation(inv, person, token))
    }
}

/// Sends the invitation again with a new link; the old link stops working.
pub async fn resend(
    office: &Office<'_>,
    staff: &StaffUser,
    event_id: i32,
    invitation_id: i32,
) -> Result<invitation::Model> {
    let txn = office.db.write.begin().await?;
    let (event, before, person) = managed_invitation(&txn, staff, event_id, invitation_id).await?;
    check_open(&event)?;
    match shown_state(&before, office.now) {
        InvitationState::Queued | InvitationState::Sent | InvitationState::Failed | InvitationState::Opened => {}
        InvitationState::Expired => return Err(Error::Conflict(Msg::new("inv-err-expired-extend-first"))),
        _ => return Err(Error::Conflict(Msg::new("inv-err-answered"))),
    }
    let (token, hash) = new_token()?;
    let mut model = before.clone().into_active_model();
    model.token_hash = Set(hash);
    if before.state != InvitationState::Opened.as_str() {
        model.state = Set(InvitationState::Queued.as_str().to_owned());
    }
    model.updated_at = Set(office.now);
    let after = model.update(&txn).await?;
    outbox::withdraw_queued(&txn, &[after.id]).await?;
    let mut letters = Letters::new(&event, office)?;
    let letter = letter_for(&txn, &mut letters, &after, &person, &token).await?;
    outbox::enqueue(&txn, &office.mail_domain, letter, office.now).await?;
    crate::audit::record(
        &txn,
        &Actor::staff(staff),
        office.now,
        Change::new("invitation.resend", "invitation", after.id, Some(&before), Some(&after)),
    )
    .await?;
    txn.commit().await?;
    office.mailer.wake();
    Ok(after)
}

/// Withdraws an invitation: its link stops working and an unsent email is not sent.
pub async fn revoke(
    office: &Office<'_>,
    staff: &StaffUser,
    event_id: i32,
    invitation_id: i32,
) -> Result<invitation::Model> {
    let txn = office.db.write.begin().await?;
    let (_, before, _) = managed_invitation(&txn, staff, event_id, invitation_id).await?;
    match shown_state(&before, office.now) {
        InvitationState::Registered => return Err(Error::Conflict(Msg::new("inv-err-revoke-registered"))),
        InvitationState::Revoked | InvitationState::Declined => {
            return Err(Error::Conflict(Msg::new("inv-err-answered")));
        }
        _ => {}
    }
    let mut model = before.clone().into_active_model();
    model.state = Set(InvitationState::Revoked.as_str().to_owned());
    model.updated_at = Set(office.now);
    let after = model.update(&txn).await?;
    outbox::withdraw_queued(&txn, &[after.id]).await?;
    crate::audit::record(
        &txn,
        &Actor::staff(staff),
        office.now,
        Change::new("invitation.revoke", "invitation", after.id, Some(&before), Some(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Moves an invitation's expiry to the end of `until` (local to the event); an expired link
/// works again.
pub async fn extend(
    office: &Office<'_>,
    staff: &StaffUser,
    event_id: i32,
    invitation_id: i32,
    until: NaiveDate,
) -> Result<invitation::Model> {
    let txn = office.db.write.begin().await?;
    let (event, before, _) = managed_invitation(&txn, staff, event_id, invitation_id).await?;
    check_open(&event)?;
    if matches!(
        shown_state(&before, office.now),
        InvitationState::Registered | InvitationState::Declined | InvitationState::Revoked
    ) {
        return Err(Error::Conflict(Msg::new("inv-err-answered")));
    }
    let expires_at = end_of_day(&event, until)?;
    if expires_at <= office.now {
        return Err(FieldErrors::single("expires_on", Msg::new("inv-err-extend-past")));
    }
    let mut model = before.clone().into_active_model();
    model.expires_at = Set(expires_at);
    if before.state == InvitationState::Expired.as_str() {
        let back = if before.sent_at.is_some() { InvitationState::Sent } else { InvitationState::Queued };
        model.state = Set(back.as_str().to_owned());
    }
    model.updated_at = Set(office.now);
    let after = model.update(&txn).await?;
    crate::audit::record(
        &txn,
        &Actor::staff(staff),
        office.now,
        Change::new("invitation.extend", "invitation", after.id, Some(&before), Some(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Reminds everyone who has not answered (queued, sent or opened, not expired; focal points
/// who have not nominated yet): each gets the email again with a new link. Returns how many.
pub async fn remind_all(office: &Office<'_>, staff: &StaffUser, event_id: i32) -> Result<usize> {
    let txn = office.db.write.begin().await?;
    let event = managed_event(&txn, staff, event_id).await?;
    check_open(&event)?;
    let pending = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event.id))
        .filter(invitation::Column::State.is_in(["queued", "sent", "opened"]))
        .filter(invitation::Column::ExpiresAt.gte(office.now))
        .filter(
            Condition::any()
                .add(invitation::Column::Kind.eq(InvitationKind::Personal.as_str()))
                .add(invitation::Column::RespondedAt.is_null()),
        )
        .order_by_asc(invitation::Column::Id)
        .all(&txn)
        .await?;
    let reminded = remind_each(&txn, office, &event, &pending, &Actor::staff(staff)).await?;
    txn.commit().await?;
    office.mailer.wake();
    Ok(reminded)
}

/// Sends each of `pending` (unanswered invitations of `event`) again with a new link, counting
/// the reminder: one multi-row insert of emails and of audit entries per chunk.
async fn remind_each(
    txn: &sea_orm::DatabaseTransaction,
    office: &Office<'_>,
    event: &event::Model,
    pending: &[invitation::Model],
    actor: &Actor,
) -> Result<usize> {
    let mut letters = Letters::new(event, office)?;
    let mut reminded = 0;
    for chunk in pending.chunks(CHUNK) {
        let person_ids: Vec<i32> = chunk.iter().map(|i| i.person_id).collect();
        let people: HashMap<i32, person::Model> = person::Entity::find()
            .filter(person::Column::Id.is_in(person_ids))
            .all(txn)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        let ids: Vec<i32> = chunk.iter().map(|i| i.id).collect();
        outbox::withdraw_queued(txn, &ids).await?;
        let mut out = Vec::with_capacity(chunk.len());
        let mut changes = Vec::with_capacity(chunk.len());
        for before in chunk {
            let Some(person) = people.get(&before.person_id) else { continue };
            let (token, hash) = new_token()?;
            let mut model = before.clone().into_active_model();
            model.token_hash = Set(hash);
            model.reminders_sent = Set(before.reminders_sent + 1);
            model.last_reminded_at = Set(Some(office.now));
            model.updated_at = Set(office.now);
            let after = model.update(txn).await?;
            out.push(letter_for(txn, &mut letters, &after, person, &token).await?);
            changes.push(Change::new("invitation.remind", "invitation", after.id, Some(before), Some(&after)));
        }
        reminded += out.len();
        outbox::enqueue_many(txn, &office.mail_domain, out, office.now).await?;
        record_all(txn, actor, office.now, changes).await?;
    }
    Ok(reminded)
}

/// The automatic follow-up of unanswered invitations before the registration deadline (the
/// event's registration closing time, or the link's expiry when that comes first): for each
/// of `days_before`, at most one follow-up per invitation, recorded in
/// `invitation_follow_ups` in the transaction that queues it. Only the latest follow-up due
/// is sent, and none for an invitation sent after it was due.
pub async fn follow_up_unanswered(office: &Office<'_>, days_before: &[u32]) -> Result<usize> {
    use crate::entities::invitation_follow_up;
    let mut kinds = days_before.to_vec();
    kinds.sort_unstable_by(|a, b| b.cmp(a));
    kinds.dedup();
    let Some(furthest) = kinds.first().copied() else { return Ok(0) };
    let now = office.now;
    let horizon = now + Duration::days(i64::from(furthest));
    let open = invitation::Entity::find()
        .filter(invitation::Column::State.is_in(["sent", "opened"]))
        .filter(invitation::Column::RespondedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .order_by_asc(invitation::Column::EventId)
        .order_by_asc(invitation::Column::Id)
        .all(&office.db.read)
        .await?;
    let event_ids: HashSet<i32> = open.iter().map(|i| i.event_id).collect();
    let events: HashMap<i32, event::Model> = event::Entity::find()
        .filter(event::Column::Id.is_in(event_ids))
        .filter(event::Column::Status.eq(EventStatus::Published.as_str()))
        .all(&office.db.read)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    // The follow-up due now for each invitation, if any: (days before, invitation).
    let mut due: Vec<(i32, invitation::Model)> = Vec::new();
    for inv in open {
        let Some(e) = events.get(&inv.event_id) else { continue };
        let deadline = e.registration_closes_at.map_or(inv.expires_at, |c| std::cmp::min(c, inv.expires_at));
        if deadline <= now || deadline > horizon + Duration::days(1) {
            continue;
        }
        let at = |d: u32| deadline - Duration::days(i64::from(d));
        let current = kinds.iter().enumerate().find(|(i, d)| {
            let until = kinds.get(i + 1).map_or(deadline, |next| at(*next));
            at(**d) <= now && now < until
        });
        if let Some((_, d)) = current
            && inv.created_at < at(*d)
        {
            due.push((i32::try_from(*d).unwrap_or(i32::MAX), inv));
        }
    }
    let mut done: HashSet<(i32, i32)> = HashSet::new();
    for chunk in due.chunks(CHUNK) {
        let ids: Vec<i32> = chunk.iter().map(|(_, i)| i.id).collect();
        done.extend(
            invitation_follow_up::Entity::find()
                .filter(invitation_follow_up::Column::InvitationId.is_in(ids))
                .all(&office.db.read)
                .await?
                .into_iter()
                .map(|f| (f.invitation_id, f.days_before)),
        );
    }
    due.retain(|(d, inv)| !done.contains(&(inv.id, *d)));
    let actor = Actor { user_id: None, label: "scheduler".to_owned() };
    let mut followed = 0;
    let mut by_event: std::collections::BTreeMap<i32, Vec<(i32, invitation::Model)>> = Default::default();
    for (d, inv) in due {
        by_event.entry(inv.event_id).or_default().push((d, inv));
    }
    for (event_id, group) in &by_event {
        let Some(e) = events.get(event_id) else { continue };
        for chunk in group.chunks(CHUNK) {
            let txn = office.db.write.begin().await?;
            let rows = chunk.iter().map(|(d, inv)| invitation_follow_up::ActiveModel {
                invitation_id: Set(inv.id),
                days_before: Set(*d),
                sent_at: Set(now),
                ..Default::default()
            });
            // A run started at the same moment may have written some of these marks: only
            // the invitations whose mark this run wrote are followed up here.
            let key = [invitation_follow_up::Column::InvitationId, invitation_follow_up::Column::DaysBefore];
            let marked: HashSet<i32> =
                crate::db::insert_new(&txn, rows.collect(), key, invitation_follow_up::Column::InvitationId)
                    .await?
                    .into_iter()
                    .collect();
            let pending: Vec<invitation::Model> =
                chunk.iter().filter(|(_, inv)| marked.contains(&inv.id)).map(|(_, inv)| inv.clone()).collect();
            followed += remind_each(&txn, office, e, &pending, &actor).await?;
            txn.commit().await?;
        }
    }
    if followed > 0 {
        office.mailer.wake();
    }
    Ok(followed)
}

/// Sets (or, with `None`, removes) the organiser's paragraph added to the event's invitations.
pub async fn set_paragraph(
    office: &Office<'_>,
    staff: &StaffUser,
    event_id: i32,
    paragraph: Option<String>,
) -> Result<event::Model> {
    let txn = office.db.write.begin().await?;
    let before = managed_event(&txn, staff, event_id).await?;
    check_open(&before)?;
    let mut model = before.clone().into_active_model();
    model.email_paragraph = Set(paragraph);
    model.updated_at = Set(office.now);
    let after = model.update(&txn).await?;
    crate::audit::record(
        &txn,
        &Actor::staff(staff),
        office.now,
        Change::new("event.email_paragraph", "event", after.id, Some(&before), Some(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
