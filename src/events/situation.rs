//! Whether an event takes registrations now, as its public pages state it: by invitation
//! only, open (until its deadline), full with a waiting list, or closed. There is no setting
//! to turn the waiting list off: over capacity, a registration always joins it.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone as _, Utc};

use crate::domain::{EventStatus, RegistrationMode};
use crate::entities::event;

/// Why an event takes no more registrations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    /// The registration deadline passed.
    DeadlinePassed(DateTime<Utc>),
    /// The event's last day is over.
    EventOver,
    /// The event was cancelled.
    Cancelled,
}

/// An event's registration situation at one instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Situation {
    /// Only invitees register, through their personal link.
    InvitationOnly,
    /// Anyone may register from `opens` on.
    NotYetOpen {
        /// When registration opens.
        opens: DateTime<Utc>,
    },
    /// Anyone may register and seats are free.
    Open {
        /// The registration deadline, if the event has one.
        closes: Option<DateTime<Utc>>,
        /// Seats still free, when the event counts them.
        seats_left: Option<i32>,
    },
    /// Every seat is taken: a new registration joins the waiting list.
    Full {
        /// The registration deadline, if the event has one.
        closes: Option<DateTime<Utc>>,
    },
    /// No more registrations.
    Closed(Closed),
}

impl Situation {
    /// The situation of `e` at `now`, from its status, registration mode and window, capacity
    /// and seats taken.
    pub fn of(e: &event::Model, now: DateTime<Utc>) -> Self {
        if e.status == EventStatus::Cancelled {
            return Self::Closed(Closed::Cancelled);
        }
        if end_of_event(e) < now {
            return Self::Closed(Closed::EventOver);
        }
        if let Some(closes) = e.registration_closes_at.filter(|t| now >= *t) {
            return Self::Closed(Closed::DeadlinePassed(closes));
        }
        if e.registration_mode == RegistrationMode::Invitation {
            return Self::InvitationOnly;
        }
        if let Some(opens) = e.registration_opens_at.filter(|t| now < *t) {
            return Self::NotYetOpen { opens };
        }
        let closes = e.registration_closes_at;
        match e.capacity {
            Some(capacity) if e.seats_taken >= capacity => Self::Full { closes },
            capacity => Self::Open { closes, seats_left: capacity.map(|c| c - e.seats_taken) },
        }
    }

    /// Whether the open-registration form takes addresses now (a full event still takes them,
    /// for its waiting list).
    pub fn takes_registrations(self) -> bool {
        matches!(self, Self::Open { .. } | Self::Full { .. })
    }

    /// The situation's name, for the page's classes and tests.
    pub fn code(self) -> &'static str {
        match self {
            Self::InvitationOnly => "invitation",
            Self::NotYetOpen { .. } => "not-yet-open",
            Self::Open { .. } => "open",
            Self::Full { .. } => "full",
            Self::Closed(_) => "closed",
        }
    }
}

/// The end of an event's last day in its time zone: the default expiry of its links.
pub fn end_of_event(e: &event::Model) -> DateTime<Utc> {
    let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let last = e.end_date.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default());
    tz.from_local_datetime(&last)
        .latest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&last))
}

/// The date at the venue at `now`, in the event's time zone.
pub fn venue_today(e: &event::Model, now: DateTime<Utc>) -> NaiveDate {
    let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
    now.with_timezone(&tz).date_naive()
}

