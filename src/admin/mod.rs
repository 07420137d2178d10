//! The admin's pages: staff accounts, the audit log, the development mailbox over the outbox,
//! and the scheduled jobs; with them, the organiser's preview of an event's reminders. These
//! are the only pages over [`crate::mail`] and [`crate::jobs`], which know no HTTP.

pub mod audit_log;
pub mod handlers;
pub mod views;
