//! Turning two-factor on and off: enrolment confirmed by a first code, recovery codes
//! (regenerated on request), turning off with the password or a code, and a reset by an admin
//! or the command line. Every change is audited.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait,
    QueryFilter, TransactionTrait,
};

use super::codes::{self, SealingKey};
use crate::audit::{self, Actor, Change};
use crate::auth::{passwords, tokens};
use crate::config::SecuritySettings;
use crate::db::Db;
use crate::entities::{two_factor_recovery_code, two_factor_secret, user};
use crate::error::{Error, FieldErrors, Msg, Result};

/// Where a person's two-factor stands.
#[derive(Debug, Clone, Default)]
pub struct TwoFactorStatus {
    /// On: codes are asked at password sign-in.
    pub on: bool,
    /// A secret waiting for its first code (enrolment started), as base32 text.
    pub pending_secret: Option<String>,
    /// The QR code of the pending secret, as SVG.
    pub pending_qr: Option<String>,
    /// Recovery codes not used yet.
    pub recovery_codes_left: u64,
}

pub(super) fn key(security: &SecuritySettings) -> Result<SealingKey> {
    SealingKey::from_config(&security.totp_key).ok_or_else(|| Error::Conflict(Msg::new("err-two-factor-no-key")))
}

/// Whether `user_id` has two-factor on (a confirmed secret).
pub async fn is_on<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<bool> {
    Ok(two_factor_secret::Entity::find_by_id(user_id).one(db).await?.is_some_and(|s| s.confirmed_at.is_some()))
}

/// Whether anyone has two-factor on (production refuses to start so without a key).
pub async fn anyone_enrolled<C: ConnectionTrait>(db: &C) -> Result<bool> {
    let found =
        two_factor_secret::Entity::find().filter(two_factor_secret::Column::ConfirmedAt.is_not_null()).one(db).await?;
    Ok(found.is_some())
}

/// The two-factor state of `user_id` (with the pending secret to scan when enrolment started).
pub async fn status<C: ConnectionTrait>(
    db: &C,
    security: &SecuritySettings,
    user_id: i32,
    email: &str,
) -> Result<TwoFactorStatus> {
    let Some(row) = two_factor_secret::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(TwoFactorStatus::default());
    };
    if row.confirmed_at.is_some() {
        let left = two_factor_recovery_code::Entity::find()
            .filter(two_factor_recovery_code::Column::UserId.eq(user_id))
            .filter(two_factor_recovery_code::Column::UsedAt.is_null())
            .count(db)
            .await?;
        return Ok(TwoFactorStatus { on: true, recovery_codes_left: left, ..Default::default() });
    }
    let secret = key(security)?.open(&row.secret_sealed)?;
    Ok(TwoFactorStatus {
        on: false,
        pending_secret: Some(codes::secret_text(&secret)),
        pending_qr: codes::qr_svg(&codes::otpauth_url(&secret, email)),
        recovery_codes_left: 0,
    })
}

