//! An independent check of the calendar files Convene writes: parsed back with the
//! `icalendar` crate (neither our writer nor the `ical` crate the app uses), so a file that
//! only our own code can read fails here.
//!
//! Checks: CRLF line ends and lines of at most 75 octets; VERSION and PRODID on the calendar;
//! UID, DTSTAMP and DTSTART on every VEVENT; every DATE-TIME in UTC (no floating time, no
//! TZID: the files carry no VTIMEZONE); DTEND after DTSTART. Returns a summary to compare:
//! `{"method", "events": [{"uid", "summary", "status", "sequence", "location",
//! "description", "dtstart", "dtend", "dtstamp"}]}` with times as `YYYYMMDDTHHMMSSZ` and
//! dates as `YYYYMMDD`.

use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, Event, EventLike};
use serde_json::{Map, Value, json};

/// Problems with the lines themselves (RFC 5545 §3.1), before any parsing.
fn line_problems(raw: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if !raw.ends_with("\r\n") {
        problems.push("the file does not end with CRLF".to_owned());
    }
    for (n, line) in raw.split("\r\n").enumerate() {
        if line.contains(['\r', '\n']) {
            problems.push(format!("line {}: bare LF or CR", n + 1));
        }
        if line.len() > 75 {
            problems.push(format!("line {}: {} octets", n + 1, line.len()));
        }
    }
    problems
}

/// A DATE or UTC DATE-TIME property as compared by the tests; a problem otherwise.
fn instant(event: &Event, name: &str, uid: &str) -> Result<Option<String>, String> {
    let Some(property) = event.properties().get(name) else { return Ok(None) };
    if property.params().contains_key("TZID") {
        return Err(format!("{name} of {uid} names a TZID, and the file has no VTIMEZONE"));
    }
    match DatePerhapsTime::from_property(property) {
        Some(DatePerhapsTime::Date(d)) => Ok(Some(d.format("%Y%m%d").to_string())),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(t))) => Ok(Some(t.format("%Y%m%dT%H%M%SZ").to_string())),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(_))) => {
            Err(format!("{name} of {uid} is a floating time"))
        }
        Some(DatePerhapsTime::DateTime(other)) => Err(format!("{name} of {uid} is not in UTC: {other:?}")),
        None => Err(format!("{name} of {uid} is not a date or time: {}", property.value())),
    }
}

/// One VEVENT's summary, adding what is wrong with it to `problems`.
fn event_summary(event: &Event, problems: &mut Vec<String>) -> Value {
    let uid = event.get_uid().unwrap_or("(no UID)").to_owned();
    for required in ["UID", "DTSTAMP", "DTSTART"] {
        if !event.properties().contains_key(required) {
            problems.push(format!("VEVENT {uid} lacks {required}"));
        }
    }
    let mut out = Map::new();
    out.insert("uid".into(), json!(uid));
    out.insert("summary".into(), json!(event.get_summary().unwrap_or("")));
    out.insert("status".into(), json!(event.property_value("STATUS").unwrap_or("")));
    out.insert("sequence".into(), json!(event.get_sequence().unwrap_or(0)));
    out.insert("location".into(), json!(event.get_location().unwrap_or("")));
    out.insert("description".into(), json!(event.get_description().unwrap_or("")));
    for name in ["DTSTART", "DTEND", "DTSTAMP"] {
        match instant(event, name, &uid) {
            Ok(Some(value)) => {
                out.insert(name.to_lowercase(), json!(value));
            }
            Ok(None) => {}
            Err(problem) => problems.push(problem),
        }
    }
    // Both are DATEs or both UTC DATE-TIMEs of the same form, so text order is time order.
    if let (Some(start), Some(end)) = (out.get("dtstart"), out.get("dtend"))
        && end.as_str() <= start.as_str()
    {
        problems.push(format!("{uid}: DTEND is not after DTSTART"));
    }
    Value::Object(out)
}

/// Validates `ics`; panics with every reason (and the file) when it is refused.
pub fn validate(ics: &str) -> Value {
    let mut problems = line_problems(ics);
    let calendar: Calendar = match ics.parse() {
        Ok(c) => c,
        Err(e) => panic!("the icalendar crate cannot parse the file: {e}\n{ics}"),
    };
    for required in ["VERSION", "PRODID"] {
        if calendar.property_value(required).is_none() {
            problems.push(format!("VCALENDAR lacks {required}"));
        }
    }
    let events: Vec<Value> = calendar.events().map(|e| event_summary(e, &mut problems)).collect();
    assert!(problems.is_empty(), "the validator refused the file:\n{}\n{ics}", problems.join("\n"));
    json!({ "method": calendar.property_value("METHOD").unwrap_or(""), "events": events })
}

#[test]
fn the_validator_refuses_what_it_should() {
    let good = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:event-1@x\r\n\
                DTSTAMP:20261127T100000Z\r\nDTSTART:20261208T031500Z\r\nDTEND:20261208T044500Z\r\n\
                SUMMARY:Opening\\, welcome\\; remarks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let summary = validate(good);
    assert_eq!(summary["events"][0]["summary"], "Opening, welcome; remarks");
    assert_eq!(summary["events"][0]["dtstart"], "20261208T031500Z");
    let refused = |ics: String| std::panic::catch_unwind(|| validate(&ics)).is_err();
    assert!(refused(good.replace("\r\n", "\n")), "bare LF");
    assert!(refused(good.replace("SUMMARY:Opening", &format!("SUMMARY:{}", "x".repeat(80)))), "an unfolded line");
    assert!(refused(good.replace("DTSTART:20261208T031500Z", "DTSTART:20261208T031500")), "floating time");
    assert!(refused(good.replace("DTSTART:", "DTSTART;TZID=Asia/Kathmandu:")), "TZID without VTIMEZONE");
    assert!(refused(good.replace("DTEND:20261208T044500Z", "DTEND:20261208T021500Z")), "DTEND before DTSTART");
    assert!(refused(good.replace("DTSTAMP:20261127T100000Z\r\n", "")), "no DTSTAMP");
    assert!(refused(good.replace("PRODID:-//test//EN\r\n", "")), "no PRODID");
}
