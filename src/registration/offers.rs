//! How long a seat freed for the waiting list is offered: `offer_hours`, but never past the
//! registration deadline or the start of the event. When less than `min_offer_minutes` would be
//! left, nobody is offered: a seat that cannot be taken up in time helps no one, and an offer
//! must not outlast the event it is for.

use chrono::{DateTime, Duration, NaiveTime, TimeZone as _, Utc};

use crate::entities::{event, event_session};

/// What ends an offer made now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// The configured time to accept (`registration.offer_hours`).
    OfferHours,
    /// The event's registration deadline.
    RegistrationCloses,
    /// The start of the event.
    EventStarts,
}

impl Limit {
    /// Stable code, as the API shows it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OfferHours => "offer_hours",
            Self::RegistrationCloses => "registration_closes",
            Self::EventStarts => "event_starts",
        }
    }
}

/// Whether a seat freed now would be offered to the first person waiting, and until when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfferWindow {
    /// An offer made now lasts until `until`, set by `limit`.
    Open {
        /// When the offer would lapse.
        until: DateTime<Utc>,
        /// What sets that time.
        limit: Limit,
    },
    /// Too little time is left before `until` (set by `limit`): nobody is offered.
    TooShort {
        /// The earliest of the limits.
        until: DateTime<Utc>,
        /// Which limit it is.
        limit: Limit,
    },
}

impl OfferWindow {
    /// The window of an offer made at `now` for `e`, whose schedule is `sessions` (in
    /// calendar order): the earliest of `offer_hours` later, the registration deadline and the
    /// event's start; too short when it leaves less than `min_minutes`.
    pub fn of(
        e: &event::Model,
        sessions: &[event_session::Model],
        now: DateTime<Utc>,
        offer_hours: u32,
        min_minutes: u32,
    ) -> Self {
        let mut until = now + Duration::hours(i64::from(offer_hours));
        let mut limit = Limit::OfferHours;
        if let Some(closes) = e.registration_closes_at
            && closes < until
        {
            (until, limit) = (closes, Limit::RegistrationCloses);
        }
        let starts = start_of_event(e, sessions);
        if starts < until {
            (until, limit) = (starts, Limit::EventStarts);
        }
        if until - now < Duration::minutes(i64::from(min_minutes)) {
            Self::TooShort { until, limit }
        } else {
            Self::Open { until, limit }
        }
    }
}

/// When an event starts: its first session, or without a schedule the start of its first day
/// in its time zone.
pub fn start_of_event(e: &event::Model, sessions: &[event_session::Model]) -> DateTime<Utc> {
    if let Some(first) = sessions.iter().map(|s| s.starts_at).min() {
        return first;
    }
    let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let midnight = e.start_date.and_time(NaiveTime::MIN);
    // A midnight skipped by a clock change: the day starts at its first existing hour.
    (0..3)
        .find_map(|h| tz.from_local_datetime(&(midnight + Duration::hours(h))).earliest())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::{DatePrecision, EventKind, EventStatus, RegistrationMode, SessionKind};

    fn event(closes: Option<DateTime<Utc>>) -> event::Model {
        event::Model {
            id: 1,
            seed_key: None,
            title: "Regional workshop on resolution 1540".into(),
            kind: EventKind::Workshop,
            status: EventStatus::Published,
            programme_code: "1540".into(),
            unit_code: "NY".into(),
            series_id: None,
            mandate: None,
            venue_name: None,
            city: "Gaborone".into(),
            country_iso3: Some("BWA".into()),
            time_zone: "Africa/Gaborone".into(),
            start_date: NaiveDate::from_ymd_opt(2007, 11, 27).unwrap(),
            end_date: NaiveDate::from_ymd_opt(2007, 11, 28).unwrap(),
            date_precision: DatePrecision::Day,
            registration_opens_at: None,
            registration_closes_at: closes,
            capacity: Some(40),
            registration_mode: RegistrationMode::Invitation,
            approval_required: false,
            languages: "en".into(),
            description: String::new(),
            revision: 1,
            seats_taken: 40,
            email_paragraph: None,
            reminders_enabled: true,
            remote_attendance: false,
            certificate_min_attendance_percent: None,
            retention_months: None,
            original_language: "en".into(),
            translations: "{}".into(),
            admits_ngos: false,
            created_at: at(1, 0),
            updated_at: at(1, 0),
        }
    }

    fn at(d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2007, 11, d, h, 0, 0).unwrap()
    }

    #[test]
    fn an_offer_lasts_offer_hours_when_the_event_is_far() {
        let w = OfferWindow::of(&event(None), &[], at(20, 10), 48, 120);
        assert_eq!(w, OfferWindow::Open { until: at(22, 10), limit: Limit::OfferHours });
    }

    #[test]
    fn an_offer_ends_when_the_event_starts_or_registration_closes() {
        // Gaborone is UTC+2: the first day starts at 22:00 UTC the day before.
        let w = OfferWindow::of(&event(None), &[], at(26, 10), 48, 120);
        assert_eq!(w, OfferWindow::Open { until: at(26, 22), limit: Limit::EventStarts });
        let w = OfferWindow::of(&event(Some(at(25, 12))), &[], at(24, 10), 48, 120);
        assert_eq!(w, OfferWindow::Open { until: at(25, 12), limit: Limit::RegistrationCloses });
    }

    #[test]
    fn too_little_time_left_means_no_offer() {
        let w = OfferWindow::of(&event(None), &[], at(26, 21), 48, 120);
        assert_eq!(w, OfferWindow::TooShort { until: at(26, 22), limit: Limit::EventStarts });
        let w = OfferWindow::of(&event(Some(at(20, 11))), &[], at(20, 10), 48, 120);
        assert_eq!(w, OfferWindow::TooShort { until: at(20, 11), limit: Limit::RegistrationCloses });
        // A deadline already passed is too short as well.
        let w = OfferWindow::of(&event(None), &[], at(28, 9), 48, 0);
        assert!(matches!(w, OfferWindow::TooShort { limit: Limit::EventStarts, .. }));
    }

    #[test]
    fn the_first_session_is_the_start() {
        let session = event_session::Model {
            id: 1,
            event_id: 1,
            title: "Opening".into(),
            kind: SessionKind::Plenary,
            starts_at: at(27, 7),
            ends_at: at(27, 8),
            room: None,
            title_translations: "{}".into(),
            remote_url: None,
        };
        assert_eq!(start_of_event(&event(None), &[session]), at(27, 7));
        assert_eq!(start_of_event(&event(None), &[]), at(26, 22));
    }
}
