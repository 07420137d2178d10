//! Deletion of links and sessions that can no longer be used: staff sign-in links and
//! email-verification links expired or used more than `keep_days` ago, and staff sessions
//! that ended more than `keep_days` ago; and of webhook deliveries finished (delivered or given
//! up) more than `keep_days` after they were written, since those sent to an endpoint allowed
//! personal data carry names and addresses; and of sign-ins left at the second factor once they
//! have expired. Deleting what is already unusable is idempotent.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};

use crate::db::Db;
use crate::domain::WebhookDeliveryState;
use crate::entities::{email_verification, sign_in_token, staff_session, webhook_delivery};
use crate::error::Result;

/// Deletes old links, sessions, finished webhook deliveries and expired pending sign-ins;
/// returns how many rows went.
pub async fn purge_old_links(db: &Db, keep_days: u32, now: DateTime<Utc>) -> Result<u64> {
    let before = now - Duration::days(i64::from(keep_days));
    let sign_in = sign_in_token::Entity::delete_many()
        .filter(
            Condition::any()
                .add(sign_in_token::Column::ExpiresAt.lt(before))
                .add(sign_in_token::Column::UsedAt.lt(before)),
        )
        .exec(&db.write)
        .await?
        .rows_affected;
    let verifications = email_verification::Entity::delete_many()
        .filter(
            Condition::any()
                .add(email_verification::Column::ExpiresAt.lt(before))
                .add(email_verification::Column::UsedAt.lt(before)),
        )
        .exec(&db.write)
        .await?
        .rows_affected;
    let sessions = staff_session::Entity::delete_many()
        .filter(staff_session::Column::ExpiresAt.lt(before))
        .exec(&db.write)
        .await?
        .rows_affected;
    let deliveries = webhook_delivery::Entity::delete_many()
        .filter(webhook_delivery::Column::State.is_in([WebhookDeliveryState::Delivered, WebhookDeliveryState::Failed]))
        .filter(webhook_delivery::Column::CreatedAt.lt(before))
        .exec(&db.write)
        .await?
        .rows_affected;
    let pending = crate::auth::two_factor::sign_in::delete_expired(&db.write, now).await?;
    Ok(sign_in + verifications + sessions + deliveries + pending)
}
