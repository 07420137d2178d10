//! Side events as read models: the secretariat's requests by status, one request with the
//! rooms the meeting uses, and the public programme (approved ones by day, room and time) as
//! a page and an .ics feed.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::approve::managed_request;
use crate::Office;
use crate::auth::StaffUser;
use crate::calendar::emit::{Method, Writer};
use crate::calendar::ics::Publisher;
use crate::domain::SideEventState;
use crate::entities::{event, event_session, side_event};
use crate::error::Result;

/// The secretariat's view of a meeting's confirmed requests.
#[derive(Debug, Clone)]
pub struct Requests {
    /// The meeting.
    pub event: event::Model,
    /// Every confirmed request: pending first, then approved, then declined; oldest first within.
    pub requests: Vec<side_event::Model>,
}

/// The approved side events of a published meeting, by time and room.
#[derive(Debug, Clone)]
pub struct Programme {
    /// The meeting.
    pub event: event::Model,
    /// Approved side events, by start, then room.
    pub side_events: Vec<side_event::Model>,
}

fn state_rank(s: SideEventState) -> u8 {
    match s {
        SideEventState::Pending => 0,
        SideEventState::Approved => 1,
        SideEventState::Declined => 2,
        SideEventState::Unconfirmed => 3,
    }
}

/// The confirmed requests of a meeting the staff member manages (unconfirmed ones never show).
pub async fn requests(office: &Office, staff: &StaffUser, event_id: i32) -> Result<Requests> {
    let db = &office.db.read;
    let event = super::super::managed_meeting(db, staff, event_id).await?;
    let mut requests = side_event::Entity::find()
        .filter(side_event::Column::EventId.eq(event.id))
        .filter(side_event::Column::State.ne(SideEventState::Unconfirmed))
        .order_by_asc(side_event::Column::Id)
        .all(db)
        .await?;
    requests.sort_by_key(|r| state_rank(r.state));
    Ok(Requests { event, requests })
}

/// One confirmed request, with the rooms the meeting's sessions and side events use (the
/// approval form offers them).
pub async fn request_for_staff(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
    id: i32,
) -> Result<(event::Model, side_event::Model, Vec<String>)> {
    let db = &office.db.read;
    let (event, s) = managed_request(db, staff, event_id, id).await?;
    let rooms = rooms_of(db, event.id).await?;
    Ok((event, s, rooms))
}

/// The rooms named by a meeting's sessions and approved side events, sorted, once each.
async fn rooms_of<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<String>> {
    let sessions = event_session::Entity::find().filter(event_session::Column::EventId.eq(event_id)).all(db).await?;
    let approved = approved_of(db, event_id).await?;
    let rooms: BTreeSet<String> = sessions
        .into_iter()
        .filter_map(|s| s.room)
        .chain(approved.into_iter().filter_map(|s| s.room))
        .filter(|r| !r.trim().is_empty())
        .collect();
    Ok(rooms.into_iter().collect())
}

async fn approved_of<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<side_event::Model>> {
    Ok(side_event::Entity::find()
        .filter(side_event::Column::EventId.eq(event_id))
        .filter(side_event::Column::State.eq(SideEventState::Approved))
        .order_by_asc(side_event::Column::StartsAt)
        .order_by_asc(side_event::Column::Room)
        .order_by_asc(side_event::Column::Id)
        .all(db)
        .await?)
}

/// The programme of side events of a published meeting (404 for anything else).
pub async fn programme(office: &Office, event_id: i32) -> Result<Programme> {
    let db = &office.db.read;
    let event = super::super::public_meeting(db, event_id).await?;
    let side_events = approved_of(db, event.id).await?;
    Ok(Programme { event, side_events })
}

/// UID of a side event's calendar entry: stable for ever.
fn uid(p: &Publisher, id: i32) -> String {
    format!("side-event-{id}@{}", p.domain)
}

/// The programme as an iCalendar file: one VEVENT per side event, times in UTC.
pub fn programme_ics(p: &Publisher, prog: &Programme, now: DateTime<Utc>) -> String {
    let e = &prog.event;
    let title = crate::events::content::title(e, crate::events::content::original(e)).text;
    let url = format!("{}/events/{}/side-events", p.base_url, e.id);
    let mut w = Writer::new(Method::Publish, Some(&title));
    for s in &prog.side_events {
        let (Some(starts), Some(ends)) = (s.starts_at, s.ends_at) else { continue };
        w.raw("BEGIN", "VEVENT");
        w.raw("UID", &uid(p, s.id));
        w.utc("DTSTAMP", s.decided_at.unwrap_or(now));
        w.utc("DTSTART", starts);
        w.utc("DTEND", ends);
        w.text("SUMMARY", &s.title);
        w.text("LOCATION", s.room.as_deref().unwrap_or_default());
        w.text("DESCRIPTION", &format!("{}\n{}", s.organisers, title));
        w.raw("URL", &url);
        w.raw("RELATED-TO", &p.event_uid(e.id));
        w.raw("STATUS", "CONFIRMED");
        w.raw("END", "VEVENT");
    }
    w.finish()
}
