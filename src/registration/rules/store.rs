//! The group writer of registrations: requests that arrive while a transaction is being written
//! share the next one, with their seats, quotas, emails and audit entries.

use std::collections::BTreeMap;

use chrono::{DateTime, SubsecRound as _, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, IntoActiveModel,
    TryIntoModel,
};

use super::common::{NEW_REGISTRATION, Parts, Registered, StateSnapshot, state_only};
use super::letters::{Addressee, Mailing, Notice, Post, compose, waitlist_position};
use super::seats::{seats_taking, take_quota};
use crate::audit::{self, Actor, Change};
use crate::auth::tokens;
use crate::db::{self, Db};
use crate::domain::{InvitationState, ParticipantRole, PersonName, RegistrationState, WebhookKind};
use crate::entities::{audit_entry, event, invitation, outbox_message, person, registration};
use crate::error::{Error, Msg, Result};
use crate::i18n::Lang;
use crate::mail::outbox;
use crate::registration::input::{AttendanceChoice, RegistrationInput};
use crate::webhooks;

/// The registrations through invitation links, written in groups (see [`db::GroupCommit`]).
#[derive(Debug)]
pub struct Writer(pub(super) db::GroupCommit<NewRegistration>);

impl Writer {
    /// Starts the group writer on `db`.
    pub fn start(db: &Db) -> Self {
        // Two writers on PostgreSQL: with four, groups averaged 4–9 registrations under the
        // benchmark and PostgreSQL spent 680–760 µs of CPU per registration; with two, 7–17
        // and 530–570 µs.
        Self(db::GroupCommit::start(db, 64, 2))
    }
}

/// A registration ready to be written: the row, its manage token and the email it sends when
/// it gets a seat, all built before the transaction.
pub struct NewRegistration {
    event: event::Model,
    person_id: i32,
    email: String,
    invitation_id: Option<i32>,
    delegation_id: Option<i32>,
    row: registration::ActiveModel,
    seated: RegistrationState,
    token: String,
    /// SHA-256 of `token`, as the row stores it: how the email and audit entry written after
    /// the row on SQLite find it.
    token_hash: String,
    /// The outbox row of the email the registration sends once it has its seat (its
    /// registration id set where it is written); none when the person is not to be told.
    seated_email: Option<outbox_message::ActiveModel>,
    actor: Actor,
    mailing: Mailing,
    now: DateTime<Utc>,
}

/// What a new registration tells its person.
#[derive(Debug, Clone, Copy)]
pub struct Announce {
    /// An email saying what became of the registration.
    pub email: bool,
    /// With a confirmation, the calendar entry of the event.
    pub calendar: bool,
}

impl Announce {
    /// The email, and the calendar entry with a confirmation.
    pub const EVERYTHING: Self = Self { email: true, calendar: true };
}

/// Why a registration was not written.
pub enum NotWritten {
    /// The person already has a registration for the event (a form sent twice).
    Duplicate { event_id: i32, person_id: i32 },
    /// A rule or the database refused it.
    Refused(Error),
}

impl From<DbErr> for NotWritten {
    fn from(e: DbErr) -> Self {
        Self::Refused(e.into())
    }
}

impl From<Error> for NotWritten {
    fn from(e: Error) -> Self {
        Self::Refused(e)
    }
}

impl db::WriteUnit for NewRegistration {
    type Output = Registered;
    type Error = NotWritten;
    type Pending = Written;

    fn lock_order(&self) -> (i32, i32) {
        (self.event.id, self.delegation_id.unwrap_or(0))
    }

    async fn write(&self, txn: &DatabaseTransaction) -> std::result::Result<Written, NotWritten> {
        self.write_first(txn).await
    }

    async fn write_all(units: &[&Self], txn: &DatabaseTransaction) -> std::result::Result<Vec<Written>, NotWritten> {
        // A group's registrations go in one call: per registration, a statement costs the
        // database more than its rows. A delegation's quota is taken on its own first, so a
        // group with one goes unit by unit.
        if units.iter().any(|u| u.delegation_id.is_some()) {
            return db::write_one_by_one(units, txn).await;
        }
        write_group(txn, units).await
    }

    async fn finish(&self, txn: &DatabaseTransaction, written: Written) -> std::result::Result<Registered, NotWritten> {
        self.take_seat(txn, written).await
    }

