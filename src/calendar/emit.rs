//! Our iCalendar writer (RFC 5545). The `ical` crate's builder writes TEXT values unescaped
//! and always puts TZID on times without a VTIMEZONE; this writer escapes every TEXT value,
//! quotes parameter values, writes times in UTC (`…Z`) or as dates, folds lines at 75 octets
//! and ends them with CRLF. Nothing else in the code writes iCalendar text.

use chrono::{DateTime, NaiveDate, Utc};

/// The iTIP method of a calendar (RFC 5546): what a client should do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// A calendar to subscribe to or import (feeds, downloads).
    Publish,
    /// An entry for the recipient's calendar, or an update of it (emails).
    Request,
    /// The entry is withdrawn (a cancelled registration or event).
    Cancel,
}

impl Method {
    /// The METHOD value.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Publish => "PUBLISH",
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
        }
    }
}

/// Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
/// Other control characters are not allowed in TEXT and are dropped.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    push_text(&mut out, value);
    out
}

fn push_text(out: &mut String, value: &str) {
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                // CRLF and a lone CR are both one line break.
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// A parameter value, always quoted: DQUOTE cannot be escaped in iCalendar, so it is
/// replaced, and control characters are dropped (RFC 5545 §3.2).
pub fn param_value(value: &str) -> String {
    let cleaned: String = value.chars().filter(|c| !c.is_control()).map(|c| if c == '"' { '\'' } else { c }).collect();
    format!("\"{cleaned}\"")
}

/// Folds a content line at 75 octets without splitting a UTF-8 character, and ends it with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    push_folded(&mut out, line);
    out
}

fn push_folded(out: &mut String, line: &str) {
    if line.len() <= 75 {
        out.push_str(line);
        out.push_str("\r\n");
        return;
    }
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// A UTC DATE-TIME value, e.g. `20261208T031500Z`.
pub fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Writes one calendar, line by line.
#[derive(Debug)]
pub struct Writer {
    out: String,
    line: String,
}

impl Writer {
    /// Starts a VCALENDAR with our product id and `method`; `name` is shown by clients that
    /// subscribe to a feed.
    pub fn new(method: Method, name: Option<&str>) -> Self {
        let mut w = Writer { out: String::with_capacity(4096), line: String::with_capacity(128) };
        w.raw("BEGIN", "VCALENDAR");
        w.raw("VERSION", "2.0");
        w.raw("PRODID", "-//Convene//Events of the office//EN");
        w.raw("CALSCALE", "GREGORIAN");
        w.raw("METHOD", method.as_str());
        if let Some(name) = name {
            w.text("X-WR-CALNAME", name);
        }
        w
    }

    /// A property whose value is written as given (already valid for its type).
    pub fn raw(&mut self, name: &str, value: &str) {
        self.line.clear();
        self.line.push_str(name);
        self.line.push(':');
        self.line.push_str(value);
        push_folded(&mut self.out, &self.line);
    }

    /// A TEXT property, escaped.
    pub fn text(&mut self, name: &str, value: &str) {
        self.line.clear();
        self.line.push_str(name);
        self.line.push(':');
        push_text(&mut self.line, value);
        push_folded(&mut self.out, &self.line);
    }

    /// A DATE-TIME property in UTC.
    pub fn utc(&mut self, name: &str, t: DateTime<Utc>) {
        self.raw(name, &utc(t));
    }

    /// A DATE property (`VALUE=DATE`).
    pub fn date(&mut self, name: &str, d: NaiveDate) {
        self.raw(&format!("{name};VALUE=DATE"), &d.format("%Y%m%d").to_string());
    }

    /// Ends the calendar and returns its text.
    pub fn finish(mut self) -> String {
        self.raw("END", "VCALENDAR");
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a;b,c\\d\nx"), "a\\;b\\,c\\\\d\\nx");
        assert_eq!(escape_text("one\r\ntwo\rthree"), "one\\ntwo\\nthree");
        assert_eq!(escape_text("tab\there\u{7}"), "tab here");
    }

    #[test]
    fn lines_are_folded_at_75_octets_without_splitting_characters() {
        let folded = fold(&format!("SUMMARY:{}", "é".repeat(60)));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), format!("SUMMARY:{}\r\n", "é".repeat(60)));
        assert_eq!(fold("SHORT:x"), "SHORT:x\r\n");
    }

    #[test]
    fn parameter_values_are_quoted_and_cannot_break_out() {
        assert_eq!(param_value("Office; \"A\", B:C"), "\"Office; 'A', B:C\"");
        assert_eq!(param_value("a\r\nb"), "\"ab\"");
    }

    #[test]
    fn writer_writes_utc_and_dates_and_the_method() {
        let mut w = Writer::new(Method::Request, Some("Feed, name"));
        w.utc("DTSTART", Utc.with_ymd_and_hms(2026, 12, 8, 3, 15, 0).unwrap());
        w.date("DTSTART", NaiveDate::from_ymd_opt(2026, 12, 8).unwrap());
        let ics = w.finish();
        assert!(ics.contains("\r\nMETHOD:REQUEST\r\n"));
        assert!(ics.contains("\r\nX-WR-CALNAME:Feed\\, name\r\n"));
        assert!(ics.contains("\r\nDTSTART:20261208T031500Z\r\n"));
        assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20261208\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }
}
