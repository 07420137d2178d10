//! Calendars of the office's events, written with [`super::emit`]: an event is one all-day
//! VEVENT over its dates (`VALUE=DATE`, transparent, so it does not block the days) and each
//! session is a VEVENT with its start and end in UTC, converted from the event's time zone
//! when the session was saved. UIDs are `event-{id}@{domain}` and `session-{id}@{domain}`,
//! stable for ever; SEQUENCE is the event's revision, which moves with every change a
//! participant sees.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};

use super::emit::{Method, Writer, param_value};
use crate::domain::EventStatus;
use crate::entities::{event, event_session};
use crate::events::content::{self, Text};
use crate::i18n::Lang;
use crate::reference::Reference;

/// Who publishes the calendars: the links' base, the UIDs' domain and the ORGANIZER.
#[derive(Debug, Clone)]
pub struct Publisher {
    /// Base of the links (`URL`), e.g. `https://convene.example.org`.
    pub base_url: String,
    /// Right-hand side of the UIDs.
    pub domain: String,
    /// The organiser's display name (the sender of the office's emails).
    pub organiser_name: String,
    /// The organiser's address.
    pub organiser_email: String,
}

impl Publisher {
    /// The publisher for a sender mailbox such as `Convene <no-reply@example.org>`.
    pub fn new(base_url: String, domain: String, from: &str) -> Self {
        let (name, email) = match from.parse::<lettre::message::Mailbox>() {
            Ok(m) => (m.name.unwrap_or_else(|| "Convene".into()), m.email.to_string()),
            Err(_) => ("Convene".to_owned(), format!("no-reply@{domain}")),
        };
        Publisher { base_url, domain, organiser_name: name, organiser_email: email }
    }

    /// UID of an event's all-day entry.
    pub fn event_uid(&self, event_id: i32) -> String {
        format!("event-{event_id}@{}", self.domain)
    }

    /// UID of a session's entry.
    pub fn session_uid(&self, session_id: i32) -> String {
        format!("session-{session_id}@{}", self.domain)
    }

    /// The public page of an event.
    pub fn event_url(&self, event_id: i32) -> String {
        format!("{}/events/{event_id}", self.base_url)
    }
}

/// The person a calendar entry is addressed to (emails only).
#[derive(Debug, Clone, Copy)]
pub struct Attendee<'a> {
    /// Full name.
    pub name: &'a str,
    /// Email address.
    pub email: &'a str,
}

/// A session that is no longer in the schedule, announced as cancelled in an update.
#[derive(Debug, Clone)]
pub struct RemovedSession {
    /// Its id (for the UID).
    pub id: i32,
    /// Its title.
    pub title: String,
    /// Former start.
    pub starts_at: DateTime<Utc>,
    /// Former end.
    pub ends_at: DateTime<Utc>,
}

/// "Venue, City, Country" of an event, the venue in `lang` where the event has it.
pub fn place(e: &event::Model, reference: &Reference, lang: Lang) -> String {
    let venue = content::venue(e, lang).map(|v| v.text);
    let mut parts: Vec<&str> = Vec::with_capacity(3);
    if let Some(v) = venue.as_deref().filter(|v| !v.is_empty()) {
        parts.push(v);
    }
    parts.push(&e.city);
    if let Some(c) = &e.country_iso3 {
        parts.push(reference.country_name(c));
    }
    parts.join(", ")
}

/// Everything one event contributes to a calendar.
#[derive(Debug, Clone, Copy)]
pub struct EventEntries<'a> {
    /// The event.
    pub event: &'a event::Model,
    /// Its sessions.
    pub sessions: &'a [event_session::Model],
    /// Sessions removed since the participant's last notice (updates only).
    pub removed: &'a [RemovedSession],
    /// Its place, from [`place`].
    pub place: &'a str,
    /// The reader's language: titles and description in it where the event has them.
    pub lang: Lang,
    /// Whether the sessions' remote links are written: only in a confirmed participant's own
    /// entries, never in a public download or feed.
    pub remote_links: bool,
}

/// A TEXT property with the language its value is written in (RFC 5545 `LANGUAGE`).
fn text_in(w: &mut Writer, name: &str, text: &Text) {
    w.text(&format!("{name};LANGUAGE={}", text.lang.code()), &text.text);
}

fn common(w: &mut Writer, p: &Publisher, uid: &str, sequence: i32, now: DateTime<Utc>, who: Option<Attendee<'_>>) {
    w.raw("UID", uid);
    w.utc("DTSTAMP", now);
    w.raw("SEQUENCE", &sequence.max(0).to_string());
    w.raw(&format!("ORGANIZER;CN={}", param_value(&p.organiser_name)), &format!("mailto:{}", p.organiser_email));
    if let Some(a) = who {
        w.raw(
            &format!("ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE", param_value(a.name)),
            &format!("mailto:{}", a.email),
        );
    }
}

