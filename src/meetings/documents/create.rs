//! Adding an official document to a meeting: its symbol must be new across all meetings.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, TransactionTrait};

use super::{DocumentInput, check_item, symbol_taken};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::entities::official_document;
use crate::error::Result;
use crate::meetings::managed_meeting;

/// Adds a document (no language version yet) to a meeting the staff member manages.
pub async fn add_document(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    input: &DocumentInput,
) -> Result<official_document::Model> {
    let txn = office.db.write.begin().await?;
    let event = managed_meeting(&txn, staff, event_id).await?;
    check_item(&txn, event.id, input.agenda_item_id).await?;
    let created = official_document::ActiveModel {
        event_id: Set(event.id),
        symbol: Set(input.symbol.clone()),
        title: Set(input.title.clone()),
        agenda_item_id: Set(input.agenda_item_id),
        issued_on: Set(input.issued_on),
        distribution: Set(input.distribution),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| symbol_taken(e.into()))?;
    let change = Change::new("documents.add", "official_document", created.id, None, Some(&created));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await.map_err(|e| symbol_taken(e.into()))?;
    Ok(created)
}
