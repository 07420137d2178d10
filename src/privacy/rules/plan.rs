//! Which events are past their retention period at a given moment, and what erasing each would
//! take. The period runs from the event's last day: an event that ended on 12 June 2024 with a
//! period of 24 months keeps its participants' personal data until 12 June 2026, and the first
//! run from 13 June 2026 (UTC) erases it.

use chrono::{DateTime, Months, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder, QuerySelect};

use super::Counts;
use crate::Office;
use crate::config::PrivacySettings;
use crate::domain::DatePrecision;
use crate::entities::event;
use crate::error::Result;
use crate::jobs::JobName;
use crate::jobs::schedule::Schedule;
use crate::privacy::store;

/// An event past its retention period that still holds personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueEvent {
    /// Event id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Whether the dates are days or months.
    pub precision: DatePrecision,
    /// The last day its personal data was to be kept.
    pub kept_until: NaiveDate,
    /// What its erasure takes.
    pub counts: Counts,
}

/// What a run of the erasure at `at` would erase, event by event (oldest first).
#[derive(Debug, Clone)]
pub struct Plan {
    /// The moment of the run.
    pub at: DateTime<Utc>,
    /// The events it erases.
    pub due: Vec<DueEvent>,
    /// The events whose personal data it keeps: their people stay.
    pub(super) kept: Vec<i32>,
}

/// When the next run happens: the job's next tick when the scheduler runs it, otherwise now
/// (it then runs only when someone starts it).
pub fn next_run(office: &Office, now: DateTime<Utc>) -> DateTime<Utc> {
    let (enabled, cron) = JobName::PrivacyErasure.settings(&office.settings.jobs);
    if !(enabled && office.settings.jobs.scheduler) {
        return now;
    }
    Schedule::parse(cron).ok().and_then(|s| s.next_after(now)).unwrap_or(now)
}

/// The last day an event's personal data is kept: its last day plus its own period, or the
/// office's `default_months`.
pub fn kept_until(end_date: NaiveDate, own_months: Option<i32>, default_months: u32) -> NaiveDate {
    let months = own_months.and_then(|m| u32::try_from(m).ok()).unwrap_or(default_months);
    end_date.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

/// Every event, split into those past their retention period at `at` (oldest first) and the
/// ids of those kept.
pub(super) async fn split<C: ConnectionTrait>(
    db: &C,
    settings: &PrivacySettings,
    at: DateTime<Utc>,
) -> Result<(Vec<DueEvent>, Vec<i32>)> {
    type Row = (i32, String, NaiveDate, NaiveDate, DatePrecision, Option<i32>);
    let rows: Vec<Row> = event::Entity::find()
        .select_only()
        .columns([
            event::Column::Id,
            event::Column::Title,
            event::Column::StartDate,
            event::Column::EndDate,
            event::Column::DatePrecision,
            event::Column::RetentionMonths,
        ])
        .order_by_asc(event::Column::EndDate)
        .order_by_asc(event::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let today = at.date_naive();
    let (mut due, mut kept) = (Vec::new(), Vec::new());
    for (id, title, start_date, end_date, precision, own) in rows {
        let until = kept_until(end_date, own, settings.retention_months);
        if until < today {
            let counts = Counts::default();
            due.push(DueEvent { id, title, start_date, end_date, precision, kept_until: until, counts });
        } else {
            kept.push(id);
        }
    }
    Ok((due, kept))
}

/// What a run at `at` erases: every event past its retention period that still holds
/// personal data, with the counts of what goes.
pub async fn plan<C: ConnectionTrait>(db: &C, settings: &PrivacySettings, at: DateTime<Utc>) -> Result<Plan> {
    let (due, kept) = split(db, settings, at).await?;
    let ids: Vec<i32> = due.iter().map(|e| e.id).collect();
    let mut remaining = store::remaining(db, &ids, &kept, !settings.keep_issued_lists).await?;
    let due = due
        .into_iter()
        .filter_map(|mut e| {
            e.counts = remaining.remove(&e.id)?;
            (!e.counts.is_empty()).then_some(e)
        })
        .collect();
    Ok(Plan { at, due, kept })
}

#[cfg(test)]
mod tests {
    use super::kept_until;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_period_runs_from_the_last_day_in_calendar_months() {
        assert_eq!(kept_until(d(2024, 6, 12), None, 24), d(2026, 6, 12));
        assert_eq!(kept_until(d(2024, 6, 12), Some(6), 24), d(2024, 12, 12));
        // The end of a longer month lands on the end of a shorter one.
        assert_eq!(kept_until(d(2024, 8, 31), Some(6), 24), d(2025, 2, 28));
    }
}