/// Starts (or restarts) enrolment: a new secret waits for its first code.
pub async fn start<C: ConnectionTrait>(
    db: &C,
    security: &SecuritySettings,
    user_id: i32,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<()> {
    if is_on(db, user_id).await? {
        return Err(Error::Conflict(Msg::new("err-two-factor-already-on")));
    }
    let sealed = key(security)?.seal(&codes::new_secret()?)?;
    two_factor_secret::Entity::insert(two_factor_secret::ActiveModel {
        user_id: Set(user_id),
        secret_sealed: Set(sealed),
        confirmed_at: Set(None),
        last_step: Set(None),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(two_factor_secret::Column::UserId)
            .update_columns([two_factor_secret::Column::SecretSealed, two_factor_secret::Column::CreatedAt])
            .to_owned(),
    )
    .exec(db)
    .await?;
    audit::record(db, actor, now, Change::new::<()>("user.two_factor_start", "user", user_id, None, None)).await?;
    Ok(())
}

/// New recovery codes for `user_id`, replacing the old; returns them (shown once).
async fn issue_recovery_codes<C: ConnectionTrait>(db: &C, user_id: i32, now: DateTime<Utc>) -> Result<Vec<String>> {
    two_factor_recovery_code::Entity::delete_many()
        .filter(two_factor_recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    let mut issued = Vec::with_capacity(codes::RECOVERY_CODES);
    for _ in 0..codes::RECOVERY_CODES {
        let code = codes::new_recovery_code()?;
        two_factor_recovery_code::ActiveModel {
            user_id: Set(user_id),
            code_hash: Set(tokens::hash(&code)),
            created_at: Set(now),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        issued.push(code);
    }
    Ok(issued)
}

/// Confirms enrolment with a first valid code; two-factor is then on. Returns the recovery
/// codes (shown once).
pub async fn confirm<C: ConnectionTrait>(
    db: &C,
    security: &SecuritySettings,
    user_id: i32,
    actor: &Actor,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Vec<String>> {
    let row = two_factor_secret::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .filter(|r| r.confirmed_at.is_none())
        .ok_or_else(|| Error::Conflict(Msg::new("err-two-factor-not-started")))?;
    let secret = key(security)?.open(&row.secret_sealed)?;
    let unix = u64::try_from(now.timestamp()).unwrap_or_default();
    let Some(step) = codes::matching_step(&secret, code, unix)? else {
        return Err(FieldErrors::single("code", Msg::new("err-two-factor-code-wrong")));
    };
    two_factor_secret::Entity::update_many()
        .col_expr(two_factor_secret::Column::ConfirmedAt, Expr::value(now))
        .col_expr(two_factor_secret::Column::LastStep, Expr::value(i64::try_from(step).unwrap_or(i64::MAX)))
        .filter(two_factor_secret::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    let issued = issue_recovery_codes(db, user_id, now).await?;
    audit::record(db, actor, now, Change::new::<()>("user.two_factor_on", "user", user_id, None, None)).await?;
    Ok(issued)
}

/// New recovery codes for a person with two-factor on, after their password or a current code
/// (typed in the form's `confirm_codes`); the old ones stop working.
pub async fn regenerate_recovery_codes(
    db: &Db,
    security: &SecuritySettings,
    user_id: i32,
    actor: &Actor,
    password_or_code: String,
    now: DateTime<Utc>,
) -> Result<Vec<String>> {
    let txn = confirmed(db, security, user_id, "confirm_codes", password_or_code, now).await?;
    if !is_on(&txn, user_id).await? {
        return Err(Error::Conflict(Msg::new("err-two-factor-off")));
    }
    let issued = issue_recovery_codes(&txn, user_id, now).await?;
    let change = Change::new::<()>("user.two_factor_recovery_codes", "user", user_id, None, None);
    audit::record(&txn, actor, now, change).await?;
    txn.commit().await?;
    Ok(issued)
}

/// A write transaction, opened once `password_or_code` is the person's password or a current
/// code of theirs; otherwise the error names `field`. A session alone does not change the
/// second factor: whoever took over an open browser still lacks both.
async fn confirmed(
    db: &Db,
    security: &SecuritySettings,
    user_id: i32,
    field: &'static str,
    password_or_code: String,
    now: DateTime<Utc>,
) -> Result<DatabaseTransaction> {
    let account = user::Entity::find_by_id(user_id).one(&db.read).await?.ok_or(Error::NotFound)?;
    let typed = password_or_code.trim().to_owned();
    if typed.is_empty() {
        return Err(FieldErrors::single(field, Msg::new("err-required")));
    }
    // The password is checked before the transaction: hashing is slow, the writer is shared.
    let by_password = passwords::verify(security, password_or_code, account.password_hash).await?;
    let txn = db.write.begin().await?;
    let holder = Actor { user_id: Some(account.id), label: account.email.clone() };
    let ok = by_password || super::sign_in::accept_code(&txn, security, &holder, &typed, now).await?;
    if !ok {
        return Err(FieldErrors::single(field, Msg::new("err-two-factor-confirm-wrong")));
    }
    Ok(txn)
}

async fn remove<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<bool> {
    two_factor_recovery_code::Entity::delete_many()
        .filter(two_factor_recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(two_factor_secret::Entity::delete_by_id(user_id).exec(db).await?.rows_affected > 0)
}

/// Turns the person's own two-factor off after checking their password or a current code.
pub async fn turn_off(
    db: &Db,
    security: &SecuritySettings,
    user_id: i32,
    actor: &Actor,
    password_or_code: String,
    now: DateTime<Utc>,
) -> Result<()> {
    let txn = confirmed(db, security, user_id, "confirm", password_or_code, now).await?;
    remove(&txn, user_id).await?;
    audit::record(&txn, actor, now, Change::new::<()>("user.two_factor_off", "user", user_id, None, None)).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes `user_id`'s two-factor (an admin's page or the command line, for a person who lost
/// their device); false when it was not on.
pub async fn reset(db: &Db, user_id: i32, actor: &Actor, now: DateTime<Utc>) -> Result<bool> {
    let txn = db.write.begin().await?;
    user::Entity::find_by_id(user_id).one(&txn).await?.ok_or(Error::NotFound)?;
    let removed = remove(&txn, user_id).await?;
    if removed {
        audit::record(&txn, actor, now, Change::new::<()>("user.two_factor_reset", "user", user_id, None, None))
            .await?;
    }
    txn.commit().await?;
    Ok(removed)
}
