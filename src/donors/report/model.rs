//! What a donor report holds: the selections a donor can ask for, and the rows and figures
//! of the report as pages, exports and the API show them.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::donors::suppress::Figure;
use crate::entities::event;
use crate::error::{Msg, Result};

/// Which part of a donor's activities a report covers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Selection {
    /// Everything.
    All,
    /// Events starting in one year.
    Year(i32),
    /// Events of one programme.
    Programme(String),
}

impl Selection {
    /// Parses `all`, `year:2025` or `programme:1540` (empty is `all`).
    pub fn parse(raw: &str) -> Result<Self> {
        let raw = raw.trim();
        if raw.is_empty() || raw == "all" {
            return Ok(Selection::All);
        }
        let bad = || crate::error::FieldErrors::single("view", Msg::new("err-choice"));
        match raw.split_once(':') {
            Some(("year", y)) => y.parse().map(Selection::Year).map_err(|_| bad()),
            Some(("programme", p)) if !p.is_empty() => Ok(Selection::Programme(p.to_owned())),
            _ => Err(bad()),
        }
    }

    /// The query value of this selection.
    pub fn code(&self) -> String {
        match self {
            Selection::All => "all".to_owned(),
            Selection::Year(y) => format!("year:{y}"),
            Selection::Programme(p) => format!("programme:{p}"),
        }
    }

    pub(super) fn covers(&self, e: &event::Model) -> bool {
        match self {
            Selection::All => true,
            Selection::Year(y) => e.start_date.year() == *y,
            Selection::Programme(p) => &e.programme_code == p,
        }
    }
}

/// One contribution with its balance.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ContributionRow {
    /// Id.
    pub id: i32,
    /// Trust fund or project code.
    pub trust_fund: String,
    /// ISO 4217 code.
    pub currency: String,
    /// Amount, minor units.
    pub amount_minor: i64,
    /// Allocated to events, minor units.
    pub allocated_minor: i64,
    /// Not yet allocated, minor units.
    pub balance_minor: i64,
    /// USD equivalent at the recorded rate, cents.
    pub usd_minor: i64,
    /// Pledged on.
    pub pledged_on: NaiveDate,
    /// Received on.
    pub received_on: Option<NaiveDate>,
    /// Earmarking kind.
    pub earmark: String,
    /// What it is earmarked to.
    pub earmark_ref: Option<String>,
    /// Reporting period.
    pub period_start: NaiveDate,
    /// Reporting period end.
    pub period_end: NaiveDate,
}

/// Where an activity stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Held.
    Past,
    /// Under way today.
    Running,
    /// Still to come.
    Planned,
    /// Cancelled.
    Cancelled,
}

/// One funded activity.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Activity {
    /// Event id.
    pub event_id: i32,
    /// Title.
    pub title: String,
    /// Programme code.
    pub programme: String,
    /// City.
    pub city: String,
    /// Country name, if any.
    pub country: Option<String>,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Where it stands.
    pub stage: Stage,
    /// This donor's allocation, USD cents.
    pub allocated_usd_minor: i64,
}

/// A person count after suppression: the number, or why it is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Count {
    /// The count.
    Shown(u64),
    /// Fewer than the minimum.
    Fewer,
    /// Withheld so that no small count can be worked out.
    Withheld,
}

impl From<Figure> for Count {
    fn from(f: Figure) -> Self {
        match f {
            Figure::Count(n) => Count::Shown(n),
            Figure::Fewer => Count::Fewer,
            Figure::Withheld => Count::Withheld,
        }
    }
}

impl Count {
    /// The number, when shown.
    pub fn value(self) -> Option<u64> {
        match self {
            Count::Shown(n) => Some(n),
            _ => None,
        }
    }
}

/// One row of a breakdown.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct BreakdownRow {
    /// Code (gender, regional group, organisation type, ISO3), `none` when unknown.
    pub code: String,
    /// Name to show (from the reference lists; genders are translated by the views).
    pub label: String,
    /// The count.
    pub count: Count,
}

/// Outcomes of the selected activities, suppressed.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = DonorOutcomes)]
pub struct Outcomes {
    /// Events held or under way.
    pub events_held: u64,
    /// Confirmed participants (participations).
    pub participants: Count,
    /// Participants who attended at least once.
    pub attended: Count,
    /// Attended / participants, percent, when both are shown.
    pub attendance_rate: Option<u64>,
    /// Women among participants.
    pub women: Count,
    /// Women's share, percent, when shown.
    pub women_share: Option<u64>,
    /// Certificates of attendance issued.
    pub certificates: Count,
    /// Distinct States reached.
    pub states: u64,
    /// Distinct regional groups reached.
    pub regional_groups: u64,
    /// By gender.
    pub by_gender: Vec<BreakdownRow>,
    /// By regional group.
    pub by_regional_group: Vec<BreakdownRow>,
    /// By organisation type.
    pub by_organisation_type: Vec<BreakdownRow>,
    /// By State.
    pub by_state: Vec<BreakdownRow>,
}

/// One budget category: the donor's share of planned and actual spending.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CategoryRow {
    /// Category code.
    pub category: String,
    /// Planned, USD cents.
    pub planned_usd_minor: i64,
    /// Spent, USD cents.
    pub spent_usd_minor: i64,
}

/// One period or programme.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GroupRow {
    /// Year or programme code.
    pub key: String,
    /// Label.
    pub label: String,
    /// Activities funded.
    pub activities: u64,
    /// Allocated by this donor, USD cents.
    pub allocated_usd_minor: i64,
    /// Spent (this donor's share), USD cents.
    pub spent_usd_minor: i64,
    /// Participants.
    pub participants: Count,
}

/// The whole donor report.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DonorReport {
    /// Donor id.
    pub donor_id: i32,
    /// Donor name.
    pub donor: String,
    /// Day the figures were computed.
    pub as_of: NaiveDate,
    /// Smallest count shown.
    pub min_cell: u64,
    /// The selection (`all`, `year:2025`, `programme:1540`).
    pub view: String,
    /// Selections available.
    pub views: Vec<String>,
    /// Contributions.
    pub contributions: Vec<ContributionRow>,
    /// Pledged, USD cents.
    pub pledged_usd_minor: i64,
    /// Received, USD cents.
    pub received_usd_minor: i64,
    /// Allocated to events, USD cents.
    pub allocated_usd_minor: i64,
    /// Not yet allocated, USD cents.
    pub unallocated_usd_minor: i64,
    /// Funded activities of the selection.
    pub activities: Vec<Activity>,
    /// Outcomes of the selection.
    pub outcomes: Outcomes,
    /// Money by category (this donor's share) for the selection.
    pub categories: Vec<CategoryRow>,
    /// Allocated in the selection, USD cents.
    pub selection_allocated_usd_minor: i64,
    /// Spent in the selection (this donor's share), USD cents.
    pub selection_spent_usd_minor: i64,
    /// By year.
    pub by_year: Vec<GroupRow>,
    /// By programme.
    pub by_programme: Vec<GroupRow>,
}
