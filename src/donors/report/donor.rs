//! The report of one donor: contributions, the activities they fund, money by category,
//! year and programme, and suppressed outcomes.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::cells::{Cells, Suppressed, person_counts};
use super::model::{
    Activity, BreakdownRow, CategoryRow, ContributionRow, Count, DonorReport, GroupRow, Outcomes, Selection, Stage,
};
use crate::db::Db;
use crate::domain::EventStatus;
use crate::donors::BudgetCategory;
use crate::entities::{allocation, contribution, donor, event, event_budget_line};
use crate::error::{Error, Result};
use crate::i18n::{Lang, Tr};
use crate::participants::names::{self, state_name};
use crate::reference::Reference;

pub(super) fn stage(e: &event::Model, today: NaiveDate) -> Stage {
    if e.status == EventStatus::Cancelled {
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

/// The report of `donor_id` for `selection`, as of `now`, with cells below `min_cell` suppressed.
pub async fn donor_report(
    db: &Db,
    reference: &Reference,
    donor_id: i32,
    selection: &Selection,
    now: DateTime<Utc>,
    min_cell: u64,
    lang: Lang,
) -> Result<DonorReport> {
    let today = now.date_naive();
    let Funding { donor, contributions, mine, events, my_alloc, my_lines } = funding(&db.read, donor_id).await?;
    let held: Vec<&event::Model> =
        events.iter().filter(|e| matches!(stage(e, today), Stage::Past | Stage::Running)).collect();
    let counts = person_counts(db, reference, &held, now).await?;

    let mut selections = vec![Selection::All];
    let years: BTreeSet<i32> = events.iter().map(|e| e.start_date.year()).collect();
    let programmes: BTreeSet<String> = events.iter().map(|e| e.programme_code.clone()).collect();
    selections.extend(years.iter().map(|y| Selection::Year(*y)));
    selections.extend(programmes.iter().map(|p| Selection::Programme(p.clone())));
    if !selections.contains(selection) {
        return Err(Error::NotFound);
    }
    let sums = selection_sums(&selections, &counts);
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
        .map(|p| {
            group_row(&Selection::Programme(p.clone()), p.clone(), crate::reference::programme(Tr(lang), reference, p))
        })
        .collect();

    let mut selected: Vec<&event::Model> = events.iter().filter(|e| selection.covers(e)).collect();
    selected.sort_by_key(|e| (e.start_date, e.id));
    let activities = selected.iter().map(|e| activity(reference, lang, e, today, &my_alloc)).collect();
    let categories = categories(&selected, &my_lines);
    let outcomes = outcomes(reference, lang, &suppressed, selection, sums.get(selection), &selected, today);

    let rows: Vec<ContributionRow> = contributions.iter().map(contribution_row).collect();
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

/// A donor's money as its report reads it.
struct Funding {
    /// The donor.
    donor: donor::Model,
    /// Its contributions.
    contributions: Vec<contribution::Model>,
    /// Its allocations.
    mine: Vec<allocation::Model>,
    /// The events it funds.
    events: Vec<event::Model>,
    /// What it allocated per event, USD cents.
    my_alloc: HashMap<i32, i64>,
    /// Its share of each event's planned and actual spending: (category, planned, actual).
    my_lines: HashMap<i32, Vec<(BudgetCategory, i64, i64)>>,
}

/// Reads a donor's contributions, allocations and funded events, and works out its share of
/// each event's spending.
async fn funding(db: &DatabaseConnection, donor_id: i32) -> Result<Funding> {
    let donor = donor::Entity::find_by_id(donor_id).one(db).await?.ok_or(Error::NotFound)?;
    let contributions = crate::donors::rules::donor_contributions(db, donor_id).await?;
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
    let mut my_lines: HashMap<i32, Vec<(BudgetCategory, i64, i64)>> = HashMap::new();
    for l in &lines {
        let mine = my_alloc.get(&l.event_id).copied().unwrap_or(0);
        let total = total_alloc.get(&l.event_id).copied().unwrap_or(0);
        my_lines.entry(l.event_id).or_default().push((
            l.category,
            share(l.planned_usd_minor, mine, total),
            share(l.actual_usd_minor, mine, total),
        ));
    }
    Ok(Funding { donor, contributions, mine, events, my_alloc, my_lines })
}

/// Each selection's person counts: the sums of the (year, programme) groups it covers.
fn selection_sums(selections: &[Selection], counts: &HashMap<(i32, String), Cells>) -> HashMap<Selection, Cells> {
    let mut sums: HashMap<Selection, Cells> = HashMap::new();
    for s in selections {
        let entry = sums.entry(s.clone()).or_default();
        for ((year, programme), cells) in counts {
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
    sums
}

/// A contribution as the report lists it.
fn contribution_row(c: &contribution::Model) -> ContributionRow {
    ContributionRow {
        id: c.id,
        trust_fund: c.trust_fund.clone(),
        currency: c.currency.clone(),
        amount_minor: c.amount_minor,
        allocated_minor: c.allocated_minor,
        balance_minor: c.amount_minor - c.allocated_minor,
        usd_minor: c.usd_minor,
        pledged_on: c.pledged_on,
        received_on: c.received_on,
        earmark: c.earmark_kind.as_str().to_owned(),
        earmark_ref: c.earmark_ref.clone(),
        period_start: c.period_start,
        period_end: c.period_end,
    }
}

/// One funded activity as the report lists it.
fn activity(
    reference: &Reference,
    lang: Lang,
    e: &event::Model,
    today: NaiveDate,
    my_alloc: &HashMap<i32, i64>,
) -> Activity {
    Activity {
        event_id: e.id,
        title: e.title.clone(),
        programme: e.programme_code.clone(),
        city: e.city.clone(),
        country: e.country_iso3.as_deref().map(|c| state_name(reference, c, lang)),
        start_date: e.start_date,
        end_date: e.end_date,
        stage: stage(e, today),
        allocated_usd_minor: my_alloc.get(&e.id).copied().unwrap_or(0),
    }
}

/// The donor's share of planned and actual spending by budget category, over `selected`.
fn categories(
    selected: &[&event::Model],
    my_lines: &HashMap<i32, Vec<(BudgetCategory, i64, i64)>>,
) -> Vec<CategoryRow> {
    let mut categories: Vec<CategoryRow> = BudgetCategory::ALL
        .iter()
        .map(|c| CategoryRow { category: c.as_str().to_owned(), planned_usd_minor: 0, spent_usd_minor: 0 })
        .collect();
    for e in selected {
        for (cat, planned, spent) in my_lines.get(&e.id).into_iter().flatten() {
            if let Some(row) = categories.iter_mut().find(|r| r.category == cat.as_str()) {
                row.planned_usd_minor += planned;
                row.spent_usd_minor += spent;
            }
        }
    }
    categories
}

pub(super) fn outcomes(
    reference: &Reference,
    lang: Lang,
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
        rows.sort_by(|a, b| names::compare(lang, &a.label, &b.label));
        rows
    };
    let participants = sup.get(s, "total");
    let attended = sup.get(s, "att:attended");
    let women = sup.get(s, "gender:woman");
    let percent = |part: Count| match (part.value(), participants.value()) {
        (Some(p), Some(t)) if t > 0 => Some((p * 100 + t / 2) / t),
        _ => None,
    };
    let group_name = |g: &str| crate::reference::regional_group(Tr(lang), reference, g);
    let org_name = |o: &str| crate::reference::organisation_type(Tr(lang), reference, o);
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
        by_state: breakdown("state:", &|c| state_name(reference, c, lang)),
    }
}
