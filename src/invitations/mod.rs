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

use chrono::{DateTime, Utc};

use crate::db::Db;
use crate::mail::Mailer;
use crate::reference::Reference;

/// What the invitation rules need from the running service: the database, the reference
/// lists, how to build links and Message-IDs, the dispatcher to wake, and "now".
pub struct Office<'a> {
    /// Database connections.
    pub db: &'a Db,
    /// Reference lists (States, regional groups).
    pub reference: &'a Reference,
    /// The public base URL links in emails start with.
    pub base_url: String,
    /// The domain of Message-IDs.
    pub mail_domain: String,
    /// Woken after a commit that queued email.
    pub mailer: &'a Mailer,
    /// The current instant.
    pub now: DateTime<Utc>,
}

impl<'a> Office<'a> {
    /// What `office` offers the invitation rules at this instant.
    pub fn of(office: &'a crate::Office) -> Self {
        Self {
            db: &office.db,
            reference: &office.reference,
            base_url: office.links.base.clone(),
            mail_domain: office.mail_domain(),
            mailer: &office.mailer,
            now: office.now(),
        }
    }
}
