//! Staff sessions: the password check with its throttle, sessions as rows, and the callers
//! behind API tokens.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, TransactionTrait,
};

use crate::auth::scopes::ApiScopes;
use crate::auth::two_factor::{self, Pending};
use crate::auth::{StaffUser, passwords, tokens};
use crate::config::SecuritySettings;
use crate::db::Db;
use crate::domain::{Email, Role};
use crate::entities::{api_token, sign_in_attempt, staff_session, user, user_programme};
use crate::error::{Error, FieldErrors, Msg, Result};

async fn to_staff<C: ConnectionTrait>(db: &C, user: user::Model) -> Result<Option<StaffUser>> {
    if user.disabled_at.is_some() {
        return Ok(None);
    }
    let role = user.role;
    // Only organisers are limited by programme; skipping the query for the others keeps a
    // check-in scan (an admin's or check-in staff's token) to fewer round trips.
    let programmes = if role == Role::Organiser {
        user_programme::Entity::find()
            .filter(user_programme::Column::UserId.eq(user.id))
            .all(db)
            .await?
            .into_iter()
            .map(|p| p.programme_code)
            .collect()
    } else {
        Vec::new()
    };
    Ok(Some(StaffUser {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        role,
        programmes,
        has_password: user.password_hash.is_some(),
        checkin_event: user.checkin_event_id,
    }))
}

/// How stale a session's "last seen" may get before a request records it again: often enough
/// for the person's list of sessions, rarely enough that pages stay reads.
const LAST_SEEN_EVERY_MINUTES: i64 = 5;

/// The staff member behind a session cookie, if the session is live.
pub async fn session_user(db: &Db, token: &str, now: DateTime<Utc>) -> Result<Option<StaffUser>> {
    if !tokens::well_formed(token) {
        return Ok(None);
    }
    // The session and its account in one query.
    let found =
        staff_session::Entity::find_by_id(tokens::hash(token)).find_also_related(user::Entity).one(&db.read).await?;
    match found {
        Some((session, Some(u))) if session.expires_at > now => {
            if session.last_seen_at.is_none_or(|t| now - t >= Duration::minutes(LAST_SEEN_EVERY_MINUTES)) {
                staff_session::Entity::update_many()
                    .col_expr(staff_session::Column::LastSeenAt, Expr::value(now))
                    .filter(staff_session::Column::IdHash.eq(session.id_hash))
                    .exec(&db.write)
                    .await?;
            }
            to_staff(&db.read, u).await
        }
        _ => Ok(None),
    }
}

/// How long the caller behind an API token is kept in memory: a check-in desk sends thousands
/// of scans a minute with one token, and each would read the token and its account again. A
/// revoked token, a disabled account or a changed role takes effect within this time.
const API_CALLER_TTL: std::time::Duration = std::time::Duration::from_secs(1);
/// Callers kept at most.
const API_CALLERS_KEPT: u64 = 1024;

/// The staff member behind an API token, with what the token may do.
#[derive(Debug, Clone)]
pub struct TokenCaller {
    /// The token's owner.
    pub staff: StaffUser,
    /// The token's scopes.
    pub scopes: ApiScopes,
    /// When the token stops working, if ever.
    pub expires_at: Option<DateTime<Utc>>,
}

/// The callers behind API tokens, by the token's hash, each kept for [`API_CALLER_TTL`].
pub struct ApiCallers(moka::sync::Cache<String, TokenCaller>);

impl Default for ApiCallers {
    fn default() -> Self {
        Self(moka::sync::Cache::builder().max_capacity(API_CALLERS_KEPT).time_to_live(API_CALLER_TTL).build())
    }
}

/// The staff member behind an API bearer token, if it is live (as of the last second) and has
/// not expired.
pub async fn api_user(db: &Db, callers: &ApiCallers, token: &str, now: DateTime<Utc>) -> Result<Option<TokenCaller>> {
    if !tokens::well_formed(token) {
        return Ok(None);
    }
    let token_hash = tokens::hash(token);
    if let Some(caller) = callers.0.get(&token_hash) {
        return Ok(caller.expires_at.is_none_or(|at| at > now).then_some(caller));
    }
    // The token and its account in one query.
    let Some((row, account)) = api_token::Entity::find()
        .find_also_related(user::Entity)
        .filter(api_token::Column::TokenHash.eq(token_hash.as_str()))
        .filter(api_token::Column::RevokedAt.is_null())
        .filter(Condition::any().add(api_token::Column::ExpiresAt.is_null()).add(api_token::Column::ExpiresAt.gt(now)))
        .one(&db.read)
        .await?
    else {
        return Ok(None);
    };
    // Record use at most hourly, so API reads do not all become writes.
    if row.last_used_at.is_none_or(|t| now - t > Duration::hours(1)) {
        api_token::Entity::update_many()
            .col_expr(api_token::Column::LastUsedAt, Expr::value(now))
            .filter(api_token::Column::Id.eq(row.id))
            .exec(&db.write)
            .await?;
    }
    // A stored set we cannot read is a token that can do nothing.
    let Ok(scopes) = ApiScopes::parse(&row.scopes) else {
        tracing::warn!(api_token.id = row.id, "API token with unreadable scopes refused");
        return Ok(None);
    };
    let staff = match account {
        Some(u) => to_staff(&db.read, u).await?,
        None => None,
    };
    let caller = staff.map(|staff| TokenCaller { staff, scopes, expires_at: row.expires_at });
    if let Some(caller) = &caller {
        callers.0.insert(token_hash, caller.clone());
    }
    Ok(caller)
}

