//! Calendars (iCalendar, RFC 5545): per-event and per-registration files, subscribable feeds
//! (all events, per programme, per unit, a private per-person feed), import of sessions from
//! another tool's file, change notices to participants, and the timetable and programme
//! calendar pages.
//!
//! - [`emit`]: the one writer of iCalendar text (escaping, UTC times, folding, CRLF).
//! - [`ics`]: events and sessions as VEVENTs (UIDs, SEQUENCE, ORGANIZER, …).
//! - [`feeds`]: which events each feed lists; private feed tokens.
//! - [`import`]: preview and confirmation of an import (parsed with the `ical` crate).
//! - [`notices`]: changes since the last notice, and the update emails.
//! - [`handlers`], [`views`]: the pages and downloads.

pub mod emit;
pub mod feeds;
pub mod handlers;
pub mod ics;
pub mod import;
pub mod links;
pub mod notices;
pub mod queries;
pub mod views;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

pub use emit::{Method, escape_text, fold};

use crate::entities::{event, event_session};
use crate::error::Result;
use crate::i18n::Lang;
use crate::mail::outbox::CalendarFile;
use crate::reference::Reference;

/// The calendar file of one person's registration, addressed to them (`who`: name and
/// address): REQUEST for a confirmation (clients add it), CANCEL when the registration ends. A
/// cancellation's SEQUENCE is one above the event's revision, so clients take it as newer than
/// any entry sent before. The sessions' remote links only when `confirmed`.
#[expect(clippy::too_many_arguments, reason = "every argument is a distinct fact of the entry")]
pub async fn registration_calendar<C: ConnectionTrait>(
    db: &C,
    publisher: &ics::Publisher,
    reference: &Reference,
    e: &event::Model,
    who: (&str, &str),
    method: Method,
    confirmed: bool,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<CalendarFile> {
    let sessions = sessions_of(db, e.id).await?;
    let (name, email) = who;
    let remote_links = confirmed && method != Method::Cancel;
    Ok(registration_entry(publisher, reference, e, &sessions, name, email, method, remote_links, lang, now))
}

/// How long an event's sessions are kept for the calendar files of new registrations. The key
/// holds the event's revision, which every schedule change moves in its own transaction (see
/// `events::rules::touch_event` and the import), so an entry never outlives the schedule it was
/// read with; the time only bounds the memory.
const SESSIONS_TTL: std::time::Duration = std::time::Duration::from_secs(60);
/// Events whose sessions are kept at most.
const SESSIONS_KEPT: u64 = 256;

/// Events' sessions by event and revision: a confirmation attaches the event's calendar file,
/// and a popular event would otherwise read the same sessions for every registration.
pub struct SessionsKept(moka::sync::Cache<(i32, i32), Arc<Vec<event_session::Model>>>);

impl Default for SessionsKept {
    fn default() -> Self {
        Self(moka::sync::Cache::builder().max_capacity(SESSIONS_KEPT).time_to_live(SESSIONS_TTL).build())
    }
}

impl std::fmt::Debug for SessionsKept {
    // The count, not the cached sessions.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionsKept").field("entries", &self.0.entry_count()).finish()
    }
}

impl SessionsKept {
    /// The sessions of `e` at its revision, from memory or from the database.
    pub async fn of<C: ConnectionTrait>(&self, db: &C, e: &event::Model) -> Result<Arc<Vec<event_session::Model>>> {
        let key = (e.id, e.revision);
        if let Some(sessions) = self.0.get(&key) {
            return Ok(sessions);
        }
        let sessions = Arc::new(sessions_of(db, e.id).await?);
        self.0.insert(key, Arc::clone(&sessions));
        Ok(sessions)
    }
}

/// The sessions of an event in calendar order.
pub async fn sessions_of<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<event_session::Model>> {
    Ok(event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event_id))
        .order_by_asc(event_session::Column::StartsAt)
        .order_by_asc(event_session::Column::Id)
        .all(db)
        .await?)
}

/// [`registration_calendar`] over sessions already read; `remote_links`: the entry of a
/// confirmed participant, which carries the sessions' remote links.
#[expect(clippy::too_many_arguments, reason = "every argument is a distinct fact of the entry")]
pub fn registration_entry(
    publisher: &ics::Publisher,
    reference: &Reference,
    e: &event::Model,
    sessions: &[event_session::Model],
    name: &str,
    email: &str,
    method: Method,
    remote_links: bool,
    lang: Lang,
    now: DateTime<Utc>,
) -> CalendarFile {
    let place = ics::place(e, reference, lang);
    let entries = ics::EventEntries { event: e, sessions, removed: &[], place: &place, lang, remote_links };
    let sequence = if method == Method::Cancel { e.revision + 1 } else { e.revision };
    let who = (method != Method::Publish).then_some(ics::Attendee { name, email });
    let ics = ics::event_calendar(publisher, entries, method, sequence, who, now);
    CalendarFile { ics, method: method.as_str() }
}
