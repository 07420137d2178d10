//! A document's language versions: uploading a PDF for a language (replacing the one there),
//! removing one. The upload was received and checked (a PDF, within the limit) before these run.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, IntoActiveModel, QueryFilter,
    TransactionTrait,
};

use super::document_of;
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::domain::Language;
use crate::entities::official_document_version;
use crate::error::{Error, Result};
use crate::files::{self, Received};
use crate::meetings::managed_meeting;

async fn version_of(
    txn: &DatabaseTransaction,
    document_id: i32,
    language: Language,
) -> Result<Option<official_document_version::Model>> {
    Ok(official_document_version::Entity::find()
        .filter(official_document_version::Column::OfficialDocumentId.eq(document_id))
        .filter(official_document_version::Column::Language.eq(language.as_str()))
        .one(txn)
        .await?)
}

/// Keeps `received` as document `id`'s `language` version, replacing the one there.
pub async fn upload_version(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    (event_id, id): (i32, i32),
    language: Language,
    received: Received,
) -> Result<official_document_version::Model> {
    let txn = office.db.write.begin().await?;
    let event = managed_meeting(&txn, staff, event_id).await?;
    let doc = document_of(&txn, event.id, id).await?;
    let file = files::keep(&txn, &office.settings.documents, received, now).await?;
    let before = version_of(&txn, doc.id, language).await?;
    let (after, removed) = match &before {
        Some(old) => {
            let mut model = old.clone().into_active_model();
            model.stored_file_id = Set(file.id);
            model.uploaded_at = Set(now);
            let after = model.update(&txn).await?;
            (after, files::remove(&txn, &office.settings.documents, old.stored_file_id).await?)
        }
        None => official_document_version::ActiveModel {
            official_document_id: Set(doc.id),
            language: Set(language.as_str().to_owned()),
            stored_file_id: Set(file.id),
            uploaded_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .map(|after| (after, files::Removed::default()))?,
    };
    let change =
        Change::new("documents.upload_version", "official_document_version", after.id, before.as_ref(), Some(&after));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await?;
    removed.after_commit().await;
    Ok(after)
}

/// Removes document `id`'s `language` version and its file.
pub async fn remove_version(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    (event_id, id): (i32, i32),
    language: Language,
) -> Result<()> {
    let txn = office.db.write.begin().await?;
    let event = managed_meeting(&txn, staff, event_id).await?;
    let doc = document_of(&txn, event.id, id).await?;
    let before = version_of(&txn, doc.id, language).await?.ok_or(Error::NotFound)?;
    official_document_version::Entity::delete_by_id(before.id).exec(&txn).await?;
    let removed = files::remove(&txn, &office.settings.documents, before.stored_file_id).await?;
    let change = Change::new("documents.remove_version", "official_document_version", before.id, Some(&before), None);
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await?;
    removed.after_commit().await;
    Ok(())
}
