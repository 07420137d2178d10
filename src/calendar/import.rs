//! Import of sessions from an iCalendar file exported by another tool, parsed with the `ical`
//! crate. The preview lists the sessions it would create and every entry it leaves out with
//! the reason; confirming creates the good ones in one transaction. Times given in UTC, with
//! a TZID, or floating (read in the event's time zone) are all placed in UTC; a local time
//! skipped by a clock change is refused, an ambiguous one takes its first occurrence (the
//! same rule as the session form).

use std::io::BufReader;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone as _, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::db::Db;
use crate::domain::{EventStatus, SessionKind, TimeRange};
use crate::entities::{event, event_session};
use crate::error::{Error, Msg, Result};
use crate::events::rooms::{Held, Holder};

/// Largest number of entries one file may hold.
pub const MAX_ENTRIES: usize = 2_000;
const TITLE_MAX: usize = 300;
const ROOM_MAX: usize = 120;

/// A session the import would create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedSession {
    /// Position of its VEVENT in the file (from 1).
    pub entry: usize,
    /// Title (SUMMARY).
    pub title: String,
    /// Kind (our own `X-CONVENE-KIND`, or plenary).
    pub kind: SessionKind,
    /// When, UTC.
    pub when: TimeRange,
    /// Room (`X-CONVENE-ROOM`, or LOCATION).
    pub room: Option<String>,
}

/// An entry left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Position of its VEVENT in the file (from 1); 0 for the file as a whole.
    pub entry: usize,
    /// Its SUMMARY, if any, so the organiser recognises it.
    pub summary: String,
    /// What is wrong.
    pub message: Msg,
}

/// What an import would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preview {
    /// Sessions to create, in time order.
    pub sessions: Vec<PlannedSession>,
    /// Entries left out.
    pub problems: Vec<Problem>,
}

fn file_problem(key: &'static str) -> Preview {
    Preview {
        sessions: Vec::new(),
        problems: vec![Problem { entry: 0, summary: String::new(), message: Msg::new(key) }],
    }
}

/// One property: its parameters and raw value, as the parser gives them.
struct Prop<'a> {
    params: Vec<(&'a str, &'a str)>,
    value: &'a str,
}

fn prop<'a>(props: &'a [ical::property::Property], name: &str) -> Option<Prop<'a>> {
    props.iter().find(|p| p.name.eq_ignore_ascii_case(name)).map(|p| Prop {
        params: p
            .params
            .iter()
            .flatten()
            .map(|(k, v)| (k.as_str(), v.first().map(String::as_str).unwrap_or("")))
            .collect(),
        value: p.value.as_deref().unwrap_or(""),
    })
}

impl Prop<'_> {
    fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim_matches('"'))
    }
}

/// Undoes TEXT escaping (the parser returns raw values).
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A point in time from a DATE-TIME property, or why not.
enum When {
    At(DateTime<Utc>),
    AllDay,
}

fn instant(p: &Prop<'_>, event_tz: chrono_tz::Tz) -> std::result::Result<When, Msg> {
    let value = p.value.trim();
    if p.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")) || value.len() == 8 {
        return NaiveDate::parse_from_str(value, "%Y%m%d").map(|_| When::AllDay).map_err(|_| bad_time(value));
    }
    if let Some(utc) = value.strip_suffix('Z') {
        let naive = NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S").map_err(|_| bad_time(value))?;
        return Ok(When::At(Utc.from_utc_datetime(&naive)));
    }
    let naive = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").map_err(|_| bad_time(value))?;
    let tz = match p.param("TZID") {
        Some(id) => id.parse::<chrono_tz::Tz>().map_err(|_| Msg::new("cal-import-unknown-zone").arg("zone", id))?,
        None => event_tz,
    };
    tz.from_local_datetime(&naive).earliest().map(|t| When::At(t.with_timezone(&Utc))).ok_or_else(|| {
        Msg::new("cal-import-time-gap").arg("time", naive.format("%Y-%m-%d %H:%M")).arg("zone", tz.name())
    })
}

fn bad_time(value: &str) -> Msg {
    Msg::new("cal-import-bad-time").arg("value", value)
}

