//! Change notices: what participants were last told about an event (a snapshot of its dates,
//! venue, status and sessions, taken when it was published and at each notice), the changes
//! since, and one update email per confirmed participant with the new calendar entry.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};
use serde::{Deserialize, Serialize};

use super::emit::Method;
use super::ics::{self, Attendee, EventEntries, RemovedSession};
use crate::Office;
use crate::audit::{self, Actor, Change as AuditChange};
use crate::auth::StaffUser;
use crate::db::Db;
use crate::domain::{EventStatus, PersonName, RegistrationState};
use crate::entities::{event, event_session, person, registration, schedule_notice};
use crate::error::{Error, Msg, Result};
use crate::i18n::Tr;
use crate::i18n::format;
use crate::mail::{self, outbox};
use crate::participants::names::state_name;
use crate::reference::Reference;

/// A session as participants were told about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSnapshot {
    /// Session id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Start, UTC.
    pub starts_at: DateTime<Utc>,
    /// End, UTC.
    pub ends_at: DateTime<Utc>,
    /// Room.
    pub room: Option<String>,
}

/// What participants were told about an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Venue, city and country code.
    pub venue: (Option<String>, String, Option<String>),
    /// Event status.
    pub status: String,
    /// Sessions in time order.
    pub sessions: Vec<SessionSnapshot>,
}

impl Snapshot {
    /// The snapshot of an event as it is now.
    pub fn of(e: &event::Model, sessions: &[event_session::Model]) -> Self {
        Snapshot {
            start_date: e.start_date,
            end_date: e.end_date,
            venue: (e.venue_name.clone(), e.city.clone(), e.country_iso3.clone()),
            status: e.status.as_str().to_owned(),
            sessions: sessions
                .iter()
                .map(|s| SessionSnapshot {
                    id: s.id,
                    title: s.title.clone(),
                    starts_at: s.starts_at,
                    ends_at: s.ends_at,
                    room: s.room.clone(),
                })
                .collect(),
        }
    }
}

/// One change a participant would be told about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The event was cancelled.
    Cancelled,
    /// New dates.
    Dates { from: (NaiveDate, NaiveDate), to: (NaiveDate, NaiveDate) },
    /// New venue.
    Venue { from: (Option<String>, String, Option<String>), to: (Option<String>, String, Option<String>) },
    /// A session was added.
    Added(SessionSnapshot),
    /// A session was removed.
    Removed(SessionSnapshot),
    /// A session moved, was renamed or changed room.
    Moved { before: SessionSnapshot, after: SessionSnapshot },
    /// Other details a participant sees changed (description, title, …).
    Details,
}

/// The changes from `before` to `now`.
pub fn changes(before: &Snapshot, now: &Snapshot) -> Vec<Change> {
    let mut out = Vec::new();
    if now.status == EventStatus::Cancelled.as_str() && before.status != now.status {
        out.push(Change::Cancelled);
    }
    if (before.start_date, before.end_date) != (now.start_date, now.end_date) {
        out.push(Change::Dates { from: (before.start_date, before.end_date), to: (now.start_date, now.end_date) });
    }
    if before.venue != now.venue {
        out.push(Change::Venue { from: before.venue.clone(), to: now.venue.clone() });
    }
    for s in &now.sessions {
        match before.sessions.iter().find(|b| b.id == s.id) {
            None => out.push(Change::Added(s.clone())),
            Some(b) if b != s => out.push(Change::Moved { before: b.clone(), after: s.clone() }),
            Some(_) => {}
        }
    }
    for b in &before.sessions {
        if !now.sessions.iter().any(|s| s.id == b.id) {
            out.push(Change::Removed(b.clone()));
        }
    }
    out
}

fn when(tr: Tr, tz: chrono_tz::Tz, s: &SessionSnapshot) -> String {
    let start = s.starts_at.with_timezone(&tz);
    format!(
        "{} {}–{}",
        format::date(tr, start.date_naive()),
        start.format("%H:%M"),
        s.ends_at.with_timezone(&tz).format("%H:%M")
    )
}