/// Where a session was opened from, shown on the person's list of sessions.
#[derive(Debug, Clone, Default)]
pub struct SessionOrigin {
    /// The browser's User-Agent.
    pub user_agent: Option<String>,
    /// The client's address.
    pub address: Option<String>,
}

/// Longest User-Agent kept, in characters.
const USER_AGENT_KEPT: usize = 200;

/// Opens a session for `user_id`, recording where from; returns its token.
pub(crate) async fn open_session<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    now: DateTime<Utc>,
    hours: u32,
    origin: &SessionOrigin,
) -> Result<String> {
    let token = tokens::generate()?;
    let user_agent = origin.user_agent.as_deref().map(|ua| ua.chars().take(USER_AGENT_KEPT).collect::<String>());
    staff_session::ActiveModel {
        id_hash: Set(tokens::hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::hours(i64::from(hours))),
        last_seen_at: Set(Some(now)),
        user_agent: Set(user_agent),
        address: Set(origin.address.clone()),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// What the right password leads to.
#[derive(Debug, Clone)]
pub enum SignedIn {
    /// A session, with its token.
    Session(String),
    /// A pending sign-in waiting for its second step, with its token.
    Pending(String, Pending),
}

/// Checks email and password, throttling repeated failures per address; on success opens a
/// session, or (two-factor on, or an admin who must turn it on) a pending sign-in that waits
/// for its second step before going to `next`.
pub async fn sign_in(
    db: &Db,
    security: &SecuritySettings,
    email: &str,
    password: String,
    origin: &SessionOrigin,
    next: &str,
    now: DateTime<Utc>,
) -> Result<SignedIn> {
    let email = Email::parse(email).map_err(|m| FieldErrors::single("email", m))?;
    if password.is_empty() {
        return Err(FieldErrors::single("password", Msg::new("err-required")));
    }
    let since = now - Duration::minutes(i64::from(security.sign_in_window_minutes));
    let failures = sign_in_attempt::Entity::find()
        .filter(sign_in_attempt::Column::Email.eq(email.as_str()))
        .filter(sign_in_attempt::Column::AttemptedAt.gt(since))
        .count(&db.read)
        .await?;
    if failures >= u64::from(security.sign_in_max_failures) {
        return Err(Error::Throttled(
            Msg::new("err-sign-in-throttled").arg("minutes", security.sign_in_window_minutes),
        ));
    }
    let account = user::Entity::find().filter(user::Column::Email.eq(email.as_str())).one(&db.read).await?;
    let active = account.filter(|u| u.disabled_at.is_none());
    let ok = passwords::verify(security, password, active.as_ref().and_then(|u| u.password_hash.clone())).await?;
    let txn = db.write.begin().await?;
    let result = match active {
        Some(u) if ok => {
            sign_in_attempt::Entity::delete_many()
                .filter(sign_in_attempt::Column::Email.eq(email.as_str()))
                .exec(&txn)
                .await?;
            let second_step = if two_factor::is_on(&txn, u.id).await? {
                Some(Pending::Code)
            } else if u.role == Role::Admin && security.require_2fa_for_admins {
                Some(Pending::Enrol)
            } else {
                None
            };
            match second_step {
                Some(purpose) => {
                    Ok(SignedIn::Pending(two_factor::open_pending(&txn, u.id, purpose, next, now).await?, purpose))
                }
                None => Ok(SignedIn::Session(open_session(&txn, u.id, now, security.session_hours, origin).await?)),
            }
        }
        _ => {
            sign_in_attempt::ActiveModel {
                email: Set(email.as_str().to_owned()),
                attempted_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            Err(Error::Invalid({
                let mut e = FieldErrors::new();
                e.add("password", Msg::new("err-sign-in-failed"));
                e
            }))
        }
    };
    txn.commit().await?;
    result
}

/// Ends a session.
pub async fn sign_out<C: ConnectionTrait>(db: &C, token: &str) -> Result<()> {
    staff_session::Entity::delete_by_id(tokens::hash(token)).exec(db).await?;
    Ok(())
}
