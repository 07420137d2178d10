//! Reminders to confirmed participants before an event. A reminder kind is "N days before":
//! it is due at `local_hour` in the event's time zone N days before the event's first day.
//!
//! Idempotency: a row in `event_reminders` per (registration, days before, event start date),
//! inserted in the same transaction as the email. A second run (or a second instance) finds
//! the row and sends nothing, even when both runs started at the same moment (the row is
//! inserted only if absent, and the email queued only for the rows this run inserted).
//! The start date is part of the key on purpose: when an organiser moves an event, the
//! reminders sent for the old date do not count for the new one, so the participants are
//! reminded again at the new time (moving it back to a date already reminded for sends
//! nothing again).
//!
//! Only the latest kind due is sent: a reminder whose time passed while a later kind is
//! already due (the service was down, or the event moved closer) is skipped rather than sent
//! late, and nobody gets a reminder due before they registered (their confirmation is recent).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone as _, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};

use crate::Office;
use crate::config::EventRemindersJob;
use crate::db;
use crate::domain::{DatePrecision, EventStatus, PersonName, RegistrationState, TimeZone};
use crate::entities::{event, event_reminder, person, registration};
use crate::error::Result;
use crate::mail::{self, outbox};

/// Registrations per transaction: one multi-row insert of reminders and one of emails.
const BATCH: usize = 500;

/// The UTC instant of `local` in `tz`; a wall-clock time skipped by a clock change moves to
/// the next hour that exists.
fn local_instant(tz: TimeZone, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    (0..3).find_map(|h| tz.0.from_local_datetime(&(local + Duration::hours(h))).earliest().map(|t| t.to_utc()))
}

/// When the "`days` before" reminder of `event` is due: `hour` o'clock at the venue, `days`
/// days before its first day. `None` for events with approximate dates.
pub fn due_at(event: &event::Model, days: u32, hour: u32) -> Option<DateTime<Utc>> {
    if event.date_precision != DatePrecision::Day {
        return None;
    }
    let tz: TimeZone = event.time_zone.parse().ok()?;
    let day = event.start_date - Duration::days(i64::from(days));
    local_instant(tz, day.and_hms_opt(hour, 0, 0)?)
}

/// The start of the event's first day at the venue: no reminder is sent after it.
fn first_day_begins(event: &event::Model) -> Option<DateTime<Utc>> {
    let tz: TimeZone = event.time_zone.parse().ok()?;
    local_instant(tz, event.start_date.and_hms_opt(0, 0, 0)?)
}

/// The configured kinds, furthest first, without repeats.
fn kinds(days_before: &[u32]) -> Vec<u32> {
    let mut kinds = days_before.to_vec();
    kinds.sort_unstable_by(|a, b| b.cmp(a));
    kinds.dedup();
    kinds
}

/// The reminder kind current at `now` for `event` (its days before and due time): due, and
/// the next kind not yet due.
pub fn current_kind(
    event: &event::Model,
    days_before: &[u32],
    hour: u32,
    now: DateTime<Utc>,
) -> Option<(u32, DateTime<Utc>)> {
    let kinds = kinds(days_before);
    let begins = first_day_begins(event)?;
    for (i, days) in kinds.iter().enumerate() {
        let due = due_at(event, *days, hour)?;
        let until = match kinds.get(i + 1) {
            Some(next) => due_at(event, *next, hour)?,
            None => begins,
        };
        if due <= now && now < until {
            return Some((*days, due));
        }
    }
    None
}

/// Queues every reminder due at `now` that was not sent yet; returns how many emails it queued.
pub async fn send_due(office: &Office, settings: &EventRemindersJob, now: DateTime<Utc>) -> Result<u64> {
    let furthest = i64::from(settings.days_before.iter().copied().max().unwrap_or(0));
    let today = now.date_naive();
    // A day of slack on each side covers every time zone's "today".
    let events = event::Entity::find()
        .filter(event::Column::Status.eq(EventStatus::Published))
        .filter(event::Column::RemindersEnabled.eq(true))
        .filter(event::Column::DatePrecision.eq(DatePrecision::Day))
        .filter(event::Column::StartDate.gte(today - Duration::days(1)))
        .filter(event::Column::StartDate.lte(today + Duration::days(furthest + 1)))
        .order_by_asc(event::Column::Id)
        .all(&office.db.read)
        .await?;
    let mut queued = 0;
    for e in events {
        let Some((days, due)) = current_kind(&e, &settings.days_before, settings.local_hour, now) else { continue };
        queued += remind_event(office, &e, days, due, now).await?;
    }
    if queued > 0 {
        office.mailer.wake();
    }
    Ok(queued)
}

