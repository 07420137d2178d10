//! The chair's and secretariat's changes to a list of speakers: "spoke" (the floor passes to
//! the next), a move up or down past the neighbouring speaker not yet heard, a withdrawal (by
//! the secretariat or the delegation's focal point). Each is an audit entry.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseTransaction, IntoActiveModel, TransactionTrait};

use super::super::agenda::managed_item;
use super::super::store;
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::domain::InscriptionState;
use crate::entities::speaker_inscription;
use crate::error::{Error, Msg, Result};

/// Which way a speaker moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// One place earlier.
    Up,
    /// One place later.
    Down,
}

impl std::str::FromStr for Direction {
    type Err = Msg;
    fn from_str(s: &str) -> Result<Self, Msg> {
        match s.trim() {
            "up" => Ok(Self::Up),
            "down" => Ok(Self::Down),
            "" => Err(Msg::new("err-required")),
            _ => Err(Msg::new("err-choice")),
        }
    }
}

/// The item's inscriptions under its lock, and the one with id `id` (404 if not on this item).
async fn locked(
    txn: &DatabaseTransaction,
    item_id: i32,
    id: i32,
) -> Result<(Vec<speaker_inscription::Model>, speaker_inscription::Model)> {
    store::lock_item(txn, item_id).await?;
    let list = store::inscriptions_of(txn, item_id).await?;
    let one = list.iter().find(|i| i.id == id).cloned().ok_or(Error::NotFound)?;
    Ok((list, one))
}

fn not_waiting() -> Error {
    Error::Conflict(Msg::new("meet-err-not-waiting"))
}

/// Sets the state of a speaker not yet heard (spoke or withdrawn), with its audit entry.
async fn finish(
    txn: &DatabaseTransaction,
    actor: &Actor,
    now: DateTime<Utc>,
    before: speaker_inscription::Model,
    state: InscriptionState,
) -> Result<speaker_inscription::Model> {
    if before.state != InscriptionState::Inscribed {
        return Err(not_waiting());
    }
    let mut model = before.clone().into_active_model();
    model.state = Set(state);
    let action = if state == InscriptionState::Spoke {
        model.spoke_at = Set(Some(now));
        "speakers.spoke"
    } else {
        model.withdrawn_at = Set(Some(now));
        "speakers.withdraw"
    };
    let after = model.update(txn).await?;
    audit::record(txn, actor, now, Change::new(action, "speaker_inscription", after.id, Some(&before), Some(&after)))
        .await?;
    Ok(after)
}

/// The chair marks a speaker heard; the floor passes to the next not yet heard.
pub async fn mark_spoke(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    item_id: i32,
    id: i32,
) -> Result<speaker_inscription::Model> {
    let txn = office.db.write.begin().await?;
    let (_, item) = managed_item(&txn, staff, event_id, item_id).await?;
    let (_, one) = locked(&txn, item.id, id).await?;
    let after = finish(&txn, &Actor::staff(staff), now, one, InscriptionState::Spoke).await?;
    txn.commit().await?;
    Ok(after)
}

/// The secretariat withdraws an inscription; the speakers after it move up.
pub async fn withdraw(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    item_id: i32,
    id: i32,
) -> Result<speaker_inscription::Model> {
    let txn = office.db.write.begin().await?;
    let (_, item) = managed_item(&txn, staff, event_id, item_id).await?;
    let (_, one) = locked(&txn, item.id, id).await?;
    let after = finish(&txn, &Actor::staff(staff), now, one, InscriptionState::Withdrawn).await?;
    txn.commit().await?;
    Ok(after)
}

/// A focal point withdraws one of its delegation's inscriptions through its link.
pub async fn withdraw_by_link(
    office: &Office,
    now: DateTime<Utc>,
    token: &str,
    id: i32,
) -> Result<speaker_inscription::Model> {
    use sea_orm::EntityTrait;
    let txn = office.db.write.begin().await?;
    let (inv, _, d) = crate::invitations::delegations::by_link(&txn, token, now).await?;
    let found = speaker_inscription::Entity::find_by_id(id).one(&txn).await?.ok_or(Error::NotFound)?;
    if found.delegation_id != Some(d.id) {
        return Err(Error::NotFound);
    }
    let (_, one) = locked(&txn, found.agenda_item_id, id).await?;
    let actor = Actor { user_id: None, label: format!("focal point (invitation {})", inv.id) };
    let after = finish(&txn, &actor, now, one, InscriptionState::Withdrawn).await?;
    txn.commit().await?;
    Ok(after)
}

/// The secretariat moves a speaker not yet heard one place up or down, past the neighbouring
/// speaker not yet heard (at the top or bottom, nothing moves). Audited with both places.
pub async fn move_speaker(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    (item_id, id): (i32, i32),
    direction: Direction,
) -> Result<speaker_inscription::Model> {
    let txn = office.db.write.begin().await?;
    let (_, item) = managed_item(&txn, staff, event_id, item_id).await?;
    let (list, one) = locked(&txn, item.id, id).await?;
    if one.state != InscriptionState::Inscribed {
        return Err(not_waiting());
    }
    let mut waiting = list.iter().filter(|i| i.state == InscriptionState::Inscribed);
    let other = match direction {
        Direction::Up => waiting.rfind(|i| i.place < one.place),
        Direction::Down => waiting.find(|i| i.place > one.place),
    };
    let Some(other) = other.cloned() else { return Ok(one) };
    store::swap(&txn, &one, &other).await?;
    let mut after = one.clone();
    after.place = other.place;
    let change = Change::new("speakers.move", "speaker_inscription", one.id, Some(&one), Some(&after));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await?;
    Ok(after)
}
