//! The donor report: contributions and balances, the activities they fund, outcomes with
//! small-cell suppression, money allocated and spent by category, by period and programme;
//! and the office's consolidated extrabudgetary view. Person counts come from the reports'
//! outcomes (aggregated by the database) per year and programme, then are summed per
//! selection and suppressed here; no name or address is ever read.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Serialize;

use super::BudgetCategory;
use super::suppress::{Figure, Grid};
use crate::db::Db;
use crate::entities::{allocation, contribution, donor, event, event_budget_line};
use crate::error::{Error, Msg, Result};
use crate::reference::Reference;
use crate::reports::figures;

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

    fn covers(&self, e: &event::Model) -> bool {
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

/// Person counts of a group of events, by the columns of the suppression grid.
type Cells = BTreeMap<String, u64>;

/// Person counts of the held events per (year, programme), summed from each event's cells
/// ([`figures::event_cells`]); a State's cell moves under its regional group, which also gets
/// a cell of its own. Years, programmes and the whole are sums of these disjoint groups.
async fn person_counts(
    db: &Db,
    reference: &Reference,
    held: &[&event::Model],
    now: DateTime<Utc>,
) -> Result<HashMap<(i32, String), Cells>> {
    let groups: HashMap<&str, &str> =
        reference.countries.iter().filter_map(|c| c.regional_group.as_deref().map(|g| (c.iso3.as_str(), g))).collect();
    let cells = figures::event_cells(db, held, now).await?;
    let mut out: HashMap<(i32, String), Cells> = HashMap::new();
    for e in held {
        let sums = out.entry((e.start_date.year(), e.programme_code.clone())).or_default();
        for (cell, n) in cells.get(&e.id).into_iter().flatten() {
            match cell.strip_prefix("state:") {
                Some(state) => {
                    let group = groups.get(state).copied().unwrap_or("none");
                    *sums.entry(format!("state:{group}:{state}")).or_default() += n;
                    *sums.entry(format!("group:{group}")).or_default() += n;
                }
                None => *sums.entry(cell.clone()).or_default() += n,
            }
        }
    }
    Ok(out)
}

fn stage(e: &event::Model, today: NaiveDate) -> Stage {
    if e.status == "cancelled" {
        Stage::Cancelled
    } else if e.end_date < today {
        Stage::Past
    } else if e.start_date <= today {
        Stage::Running
    } else {
        Stage::Planned
    }
}

/// Rounds `a * b / c` half up, in integers.
fn share(a: i64, b: i64, c: i64) -> i64 {
    if c == 0 {
        return 0;
    }
    let num = i128::from(a) * i128::from(b);
    i64::try_from((2 * num + i128::from(c)) / (2 * i128::from(c))).unwrap_or(i64::MAX)
}

/// Builds the suppressed grid over every selection a donor can ask for, so a figure is the
/// same whichever page shows it.
struct Suppressed {
    figures: Vec<Figure>,
    index: HashMap<(Selection, String), usize>,
}

impl Suppressed {
    fn get(&self, s: &Selection, column: &str) -> Count {
        self.index.get(&(s.clone(), column.to_owned())).map(|&i| self.figures[i].into()).unwrap_or(Count::Shown(0))
    }

    fn build(selections: &[Selection], sums: &HashMap<Selection, BTreeMap<String, u64>>, min: u64) -> Self {
        let mut grid = Grid::default();
        let mut index = HashMap::new();
        for s in selections {
            let cols = sums.get(s).cloned().unwrap_or_default();
            let total = cols.get("total").copied().unwrap_or(0);
            index.insert((s.clone(), "total".to_owned()), grid.cell(total));
            for (c, v) in &cols {
                if c != "total" {
                    index.insert((s.clone(), c.clone()), grid.cell(*v));
                }
            }
        }
        let cell = |s: &Selection, c: &str| index.get(&(s.clone(), c.to_owned())).copied();
        for s in selections {
            let Some(total) = cell(s, "total") else { continue };
            let cols: Vec<String> = sums.get(s).map(|m| m.keys().cloned().collect()).unwrap_or_default();
            for prefix in ["gender:", "group:", "state:", "org:", "att:", "cert:"] {
                let members: Vec<usize> =
                    cols.iter().filter(|c| c.starts_with(prefix)).filter_map(|c| cell(s, c)).collect();
                grid.line(total, members);
            }
            // States add up to their regional group.
            for g in cols.iter().filter(|c| c.starts_with("group:")) {
                let code = &g["group:".len()..];
                let Some(margin) = cell(s, g) else { continue };
                let members: Vec<usize> = cols
                    .iter()
                    .filter(|c| c.strip_prefix("state:").is_some_and(|r| r.starts_with(&format!("{code}:"))))
                    .filter_map(|c| cell(s, c))
                    .collect();
                grid.line(margin, members);
            }
        }
        // Each figure across the years, and across the programmes, adds up to the whole.
        let all_cols: BTreeSet<String> =
            sums.get(&Selection::All).map(|m| m.keys().cloned().collect()).unwrap_or_default();
        for part in [
            selections.iter().filter(|s| matches!(s, Selection::Year(_))).collect::<Vec<_>>(),
            selections.iter().filter(|s| matches!(s, Selection::Programme(_))).collect::<Vec<_>>(),
        ] {
            for c in all_cols.iter().chain(std::iter::once(&"total".to_owned())) {
                let Some(margin) = cell(&Selection::All, c) else { continue };
                let members: Vec<usize> = part.iter().filter_map(|s| cell(s, c)).collect();
                grid.line(margin, members);
            }
        }
        let figures = grid.solve(min);
        Suppressed { figures, index }
    }
}

/// The report of `donor_id` for `selection`, as of `now`, with cells below `min_cell` suppressed.
pub async fn donor_report(
    db: &Db,
    reference: &Reference,
    donor_id: i32,
    selection: &Selection,
    now: DateTime<Utc>,
    min_cell: u64,
) -> Result<DonorReport> {
    let today = now.date_naive();
    let (db_all, db) = (db, &db.read);
    let donor = donor::Entity::find_by_id(donor_id).one(db).await?.ok_or(Error::NotFound)?;
    let contributions = super::rules::donor_contributions(db, donor_id).await?;
    let ids: Vec<i32> = contributions.iter().map(|c| c.id).collect();
    let mine = if ids.is_empty() {
        Vec::new()
    } else {
        allocation::Entity::find().filter(allocation::Column::ContributionId.is_in(ids)).all(db).await?
    };
    let mut my_alloc: HashMap<i32, i64> = HashMap::new();
    for a in &mine {
        *my_alloc.entry(a.event_id).or_default() += a.usd_minor;
    }
    let event_ids: Vec<i32> = my_alloc.keys().copied().collect();
    let (events, all_alloc, lines) = if event_ids.is_empty() {
        (Vec::new(), Vec::new(), Vec::new())
    } else {
        (
            event::Entity::find().filter(event::Column::Id.is_in(event_ids.clone())).all(db).await?,
            allocation::Entity::find().filter(allocation::Column::EventId.is_in(event_ids.clone())).all(db).await?,
            event_budget_line::Entity::find()
                .filter(event_budget_line::Column::EventId.is_in(event_ids.clone()))
                .all(db)
                .await?,
        )
    };
    let mut total_alloc: HashMap<i32, i64> = HashMap::new();
    for a in &all_alloc {
        *total_alloc.entry(a.event_id).or_default() += a.usd_minor;
    }
    // This donor's share of each event's planned and actual spending, by category.
    let mut my_lines: HashMap<i32, Vec<(String, i64, i64)>> = HashMap::new();
    for l in &lines {
        let mine = my_alloc.get(&l.event_id).copied().unwrap_or(0);
        let total = total_alloc.get(&l.event_id).copied().unwrap_or(0);
        my_lines.entry(l.event_id).or_default().push((
            l.category.clone(),
            share(l.planned_usd_minor, mine, total),
            share(l.actual_usd_minor, mine, total),
        ));
    }
    let held: Vec<&event::Model> =
        events.iter().filter(|e| matches!(stage(e, today), Stage::Past | Stage::Running)).collect();
    let counts = person_counts(db_all, reference, &held, now).await?;

    let mut selections = vec![Selection::All];
    let years: BTreeSet<i32> = events.iter().map(|e| e.start_date.year()).collect();
    let programmes: BTreeSet<String> = events.iter().map(|e| e.programme_code.clone()).collect();
    selections.extend(years.iter().map(|y| Selection::Year(*y)));
    selections.extend(programmes.iter().map(|p| Selection::Programme(p.clone())));
    if !selections.contains(selection) {
        return Err(Error::NotFound);
    }
    let mut sums: HashMap<Selection, BTreeMap<String, u64>> = HashMap::new();
    for s in &selections {
        let entry = sums.entry(s.clone()).or_default();
        for ((year, programme), cells) in &counts {
            let covered = match s {
                Selection::All => true,
                Selection::Year(y) => y == year,
                Selection::Programme(p) => p == programme,
            };
            if covered {
                for (c, v) in cells {
                    *entry.entry(c.clone()).or_default() += v;
                }
            }
        }
    }
    let suppressed = Suppressed::build(&selections, &sums, min_cell);

    let spent_of = |e: &event::Model| my_lines.get(&e.id).map(|v| v.iter().map(|l| l.2).sum::<i64>()).unwrap_or(0);
    let group_row = |s: &Selection, key: String, label: String| {
        let evs: Vec<&event::Model> = events.iter().filter(|e| s.covers(e)).collect();
        GroupRow {
            key,
            label,
            activities: evs.len() as u64,
            allocated_usd_minor: evs.iter().map(|e| my_alloc.get(&e.id).copied().unwrap_or(0)).sum(),
            spent_usd_minor: evs.iter().map(|e| spent_of(e)).sum(),
            participants: suppressed.get(s, "total"),
        }
    };
    let by_year = years.iter().map(|y| group_row(&Selection::Year(*y), y.to_string(), y.to_string())).collect();
    let by_programme = programmes
        .iter()
        .map(|p| group_row(&Selection::Programme(p.clone()), p.clone(), reference.programme_name(p).to_owned()))
        .collect();

    let mut selected: Vec<&event::Model> = events.iter().filter(|e| selection.covers(e)).collect();
    selected.sort_by_key(|e| (e.start_date, e.id));
    let activities = selected
        .iter()
        .map(|e| Activity {
            event_id: e.id,
            title: e.title.clone(),
            programme: e.programme_code.clone(),
            city: e.city.clone(),
            country: e.country_iso3.as_deref().map(|c| reference.country_name(c).to_owned()),
            start_date: e.start_date,
            end_date: e.end_date,
            stage: stage(e, today),
            allocated_usd_minor: my_alloc.get(&e.id).copied().unwrap_or(0),
        })
        .collect();
    let mut categories: Vec<CategoryRow> = BudgetCategory::ALL
        .iter()
        .map(|c| CategoryRow { category: c.as_str().to_owned(), planned_usd_minor: 0, spent_usd_minor: 0 })
        .collect();
    for e in &selected {
        for (cat, planned, spent) in my_lines.get(&e.id).into_iter().flatten() {
            if let Some(row) = categories.iter_mut().find(|r| &r.category == cat) {
                row.planned_usd_minor += planned;
                row.spent_usd_minor += spent;
            }
        }
    }
    let outcomes = outcomes(reference, &suppressed, selection, sums.get(selection), &selected, today);

    let rows: Vec<ContributionRow> = contributions
        .iter()
        .map(|c| ContributionRow {
            id: c.id,
            trust_fund: c.trust_fund.clone(),
            currency: c.currency.clone(),
            amount_minor: c.amount_minor,
            allocated_minor: c.allocated_minor,
            balance_minor: c.amount_minor - c.allocated_minor,
            usd_minor: c.usd_minor,
            pledged_on: c.pledged_on,
            received_on: c.received_on,
            earmark: c.earmark_kind.clone(),
            earmark_ref: c.earmark_ref.clone(),
            period_start: c.period_start,
            period_end: c.period_end,
        })
        .collect();
    let allocated_usd_minor: i64 = mine.iter().map(|a| a.usd_minor).sum();
    let pledged_usd_minor: i64 = contributions.iter().map(|c| c.usd_minor).sum();
    Ok(DonorReport {
        donor_id,
        donor: donor.name,
        as_of: today,
        min_cell,
        view: selection.code(),
        views: selections.iter().map(Selection::code).collect(),
        contributions: rows,
        pledged_usd_minor,
        received_usd_minor: contributions.iter().filter(|c| c.received_on.is_some()).map(|c| c.usd_minor).sum(),
        allocated_usd_minor,
        unallocated_usd_minor: pledged_usd_minor - allocated_usd_minor,
        activities,
        selection_allocated_usd_minor: selected.iter().map(|e| my_alloc.get(&e.id).copied().unwrap_or(0)).sum(),
        selection_spent_usd_minor: selected.iter().map(|e| spent_of(e)).sum(),
        outcomes,
        categories,
        by_year,
        by_programme,
    })
}

fn outcomes(
    reference: &Reference,
    sup: &Suppressed,
    s: &Selection,
    cols: Option<&BTreeMap<String, u64>>,
    selected: &[&event::Model],
    today: NaiveDate,
) -> Outcomes {
    let empty = BTreeMap::new();
    let cols = cols.unwrap_or(&empty);
    let breakdown = |prefix: &str, label: &dyn Fn(&str) -> String| -> Vec<BreakdownRow> {
        let mut rows: Vec<BreakdownRow> = cols
            .iter()
            .filter(|(c, v)| c.starts_with(prefix) && **v > 0)
            .map(|(c, _)| {
                let code = c[prefix.len()..].rsplit(':').next().unwrap_or_default().to_owned();
                BreakdownRow { label: label(&code), code, count: sup.get(s, c) }
            })
            .collect();
        rows.sort_by(|a, b| a.label.cmp(&b.label));
        rows
    };
    let participants = sup.get(s, "total");
    let attended = sup.get(s, "att:attended");
    let women = sup.get(s, "gender:woman");
    let percent = |part: Count| match (part.value(), participants.value()) {
        (Some(p), Some(t)) if t > 0 => Some((p * 100 + t / 2) / t),
        _ => None,
    };
    let group_name = |g: &str| {
        reference.regional_groups.iter().find(|r| r.code == g).map(|r| r.name.clone()).unwrap_or_else(|| g.to_owned())
    };
    let org_name = |o: &str| {
        reference
            .organisation_types
            .iter()
            .find(|r| r.code == o)
            .map(|r| r.name.clone())
            .unwrap_or_else(|| o.to_owned())
    };
    Outcomes {
        events_held: selected.iter().filter(|e| matches!(stage(e, today), Stage::Past | Stage::Running)).count() as u64,
        participants,
        attended,
        attendance_rate: percent(attended),
        women,
        women_share: percent(women),
        certificates: sup.get(s, "cert:issued"),
        states: cols.iter().filter(|(c, v)| c.starts_with("state:") && !c.ends_with(":none") && **v > 0).count() as u64,
        regional_groups: cols.iter().filter(|(c, v)| c.starts_with("group:") && *c != "group:none" && **v > 0).count()
            as u64,
        by_gender: breakdown("gender:", &|g| g.to_owned()),
        by_regional_group: breakdown("group:", &group_name),
        by_organisation_type: breakdown("org:", &org_name),
        by_state: breakdown("state:", &|c| reference.country_name(c).to_owned()),
    }
}

/// One programme or unit of the consolidated view.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ConsolidatedRow {
    /// Programme or unit code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Received (earmarked here), USD cents.
    pub received_usd_minor: i64,
    /// Allocated to its events, USD cents.
    pub allocated_usd_minor: i64,
    /// Spent on its funded events, USD cents.
    pub spent_usd_minor: i64,
    /// Funded activities.
    pub activities: u64,
    /// Distinct donors funding them.
    pub donors: u64,
    /// Distinct States reached by its funded activities held so far.
    pub states: u64,
}

