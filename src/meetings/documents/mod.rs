//! Official documents of a serviced meeting: a symbol unique across all meetings
//! (`BWC/MSP/2026/3`), a title, an optional agenda item, a date, a distribution, and one PDF per
//! language version. General and limited documents are public; restricted ones are read only by
//! the meeting's staff and its confirmed participants (through their manage links).
//!
//! - [`create`]: adding a document; [`change`]: changing and deleting one.
//! - [`versions`]: uploading, replacing and removing a language version's PDF.
//! - [`access`]: who may list and read which documents, and opening a version's file.

pub mod access;
pub mod change;
pub mod create;
pub mod versions;

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

pub use access::{Reader, open_version, participant_documents, public_documents, staff_documents};
pub use change::{delete_document, update_document};
pub use create::add_document;
pub use versions::{remove_version, upload_version};

use crate::domain::{Distribution, Language};
use crate::entities::{agenda_item, event, official_document, official_document_version, stored_file};
use crate::error::{Error, FieldErrors, Msg, Result};

/// Longest document symbol.
pub const MAX_SYMBOL: usize = 60;
/// Longest document title.
pub const MAX_TITLE: usize = 500;

/// A document's details as the secretariat writes them.
#[derive(Debug, Clone)]
pub struct DocumentInput {
    /// Its symbol, unique across all meetings: `BWC/MSP/2026/3`.
    pub symbol: String,
    /// Its title.
    pub title: String,
    /// The agenda item it is issued under, if any.
    pub agenda_item_id: Option<i32>,
    /// Its date of issue.
    pub issued_on: NaiveDate,
    /// Who may read it.
    pub distribution: Distribution,
}

/// One language version as lists show it.
#[derive(Debug, Clone)]
pub struct VersionRow {
    /// Its language.
    pub language: Language,
    /// The PDF's size in bytes.
    pub size: i64,
    /// When it was uploaded.
    pub uploaded_at: DateTime<Utc>,
}

/// A document with its agenda item's number and its language versions (in UN order).
#[derive(Debug, Clone)]
pub struct DocumentRow {
    /// The document.
    pub document: official_document::Model,
    /// Its agenda item's number, "5(a)".
    pub item_number: Option<String>,
    /// Its language versions.
    pub versions: Vec<VersionRow>,
}

/// The documents of a meeting as one reader may see them, with the meeting's agenda.
#[derive(Debug, Clone)]
pub struct Documents {
    /// The meeting.
    pub event: event::Model,
    /// The agenda's items, in order.
    pub items: Vec<agenda_item::Model>,
    /// The documents found, by date then symbol.
    pub rows: Vec<DocumentRow>,
}

impl Documents {
    /// The documents issued under agenda item `item_id`.
    pub fn under(&self, item_id: i32) -> impl Iterator<Item = &DocumentRow> {
        self.rows.iter().filter(move |r| r.document.agenda_item_id == Some(item_id))
    }

    /// The documents issued under no agenda item.
    pub fn without_item(&self) -> impl Iterator<Item = &DocumentRow> {
        self.rows.iter().filter(|r| r.document.agenda_item_id.is_none())
    }
}

/// Whether `doc` matches the search `q` (in its symbol or title, ignoring case); an empty
/// search matches everything.
pub fn matches(doc: &official_document::Model, q: &str) -> bool {
    let q = q.trim().to_lowercase();
    q.is_empty() || doc.symbol.to_lowercase().contains(&q) || doc.title.to_lowercase().contains(&q)
}

/// The documents of event `event_id` matching `q`, restricted ones only when `restricted` is true.
pub(crate) async fn rows_of<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    restricted: bool,
    q: &str,
) -> Result<Vec<DocumentRow>> {
    let docs: Vec<official_document::Model> = official_document::Entity::find()
        .filter(official_document::Column::EventId.eq(event_id))
        .order_by_asc(official_document::Column::IssuedOn)
        .order_by_asc(official_document::Column::Symbol)
        .all(db)
        .await?
        .into_iter()
        .filter(|d| (restricted || d.distribution.is_public()) && matches(d, q))
        .collect();
    let ids: Vec<i32> = docs.iter().map(|d| d.id).collect();
    let versions = official_document_version::Entity::find()
        .filter(official_document_version::Column::OfficialDocumentId.is_in(ids))
        .all(db)
        .await?;
    let sizes: HashMap<i32, i64> = stored_file::Entity::find()
        .filter(stored_file::Column::Id.is_in(versions.iter().map(|v| v.stored_file_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|f| (f.id, f.size))
        .collect();
    let numbers: HashMap<i32, String> =
        super::agenda::items_of(db, event_id).await?.into_iter().map(|i| (i.id, i.number)).collect();
    Ok(docs
        .into_iter()
        .map(|document| {
            let mut own: Vec<VersionRow> = versions
                .iter()
                .filter(|v| v.official_document_id == document.id)
                .filter_map(|v| {
                    Some(VersionRow {
                        language: v.language.parse().ok()?,
                        size: sizes.get(&v.stored_file_id).copied().unwrap_or_default(),
                        uploaded_at: v.uploaded_at,
                    })
                })
                .collect();
            own.sort_by_key(|v| Language::ALL.iter().position(|l| *l == v.language));
            let item_number = document.agenda_item_id.and_then(|i| numbers.get(&i).cloned());
            DocumentRow { document, item_number, versions: own }
        })
        .collect())
}

/// Document `id` of event `event_id`, or 404.
pub(crate) async fn document_of<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
) -> Result<official_document::Model> {
    official_document::Entity::find_by_id(id)
        .filter(official_document::Column::EventId.eq(event_id))
        .one(db)
        .await?
        .ok_or(Error::NotFound)
}

/// Refuses an agenda item that is not on this meeting's agenda, naming the field.
pub(crate) async fn check_item<C: ConnectionTrait>(db: &C, event_id: i32, item: Option<i32>) -> Result<()> {
    let Some(item) = item else { return Ok(()) };
    agenda_item::Entity::find_by_id(item)
        .filter(agenda_item::Column::EventId.eq(event_id))
        .one(db)
        .await?
        .map(|_| ())
        .ok_or_else(|| FieldErrors::single("agenda_item", Msg::new("meet-err-item-unknown")))
}

/// A unique-key violation on the symbol, as the field's error.
pub(crate) fn symbol_taken(e: Error) -> Error {
    match &e {
        Error::Db(db) if crate::db::is_unique_violation(db) => {
            FieldErrors::clash("symbol", Msg::new("doc-err-symbol-taken"))
        }
        _ => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_by_symbol_or_title_ignoring_case() {
        let doc = official_document::Model {
            id: 1,
            event_id: 1,
            symbol: "BWC/MSP/2026/3".into(),
            title: "Report of the Implementation Support Unit".into(),
            agenda_item_id: None,
            issued_on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default(),
            distribution: Distribution::General,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        assert!(matches(&doc, ""));
        assert!(matches(&doc, "msp/2026/3"));
        assert!(matches(&doc, " support UNIT "));
        assert!(!matches(&doc, "CRP.1"));
    }
}
