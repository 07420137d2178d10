//! The note verbale a focal point uploads with the nominations: kept with its delegation,
//! under a file name safe in headers.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseTransaction};

use crate::audit::Change;
use crate::entities::document;
use crate::error::Result;
use crate::invitations::input::Upload;

/// Keeps a file name readable and harmless in headers: letters, digits, `.-_`, at most 100.
pub(super) fn safe_filename(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' })
        .take(100)
        .collect();
    if cleaned.trim_matches(['.', '_']).is_empty() { "note-verbale.pdf".to_owned() } else { cleaned }
}

/// Keeps the note verbale of a nomination with its delegation; returns the audit change.
pub(super) async fn store_note_verbale(
    txn: &DatabaseTransaction,
    delegation_id: i32,
    upload: &Upload,
    now: DateTime<Utc>,
) -> Result<Change> {
    let doc = document::ActiveModel {
        delegation_id: Set(delegation_id),
        filename: Set(safe_filename(&upload.filename)),
        content_type: Set("application/pdf".to_owned()),
        size: Set(i32::try_from(upload.bytes.len()).unwrap_or(i32::MAX)),
        content: Set(upload.bytes.clone()),
        uploaded_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(Change::new(
        "document.upload",
        "document",
        doc.id,
        None,
        Some(&serde_json::json!({ "delegation_id": delegation_id, "filename": doc.filename, "size": doc.size })),
    ))
}
