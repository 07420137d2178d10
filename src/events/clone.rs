//! Cloning an event: a new draft with the same details and schedule, moved to the start the
//! organiser asks for. Its dates, registration dates and every session move by the same number
//! of days (or months, for an event dated by month) in the event's local time; see
//! [`super::shift`] for the rules and what is said when a time cannot carry over.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    TransactionTrait,
};

use super::input::CloneStart;
use super::rules::managed_event;
use super::shift::{self, Moved, Shift};
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::db::Db;
use crate::domain::{self, DatePrecision, EventStatus, TimeZone};
use crate::entities::{event, event_session};
use crate::error::{Error, FieldErrors, Msg, Result};

/// Which moved date-time an [`Adjustment`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// A session's start.
    SessionStart,
    /// A session's end.
    SessionEnd,
    /// When registration opens.
    RegistrationOpens,
    /// When registration closes.
    RegistrationCloses,
}

impl Moment {
    /// The stable code (API).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SessionStart => "session_start",
            Self::SessionEnd => "session_end",
            Self::RegistrationOpens => "registration_opens",
            Self::RegistrationCloses => "registration_closes",
        }
    }
}

/// A date-time of the copy that could not keep its local time exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adjustment {
    /// What it is.
    pub moment: Moment,
    /// The copy's session, for session times.
    pub session_id: Option<i32>,
    /// How it moved, and why not exactly.
    pub moved: Moved,
}

/// What a clone made.
#[derive(Debug, Clone)]
pub struct Cloned {
    /// The new draft.
    pub event: event::Model,
    /// Its sessions, in time order.
    pub sessions: Vec<event_session::Model>,
    /// How far it moved from its source.
    pub shift: Shift,
    /// Times that could not keep their local time exactly, in schedule order.
    pub adjustments: Vec<Adjustment>,
}

/// The copy's dates: the start asked for, in the precision of the source.
fn new_dates(source: &event::Model, start: CloneStart) -> Result<(NaiveDate, NaiveDate, Shift)> {
    let precision = source.date_precision;
    let start = match (precision, start) {
        (DatePrecision::Day, CloneStart::Day(d)) => d,
        // A day names its month for an event dated by month (as the event form accepts).
        (DatePrecision::Month, CloneStart::Day(d) | CloneStart::Month(d)) => first_of_month(d),
        (DatePrecision::Day, CloneStart::Month(_)) => {
            return Err(FieldErrors::clash("start_date", Msg::new("err-clone-day-needed")));
        }
    };
    let shift = Shift::between(source.start_date, start, precision);
    let end = match precision {
        DatePrecision::Day => shift.date(source.end_date).ok_or_else(out_of_range)?.0,
        DatePrecision::Month => {
            let first = shift.date(first_of_month(source.end_date)).ok_or_else(out_of_range)?.0;
            domain::last_day_of_month(first)
        }
    };
    Ok((start, end, shift))
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// A copy moved past the calendar's range: the start asked for clashes with the source's length.
fn out_of_range() -> Error {
    FieldErrors::clash("start_date", Msg::new("err-date"))
}

/// Moves an optional registration date, noting an adjustment.
fn move_window(
    tz: TimeZone,
    shift: Shift,
    at: Option<DateTime<Utc>>,
    moment: Moment,
    adjustments: &mut Vec<Adjustment>,
) -> Result<Option<DateTime<Utc>>> {
    let Some(at) = at else { return Ok(None) };
    let moved = shift.instant(tz, at).ok_or_else(out_of_range)?;
    if moved.why.is_some() {
        adjustments.push(Adjustment { moment, session_id: None, moved });
    }
    Ok(Some(moved.at))
}

/// Copies an event and its schedule into a new draft starting at `start`. Nothing of the
/// source's registrations, invitations or seats comes along.
pub async fn clone_event(db: &Db, staff: &StaffUser, id: i32, start: CloneStart, now: DateTime<Utc>) -> Result<Cloned> {
    let txn = db.write.begin().await?;
    let source = managed_event(&txn, staff, id).await?;
    let tz: TimeZone = source.time_zone.parse().map_err(|_| Error::Internal("stored time zone is invalid".into()))?;
    let (start_date, end_date, shift) = new_dates(&source, start)?;
    let mut adjustments = Vec::new();
    let opens = move_window(tz, shift, source.registration_opens_at, Moment::RegistrationOpens, &mut adjustments)?;
    let closes = move_window(tz, shift, source.registration_closes_at, Moment::RegistrationCloses, &mut adjustments)?;
    let mut model = source.clone().into_active_model();
    model.id = sea_orm::ActiveValue::NotSet;
    model.seed_key = Set(None);
    model.status = Set(EventStatus::Draft);
    model.start_date = Set(start_date);
    model.end_date = Set(end_date);
    model.registration_opens_at = Set(opens);
    model.registration_closes_at = Set(closes);
    model.seats_taken = Set(0);
    model.revision = Set(1);
    model.created_at = Set(now);
    model.updated_at = Set(now);
    let copy = model.reset_all().insert(&txn).await?;
    let originals = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(id))
        .order_by_asc(event_session::Column::StartsAt)
        .order_by_asc(event_session::Column::Id)
        .all(&txn)
        .await?;
    let mut sessions = Vec::with_capacity(originals.len());
    for s in originals {
        let (starts, ends) = shift::session(tz, shift, s.starts_at, s.ends_at).ok_or_else(out_of_range)?;
        let created = event_session::ActiveModel {
            event_id: Set(copy.id),
            title: Set(s.title),
            kind: Set(s.kind),
            starts_at: Set(starts.at),
            ends_at: Set(ends.at),
            room: Set(s.room),
            title_translations: Set(s.title_translations),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (moment, moved) in [(Moment::SessionStart, starts), (Moment::SessionEnd, ends)] {
            if moved.why.is_some() {
                adjustments.push(Adjustment { moment, session_id: Some(created.id), moved });
            }
        }
        sessions.push(created);
    }
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("event.clone", "event", copy.id, Some(&source), Some(&copy)),
    )
    .await?;
    txn.commit().await?;
    Ok(Cloned { event: copy, sessions, shift, adjustments })
}
