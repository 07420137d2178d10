//! The office's consolidated extrabudgetary view across donors.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Serialize;

use crate::db::Db;
use crate::donors::EarmarkKind;
use crate::entities::{allocation, contribution, event, event_budget_line};
use crate::error::Result;
use crate::reference::Reference;
use crate::reports::figures;

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

/// States reached per programme (`p:`), per unit (`u:`) and in all: the distinct States of the
/// confirmed participants of the funded events held so far.
async fn states_reached(
    db: &Db,
    reference: &Reference,
    events: &[event::Model],
    now: DateTime<Utc>,
) -> Result<HashMap<String, u64>> {
    let today = now.date_naive();
    let held: Vec<&event::Model> = events.iter().filter(|e| e.start_date <= today).collect();
    let cells = figures::event_cells(db, &held, now).await?;
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
    Ok(states)
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
    let states = states_reached(db_all, reference, &events, now).await?;
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
    let received = |kind: EarmarkKind, code: &str| -> i64 {
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
            row(format!("p:{}", p.code), &p.code, &p.name, &evs, received(EarmarkKind::Programme, &p.code))
        })
        .filter(|r| r.activities > 0 || r.received_usd_minor > 0)
        .collect();
    let units = reference
        .units
        .iter()
        .map(|u| {
            let evs: Vec<&event::Model> = events.iter().filter(|e| e.unit_code == u.code).collect();
            row(format!("u:{}", u.code), &u.code, &u.name, &evs, received(EarmarkKind::Unit, &u.code))
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
            .filter(|c| c.received_on.is_some() && c.earmark_kind == EarmarkKind::Unearmarked)
            .map(|c| c.usd_minor)
            .sum(),
        total: row("all".to_owned(), "all", "", &all, total_received),
    })
}
