//! Where an event stands as of now: held, under way or planned, by its dates in its own time
//! zone (an event in Tokyo is under way there while it is still the day before in New York).

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

/// Where an event stands as of a given instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventStage {
    /// Its last day is over where it takes place.
    Held,
    /// It is one of its days where it takes place.
    UnderWay,
    /// Its first day has not come where it takes place.
    Planned,
}

impl EventStage {
    /// Every stage, in the order the reports list them.
    pub const ALL: [Self; 3] = [Self::Held, Self::UnderWay, Self::Planned];

    /// Stable code (CSV, API).
    pub fn code(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::UnderWay => "under_way",
            Self::Planned => "planned",
        }
    }
}

/// The stage of an event from `start` to `end` in `time_zone` (an IANA name; UTC if unknown)
/// as of `now`.
pub fn stage(start: NaiveDate, end: NaiveDate, time_zone: &str, now: DateTime<Utc>) -> EventStage {
    let tz: chrono_tz::Tz = time_zone.parse().unwrap_or(chrono_tz::UTC);
    let today = now.with_timezone(&tz).date_naive();
    if end < today {
        EventStage::Held
    } else if start <= today {
        EventStage::UnderWay
    } else {
        EventStage::Planned
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn stages_follow_the_days_where_the_event_is() {
        // 23:30 UTC on 9 December is already 10 December in Tokyo, still 9 December in New York.
        let now = Utc.with_ymd_and_hms(2026, 12, 9, 23, 30, 0).unwrap();
        let (start, end) = (d("2026-12-10"), d("2026-12-11"));
        assert_eq!(stage(start, end, "Asia/Tokyo", now), EventStage::UnderWay);
        assert_eq!(stage(start, end, "America/New_York", now), EventStage::Planned);
        assert_eq!(stage(d("2026-12-08"), d("2026-12-09"), "Asia/Tokyo", now), EventStage::Held);
        assert_eq!(stage(d("2026-12-08"), d("2026-12-09"), "America/New_York", now), EventStage::UnderWay);
        assert_eq!(stage(start, end, "Not/AZone", now), EventStage::Planned, "an unknown zone reads as UTC");
    }
}
