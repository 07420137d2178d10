//! The second step of a password sign-in: a pending row (not a session) bound to a cookie
//! waits a few minutes for a code, a recovery code, or (for an admin who must) an enrolment.
//! Wrong codes count as failed sign-in attempts, under the same throttle as passwords.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, TransactionTrait,
};

use super::codes;
use super::enrolment;
use crate::audit::{self, Actor, Change};
use crate::auth::rules::{SessionOrigin, open_session};
use crate::auth::tokens;
use crate::config::SecuritySettings;
use crate::db::Db;
use crate::entities::{pending_sign_in, sign_in_attempt, two_factor_recovery_code, two_factor_secret, user};
use crate::error::{Error, FieldErrors, Msg, Result};

/// Minutes a pending sign-in waits for its second step.
pub const PENDING_MINUTES: i64 = 10;

/// What a pending sign-in waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    /// A code (two-factor is on).
    Code,
    /// An enrolment (an admin, when `security.require_2fa_for_admins` is on).
    Enrol,
}

impl Pending {
    fn as_str(self) -> &'static str {
        match self {
            Pending::Code => "code",
            Pending::Enrol => "enrol",
        }
    }
}

/// Deletes every pending sign-in that has expired (anyone's); returns how many went. Run at
/// each new pending sign-in, so the table stays minutes deep, and by the daily purge, for
/// offices that see no sign-in for weeks.
pub(crate) async fn delete_expired<C: ConnectionTrait>(db: &C, now: DateTime<Utc>) -> Result<u64> {
    let deleted =
        pending_sign_in::Entity::delete_many().filter(pending_sign_in::Column::ExpiresAt.lte(now)).exec(db).await?;
    Ok(deleted.rows_affected)
}

