//! The one rule of rooms: at any moment a room of an event is held by one thing only — a
//! session of its schedule or an approved side event. Sessions and side events both ask
//! [`holder`] after taking the event's schedule lock ([`lock_schedule`]), so two writers can
//! never both see a room free and both take it (PostgreSQL; SQLite has one writer anyway).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::domain::SideEventState;
use crate::entities::{event, event_session, side_event};
use crate::error::Result;

/// What asks for the room, so that it does not clash with itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Booking {
    /// A session, new (`None`) or moved.
    Session(Option<i32>),
    /// A side event being allocated.
    SideEvent(i32),
}

/// What holds a room at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// The session's or side event's title.
    pub title: String,
    /// Its start (UTC).
    pub starts_at: DateTime<Utc>,
    /// Its end (UTC).
    pub ends_at: DateTime<Utc>,
}

/// Takes the event's row lock until the transaction ends: room allocations of one event are
/// made one at a time.
pub async fn lock_schedule<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<()> {
    // Sets a column to itself: a write, so PostgreSQL locks the row, and nothing changes.
    event::Entity::update_many()
        .col_expr(event::Column::Revision, Expr::col(event::Column::Revision))
        .filter(event::Column::Id.eq(event_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Rooms are named by hand: the same room whatever the case and surrounding spaces.
fn same_room(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// What holds `room` of event `event_id` at some moment between `starts` and `ends`, if
/// anything does: a session, or an approved side event.
pub async fn holder<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    room: &str,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    asking: Booking,
) -> Result<Option<Holder>> {
    let sessions = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event_id))
        .filter(event_session::Column::StartsAt.lt(ends))
        .filter(event_session::Column::EndsAt.gt(starts))
        .all(db)
        .await?;
    if let Some(s) = sessions
        .into_iter()
        .find(|s| asking != Booking::Session(Some(s.id)) && s.room.as_deref().is_some_and(|r| same_room(r, room)))
    {
        return Ok(Some(Holder { title: s.title, starts_at: s.starts_at, ends_at: s.ends_at }));
    }
    let side_events = side_event::Entity::find()
        .filter(side_event::Column::EventId.eq(event_id))
        .filter(side_event::Column::State.eq(SideEventState::Approved))
        .filter(side_event::Column::StartsAt.lt(ends))
        .filter(side_event::Column::EndsAt.gt(starts))
        .all(db)
        .await?;
    Ok(side_events
        .into_iter()
        .find(|s| asking != Booking::SideEvent(s.id) && s.room.as_deref().is_some_and(|r| same_room(r, room)))
        .and_then(|s| Some(Holder { title: s.title, starts_at: s.starts_at?, ends_at: s.ends_at? })))
}

#[cfg(test)]
mod tests {
    use super::same_room;

    #[test]
    fn rooms_match_whatever_the_case_and_spaces() {
        assert!(same_room("Room XVIII", " room xviii "));
        assert!(!same_room("Room XVIII", "Room XVII"));
    }
}
