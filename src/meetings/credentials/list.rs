//! Every delegation of a meeting with its credentials, by State name, and the filters of the
//! secretariat's list (status, UN regional group).

use sea_orm::ConnectionTrait;

use super::super::managed_meeting;
use super::{CredentialsRow, store};
use crate::Office;
use crate::auth::StaffUser;
use crate::domain::CredentialsStatus;
use crate::entities::{delegation, event};
use crate::error::Result;
use crate::i18n::{Lang, Tr};
use crate::participants::names::{self, state_name};
use crate::reference::{self, Reference};

/// What the list shows: only delegations of this status, of this regional group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CredentialsFilter {
    /// Only this status.
    pub status: Option<CredentialsStatus>,
    /// Only States of this UN regional group (its code).
    pub group: Option<String>,
}

impl CredentialsFilter {
    /// Whether `row` passes the filter.
    pub fn keeps(&self, row: &CredentialsRow) -> bool {
        self.status.is_none_or(|s| s == row.status)
            && self.group.as_deref().is_none_or(|g| row.group_code.as_deref() == Some(g))
    }
}

/// A meeting's credentials as the secretariat's list shows them.
#[derive(Debug, Clone)]
pub struct MeetingCredentials {
    /// The meeting.
    pub event: event::Model,
    /// The delegations the filter keeps, by State name.
    pub rows: Vec<CredentialsRow>,
    /// How many delegations the meeting has, filtered or not.
    pub total: usize,
}

/// The row of delegation `d` with its record and file, names in `lang`.
fn row_of(
    reference: &Reference,
    lang: Lang,
    d: delegation::Model,
    record: Option<crate::entities::credentials::Model>,
    document: Option<crate::entities::stored_file::Model>,
) -> CredentialsRow {
    let group_code =
        reference.countries.iter().find(|c| c.iso3 == d.country_iso3).and_then(|c| c.regional_group.clone());
    CredentialsRow {
        delegation_id: d.id,
        state: state_name(reference, &d.country_iso3, lang),
        group: group_code.as_deref().map(|g| reference::regional_group(Tr(lang), reference, g)),
        group_code,
        country_iso3: d.country_iso3,
        status: record.as_ref().map_or(CredentialsStatus::None, |r| r.status),
        note: record.as_ref().and_then(|r| r.note.clone()),
        original_received_at: record.as_ref().and_then(|r| r.original_received_at),
        updated_at: record.as_ref().map(|r| r.updated_at),
        document,
    }
}

/// Every delegation of `event_id` with its credentials, by State name in `lang`.
pub(super) async fn rows_of<C: ConnectionTrait>(
    db: &C,
    reference: &Reference,
    event_id: i32,
    lang: Lang,
) -> Result<Vec<CredentialsRow>> {
    let delegations = store::delegations_of(db, event_id).await?;
    let ids: Vec<i32> = delegations.iter().map(|d| d.id).collect();
    let mut records = store::records_of(db, &ids).await?;
    let file_ids: Vec<i32> = records.values().filter_map(|r| r.stored_file_id).collect();
    let mut files = store::files_of(db, &file_ids).await?;
    let mut rows: Vec<CredentialsRow> = delegations
        .into_iter()
        .map(|d| {
            let record = records.remove(&d.id);
            let document = record.as_ref().and_then(|r| r.stored_file_id).and_then(|f| files.remove(&f));
            row_of(reference, lang, d, record, document)
        })
        .collect();
    rows.sort_by(|a, b| names::compare(lang, &a.state, &b.state));
    Ok(rows)
}

/// The credentials of a meeting the staff member manages, as `filter` keeps them.
pub async fn list(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
    filter: &CredentialsFilter,
    lang: Lang,
) -> Result<MeetingCredentials> {
    let db = &office.db.read;
    let event = managed_meeting(db, staff, event_id).await?;
    let all = rows_of(db, &office.reference, event.id, lang).await?;
    let total = all.len();
    let rows = all.into_iter().filter(|r| filter.keeps(r)).collect();
    Ok(MeetingCredentials { event, rows, total })
}