/// Confirmed registrations of `event` made before `due`, without the `days` reminder for the
/// event's current start date.
async fn unreminded<C: ConnectionTrait>(
    db: &C,
    event: &event::Model,
    days: u32,
    due: DateTime<Utc>,
) -> Result<Vec<registration::Model>> {
    let confirmed = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event.id))
        .filter(registration::Column::State.eq(RegistrationState::Confirmed))
        .filter(registration::Column::CreatedAt.lt(due))
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?;
    let sent = sent_for(db, &confirmed, event.start_date).await?;
    Ok(confirmed.into_iter().filter(|r| !sent.contains_key(&(r.id, days_key(days)))).collect())
}

fn days_key(days: u32) -> i32 {
    i32::try_from(days).unwrap_or(i32::MAX)
}

/// Reminders already sent to these registrations for `start_date`, by (registration, days).
async fn sent_for<C: ConnectionTrait>(
    db: &C,
    registrations: &[registration::Model],
    start_date: NaiveDate,
) -> Result<HashMap<(i32, i32), DateTime<Utc>>> {
    let mut sent = HashMap::new();
    for chunk in registrations.chunks(BATCH) {
        let rows = event_reminder::Entity::find()
            .filter(event_reminder::Column::RegistrationId.is_in(chunk.iter().map(|r| r.id).collect::<Vec<_>>()))
            .filter(event_reminder::Column::EventStartDate.eq(start_date))
            .all(db)
            .await?;
        sent.extend(rows.into_iter().map(|r| ((r.registration_id, r.days_before), r.sent_at)));
    }
    Ok(sent)
}

/// Sends the `days` reminder of one event, a transaction per batch: the reminder rows and
/// their emails commit together, so a crash leaves either both or neither. A run overlapping
/// this one (a "run now" on another instance during a tick) finds some rows already written
/// by the other: it skips those participants and emails only the ones whose rows it wrote.
async fn remind_event(
    office: &Office,
    e: &event::Model,
    days: u32,
    due: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<u64> {
    let pending = unreminded(&office.db.read, e, days, due).await?;
    let base_url = office.settings.public_base_url();
    let domain = office.mail_domain();
    let mut queued = 0;
    for chunk in pending.chunks(BATCH) {
        let people: HashMap<i32, person::Model> = person::Entity::find()
            .filter(person::Column::Id.is_in(chunk.iter().map(|r| r.person_id).collect::<HashSet<_>>()))
            .all(&office.db.read)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        let mut rows = Vec::with_capacity(chunk.len());
        let mut letters = HashMap::with_capacity(chunk.len());
        for r in chunk {
            let Some(p) = people.get(&r.person_id) else { continue };
            let name = PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name).to_string();
            let reminder = emails::event_reminder::EventReminder {
                name: name.clone(),
                event: mail::event_summary(e, &office.reference, mail::ui_lang(&r.language), &base_url),
                days_before: days,
            };
            letters.insert(
                r.id,
                outbox::Outgoing {
                    to_address: p.email.clone(),
                    to_name: name,
                    email: emails::event_reminder::render(&reminder, mail::ui_lang(&r.language)),
                    invitation_id: None,
                    registration_id: Some(r.id),
                },
            );
            rows.push(event_reminder::ActiveModel {
                registration_id: Set(r.id),
                days_before: Set(days_key(days)),
                event_start_date: Set(e.start_date),
                sent_at: Set(now),
                ..Default::default()
            });
        }
        if rows.is_empty() {
            continue;
        }
        let txn = office.db.write.begin().await?;
        let key = [
            event_reminder::Column::RegistrationId,
            event_reminder::Column::DaysBefore,
            event_reminder::Column::EventStartDate,
        ];
        let marked = db::insert_new(&txn, rows, key, event_reminder::Column::RegistrationId).await?;
        let letters = marked.iter().filter_map(|id| letters.remove(id)).collect();
        queued += outbox::enqueue_many(&txn, &domain, letters, now).await?;
        txn.commit().await?;
    }
    if queued > 0 {
        tracing::info!(
            event.id = e.id,
            reminder.days_before = days,
            reminders.queued = queued,
            "event reminders queued"
        );
    }
    Ok(queued)
}

/// Where one participant's reminder stands, for the organiser's preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreviewState {
    /// Already sent for the event's current date.
    Sent(DateTime<Utc>),
    /// Will be sent at its due time.
    Scheduled,
    /// Due: the next run sends it.
    DueNow,
    /// Will not be sent: its time passed (a later reminder took over, or the person
    /// registered after it).
    Skipped,
}

/// One line of the preview: who gets which reminder when.
#[derive(Debug, Clone)]
pub struct PreviewRow {
    /// The participant's name.
    pub name: String,
    /// Their email address.
    pub email: String,
    /// The reminder kind.
    pub days_before: u32,
    /// When it is due.
    pub due_at: DateTime<Utc>,
    /// Where it stands.
    pub state: PreviewState,
}

