//! Person counts per year and programme, and the suppressed grid over every selection, so a
//! figure is the same on whichever page shows it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Datelike, Utc};

use super::model::{Count, Selection};
use crate::db::Db;
use crate::donors::suppress::{Figure, Grid};
use crate::entities::event;
use crate::error::Result;
use crate::reference::Reference;
use crate::reports::figures;

/// Person counts of a group of events, by the columns of the suppression grid.
pub(super) type Cells = BTreeMap<String, u64>;

/// Person counts of the held events per (year, programme), summed from each event's cells
/// ([`figures::event_cells`]); a State's cell moves under its regional group, which also gets
/// a cell of its own. Years, programmes and the whole are sums of these disjoint groups.
pub(super) async fn person_counts(
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

/// Builds the suppressed grid over every selection a donor can ask for, so a figure is the
/// same whichever page shows it.
pub(super) struct Suppressed {
    figures: Vec<Figure>,
    index: HashMap<(Selection, String), usize>,
}

impl Suppressed {
    pub(super) fn get(&self, s: &Selection, column: &str) -> Count {
        self.index.get(&(s.clone(), column.to_owned())).map(|&i| self.figures[i].into()).unwrap_or(Count::Shown(0))
    }

    pub(super) fn build(selections: &[Selection], sums: &HashMap<Selection, BTreeMap<String, u64>>, min: u64) -> Self {
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
