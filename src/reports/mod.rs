//! Reports: the outcomes of one event or of a set of events (a programme, series, unit or
//! period, or the events a donor funds) — the funnel invited → registered → confirmed →
//! attended, attendance per day and session, and the mix of States, regional groups, genders,
//! organisation types and roles — as pages with charts, CSV, XLSX and JSON. Every figure is
//! aggregated by the database.

pub mod charts;
pub mod export;
pub mod figures;
pub mod handlers;
pub mod labels;
pub mod rules;
pub mod views;
