//! What organisers do to registrations: approve, reject, cancel or reset several at once, and
//! register someone by hand.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, TransactionTrait,
};

use super::common::{Registered, Source, is_active, state_only};
use super::letters::Notice;
use super::notices::{changed, notify};
use super::register::register;
use super::waitlist::end;
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::{StaffUser, tokens};
use crate::db::Db;
use crate::domain::RegistrationState;
use crate::entities::{event, person, registration};
use crate::error::{Error, Msg, Result};
use crate::registration::input::{ByHand, RegistrationInput};

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
    office: &Office,
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
        match (action, r.state) {
            (Move::Approve, RegistrationState::Pending) => approve(&txn, office, &event, &r, &actor, now).await?,
            (Move::ResetToPending, RegistrationState::Confirmed) => {
                reset(&txn, office, &event, &r, &actor, now).await?
            }
            (
                Move::Reject,
                RegistrationState::Pending
                | RegistrationState::Confirmed
                | RegistrationState::Waitlisted
                | RegistrationState::Offered,
            ) => {
                end(&txn, office, &r, RegistrationState::Rejected, reason.clone(), &actor, now).await?;
            }
            (Move::Cancel, s) if is_active(s) => {
                end(&txn, office, &r, RegistrationState::Cancelled, reason.clone(), &actor, now).await?;
            }
            _ => {
                return Err(Error::Conflict(Msg::new("err-move-not-allowed").arg("state", r.state.as_str())));
            }
        }
    }
    txn.commit().await?;
    Ok(ids.len())
}

/// Approves a pending registration: confirmed, with a new manage link in its email.
async fn approve(
    txn: &sea_orm::DatabaseTransaction,
    office: &Office,
    event: &event::Model,
    r: &registration::Model,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<()> {
    let token = tokens::generate()?;
    let mut model = r.clone().into_active_model();
    model.state = Set(RegistrationState::Confirmed);
    model.manage_token_hash = Set(tokens::hash(&token));
    model.updated_at = Set(now);
    let after = model.update(txn).await?;
    let person = person::Entity::find_by_id(r.person_id).one(txn).await?.ok_or(Error::NotFound)?;
    notify(txn, office, event, &after, &person.email, &token, Notice::Confirmed, now).await?;
    changed(txn, office, event, &after, &person.email, now).await?;
    audit::record(
        txn,
        actor,
        now,
        Change::new("registration.approve", "registration", r.id, Some(&state_only(r)), Some(&state_only(&after))),
    )
    .await?;
    Ok(())
}

/// Sets a confirmed registration back to pending (it keeps its seat).
async fn reset(
    txn: &sea_orm::DatabaseTransaction,
    office: &Office,
    event: &event::Model,
    r: &registration::Model,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut model = r.clone().into_active_model();
    model.state = Set(RegistrationState::Pending);
    model.updated_at = Set(now);
    let after = model.update(txn).await?;
    audit::record(
        txn,
        actor,
        now,
        Change::new("registration.reset", "registration", r.id, Some(&state_only(r)), Some(&state_only(&after))),
    )
    .await?;
    if office.webhooks.any() {
        let person = person::Entity::find_by_id(r.person_id).one(txn).await?.ok_or(Error::NotFound)?;
        changed(txn, office, event, &after, &person.email, now).await?;
    }
    Ok(())
}

/// Registers someone on the organiser's behalf (same seats and rules, no invitation).
pub async fn add_manually(
    db: &Db,
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
    add: impl Into<ByHand>,
    input: &RegistrationInput,
    now: DateTime<Utc>,
) -> Result<Registered> {
    register(db, office, Source::Organiser(staff, event_id, add.into()), input, now).await
}
