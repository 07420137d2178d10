//! Form values that are no type of their own: texts within a length (no control characters),
//! checkboxes, any `FromStr` value recorded under its field, and the filters of a list as the
//! query string its page links keep.

use std::str::FromStr;

use crate::error::{FieldErrors, Msg};

/// A required single-line text of at most `max` characters.
pub fn required_text(errors: &mut FieldErrors, field: &'static str, raw: &str, max: usize) -> String {
    let v = raw.trim();
    if v.is_empty() {
        errors.add(field, Msg::new("err-required"));
    } else {
        check_text(errors, field, v, max, false);
    }
    v.to_owned()
}

/// An optional single-line text; empty means absent.
pub fn optional_text(errors: &mut FieldErrors, field: &'static str, raw: &str, max: usize) -> Option<String> {
    let v = raw.trim();
    if v.is_empty() {
        return None;
    }
    check_text(errors, field, v, max, false);
    Some(v.to_owned())
}

/// A multi-line text (newlines allowed), possibly empty.
pub fn long_text(errors: &mut FieldErrors, field: &'static str, raw: &str, max: usize) -> String {
    let v = raw.trim().replace("\r\n", "\n");
    check_text(errors, field, &v, max, true);
    v
}

fn check_text(errors: &mut FieldErrors, field: &'static str, v: &str, max: usize, multiline: bool) {
    if v.chars().count() > max {
        errors.add(field, Msg::new("err-too-long").arg("max", max));
    } else if v.chars().any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t'))) {
        errors.add(field, Msg::new("err-control-chars"));
    }
}

/// Parses a value with `FromStr`, recording the error under `field`.
pub fn parse_field<T: FromStr<Err = Msg>>(errors: &mut FieldErrors, field: &'static str, raw: &str) -> Option<T> {
    match raw.parse::<T>() {
        Ok(v) => Some(v),
        Err(m) => {
            errors.add(field, m);
            None
        }
    }
}

/// A checkbox: present and not "false"/"off"/"0" means checked.
pub fn checkbox(raw: Option<&str>) -> bool {
    matches!(raw.map(str::trim), Some(v) if !v.is_empty() && !matches!(v, "false" | "off" | "0"))
}

/// The filters of a list that are set, as a query string (`state=pending&q=diallo`), for the
/// links of its pages.
pub fn filters_query(filters: &[(&str, &str)]) -> String {
    let set: Vec<(&str, &str)> = filters.iter().copied().filter(|(_, v)| !v.is_empty()).collect();
    serde_urlencoded::to_string(set).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts() {
        let mut e = FieldErrors::new();
        assert_eq!(required_text(&mut e, "title", "  Gaborone  ", 10), "Gaborone");
        assert!(e.is_empty());
        required_text(&mut e, "title", "   ", 10);
        required_text(&mut e, "city", "x\u{7}y", 10);
        optional_text(&mut e, "room", &"r".repeat(11), 10);
        assert_eq!(
            e.0.iter().map(|f| f.message.key).collect::<Vec<_>>(),
            ["err-required", "err-control-chars", "err-too-long"]
        );
        let mut e = FieldErrors::new();
        long_text(&mut e, "description", "line one\r\nline two", 100);
        assert!(e.is_empty());
        assert!(checkbox(Some("on")) && !checkbox(None) && !checkbox(Some("false")));
    }

    #[test]
    fn a_field_that_does_not_parse_is_recorded_under_its_name() {
        let mut e = FieldErrors::new();
        assert_eq!(parse_field::<crate::domain::Gender>(&mut e, "gender", "woman"), Some(crate::domain::Gender::Woman));
        assert_eq!(parse_field::<crate::domain::Gender>(&mut e, "gender", "x"), None);
        assert_eq!(e.get("gender").map(|m| m.key), Some("err-choice"));
    }
}
