//! Registering: through an invitation, a verified address or an organiser, one registration
//! per person and event.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait};

use super::common::{Parts, Registered, Source, check_open, end_of_event, gone, is_active, participant};
use super::invitation::{check_usable, personal_invitation};
use super::letters::Post;
use super::store::{Announce, NewRegistration, NotWritten};
use super::verification::{verification, verified_person};
use crate::Office;
use crate::audit::Actor;
use crate::db::Db;
use crate::domain::{Email, EventStatus, InvitationState, ParticipantRole};
use crate::entities::{email_verification, event, invitation, person, registration};
use crate::error::{Error, Msg, Result};
use crate::i18n::Lang;
use crate::mail::{self};
use crate::people::{self, PersonInput};
use crate::registration::input::{ByHand, RegistrationInput};

/// Registers a person: through an invitation, a verified address, or an organiser. Takes a
/// seat if one is free (pending when the event needs approval), otherwise joins the waiting
/// list. A form submitted again returns the first registration and changes nothing: not even
/// its manage link, which only ever goes to the person's address.
pub async fn register(
    db: &Db,
    office: &Office,
    source: Source<'_>,
    input: &RegistrationInput,
    now: DateTime<Utc>,
) -> Result<Registered> {
    if let Source::Invitation(token) = source {
        // The invitation link resolves on the read pool and everything is prepared before the
        // transaction, so the write connection (one, on SQLite) spends its time on writes only.
        let parts = invitation_parts(&db.read, token, now).await?;
        if parts.2.as_ref().is_some_and(|i| i.state == InvitationState::Registered) {
            return answer(db, Err(NotWritten::Duplicate { event_id: parts.0.id, person_id: parts.1.id })).await;
        }
        check_open(&parts.0, now)?;
        let new = NewRegistration::prepare(&db.read, Post::of(office), parts, input, Announce::EVERYTHING, now).await?;
        let written = office.registration_writer.0.write(new).await;
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
            if e.status == EventStatus::Cancelled {
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
    let written =
        NewRegistration::prepare(&txn, Post::of(office), parts, input, announce, now).await?.write_in(&txn).await;
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
    if !is_active(existing.state) {
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

/// Resolves an invitation link with its event and invitee in one query.
pub(super) async fn invitation_parts<C: ConnectionTrait>(db: &C, token: &str, now: DateTime<Utc>) -> Result<Parts> {
    let found = personal_invitation(token)?
        .find_also_related(event::Entity)
        .find_also(invitation::Entity, person::Entity)
        .one(db)
        .await?;
    let Some((inv, Some(e), Some(p))) = found else { return Err(gone()) };
    check_usable(&inv, now)?;
    if inv.state == InvitationState::Declined {
        return Err(Error::Conflict(Msg::new("err-invitation-declined")));
    }
    let role = inv.role;
    let lang = mail::ui_lang(&inv.language);
    let delegation = inv.delegation_id;
    Ok((e, p, Some(inv), delegation, role, lang, participant()))
}
