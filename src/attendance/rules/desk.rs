//! What the desk shows: the day's registrations with who is inside and who came today, the
//! counters and lists worked out from them, search, and the log.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::ConnectionTrait;

use super::access::desk_event;
use super::scan::{code_of, local_day, venue_zone};
use super::store::{self, current_entry};
use crate::auth::{StaffUser, tokens};
use crate::db::Db;
use crate::domain::{ParticipantRole, PersonName, RegistrationState, ScanDirection};
use crate::entities::{attendance_scan, event, event_session, registration};
use crate::error::Result;
use crate::reference::Reference;

/// Most search results the desk shows.
const SEARCH_LIMIT: u64 = 20;

/// A registration as the desk lists it.
#[derive(Debug, Clone)]
pub struct DeskEntry {
    /// Registration id.
    pub registration_id: i32,
    /// Title and names.
    pub name: String,
    /// State represented (ISO 3166-1 alpha-3).
    pub country: Option<String>,
    /// Organisation.
    pub organisation: Option<String>,
    /// Their role at the event.
    pub role: ParticipantRole,
    /// Registration state.
    pub state: RegistrationState,
    /// SHA-256 of its current check-in code (for recognising codes offline).
    pub code_hash: String,
    /// The entry that has them in today, if any.
    pub inside_since: Option<DateTime<Utc>>,
    /// Their latest entry today not taken back, if any (they may have left since).
    pub entered_at: Option<DateTime<Utc>>,
}

/// What the desk shows: the event, its sessions, today's date at the venue and every
/// registration that could come to the door.
#[derive(Debug, Clone)]
pub struct Desk {
    /// The event.
    pub event: event::Model,
    /// Its sessions, in time order.
    pub sessions: Vec<event_session::Model>,
    /// The venue's time zone: the desk's times and its day are the venue's.
    pub zone: Tz,
    /// Today in the venue's time zone.
    pub day: NaiveDate,
    /// Registrations (confirmed ones and those the desk must refuse with a reason).
    pub entries: Vec<DeskEntry>,
}

impl Desk {
    /// How many people are in now.
    pub fn inside(&self) -> usize {
        self.entries.iter().filter(|d| d.inside_since.is_some()).count()
    }

    /// How many people came in today (some may have left since).
    pub fn arrived(&self) -> usize {
        self.entries.iter().filter(|d| d.entered_at.is_some()).count()
    }

    /// How many registrations are confirmed: the people expected.
    pub fn confirmed(&self) -> usize {
        self.entries.iter().filter(|d| d.state == RegistrationState::Confirmed).count()
    }

    /// Who came in today, the latest first.
    pub fn in_today(&self) -> Vec<&DeskEntry> {
        let mut came: Vec<&DeskEntry> = self.entries.iter().filter(|d| d.entered_at.is_some()).collect();
        // Stable: people who came at the same minute keep the order of their names.
        came.sort_by_key(|d| std::cmp::Reverse(d.entered_at));
        came
    }

    /// Confirmed registrations with no entry today, by name.
    pub fn not_arrived(&self) -> Vec<&DeskEntry> {
        self.entries.iter().filter(|d| d.state == RegistrationState::Confirmed && d.entered_at.is_none()).collect()
    }

    /// The registration `id`, if it is one of the event's.
    pub fn entry(&self, id: i32) -> Option<&DeskEntry> {
        self.entries.iter().find(|d| d.registration_id == id)
    }

    /// The venue's offset from UTC today, in seconds.
    pub fn utc_offset(&self) -> i32 {
        self.zone.offset_from_utc_date(&self.day).fix().local_minus_utc()
    }

    /// Whether today, at the venue, is one of the event's days.
    pub fn is_event_day(&self) -> bool {
        (self.event.start_date..=self.event.end_date).contains(&self.day)
    }
}

fn display_name(r: &registration::Model) -> String {
    PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name).to_string()
}

/// The latest entry of a day's log that no undo took back.
fn latest_entry(log: &[attendance_scan::Model]) -> Option<&attendance_scan::Model> {
    let undone: HashSet<i32> = log.iter().filter_map(|s| s.undoes).collect();
    log.iter().rev().find(|s| s.direction == ScanDirection::Entry && !undone.contains(&s.id))
}

fn entry_of(secret: &[u8], r: &registration::Model, day_log: &[attendance_scan::Model]) -> DeskEntry {
    DeskEntry {
        registration_id: r.id,
        name: display_name(r),
        country: r.country_iso3.clone(),
        organisation: r.organisation.clone(),
        role: r.role,
        state: r.state,
        code_hash: tokens::hash(&code_of(secret, r)),
        inside_since: current_entry(day_log).map(|s| s.scanned_at),
        entered_at: latest_entry(day_log).map(|s| s.scanned_at),
    }
}

/// The desk of an event for the venue's today.
pub async fn desk(db: &Db, secret: &[u8], staff: &StaffUser, event_id: i32, now: DateTime<Utc>) -> Result<Desk> {
    let e = desk_event(&db.read, staff, event_id).await?;
    let day = local_day(&e, now);
    let sessions = store::event_sessions(&db.read, e.id).await?;
    let regs = store::event_registrations(&db.read, e.id).await?;
    let logs = store::day_logs(&db.read, e.id, day).await?;
    let entries = regs.iter().map(|r| entry_of(secret, r, logs.get(&r.id).map_or(&[], Vec::as_slice))).collect();
    Ok(Desk { zone: venue_zone(&e), event: e, sessions, day, entries })
}

/// Registrations of the event whose name, State (code or name) or organisation contains
/// `q`, as the desk types; at most [`SEARCH_LIMIT`].
pub async fn search(
    db: &Db,
    secret: &[u8],
    reference: &Reference,
    e: &event::Model,
    q: &str,
    now: DateTime<Utc>,
) -> Result<Vec<DeskEntry>> {
    let words: String = q.chars().take(100).collect::<String>().to_lowercase().replace(['%', '_', '\\'], "");
    let words = words.trim();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let countries: Vec<String> = reference
        .countries
        .iter()
        .filter(|c| c.name.to_lowercase().contains(words) || c.iso3.eq_ignore_ascii_case(words))
        .map(|c| c.iso3.clone())
        .collect();
    let regs = store::search_registrations(&db.read, e.id, &format!("%{words}%"), countries, SEARCH_LIMIT).await?;
    let logs = store::day_logs(&db.read, e.id, local_day(e, now)).await?;
    Ok(regs.iter().map(|r| entry_of(secret, r, logs.get(&r.id).map_or(&[], Vec::as_slice))).collect())
}

/// The whole log of an event, oldest first (the API's attendance).
pub async fn log<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<attendance_scan::Model>> {
    store::event_log(db, event_id).await
}

/// People in per day: distinct registrations with an entry not undone, computed from the log.
pub fn present_per_day(log: &[attendance_scan::Model]) -> Vec<(NaiveDate, usize)> {
    let undone: HashSet<i32> = log.iter().filter_map(|s| s.undoes).collect();
    let mut days: BTreeMap<NaiveDate, HashSet<i32>> = BTreeMap::new();
    for s in log {
        if s.direction == ScanDirection::Entry && !undone.contains(&s.id) {
            days.entry(s.day).or_default().insert(s.registration_id);
        }
    }
    days.into_iter().map(|(d, people)| (d, people.len())).collect()
}
