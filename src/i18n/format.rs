//! Dates and numbers in the reader's language, for pages, emails, PDFs and exports alike:
//! CLDR's patterns through ICU4X, with the data compiled into the binary (no data files).
//! Machine outputs (CSV columns, JSON, ids) keep ISO dates and plain digits and do not come here.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{D, MD, YM, YMD, YMDE};
use icu_locale_core::Locale;

use super::{Lang, Tr};
use crate::domain::DatePrecision;

/// ICU's formatters for one language, built once per process.
pub(crate) struct Formats {
    full: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    with_weekday: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    day_month: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    short_day_month: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    day: FixedCalendarDateTimeFormatter<Gregorian, D>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    order: Order,
}

/// Where the day sits in the language's long date, which decides how a range is shortened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    /// "27 November 2007": the start's day (and month) go before the end's full date.
    DayFirst,
    /// "2007年11月27日": the end's day (and month) go after the start's full date.
    YearFirst,
    /// Anything else: both dates in full.
    Other,
}

/// The locale a language's documents are written in (English the UN's international way).
pub(crate) fn locale(tag: &str) -> Locale {
    locale::numbers::icu_locale(tag)
}

impl Formats {
    /// The formatters of the BCP 47 `tag`; `None` only if ICU's compiled data is broken.
    pub(crate) fn new(tag: &str) -> Option<Self> {
        let locale = locale(tag);
        let full = FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::long()).ok()?;
        let day_month = FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), MD::long()).ok()?;
        let day = FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), D::long()).ok()?;
        let order = order(&full, &day_month, &day)?;
        Some(Formats {
            full,
            with_weekday: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMDE::long()).ok()?,
            day_month,
            short_day_month: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), MD::medium()).ok()?,
            day,
            month: FixedCalendarDateTimeFormatter::try_new(locale.into(), YM::long()).ok()?,
            order,
        })
    }

    /// The long date: "27 November 2007", "27 ноября 2007 г.", "2007年11月27日".
    pub(crate) fn date(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(|| d.to_string(), |g| self.full.format(&g).to_string())
    }

    /// A month and its year, the month's name in its stand-alone form: "ноябрь 2009 г.".
    pub(crate) fn month(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(|| d.format("%Y-%m").to_string(), |g| self.month.format(&g).to_string())
    }

    /// The long date with its weekday: "Tuesday, 27 November 2007".
    pub(crate) fn weekday_date(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(|| d.to_string(), |g| self.with_weekday.format(&g).to_string())
    }

    /// Day and abbreviated month, for the axis of a chart: "27 Nov".
    pub(crate) fn short_day_month(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(|| d.format("%m-%d").to_string(), |g| self.short_day_month.format(&g).to_string())
    }

    /// An event's dates: "27–28 November 2007", "30 April – 11 May 2007", "May 2009",
    /// "December 2007 – June 2008".
    ///
    /// ICU4X 2.4 has interval formatting only behind its `unstable` feature, and there it loses
    /// the long month names ("27–28 M11 2007"): ranges are composed of ICU-formatted pieces.
    /// The shared part is written once, on the side the language's long date puts it.
    pub(crate) fn date_range(&self, start: NaiveDate, end: NaiveDate, precision: DatePrecision) -> String {
        let (Some(s), Some(e)) = (gregorian(start), gregorian(end)) else {
            return format!("{start} – {end}");
        };
        match precision {
            DatePrecision::Month if (start.year(), start.month()) == (end.year(), end.month()) => {
                self.month.format(&s).to_string()
            }
            DatePrecision::Month => format!("{} – {}", self.month.format(&s), self.month.format(&e)),
            DatePrecision::Day if start == end => self.full.format(&s).to_string(),
            DatePrecision::Day => {
                let same_month = (start.year(), start.month()) == (end.year(), end.month());
                let same_year = start.year() == end.year();
                match self.order {
                    Order::DayFirst if same_month => format!("{}–{}", self.day.format(&s), self.full.format(&e)),
                    Order::DayFirst if same_year => format!("{} – {}", self.day_month.format(&s), self.full.format(&e)),
                    Order::YearFirst if same_month => format!("{}–{}", self.full.format(&s), self.day.format(&e)),
                    Order::YearFirst if same_year => format!("{}–{}", self.full.format(&s), self.day_month.format(&e)),
                    _ => format!("{} – {}", self.full.format(&s), self.full.format(&e)),
                }
            }
        }
    }
}

