//! Invitations: to named people (one by one, from CSV, or copied from an earlier event) and to
//! States' focal points, who nominate their delegation up to a seat quota.
//!
//! - [`input`]: forms and API bodies parsed into domain values.
//! - [`csv`]: the CSV import format, parsed row by row with every problem named.
//! - [`rules`]: personal invitations — create (one, many, copied), list, resend, revoke,
//!   extend, remind — each in one transaction with its audit entries and outbox rows.
//! - [`delegations`]: invitations to States, the focal point's nominations and the note verbale.
//! - [`handlers`], [`views`]: the organiser's pages and the focal point's page.

pub mod csv;
pub mod delegations;
pub mod handlers;
pub mod input;
pub mod rules;
pub mod views;
