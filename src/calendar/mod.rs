//! iCalendar output. TEXT values are escaped here, in one place (RFC 5545 §3.3.11), and lines
//! are folded at 75 octets; times are UTC.

use chrono::{DateTime, Duration, Utc};

use crate::entities::event;

/// Escapes a TEXT value: backslash, semicolon, comma and newlines.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
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
    out
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A one-event calendar for an event (all-day dates), as attached to a registration.
pub fn event_ics(e: &event::Model, location: &str, url: &str, domain: &str, now: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Convene//Events//EN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:event-{}@{domain}", e.id),
        format!("DTSTAMP:{}", utc(now)),
        format!("SEQUENCE:{}", e.revision),
        format!("DTSTART;VALUE=DATE:{}", e.start_date.format("%Y%m%d")),
        format!("DTEND;VALUE=DATE:{}", (e.end_date + Duration::days(1)).format("%Y%m%d")),
        format!("SUMMARY:{}", escape_text(&e.title)),
        format!("LOCATION:{}", escape_text(location)),
        format!("URL:{url}"),
        format!("DESCRIPTION:{}", escape_text(&e.description)),
    ];
    if e.status == "cancelled" {
        lines.push("STATUS:CANCELLED".to_owned());
    }
    lines.push("END:VEVENT".to_owned());
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_lines_folded() {
        assert_eq!(escape_text("a;b,c\\d\nx"), "a\\;b\\,c\\\\d\\nx");
        let folded = fold(&format!("SUMMARY:{}", "é".repeat(60)));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), format!("SUMMARY:{}\r\n", "é".repeat(60)));
    }
}
