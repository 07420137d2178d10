//! A staff member's own sessions: listed with when and where each was opened, ended one at a
//! time or all but the current one; an admin may end every session of another account.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};

use crate::audit::{self, Actor, Change};
use crate::auth::{StaffUser, tokens};
use crate::db::Db;
use crate::entities::{staff_session, user};
use crate::error::{Error, Result};

/// One live session, as its owner sees it.
#[derive(Debug, Clone)]
pub struct SessionEntry {
    /// The session's key (the SHA-256 of its token: it names the session, but cannot be used
    /// as one).
    pub key: String,
    /// Opened at.
    pub created_at: DateTime<Utc>,
    /// Last used, as recorded.
    pub last_seen_at: Option<DateTime<Utc>>,
    /// Ends at.
    pub expires_at: DateTime<Utc>,
    /// The browser it was opened from.
    pub user_agent: Option<String>,
    /// The client's address it was opened from.
    pub address: Option<String>,
    /// Whether it is the session of this very request.
    pub current: bool,
}

/// The live sessions of `user_id`, newest first; `current` is the token of the request's own.
pub async fn sessions_of<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    current: &str,
    now: DateTime<Utc>,
) -> Result<Vec<SessionEntry>> {
    let current = tokens::hash(current);
    let rows = staff_session::Entity::find()
        .filter(staff_session::Column::UserId.eq(user_id))
        .filter(staff_session::Column::ExpiresAt.gt(now))
        .order_by_desc(staff_session::Column::CreatedAt)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|s| SessionEntry {
            current: s.id_hash == current,
            key: s.id_hash,
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
            expires_at: s.expires_at,
            user_agent: s.user_agent,
            address: s.address,
        })
        .collect())
}

/// Ends one of the staff member's own sessions (any other key is not found).
pub async fn end_session(db: &Db, staff: &StaffUser, key: &str, now: DateTime<Utc>) -> Result<()> {
    let txn = db.write.begin().await?;
    let done = staff_session::Entity::delete_many()
        .filter(staff_session::Column::IdHash.eq(key))
        .filter(staff_session::Column::UserId.eq(staff.id))
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(Error::NotFound);
    }
    audit::record(&txn, &Actor::staff(staff), now, Change::new::<()>("user.session_end", "user", staff.id, None, None))
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Ends every session of the staff member but the one holding `keep` (the current one);
/// returns how many ended.
pub async fn end_other_sessions(db: &Db, staff: &StaffUser, keep: &str, now: DateTime<Utc>) -> Result<u64> {
    let txn = db.write.begin().await?;
    let done = staff_session::Entity::delete_many()
        .filter(staff_session::Column::UserId.eq(staff.id))
        .filter(staff_session::Column::IdHash.ne(tokens::hash(keep)))
        .exec(&txn)
        .await?;
    let after = serde_json::json!({ "ended": done.rows_affected });
    let change = Change::new("user.sessions_end_others", "user", staff.id, None, Some(&after));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await?;
    Ok(done.rows_affected)
}

/// An admin ends every session of account `id` (a lost laptop, a departure); returns how many
/// ended.
pub async fn end_sessions_of(db: &Db, admin: &StaffUser, id: i32, now: DateTime<Utc>) -> Result<u64> {
    let txn = db.write.begin().await?;
    user::Entity::find_by_id(id).one(&txn).await?.ok_or(Error::NotFound)?;
    let done = staff_session::Entity::delete_many().filter(staff_session::Column::UserId.eq(id)).exec(&txn).await?;
    let after = serde_json::json!({ "ended": done.rows_affected });
    audit::record(&txn, &Actor::staff(admin), now, Change::new("user.sessions_end", "user", id, None, Some(&after)))
        .await?;
    txn.commit().await?;
    Ok(done.rows_affected)
}
