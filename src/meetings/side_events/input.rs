//! The forms of side events — the public request, the secretariat's approval and decline —
//! parsed into the rules' inputs; the API's bodies go through the same parsers.

use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;

use crate::domain::{Email, checkbox, long_text, optional_text, parse_date, parse_time, required_text};
use crate::error::{FieldErrors, Msg};

/// Longest title of a side event.
pub const MAX_TITLE: usize = 200;
/// Longest list of organisers or co-sponsors.
pub const MAX_ORGANISERS: usize = 500;
/// Longest contact name.
pub const MAX_NAME: usize = 200;
/// Longest room name (as for sessions).
pub const MAX_ROOM: usize = 120;
/// Longest reason of a decline.
pub const MAX_REASON: usize = 1000;
/// Largest expected audience.
pub const MAX_AUDIENCE: i32 = 5000;
/// How many preferred slots a request may give.
pub const SLOTS: usize = 3;

/// The fields of each preferred slot: (date, start, end).
const SLOT_FIELDS: [(&str, &str, &str); SLOTS] = [
    ("slot1_date", "slot1_start", "slot1_end"),
    ("slot2_date", "slot2_start", "slot2_end"),
    ("slot3_date", "slot3_start", "slot3_end"),
];

/// A day and a time span on it, in the meeting's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalSlot {
    /// The day.
    pub date: NaiveDate,
    /// The start, local time.
    pub start: NaiveTime,
    /// The end, local time, after the start.
    pub end: NaiveTime,
}

/// A side event as requested.
#[derive(Debug, Clone)]
pub struct RequestInput {
    /// Its title.
    pub title: String,
    /// The organisers, as written.
    pub organisers: String,
    /// The co-sponsors, as written; empty for none.
    pub co_sponsors: String,
    /// The contact's name.
    pub contact_name: String,
    /// The contact's address: the confirmation link and the decision go there.
    pub contact_email: Email,
    /// How many people are expected.
    pub expected_audience: i32,
    /// Whether interpretation is needed.
    pub interpretation: bool,
    /// Whether a webcast is needed.
    pub webcast: bool,
    /// One to three preferred slots, in the order given.
    pub slots: Vec<LocalSlot>,
}

/// The public request form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    pub title: String,
    pub organisers: String,
    pub co_sponsors: String,
    pub contact_name: String,
    pub contact_email: String,
    pub expected_audience: String,
    pub interpretation: Option<String>,
    pub webcast: Option<String>,
    pub slot1_date: String,
    pub slot1_start: String,
    pub slot1_end: String,
    pub slot2_date: String,
    pub slot2_start: String,
    pub slot2_end: String,
    pub slot3_date: String,
    pub slot3_start: String,
    pub slot3_end: String,
}

/// One slot's three fields; all empty means no slot, else each must be right.
fn slot(
    e: &mut FieldErrors,
    (fd, fs, fe): (&'static str, &'static str, &'static str),
    raw: [&str; 3],
) -> Option<LocalSlot> {
    if raw.iter().all(|v| v.trim().is_empty()) {
        return None;
    }
    let date = parse_date(raw[0]).map_err(|m| e.add(fd, m)).ok();
    let start = parse_time(raw[1]).map_err(|m| e.add(fs, m)).ok();
    let end = parse_time(raw[2]).map_err(|m| e.add(fe, m)).ok();
    let (date, start, end) = (date?, start?, end?);
    if end <= start {
        e.add(fe, Msg::new("err-session-end-before-start"));
        return None;
    }
    Some(LocalSlot { date, start, end })
}

/// The expected audience: a whole number from 1 to [`MAX_AUDIENCE`].
fn audience(e: &mut FieldErrors, raw: &str) -> i32 {
    match raw.trim().parse::<i32>() {
        Ok(n) if (1..=MAX_AUDIENCE).contains(&n) => n,
        _ if raw.trim().is_empty() => {
            e.add("expected_audience", Msg::new("err-required"));
            0
        }
        _ => {
            e.add("expected_audience", Msg::new("meet-err-audience").arg("max", MAX_AUDIENCE));
            0
        }
    }
}

impl RequestForm {
    /// Parses the form, every field's problem at once. The slots' fit with the meeting's
    /// dates is the rule's to check.
    pub fn parse(&self) -> Result<RequestInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = required_text(&mut e, "title", &self.title, MAX_TITLE);
        let organisers = required_text(&mut e, "organisers", &self.organisers, MAX_ORGANISERS);
        let co_sponsors = optional_text(&mut e, "co_sponsors", &self.co_sponsors, MAX_ORGANISERS).unwrap_or_default();
        let contact_name = required_text(&mut e, "contact_name", &self.contact_name, MAX_NAME);
        let contact_email = Email::parse(&self.contact_email).map_err(|m| e.add("contact_email", m)).ok();
        let expected_audience = audience(&mut e, &self.expected_audience);
        let raw = [
            [self.slot1_date.as_str(), &self.slot1_start, &self.slot1_end],
            [&self.slot2_date, &self.slot2_start, &self.slot2_end],
            [&self.slot3_date, &self.slot3_start, &self.slot3_end],
        ];
        let slots: Vec<LocalSlot> = SLOT_FIELDS.iter().zip(raw).filter_map(|(f, r)| slot(&mut e, *f, r)).collect();
        if slots.is_empty() && e.get(SLOT_FIELDS[0].0).is_none() && e.get(SLOT_FIELDS[0].2).is_none() {
            e.add("slot1_date", Msg::new("meet-err-slot-needed"));
        }
        match contact_email {
            Some(contact_email) if e.is_empty() => Ok(RequestInput {
                title,
                organisers,
                co_sponsors,
                contact_name,
                contact_email,
                expected_audience,
                interpretation: checkbox(self.interpretation.as_deref()),
                webcast: checkbox(self.webcast.as_deref()),
                slots,
            }),
            _ => Err(e),
        }
    }
}