/// A DURATION value such as `PT1H30M` or `P1D` (weeks, days, hours, minutes, seconds).
fn duration(value: &str) -> Option<Duration> {
    let rest = value.trim().strip_prefix('+').unwrap_or(value.trim()).strip_prefix('P')?;
    let (mut total, mut number, mut in_time) = (Duration::zero(), String::new(), false);
    for c in rest.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' => number.push(c),
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                total += match (unit, in_time) {
                    ('W', false) => Duration::weeks(n),
                    ('D', false) => Duration::days(n),
                    ('H', true) => Duration::hours(n),
                    ('M', true) => Duration::minutes(n),
                    ('S', true) => Duration::seconds(n),
                    _ => return None,
                };
            }
        }
    }
    number.is_empty().then_some(total)
}

/// Reads one VEVENT into a session, or the reason it is left out.
fn read_entry(
    entry: usize,
    props: &[ical::property::Property],
    e: &event::Model,
    tz: chrono_tz::Tz,
) -> std::result::Result<PlannedSession, Problem> {
    let summary = prop(props, "SUMMARY").map(|p| unescape(p.value).trim().to_owned()).unwrap_or_default();
    let fail = |message: Msg| Problem { entry, summary: summary.clone(), message };
    if summary.is_empty() {
        return Err(fail(Msg::new("cal-import-no-summary")));
    }
    if summary.chars().count() > TITLE_MAX {
        return Err(fail(Msg::new("cal-import-title-long").arg("max", TITLE_MAX)));
    }
    if prop(props, "RRULE").is_some() || prop(props, "RDATE").is_some() {
        return Err(fail(Msg::new("cal-import-repeating")));
    }
    if prop(props, "STATUS").is_some_and(|p| p.value.eq_ignore_ascii_case("CANCELLED")) {
        return Err(fail(Msg::new("cal-import-cancelled")));
    }
    let start = prop(props, "DTSTART").ok_or_else(|| fail(Msg::new("cal-import-no-start")))?;
    let starts_at = match instant(&start, tz).map_err(&fail)? {
        When::AllDay => return Err(fail(Msg::new("cal-import-all-day"))),
        When::At(t) => t,
    };
    let ends_at = match (prop(props, "DTEND"), prop(props, "DURATION")) {
        (Some(end), _) => match instant(&end, tz).map_err(&fail)? {
            When::AllDay => return Err(fail(Msg::new("cal-import-all-day"))),
            When::At(t) => t,
        },
        (None, Some(d)) => {
            starts_at
                + duration(d.value).ok_or_else(|| fail(Msg::new("cal-import-bad-duration").arg("value", d.value)))?
        }
        (None, None) => return Err(fail(Msg::new("cal-import-no-end"))),
    };
    let when = TimeRange::new(starts_at, ends_at).ok_or_else(|| fail(Msg::new("cal-import-end-before-start")))?;
    let (first, last) = (starts_at.with_timezone(&tz).date_naive(), ends_at.with_timezone(&tz).date_naive());
    if first < e.start_date || first > e.end_date {
        return Err(fail(Msg::new("cal-import-outside").arg("date", first)));
    }
    // Sessions end on the day they start in the event's time zone (as in the session form);
    // an end at midnight still belongs to that day.
    if last != first && ends_at.with_timezone(&tz).time() != chrono::NaiveTime::MIN {
        return Err(fail(Msg::new("cal-import-several-days")));
    }
    let ours = prop(props, "X-CONVENE-KIND");
    let kind = ours.as_ref().and_then(|p| p.value.parse::<SessionKind>().ok()).unwrap_or(SessionKind::Plenary);
    // Our own files put the whole address in LOCATION and the room apart; other tools' LOCATION
    // is usually the room.
    let room = prop(props, "X-CONVENE-ROOM")
        .or_else(|| if ours.is_some() { None } else { prop(props, "LOCATION") })
        .map(|p| unescape(p.value).trim().chars().take(ROOM_MAX).collect::<String>())
        .filter(|r| !r.is_empty());
    Ok(PlannedSession { entry, title: summary, kind, when, room })
}

/// Leaves out the sessions that would double-book a room: against what already holds rooms of
/// the event (`held`: sessions and approved side events) and the file's earlier sessions (rooms
/// compared without case, as everywhere else).
fn keep_rooms_free(preview: &mut Preview, held: &[Held]) {
    let mut taken = held.to_vec();
    let mut kept = Vec::with_capacity(preview.sessions.len());
    for s in std::mem::take(&mut preview.sessions) {
        let Some(room) = s.room.clone() else {
            kept.push(s);
            continue;
        };
        match taken.iter().find(|h| h.clashes(&room, s.when.start(), s.when.end())) {
            Some(other) => preview.problems.push(Problem {
                entry: s.entry,
                summary: s.title.clone(),
                message: Msg::new("cal-import-room-taken").arg("title", other.holder.title.clone()),
            }),
            None => {
                let holder = Holder { title: s.title.clone(), starts_at: s.when.start(), ends_at: s.when.end() };
                taken.push(Held { room, holder });
                kept.push(s);
            }
        }
    }
    preview.sessions = kept;
    preview.problems.sort_by_key(|p| p.entry);
}

