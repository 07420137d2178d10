//! Rules of registration: seats taken by conditional update (capacity is never exceeded),
//! one registration per person and event, approval, the waiting list with time-limited offers,
//! and every email written to the outbox in the same transaction as the change.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveTime, SubsecRound as _, TimeZone as _, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, DbBackend, DbErr,
    EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QueryTrait, TransactionTrait, TryIntoModel,
};

use super::input::{ByHand, RegistrationInput};
use super::offers::OfferWindow;
use crate::audit::{self, Actor, Change};
use crate::auth::{StaffUser, tokens};
use crate::db::{self, Db};
use crate::domain::{
    Email, EventStatus, InvitationKind, InvitationState, ParticipantRole, RegistrationMode, RegistrationState,
};
use crate::entities::{
    audit_entry, delegation, email_verification, event, invitation, outbox_message, person, registration,
};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::i18n::Lang;
use crate::mail::{self, outbox};
use crate::people::{self, PersonInput};
use crate::reference::Reference;

/// What the rules need besides the database: where links point and how long offers last.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// Reference lists (country names in emails).
    pub reference: &'a Arc<Reference>,
    /// Base of links in emails.
    pub base_url: String,
    /// Domain of Message-IDs.
    pub mail_domain: String,
    /// Hours to accept an offered seat.
    pub offer_hours: u32,
    /// Least time, in minutes, an offer must leave to accept it; with less, nobody is offered.
    pub min_offer_minutes: u32,
    /// Minutes a verification link lives.
    pub verification_minutes: u32,
    /// Where registrations through invitation links are written.
    pub writer: &'a Writer,
    /// Publisher of the calendar entries attached to confirmations and cancellations.
    pub calendar: &'a crate::calendar::ics::Publisher,
    /// Events' sessions, for those entries.
    pub sessions: &'a crate::calendar::SessionsKept,
}

impl Context<'_> {
    /// The window of an offer of a seat of `e` made at `now`.
    pub async fn offer_window<C: ConnectionTrait>(
        &self,
        db: &C,
        e: &event::Model,
        now: DateTime<Utc>,
    ) -> Result<OfferWindow> {
        let sessions = self.sessions.of(db, e).await?;
        Ok(OfferWindow::of(e, &sessions, now, self.offer_hours, self.min_offer_minutes))
    }
}

/// Where a registration comes from.
#[derive(Debug, Clone)]
pub enum Source<'a> {
    /// The link of a personal invitation.
    Invitation(&'a str),
    /// The link of an email verification (open registration).
    Verification(&'a str),
    /// An organiser registering someone.
    Organiser(&'a StaffUser, i32, ByHand),
}

/// The outcome of a registration: the row and its new manage-link token.
#[derive(Debug, Clone)]
pub struct Registered {
    /// The registration.
    pub registration: registration::Model,
    /// The private manage-link token (only its hash is stored); empty when nothing was
    /// created, as the link already emailed stays the one that works.
    pub manage_token: String,
    /// False when the person was already registered (nothing new was created or changed).
    pub created: bool,
}

pub(super) fn participant() -> Actor {
    Actor { user_id: None, label: "participant".to_owned() }
}

pub(super) fn gone() -> Error {
    Error::Gone(Msg::new("err-link-invalid"))
}

pub(super) fn is_active(state: &str) -> bool {
    matches!(
        state.parse::<RegistrationState>(),
        Ok(RegistrationState::Pending
            | RegistrationState::Confirmed
            | RegistrationState::Waitlisted
            | RegistrationState::Offered)
    )
}

/// The end of an event's last day in its time zone: the default expiry of its links.
pub fn end_of_event(e: &event::Model) -> DateTime<Utc> {
    let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let last = e.end_date.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default());
    tz.from_local_datetime(&last)
        .latest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&last))
}

/// Checks that an event takes registrations now.
fn check_open(e: &event::Model, now: DateTime<Utc>) -> Result<()> {
    if e.status != EventStatus::Published.as_str() {
        return Err(Error::Conflict(Msg::new("err-registration-not-open")));
    }
    if e.registration_opens_at.is_some_and(|t| now < t) {
        return Err(Error::Conflict(Msg::new("err-registration-not-yet")));
    }
    if e.registration_closes_at.is_some_and(|t| now >= t) || end_of_event(e) < now {
        return Err(Error::Conflict(Msg::new("err-registration-closed")));
    }
    Ok(())
}

/// Takes a seat if one is free: `seats_taken + 1 WHERE seats_taken + 1 <= capacity`,
/// race-free.
async fn take_seat<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<bool> {
    Ok(seat_update(event_id).exec(db).await?.rows_affected == 1)
}

/// The conditional update that takes one of an event's seats, or none.
fn seat_update(event_id: i32) -> sea_orm::UpdateMany<event::Entity> {
    event::Entity::update_many()
        .col_expr(event::Column::SeatsTaken, Expr::col(event::Column::SeatsTaken).add(1))
        .filter(event::Column::Id.eq(event_id))
        .filter(
            Condition::any()
                .add(event::Column::Capacity.is_null())
                .add(Expr::col(event::Column::SeatsTaken).add(1).lte(Expr::col(event::Column::Capacity))),
        )
}

/// [`seat_update`] returning the event's id only when it took the seat.
fn seats_taking(event_id: i32) -> sea_orm::sea_query::UpdateStatement {
    let mut update = seat_update(event_id).into_query();
    update.returning_col(event::Column::Id);
    update
}

