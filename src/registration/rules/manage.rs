//! A person's own registration through its manage link: read, change details, cancel, accept
//! an offered seat.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, TransactionTrait,
};

use super::common::{Registered, end_of_event, gone, is_active, participant, state_only};
use super::letters::{Notice, waitlist_position};
use super::notices::{changed, notify};
use super::waitlist::end;
use crate::Office;
use crate::audit::{self, Change};
use crate::auth::tokens;
use crate::db::Db;
use crate::domain::RegistrationState;
use crate::entities::{event, event_session, person, registration};
use crate::error::{Error, Msg, Result};
use crate::events::situation::is_under_way;
use crate::registration::input::{AttendanceChoice, RegistrationInput};

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
    /// Whether the venue's today is one of the event's days (the check-in code comes first).
    pub under_way: bool,
    /// The sessions with a remote link, in time order: only for a confirmed registration.
    pub remote_sessions: Vec<event_session::Model>,
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
    let under_way = is_under_way(&event, now);
    // Remote links are for confirmed participants only: never read for anyone else.
    let remote_sessions = if r.state == RegistrationState::Confirmed {
        event_session::Entity::find()
            .filter(event_session::Column::EventId.eq(event.id))
            .filter(event_session::Column::RemoteUrl.is_not_null())
            .order_by_asc(event_session::Column::StartsAt)
            .order_by_asc(event_session::Column::Id)
            .all(&db.read)
            .await?
    } else {
        Vec::new()
    };
    Ok(Managed { registration: r, event, person, position, under_way, remote_sessions })
}

/// The person cancels their registration through the manage link.
pub async fn cancel_own(db: &Db, office: &Office, token: &str, now: DateTime<Utc>) -> Result<registration::Model> {
    let txn = db.write.begin().await?;
    let r = by_manage_token(&txn, token).await?;
    if !is_active(r.state) {
        return Err(Error::Conflict(Msg::new("err-registration-ended")));
    }
    let after = end(&txn, office, &r, RegistrationState::Cancelled, None, &participant(), now).await?;
    txn.commit().await?;
    Ok(after)
}

/// The person accepts an offered seat before the offer expires.
pub async fn accept_offer(db: &Db, office: &Office, token: &str, now: DateTime<Utc>) -> Result<Registered> {
    let txn = db.write.begin().await?;
    let r = by_manage_token(&txn, token).await?;
    if r.state != RegistrationState::Offered || r.offer_expires_at.is_none_or(|t| t <= now) {
        return Err(Error::Conflict(Msg::new("err-offer-not-open")));
    }
    let event = event::Entity::find_by_id(r.event_id).one(&txn).await?.ok_or(Error::NotFound)?;
    let to = if event.approval_required { RegistrationState::Pending } else { RegistrationState::Confirmed };
    let new_token = tokens::generate()?;
    let mut model = r.clone().into_active_model();
    model.state = Set(to);
    model.offer_expires_at = Set(None);
    model.manage_token_hash = Set(tokens::hash(&new_token));
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    let person = person::Entity::find_by_id(r.person_id).one(&txn).await?.ok_or(Error::NotFound)?;
    let notice = if to == RegistrationState::Pending { Notice::Received } else { Notice::Confirmed };
    notify(&txn, office, &event, &after, &person.email, &new_token, notice, now).await?;
    changed(&txn, office, &event, &after, &person.email, now).await?;
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
    office: &Office,
    token: &str,
    input: &RegistrationInput,
    now: DateTime<Utc>,
) -> Result<registration::Model> {
    let txn = db.write.begin().await?;
    let r = by_manage_token(&txn, token).await?;
    if !is_active(r.state) {
        return Err(Error::Conflict(Msg::new("err-registration-ended")));
    }
    let event = event::Entity::find_by_id(r.event_id).one(&txn).await?.ok_or(Error::NotFound)?;
    let choice = AttendanceChoice { remote_allowed: event.remote_attendance, by_staff: false };
    let attendance_mode = choice.resolve(input.attendance_mode)?;
    let back_to_approval = event.approval_required && r.state == RegistrationState::Confirmed;
    let mut model = r.clone().into_active_model();
    model.attendance_mode = Set(attendance_mode);
    model.title = Set(input.title.clone());
    model.given_name = Set(input.given_name.clone());
    model.family_name = Set(input.family_name.clone());
    model.gender = Set(input.gender);
    model.country_iso3 = Set(input.country.as_ref().map(|c| c.as_str().to_owned()));
    model.organisation = Set(input.organisation.clone());
    model.organisation_type = Set(input.organisation_type.clone());
    model.position = Set(input.position.clone());
    model.phone = Set(input.phone.clone());
    model.needs = Set(input.needs.clone());
    model.visa_letter = Set(input.visa_letter);
    model.updated_at = Set(now);
    if back_to_approval {
        model.state = Set(RegistrationState::Pending);
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
        notify(&txn, office, &event, &after, &person.email, &token, Notice::Received, now).await?;
    }
    audit::record(
        &txn,
        &participant(),
        now,
        Change::new("registration.update", "registration", r.id, Some(&state_only(&r)), Some(&state_only(&after))),
    )
    .await?;
    if office.webhooks.any() {
        let person = person::Entity::find_by_id(r.person_id).one(&txn).await?.ok_or(Error::NotFound)?;
        changed(&txn, office, &event, &after, &person.email, now).await?;
    }
    txn.commit().await?;
    Ok(after)
}
