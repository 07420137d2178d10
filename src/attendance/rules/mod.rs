//! Rules of check-in: who may work an event's desk, what a scan records, refusals with their
//! reason, undo as another row, offline batches replayed without duplicates, walk-ins through
//! the registration rules, and the revocation of check-in codes.
//!
//! Attendance is a log: `attendance_scans` rows are only ever inserted. Whether a person is
//! in is worked out from the log of their day (the latest entry or exit not undone).
//! Beside the log, each scan's transaction keeps the participant's attended days
//! (`attendance_days`), which reports and certificates count.

mod access;
mod desk;
mod revoke;
mod scan;
mod store;
mod walk_in;

pub use access::{DeskEvents, desk_event, may_check_in, scan_desk_event};
pub use desk::{Desk, DeskEntry, desk, log, present_per_day, search};
pub use revoke::revoke_code;
pub use scan::{
    BATCH_LIMIT, BatchItem, ItemResult, Outcome, ScanRequest, Target, UndoRequest, code_of, local_day, scan, sync,
    undo, venue_zone,
};
pub use store::{NewScan, ScanHook, ScanWriter, current_entry, record_scan, record_scans};
pub use walk_in::walk_in;
