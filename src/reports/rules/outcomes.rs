//! The outcomes of a selection of events: the figures and breakdowns a report shows.

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use super::stage::EventStage;

/// Registrations, confirmed and attended in one row of a breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Row {
    /// Stable code (ISO3, regional group, gender, organisation type or role); `None` when the
    /// participants did not state it.
    pub code: Option<String>,
    /// English name from the reference data (the code for genders and roles; empty when
    /// not stated); pages translate by `code`.
    pub label: String,
    /// Registered.
    pub registered: u64,
    /// Confirmed.
    pub confirmed: u64,
    /// Attended.
    pub attended: u64,
}

/// One event of a report across events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct EventRow {
    /// Event id.
    pub event_id: i32,
    /// Title.
    pub title: String,
    /// Programme code.
    pub programme: String,
    /// City.
    pub city: String,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Held, under way or planned, as of the report.
    pub stage: EventStage,
    /// Registered.
    pub registered: u64,
    /// Confirmed.
    pub confirmed: u64,
    /// Attended.
    pub attended: u64,
    /// Distinct States of the confirmed participants.
    pub states: u64,
    /// Confirmed women.
    pub women: u64,
}

/// The outcomes of a set of events: what a programme manager or a donor asks for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct Outcomes {
    /// Published events of the selection that are over (held).
    pub events_held: u64,
    /// Published events of the selection under way.
    pub events_under_way: u64,
    /// Published events of the selection still to come.
    pub events_planned: u64,
    /// People personally invited (invitations not withdrawn).
    pub invited: u64,
    /// Registrations that stand, plus anyone who attended.
    pub registered: u64,
    /// Confirmed registrations.
    pub confirmed: u64,
    /// Registrations with an entry not undone.
    pub attended: u64,
    /// Distinct States of the confirmed participants (once across all events).
    pub states: u64,
    /// Distinct States of the participants who attended.
    pub states_attended: u64,
    /// Distinct UN regional groups of the confirmed participants.
    pub regional_groups: u64,
    /// Confirmed women.
    pub women: u64,
    /// Women among the confirmed participants, 0 to 1 (`None` without confirmed participants).
    pub women_share: Option<f64>,
    /// Attended over confirmed, 0 to 1 (`None` without confirmed participants).
    pub attendance_rate: Option<f64>,
    /// Certificates of attendance issued and not revoked.
    pub certificates: u64,
    /// Per UN regional group (States without a group and non-State participants under `None`).
    pub by_regional_group: Vec<Row>,
    /// Per gender.
    pub by_gender: Vec<Row>,
    /// Per organisation type.
    pub by_organisation_type: Vec<Row>,
    /// Per State.
    pub by_state: Vec<Row>,
    /// Per role at the event.
    pub by_role: Vec<Row>,
    /// Per attendance mode (`in_person`, `remote`). Remote participants are not checked in:
    /// they count as registered and confirmed remote, and `attended` counts only people scanned
    /// at the venue.
    pub by_attendance_mode: Vec<Row>,
    /// Per event, by start date.
    pub events: Vec<EventRow>,
}

impl Outcomes {
    /// Counts [`Outcomes::events`] by stage into the three event counts.
    pub(super) fn count_stages(&mut self) {
        let n = |s: EventStage| self.events.iter().filter(|e| e.stage == s).count() as u64;
        (self.events_held, self.events_under_way, self.events_planned) =
            (n(EventStage::Held), n(EventStage::UnderWay), n(EventStage::Planned));
    }

    /// The events at `stage`, by start date.
    pub fn events_at(&self, stage: EventStage) -> impl Iterator<Item = &EventRow> {
        self.events.iter().filter(move |e| e.stage == stage)
    }
}

/// The share `part / whole`, or `None` when `whole` is 0.
pub fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares() {
        assert_eq!(share(1, 4), Some(0.25));
        assert_eq!(share(0, 0), None);
    }
}