/// Reads the language's order off a probe date: the long date starts with the day-and-month
/// piece, which starts with the day ("27 November 2007"), or ends with them ("2007年11月27日").
fn order(
    full: &FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    day_month: &FixedCalendarDateTimeFormatter<Gregorian, MD>,
    day: &FixedCalendarDateTimeFormatter<Gregorian, D>,
) -> Option<Order> {
    let probe = Date::try_new_gregorian(2007, 11, 27).ok()?;
    let (full, day_month, day) =
        (full.format(&probe).to_string(), day_month.format(&probe).to_string(), day.format(&probe).to_string());
    Some(if full.starts_with(&day_month) && day_month.starts_with(&day) {
        Order::DayFirst
    } else if full.ends_with(&day_month) && day_month.ends_with(&day) {
        Order::YearFirst
    } else {
        Order::Other
    })
}

fn gregorian(d: NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Date::try_new_gregorian(d.year(), month, day).ok()
}

static FORMATS: LazyLock<Vec<(Lang, Option<Formats>)>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let formats = Formats::new(lang.code());
            if formats.is_none() {
                tracing::error!(lang = lang.code(), "no ICU date and number formats; ISO dates and plain digits");
            }
            (*lang, formats)
        })
        .collect()
});

fn formats(tr: Tr) -> Option<&'static Formats> {
    FORMATS.iter().find(|(lang, _)| *lang == tr.lang()).and_then(|(_, f)| f.as_ref())
}

/// "27 November 2007".
pub fn date(tr: Tr, d: NaiveDate) -> String {
    formats(tr).map_or_else(|| d.to_string(), |f| f.date(d))
}

/// "Tuesday, 27 November 2007", for a day of the programme.
pub fn weekday_date(tr: Tr, d: NaiveDate) -> String {
    formats(tr).map_or_else(|| d.to_string(), |f| f.weekday_date(d))
}

/// "November 2007", for a month's page.
pub fn month(tr: Tr, d: NaiveDate) -> String {
    formats(tr).map_or_else(|| d.format("%Y-%m").to_string(), |f| f.month(d))
}

/// "27 Nov", for a chart's axis.
pub fn short_day_month(tr: Tr, d: NaiveDate) -> String {
    formats(tr).map_or_else(|| d.format("%m-%d").to_string(), |f| f.short_day_month(d))
}

/// An event's dates: "27–28 November 2007", "30 April – 11 May 2007", "May 2009",
/// "December 2007 – June 2008".
pub fn date_range(tr: Tr, start: NaiveDate, end: NaiveDate, precision: DatePrecision) -> String {
    formats(tr).map_or_else(|| format!("{start} – {end}"), |f| f.date_range(start, end, precision))
}

/// A count for a reader: "1,250" in English, "1 250" in French. The same formatter groups the
/// numbers passed to the catalogue's messages (`locale::numbers`).
pub fn number(tr: Tr, n: impl Into<i64>) -> String {
    locale::numbers::number(tr.lang(), n.into())
}

/// A count that may exceed `i64` (sums of rows), shown as a [`number`].
pub fn count(tr: Tr, n: u64) -> String {
    i64::try_from(n).map_or_else(|_| n.to_string(), |n| number(tr, n))
}

/// Minor units of a currency with `exponent` decimals: "1,250,000.50", "1 250 000,50".
pub fn decimal(tr: Tr, minor: i64, exponent: u32) -> String {
    locale::numbers::decimal(tr.lang(), minor, exponent)
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
#[path = "format_tests.rs"]
mod tests;
