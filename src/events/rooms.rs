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

/// A room held for a while, by the title of what holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    /// The room, as named.
    pub room: String,
    /// What holds it, and when.
    pub holder: Holder,
}

impl Held {
    /// Whether this holds `room` at some moment between `starts` and `ends`.
    pub fn clashes(&self, room: &str, starts: DateTime<Utc>, ends: DateTime<Utc>) -> bool {
        same_room(&self.room, room) && self.holder.starts_at < ends && starts < self.holder.ends_at
    }
}

/// Every room of event `event_id` held by a session or an approved side event, for checking
/// many bookings at once (a calendar import).
pub async fn held<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<Held>> {
    let sessions = event_session::Entity::find().filter(event_session::Column::EventId.eq(event_id)).all(db).await?;
    let side_events = side_event::Entity::find()
        .filter(side_event::Column::EventId.eq(event_id))
        .filter(side_event::Column::State.eq(SideEventState::Approved))
        .all(db)
        .await?;
    let of_sessions = sessions.into_iter().filter_map(|s| {
        Some(Held { room: s.room?, holder: Holder { title: s.title, starts_at: s.starts_at, ends_at: s.ends_at } })
    });
    let of_side_events = side_events.into_iter().filter_map(|s| {
        Some(Held { room: s.room?, holder: Holder { title: s.title, starts_at: s.starts_at?, ends_at: s.ends_at? } })
    });
    Ok(of_sessions.chain(of_side_events).collect())
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
