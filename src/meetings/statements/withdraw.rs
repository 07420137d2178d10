//! A focal point withdraws one of its delegation's statements before it is published.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

use super::{has_spoken, is_published};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::entities::statement;
use crate::error::{Error, Msg, Result};
use crate::files;

/// Withdraws statement `id` of the delegation behind `token`; a published one stays.
pub async fn withdraw_by_link(office: &Office, now: DateTime<Utc>, token: &str, id: i32) -> Result<()> {
    let txn = office.db.write.begin().await?;
    let (inv, _, d) = crate::invitations::delegations::by_link(&txn, token, now).await?;
    let before = statement::Entity::find_by_id(id)
        .filter(statement::Column::DelegationId.eq(d.id))
        .one(&txn)
        .await?
        .ok_or(Error::NotFound)?;
    if is_published(&before, has_spoken(&txn, before.agenda_item_id, d.id).await?, now) {
        return Err(Error::Conflict(Msg::new("stmt-err-published")));
    }
    statement::Entity::delete_by_id(before.id).exec(&txn).await?;
    let removed = files::remove(&txn, &office.settings.documents, before.stored_file_id).await?;
    let actor = Actor { user_id: None, label: format!("focal point (invitation {})", inv.id) };
    audit::record(&txn, &actor, now, Change::new("statements.withdraw", "statement", before.id, Some(&before), None))
        .await?;
    txn.commit().await?;
    removed.after_commit().await;
    Ok(())
}
