//! The report of one event: its outcomes, attendance per day and per session.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde::Serialize;
use utoipa::ToSchema;

use super::outcomes::Outcomes;
use super::selection::{ReportError, statement};
use super::store::count;
use super::store::{aggregate, event_rows};
use crate::auth::StaffUser;
use crate::domain::ScanDirection;
use crate::entities::{event, event_session};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

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
    pub starts_at: chrono::DateTime<chrono::Utc>,
    /// Distinct registrations with an entry not undone for the session.
    pub attended: u64,
}

/// The report of one event.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct EventReport {
    /// Event id.
    pub event_id: i32,
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
}

/// The report of event `event_id`, for a staff member who manages it (whatever its status).
pub async fn event_report(
    db: &DatabaseConnection,
    staff: &StaffUser,
    event_id: i32,
) -> Result<EventReport, ReportError> {
    let e = event::Entity::find_by_id(event_id).one(db).await?.ok_or(ReportError::UnknownEvent)?;
    if !staff.can_manage(&e.programme_code) {
        return Err(ReportError::Forbidden);
    }
    let sel = "SELECT e.id FROM events e WHERE e.id = ?";
    let mut outcomes = aggregate(db, sel, vec![event_id.into()]).await?;
    outcomes.events = event_rows(db, sel, vec![event_id.into()], &outcomes.events).await?;
    let backend = db.get_database_backend();
    let per_day = db
        .query_all_raw(statement(
            backend,
            "SELECT d.day AS day, COUNT(*) AS n FROM attendance_days d WHERE d.event_id = ? GROUP BY d.day",
            vec![event_id.into()],
        ))
        .await?;
    let mut days: std::collections::BTreeMap<NaiveDate, u64> = std::collections::BTreeMap::new();
    // Every day of the event shows, with 0 when nobody was scanned in.
    let mut d = e.start_date;
    while d <= e.end_date && days.len() < 366 {
        days.insert(d, 0);
        d = d.succ_opt().unwrap_or(NaiveDate::MAX);
    }
    for row in per_day {
        days.insert(row.try_get("", "day")?, count(&row, "n")?);
    }

    let per_session = db
        .query_all_raw(statement(
            backend,
            &format!(
                "SELECT s.session_id AS session_id, COUNT(DISTINCT s.registration_id) AS n \
                 FROM attendance_scans s WHERE s.event_id = ? AND s.session_id IS NOT NULL \
                 AND s.direction = '{}' AND NOT EXISTS (SELECT 1 FROM attendance_scans u WHERE u.undoes = s.id) \
                 GROUP BY s.session_id",
                ScanDirection::Entry.as_str()
            ),
            vec![event_id.into()],
        ))
        .await?;
    let mut by_session: HashMap<i32, u64> = HashMap::new();
    for row in per_session {
        by_session.insert(row.try_get("", "session_id")?, count(&row, "n")?);
    }
    let sessions = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event_id))
        .order_by_asc(event_session::Column::StartsAt)
        .order_by_asc(event_session::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|s| SessionAttendance {
            attended: by_session.get(&s.id).copied().unwrap_or(0),
            session_id: s.id,
            title: s.title,
            starts_at: s.starts_at,
        })
        .collect();

    Ok(EventReport {
        event_id,
        title: e.title,
        programme: e.programme_code,
        city: e.city,
        start_date: e.start_date,
        end_date: e.end_date,
        outcomes,
        days: days.into_iter().map(|(day, attended)| DayAttendance { day, attended }).collect(),
        sessions,
    })
}
