//! The report of one event: its outcomes, attendance per day and per session.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use utoipa::ToSchema;

use super::outcomes::Outcomes;
use super::selection::ReportError;
use super::stage::{EventStage, stage};
use super::store::{aggregate, event_rows, present_per_day, present_per_session};
use crate::attendance::rules::local_day;
use crate::auth::StaffUser;
use crate::entities::{event, event_session};
use crate::office::Office;

/// People present on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct DayAttendance {
    /// The day, in the event's time zone.
    pub day: NaiveDate,
    /// Distinct registrations with an entry not undone that day.
    pub attended: u64,
}

/// People present at one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct SessionAttendance {
    /// Session id.
    pub session_id: i32,
    /// Its title.
    pub title: String,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
    /// The day it is held on, in the event's time zone.
    pub day: NaiveDate,
    /// Distinct registrations with an entry not undone for the session or for its whole day.
    pub attended: u64,
}

/// The report of one event.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct EventReport {
    /// Event id.
    pub event_id: i32,
    /// Held, under way or planned, as of the report.
    pub stage: EventStage,
    /// Title.
    pub title: String,
    /// Programme code.
    pub programme: String,
    /// City.
    pub city: String,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Its outcomes (its own row only in `events`).
    pub outcomes: Outcomes,
    /// Every day of the event (and any other day with entries), in order.
    pub days: Vec<DayAttendance>,
    /// Every session of the schedule, in order.
    pub sessions: Vec<SessionAttendance>,
    /// The event itself, for the page's title in the reader's language (not in the API's answer).
    #[serde(skip)]
    pub event: Option<event::Model>,
}

/// The report of event `event_id` as of `now`, for a staff member who manages it (whatever
/// its status).
pub async fn event_report(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
    now: DateTime<Utc>,
) -> Result<EventReport, ReportError> {
    let db = &office.db.read;
    let e = event::Entity::find_by_id(event_id).one(db).await?.ok_or(ReportError::UnknownEvent)?;
    if !staff.can_manage(&e.programme_code) {
        return Err(ReportError::Forbidden);
    }
    let sel = "SELECT e.id FROM events e WHERE e.id = ?";
    let mut outcomes = aggregate(db, sel, vec![event_id.into()]).await?;
    outcomes.events = event_rows(db, sel, vec![event_id.into()], &outcomes.events, now).await?;
    outcomes.count_stages();

    let mut days: BTreeMap<NaiveDate, u64> = BTreeMap::new();
    // Every day of the event shows, with 0 when nobody was scanned in.
    let mut d = e.start_date;
    while d <= e.end_date && days.len() < 366 {
        days.insert(d, 0);
        d = d.succ_opt().unwrap_or(NaiveDate::MAX);
    }
    days.extend(present_per_day(db, event_id).await?);

    let schedule = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event_id))
        .order_by_asc(event_session::Column::StartsAt)
        .order_by_asc(event_session::Column::Id)
        .all(db)
        .await?;
    let held_on: Vec<(i32, NaiveDate)> = schedule.iter().map(|s| (s.id, local_day(&e, s.starts_at))).collect();
    let present = present_per_session(db, event_id, &held_on).await?;
    let sessions = schedule
        .into_iter()
        .zip(held_on)
        .map(|(s, (_, day))| SessionAttendance {
            attended: present.get(&s.id).copied().unwrap_or(0),
            session_id: s.id,
            title: s.title,
            starts_at: s.starts_at,
            day,
        })
        .collect();

    Ok(EventReport {
        event_id,
        stage: stage(e.start_date, e.end_date, &e.time_zone, now),
        title: e.title.clone(),
        programme: e.programme_code.clone(),
        city: e.city.clone(),
        start_date: e.start_date,
        end_date: e.end_date,
        outcomes,
        days: days.into_iter().map(|(day, attended)| DayAttendance { day, attended }).collect(),
        sessions,
        event: Some(e),
    })
}