/// The office's extrabudgetary report across donors.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Consolidated {
    /// By programme.
    pub programmes: Vec<ConsolidatedRow>,
    /// By unit.
    pub units: Vec<ConsolidatedRow>,
    /// Received, not earmarked to a programme or unit, USD cents.
    pub unearmarked_usd_minor: i64,
    /// Totals over everything.
    pub total: ConsolidatedRow,
}

/// The consolidated extrabudgetary view for admins, as of `now`.
pub async fn consolidated(db: &Db, reference: &Reference, now: DateTime<Utc>) -> Result<Consolidated> {
    let (db_all, db) = (db, &db.read);
    let contributions = contribution::Entity::find().all(db).await?;
    let allocations = allocation::Entity::find().all(db).await?;
    let event_ids: BTreeSet<i32> = allocations.iter().map(|a| a.event_id).collect();
    let ids: Vec<i32> = event_ids.iter().copied().collect();
    let events = if ids.is_empty() {
        Vec::new()
    } else {
        event::Entity::find().filter(event::Column::Id.is_in(ids.clone())).all(db).await?
    };
    let lines = if ids.is_empty() {
        Vec::new()
    } else {
        event_budget_line::Entity::find().filter(event_budget_line::Column::EventId.is_in(ids.clone())).all(db).await?
    };
    // States reached per programme, per unit and in all: the distinct States of the confirmed
    // participants of the funded events held so far.
    let today = now.date_naive();
    let held: Vec<&event::Model> = events.iter().filter(|e| e.start_date <= today).collect();
    let cells = figures::event_cells(db_all, &held, now).await?;
    let states_of = |keep: &dyn Fn(&event::Model) -> bool| -> u64 {
        let states: BTreeSet<&str> = held
            .iter()
            .filter(|e| keep(e))
            .filter_map(|e| cells.get(&e.id))
            .flat_map(|c| c.iter())
            .filter(|(cell, n)| **n > 0 && *cell != "state:none")
            .filter_map(|(cell, _)| cell.strip_prefix("state:"))
            .collect();
        states.len() as u64
    };
    let mut states: HashMap<String, u64> = HashMap::new();
    states.insert("all".to_owned(), states_of(&|_| true));
    for p in &reference.programmes {
        states.insert(format!("p:{}", p.code), states_of(&|e| e.programme_code == p.code));
    }
    for u in &reference.units {
        states.insert(format!("u:{}", u.code), states_of(&|e| e.unit_code == u.code));
    }
    let donor_of: HashMap<i32, i32> = contributions.iter().map(|c| (c.id, c.donor_id)).collect();
    let row = |key: String, code: &str, name: &str, evs: &[&event::Model], received: i64| {
        let set: BTreeSet<i32> = evs.iter().map(|e| e.id).collect();
        let allocs: Vec<&allocation::Model> = allocations.iter().filter(|a| set.contains(&a.event_id)).collect();
        let donors: BTreeSet<i32> = allocs.iter().filter_map(|a| donor_of.get(&a.contribution_id).copied()).collect();
        ConsolidatedRow {
            code: code.to_owned(),
            name: name.to_owned(),
            received_usd_minor: received,
            allocated_usd_minor: allocs.iter().map(|a| a.usd_minor).sum(),
            spent_usd_minor: lines.iter().filter(|l| set.contains(&l.event_id)).map(|l| l.actual_usd_minor).sum(),
            activities: evs.len() as u64,
            donors: donors.len() as u64,
            states: states.get(&key).copied().unwrap_or(0),
        }
    };
    let received = |kind: &str, code: &str| -> i64 {
        contributions
            .iter()
            .filter(|c| c.received_on.is_some() && c.earmark_kind == kind && c.earmark_ref.as_deref() == Some(code))
            .map(|c| c.usd_minor)
            .sum()
    };
    let programmes = reference
        .programmes
        .iter()
        .map(|p| {
            let evs: Vec<&event::Model> = events.iter().filter(|e| e.programme_code == p.code).collect();
            row(format!("p:{}", p.code), &p.code, &p.name, &evs, received("programme", &p.code))
        })
        .filter(|r| r.activities > 0 || r.received_usd_minor > 0)
        .collect();
    let units = reference
        .units
        .iter()
        .map(|u| {
            let evs: Vec<&event::Model> = events.iter().filter(|e| e.unit_code == u.code).collect();
            row(format!("u:{}", u.code), &u.code, &u.name, &evs, received("unit", &u.code))
        })
        .filter(|r| r.activities > 0 || r.received_usd_minor > 0)
        .collect();
    let all: Vec<&event::Model> = events.iter().collect();
    let total_received = contributions.iter().filter(|c| c.received_on.is_some()).map(|c| c.usd_minor).sum();
    Ok(Consolidated {
        programmes,
        units,
        unearmarked_usd_minor: contributions
            .iter()
            .filter(|c| c.received_on.is_some() && c.earmark_kind == "unearmarked")
            .map(|c| c.usd_minor)
            .sum(),
        total: row("all".to_owned(), "all", "", &all, total_received),
    })
}
