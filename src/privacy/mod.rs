//! Personal data past its time: each event keeps its participants' personal data for a
//! retention period after its last day (`privacy.retention_months`, or the event's own), then
//! the daily `privacy_erasure` job erases it; an admin sees what the next run will erase, runs
//! it early for one event, and erases one person across events on request, with a reason.
//!
//! Erasure replaces or removes names, addresses, phones, needs, positions, free text, notes
//! verbales and check-in device names, and keeps every row with its gender, State,
//! organisation type, role and attendance, so that every report and donor figure reads the
//! same before and after. Issued lists of participants, official records, are kept unless
//! `privacy.keep_issued_lists` is off. Every erasure is an audit entry with counts, never data.
//!
//! - [`rules`]: the plan of the next run, the erasure of an event, of a person.
//! - `store`: the SQL.
//! - [`input`], [`handlers`], [`views`]: the admin's pages and the public privacy page with the
//!   versioned data-protection notice (`config::Notice`).
//! - [`access_views`]: "Your data", everything held about a person, behind their manage link.

pub mod access_views;
pub mod handlers;
pub mod input;
pub mod rules;
mod store;
pub mod views;

pub use store::is_erased_address;

/// What an erased name or text reads.
pub const ERASED: &str = "(erased)";