/// Whether the venue's today is one of the event's days.
pub fn is_under_way(e: &event::Model, now: DateTime<Utc>) -> bool {
    (e.start_date..=e.end_date).contains(&venue_today(e, now))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::*;
    use crate::domain::{DatePrecision, EventKind};

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    /// An open workshop in Lomé (UTC+0) on 8–10 December 2026 with 40 seats.
    fn workshop() -> event::Model {
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
            country_iso3: Some("TGO".into()),
            time_zone: "Africa/Lome".into(),
            start_date: NaiveDate::from_ymd_opt(2026, 12, 8).unwrap(),
            end_date: NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(),
            date_precision: DatePrecision::Day,
            registration_opens_at: None,
            registration_closes_at: None,
            capacity: Some(40),
            registration_mode: RegistrationMode::Open,
            retention_months: None,
            original_language: "en".into(),
            translations: "{}".into(),
            admits_ngos: false,
            approval_required: false,
            languages: "en".into(),
            description: String::new(),
            revision: 1,
            seats_taken: 0,
            email_paragraph: None,
            reminders_enabled: true,
            remote_attendance: false,
            certificate_min_attendance_percent: None,
            created_at: at(2026, 1, 1, 0),
            updated_at: at(2026, 1, 1, 0),
        }
    }

    #[test]
    fn an_open_event_counts_its_free_seats_until_the_deadline() {
        let mut e = workshop();
        e.seats_taken = 38;
        e.registration_closes_at = Some(at(2026, 12, 1, 12));
        let now = at(2026, 11, 27, 10);
        let open = Situation::of(&e, now);
        assert_eq!(open, Situation::Open { closes: e.registration_closes_at, seats_left: Some(2) });
        assert!(open.takes_registrations());
        e.capacity = None;
        assert_eq!(Situation::of(&e, now), Situation::Open { closes: e.registration_closes_at, seats_left: None });
    }

    #[test]
    fn a_full_event_still_takes_registrations_for_its_waiting_list() {
        let mut e = workshop();
        e.seats_taken = 40;
        let full = Situation::of(&e, at(2026, 11, 27, 10));
        assert_eq!(full, Situation::Full { closes: None });
        assert!(full.takes_registrations());
    }

    #[test]
    fn invitation_only_and_not_yet_open_take_no_addresses() {
        let mut e = workshop();
        e.registration_mode = RegistrationMode::Invitation;
        assert_eq!(Situation::of(&e, at(2026, 11, 27, 10)), Situation::InvitationOnly);
        e.registration_mode = RegistrationMode::Open;
        e.registration_opens_at = Some(at(2026, 11, 30, 8));
        let later = Situation::of(&e, at(2026, 11, 27, 10));
        assert_eq!(later, Situation::NotYetOpen { opens: at(2026, 11, 30, 8) });
        assert!(!later.takes_registrations() && !Situation::InvitationOnly.takes_registrations());
    }

    #[test]
    fn closed_by_the_deadline_the_end_of_the_event_or_its_cancellation() {
        let mut e = workshop();
        e.registration_closes_at = Some(at(2026, 12, 1, 12));
        let closed = Situation::of(&e, at(2026, 12, 1, 12));
        assert_eq!(closed, Situation::Closed(Closed::DeadlinePassed(at(2026, 12, 1, 12))));
        assert!(!closed.takes_registrations());
        e.registration_mode = RegistrationMode::Invitation;
        assert_eq!(Situation::of(&e, at(2026, 12, 2, 0)).code(), "closed", "even by invitation");
        e.registration_closes_at = None;
        assert_eq!(Situation::of(&e, at(2026, 12, 10, 23)), Situation::InvitationOnly, "the last day counts");
        assert_eq!(Situation::of(&e, at(2026, 12, 11, 0)), Situation::Closed(Closed::EventOver));
        e.status = EventStatus::Cancelled;
        assert_eq!(Situation::of(&e, at(2026, 11, 27, 10)), Situation::Closed(Closed::Cancelled));
    }

    #[test]
    fn under_way_follows_the_venues_calendar() {
        let mut e = workshop();
        e.time_zone = "Asia/Tokyo".into();
        // 7 December 16:00 UTC is already 8 December in Tokyo.
        assert!(!is_under_way(&e, at(2026, 12, 7, 14)));
        assert!(is_under_way(&e, at(2026, 12, 7, 16)));
        assert!(is_under_way(&e, at(2026, 12, 10, 14)));
        assert!(!is_under_way(&e, at(2026, 12, 10, 15)));
    }
}