fn venue_text(tr: Tr, reference: &Reference, v: &(Option<String>, String, Option<String>)) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(name) = v.0.as_deref().filter(|n| !n.is_empty()) {
        parts.push(name.to_owned());
    }
    parts.push(v.1.clone());
    if let Some(c) = &v.2 {
        parts.push(state_name(reference, c, tr.lang()));
    }
    parts.join(", ")
}

/// One change as a sentence in the reader's language, times in the event's time zone.
pub fn describe(tr: Tr, reference: &Reference, time_zone: &str, change: &Change) -> String {
    let tz: chrono_tz::Tz = time_zone.parse().unwrap_or(chrono_tz::UTC);
    let range = |d: (NaiveDate, NaiveDate)| format::date_range(tr, d.0, d.1, crate::domain::DatePrecision::Day);
    match change {
        Change::Cancelled => tr.t("cal-change-cancelled"),
        Change::Dates { from, to } => tr.ta("cal-change-dates", &[("from", &range(*from)), ("to", &range(*to))]),
        Change::Venue { from, to } => tr.ta(
            "cal-change-venue",
            &[("from", &venue_text(tr, reference, from)), ("to", &venue_text(tr, reference, to))],
        ),
        Change::Added(s) => tr.ta("cal-change-added", &[("title", &s.title), ("when", &when(tr, tz, s))]),
        Change::Removed(s) => tr.ta("cal-change-removed", &[("title", &s.title), ("when", &when(tr, tz, s))]),
        Change::Moved { before, after } => {
            let room = |s: &SessionSnapshot| s.room.clone().unwrap_or_default();
            tr.ta(
                "cal-change-moved",
                &[
                    ("title", &after.title),
                    ("from", format!("{} {}", when(tr, tz, before), room(before)).trim()),
                    ("to", format!("{} {}", when(tr, tz, after), room(after)).trim()),
                ],
            )
        }
        Change::Details => tr.t("cal-change-details"),
    }
}

/// A person who would receive the notice.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// Registration id.
    pub registration_id: i32,
    /// Full name.
    pub name: String,
    /// Address.
    pub email: String,
    /// Language of their emails.
    pub language: String,
}

/// The page before sending: what changed since the last notice and who would be told.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The event now.
    pub event: event::Model,
    /// Revision participants were last told about (None: nothing recorded yet).
    pub notified_revision: Option<i32>,
    /// When they were last told.
    pub notified_at: Option<DateTime<Utc>>,
    /// What changed since.
    pub changes: Vec<Change>,
    /// Confirmed participants.
    pub recipients: Vec<Recipient>,
}

impl Pending {
    /// True when participants already know everything.
    pub fn up_to_date(&self) -> bool {
        self.notified_revision.is_some_and(|r| r >= self.event.revision)
    }
}

async fn last_notice<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Option<schedule_notice::Model>> {
    Ok(schedule_notice::Entity::find()
        .filter(schedule_notice::Column::EventId.eq(event_id))
        .order_by_desc(schedule_notice::Column::Revision)
        .one(db)
        .await?)
}

async fn sessions<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<event_session::Model>> {
    Ok(event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event_id))
        .order_by_asc(event_session::Column::StartsAt)
        .order_by_asc(event_session::Column::Id)
        .all(db)
        .await?)
}

async fn recipients<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<Recipient>> {
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::State.eq(RegistrationState::Confirmed))
        .order_by_asc(registration::Column::FamilyName)
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?;
    let mut emails = std::collections::HashMap::new();
    let ids: Vec<i32> = regs.iter().map(|r| r.person_id).collect();
    for chunk in ids.chunks(500) {
        for p in person::Entity::find().filter(person::Column::Id.is_in(chunk.to_vec())).all(db).await? {
            emails.insert(p.id, p.email);
        }
    }
    Ok(regs
        .into_iter()
        .filter_map(|r| {
            Some(Recipient {
                registration_id: r.id,
                name: PersonName::new(&r.given_name, &r.family_name).to_string(),
                email: emails.get(&r.person_id)?.clone(),
                language: r.language,
            })
        })
        .collect())
}

