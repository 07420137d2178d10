//! Dates and times as forms send them: ISO dates, months, wall-clock times and local
//! date-times (placed in UTC by the rules, in the event's time zone).

use chrono::{NaiveDate, NaiveTime};

use crate::error::Msg;

/// An ISO date `YYYY-MM-DD`.
pub fn parse_date(raw: &str) -> Result<NaiveDate, Msg> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(Msg::new("err-required"));
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .ok()
        .filter(|d| (1945..=2200).contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| Msg::new("err-date"))
}

/// A month `YYYY-MM`, as its first day.
pub fn parse_month(raw: &str) -> Result<NaiveDate, Msg> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(Msg::new("err-required"));
    }
    // Accept a full date too (browsers without month inputs send one); keep its month.
    let first = v.get(..7).unwrap_or(v);
    NaiveDate::parse_from_str(&format!("{first}-01"), "%Y-%m-%d")
        .ok()
        .filter(|_| v.len() == 7 || parse_date(v).is_ok())
        .filter(|d| (1945..=2200).contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| Msg::new("err-month"))
}

/// The last day of the month that `first` is in.
pub fn last_day_of_month(first: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let (y, m) = if first.month() == 12 { (first.year() + 1, 1) } else { (first.year(), first.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).and_then(|d| d.pred_opt()).unwrap_or(first)
}

/// A wall-clock time `HH:MM`.
pub fn parse_time(raw: &str) -> Result<NaiveTime, Msg> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(Msg::new("err-required"));
    }
    NaiveTime::parse_from_str(v, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M:%S"))
        .map_err(|_| Msg::new("err-time"))
}

/// A local date-time from an `<input type="datetime-local">` (`YYYY-MM-DDTHH:MM`).
pub fn parse_local_datetime(raw: &str) -> Result<chrono::NaiveDateTime, Msg> {
    let v = raw.trim();
    chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M"))
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| Msg::new("err-datetime"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times() {
        assert_eq!(parse_date("2007-11-27").unwrap(), NaiveDate::from_ymd_opt(2007, 11, 27).unwrap());
        assert!(parse_date("2007-02-30").is_err());
        assert!(parse_date("27/11/2007").is_err());
        assert!(parse_date("1800-01-01").is_err());
        assert_eq!(parse_month("2009-05").unwrap(), NaiveDate::from_ymd_opt(2009, 5, 1).unwrap());
        assert!(parse_month("2009-13").is_err());
        assert_eq!(
            last_day_of_month(NaiveDate::from_ymd_opt(2008, 2, 1).unwrap()),
            NaiveDate::from_ymd_opt(2008, 2, 29).unwrap()
        );
        assert_eq!(
            last_day_of_month(NaiveDate::from_ymd_opt(2007, 12, 1).unwrap()),
            NaiveDate::from_ymd_opt(2007, 12, 31).unwrap()
        );
        assert!(parse_time("09:30").is_ok());
        assert!(parse_time("25:00").is_err());
        assert!(parse_local_datetime("2026-12-01T09:00").is_ok());
        assert!(parse_local_datetime("tomorrow").is_err());
    }
}
