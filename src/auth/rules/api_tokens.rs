//! API tokens: issued with scopes and an expiry (shown once), listed and revoked.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait,
};

use crate::audit::{self, Actor, Change};
use crate::auth::scopes::ApiScopes;
use crate::auth::tokens;
use crate::config::SecuritySettings;
use crate::db::Db;
use crate::entities::api_token;
use crate::error::{Error, FieldErrors, Msg, Result};

/// A token to issue.
#[derive(Debug, Clone)]
pub struct NewApiToken {
    /// What the token is for, in its owner's words.
    pub label: String,
    /// What it may do.
    pub scopes: ApiScopes,
    /// Days it lasts; none takes `security.api_token_days`.
    pub days: Option<u32>,
}

#[derive(serde::Serialize)]
struct TokenSnapshot<'a> {
    label: &'a str,
    scopes: String,
    expires_at: DateTime<Utc>,
}

/// Issues a new API token for a user; returns the token (shown once). Its lifetime is at
/// most `security.api_token_max_days`.
pub async fn create_api_token(
    db: &Db,
    security: &SecuritySettings,
    actor: &Actor,
    user_id: i32,
    new: NewApiToken,
    now: DateTime<Utc>,
) -> Result<String> {
    let days = new.days.unwrap_or(security.api_token_days);
    if days == 0 || days > security.api_token_max_days {
        return Err(FieldErrors::single(
            "days",
            Msg::new("err-api-token-days").arg("max", security.api_token_max_days),
        ));
    }
    let label = new.label.trim();
    if label.is_empty() {
        return Err(FieldErrors::single("label", Msg::new("err-required")));
    }
    let expires_at = now + Duration::days(i64::from(days));
    let token = tokens::generate()?;
    let txn = db.write.begin().await?;
    let row = api_token::ActiveModel {
        user_id: Set(user_id),
        label: Set(label.to_owned()),
        token_hash: Set(tokens::hash(&token)),
        created_at: Set(now),
        last_used_at: Set(None),
        revoked_at: Set(None),
        scopes: Set(new.scopes.to_string()),
        expires_at: Set(Some(expires_at)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let after = TokenSnapshot { label, scopes: new.scopes.to_string(), expires_at };
    audit::record(&txn, actor, now, Change::new("api_token.create", "api_token", row.id, None, Some(&after))).await?;
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

/// Revokes an API token by id; with `owner`, only if it is that user's (a staff member
/// revoking their own from the account page).
pub async fn revoke_api_token(
    db: &Db,
    actor: &Actor,
    token_id: i32,
    owner: Option<i32>,
    now: DateTime<Utc>,
) -> Result<()> {
    let txn = db.write.begin().await?;
    let mut update = api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, Expr::value(now))
        .filter(api_token::Column::Id.eq(token_id))
        .filter(api_token::Column::RevokedAt.is_null());
    if let Some(user_id) = owner {
        update = update.filter(api_token::Column::UserId.eq(user_id));
    }
    if update.exec(&txn).await?.rows_affected == 0 {
        return Err(Error::NotFound);
    }
    audit::record(&txn, actor, now, Change::new::<()>("api_token.revoke", "api_token", token_id, None, None)).await?;
    txn.commit().await?;
    Ok(())
}
