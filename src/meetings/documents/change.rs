//! Changing an official document's details, and deleting a document with its language versions.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, TransactionTrait,
};

use super::{DocumentInput, check_item, document_of, symbol_taken};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::entities::{official_document, official_document_version};
use crate::error::Result;
use crate::files;
use crate::meetings::managed_meeting;

/// Changes a document's symbol, title, agenda item, date and distribution.
pub async fn update_document(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    id: i32,
    input: &DocumentInput,
) -> Result<official_document::Model> {
    let txn = office.db.write.begin().await?;
    let event = managed_meeting(&txn, staff, event_id).await?;
    let before = document_of(&txn, event.id, id).await?;
    check_item(&txn, event.id, input.agenda_item_id).await?;
    let mut model = before.clone().into_active_model();
    model.symbol = Set(input.symbol.clone());
    model.title = Set(input.title.clone());
    model.agenda_item_id = Set(input.agenda_item_id);
    model.issued_on = Set(input.issued_on);
    model.distribution = Set(input.distribution);
    model.updated_at = Set(now);
    let after = model.update(&txn).await.map_err(|e| symbol_taken(e.into()))?;
    let change = Change::new("documents.update", "official_document", after.id, Some(&before), Some(&after));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await.map_err(|e| symbol_taken(e.into()))?;
    Ok(after)
}

/// Deletes a document and the files of its language versions.
pub async fn delete_document(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    id: i32,
) -> Result<()> {
    let txn = office.db.write.begin().await?;
    let event = managed_meeting(&txn, staff, event_id).await?;
    let before = document_of(&txn, event.id, id).await?;
    let versions = official_document_version::Entity::find()
        .filter(official_document_version::Column::OfficialDocumentId.eq(before.id))
        .all(&txn)
        .await?;
    official_document_version::Entity::delete_many()
        .filter(official_document_version::Column::OfficialDocumentId.eq(before.id))
        .exec(&txn)
        .await?;
    let mut removed = files::Removed::default();
    for v in &versions {
        removed = removed.and(files::remove(&txn, &office.settings.documents, v.stored_file_id).await?);
    }
    official_document::Entity::delete_by_id(before.id).exec(&txn).await?;
    let change = Change::new("documents.delete", "official_document", before.id, Some(&before), None);
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await?;
    removed.after_commit().await;
    Ok(())
}