async fn release_seat<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<()> {
    event::Entity::update_many()
        .col_expr(event::Column::SeatsTaken, Expr::col(event::Column::SeatsTaken).sub(1))
        .filter(event::Column::Id.eq(event_id))
        .filter(event::Column::SeatsTaken.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// Takes one of a delegation's quota places, race-free like a seat.
async fn take_quota<C: ConnectionTrait>(db: &C, delegation_id: i32) -> Result<bool> {
    let done = delegation::Entity::update_many()
        .col_expr(delegation::Column::SeatsTaken, Expr::col(delegation::Column::SeatsTaken).add(1))
        .filter(delegation::Column::Id.eq(delegation_id))
        .filter(Expr::col(delegation::Column::SeatsTaken).lt(Expr::col(delegation::Column::SeatQuota)))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

async fn release_quota<C: ConnectionTrait>(db: &C, delegation_id: Option<i32>) -> Result<()> {
    if let Some(id) = delegation_id {
        delegation::Entity::update_many()
            .col_expr(delegation::Column::SeatsTaken, Expr::col(delegation::Column::SeatsTaken).sub(1))
            .filter(delegation::Column::Id.eq(id))
            .filter(delegation::Column::SeatsTaken.gt(0))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Which message a registration's state calls for.
pub(super) enum Notice {
    Received,
    Confirmed,
    Waitlisted(u32),
    Offered(DateTime<Utc>),
    Declined(Option<String>),
    Cancelled,
}

/// Who an email about a registration goes to.
pub(super) struct Addressee<'a> {
    pub(super) email: &'a str,
    pub(super) given_name: &'a str,
    pub(super) family_name: &'a str,
    pub(super) language: &'a str,
}

/// Queues the email for a registration in the transaction, with a link built from `token`.
#[expect(clippy::too_many_arguments, reason = "one call site shape; a struct would only rename the arguments")]
async fn notify(
    txn: &DatabaseTransaction,
    ctx: &Context<'_>,
    e: &event::Model,
    r: &registration::Model,
    email: &str,
    token: &str,
    notice: Notice,
    now: DateTime<Utc>,
) -> Result<()> {
    let mailing = Mailing::of(ctx);
    let to = Addressee { email, given_name: &r.given_name, family_name: &r.family_name, language: &r.language };
    // A confirmation carries the entry for the person's calendar; a cancellation removes it.
    let method = match notice {
        Notice::Confirmed => Some(crate::calendar::Method::Request),
        Notice::Cancelled => Some(crate::calendar::Method::Cancel),
        _ => None,
    };
    let msg = outbox::Outgoing { registration_id: Some(r.id), ..compose(&mailing, e, &to, token, notice) };
    match method {
        Some(method) => {
            let calendar = crate::calendar::registration_calendar(
                txn,
                ctx.calendar,
                ctx.reference,
                e,
                &msg.to_name,
                email,
                method,
                now,
            )
            .await?;
            outbox::enqueue_with_calendar(txn, &ctx.mail_domain, msg, calendar, now).await?;
        }
        None => {
            outbox::enqueue(txn, &ctx.mail_domain, msg, now).await?;
        }
    }
    Ok(())
}

/// Composes the email a registration's state calls for (its registration id left empty).
pub(super) fn compose(
    mailing: &Mailing,
    e: &event::Model,
    to: &Addressee<'_>,
    token: &str,
    notice: Notice,
) -> outbox::Outgoing {
    let lang = mail::ui_lang(to.language);
    let elang = mail::email_lang(to.language);
    let summary = mail::event_summary(e, &mailing.reference, lang, &mailing.base_url);
    let name = format!("{} {}", to.given_name, to.family_name);
    let manage_url = format!("{}/r/{token}", mailing.base_url);
    let rendered = match notice {
        Notice::Received => emails::registration_received::render(
            &emails::registration_received::RegistrationReceived { name: name.clone(), event: summary, manage_url },
            elang,
        ),
        Notice::Confirmed => emails::registration_confirmed::render(
            &emails::registration_confirmed::RegistrationConfirmed {
                name: name.clone(),
                event: summary,
                manage_url,
                // A confirmed registration of an event with an approval step was approved.
                approved: e.approval_required,
            },
            elang,
        ),
        Notice::Waitlisted(position) => emails::registration_waitlisted::render(
            &emails::registration_waitlisted::RegistrationWaitlisted {
                name: name.clone(),
                event: summary,
                position,
                manage_url,
            },
            elang,
        ),
        Notice::Offered(until) => {
            let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
            let local = until.with_timezone(&tz);
            let expires = format!(
                "{} {} ({})",
                crate::i18n::format::date(crate::i18n::Tr(lang), local.date_naive()),
                local.format("%H:%M"),
                e.time_zone
            );
            emails::seat_offered::render(
                &emails::seat_offered::SeatOffered {
                    name: name.clone(),
                    event: summary,
                    accept_url: manage_url,
                    expires,
                },
                elang,
            )
        }
        Notice::Declined(reason) => emails::registration_declined::render(
            &emails::registration_declined::RegistrationDeclined { name: name.clone(), event: summary, reason },
            elang,
        ),
        Notice::Cancelled => emails::registration_cancelled::render(
            &emails::registration_cancelled::RegistrationCancelled { name: name.clone(), event: summary },
            elang,
        ),
    };
    outbox::Outgoing {
        to_address: to.email.to_owned(),
        to_name: name,
        email: rendered,
        invitation_id: None,
        registration_id: None,
    }
}

/// Position of a waitlisted registration in its event's line (1 = next).
pub(super) async fn waitlist_position<C: ConnectionTrait>(db: &C, r: &registration::Model) -> Result<u32> {
    let Some(at) = r.waitlisted_at else { return Ok(0) };
    let ahead = registration::Entity::find()
        .filter(registration::Column::EventId.eq(r.event_id))
        .filter(registration::Column::State.eq(RegistrationState::Waitlisted.as_str()))
        .filter(Condition::any().add(registration::Column::WaitlistedAt.lt(at)).add(
            Condition::all().add(registration::Column::WaitlistedAt.eq(at)).add(registration::Column::Id.lt(r.id)),
        ))
        .count(db)
        .await?;
    Ok(u32::try_from(ahead).unwrap_or(u32::MAX).saturating_add(1))
}

/// The invitation behind a link, if it can still be used.
pub async fn usable_invitation<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<invitation::Model> {
    let inv = personal_invitation(token)?.one(db).await?.ok_or_else(gone)?;
    check_usable(&inv, now)?;
    Ok(inv)
}

/// The query for the personal invitation behind a link; a malformed link is gone at once.
fn personal_invitation(token: &str) -> Result<sea_orm::Select<invitation::Entity>> {
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    Ok(invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(tokens::hash(token)))
        .filter(invitation::Column::Kind.eq(InvitationKind::Personal.as_str())))
}

fn check_usable(inv: &invitation::Model, now: DateTime<Utc>) -> Result<()> {
    if inv.state == InvitationState::Revoked.as_str() || inv.expires_at <= now {
        return Err(gone());
    }
    Ok(())
}

/// What the invitation page shows: the invitation, its event and person, and the
/// registration if one exists.
#[derive(Debug, Clone)]
pub struct InvitationView {
    /// The invitation.
    pub invitation: invitation::Model,
    /// Its event.
    pub event: event::Model,
    /// The invitee.
    pub person: person::Model,
    /// Their registration, if any.
    pub registration: Option<registration::Model>,
}

/// Opens an invitation link: records the first opening (that is what "opened" means, even
/// for a mail scanner) and returns what the page shows. Registering needs a POST.
pub async fn open_invitation(db: &Db, token: &str, now: DateTime<Utc>) -> Result<InvitationView> {
    let inv = usable_invitation(&db.read, token, now).await?;
    if inv.opened_at.is_none() {
        let mut update = invitation::Entity::update_many()
            .col_expr(invitation::Column::OpenedAt, Expr::value(now))
            .filter(invitation::Column::Id.eq(inv.id))
            .filter(invitation::Column::OpenedAt.is_null());
        if matches!(inv.state.as_str(), "queued" | "sent" | "failed") {
            update = update.col_expr(invitation::Column::State, Expr::value(InvitationState::Opened.as_str()));
        }
        update.exec(&db.write).await?;
    }
    let event = event::Entity::find_by_id(inv.event_id).one(&db.read).await?.ok_or(Error::NotFound)?;
    let person = person::Entity::find_by_id(inv.person_id).one(&db.read).await?.ok_or(Error::NotFound)?;
    let registration = registration::Entity::find()
        .filter(registration::Column::EventId.eq(inv.event_id))
        .filter(registration::Column::PersonId.eq(inv.person_id))
        .one(&db.read)
        .await?;
    Ok(InvitationView { invitation: inv, event, person, registration })
}

/// Declines an invitation (one click, optional reason).
pub async fn decline_invitation(
    db: &Db,
    token: &str,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> Result<event::Model> {
    let txn = db.write.begin().await?;
    let inv = usable_invitation(&txn, token, now).await?;
    if inv.state == InvitationState::Registered.as_str() {
        return Err(Error::Conflict(Msg::new("err-already-registered")));
    }
    invitation::Entity::update_many()
        .col_expr(invitation::Column::State, Expr::value(InvitationState::Declined.as_str()))
        .col_expr(invitation::Column::RespondedAt, Expr::value(now))
        .col_expr(invitation::Column::DeclineReason, Expr::value(reason))
        .col_expr(invitation::Column::UpdatedAt, Expr::value(now))
        .filter(invitation::Column::Id.eq(inv.id))
        .exec(&txn)
        .await?;
    audit::record(&txn, &participant(), now, Change::new::<()>("invitation.decline", "invitation", inv.id, None, None))
        .await?;
    let event = event::Entity::find_by_id(inv.event_id).one(&txn).await?.ok_or(Error::NotFound)?;
    txn.commit().await?;
    Ok(event)
}

/// Starts an open registration: records an email check and queues its link. The response is
/// the same whether or not the address is known.
pub async fn request_verification(
    db: &Db,
    ctx: &Context<'_>,
    event_id: i32,
    email: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<event::Model> {
    let email = Email::parse(email).map_err(|m| FieldErrors::single("email", m))?;
    let txn = db.write.begin().await?;
    let e = event::Entity::find_by_id(event_id).one(&txn).await?.ok_or(Error::NotFound)?;
    if e.status == EventStatus::Draft.as_str() {
        return Err(Error::NotFound);
    }
    if e.registration_mode != RegistrationMode::Open.as_str() {
        return Err(Error::Conflict(Msg::new("err-registration-invitation-only")));
    }
    check_open(&e, now)?;
    let token = tokens::generate()?;
    email_verification::ActiveModel {
        token_hash: Set(tokens::hash(&token)),
        event_id: Set(event_id),
        email: Set(email.as_str().to_owned()),
        language: Set(lang.code().to_owned()),
        created_at: Set(now),
        expires_at: Set(std::cmp::min(now + Duration::minutes(i64::from(ctx.verification_minutes)), end_of_event(&e))),
        used_at: Set(None),
    }
    .insert(&txn)
    .await?;
    let summary = mail::event_summary(&e, ctx.reference, lang, &ctx.base_url);
    let rendered = emails::email_verification::render(
        &emails::email_verification::EmailVerification {
            event: summary,
            verify_url: format!("{}/v/{token}", ctx.base_url),
        },
        mail::email_lang(lang.code()),
    );
    let msg = outbox::Outgoing {
        to_address: email.as_str().to_owned(),
        to_name: String::new(),
        email: rendered,
        invitation_id: None,
        registration_id: None,
    };
    outbox::enqueue(&txn, &ctx.mail_domain, msg, now).await?;
    txn.commit().await?;
    Ok(e)
}

/// The email check behind a link, if usable, with its event.
pub async fn usable_verification<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(email_verification::Model, event::Model)> {
    let (v, e) = verification(db, token, now).await?;
    if v.used_at.is_some() {
        return Err(gone());
    }
    Ok((v, e))
}

/// The email check behind a link that has not expired, used or not, with its event.
pub(super) async fn verification<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(email_verification::Model, event::Model)> {
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    let v = email_verification::Entity::find_by_id(tokens::hash(token)).one(db).await?.ok_or_else(gone)?;
    if v.expires_at <= now {
        return Err(gone());
    }
    let e = event::Entity::find_by_id(v.event_id).one(db).await?.ok_or(Error::NotFound)?;
    Ok((v, e))
}

/// The person with the address an email check verified, if there is one.
pub(super) async fn verified_person<C: ConnectionTrait>(
    db: &C,
    v: &email_verification::Model,
) -> Result<Option<person::Model>> {
    Ok(person::Entity::find().filter(person::Column::Email.eq(v.email.as_str())).one(db).await?)
}

/// Registers a person: through an invitation, a verified address, or an organiser. Takes a
/// seat if one is free (pending when the event needs approval), otherwise joins the waiting
/// list. A form submitted again returns the first registration and changes nothing: not even
/// its manage link, which only ever goes to the person's address.
pub async fn register(
    db: &Db,
    ctx: &Context<'_>,
    source: Source<'_>,
    input: &RegistrationInput,
    now: DateTime<Utc>,
) -> Result<Registered> {
    if let Source::Invitation(token) = source {
        // The invitation link resolves on the read pool and everything is prepared before the
        // transaction, so the write connection (one, on SQLite) spends its time on writes only.
        let parts = invitation_parts(&db.read, token, now).await?;
        if parts.2.as_ref().is_some_and(|i| i.state == InvitationState::Registered.as_str()) {
            return answer(db, Err(NotWritten::Duplicate { event_id: parts.0.id, person_id: parts.1.id })).await;
        }
        check_open(&parts.0, now)?;
        let new = NewRegistration::prepare(&db.read, ctx, parts, input, Announce::EVERYTHING, now).await?;
        let written = ctx.writer.0.write(new).await;
        return answer(db, written).await;
    }
    let txn = db.write.begin().await?;
    let (parts, announce) = match source {
        Source::Verification(token) => {
            let (v, e) = verification(&txn, token, now).await?;
            if v.used_at.is_some() {
                // The form sent again after its link was used: the registration it made, if any.
                let person = verified_person(&txn, &v).await?.ok_or_else(gone)?;
                txn.rollback().await?;
                return answer(db, Err(NotWritten::Duplicate { event_id: e.id, person_id: person.id })).await;
            }
            check_open(&e, now)?;
            let lang = mail::ui_lang(&v.language);
            let email = Email::parse(&v.email).map_err(|_| gone())?;
            let p = people::find_or_create(&txn, &person_input(email, input, lang), now).await?;
            email_verification::Entity::update_many()
                .col_expr(email_verification::Column::UsedAt, Expr::value(now))
                .filter(email_verification::Column::TokenHash.eq(v.token_hash.as_str()))
                .exec(&txn)
                .await?;
            ((e, p, None, None, ParticipantRole::Delegate, lang, participant()), Announce::EVERYTHING)
        }
        Source::Organiser(staff, event_id, ByHand { person: add, notify }) => {
            let e = event::Entity::find_by_id(event_id).one(&txn).await?.ok_or(Error::NotFound)?;
            if !staff.can_manage(&e.programme_code) {
                return Err(Error::Forbidden);
            }
            if e.status == EventStatus::Cancelled.as_str() {
                return Err(Error::Conflict(Msg::new("err-event-cancelled")));
            }
            // Someone added after the event (for the record) gets no invitation to past dates,
            // and by default no email at all.
            let ended = end_of_event(&e) < now;
            let announce = Announce { email: notify.unwrap_or(!ended), calendar: !ended };
            let p = people::find_or_create(&txn, &person_input(add.email.clone(), input, add.language), now).await?;
            ((e, p, None, None, add.role, add.language, Actor::staff(staff)), announce)
        }
        Source::Invitation(_) => return Err(gone()),
    };
    let written = NewRegistration::prepare(&txn, ctx, parts, input, announce, now).await?.write_in(&txn).await;
    if written.is_ok() {
        txn.commit().await?;
    } else {
        txn.rollback().await?;
    }
    answer(db, written).await
}

/// The answer to a registration form: the new registration, or for a form sent again the
/// registration it made the first time.
async fn answer(db: &Db, written: std::result::Result<Registered, NotWritten>) -> Result<Registered> {
    match written {
        Ok(done) => Ok(done),
        Err(NotWritten::Duplicate { event_id, person_id }) => {
            existing_registration(db, event_id, person_id).await?.ok_or_else(gone)
        }
        Err(NotWritten::Refused(e)) => Err(e),
    }
}

/// The name of the clause that inserts a registration, in its one PostgreSQL statement.
const NEW_REGISTRATION: &str = "new_registration";

/// The registrations through invitation links, written in groups (see [`db::GroupCommit`]).
#[derive(Debug)]
pub struct Writer(db::GroupCommit<NewRegistration>);

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

/// What composing an email needs, owned so a write can run on the writer thread.
pub(super) struct Mailing {
    reference: Arc<Reference>,
    base_url: String,
    mail_domain: String,
}

impl Mailing {
    /// The mailing of `ctx`.
    pub(super) fn of(ctx: &Context<'_>) -> Self {
        Self {
            reference: Arc::clone(ctx.reference),
            base_url: ctx.base_url.clone(),
            mail_domain: ctx.mail_domain.clone(),
        }
    }
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
        _ => write_group_on_sqlite(txn, units, not_written).await,
    }
}

/// The writes of a group on SQLite, seats included, in one call whose text depends only on
/// the group's size: a single writer runs them, and a call to its connection's thread costs
/// more than a registration's rows. The email and the audit entry find their registration by
/// its manage token, the one value known before its id. Where an event had too few seats for
/// the whole group, its registrations take theirs one by one afterwards.
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

impl NewRegistration {
    /// Builds the row, the token and the email `announce` asks for (with its calendar file for
    /// a confirmation, reading the event's sessions on `db`).
    async fn prepare<C: ConnectionTrait>(
        db: &C,
        ctx: &Context<'_>,
        parts: Parts,
        input: &RegistrationInput,
        announce: Announce,
        now: DateTime<Utc>,
    ) -> Result<Self> {
        let (event, person, invitation, delegation_id, role, language, actor) = parts;
        // The database keeps microseconds: the row holds the time as it will be read back.
        let now = now.trunc_subsecs(6);
        let seated = if event.approval_required { RegistrationState::Pending } else { RegistrationState::Confirmed };
        let token = tokens::generate()?;
        let token_hash = tokens::hash(&token);
        let row = registration::ActiveModel {
            event_id: Set(event.id),
            person_id: Set(person.id),
            invitation_id: Set(invitation.as_ref().map(|i| i.id)),
            delegation_id: Set(delegation_id),
            role: Set(role.as_str().to_owned()),
            state: Set(seated.as_str().to_owned()),
            holds_seat: Set(true),
            title: Set(input.title.clone()),
            given_name: Set(input.given_name.clone()),
            family_name: Set(input.family_name.clone()),
            gender: Set(input.gender.as_str().to_owned()),
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
            manage_token_hash: Set(token_hash.clone()),
            language: Set(language.code().to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
            // Every column but the id is set, so that a group's writes can make the model
            // from the row instead of reading it back.
            checkin_version: Set(1),
            ..Default::default()
        };
        let mailing = Mailing::of(ctx);
        let notice = if seated == RegistrationState::Pending { Notice::Received } else { Notice::Confirmed };
        let to = Addressee {
            email: &person.email,
            given_name: &input.given_name,
            family_name: &input.family_name,
            language: language.code(),
        };
        let seated_calendar = if announce.email && announce.calendar && seated == RegistrationState::Confirmed {
            let sessions = ctx.sessions.of(db, &event).await?;
            Some(crate::calendar::registration_entry(
                ctx.calendar,
                ctx.reference,
                &event,
                &sessions,
                &format!("{} {}", input.given_name, input.family_name),
                &person.email,
                crate::calendar::Method::Request,
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
    async fn write_in(&self, txn: &DatabaseTransaction) -> std::result::Result<Registered, NotWritten> {
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
        let seated = StateSnapshot { state: self.seated.as_str().to_owned(), holds_seat: true };
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
            waitlisted.state = Set(RegistrationState::Waitlisted.as_str().to_owned());
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
        Ok(Registered { registration: created, manage_token: token.clone(), created: true })
    }
}

/// The parts of a registration through an invitation: event, invitee, invitation, delegation,
/// role, language, actor.
type Parts = (event::Model, person::Model, Option<invitation::Model>, Option<i32>, ParticipantRole, Lang, Actor);

/// Resolves an invitation link with its event and invitee in one query.
async fn invitation_parts<C: ConnectionTrait>(db: &C, token: &str, now: DateTime<Utc>) -> Result<Parts> {
    let found = personal_invitation(token)?
        .find_also_related(event::Entity)
        .find_also(invitation::Entity, person::Entity)
        .one(db)
        .await?;
    let Some((inv, Some(e), Some(p))) = found else { return Err(gone()) };
    check_usable(&inv, now)?;
    if inv.state == InvitationState::Declined.as_str() {
        return Err(Error::Conflict(Msg::new("err-invitation-declined")));
    }
    let role: ParticipantRole = inv.role.parse().unwrap_or(ParticipantRole::Delegate);
    let lang = mail::ui_lang(&inv.language);
    let delegation = inv.delegation_id;
    Ok((e, p, Some(inv), delegation, role, lang, participant()))
}

/// An active registration of this person for this event, answered as a second submission of
/// the same form: nothing new and nothing changed (its manage link stays the one emailed, so
/// whoever sent the form again gets no access). An ended one is refused.
async fn existing_registration(db: &Db, event_id: i32, person_id: i32) -> Result<Option<Registered>> {
    let Some(existing) = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::PersonId.eq(person_id))
        .one(&db.read)
        .await?
    else {
        return Ok(None);
    };
    if !is_active(&existing.state) {
        return Err(Error::Conflict(Msg::new("err-registration-ended")));
    }
    Ok(Some(Registered { registration: existing, manage_token: String::new(), created: false }))
}

fn person_input(email: Email, input: &RegistrationInput, language: Lang) -> PersonInput {
    PersonInput {
        email,
        title: input.title.clone(),
        given_name: input.given_name.clone(),
        family_name: input.family_name.clone(),
        organisation: input.organisation.clone(),
        organisation_type: input.organisation_type.clone(),
        country: input.country.clone(),
        language,
    }
}

/// The audited part of a registration: its state, never the person's details.
#[derive(serde::Serialize)]
struct StateSnapshot {
    state: String,
    holds_seat: bool,
}

fn state_only(r: &registration::Model) -> StateSnapshot {
    StateSnapshot { state: r.state.clone(), holds_seat: r.holds_seat }
}

/// A registration with its event and person, behind a manage link.
#[derive(Debug, Clone)]
pub struct Managed {
    /// The registration.
    pub registration: registration::Model,
    /// Its event.
    pub event: event::Model,
    /// The person.
    pub person: person::Model,
    /// Place in the waiting list, when waitlisted.
    pub position: u32,
}

async fn by_manage_token<C: ConnectionTrait>(db: &C, token: &str) -> Result<registration::Model> {
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    registration::Entity::find()
        .filter(registration::Column::ManageTokenHash.eq(tokens::hash(token)))
        .one(db)
        .await?
        .ok_or_else(gone)
}

/// The registration behind a manage link. Links work until the end of the event.
pub async fn managed(db: &Db, token: &str, now: DateTime<Utc>) -> Result<Managed> {
    let r = by_manage_token(&db.read, token).await?;
    let event = event::Entity::find_by_id(r.event_id).one(&db.read).await?.ok_or(Error::NotFound)?;
    if end_of_event(&event) < now {
        return Err(gone());
    }
    let person = person::Entity::find_by_id(r.person_id).one(&db.read).await?.ok_or(Error::NotFound)?;
    let position = waitlist_position(&db.read, &r).await?;
    Ok(Managed { registration: r, event, person, position })
}

/// Offers freed seats to the waiting list, first come first served, while seats are free
/// and enough time is left to take one up (see [`Context::offer_window`]).
async fn promote(txn: &DatabaseTransaction, ctx: &Context<'_>, event_id: i32, now: DateTime<Utc>) -> Result<u32> {
    let event = event::Entity::find_by_id(event_id).one(txn).await?.ok_or(Error::NotFound)?;
    let OfferWindow::Open { until, .. } = ctx.offer_window(txn, &event, now).await? else {
        return Ok(0);
    };
    let mut offered = 0;
    loop {
        let Some(next) = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::State.eq(RegistrationState::Waitlisted.as_str()))
            .order_by_asc(registration::Column::WaitlistedAt)
            .order_by_asc(registration::Column::Id)
            .one(txn)
            .await?
        else {
            return Ok(offered);
        };
        if !take_seat(txn, event_id).await? {
            return Ok(offered);
        }
        let token = tokens::generate()?;
        let mut model = next.clone().into_active_model();
        model.state = Set(RegistrationState::Offered.as_str().to_owned());
        model.holds_seat = Set(true);
        model.offer_expires_at = Set(Some(until));
        model.manage_token_hash = Set(tokens::hash(&token));
        model.updated_at = Set(now);
        let after = model.update(txn).await?;
        let person = person::Entity::find_by_id(after.person_id).one(txn).await?.ok_or(Error::NotFound)?;
        notify(txn, ctx, &event, &after, &person.email, &token, Notice::Offered(until), now).await?;
        audit::record(
            txn,
            &Actor { user_id: None, label: "waiting list".into() },
            now,
            Change::new(
                "registration.offer",
                "registration",
                after.id,
                Some(&state_only(&next)),
                Some(&state_only(&after)),
            ),
        )
        .await?;
        offered += 1;
    }
}

/// Ends a registration (the person's own cancellation, an organiser's rejection or
/// cancellation, or a lapsed offer), frees its seat and offers it to the waiting list.
async fn end(
    txn: &DatabaseTransaction,
    ctx: &Context<'_>,
    r: &registration::Model,
    to: RegistrationState,
    reason: Option<String>,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<registration::Model> {
    let mut model = r.clone().into_active_model();
    model.state = Set(to.as_str().to_owned());
    model.holds_seat = Set(false);
    model.offer_expires_at = Set(None);
    model.decision_reason = Set(reason.clone().or(r.decision_reason.clone()));
    model.updated_at = Set(now);
    let after = model.update(txn).await?;
    if r.holds_seat {
        release_seat(txn, r.event_id).await?;
    }
    release_quota(txn, r.delegation_id).await?;
    let action = match to {
        RegistrationState::Rejected => "registration.reject",
        RegistrationState::Lapsed => "registration.lapse",
        _ => "registration.cancel",
    };
    audit::record(
        txn,
        actor,
        now,
        Change::new(action, "registration", r.id, Some(&state_only(r)), Some(&state_only(&after))),
    )
    .await?;
    let event = event::Entity::find_by_id(r.event_id).one(txn).await?.ok_or(Error::NotFound)?;
    let person = person::Entity::find_by_id(r.person_id).one(txn).await?.ok_or(Error::NotFound)?;
    let notice = match to {
        RegistrationState::Rejected => Some(Notice::Declined(reason)),
        RegistrationState::Cancelled => Some(Notice::Cancelled),
        _ => None,
    };
    if let Some(notice) = notice {
        notify(txn, ctx, &event, &after, &person.email, &tokens::generate()?, notice, now).await?;
    }
    if r.holds_seat {
        promote(txn, ctx, r.event_id, now).await?;
    }
    Ok(after)
}

/// The person cancels their registration through the manage link.
pub async fn cancel_own(db: &Db, ctx: &Context<'_>, token: &str, now: DateTime<Utc>) -> Result<registration::Model> {
    let txn = db.write.begin().await?;
    let r = by_manage_token(&txn, token).await?;
    if !is_active(&r.state) {
        return Err(Error::Conflict(Msg::new("err-registration-ended")));
    }
    let after = end(&txn, ctx, &r, RegistrationState::Cancelled, None, &participant(), now).await?;
    txn.commit().await?;
    Ok(after)
}

/// The person accepts an offered seat before the offer expires.
pub async fn accept_offer(db: &Db, ctx: &Context<'_>, token: &str, now: DateTime<Utc>) -> Result<Registered> {
    let txn = db.write.begin().await?;
    let r = by_manage_token(&txn, token).await?;
    if r.state != RegistrationState::Offered.as_str() || r.offer_expires_at.is_none_or(|t| t <= now) {
        return Err(Error::Conflict(Msg::new("err-offer-not-open")));
    }
    let event = event::Entity::find_by_id(r.event_id).one(&txn).await?.ok_or(Error::NotFound)?;
    let to = if event.approval_required { RegistrationState::Pending } else { RegistrationState::Confirmed };
    let new_token = tokens::generate()?;
    let mut model = r.clone().into_active_model();
    model.state = Set(to.as_str().to_owned());
    model.offer_expires_at = Set(None);
    model.manage_token_hash = Set(tokens::hash(&new_token));
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    let person = person::Entity::find_by_id(r.person_id).one(&txn).await?.ok_or(Error::NotFound)?;
    let notice = if to == RegistrationState::Pending { Notice::Received } else { Notice::Confirmed };
    notify(&txn, ctx, &event, &after, &person.email, &new_token, notice, now).await?;
    audit::record(
        &txn,
        &participant(),
        now,
        Change::new(
            "registration.accept_offer",
            "registration",
            r.id,
            Some(&state_only(&r)),
            Some(&state_only(&after)),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(Registered { registration: after, manage_token: new_token, created: false })
}

/// Updates the person's details; an accepted registration of an event that needs approval
/// goes back to pending.
pub async fn update_own(
    db: &Db,
    ctx: &Context<'_>,
    token: &str,
    input: &RegistrationInput,
    now: DateTime<Utc>,
) -> Result<registration::Model> {
    let txn = db.write.begin().await?;
    let r = by_manage_token(&txn, token).await?;
    if !is_active(&r.state) {
        return Err(Error::Conflict(Msg::new("err-registration-ended")));
    }
    let event = event::Entity::find_by_id(r.event_id).one(&txn).await?.ok_or(Error::NotFound)?;
    let back_to_approval = event.approval_required && r.state == RegistrationState::Confirmed.as_str();
    let mut model = r.clone().into_active_model();
    model.title = Set(input.title.clone());
    model.given_name = Set(input.given_name.clone());
    model.family_name = Set(input.family_name.clone());
    model.gender = Set(input.gender.as_str().to_owned());
    model.country_iso3 = Set(input.country.as_ref().map(|c| c.as_str().to_owned()));
    model.organisation = Set(input.organisation.clone());
    model.organisation_type = Set(input.organisation_type.clone());
    model.position = Set(input.position.clone());
    model.phone = Set(input.phone.clone());
    model.needs = Set(input.needs.clone());
    model.visa_letter = Set(input.visa_letter);
    model.updated_at = Set(now);
    if back_to_approval {
        model.state = Set(RegistrationState::Pending.as_str().to_owned());
    }
    let after = model.update(&txn).await?;
    if back_to_approval {
        let person = person::Entity::find_by_id(r.person_id).one(&txn).await?.ok_or(Error::NotFound)?;
        let token = tokens::generate()?;
        registration::Entity::update_many()
            .col_expr(registration::Column::ManageTokenHash, Expr::value(tokens::hash(&token)))
            .filter(registration::Column::Id.eq(r.id))
            .exec(&txn)
            .await?;
        notify(&txn, ctx, &event, &after, &person.email, &token, Notice::Received, now).await?;
    }
    audit::record(
        &txn,
        &participant(),
        now,
        Change::new("registration.update", "registration", r.id, Some(&state_only(&r)), Some(&state_only(&after))),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Lets every seat offer whose time ran out lapse, and offers those seats to the next people.
/// Safe to run on several instances at once: each lapse is a conditional update.
pub async fn expire_offers(db: &Db, ctx: &Context<'_>, now: DateTime<Utc>) -> Result<u32> {
    let due = registration::Entity::find()
        .filter(registration::Column::State.eq(RegistrationState::Offered.as_str()))
        .filter(registration::Column::OfferExpiresAt.lte(now))
        .all(&db.read)
        .await?;
    let mut lapsed = 0;
    for r in due {
        let txn = db.write.begin().await?;
        let claimed = registration::Entity::update_many()
            .col_expr(registration::Column::UpdatedAt, Expr::value(now))
            .filter(registration::Column::Id.eq(r.id))
            .filter(registration::Column::State.eq(RegistrationState::Offered.as_str()))
            .filter(registration::Column::OfferExpiresAt.lte(now))
            .exec(&txn)
            .await?;
        if claimed.rows_affected == 1 {
            end(
                &txn,
                ctx,
                &r,
                RegistrationState::Lapsed,
                None,
                &Actor { user_id: None, label: "waiting list".into() },
                now,
            )
            .await?;
            lapsed += 1;
        }
        txn.commit().await?;
    }
    Ok(lapsed)
}

/// An organiser's move of a registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Pending → confirmed.
    Approve,
    /// Not accepted, with a reason.
    Reject,
    /// Cancelled by the secretariat.
    Cancel,
    /// Confirmed → pending (to check again).
    ResetToPending,
}

impl std::str::FromStr for Move {
    type Err = Msg;
    fn from_str(s: &str) -> std::result::Result<Self, Msg> {
        match s {
            "approve" => Ok(Self::Approve),
            "reject" => Ok(Self::Reject),
            "cancel" => Ok(Self::Cancel),
            "reset" => Ok(Self::ResetToPending),
            "" => Err(Msg::new("err-required")),
            _ => Err(Msg::new("err-choice")),
        }
    }
}

/// Applies an organiser's move to several registrations of one event, all or nothing.
#[expect(clippy::too_many_arguments, reason = "the handler and the API pass exactly these")]
pub async fn move_registrations(
    db: &Db,
    ctx: &Context<'_>,
    staff: &StaffUser,
    event_id: i32,
    ids: &[i32],
    action: Move,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> Result<usize> {
    let txn = db.write.begin().await?;
    let event = event::Entity::find_by_id(event_id).one(&txn).await?.ok_or(Error::NotFound)?;
    if !staff.can_manage(&event.programme_code) {
        return Err(Error::Forbidden);
    }
    let actor = Actor::staff(staff);
    for id in ids {
        let r = registration::Entity::find_by_id(*id)
            .filter(registration::Column::EventId.eq(event_id))
            .one(&txn)
            .await?
            .ok_or(Error::NotFound)?;
        let state: RegistrationState = r.state.parse().map_err(|_| Error::Internal("unknown stored state".into()))?;
        match (action, state) {
            (Move::Approve, RegistrationState::Pending) => {
                let token = tokens::generate()?;
                let mut model = r.clone().into_active_model();
                model.state = Set(RegistrationState::Confirmed.as_str().to_owned());
                model.manage_token_hash = Set(tokens::hash(&token));
                model.updated_at = Set(now);
                let after = model.update(&txn).await?;
                let person = person::Entity::find_by_id(r.person_id).one(&txn).await?.ok_or(Error::NotFound)?;
                notify(&txn, ctx, &event, &after, &person.email, &token, Notice::Confirmed, now).await?;
                audit::record(
                    &txn,
                    &actor,
                    now,
                    Change::new(
                        "registration.approve",
                        "registration",
                        r.id,
                        Some(&state_only(&r)),
                        Some(&state_only(&after)),
                    ),
                )
                .await?;
            }
            (Move::ResetToPending, RegistrationState::Confirmed) => {
                let mut model = r.clone().into_active_model();
                model.state = Set(RegistrationState::Pending.as_str().to_owned());
                model.updated_at = Set(now);
                let after = model.update(&txn).await?;
                audit::record(
                    &txn,
                    &actor,
                    now,
                    Change::new(
                        "registration.reset",
                        "registration",
                        r.id,
                        Some(&state_only(&r)),
                        Some(&state_only(&after)),
                    ),
                )
                .await?;
            }
            (
                Move::Reject,
                RegistrationState::Pending
                | RegistrationState::Confirmed
                | RegistrationState::Waitlisted
                | RegistrationState::Offered,
            ) => {
                end(&txn, ctx, &r, RegistrationState::Rejected, reason.clone(), &actor, now).await?;
            }
            (Move::Cancel, s) if is_active(s.as_str()) => {
                end(&txn, ctx, &r, RegistrationState::Cancelled, reason.clone(), &actor, now).await?;
            }
            _ => {
                return Err(Error::Conflict(Msg::new("err-move-not-allowed").arg("state", state.as_str())));
            }
        }
    }
    txn.commit().await?;
    Ok(ids.len())
}

/// Registers someone on the organiser's behalf (same seats and rules, no invitation).
pub async fn add_manually(
    db: &Db,
    ctx: &Context<'_>,
    staff: &StaffUser,
    event_id: i32,
    add: impl Into<ByHand>,
    input: &RegistrationInput,
    now: DateTime<Utc>,
) -> Result<Registered> {
    register(db, ctx, Source::Organiser(staff, event_id, add.into()), input, now).await
}
