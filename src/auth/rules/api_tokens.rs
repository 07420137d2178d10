//! API tokens: issued (shown once), listed and revoked.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait,
};

use crate::audit::{self, Actor, Change};
use crate::auth::tokens;
use crate::db::Db;
use crate::entities::api_token;
use crate::error::{Error, Result};

/// Issues a new API token for a user; returns the token (shown once).
pub async fn create_api_token(db: &Db, actor: &Actor, user_id: i32, label: &str, now: DateTime<Utc>) -> Result<String> {
    let token = tokens::generate()?;
    let txn = db.write.begin().await?;
    let row = api_token::ActiveModel {
        user_id: Set(user_id),
        label: Set(label.to_owned()),
        token_hash: Set(tokens::hash(&token)),
        created_at: Set(now),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(&txn, actor, now, Change::new::<()>("api_token.create", "api_token", row.id, None, None)).await?;
    txn.commit().await?;
    Ok(token)
}

/// A user's API tokens, newest first.
pub async fn api_tokens_of<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<Vec<api_token::Model>> {
    use sea_orm::QueryOrder;
    Ok(api_token::Entity::find()
        .filter(api_token::Column::UserId.eq(user_id))
        .order_by_desc(api_token::Column::Id)
        .all(db)
        .await?)
}

/// Revokes an API token by id.
pub async fn revoke_api_token(db: &Db, actor: &Actor, token_id: i32, now: DateTime<Utc>) -> Result<()> {
    let txn = db.write.begin().await?;
    let done = api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, Expr::value(now))
        .filter(api_token::Column::Id.eq(token_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(Error::NotFound);
    }
    audit::record(&txn, actor, now, Change::new::<()>("api_token.revoke", "api_token", token_id, None, None)).await?;
    txn.commit().await?;
    Ok(())
}
