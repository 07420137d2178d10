//! Side events of a serviced meeting: delegations, organisations and NGOs request one through
//! a public form ([`request`]), confirm it by the emailed link ([`verify`]); the secretariat
//! approves it with a room and a time ([`approve`]) — never a room a session or another side
//! event holds then (`events::rooms`) — or declines it with a reason ([`decline`]); the
//! approved ones make the programme, a page and an .ics feed ([`programme`]). Each decision is
//! emailed to the requester in their language.

pub mod approve;
pub mod decline;
pub mod input;
pub mod programme;
pub mod request;
pub mod verify;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseTransaction;

pub use approve::approve;
pub use decline::decline;
pub use input::{Allocation, ApproveForm, DeclineForm, LocalSlot, RequestForm, RequestInput, When};
pub use programme::{Programme, Requests, programme, programme_ics, request_for_staff, requests};
pub use request::request;
pub use verify::{confirm, confirmation};

use crate::Office;
use crate::domain::TimeZone;
use crate::entities::{event, side_event};
use crate::error::{Error, Msg, Result};
use crate::events::input::local_to_utc;
use crate::i18n::Tr;
use crate::mail::{self, outbox};

/// A span of time in UTC.
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// The preferred slots as stored: JSON pairs of RFC 3339 instants.
fn slots_to_stored(slots: &[Span]) -> String {
    let pairs: Vec<[String; 2]> = slots.iter().map(|(s, e)| [s.to_rfc3339(), e.to_rfc3339()]).collect();
    serde_json::to_string(&pairs).unwrap_or_else(|_| "[]".to_owned())
}

/// The preferred slots of a request, in the order given.
pub fn slots_of(s: &side_event::Model) -> Vec<Span> {
    let pairs: Vec<[String; 2]> = serde_json::from_str(&s.preferred_slots).unwrap_or_default();
    pairs
        .iter()
        .filter_map(|[a, b]| {
            let a = DateTime::parse_from_rfc3339(a).ok()?.with_timezone(&Utc);
            let b = DateTime::parse_from_rfc3339(b).ok()?.with_timezone(&Utc);
            Some((a, b))
        })
        .collect()
}

/// The meeting's time zone.
fn zone(e: &event::Model) -> Result<TimeZone> {
    e.time_zone.parse().map_err(|_| Error::Internal("stored time zone is invalid".into()))
}

/// A local slot placed in UTC in the meeting's time zone; `None` when it falls outside the
/// meeting's dates. A local time that does not exist (a clock change) names `field`.
fn place(e: &event::Model, slot: &LocalSlot, field: &'static str) -> Result<Option<Span>> {
    if slot.date < e.start_date || slot.date > e.end_date {
        return Ok(None);
    }
    let tz = zone(e)?;
    let starts = local_to_utc(tz, slot.date.and_time(slot.start));
    let ends = local_to_utc(tz, slot.date.and_time(slot.end));
    match (starts, ends) {
        (Ok(s), Ok(f)) if s < f => Ok(Some((s, f))),
        (Err(m), _) | (_, Err(m)) => Err(crate::error::FieldErrors::single(field, m)),
        _ => Err(crate::error::FieldErrors::single(field, Msg::new("err-session-end-before-start"))),
    }
}

/// "8 Dec 2026, 13:15–14:45" in the meeting's time zone, in `tr`'s language.
pub fn when_text(tr: Tr, e: &event::Model, (starts, ends): Span) -> String {
    let Ok(tz) = zone(e) else { return format!("{starts} – {ends}") };
    let (s, f) = (starts.with_timezone(&tz.0), ends.with_timezone(&tz.0));
    format!("{}, {}–{}", crate::i18n::format::date(tr, s.date_naive()), s.format("%H:%M"), f.format("%H:%M"))
}

/// Queues the email of a decision to the request's contact, in their language.
async fn notify(
    txn: &DatabaseTransaction,
    office: &Office,
    e: &event::Model,
    s: &side_event::Model,
    decision: emails::side_event_decision::Decision,
    now: DateTime<Utc>,
) -> Result<()> {
    let lang = mail::ui_lang(&s.language);
    let rendered = emails::side_event_decision::render(
        &emails::side_event_decision::SideEventDecision {
            name: s.contact_name.clone(),
            title: s.title.clone(),
            event: mail::event_summary(e, &office.reference, lang, &office.links.base),
            decision,
        },
        lang,
    );
    let msg = outbox::Outgoing {
        to_address: s.contact_email.clone(),
        to_name: s.contact_name.clone(),
        email: rendered,
        invitation_id: None,
        registration_id: None,
    };
    outbox::enqueue(txn, &office.links.mail_domain, msg, now).await?;
    Ok(())
}

/// The public programme's address.
fn programme_url(office: &Office, event_id: i32) -> String {
    format!("{}/events/{event_id}/side-events", office.links.base)
}
