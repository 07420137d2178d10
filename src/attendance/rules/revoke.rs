//! Revoking a registration's check-in code.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::db::Db;
use crate::entities::{event, registration};
use crate::error::{Error, Result};

/// Revokes a registration's check-in code: its version goes up, so the codes already sent
/// stop working and a new one is shown on the manage page.
pub async fn revoke_code(
    db: &Db,
    staff: &StaffUser,
    e: &event::Model,
    registration_id: i32,
    now: DateTime<Utc>,
) -> Result<registration::Model> {
    let txn = db.write.begin().await?;
    let r = registration::Entity::find_by_id(registration_id)
        .one(&txn)
        .await?
        .filter(|r| r.event_id == e.id)
        .ok_or(Error::NotFound)?;
    registration::Entity::update_many()
        .col_expr(registration::Column::CheckinVersion, Expr::col(registration::Column::CheckinVersion).add(1))
        .filter(registration::Column::Id.eq(r.id))
        .exec(&txn)
        .await?;
    let before = serde_json::json!({ "checkin_version": r.checkin_version });
    let after = serde_json::json!({ "checkin_version": r.checkin_version + 1 });
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("registration.revoke_checkin_code", "registration", r.id, Some(&before), Some(&after)),
    )
    .await?;
    let updated = registration::Entity::find_by_id(r.id).one(&txn).await?.ok_or(Error::NotFound)?;
    txn.commit().await?;
    Ok(updated)
}
