//! A span of time in UTC: a session, a window.

use chrono::{DateTime, Duration, Utc};

/// A start and an end in UTC, the start strictly before the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeRange {
    start: DateTime<Utc>,
    end: DateTime<Utc>,
}

impl TimeRange {
    /// The range from `start` to `end`; `None` unless the end comes after the start (each
    /// caller names that problem in its own words).
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Option<Self> {
        (start < end).then_some(Self { start, end })
    }

    /// When it starts.
    pub fn start(&self) -> DateTime<Utc> {
        self.start
    }

    /// When it ends.
    pub fn end(&self) -> DateTime<Utc> {
        self.end
    }

    /// How long it lasts (always positive).
    pub fn duration(&self) -> Duration {
        self.end - self.start
    }

    /// Whether the two share some time; ranges that only touch (one ends as the other
    /// starts) do not.
    pub fn overlaps(&self, other: &TimeRange) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 8, hour, 0, 0).unwrap()
    }

    #[test]
    fn the_start_comes_before_the_end() {
        let r = TimeRange::new(at(9), at(11)).unwrap();
        assert_eq!((r.start(), r.end(), r.duration()), (at(9), at(11), Duration::hours(2)));
        assert_eq!(TimeRange::new(at(11), at(11)), None, "an empty range");
        assert_eq!(TimeRange::new(at(11), at(9)), None, "a reversed range");
    }

    #[test]
    fn ranges_that_only_touch_do_not_overlap() {
        let morning = TimeRange::new(at(9), at(12)).unwrap();
        let late_morning = TimeRange::new(at(11), at(13)).unwrap();
        let afternoon = TimeRange::new(at(12), at(15)).unwrap();
        assert!(morning.overlaps(&late_morning) && late_morning.overlaps(&morning));
        assert!(!morning.overlaps(&afternoon) && !afternoon.overlaps(&morning));
    }
}
