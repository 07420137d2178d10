//! Moving an event to new dates, as a clone does: every date and time moves by the same number
//! of days (events dated by day) or months (events dated by month) in the event's LOCAL time,
//! so a 09:00 session stays at 09:00 even when a change of the clocks lies in between.
//!
//! Two things can stop a local time from carrying over, and both are said, never hidden:
//! - the time does not exist on the new day (the clocks go forward through it): it is read with
//!   the offset in force before the change, as RFC 5545 and most calendars do, so 02:30 on the
//!   night the clocks jump from 02:00 to 03:00 becomes 03:30;
//! - (month shifts) the day does not exist in the new month (31 April): it becomes the month's
//!   last day.
//!
//! A time that occurs twice (the clocks go back) takes its first occurrence, as everywhere else.

use chrono::{DateTime, Datelike, Duration, LocalResult, Months, NaiveDate, NaiveDateTime, TimeZone as _, Utc};

use crate::domain::{DatePrecision, TimeZone};

/// How far a copy moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// Whole days (an event dated by day).
    Days(i64),
    /// Whole months (an event dated by month).
    Months(i32),
}

/// Why a moved time is not the same wall-clock time on the new date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The local time does not exist on the new day (the clocks go forward through it).
    ClockChange,
    /// The day does not exist in the new month; the month's last day is used.
    ShorterMonth,
}

impl Why {
    /// The stable code (API).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ClockChange => "clock_change",
            Self::ShorterMonth => "shorter_month",
        }
    }
}

/// A date-time moved by a [`Shift`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moved {
    /// The new instant.
    pub at: DateTime<Utc>,
    /// The local time it had.
    pub from_local: NaiveDateTime,
    /// Its local time now.
    pub to_local: NaiveDateTime,
    /// Set when `to_local` is not `from_local` moved exactly.
    pub why: Option<Why>,
}

impl Shift {
    /// The shift that takes an event starting on `from` to start on `to`: whole days, or whole
    /// months between the two months for an event dated by month.
    pub fn between(from: NaiveDate, to: NaiveDate, precision: DatePrecision) -> Self {
        match precision {
            DatePrecision::Day => Self::Days((to - from).num_days()),
            DatePrecision::Month => {
                let months = |d: NaiveDate| d.year() * 12 + i32::try_from(d.month0()).unwrap_or(0);
                Self::Months(months(to) - months(from))
            }
        }
    }

    /// A day moved; `true` when it had to become the last day of a shorter month. `None` past
    /// the calendar's range.
    pub fn date(self, d: NaiveDate) -> Option<(NaiveDate, bool)> {
        match self {
            Self::Days(n) => d.checked_add_signed(Duration::try_days(n)?).map(|m| (m, false)),
            Self::Months(n) => {
                let months = Months::new(n.unsigned_abs());
                // chrono keeps the day when the month has it, or takes the month's last day.
                let moved = if n >= 0 { d.checked_add_months(months) } else { d.checked_sub_months(months) }?;
                Some((moved, moved.day() != d.day()))
            }
        }
    }

    /// An instant moved in `tz`'s local time (see the module's rules). `None` past the
    /// calendar's range.
    pub fn instant(self, tz: TimeZone, t: DateTime<Utc>) -> Option<Moved> {
        let from_local = t.with_timezone(&tz.0).naive_local();
        let (day, shorter) = self.date(from_local.date())?;
        let wanted = day.and_time(from_local.time());
        let (at, gap) = place(tz, wanted)?;
        let why = if gap {
            Some(Why::ClockChange)
        } else if shorter {
            Some(Why::ShorterMonth)
        } else {
            None
        };
        Some(Moved { at, from_local, to_local: at.with_timezone(&tz.0).naive_local(), why })
    }
}

/// A local time as an instant: its first occurrence, or, inside a gap, read with the offset in
/// force before the gap (`true` then).
fn place(tz: TimeZone, local: NaiveDateTime) -> Option<(DateTime<Utc>, bool)> {
    match tz.0.from_local_datetime(&local) {
        LocalResult::Single(t) => Some((t.with_timezone(&Utc), false)),
        LocalResult::Ambiguous(first, _) => Some((first.with_timezone(&Utc), false)),
        LocalResult::None => {
            // A day earlier is before the change (no zone changes its clocks twice a day).
            let before = local.checked_sub_signed(Duration::days(1))?;
            let offset = tz.0.offset_from_utc_datetime(&before);
            let seconds = chrono::Offset::fix(&offset).local_minus_utc();
            let utc = local.checked_sub_signed(Duration::seconds(i64::from(seconds)))?;
            Some((Utc.from_utc_datetime(&utc), true))
        }
    }
}