    async fn finish_all(
        units: &[&Self],
        txn: &DatabaseTransaction,
        pendings: Vec<Written>,
    ) -> std::result::Result<Vec<Registered>, NotWritten> {
        let postgres = txn.get_database_backend() == DbBackend::Postgres;
        if !postgres || units.len() <= 1 || !units.iter().all(|u| has_room_for_group(&u.event, units.len())) {
            return db::finish_one_by_one(units, txn, pendings).await;
        }
        // Every event's seats for the group in one statement (PostgreSQL): each event row
        // once, taken for all of the group's registrations or for none.
        let mut wanted: BTreeMap<i32, i32> = BTreeMap::new();
        for u in units {
            *wanted.entry(u.event.id).or_default() += 1;
        }
        let taken = txn.query_all_raw(seats_taking_together(&wanted)?).await?;
        if taken.len() != wanted.len() {
            // An event had fewer seats free than the group wanted: the group runs again, one
            // registration at a time, and those without a seat join the waiting list.
            return Err(DbErr::Custom("the group's seats could not all be taken together".to_owned()).into());
        }
        let mut registered = Vec::with_capacity(units.len());
        for (unit, Written { created, .. }) in units.iter().zip(pendings) {
            registered.push(unit.take_seat(txn, Written { created, seat_taken: Some(true) }).await?);
        }
        Ok(registered)
    }
}

/// Whether `e`, as a registration read it, had so many seats free that a group of
/// `group` registrations will surely find them: otherwise the group takes its seats one by
/// one, as a group that finds too few has to be written again.
fn has_room_for_group(e: &event::Model, group: usize) -> bool {
    let group = i32::try_from(group).unwrap_or(i32::MAX);
    e.capacity.is_none_or(|capacity| capacity.saturating_sub(e.seats_taken) >= group.saturating_mul(4))
}

/// Takes `wanted[event]` seats of each event, or none of that event's, in one statement whose
/// text is the same for any group (PostgreSQL); answers a row per event whose seats it took.
/// The events are locked in id order first, as every group does, so that two groups never
/// wait for each other's rows in opposite orders.
fn seats_taking_together(wanted: &BTreeMap<i32, i32>) -> std::result::Result<sea_orm::Statement, NotWritten> {
    let wanted: Vec<_> = wanted.iter().map(|(id, seats)| serde_json::json!({ "id": id, "seats": seats })).collect();
    let wanted = serde_json::to_string(&wanted).map_err(|e| DbErr::Custom(format!("cannot encode the seats: {e}")))?;
    Ok(sea_orm::Statement::from_sql_and_values(
        DbBackend::Postgres,
        r#"WITH wanted AS (SELECT w.id, w.seats FROM json_to_recordset(CAST($1 AS json)) AS w(id integer, seats integer)),
locked AS (SELECT e.id FROM "events" AS e WHERE e.id IN (SELECT id FROM wanted) ORDER BY e.id FOR NO KEY UPDATE)
UPDATE "events" AS e SET "seats_taken" = e."seats_taken" + wanted.seats FROM wanted, locked
WHERE e.id = wanted.id AND e.id = locked.id AND (e."capacity" IS NULL OR e."seats_taken" + wanted.seats <= e."capacity")
RETURNING e.id"#,
        [wanted.into()],
    ))
}

/// The first part of a group of registrations, as if each got a seat: the registrations,
/// their invitations marked registered, their emails and their audit entries. Each answer is
/// its unit's registration, with its seat taken already or not yet tried.
async fn write_group(
    txn: &DatabaseTransaction,
    units: &[&NewRegistration],
) -> std::result::Result<Vec<Written>, NotWritten> {
    // A group of one answers a broken unique key as a form sent twice; a larger group runs
    // again unit by unit, where each finds out for itself.
    let not_written = |e: DbErr| match units {
        [unit] => unit.not_written(e),
        _ => e.into(),
    };
    match txn.get_database_backend() {
        DbBackend::Postgres => write_group_on_postgres(txn, units, not_written).await,
        _ => {
            let mut written = Vec::with_capacity(units.len());
            for run in db::power_of_two_runs(units, LARGEST_SQLITE_RUN) {
                written.extend(write_group_on_sqlite(txn, run, &not_written).await?);
            }
            Ok(written)
        }
    }
}

