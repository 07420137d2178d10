//! One-time sign-in links: issued for a first sign-in or a forgotten password, used once.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait,
};

use super::sessions::{SessionOrigin, open_session};
use crate::audit::{self, Actor, Change};
use crate::auth::{StaffUser, tokens};
use crate::config::SecuritySettings;
use crate::db::Db;
use crate::entities::{sign_in_token, user};
use crate::error::{Error, Msg, Result};

/// Creates a one-time sign-in link token for `user_id`.
pub async fn create_sign_in_link<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    now: DateTime<Utc>,
    minutes: u32,
) -> Result<String> {
    insert_link(db, user_id, now, minutes, false).await
}

/// Creates a one-time sign-in link on the server's command line: the break-glass way in, which
/// works even when `sso.password_sign_in` is off.
pub async fn create_break_glass_link<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    now: DateTime<Utc>,
    minutes: u32,
) -> Result<String> {
    insert_link(db, user_id, now, minutes, true).await
}

async fn insert_link<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    now: DateTime<Utc>,
    minutes: u32,
    break_glass: bool,
) -> Result<String> {
    let token = tokens::generate()?;
    sign_in_token::ActiveModel {
        token_hash: Set(tokens::hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(i64::from(minutes))),
        used_at: Set(None),
        break_glass: Set(break_glass),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Whether a sign-in link is still usable (for the page a GET shows; changes nothing). With
/// `break_glass_only` (password sign-in off), only links made on the command line are.
pub async fn check_sign_in_link<C: ConnectionTrait>(
    db: &C,
    token: &str,
    break_glass_only: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    let gone = || Error::Gone(Msg::new("err-link-invalid"));
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    match sign_in_token::Entity::find_by_id(tokens::hash(token)).one(db).await? {
        Some(t) if t.used_at.is_none() && t.expires_at > now && (t.break_glass || !break_glass_only) => Ok(()),
        _ => Err(gone()),
    }
}

/// Uses a sign-in link once (a conditional update, so two clicks cannot both win) and opens
/// a session; returns the session token and whether the person still has to set a password.
/// With `break_glass_only` (password sign-in off), only links made on the command line work.
pub async fn consume_sign_in_link(
    db: &Db,
    security: &SecuritySettings,
    token: &str,
    break_glass_only: bool,
    origin: &SessionOrigin,
    now: DateTime<Utc>,
) -> Result<(String, bool)> {
    let gone = || Error::Gone(Msg::new("err-link-invalid"));
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    let hash = tokens::hash(token);
    let txn = db.write.begin().await?;
    let mut used = sign_in_token::Entity::update_many()
        .col_expr(sign_in_token::Column::UsedAt, Expr::value(now))
        .filter(sign_in_token::Column::TokenHash.eq(hash.as_str()))
        .filter(sign_in_token::Column::UsedAt.is_null())
        .filter(sign_in_token::Column::ExpiresAt.gt(now));
    if break_glass_only {
        used = used.filter(sign_in_token::Column::BreakGlass.eq(true));
    }
    let used = used.exec(&txn).await?;
    if used.rows_affected != 1 {
        return Err(gone());
    }
    let Some(link) = sign_in_token::Entity::find_by_id(hash).one(&txn).await? else {
        return Err(gone());
    };
    let Some(account) = user::Entity::find_by_id(link.user_id).one(&txn).await?.filter(|u| u.disabled_at.is_none())
    else {
        return Err(gone());
    };
    let session = open_session(&txn, account.id, now, security.session_hours, origin).await?;
    audit::record(
        &txn,
        &Actor { user_id: Some(account.id), label: account.email.clone() },
        now,
        Change::new::<()>("user.sign_in_link", "user", account.id, None, None),
    )
    .await?;
    txn.commit().await?;
    Ok((session, account.password_hash.is_none()))
}

/// Issues a new one-time sign-in link for an account (first sign-in, forgotten password).
pub async fn issue_sign_in_link(
    db: &Db,
    security: &SecuritySettings,
    admin: &StaffUser,
    id: i32,
    now: DateTime<Utc>,
) -> Result<String> {
    let txn = db.write.begin().await?;
    let target = user::Entity::find_by_id(id).one(&txn).await?.ok_or(Error::NotFound)?;
    if target.disabled_at.is_some() {
        return Err(Error::Conflict(Msg::new("err-user-disabled")));
    }
    let token = create_sign_in_link(&txn, id, now, security.sign_in_link_minutes).await?;
    audit::record(
        &txn,
        &Actor::staff(admin),
        now,
        Change::new::<()>("user.sign_in_link_issue", "user", id, None, None),
    )
    .await?;
    txn.commit().await?;
    Ok(token)
}

/// Issues a break-glass sign-in link on the server's command line for an account that is not
/// disabled: the way in when the identity provider is down and password sign-in is off.
pub async fn issue_break_glass_link(
    db: &Db,
    security: &SecuritySettings,
    id: i32,
    now: DateTime<Utc>,
) -> Result<String> {
    let txn = db.write.begin().await?;
    let target = user::Entity::find_by_id(id).one(&txn).await?.ok_or(Error::NotFound)?;
    if target.disabled_at.is_some() {
        return Err(Error::Conflict(Msg::new("err-user-disabled")));
    }
    let token = create_break_glass_link(&txn, id, now, security.sign_in_link_minutes).await?;
    audit::record(&txn, &Actor::cli(), now, Change::new::<()>("user.sign_in_link_issue", "user", id, None, None))
        .await?;
    txn.commit().await?;
    Ok(token)
}
