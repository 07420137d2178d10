//! The donor report: contributions and balances, the activities they fund, outcomes with
//! small-cell suppression, money allocated and spent by category, by period and programme;
//! and the office's consolidated extrabudgetary view. Person counts come from the reports'
//! outcomes (aggregated by the database) per year and programme, then are summed per
//! selection and suppressed here; no name or address is ever read.

mod cells;
mod consolidated;
mod donor;
mod model;

pub use consolidated::{Consolidated, ConsolidatedRow, consolidated};
pub use donor::donor_report;
pub use model::{
    Activity, BreakdownRow, CategoryRow, ContributionRow, Count, DonorReport, GroupRow, Outcomes, Selection, Stage,
};