fn changes_since(last: Option<&schedule_notice::Model>, e: &event::Model, now: &Snapshot) -> Vec<Change> {
    let Some(last) = last else { return Vec::new() };
    let Ok(before) = serde_json::from_str::<Snapshot>(&last.snapshot) else { return vec![Change::Details] };
    let mut list = changes(&before, now);
    if list.is_empty() && e.revision > last.revision {
        list.push(Change::Details);
    }
    list
}

/// What changed since participants were last told, and who would be told now.
pub async fn pending(db: &Db, staff: &StaffUser, event_id: i32) -> Result<Pending> {
    let e = crate::events::access::managed_event(&db.read, staff, event_id).await?;
    let last = last_notice(&db.read, event_id).await?;
    let now = Snapshot::of(&e, &sessions(&db.read, event_id).await?);
    let changes = if last.as_ref().is_some_and(|l| l.revision >= e.revision) {
        Vec::new()
    } else {
        changes_since(last.as_ref(), &e, &now)
    };
    Ok(Pending {
        notified_revision: last.as_ref().map(|l| l.revision),
        notified_at: last.as_ref().map(|l| l.created_at),
        changes,
        recipients: recipients(&db.read, event_id).await?,
        event: e,
    })
}

/// Records what participants see when an event is published: the baseline of later notices.
pub async fn record_baseline<C: ConnectionTrait>(db: &C, e: &event::Model, now: DateTime<Utc>) -> Result<()> {
    let snapshot = Snapshot::of(e, &sessions(db, e.id).await?);
    insert_notice(db, e, &snapshot, 0, None, now).await
}

async fn insert_notice<C: ConnectionTrait>(
    db: &C,
    e: &event::Model,
    snapshot: &Snapshot,
    recipients: i32,
    sent_by: Option<i32>,
    now: DateTime<Utc>,
) -> Result<()> {
    let text = serde_json::to_string(snapshot).map_err(|err| Error::Internal(format!("snapshot: {err}")))?;
    let row = schedule_notice::ActiveModel {
        event_id: Set(e.id),
        revision: Set(e.revision),
        snapshot: Set(text),
        recipients: Set(recipients),
        sent_by: Set(sent_by),
        created_at: Set(now),
        ..Default::default()
    };
    match row.insert(db).await {
        Ok(_) => Ok(()),
        // The unique (event, revision) key: this revision was already announced.
        Err(err) if crate::db::is_unique_violation(&err) => Err(Error::Conflict(Msg::new("cal-notice-already-sent"))),
        Err(err) => Err(err.into()),
    }
}

