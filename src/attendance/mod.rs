//! Attendance and check-in: a log of scans (entry, exit, undo) per registration, day and
//! session; signed, revocable check-in codes shown as QR codes; the check-in console with its
//! offline queue; walk-ins through the registration rules; and the check-in staff role.

pub mod batch;
pub mod code;
pub mod handlers;
pub mod input;
pub mod rules;
pub mod views;
