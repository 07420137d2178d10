//! What the desk shows: the day's registrations with who is inside, search, and the log.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::access::desk_event;
use super::scan::{code_of, local_day};
use super::store::current_entry;
use crate::auth::{StaffUser, tokens};
use crate::db::Db;
use crate::domain::{PersonName, RegistrationState, ScanDirection};
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
    /// Registration state.
    pub state: RegistrationState,
    /// SHA-256 of its current check-in code (for recognising codes offline).
    pub code_hash: String,
    /// The entry that has them in today, if any.
    pub inside_since: Option<DateTime<Utc>>,
}

/// What the desk shows: the event, its sessions, today's date there and every registration
/// that could come to the door.
#[derive(Debug, Clone)]
pub struct Desk {
    /// The event.
    pub event: event::Model,
    /// Its sessions, in time order.
    pub sessions: Vec<event_session::Model>,
    /// Today in the event's time zone.
    pub day: NaiveDate,
    /// Registrations (confirmed ones and those the desk must refuse with a reason).
    pub entries: Vec<DeskEntry>,
}

impl Desk {
    /// How many people are in today.
    pub fn inside(&self) -> usize {
        self.entries.iter().filter(|d| d.inside_since.is_some()).count()
    }

    /// How many registrations are confirmed.
    pub fn confirmed(&self) -> usize {
        self.entries.iter().filter(|d| d.state == RegistrationState::Confirmed).count()
    }
}

fn display_name(r: &registration::Model) -> String {
    PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name).to_string()
}

fn entry_of(secret: &[u8], r: &registration::Model, inside: Option<&attendance_scan::Model>) -> DeskEntry {
    DeskEntry {
        registration_id: r.id,
        name: display_name(r),
        country: r.country_iso3.clone(),
        organisation: r.organisation.clone(),
        state: r.state,
        code_hash: tokens::hash(&code_of(secret, r)),
        inside_since: inside.map(|s| s.scanned_at),
    }
}

/// Today's log of an event, grouped by registration.
async fn event_day_logs<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    day: NaiveDate,
) -> Result<std::collections::HashMap<i32, Vec<attendance_scan::Model>>> {
    let scans = attendance_scan::Entity::find()
        .filter(attendance_scan::Column::EventId.eq(event_id))
        .filter(attendance_scan::Column::Day.eq(day))
        .order_by_asc(attendance_scan::Column::Id)
        .all(db)
        .await?;
    let mut by: std::collections::HashMap<i32, Vec<attendance_scan::Model>> = std::collections::HashMap::new();
    for s in scans {
        by.entry(s.registration_id).or_default().push(s);
    }
    Ok(by)
}

/// The desk of an event for today.
pub async fn desk(db: &Db, secret: &[u8], staff: &StaffUser, event_id: i32, now: DateTime<Utc>) -> Result<Desk> {
    let e = desk_event(&db.read, staff, event_id).await?;
    let day = local_day(&e, now);
    let sessions = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(e.id))
        .order_by_asc(event_session::Column::StartsAt)
        .all(&db.read)
        .await?;
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(e.id))
        .order_by_asc(registration::Column::FamilyName)
        .order_by_asc(registration::Column::GivenName)
        .all(&db.read)
        .await?;
    let logs = event_day_logs(&db.read, e.id, day).await?;
    let entries = regs.iter().map(|r| entry_of(secret, r, logs.get(&r.id).and_then(|l| current_entry(l)))).collect();
    Ok(Desk { event: e, sessions, day, entries })
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
    let pattern = format!("%{words}%");
    let countries: Vec<String> = reference
        .countries
        .iter()
        .filter(|c| c.name.to_lowercase().contains(words) || c.iso3.eq_ignore_ascii_case(words))
        .map(|c| c.iso3.clone())
        .collect();
    let lower = |c: registration::Column| Expr::expr(Func::lower(Expr::col(c)));
    let mut any = Condition::any()
        .add(lower(registration::Column::GivenName).like(pattern.clone()))
        .add(lower(registration::Column::FamilyName).like(pattern.clone()))
        .add(lower(registration::Column::Organisation).like(pattern));
    if !countries.is_empty() {
        any = any.add(registration::Column::CountryIso3.is_in(countries));
    }
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(e.id))
        .filter(any)
        .order_by_asc(registration::Column::FamilyName)
        .order_by_asc(registration::Column::GivenName)
        .limit(SEARCH_LIMIT)
        .all(&db.read)
        .await?;
    let logs = event_day_logs(&db.read, e.id, local_day(e, now)).await?;
    Ok(regs.iter().map(|r| entry_of(secret, r, logs.get(&r.id).and_then(|l| current_entry(l)))).collect())
}

/// The whole log of an event, oldest first (the API's attendance).
pub async fn log<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<attendance_scan::Model>> {
    Ok(attendance_scan::Entity::find()
        .filter(attendance_scan::Column::EventId.eq(event_id))
        .order_by_asc(attendance_scan::Column::Id)
        .all(db)
        .await?)
}

/// People in per day: distinct registrations with an entry not undone, computed from the log.
pub fn present_per_day(log: &[attendance_scan::Model]) -> Vec<(NaiveDate, usize)> {
    let undone: HashSet<i32> = log.iter().filter_map(|s| s.undoes).collect();
    let mut days: std::collections::BTreeMap<NaiveDate, HashSet<i32>> = std::collections::BTreeMap::new();
    for s in log {
        if s.direction == ScanDirection::Entry && !undone.contains(&s.id) {
            days.entry(s.day).or_default().insert(s.registration_id);
        }
    }
    days.into_iter().map(|(d, people)| (d, people.len())).collect()
}