/// Writes the VEVENTs of one event: its all-day entry, then each session. With
/// `cancel`, every entry is marked cancelled (METHOD:CANCEL, or a cancelled event in a feed).
pub fn write_event(
    w: &mut Writer,
    p: &Publisher,
    entries: EventEntries<'_>,
    sequence: i32,
    who: Option<Attendee<'_>>,
    cancel: bool,
    now: DateTime<Utc>,
) {
    let e = entries.event;
    let title = content::title(e, entries.lang);
    let cancelled = cancel || e.status == EventStatus::Cancelled;
    let status = if cancelled {
        "CANCELLED"
    } else if e.status == EventStatus::Draft {
        "TENTATIVE"
    } else {
        "CONFIRMED"
    };
    let url = p.event_url(e.id);
    let event_uid = p.event_uid(e.id);

    w.raw("BEGIN", "VEVENT");
    common(w, p, &event_uid, sequence, now, who);
    w.date("DTSTART", e.start_date);
    // DTEND of an all-day entry is exclusive: the day after the last day.
    w.date("DTEND", e.end_date + Duration::days(1));
    text_in(w, "SUMMARY", &title);
    w.text("LOCATION", entries.place);
    w.raw("URL", &url);
    text_in(w, "DESCRIPTION", &content::description(e, entries.lang));
    w.raw("STATUS", status);
    w.raw("TRANSP", "TRANSPARENT");
    w.raw("END", "VEVENT");

    for s in entries.sessions {
        w.raw("BEGIN", "VEVENT");
        common(w, p, &p.session_uid(s.id), sequence, now, who);
        w.utc("DTSTART", s.starts_at);
        w.utc("DTEND", s.ends_at);
        text_in(w, "SUMMARY", &content::session_title(e, s, entries.lang));
        match s.room.as_deref().filter(|r| !r.is_empty()) {
            Some(room) => {
                w.text("LOCATION", &format!("{room}, {}", entries.place));
                w.text("X-CONVENE-ROOM", room);
            }
            None => w.text("LOCATION", entries.place),
        }
        match s.remote_url.as_deref().filter(|_| entries.remote_links) {
            Some(remote) => {
                // Clients show URL as the entry's link and RFC 7986 CONFERENCE as "join".
                w.raw("URL", remote);
                w.raw("CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO", remote);
                let text = format!("{}\n{url}\n{remote}", title.text);
                text_in(w, "DESCRIPTION", &Text { text, lang: title.lang });
            }
            None => {
                w.raw("URL", &url);
                text_in(w, "DESCRIPTION", &Text { text: format!("{}\n{url}", title.text), lang: title.lang });
            }
        }
        w.text("X-CONVENE-KIND", s.kind.as_str());
        w.raw("RELATED-TO", &event_uid);
        w.raw("STATUS", status);
        w.raw("END", "VEVENT");
    }

    for s in entries.removed {
        w.raw("BEGIN", "VEVENT");
        common(w, p, &p.session_uid(s.id), sequence, now, who);
        w.utc("DTSTART", s.starts_at);
        w.utc("DTEND", s.ends_at);
        w.text("SUMMARY", &s.title);
        w.raw("URL", &url);
        w.raw("STATUS", "CANCELLED");
        w.raw("END", "VEVENT");
    }
}

/// One event as a calendar file: downloads (PUBLISH), emails (REQUEST, addressed to the
/// participant) and cancellations (CANCEL).
pub fn event_calendar(
    p: &Publisher,
    entries: EventEntries<'_>,
    method: Method,
    sequence: i32,
    who: Option<Attendee<'_>>,
    now: DateTime<Utc>,
) -> String {
    let mut w = Writer::new(method, None);
    write_event(&mut w, p, entries, sequence, who, method == Method::Cancel, now);
    w.finish()
}

/// A subscribable feed of many events with their sessions; the sessions' remote links only for
/// the events in `remote_links` (a person's confirmed registrations, in their private feed).
pub fn feed(
    p: &Publisher,
    name: &str,
    events: &[event::Model],
    sessions: &HashMap<i32, Vec<event_session::Model>>,
    remote_links: &HashSet<i32>,
    reference: &Reference,
    now: DateTime<Utc>,
) -> String {
    let mut w = Writer::new(Method::Publish, Some(name));
    for e in events {
        // A feed is shared by many readers: each event in its original language.
        let lang = content::original(e);
        let place = place(e, reference, lang);
        let entries = EventEntries {
            event: e,
            sessions: sessions.get(&e.id).map(Vec::as_slice).unwrap_or(&[]),
            removed: &[],
            place: &place,
            lang,
            remote_links: remote_links.contains(&e.id),
        };
        write_event(&mut w, p, entries, e.revision, None, false, now);
    }
    w.finish()
}