/// Reads a file and says what importing it into `e`, whose rooms are `held` as listed, would
/// do; saves nothing.
pub fn preview(text: &str, e: &event::Model, held: &[Held]) -> Preview {
    let Ok(tz) = e.time_zone.parse::<chrono_tz::Tz>() else {
        return file_problem("cal-import-event-zone");
    };
    if !text.trim_start().starts_with("BEGIN:VCALENDAR") {
        return file_problem("cal-import-not-calendar");
    }
    let mut preview = Preview::default();
    let mut entry = 0;
    for calendar in ical::IcalParser::new(BufReader::new(text.as_bytes())) {
        let Ok(calendar) = calendar else {
            return file_problem("cal-import-not-calendar");
        };
        for vevent in calendar.events {
            entry += 1;
            if entry > MAX_ENTRIES {
                preview.problems.push(Problem {
                    entry: 0,
                    summary: String::new(),
                    message: Msg::new("cal-import-too-many").arg("max", MAX_ENTRIES),
                });
                return preview;
            }
            match read_entry(entry, &vevent.properties, e, tz) {
                Ok(s) => preview.sessions.push(s),
                Err(p) => preview.problems.push(p),
            }
        }
    }
    if entry == 0 {
        return file_problem("cal-import-empty");
    }
    preview.sessions.sort_by_key(|s| (s.when.start(), s.entry));
    keep_rooms_free(&mut preview, held);
    preview
}

/// Creates the good sessions of the file in one transaction; the event's revision moves once.
/// Returns how many were created.
pub async fn confirm(db: &Db, staff: &StaffUser, event_id: i32, text: &str, now: DateTime<Utc>) -> Result<usize> {
    let txn = db.write.begin().await?;
    let e = crate::events::rules::managed_event(&txn, staff, event_id).await?;
    if e.status == EventStatus::Cancelled {
        return Err(Error::Conflict(Msg::new("err-event-cancelled")));
    }
    crate::events::rooms::lock_schedule(&txn, event_id).await?;
    let held = crate::events::rooms::held(&txn, event_id).await?;
    let planned = preview(text, &e, &held).sessions;
    if planned.is_empty() {
        return Err(crate::error::FieldErrors::single("ics", Msg::new("cal-import-nothing")));
    }
    let rows: Vec<event_session::ActiveModel> = planned
        .iter()
        .map(|s| event_session::ActiveModel {
            event_id: Set(event_id),
            title: Set(s.title.clone()),
            kind: Set(s.kind),
            starts_at: Set(s.when.start()),
            ends_at: Set(s.when.end()),
            room: Set(s.room.clone()),
            ..Default::default()
        })
        .collect();
    for chunk in rows.chunks(500) {
        event_session::Entity::insert_many(chunk.to_vec()).exec_without_returning(&txn).await?;
    }
    event::Entity::update_many()
        .col_expr(event::Column::Revision, Expr::col(event::Column::Revision).add(1))
        .col_expr(event::Column::UpdatedAt, Expr::value(now))
        .filter(event::Column::Id.eq(event_id))
        .exec(&txn)
        .await?;
    #[derive(serde::Serialize)]
    struct Imported {
        sessions: usize,
    }
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("session.import", "event", event_id, None, Some(&Imported { sessions: planned.len() })),
    )
    .await?;
    txn.commit().await?;
    Ok(planned.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_and_bad_ones_are_refused() {
        assert_eq!(duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(duration("P1DT2H"), Some(Duration::hours(26)));
        assert_eq!(duration("P1W"), Some(Duration::weeks(1)));
        assert_eq!(duration("PT"), Some(Duration::zero()));
        assert_eq!(duration("1H"), None);
        assert_eq!(duration("PT5"), None);
        assert_eq!(duration("P1H"), None);
    }

    #[test]
    fn text_values_are_unescaped() {
        assert_eq!(unescape("a\\, b\\; c\\\\d\\ne"), "a, b; c\\d\ne");
    }
}