/// The most registrations one SQLite call writes: the writer keeps each size's statement
/// prepared, and a statement's compiled program grows with its rows.
const LARGEST_SQLITE_RUN: usize = 16;

/// The writes of a group on SQLite, seats included, in one call whose text depends only on
/// the group's size (a power of two, so the writer keeps a few texts prepared): a single
/// writer runs them, and a call to its connection's thread costs more than a registration's
/// rows. The email and the audit entry find their registration by its manage token, the one
/// value known before its id. Where an event had too few seats for the whole group, its
/// registrations take theirs one by one afterwards.
async fn write_group_on_sqlite(
    txn: &DatabaseTransaction,
    units: &[&NewRegistration],
    not_written: impl Fn(DbErr) -> NotWritten,
) -> std::result::Result<Vec<Written>, NotWritten> {
    const THIS_REGISTRATION: &str = r#"(SELECT "id" FROM "registrations" WHERE "manage_token_hash" = ?)"#;
    const THIS_REGISTRATION_AS_TEXT: &str =
        r#"(SELECT CAST("id" AS TEXT) FROM "registrations" WHERE "manage_token_hash" = ?)"#;
    let hash = |unit: &NewRegistration| sea_orm::Value::from(unit.token_hash.as_str());
    let mut registrations = db::sqlite_insert(units.iter().map(|u| &u.row))?;
    registrations.sql.push_str(r#" RETURNING "id", "manage_token_hash""#);
    let entries: Vec<_> = units.iter().map(|u| u.seated_entry("")).collect();
    let mut statements = vec![registrations, sqlite_invitations_registered(units)];
    if units.iter().any(|u| u.seated_email.is_some()) {
        let emails = units.iter().filter_map(|u| u.seated_email.as_ref().map(|m| (m, hash(u))));
        statements.push(db::sqlite_insert_with(emails, "registration_id", THIS_REGISTRATION)?);
    }
    statements.push(db::sqlite_insert_with(
        units.iter().zip(&entries).map(|(u, e)| (e, hash(u))),
        "entity_id",
        THIS_REGISTRATION_AS_TEXT,
    )?);
    statements.push(sqlite_seats_taking(units));
    let rows = txn.query_all_raw(db::sqlite_in_order(statements)).await.map_err(not_written)?;
    if rows.len() < units.len() {
        return Err(DbErr::RecordNotInserted.into());
    }
    let (inserted, seated) = rows.split_at(units.len());
    // RETURNING gives its rows in no set order: each registration finds its id by its token.
    let mut ids = std::collections::HashMap::with_capacity(units.len());
    for row in inserted {
        ids.insert(row.try_get::<String>("", "manage_token_hash")?, row.try_get::<i32>("", "id")?);
    }
    let seated =
        seated.iter().map(|row| row.try_get::<i32>("", "seated_event")).collect::<std::result::Result<Vec<_>, _>>()?;
    units
        .iter()
        .map(|unit| {
            let mut row = unit.row.clone();
            row.id = Set(*ids.get(&unit.token_hash).ok_or(DbErr::RecordNotInserted)?);
            // Every column but the id was written as the row has it, so the row is the model.
            let seat_taken = seated.contains(&unit.event.id).then_some(true);
            Ok(Written { created: row.try_into_model()?, seat_taken })
        })
        .collect()
}

/// On SQLite, the invitations of `units` marked registered, each at its own registration's
/// time; a unit without one binds no id, so the text depends only on the group's size.
fn sqlite_invitations_registered(units: &[&NewRegistration]) -> sea_orm::Statement {
    let answered = vec!["(?, ?)"; units.len()].join(", ");
    let mut values = vec![InvitationState::Registered.as_str().into()];
    for unit in units {
        values.push(unit.invitation_id.into());
        values.push(unit.now.into());
    }
    sea_orm::Statement::from_sql_and_values(
        DbBackend::Sqlite,
        format!(
            r#"UPDATE "invitations" SET "state" = ?, "responded_at" = a.column2, "updated_at" = a.column2 FROM (VALUES {answered}) AS a WHERE "invitations"."id" = a.column1"#
        ),
        values,
    )
}

/// On SQLite, a seat for every unit of `units`, each event's taken for all of its units or
/// for none; answers `seated_event` for each event whose seats it took. One placeholder per
/// unit keeps the text the same for any group of its size.
fn sqlite_seats_taking(units: &[&NewRegistration]) -> sea_orm::Statement {
    let wanted = vec!["(?)"; units.len()].join(", ");
    let values = units.iter().map(|unit| sea_orm::Value::from(unit.event.id));
    sea_orm::Statement::from_sql_and_values(
        DbBackend::Sqlite,
        format!(
            r#"UPDATE "events" SET "seats_taken" = "seats_taken" + w.seats FROM (SELECT column1 AS event_id, count(*) AS seats FROM (VALUES {wanted}) GROUP BY column1) AS w
WHERE "events"."id" = w.event_id AND ("events"."capacity" IS NULL OR "events"."seats_taken" + w.seats <= "events"."capacity") RETURNING "id" AS "seated_event""#
        ),
        values,
    )
}

/// The writes of a group on PostgreSQL: their ids drawn from the sequence, then everything in
/// one statement whose text is the same for any group, so PostgreSQL plans it once per
/// connection. The seats are left to [`NewRegistration::finish_all`].
async fn write_group_on_postgres(
    txn: &DatabaseTransaction,
    units: &[&NewRegistration],
    not_written: impl Fn(DbErr) -> NotWritten,
) -> std::result::Result<Vec<Written>, NotWritten> {
    let ids = registration_ids(txn, units.len()).await?;
    let mut rows = Vec::with_capacity(units.len());
    let mut messages = Vec::with_capacity(units.len());
    let mut entries = Vec::with_capacity(units.len());
    let mut answered = Vec::with_capacity(units.len());
    for (unit, &id) in units.iter().zip(&ids) {
        let mut row = unit.row.clone();
        row.id = Set(id);
        rows.push(row);
        if let Some(mut message) = unit.seated_email.clone() {
            message.registration_id = Set(Some(id));
            messages.push(message);
        }
        entries.push(unit.seated_entry(id));
        if let Some(invitation_id) = unit.invitation_id {
            answered.push(serde_json::json!({ "id": invitation_id, "at": db::json_timestamp(unit.now) }));
        }
    }
    let mut registrations = db::insert_as_json(&rows)?;
    registrations.sql.push_str(r#" RETURNING "id""#);
    let answered =
        serde_json::to_string(&answered).map_err(|e| DbErr::Custom(format!("cannot encode the invitations: {e}")))?;
    // Each invitation answered at its own registration's time.
    let invitations = sea_orm::Statement::from_sql_and_values(
        DbBackend::Postgres,
        r#"UPDATE "invitations" SET "state" = $1, "responded_at" = a.at, "updated_at" = a.at
FROM json_to_recordset(CAST($2 AS json)) AS a(id integer, at timestamptz) WHERE "invitations"."id" = a.id"#,
        [InvitationState::Registered.as_str().into(), answered.into()],
    );
    let mut parts = vec![(NEW_REGISTRATION, registrations), ("invitation", invitations)];
    if !messages.is_empty() {
        parts.push(("email", db::insert_as_json(&messages)?));
    }
    parts.push(("audit", db::insert_as_json(&entries)?));
    let inserted =
        txn.query_all_raw(db::with_clauses(parts, "SELECT id FROM new_registration")).await.map_err(not_written)?;
    if inserted.len() != rows.len() {
        return Err(DbErr::RecordNotInserted.into());
    }
    // Every column was written as the row has it (its times already to the microsecond), so
    // the row is the model.
    rows.into_iter().map(|row| Ok(Written { created: row.try_into_model()?, seat_taken: None })).collect()
}

/// `n` new registration ids, drawn from the table's sequence (PostgreSQL).
async fn registration_ids(txn: &DatabaseTransaction, n: usize) -> std::result::Result<Vec<i32>, DbErr> {
    let n = i32::try_from(n).map_err(|_| DbErr::Custom("too many registrations in one group".to_owned()))?;
    let rows = txn
        .query_all_raw(sea_orm::Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT CAST(nextval(pg_get_serial_sequence('registrations', 'id')) AS integer) AS id FROM generate_series(1, $1)",
            [n.into()],
        ))
        .await?;
    rows.iter().map(|row| row.try_get::<i32>("", "id")).collect()
}

/// A registration written as if seated, and whether it got its seat (`None`: not tried yet).
pub struct Written {
    created: registration::Model,
    seat_taken: Option<bool>,
}

/// The row of a new registration, every column but the id set, so that a group's writes can
/// make the model from the row instead of reading it back.
#[expect(clippy::too_many_arguments, reason = "the parts of a registration, each a column")]
fn new_row(
    event: &event::Model,
    person: &person::Model,
    invitation: Option<&invitation::Model>,
    delegation_id: Option<i32>,
    role: ParticipantRole,
    language: Lang,
    seated: RegistrationState,
    input: &RegistrationInput,
    token_hash: &str,
    now: DateTime<Utc>,
) -> registration::ActiveModel {
    registration::ActiveModel {
        event_id: Set(event.id),
        person_id: Set(person.id),
        invitation_id: Set(invitation.map(|i| i.id)),
        delegation_id: Set(delegation_id),
        role: Set(role),
        state: Set(seated),
        holds_seat: Set(true),
        title: Set(input.title.clone()),
        given_name: Set(input.given_name.clone()),
        family_name: Set(input.family_name.clone()),
        gender: Set(input.gender),
        country_iso3: Set(input.country.as_ref().map(|c| c.as_str().to_owned())),
        organisation: Set(input.organisation.clone()),
        organisation_type: Set(input.organisation_type.clone()),
        position: Set(input.position.clone()),
        phone: Set(input.phone.clone()),
        needs: Set(input.needs.clone()),
        visa_letter: Set(input.visa_letter),
        consent_at: Set(now),
        waitlisted_at: Set(None),
        offer_expires_at: Set(None),
        decision_reason: Set(None),
        manage_token_hash: Set(token_hash.to_owned()),
        language: Set(language.code().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        checkin_version: Set(1),
        notice_accepted_at: Set(input.notice_version.as_ref().map(|_| now)),
        notice_version: Set(input.notice_version.clone()),
        ..Default::default()
    }
}

impl NewRegistration {
    /// Builds the row, the token and the email `announce` asks for (with its calendar file for
    /// a confirmation, reading the event's sessions on `db`).
    pub(super) async fn prepare<C: ConnectionTrait>(
        db: &C,
        post: Post<'_>,
        parts: Parts,
        input: &RegistrationInput,
        announce: Announce,
        now: DateTime<Utc>,
    ) -> Result<Self> {
        let (event, person, invitation, delegation_id, role, language, actor) = parts;
        // A staff actor registers by hand (organiser, desk, API); anyone else is the person.
        let choice = AttendanceChoice { remote_allowed: event.remote_attendance, by_staff: actor.user_id.is_some() };
        let attendance_mode = choice.resolve(input.attendance_mode)?;
        // The database keeps microseconds: the row holds the time as it will be read back.
        let now = now.trunc_subsecs(6);
        let seated = if event.approval_required { RegistrationState::Pending } else { RegistrationState::Confirmed };
        let token = tokens::generate()?;
        let token_hash = tokens::hash(&token);
        let row = new_row(
            &event,
            &person,
            invitation.as_ref(),
            delegation_id,
            role,
            language,
            seated,
            input,
            &token_hash,
            now,
        );
        let row = registration::ActiveModel { attendance_mode: Set(attendance_mode), ..row };
        let mailing = post.mailing;
        let notice = if seated == RegistrationState::Pending { Notice::Received } else { Notice::Confirmed };
        let to = Addressee {
            email: &person.email,
            given_name: &input.given_name,
            family_name: &input.family_name,
            language: language.code(),
        };
        let seated_calendar = if announce.email && announce.calendar && seated == RegistrationState::Confirmed {
            let sessions = post.sessions.of(db, &event).await?;
            Some(crate::calendar::registration_entry(
                post.calendar,
                &mailing.reference,
                &event,
                &sessions,
                &PersonName::new(&input.given_name, &input.family_name).to_string(),
                &person.email,
                crate::calendar::Method::Request,
                true,
                language,
                now,
            ))
        } else {
            None
        };
        let seated_email = if announce.email {
            Some(outbox::new_row(
                &mailing.mail_domain,
                compose(&mailing, &event, &to, &token, notice),
                seated_calendar,
                now,
            )?)
        } else {
            None
        };
        Ok(Self {
            person_id: person.id,
            email: person.email.clone(),
            invitation_id: invitation.map(|i| i.id),
            event,
            delegation_id,
            row,
            seated,
            token,
            token_hash,
            seated_email,
            actor,
            mailing,
            now,
        })
    }

    /// Writes the registration, its email and audit entry as if a seat were free, then takes
    /// the seat; without one the registration joins the waiting list instead.
    pub(super) async fn write_in(&self, txn: &DatabaseTransaction) -> std::result::Result<Registered, NotWritten> {
        let written = self.write_first(txn).await?;
        self.take_seat(txn, written).await
    }

    /// The registration, its email, audit entry and invitation, as if a seat were free. On
    /// SQLite the seat is taken in the same call (a single writer: nobody waits for the event
    /// row); on PostgreSQL it is left to [`Self::take_seat`], so that in a group the event row
    /// is locked only from the first seat taken to the commit.
    async fn write_first(&self, txn: &DatabaseTransaction) -> std::result::Result<Written, NotWritten> {
        let Self { delegation_id, .. } = self;
        // A delegation's quota is taken on its own first: without a place, nothing is written.
        if let Some(d) = *delegation_id
            && !take_quota(txn, d).await?
        {
            return Err(Error::Conflict(Msg::new("err-quota-full")).into());
        }
        // The statements of a group, for a group of one: the database has them prepared.
        write_group(txn, &[self]).await?.pop().ok_or_else(|| DbErr::RecordNotInserted.into())
    }

    /// Why a write of this registration failed: a unique key it broke is a form sent twice.
    fn not_written(&self, e: DbErr) -> NotWritten {
        if db::is_unique_violation(&e) {
            NotWritten::Duplicate { event_id: self.event.id, person_id: self.person_id }
        } else {
            e.into()
        }
    }

    /// The audit entry of the registration, seated, as registration `id`.
    fn seated_entry(&self, id: impl ToString) -> audit_entry::ActiveModel {
        let seated = StateSnapshot { state: self.seated, holds_seat: true };
        audit::entry(&self.actor, self.now, Change::new("registration.create", "registration", id, None, Some(&seated)))
    }

    /// Takes the seat if [`Self::write_first`] did not, and without one moves the registration
    /// to the waiting list.
    async fn take_seat(
        &self,
        txn: &DatabaseTransaction,
        written: Written,
    ) -> std::result::Result<Registered, NotWritten> {
        let Self { event, email, token, mailing, now, seated_email, .. } = self;
        let now = *now;
        let Written { mut created, seat_taken } = written;
        let seat_taken = match seat_taken {
            Some(taken) => taken,
            None => {
                let seat = txn.get_database_backend().build(&seats_taking(event.id));
                txn.query_one_raw(seat).await?.is_some()
            }
        };
        if !seat_taken {
            // No seat: the rarer path rewrites the row, its email and its audit entry.
            let mut waitlisted = created.clone().into_active_model();
            waitlisted.state = Set(RegistrationState::Waitlisted);
            waitlisted.holds_seat = Set(false);
            waitlisted.waitlisted_at = Set(Some(now));
            created = waitlisted.update(txn).await?;
            if seated_email.is_some() {
                let position = waitlist_position(txn, &created).await?;
                let to = Addressee {
                    email,
                    given_name: &created.given_name,
                    family_name: &created.family_name,
                    language: &created.language,
                };
                let message = compose(mailing, event, &to, token, Notice::Waitlisted(position));
                outbox::replace_content(txn, created.id, message.email, None).await?;
            }
            audit::replace_after(txn, "registration.create", "registration", created.id, Some(&state_only(&created)))
                .await?;
        }
        if mailing.webhooks.any() {
            let code = &event.programme_code;
            let made = webhooks::Change::registration(WebhookKind::RegistrationCreated, code, &created, email);
            mailing.webhooks.record(txn, made, now).await?;
            if created.invitation_id.is_some() {
                let mut answered =
                    webhooks::Change::registration(WebhookKind::InvitationAnswered, code, &created, email);
                answered.ids.answer = Some("accepted");
                mailing.webhooks.record(txn, answered, now).await?;
            }
        }
        Ok(Registered { registration: created, manage_token: token.clone(), created: true })
    }
}