/// The field of the date of preferred slot `index` (0 first), for a rule's error.
pub fn slot_date_field(index: usize) -> &'static str {
    SLOT_FIELDS[index.min(SLOTS - 1)].0
}

/// When an approved side event takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// One of the request's preferred slots (0 first).
    Preferred(usize),
    /// Another day and time, local.
    Other(LocalSlot),
}

/// The secretariat's allocation: a room and a time.
#[derive(Debug, Clone)]
pub struct Allocation {
    /// The room, as the meeting's sessions name rooms.
    pub room: String,
    /// When.
    pub when: When,
}

/// The approval form: a room, and a preferred slot or another day and time.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ApproveForm {
    pub room: String,
    /// `1`, `2` or `3` for a preferred slot; `other` (or empty) for the fields below.
    pub slot: String,
    pub date: String,
    pub start_time: String,
    pub end_time: String,
}

impl ApproveForm {
    /// Parses the form.
    pub fn parse(&self) -> Result<Allocation, FieldErrors> {
        let mut e = FieldErrors::new();
        let room = required_text(&mut e, "room", &self.room, MAX_ROOM);
        let when = match self.slot.trim() {
            "1" => Some(When::Preferred(0)),
            "2" => Some(When::Preferred(1)),
            "3" => Some(When::Preferred(2)),
            "" | "other" => {
                let date = parse_date(&self.date).map_err(|m| e.add("date", m)).ok();
                let start = parse_time(&self.start_time).map_err(|m| e.add("start_time", m)).ok();
                let end = parse_time(&self.end_time).map_err(|m| e.add("end_time", m)).ok();
                match (date, start, end) {
                    (Some(date), Some(start), Some(end)) if end > start => {
                        Some(When::Other(LocalSlot { date, start, end }))
                    }
                    (Some(_), Some(_), Some(_)) => {
                        e.add("end_time", Msg::new("err-session-end-before-start"));
                        None
                    }
                    _ => None,
                }
            }
            _ => {
                e.add("slot", Msg::new("err-choice"));
                None
            }
        };
        match when {
            Some(when) if e.is_empty() => Ok(Allocation { room, when }),
            _ => Err(e),
        }
    }
}

/// The decline form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DeclineForm {
    /// Why, as the requester will read it.
    pub reason: String,
}

impl DeclineForm {
    /// Parses the form: a reason is required.
    pub fn parse(&self) -> Result<String, FieldErrors> {
        let mut e = FieldErrors::new();
        let reason = long_text(&mut e, "reason", &self.reason, MAX_REASON);
        if reason.is_empty() && e.is_empty() {
            e.add("reason", Msg::new("err-required"));
        }
        if e.is_empty() { Ok(reason) } else { Err(e) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> RequestForm {
        RequestForm {
            title: "Universalization of the BWC".into(),
            organisers: "Permanent Mission of Ghana".into(),
            contact_name: "Ama Mensah".into(),
            contact_email: "ama@example.org".into(),
            expected_audience: "40".into(),
            slot1_date: "2026-12-08".into(),
            slot1_start: "13:15".into(),
            slot1_end: "14:45".into(),
            ..RequestForm::default()
        }
    }

    #[test]
    fn a_good_request_parses() {
        let input = form().parse().unwrap();
        assert_eq!(input.slots.len(), 1);
        assert_eq!(input.contact_email.as_str(), "ama@example.org");
        assert!(!input.webcast);
    }

    #[test]
    fn bad_requests_name_their_fields() {
        let bad = RequestForm {
            title: " ".into(),
            contact_email: "not an email".into(),
            expected_audience: "0".into(),
            slot1_end: "12:00".into(),
            slot2_date: "2026-12-09".into(),
            ..form()
        };
        let e = bad.parse().unwrap_err();
        for field in ["title", "contact_email", "expected_audience", "slot1_end", "slot2_start", "slot2_end"] {
            assert!(e.get(field).is_some(), "{field}");
        }
        let none =
            RequestForm { slot1_date: String::new(), slot1_start: String::new(), slot1_end: String::new(), ..form() };
        assert!(none.parse().unwrap_err().get("slot1_date").is_some());
    }

    #[test]
    fn approvals_and_declines_parse() {
        let a = ApproveForm { room: "Room XVIII".into(), slot: "2".into(), ..ApproveForm::default() };
        assert_eq!(a.parse().unwrap().when, When::Preferred(1));
        let bad = ApproveForm { room: String::new(), slot: "9".into(), ..ApproveForm::default() };
        let e = bad.parse().unwrap_err();
        assert!(e.get("room").is_some() && e.get("slot").is_some());
        let backwards = ApproveForm {
            room: "R".into(),
            date: "2026-12-08".into(),
            start_time: "14:00".into(),
            end_time: "13:00".into(),
            ..ApproveForm::default()
        };
        assert!(backwards.parse().unwrap_err().get("end_time").is_some());
        assert!(DeclineForm { reason: "  ".into() }.parse().unwrap_err().get("reason").is_some());
        assert_eq!(DeclineForm { reason: "No room left".into() }.parse().unwrap(), "No room left");
    }
}
