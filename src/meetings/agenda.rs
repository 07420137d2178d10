//! The agenda of a meeting: its items in order, added and changed by the secretariat, each with
//! its list of speakers' settings (open or closed, a time limit per statement).

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, TransactionTrait,
};

use super::{managed_meeting, public_meeting};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::domain::AgendaNumber;
use crate::entities::{agenda_item, event, event_session};
use crate::error::{Error, FieldErrors, Msg, Result};

/// Longest statement time limit, in minutes.
pub const MAX_TIME_LIMIT_MINUTES: i32 = 60;

/// An agenda item as the secretariat writes it.
#[derive(Debug, Clone)]
pub struct AgendaInput {
    /// Its number, "5(a)".
    pub number: AgendaNumber,
    /// Its title.
    pub title: String,
    /// Whether delegations may still inscribe on its list of speakers.
    pub list_open: bool,
    /// The time limit per statement, in minutes.
    pub time_limit_minutes: Option<i32>,
}

/// The items of event `event_id`'s agenda, in order (by leading number, then as written).
pub async fn items_of<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<agenda_item::Model>> {
    Ok(agenda_item::Entity::find()
        .filter(agenda_item::Column::EventId.eq(event_id))
        .order_by_asc(agenda_item::Column::Position)
        .order_by_asc(agenda_item::Column::Number)
        .order_by_asc(agenda_item::Column::Id)
        .all(db)
        .await?)
}

/// The agenda of a meeting the staff member manages.
pub async fn agenda(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
) -> Result<(event::Model, Vec<agenda_item::Model>)> {
    let db = &office.db.read;
    let event = managed_meeting(db, staff, event_id).await?;
    let items = items_of(db, event.id).await?;
    Ok((event, items))
}

/// The agenda of a published meeting, for anyone.
pub async fn public_agenda(office: &Office, event_id: i32) -> Result<(event::Model, Vec<agenda_item::Model>)> {
    let db = &office.db.read;
    let event = public_meeting(db, event_id).await?;
    let items = items_of(db, event.id).await?;
    Ok((event, items))
}

/// The sessions that take up each item of a meeting's agenda, by item id, in time order.
pub async fn sessions_of_items(
    office: &Office,
    event_id: i32,
) -> Result<std::collections::BTreeMap<i32, Vec<event_session::Model>>> {
    crate::events::agenda_items::sessions_of_items(&office.db.read, event_id).await
}

/// An item of a meeting the staff member manages.
pub async fn managed_item<C: ConnectionTrait>(
    db: &C,
    staff: &StaffUser,
    event_id: i32,
    item_id: i32,
) -> Result<(event::Model, agenda_item::Model)> {
    let event = managed_meeting(db, staff, event_id).await?;
    let item = agenda_item::Entity::find_by_id(item_id)
        .filter(agenda_item::Column::EventId.eq(event.id))
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    Ok((event, item))
}

fn number_taken(e: Error) -> Error {
    match &e {
        Error::Db(db) if crate::db::is_unique_violation(db) => {
            FieldErrors::clash("number", Msg::new("meet-err-number-taken"))
        }
        _ => e,
    }
}

/// Adds an item to a meeting's agenda; its number must be new on this agenda.
pub async fn add_item(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    input: &AgendaInput,
) -> Result<agenda_item::Model> {
    let txn = office.db.write.begin().await?;
    let event = managed_meeting(&txn, staff, event_id).await?;
    let created = agenda_item::ActiveModel {
        event_id: Set(event.id),
        number: Set(input.number.as_str().to_owned()),
        title: Set(input.title.clone()),
        position: Set(input.number.leading()),
        list_open: Set(input.list_open),
        time_limit_minutes: Set(input.time_limit_minutes),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| number_taken(e.into()))?;
    let change = Change::new("agenda.add_item", "agenda_item", created.id, None, Some(&created));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await.map_err(|e| number_taken(e.into()))?;
    Ok(created)
}

/// Changes an item: number, title, whether its list is open, its time limit.
pub async fn update_item(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    item_id: i32,
    input: &AgendaInput,
) -> Result<agenda_item::Model> {
    let txn = office.db.write.begin().await?;
    let (_, before) = managed_item(&txn, staff, event_id, item_id).await?;
    let mut model = before.clone().into_active_model();
    model.number = Set(input.number.as_str().to_owned());
    model.title = Set(input.title.clone());
    model.position = Set(input.number.leading());
    model.list_open = Set(input.list_open);
    model.time_limit_minutes = Set(input.time_limit_minutes);
    model.updated_at = Set(now);
    let after = model.update(&txn).await.map_err(|e| number_taken(e.into()))?;
    let change = Change::new("agenda.update_item", "agenda_item", after.id, Some(&before), Some(&after));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await.map_err(|e| number_taken(e.into()))?;
    Ok(after)
}