/// Every confirmed participant × reminder kind of `event`, ordered by due time then name.
pub async fn preview<C: ConnectionTrait>(
    db: &C,
    event: &event::Model,
    settings: &EventRemindersJob,
    now: DateTime<Utc>,
) -> Result<Vec<PreviewRow>> {
    let confirmed = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event.id))
        .filter(registration::Column::State.eq(RegistrationState::Confirmed))
        .order_by_asc(registration::Column::FamilyName)
        .order_by_asc(registration::Column::GivenName)
        .all(db)
        .await?;
    let sent = sent_for(db, &confirmed, event.start_date).await?;
    let people: HashMap<i32, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(confirmed.iter().map(|r| r.person_id).collect::<HashSet<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.email))
        .collect();
    let current = current_kind(event, &settings.days_before, settings.local_hour, now);
    let mut rows = Vec::new();
    for days in kinds(&settings.days_before) {
        let Some(due) = due_at(event, days, settings.local_hour) else { continue };
        for r in &confirmed {
            let state = match sent.get(&(r.id, days_key(days))) {
                Some(at) => PreviewState::Sent(*at),
                None if due > now => PreviewState::Scheduled,
                None if current.is_some_and(|(d, _)| d == days) && r.created_at < due => PreviewState::DueNow,
                None => PreviewState::Skipped,
            };
            rows.push(PreviewRow {
                name: PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name).to_string(),
                email: people.get(&r.person_id).cloned().unwrap_or_default(),
                days_before: days,
                due_at: due,
                state,
            });
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::{EventKind, RegistrationMode};

    fn event(tz: &str, start: NaiveDate) -> event::Model {
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        event::Model {
            id: 1,
            seed_key: None,
            title: "Workshop".into(),
            kind: EventKind::Workshop,
            status: EventStatus::Published,
            programme_code: "1540".into(),
            unit_code: "UNREC".into(),
            series_id: None,
            mandate: None,
            venue_name: None,
            city: "Lomé".into(),
            country_iso3: None,
            time_zone: tz.into(),
            start_date: start,
            end_date: start,
            date_precision: DatePrecision::Day,
            registration_opens_at: None,
            registration_closes_at: None,
            capacity: None,
            registration_mode: RegistrationMode::Invitation,
            approval_required: false,
            languages: "en".into(),
            description: String::new(),
            revision: 1,
            seats_taken: 0,
            email_paragraph: None,
            reminders_enabled: true,
            remote_attendance: false,
            certificate_min_attendance_percent: None,
            retention_months: None,
            original_language: "en".into(),
            translations: "{}".into(),
            admits_ngos: false,
            created_at: t,
            updated_at: t,
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn due_at_the_local_hour_in_the_event_time_zone() {
        let geneva = event("Europe/Zurich", d(2026, 12, 8));
        assert_eq!(due_at(&geneva, 7, 8), Some(Utc.with_ymd_and_hms(2026, 12, 1, 7, 0, 0).unwrap()));
        let bangkok = event("Asia/Bangkok", d(2026, 12, 8));
        assert_eq!(due_at(&bangkok, 1, 8), Some(Utc.with_ymd_and_hms(2026, 12, 7, 1, 0, 0).unwrap()));
    }

    #[test]
    fn an_hour_skipped_by_a_clock_change_moves_to_the_next() {
        // Clocks in Geneva jumped from 02:00 to 03:00 on 29 March 2026.
        let e = event("Europe/Zurich", d(2026, 4, 5));
        assert_eq!(due_at(&e, 7, 2), Some(Utc.with_ymd_and_hms(2026, 3, 29, 1, 0, 0).unwrap()));
    }

    #[test]
    fn only_the_latest_due_kind_is_current() {
        let e = event("UTC", d(2026, 12, 8));
        let at = |day, h| Utc.with_ymd_and_hms(2026, 12, day, h, 0, 0).unwrap();
        assert_eq!(current_kind(&e, &[1, 7], 8, at(1, 7)), None);
        assert_eq!(current_kind(&e, &[1, 7], 8, at(1, 8)), Some((7, at(1, 8))));
        assert_eq!(current_kind(&e, &[1, 7], 8, at(6, 23)), Some((7, at(1, 8))));
        assert_eq!(current_kind(&e, &[1, 7], 8, at(7, 8)), Some((1, at(7, 8))));
        assert_eq!(current_kind(&e, &[1, 7], 8, at(8, 0)), None, "the event has begun");
    }

    #[test]
    fn approximate_dates_get_no_reminders() {
        let mut e = event("UTC", d(2026, 12, 1));
        e.date_precision = DatePrecision::Month;
        assert_eq!(due_at(&e, 7, 8), None);
    }
}