/// Records a pending sign-in of `user_id`; returns the token for its cookie.
pub(crate) async fn open_pending<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    purpose: Pending,
    next: &str,
    now: DateTime<Utc>,
) -> Result<String> {
    delete_expired(db, now).await?;
    let token = tokens::generate()?;
    pending_sign_in::ActiveModel {
        id_hash: Set(tokens::hash(&token)),
        user_id: Set(user_id),
        purpose: Set(purpose.as_str().to_owned()),
        next_path: Set(next.chars().take(2000).collect()),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(PENDING_MINUTES)),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// A live pending sign-in: who, and where to go after.
#[derive(Debug, Clone)]
pub struct PendingSignIn {
    /// The account signing in.
    pub user_id: i32,
    /// Its sign-in address.
    pub email: String,
    /// Where to go once signed in.
    pub next: String,
}

/// The pending sign-in behind `token` waiting for `purpose`; 410 when it expired or is unknown.
pub async fn pending<C: ConnectionTrait>(
    db: &C,
    token: &str,
    purpose: Pending,
    now: DateTime<Utc>,
) -> Result<PendingSignIn> {
    let gone = || Error::Gone(Msg::new("err-two-factor-expired"));
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    let row = pending_sign_in::Entity::find_by_id(tokens::hash(token))
        .filter(pending_sign_in::Column::Purpose.eq(purpose.as_str()))
        .filter(pending_sign_in::Column::ExpiresAt.gt(now))
        .one(db)
        .await?
        .ok_or_else(gone)?;
    let account =
        user::Entity::find_by_id(row.user_id).one(db).await?.filter(|u| u.disabled_at.is_none()).ok_or_else(gone)?;
    Ok(PendingSignIn { user_id: account.id, email: account.email, next: row.next_path })
}

/// Accepts a code of `account`: a TOTP code of a step later than the last one used (so each
/// works once), or an unused recovery code (then used up, and audited: a recovery code in use
/// may mean a lost phone, or someone else's hands). False when neither.
pub(crate) async fn accept_code<C: ConnectionTrait>(
    db: &C,
    security: &SecuritySettings,
    account: &Actor,
    typed: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let Some(user_id) = account.user_id else {
        return Ok(false);
    };
    let Some(row) = two_factor_secret::Entity::find_by_id(user_id).one(db).await?.filter(|r| r.confirmed_at.is_some())
    else {
        return Ok(false);
    };
    let secret = enrolment::key(security)?.open(&row.secret_sealed)?;
    let unix = u64::try_from(now.timestamp()).unwrap_or_default();
    if let Some(step) = codes::matching_step(&secret, typed, unix)? {
        let step = i64::try_from(step).unwrap_or(i64::MAX);
        // Conditional, so two requests with one code cannot both pass.
        let taken = two_factor_secret::Entity::update_many()
            .col_expr(two_factor_secret::Column::LastStep, Expr::value(step))
            .filter(two_factor_secret::Column::UserId.eq(user_id))
            .filter(
                Condition::any()
                    .add(two_factor_secret::Column::LastStep.is_null())
                    .add(two_factor_secret::Column::LastStep.lt(step)),
            )
            .exec(db)
            .await?;
        return Ok(taken.rows_affected == 1);
    }
    let Some(recovery) = codes::normalise_recovery_code(typed) else {
        return Ok(false);
    };
    let used = two_factor_recovery_code::Entity::update_many()
        .col_expr(two_factor_recovery_code::Column::UsedAt, Expr::value(now))
        .filter(two_factor_recovery_code::Column::UserId.eq(user_id))
        .filter(two_factor_recovery_code::Column::CodeHash.eq(tokens::hash(&recovery)))
        .filter(two_factor_recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if used.rows_affected != 1 {
        return Ok(false);
    }
    let change = Change::new::<()>("user.two_factor_recovery_code_used", "user", user_id, None, None);
    audit::record(db, account, now, change).await?;
    Ok(true)
}

/// Refuses when `email` has too many failed attempts in the window (passwords and codes alike).
async fn check_throttle<C: ConnectionTrait>(
    db: &C,
    security: &SecuritySettings,
    email: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let since = now - Duration::minutes(i64::from(security.sign_in_window_minutes));
    let failures = sign_in_attempt::Entity::find()
        .filter(sign_in_attempt::Column::Email.eq(email))
        .filter(sign_in_attempt::Column::AttemptedAt.gt(since))
        .count(db)
        .await?;
    if failures >= u64::from(security.sign_in_max_failures) {
        return Err(Error::Throttled(
            Msg::new("err-sign-in-throttled").arg("minutes", security.sign_in_window_minutes),
        ));
    }
    Ok(())
}

/// Finishes a pending sign-in with a code or a recovery code: opens the session and returns
/// its token and where to go. A wrong code is a failed sign-in attempt.
pub async fn finish_with_code(
    db: &Db,
    security: &SecuritySettings,
    token: &str,
    code: &str,
    origin: &SessionOrigin,
    now: DateTime<Utc>,
) -> Result<(String, String)> {
    let found = pending(&db.read, token, Pending::Code, now).await?;
    check_throttle(&db.read, security, &found.email, now).await?;
    if code.trim().is_empty() {
        return Err(FieldErrors::single("code", Msg::new("err-required")));
    }
    let txn = db.write.begin().await?;
    let account = Actor { user_id: Some(found.user_id), label: found.email.clone() };
    let result = if accept_code(&txn, security, &account, code, now).await? {
        sign_in_attempt::Entity::delete_many()
            .filter(sign_in_attempt::Column::Email.eq(found.email.as_str()))
            .exec(&txn)
            .await?;
        pending_sign_in::Entity::delete_by_id(tokens::hash(token)).exec(&txn).await?;
        Ok((open_session(&txn, found.user_id, now, security.session_hours, origin).await?, found.next))
    } else {
        sign_in_attempt::ActiveModel { email: Set(found.email.clone()), attempted_at: Set(now), ..Default::default() }
            .insert(&txn)
            .await?;
        Err(FieldErrors::single("code", Msg::new("err-two-factor-code-wrong")))
    };
    txn.commit().await?;
    result
}

/// Starts the enrolment an admin must finish before signing in.
pub async fn start_forced_enrolment(
    db: &Db,
    security: &SecuritySettings,
    token: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let found = pending(&db.read, token, Pending::Enrol, now).await?;
    let actor = Actor { user_id: Some(found.user_id), label: found.email.clone() };
    enrolment::start(&db.write, security, found.user_id, &actor, now).await
}

/// Confirms the forced enrolment with a first code and opens the session: returns the recovery
/// codes, the session's token and where to go.
pub async fn finish_forced_enrolment(
    db: &Db,
    security: &SecuritySettings,
    token: &str,
    code: &str,
    origin: &SessionOrigin,
    now: DateTime<Utc>,
) -> Result<(Vec<String>, String, String)> {
    let found = pending(&db.read, token, Pending::Enrol, now).await?;
    let actor = Actor { user_id: Some(found.user_id), label: found.email.clone() };
    let txn = db.write.begin().await?;
    let issued = enrolment::confirm(&txn, security, found.user_id, &actor, code, now).await?;
    pending_sign_in::Entity::delete_by_id(tokens::hash(token)).exec(&txn).await?;
    let session = open_session(&txn, found.user_id, now, security.session_hours, origin).await?;
    txn.commit().await?;
    Ok((issued, session, found.next))
}
