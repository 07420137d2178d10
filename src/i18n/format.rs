//! Dates in the reader's language, for pages, emails, PDFs and exports alike.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::Tr;
use crate::domain::DatePrecision;

fn month_name(tr: Tr, month: u32) -> String {
    tr.t(&format!("month-{month}"))
}

/// "27 November 2007".
pub fn date(tr: Tr, d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month_name(tr, d.month()), d.year())
}

/// An event's dates: "27–28 November 2007", "30 April – 11 May 2007", "May 2009",
/// "December 2007 – June 2008".
pub fn date_range(tr: Tr, start: NaiveDate, end: NaiveDate, precision: DatePrecision) -> String {
    match precision {
        DatePrecision::Month => {
            let m = |d: NaiveDate| format!("{} {}", month_name(tr, d.month()), d.year());
            if (start.year(), start.month()) == (end.year(), end.month()) {
                m(start)
            } else {
                format!("{} – {}", m(start), m(end))
            }
        }
        DatePrecision::Day => {
            if start == end {
                date(tr, start)
            } else if (start.year(), start.month()) == (end.year(), end.month()) {
                format!("{}–{} {} {}", start.day(), end.day(), month_name(tr, end.month()), end.year())
            } else if start.year() == end.year() {
                format!("{} {} – {}", start.day(), month_name(tr, start.month()), date(tr, end))
            } else {
                format!("{} – {}", date(tr, start), date(tr, end))
            }
        }
    }
}

/// An instant as the venue reads it: "1 December 2026, 12:00 (Africa/Lome)"; in UTC when the
/// time zone is unknown.
pub fn moment(tr: Tr, at: DateTime<Utc>, time_zone: &str) -> String {
    match time_zone.parse::<chrono_tz::Tz>() {
        Ok(tz) => {
            let local = at.with_timezone(&tz);
            format!("{}, {} ({time_zone})", date(tr, local.date_naive()), local.format("%H:%M"))
        }
        Err(_) => format!("{}, {} (UTC)", date(tr, at.date_naive()), at.format("%H:%M")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn date_ranges_read_naturally() {
        let en = Tr(Lang::En);
        assert_eq!(date(en, d(2007, 11, 27)), "27 November 2007");
        assert_eq!(date_range(en, d(2007, 11, 27), d(2007, 11, 28), DatePrecision::Day), "27–28 November 2007");
        assert_eq!(date_range(en, d(2007, 4, 30), d(2007, 5, 11), DatePrecision::Day), "30 April – 11 May 2007");
        assert_eq!(date_range(en, d(2007, 12, 1), d(2008, 6, 30), DatePrecision::Month), "December 2007 – June 2008");
        assert_eq!(date_range(Tr(Lang::Fr), d(2009, 5, 1), d(2009, 5, 31), DatePrecision::Month), "mai 2009");
    }

    #[test]
    fn moments_are_read_at_the_venue() {
        use chrono::TimeZone as _;
        let at = Utc.with_ymd_and_hms(2026, 12, 7, 16, 30, 0).unwrap();
        assert_eq!(moment(Tr(Lang::En), at, "Asia/Tokyo"), "8 December 2026, 01:30 (Asia/Tokyo)");
        assert_eq!(moment(Tr(Lang::En), at, "Not/A_Zone"), "7 December 2026, 16:30 (UTC)");
    }
}
