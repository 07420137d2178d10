//! The agenda items a session takes up: checked against the meeting's own agenda, replaced as a
//! whole when a session is saved, and read back for the schedule and the public agenda.

use std::collections::{BTreeMap, BTreeSet};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::{agenda_item, event_session, session_agenda_item};
use crate::error::{FieldErrors, Msg, Result};

/// Most items one session may name.
pub const MAX_ITEMS_PER_SESSION: usize = 50;

/// The items of each session of an event, by session id, in agenda order.
pub type SessionItems = BTreeMap<i32, Vec<agenda_item::Model>>;

/// Replaces the items session `session_id` takes up; each must be an item of event
/// `event_id`'s agenda, else nothing changes and the field `agenda_item_ids` is named.
pub async fn set_for_session<C: ConnectionTrait>(db: &C, event_id: i32, session_id: i32, ids: &[i32]) -> Result<()> {
    let wanted: BTreeSet<i32> = ids.iter().copied().collect();
    if wanted.len() > MAX_ITEMS_PER_SESSION {
        return Err(FieldErrors::single(
            "agenda_item_ids",
            Msg::new("err-session-agenda-items-too-many").arg("max", MAX_ITEMS_PER_SESSION),
        ));
    }
    if !wanted.is_empty() {
        let known = agenda_item::Entity::find()
            .filter(agenda_item::Column::EventId.eq(event_id))
            .filter(agenda_item::Column::Id.is_in(wanted.iter().copied()))
            .all(db)
            .await?;
        if known.len() != wanted.len() {
            return Err(FieldErrors::single("agenda_item_ids", Msg::new("err-session-agenda-item-unknown")));
        }
    }
    session_agenda_item::Entity::delete_many()
        .filter(session_agenda_item::Column::SessionId.eq(session_id))
        .exec(db)
        .await?;
    if !wanted.is_empty() {
        let rows = wanted.iter().map(|id| session_agenda_item::ActiveModel {
            session_id: sea_orm::ActiveValue::Set(session_id),
            agenda_item_id: sea_orm::ActiveValue::Set(*id),
        });
        session_agenda_item::Entity::insert_many(rows).exec(db).await?;
    }
    Ok(())
}

/// The ids of the items session `session_id` takes up.
pub async fn ids_of_session<C: ConnectionTrait>(db: &C, session_id: i32) -> Result<Vec<i32>> {
    Ok(session_agenda_item::Entity::find()
        .filter(session_agenda_item::Column::SessionId.eq(session_id))
        .order_by_asc(session_agenda_item::Column::AgendaItemId)
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.agenda_item_id)
        .collect())
}

async fn links_of_event<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
) -> Result<(Vec<agenda_item::Model>, Vec<session_agenda_item::Model>)> {
    // The agenda's order, as `meetings::agenda::items_of` reads it (meetings sits above events).
    let items = agenda_item::Entity::find()
        .filter(agenda_item::Column::EventId.eq(event_id))
        .order_by_asc(agenda_item::Column::Position)
        .order_by_asc(agenda_item::Column::Number)
        .order_by_asc(agenda_item::Column::Id)
        .all(db)
        .await?;
    if items.is_empty() {
        return Ok((items, Vec::new()));
    }
    let links = session_agenda_item::Entity::find()
        .filter(session_agenda_item::Column::AgendaItemId.is_in(items.iter().map(|i| i.id)))
        .all(db)
        .await?;
    Ok((items, links))
}

/// Event `event_id`'s agenda in order, and the items each of its sessions takes up.
pub async fn of_event<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<(Vec<agenda_item::Model>, SessionItems)> {
    let (items, links) = links_of_event(db, event_id).await?;
    let mut out = SessionItems::new();
    for item in &items {
        for link in links.iter().filter(|l| l.agenda_item_id == item.id) {
            out.entry(link.session_id).or_default().push(item.clone());
        }
    }
    Ok((items, out))
}

/// The sessions that take up each item of event `event_id`'s agenda, by item id, in time order.
pub async fn sessions_of_items<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
) -> Result<BTreeMap<i32, Vec<event_session::Model>>> {
    let (_, links) = links_of_event(db, event_id).await?;
    let sessions = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event_id))
        .order_by_asc(event_session::Column::StartsAt)
        .order_by_asc(event_session::Column::Id)
        .all(db)
        .await?;
    let mut out: BTreeMap<i32, Vec<event_session::Model>> = BTreeMap::new();
    for s in &sessions {
        for link in links.iter().filter(|l| l.session_id == s.id) {
            out.entry(link.agenda_item_id).or_default().push(s.clone());
        }
    }
    Ok(out)
}
