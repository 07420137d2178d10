//! Rules of the reports: which events a report covers (a [`Selection`]), the outcomes of those
//! events ([`outcomes`]) and the report of one event ([`event_report`]).
//!
//! Every figure is computed by the database (`GROUP BY`, `COUNT(DISTINCT …)`): a report reads
//! a few hundred grouped rows at most, never the registrations or scans themselves. The SQL is
//! written once with `?` placeholders and numbered for PostgreSQL; it uses nothing that
//! SQLite and PostgreSQL do not share.
//!
//! Words, as the reports use them:
//! - *invited*: people with a personal invitation that was not withdrawn;
//! - *registered*: registrations that stand (pending, confirmed, on the waiting list or
//!   offered a seat), plus anyone who attended whatever their registration became;
//! - *confirmed*: registrations holding a confirmed seat;
//! - *attended*: registrations with an entry scan that no undo row takes back (exits do not
//!   take attendance back: someone who came and left was there), read from the day rows the
//!   scans keep (`attendance_days`);
//! - *held*, *under way*, *planned*: an event's days as of now where it takes place;
//! - *present at a session*: scanned in for that session, or for the whole day of it (a scan
//!   with no session counts for every session of its day);
//! - *States*, *regional groups*, *women*: counted among the confirmed participants; a State
//!   counts once however many delegates it sends and however many events they attend.

mod event_report;
mod outcomes;
mod programme;
mod selection;
mod stage;
mod store;

pub use event_report::{DayAttendance, EventReport, SessionAttendance, event_report};
pub use outcomes::{EventRow, Outcomes, Row, share};
pub use programme::{ProgrammeReport, outcomes, programme_report};
pub use selection::{Filters, RawFilters, ReportError, Selection};
pub(super) use selection::{push_in, statement};
pub use stage::{EventStage, stage};
