//! The secretariat's list of credentials as a CSV file: the same columns as the page, the
//! same filters, headers in the reader's language.

use super::{CredentialsFilter, list};
use crate::Office;
use crate::auth::StaffUser;
use crate::error::Result;
use crate::export::{Csv, Download};
use crate::i18n::{Lang, Tr};

/// The columns' catalogue keys, in order.
const HEADER: [&str; 8] = [
    "cred-col-state",
    "cred-col-code",
    "cred-col-group",
    "cred-col-status",
    "cred-col-original",
    "cred-col-changed",
    "cred-col-note",
    "cred-col-document",
];

/// The catalogue key of a status's name.
pub fn status_key(status: crate::domain::CredentialsStatus) -> String {
    format!("cred-status-{}", status.as_str().replace('_', "-"))
}

/// The credentials of a meeting the staff member manages, as `filter` keeps them, in CSV.
/// Times are UTC, RFC 3339 (a spreadsheet reads them as they are).
pub async fn csv(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
    filter: &CredentialsFilter,
    lang: Lang,
) -> Result<Download> {
    let tr = Tr(lang);
    let l = list(office, staff, event_id, filter, lang).await?;
    let mut file = Csv::new(HEADER.iter().map(|k| tr.t(k)))?;
    let time = |t: Option<chrono::DateTime<chrono::Utc>>| t.map(|t| t.to_rfc3339()).unwrap_or_default();
    for r in &l.rows {
        file.row([
            r.state.clone(),
            r.country_iso3.clone(),
            r.group.clone().unwrap_or_default(),
            tr.t(&status_key(r.status)),
            time(r.original_received_at),
            time(r.updated_at),
            r.note.clone().unwrap_or_default(),
            r.document.as_ref().map(|d| d.filename.clone()).unwrap_or_default(),
        ])?;
    }
    Ok(Download {
        content_type: "text/csv; charset=utf-8",
        filename: format!("credentials-{}.csv", l.event.id),
        body: file.finish()?,
        inline: false,
    })
}
