//! What the invitation rules share: who may invite to an event, link expiry, names, tokens,
//! and the multi-row writes of people and invitations.

use chrono::{DateTime, Duration, NaiveDate, TimeZone as _, Utc};

use crate::domain::{EventStatus, InvitationState, TimeZone};
use crate::entities::{event, invitation, person};
use crate::error::{Error, Msg, Result};

/// Rows per multi-row insert or `IN (…)` list.
pub(super) const CHUNK: usize = 500;
/// Invitations per page of the organiser's list.
pub const PER_PAGE: u64 = 50;
/// States in which an invitation still waits for an answer (and can run out).
pub(super) const OPEN_STATES: [InvitationState; 4] =
    [InvitationState::Queued, InvitationState::Sent, InvitationState::Failed, InvitationState::Opened];

pub use crate::events::rules::managed_event;

/// Nobody is invited to a cancelled event.
pub fn check_open(event: &event::Model) -> Result<()> {
    if event.status == EventStatus::Cancelled { Err(Error::Conflict(Msg::new("err-event-cancelled"))) } else { Ok(()) }
}

/// New invitations need an event that is not cancelled and not over (their links would be
/// born expired).
pub fn check_invitable(event: &event::Model, now: DateTime<Utc>) -> Result<()> {
    check_open(event)?;
    if default_expiry(event)? <= now { Err(Error::Conflict(Msg::new("inv-err-event-over"))) } else { Ok(()) }
}

pub(super) fn event_tz(event: &event::Model) -> Result<TimeZone> {
    event.time_zone.parse().map_err(|_| Error::Internal("stored time zone is invalid".into()))
}

/// The last second of `day` at the event's venue, in UTC.
pub fn end_of_day(event: &event::Model, day: NaiveDate) -> Result<DateTime<Utc>> {
    let tz = event_tz(event)?;
    let next = day.succ_opt().unwrap_or(day).and_hms_opt(0, 0, 0).unwrap_or_default();
    // Midnight after the day, minus a second; a midnight skipped by a clock change falls back
    // to the next hour that exists.
    let midnight = (0..3)
        .find_map(|h| tz.0.from_local_datetime(&(next + Duration::hours(h))).earliest())
        .map(|t| t.with_timezone(&Utc));
    Ok(midnight.map(|t| t - Duration::seconds(1)).unwrap_or_else(|| Utc.from_utc_datetime(&next)))
}

/// A link is valid until the end of the event's last day, in its time zone.
pub fn default_expiry(event: &event::Model) -> Result<DateTime<Utc>> {
    end_of_day(event, event.end_date)
}

/// The state an organiser sees: an unanswered invitation whose link ran out is expired.
pub fn shown_state(inv: &invitation::Model, now: DateTime<Utc>) -> InvitationState {
    match inv.state {
        InvitationState::Queued | InvitationState::Sent | InvitationState::Failed | InvitationState::Opened
            if inv.expires_at < now =>
        {
            InvitationState::Expired
        }
        s => s,
    }
}

/// "Ms. Amina DIALLO" as the emails greet people.
pub fn full_name(title: Option<&str>, given: &str, family: &str) -> String {
    crate::domain::PersonName::titled(title, given, family).to_string()
}

pub(super) fn person_name(p: &person::Model) -> String {
    full_name(p.title.as_deref(), &p.given_name, &p.family_name)
}

/// Maps a unique-key violation (a concurrent request got there first) to `conflict`.
pub fn on_duplicate(e: Error, conflict: impl FnOnce() -> Error) -> Error {
    match &e {
        Error::Db(db) if matches!(db.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => conflict(),
        _ => e,
    }
}
