//! The credentials of the delegations to a meeting: each State's delegation has a record — its
//! status (none, copy received, original received, in order), the secretariat's note, the PDF
//! its focal point sent. A delegation without a row has none; the row is written at its first
//! change.
//!
//! - [`list`]: every delegation of the meeting with its credentials, and the filters.
//! - [`record`]: the secretariat sets a status and a note (receipt of the original is dated).
//! - [`upload`]: the focal point's page behind its link, the upload, the document read back.
//! - [`report`]: the figures and the drafted paragraph of the Credentials Committee's report.
//! - [`csv`]: the list as a CSV file.
//! - `store`: the SQL of credentials rows and their files.

pub mod csv;
pub mod list;
pub mod record;
pub mod report;
mod store;
pub mod upload;

use chrono::{DateTime, Utc};

pub use list::{CredentialsFilter, MeetingCredentials, list};
pub use record::{RecordInput, managed_row, record, staff_document};
pub use report::{ReportFigures, paragraphs, report};
pub use upload::{LinkCredentials, link_document, link_page, upload_by_link};

use crate::domain::CredentialsStatus;
use crate::entities::stored_file;

/// Longest note of the secretariat, in characters.
pub const MAX_NOTE_CHARS: usize = 1000;

/// One delegation's credentials as the lists show them, names in the reader's language.
#[derive(Debug, Clone)]
pub struct CredentialsRow {
    /// The delegation.
    pub delegation_id: i32,
    /// The State's code.
    pub country_iso3: String,
    /// The State's name in the reader's language.
    pub state: String,
    /// The State's UN regional group's code, if it has one.
    pub group_code: Option<String>,
    /// That group's name in the reader's language.
    pub group: Option<String>,
    /// Where its credentials stand.
    pub status: CredentialsStatus,
    /// The secretariat's note.
    pub note: Option<String>,
    /// When the secretariat recorded receipt of the original.
    pub original_received_at: Option<DateTime<Utc>>,
    /// When the record last changed; none while nothing was recorded.
    pub updated_at: Option<DateTime<Utc>>,
    /// The document the focal point sent last.
    pub document: Option<stored_file::Model>,
}
