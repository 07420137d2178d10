//! Rules of retention and erasure: which events are past their retention period and what
//! their erasure takes ([`plan`]), the erasure of one event, by the job or early by an admin
//! ([`erase_event`], [`erase_due`]), and of one person on request ([`erase_person`]); and
//! subject access, everything held about one person ([`access`]).

pub mod access;
mod erase_event;
mod erase_person;
mod plan;

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use serde::Serialize;

use crate::error::Result;
pub use access::{PersonalData, behind_link, personal_data};
pub use erase_event::{due_event, erase_due, erase_event};
pub use erase_person::{PersonEvent, PersonFile, Reason, erase_person, find_by_email, person_file};
pub use plan::{DueEvent, Plan, kept_until, next_run, plan};

/// When event `id`'s personal data was last erased, and what went (from the audit log).
pub async fn event_erased<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<(DateTime<Utc>, Counts)>> {
    erase_event::last_erasure(db, erase_event::ERASE_EVENT, "event", id).await
}

/// When person `id`'s personal data was erased on request, and what went (from the audit log).
pub async fn person_erased<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<(DateTime<Utc>, Counts)>> {
    erase_event::last_erasure(db, erase_person::ERASE_PERSON, "person", id).await
}

/// What an erasure changed, or would change, per kind of record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Counts {
    /// Registrations whose personal data goes.
    pub registrations: u64,
    /// Invitations (and nominations) whose links and free text go.
    pub invitations: u64,
    /// People no longer linked to an event whose data is kept.
    pub people: u64,
    /// Uploaded notes verbales.
    pub files: u64,
    /// Check-in scans with a device name.
    pub scans: u64,
    /// Emails in the outbox, addresses and bodies.
    pub emails: u64,
    /// Issued lists of participants deleted (only when they are not kept).
    pub lists: u64,
}

impl Counts {
    /// True when there is nothing to erase.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

#[cfg(test)]
mod tests {
    use super::Counts;

    #[test]
    fn counts_are_empty_only_when_every_kind_is_zero() {
        assert!(Counts::default().is_empty());
        assert!(!Counts { scans: 1, ..Counts::default() }.is_empty());
    }
}
