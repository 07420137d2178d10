//! A new manage link for someone already registered, asked for from the invitation link or the
//! email-verification link they registered with. The link goes by email to the address on
//! record, never to the page: holding a forwarded invitation link gives no access to the
//! registration, and the link already emailed works until a new one is sent.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait};

use super::rules::{
    Addressee, Mailing, Notice, compose, end_of_event, gone, is_active, participant, usable_invitation, verification,
    verified_person, waitlist_position,
};
use crate::Office;
use crate::audit::{self, Change};
use crate::auth::tokens;
use crate::db::Db;
use crate::domain::{Email, RegistrationState};
use crate::entities::{audit_entry, event, person, registration};
use crate::error::{Error, Msg, Result};
use crate::mail::outbox;

/// The audit action of a new link sent.
const NEW_LINK: &str = "registration.new_link";

/// Time after a new link during which another is not sent: a button pressed again, or by
/// someone else holding the invitation, does not fill the person's mailbox.
const QUIET_MINUTES: i64 = 10;

/// The link a visitor came with.
#[derive(Debug, Clone, Copy)]
pub enum Holder<'a> {
    /// A personal invitation link.
    Invitation(&'a str),
    /// An email-verification link of an open registration (used or not, until it expires).
    Verification(&'a str),
}

/// What became of a request for a new link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewLink {
    /// A new link is on its way; the previous one no longer works.
    Sent,
    /// A new link went out minutes ago: nothing was sent, the latest link still works.
    SentRecently,
}

/// The event, registration and person behind a link, when that person is registered.
async fn registered_through<C: ConnectionTrait>(
    db: &C,
    holder: Holder<'_>,
    now: DateTime<Utc>,
) -> Result<(event::Model, registration::Model, person::Model)> {
    let (event_id, person) = match holder {
        Holder::Invitation(token) => {
            let inv = usable_invitation(db, token, now).await?;
            let person = person::Entity::find_by_id(inv.person_id).one(db).await?.ok_or_else(gone)?;
            (inv.event_id, person)
        }
        Holder::Verification(token) => {
            let (v, e) = verification(db, token, now).await?;
            (e.id, verified_person(db, &v).await?.ok_or_else(gone)?)
        }
    };
    let r = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::PersonId.eq(person.id))
        .one(db)
        .await?
        .ok_or_else(gone)?;
    let e = event::Entity::find_by_id(event_id).one(db).await?.ok_or(Error::NotFound)?;
    Ok((e, r, person))
}

/// The event a link is for, when its holder may ask for a new manage link.
pub async fn event_of(db: &Db, holder: Holder<'_>, now: DateTime<Utc>) -> Result<event::Model> {
    let (e, r, _) = registered_through(&db.read, holder, now).await?;
    check_linkable(&e, &r, now)?;
    Ok(e)
}

/// A registration gets a new link while it is active and its event has not ended (manage
/// links stop working then).
fn check_linkable(e: &event::Model, r: &registration::Model, now: DateTime<Utc>) -> Result<()> {
    if !is_active(r.state) {
        return Err(Error::Conflict(Msg::new("err-registration-ended")));
    }
    if end_of_event(e) < now {
        return Err(gone());
    }
    Ok(())
}

/// Emails a new manage link to the registered person (the message of their registration's
/// state, with the new link), in the transaction that replaces the old link and audits it.
pub async fn email_new_link(
    db: &Db,
    office: &Office,
    holder: Holder<'_>,
    now: DateTime<Utc>,
) -> Result<(event::Model, NewLink)> {
    let txn = db.write.begin().await?;
    let (e, r, person) = registered_through(&txn, holder, now).await?;
    check_linkable(&e, &r, now)?;
    let outcome = send_new_link(&txn, office, &e, &r, &person, now).await?;
    txn.commit().await?;
    Ok((e, outcome))
}

/// Emails a new manage link for each active registration of `email` whose event has not
/// ended, from the page a dead link leads to. Says nothing of whether the address is known:
/// the answer is the same, and the links go only to the address on record.
pub async fn email_new_links_to(db: &Db, office: &Office, email: &Email, now: DateTime<Utc>) -> Result<usize> {
    let txn = db.write.begin().await?;
    let Some(person) = person::Entity::find().filter(person::Column::Email.eq(email.as_str())).one(&txn).await? else {
        return Ok(0);
    };
    let registrations =
        registration::Entity::find().filter(registration::Column::PersonId.eq(person.id)).all(&txn).await?;
    let mut sent = 0;
    for r in registrations.iter().filter(|r| is_active(r.state)) {
        let Some(e) = event::Entity::find_by_id(r.event_id).one(&txn).await? else { continue };
        if end_of_event(&e) >= now && send_new_link(&txn, office, &e, r, &person, now).await? == NewLink::Sent {
            sent += 1;
        }
    }
    txn.commit().await?;
    Ok(sent)
}

/// Replaces the manage link of `r` and queues the email of its state with the new link,
/// unless one went out in the last [`QUIET_MINUTES`].
async fn send_new_link<C: ConnectionTrait>(
    txn: &C,
    office: &Office,
    e: &event::Model,
    r: &registration::Model,
    person: &person::Model,
    now: DateTime<Utc>,
) -> Result<NewLink> {
    let recent = audit_entry::Entity::find()
        .filter(audit_entry::Column::Entity.eq("registration"))
        .filter(audit_entry::Column::EntityId.eq(r.id.to_string()))
        .filter(audit_entry::Column::Action.eq(NEW_LINK))
        .filter(audit_entry::Column::At.gt(now - Duration::minutes(QUIET_MINUTES)))
        .count(txn)
        .await?;
    if recent > 0 {
        return Ok(NewLink::SentRecently);
    }
    let token = tokens::generate()?;
    registration::Entity::update_many()
        .col_expr(registration::Column::ManageTokenHash, Expr::value(tokens::hash(&token)))
        .filter(registration::Column::Id.eq(r.id))
        .exec(txn)
        .await?;
    let notice = match r.state {
        RegistrationState::Pending => Notice::Received,
        RegistrationState::Waitlisted => Notice::Waitlisted(waitlist_position(txn, r).await?),
        RegistrationState::Offered => Notice::Offered(r.offer_expires_at.unwrap_or(now)),
        _ => Notice::Confirmed,
    };
    let to = Addressee {
        email: &person.email,
        given_name: &r.given_name,
        family_name: &r.family_name,
        language: &r.language,
    };
    let message =
        outbox::Outgoing { registration_id: Some(r.id), ..compose(&Mailing::of(office), e, &to, &token, notice) };
    outbox::enqueue(txn, office.links.mail_domain.as_str(), message, now).await?;
    audit::record(txn, &participant(), now, Change::new::<()>(NEW_LINK, "registration", r.id, None, None)).await?;
    Ok(NewLink::Sent)
}
