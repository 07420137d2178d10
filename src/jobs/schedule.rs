//! Cron schedules as tokio-cron-scheduler reads them (seconds first, UTC), parsed with the same
//! parser so the ticks we claim are the ticks it fires.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use croner::Cron;
use croner::parser::{CronParser, Seconds};

/// A parsed cron expression: `sec min hour day-of-month month day-of-week`, in UTC.
#[derive(Debug, Clone)]
pub struct Schedule {
    cron: Cron,
    expression: String,
}

/// How far back the scheduler looks for the tick it was woken for. Missed ticks older than
/// this are not caught up: each job's work is "everything due until now", so the next tick
/// covers them.
const LOOK_BACK_HOURS: i64 = 24;

impl Schedule {
    /// Parses `expression` exactly as tokio-cron-scheduler does (seconds required; day of month
    /// and day of week must both match).
    pub fn parse(expression: &str) -> Result<Self, String> {
        let cron = CronParser::builder()
            .seconds(Seconds::Required)
            .dom_and_dow(true)
            .build()
            .parse(expression.trim())
            .map_err(|e| format!("`{expression}` is not a cron expression with seconds first ({e})"))?;
        Ok(Self { cron, expression: expression.trim().to_owned() })
    }

    /// The expression as configured.
    pub fn expression(&self) -> &str {
        &self.expression
    }

    /// The first tick strictly after `t`.
    pub fn next_after(&self, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        // Ticks are whole seconds; the parser keeps a fraction it is given.
        self.cron.find_next_occurrence(&t.trunc_subsecs(0), false).ok()
    }

    /// Every tick in `(from, to]`, oldest first.
    pub fn ticks_in(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<DateTime<Utc>> {
        let mut ticks = Vec::new();
        let mut at = from;
        while let Some(next) = self.next_after(at) {
            if next > to {
                break;
            }
            ticks.push(next);
            at = next;
        }
        ticks
    }

    /// The latest tick at or before `now` within the look-back window: the tick a scheduler
    /// woken at `now` is running for.
    pub fn due_at(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let tick = self.cron.find_previous_occurrence(&now.trunc_subsecs(0), true).ok()?;
        (tick > now - Duration::hours(LOOK_BACK_HOURS)).then_some(tick)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, h, m, s).unwrap()
    }

    #[test]
    fn seconds_come_first() {
        let every_quarter = Schedule::parse("0 */15 * * * *").unwrap();
        assert_eq!(every_quarter.next_after(at(10, 0, 0)), Some(at(10, 15, 0)));
        assert_eq!(every_quarter.ticks_in(at(10, 0, 0), at(11, 0, 0)).len(), 4);
    }

    #[test]
    fn due_tick_is_the_latest_not_after_now() {
        let daily = Schedule::parse("0 30 3 * * *").unwrap();
        assert_eq!(daily.due_at(at(3, 30, 0)), Some(at(3, 30, 0)));
        assert_eq!(daily.due_at(at(3, 30, 1)), Some(at(3, 30, 0)));
        assert_eq!(daily.due_at(at(3, 30, 0) + Duration::milliseconds(7)), Some(at(3, 30, 0)));
        assert_eq!(daily.due_at(at(3, 29, 59)), Some(at(3, 30, 0) - Duration::days(1)));
        let yearly = Schedule::parse("0 0 0 1 1 *").unwrap();
        assert_eq!(yearly.due_at(at(12, 0, 0)), None, "too old to be the tick we were woken for");
    }

    #[test]
    fn bad_expressions_are_refused() {
        for bad in ["", "* * * * *", "every day", "0 61 * * * *", "0 0 25 * * *"] {
            assert!(Schedule::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