/// A session's start and end moved together: each keeps its wall-clock time where it can; an
/// end that would no longer come after the start keeps the session's local length instead.
pub fn session(tz: TimeZone, shift: Shift, starts: DateTime<Utc>, ends: DateTime<Utc>) -> Option<(Moved, Moved)> {
    let start = shift.instant(tz, starts)?;
    let mut end = shift.instant(tz, ends)?;
    if end.at <= start.at {
        let length = end.from_local - start.from_local;
        let to_local = start.to_local.checked_add_signed(length)?;
        let (at, _) = place(tz, to_local)?;
        end = Moved { at, from_local: end.from_local, to_local: at.with_timezone(&tz.0).naive_local(), why: end.why };
        end.why = end.why.or(Some(Why::ClockChange));
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zurich() -> TimeZone {
        "Europe/Zurich".parse().unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_local_time_survives_a_change_of_the_clocks() {
        // 09:00 in Geneva in winter (08:00 UTC) moved 28 weeks on is 09:00 in summer (07:00 UTC).
        let moved = Shift::Days(7 * 28).instant(zurich(), utc("2026-12-07T08:00:00Z")).unwrap();
        assert_eq!(moved.at, utc("2027-06-21T07:00:00Z"));
        assert_eq!(moved.to_local.format("%H:%M").to_string(), "09:00");
        assert_eq!(moved.why, None);
    }

    #[test]
    fn a_time_skipped_by_the_clocks_moves_by_the_length_of_the_gap_and_says_so() {
        // 02:30 on Saturday 27 March 2027 → Sunday 28 March, when 02:00–03:00 does not exist.
        let t = zurich().0.with_ymd_and_hms(2027, 3, 27, 2, 30, 0).unwrap().with_timezone(&Utc);
        let moved = Shift::Days(1).instant(zurich(), t).unwrap();
        assert_eq!(moved.to_local.format("%Y-%m-%d %H:%M").to_string(), "2027-03-28 03:30");
        assert_eq!(moved.why, Some(Why::ClockChange));
    }

    #[test]
    fn a_repeated_time_takes_its_first_occurrence() {
        // 02:30 on 31 October 2027 happens twice in Geneva; the first is 00:30 UTC.
        let t = zurich().0.with_ymd_and_hms(2027, 10, 30, 2, 30, 0).unwrap().with_timezone(&Utc);
        let moved = Shift::Days(1).instant(zurich(), t).unwrap();
        assert_eq!(moved.at, utc("2027-10-31T00:30:00Z"));
        assert_eq!(moved.why, None);
    }

    #[test]
    fn a_session_ending_inside_a_gap_keeps_its_length() {
        let tz = zurich();
        let start = tz.0.with_ymd_and_hms(2027, 3, 27, 2, 15, 0).unwrap().with_timezone(&Utc);
        let end = tz.0.with_ymd_and_hms(2027, 3, 27, 3, 15, 0).unwrap().with_timezone(&Utc);
        let (s, e) = session(tz, Shift::Days(1), start, end).unwrap();
        assert_eq!(s.to_local.format("%H:%M").to_string(), "03:15");
        assert_eq!(e.to_local.format("%H:%M").to_string(), "04:15");
        assert!(e.at > s.at);
        assert_eq!((s.why, e.why), (Some(Why::ClockChange), Some(Why::ClockChange)));
    }

    #[test]
    fn month_shifts_keep_the_day_or_take_the_last_day_of_a_shorter_month() {
        assert_eq!(Shift::between(day("2007-09-01"), day("2008-09-01"), DatePrecision::Month), Shift::Months(12));
        assert_eq!(Shift::between(day("2008-03-01"), day("2007-12-01"), DatePrecision::Month), Shift::Months(-3));
        assert_eq!(Shift::Months(1).date(day("2027-01-31")), Some((day("2027-02-28"), true)));
        assert_eq!(Shift::Months(-3).date(day("2008-03-15")), Some((day("2007-12-15"), false)));
        let t = utc("2027-01-31T09:00:00Z");
        let moved = Shift::Months(3).instant("UTC".parse().unwrap(), t).unwrap();
        assert_eq!(moved.to_local.format("%Y-%m-%d %H:%M").to_string(), "2027-04-30 09:00");
        assert_eq!(moved.why, Some(Why::ShorterMonth));
    }

    #[test]
    fn day_shifts_count_whole_days_either_way() {
        assert_eq!(Shift::between(day("2026-12-08"), day("2027-12-07"), DatePrecision::Day), Shift::Days(364));
        assert_eq!(Shift::Days(-364).date(day("2027-12-07")), Some((day("2026-12-08"), false)));
        assert_eq!(Shift::Days(i64::MAX).date(day("2027-12-07")), None);
    }
}
