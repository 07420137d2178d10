//! The design system's pieces, shared by every page: form fields and the error summary
//! ([`form`]), the page header, breadcrumbs and the event's sections ([`page`]), and badges,
//! alerts, figure cards, data tables and empty states ([`parts`]); and dates as pages write them.

pub use crate::i18n::format::{date, date_range, moment, weekday_date as day_heading};

pub mod form;
pub mod lang;
pub mod page;
pub mod parts;

pub use form::{
    Input, checkbox, csrf_field, error_summary, input, select, textarea, textarea_in, time_zone_list,
    with_error_summary, with_error_summary_in,
};
pub use lang::{in_lang, paragraphs_in_lang};
pub use page::{EventTab, Header, event_nav, pagination};
pub use parts::{Alert, Record, Table, Tone, alert, alert_text, badge, empty_state, figures, for_row, state_badge};

/// A UTC offset as "UTC+05:45".
pub fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '−' } else { '+' };
    let s = seconds.abs();
    format!("UTC{sign}{:02}:{:02}", s / 3600, (s % 3600) / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_read_naturally() {
        assert_eq!(utc_offset(5 * 3600 + 45 * 60), "UTC+05:45");
        assert_eq!(utc_offset(-5 * 3600), "UTC−05:00");
    }
}