/// Queues one update email, with the new calendar entry (SEQUENCE = the new revision), to
/// every confirmed participant, in one transaction; records the notice so a second press
/// sends nothing. Returns how many were queued.
pub async fn send(office: &Office, staff: &StaffUser, event_id: i32, now: DateTime<Utc>) -> Result<u64> {
    let txn = office.db.write.begin().await?;
    let e = crate::events::access::managed_event(&txn, staff, event_id).await?;
    let last = last_notice(&txn, event_id).await?;
    if last.as_ref().is_some_and(|l| l.revision >= e.revision) {
        return Ok(0);
    }
    let list = sessions(&txn, event_id).await?;
    let snapshot = Snapshot::of(&e, &list);
    let changes = changes_since(last.as_ref(), &e, &snapshot);
    let people = recipients(&txn, event_id).await?;
    insert_notice(&txn, &e, &snapshot, i32::try_from(people.len()).unwrap_or(i32::MAX), Some(staff.id), now).await?;

    let cancelled = e.status == EventStatus::Cancelled;
    let removed: Vec<RemovedSession> = changes
        .iter()
        .filter_map(|c| match c {
            Change::Removed(s) => {
                Some(RemovedSession { id: s.id, title: s.title.clone(), starts_at: s.starts_at, ends_at: s.ends_at })
            }
            _ => None,
        })
        .collect();
    let method = if cancelled { Method::Cancel } else { Method::Request };
    let mut messages = Vec::with_capacity(people.len());
    for r in &people {
        let lang = mail::ui_lang(&r.language);
        let tr = Tr(lang);
        let summary = mail::event_summary(&e, &office.reference, lang, &office.links.base);
        let lines = changes.iter().map(|c| describe(tr, &office.reference, &e.time_zone, c)).collect();
        let email = emails::schedule_changed::render(
            &emails::schedule_changed::ScheduleChanged {
                name: r.name.clone(),
                event: summary,
                changes: lines,
                cancelled,
            },
            lang,
        );
        let who = Attendee { name: &r.name, email: &r.email };
        let place = ics::place(&e, &office.reference, lang);
        // Sent to confirmed participants only: their entries carry the remote links.
        let entries = EventEntries {
            event: &e,
            sessions: &list,
            removed: &removed,
            place: &place,
            lang,
            remote_links: !cancelled,
        };
        let ics = ics::event_calendar(&office.calendar, entries, method, e.revision, Some(who), now);
        let calendar = outbox::CalendarFile { ics, method: method.as_str() };
        let msg = outbox::Outgoing {
            to_address: r.email.clone(),
            to_name: r.name.clone(),
            email,
            invitation_id: None,
            registration_id: Some(r.registration_id),
        };
        messages.push((msg, Some(calendar)));
    }
    let queued = outbox::enqueue_many_with_calendars(&txn, &office.links.mail_domain, messages, now).await?;
    #[derive(Serialize)]
    struct Notice {
        revision: i32,
        recipients: u64,
    }
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        AuditChange::new(
            "event.notify_changes",
            "event",
            e.id,
            None,
            Some(&Notice { revision: e.revision, recipients: queued }),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn session(id: i32, hour: u32, room: Option<&str>) -> SessionSnapshot {
        SessionSnapshot {
            id,
            title: format!("Session {id}"),
            starts_at: Utc.with_ymd_and_hms(2026, 12, 8, hour, 0, 0).unwrap(),
            ends_at: Utc.with_ymd_and_hms(2026, 12, 8, hour + 1, 0, 0).unwrap(),
            room: room.map(str::to_owned),
        }
    }

    fn snapshot(sessions: Vec<SessionSnapshot>) -> Snapshot {
        let d = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
        Snapshot {
            start_date: d,
            end_date: d,
            venue: (None, "Lomé".into(), Some("TGO".into())),
            status: "published".into(),
            sessions,
        }
    }

    #[test]
    fn changes_list_added_removed_and_moved_sessions() {
        let before = snapshot(vec![session(1, 8, None), session(2, 10, Some("A"))]);
        let after = snapshot(vec![session(1, 9, None), session(3, 12, None)]);
        let list = changes(&before, &after);
        assert_eq!(list.len(), 3);
        assert!(matches!(&list[0], Change::Moved { before, after } if before.id == 1 && after.id == 1));
        assert!(matches!(&list[1], Change::Added(s) if s.id == 3));
        assert!(matches!(&list[2], Change::Removed(s) if s.id == 2));
        assert!(changes(&after, &after).is_empty());
    }

    #[test]
    fn changes_list_dates_venue_and_cancellation() {
        let before = snapshot(vec![]);
        let mut after = snapshot(vec![]);
        after.end_date = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
        after.venue.0 = Some("Hotel Sarakawa".into());
        after.status = "cancelled".into();
        let list = changes(&before, &after);
        assert!(matches!(list[0], Change::Cancelled));
        assert!(matches!(list[1], Change::Dates { .. }));
        assert!(matches!(list[2], Change::Venue { .. }));
    }
}
