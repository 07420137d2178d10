//! Certificates of attendance for workshops and training courses, and badges: the rule
//! (share of the event's days attended, counted from the check-in log), issuing with an email
//! each (by the organiser after the event, or the scheduled job), revocation, public
//! verification of a code, the certificate and badge PDFs.

pub mod code;
pub mod files;
pub mod handlers;
pub mod pdf;
pub mod printable;
pub mod queries;
pub mod rules;
pub mod views;
