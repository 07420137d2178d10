//! What the programme calendar reads from its query string: the month shown and the view.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::error::{FieldErrors, Msg};

/// Query of the programme calendar.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CalendarQuery {
    /// `month` (default) or `list`.
    #[serde(default)]
    pub view: String,
    /// `YYYY-MM`; the current month when empty.
    #[serde(default)]
    pub month: String,
    /// Programme code; all programmes when empty.
    #[serde(default)]
    pub programme: String,
}

/// The parsed query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarRequest {
    /// List instead of a month grid.
    pub list: bool,
    /// First day of the month shown.
    pub month: NaiveDate,
}

impl CalendarQuery {
    /// Parses the query; a bad month or view names the field.
    pub fn parse(&self, today: NaiveDate) -> Result<CalendarRequest, FieldErrors> {
        let mut errors = FieldErrors::new();
        let list = match self.view.as_str() {
            "" | "month" => false,
            "list" => true,
            _ => {
                errors.add("view", Msg::new("err-choice"));
                false
            }
        };
        let month = if self.month.trim().is_empty() {
            today.with_day(1).unwrap_or(today)
        } else {
            match NaiveDate::parse_from_str(&format!("{}-01", self.month.trim()), "%Y-%m-%d") {
                Ok(d) if (1900..=2200).contains(&d.year()) => d,
                _ => {
                    errors.add("month", Msg::new("cal-err-month"));
                    today
                }
            }
        };
        if errors.is_empty() { Ok(CalendarRequest { list, month }) } else { Err(errors) }
    }
}
