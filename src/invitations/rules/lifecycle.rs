//! One invitation's life: resent, revoked, its expiry extended.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    TransactionTrait,
};

use super::common::{check_open, end_of_day, shown_state};
use super::letters::Letters;
use super::store::new_token;
use crate::Office;
use crate::audit::{Actor, Change};
use crate::auth::StaffUser;
use crate::domain::{InvitationKind, InvitationState};
use crate::entities::{delegation, event, invitation, person};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::events::access::managed_event;
use crate::mail::outbox::{self, Outgoing};

pub(super) async fn managed_invitation<C: ConnectionTrait>(
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
pub(super) async fn letter_for<C: ConnectionTrait>(
    db: &C,
    letters: &mut Letters<'_>,
    inv: &invitation::Model,
    person: &person::Model,
    token: &str,
) -> Result<Outgoing> {
    if inv.kind == InvitationKind::Nomination {
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
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    invitation_id: i32,
) -> Result<invitation::Model> {
    let txn = office.db.write.begin().await?;
    let (event, before, person) = managed_invitation(&txn, staff, event_id, invitation_id).await?;
    check_open(&event)?;
    match shown_state(&before, now) {
        InvitationState::Queued | InvitationState::Sent | InvitationState::Failed | InvitationState::Opened => {}
        InvitationState::Expired => return Err(Error::Conflict(Msg::new("inv-err-expired-extend-first"))),
        _ => return Err(Error::Conflict(Msg::new("inv-err-answered"))),
    }
    let (token, hash) = new_token()?;
    let mut model = before.clone().into_active_model();
    model.token_hash = Set(hash);
    if before.state != InvitationState::Opened {
        model.state = Set(InvitationState::Queued);
    }
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    outbox::withdraw_queued(&txn, &[after.id]).await?;
    let mut letters = Letters::new(&event, office)?;
    let letter = letter_for(&txn, &mut letters, &after, &person, &token).await?;
    outbox::enqueue(&txn, &office.links.mail_domain, letter, now).await?;
    crate::audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("invitation.resend", "invitation", after.id, Some(&before), Some(&after)),
    )
    .await?;
    txn.commit().await?;
    office.mailer.wake();
    Ok(after)
}

/// Withdraws an invitation: its link stops working and an unsent email is not sent.
pub async fn revoke(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    invitation_id: i32,
) -> Result<invitation::Model> {
    let txn = office.db.write.begin().await?;
    let (_, before, _) = managed_invitation(&txn, staff, event_id, invitation_id).await?;
    match shown_state(&before, now) {
        InvitationState::Registered => return Err(Error::Conflict(Msg::new("inv-err-revoke-registered"))),
        InvitationState::Revoked | InvitationState::Declined => {
            return Err(Error::Conflict(Msg::new("inv-err-answered")));
        }
        _ => {}
    }
    let mut model = before.clone().into_active_model();
    model.state = Set(InvitationState::Revoked);
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    outbox::withdraw_queued(&txn, &[after.id]).await?;
    crate::audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("invitation.revoke", "invitation", after.id, Some(&before), Some(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Moves an invitation's expiry to the end of `until` (local to the event); an expired link
/// works again.
pub async fn extend(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    invitation_id: i32,
    until: NaiveDate,
) -> Result<invitation::Model> {
    let txn = office.db.write.begin().await?;
    let (event, before, _) = managed_invitation(&txn, staff, event_id, invitation_id).await?;
    check_open(&event)?;
    if matches!(
        shown_state(&before, now),
        InvitationState::Registered | InvitationState::Declined | InvitationState::Revoked
    ) {
        return Err(Error::Conflict(Msg::new("inv-err-answered")));
    }
    let expires_at = end_of_day(&event, until)?;
    if expires_at <= now {
        return Err(FieldErrors::single("expires_on", Msg::new("inv-err-extend-past")));
    }
    let mut model = before.clone().into_active_model();
    model.expires_at = Set(expires_at);
    if before.state == InvitationState::Expired {
        let back = if before.sent_at.is_some() { InvitationState::Sent } else { InvitationState::Queued };
        model.state = Set(back);
    }
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    crate::audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("invitation.extend", "invitation", after.id, Some(&before), Some(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
