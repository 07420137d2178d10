//! Rules of staff sign-in: throttled password checks, sessions as rows, one-time links,
//! API tokens, and account creation.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    TransactionTrait,
};

use super::{StaffUser, passwords, tokens};
use crate::audit::{self, Actor, Change};
use crate::config::SecuritySettings;
use crate::db::Db;
use crate::domain::{Email, NewPassword, Role};
use crate::entities::{api_token, programme, sign_in_attempt, sign_in_token, staff_session, user, user_programme};
use crate::error::{Error, FieldErrors, Msg, Result};

async fn to_staff<C: ConnectionTrait>(db: &C, user: user::Model) -> Result<Option<StaffUser>> {
    if user.disabled_at.is_some() {
        return Ok(None);
    }
    let Ok(role) = user.role.parse::<Role>() else {
        return Ok(None);
    };
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

/// The staff member behind a session cookie, if the session is live.
pub async fn session_user<C: ConnectionTrait>(db: &C, token: &str, now: DateTime<Utc>) -> Result<Option<StaffUser>> {
    if !tokens::well_formed(token) {
        return Ok(None);
    }
    // The session and its account in one query.
    let found = staff_session::Entity::find_by_id(tokens::hash(token)).find_also_related(user::Entity).one(db).await?;
    match found {
        Some((session, Some(u))) if session.expires_at > now => to_staff(db, u).await,
        _ => Ok(None),
    }
}

/// How long the caller behind an API token is kept in memory: a check-in desk sends thousands
/// of scans a minute with one token, and each would read the token and its account again. A
/// revoked token, a disabled account or a changed role takes effect within this time.
const API_CALLER_TTL: std::time::Duration = std::time::Duration::from_secs(1);
/// Callers kept at most.
const API_CALLERS_KEPT: u64 = 1024;

/// The callers behind API tokens, by the token's hash, each kept for [`API_CALLER_TTL`].
pub struct ApiCallers(moka::sync::Cache<String, StaffUser>);

impl Default for ApiCallers {
    fn default() -> Self {
        Self(moka::sync::Cache::builder().max_capacity(API_CALLERS_KEPT).time_to_live(API_CALLER_TTL).build())
    }
}

/// The staff member behind an API bearer token, if it is live (as of the last second).
pub async fn api_user(db: &Db, callers: &ApiCallers, token: &str, now: DateTime<Utc>) -> Result<Option<StaffUser>> {
    if !tokens::well_formed(token) {
        return Ok(None);
    }
    let token_hash = tokens::hash(token);
    if let Some(caller) = callers.0.get(&token_hash) {
        return Ok(Some(caller));
    }
    // The token and its account in one query.
    let Some((row, account)) = api_token::Entity::find()
        .find_also_related(user::Entity)
        .filter(api_token::Column::TokenHash.eq(token_hash.as_str()))
        .filter(api_token::Column::RevokedAt.is_null())
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
    let caller = match account {
        Some(u) => to_staff(&db.read, u).await?,
        None => None,
    };
    if let Some(caller) = &caller {
        callers.0.insert(token_hash, caller.clone());
    }
    Ok(caller)
}

async fn new_session<C: ConnectionTrait>(db: &C, user_id: i32, now: DateTime<Utc>, hours: u32) -> Result<String> {
    let token = tokens::generate()?;
    staff_session::ActiveModel {
        id_hash: Set(tokens::hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::hours(i64::from(hours))),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Checks email and password, throttling repeated failures per address; on success opens a
/// session and returns its token.
pub async fn sign_in(
    db: &Db,
    security: &SecuritySettings,
    email: &str,
    password: String,
    now: DateTime<Utc>,
) -> Result<String> {
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
            Ok(new_session(&txn, u.id, now, security.session_hours).await?)
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

/// Creates a one-time sign-in link token for `user_id`.
pub async fn create_sign_in_link<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    now: DateTime<Utc>,
    minutes: u32,
) -> Result<String> {
    let token = tokens::generate()?;
    sign_in_token::ActiveModel {
        token_hash: Set(tokens::hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(i64::from(minutes))),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Whether a sign-in link is still usable (for the page a GET shows; changes nothing).
pub async fn check_sign_in_link<C: ConnectionTrait>(db: &C, token: &str, now: DateTime<Utc>) -> Result<()> {
    let gone = || Error::Gone(Msg::new("err-link-invalid"));
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    match sign_in_token::Entity::find_by_id(tokens::hash(token)).one(db).await? {
        Some(t) if t.used_at.is_none() && t.expires_at > now => Ok(()),
        _ => Err(gone()),
    }
}

/// Uses a sign-in link once (a conditional update, so two clicks cannot both win) and opens
/// a session; returns the session token and whether the person still has to set a password.
pub async fn consume_sign_in_link(
    db: &Db,
    security: &SecuritySettings,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(String, bool)> {
    let gone = || Error::Gone(Msg::new("err-link-invalid"));
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    let hash = tokens::hash(token);
    let txn = db.write.begin().await?;
    let used = sign_in_token::Entity::update_many()
        .col_expr(sign_in_token::Column::UsedAt, Expr::value(now))
        .filter(sign_in_token::Column::TokenHash.eq(hash.as_str()))
        .filter(sign_in_token::Column::UsedAt.is_null())
        .filter(sign_in_token::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await?;
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
    let session = new_session(&txn, account.id, now, security.session_hours).await?;
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

/// Fields of the password-change form.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct PasswordChange {
    /// Current password (not needed when none is set yet).
    pub current_password: String,
    /// The new password.
    pub new_password: String,
    /// The new password again.
    pub confirm_password: String,
}

/// Changes a password after checking the current one; signs out the person's other sessions.
pub async fn change_password(
    db: &Db,
    security: &SecuritySettings,
    staff: &StaffUser,
    keep_session: &str,
    form: PasswordChange,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut errors = FieldErrors::new();
    let new = match NewPassword::parse(&form.new_password) {
        Ok(p) => Some(p),
        Err(m) => {
            errors.add("new_password", m);
            None
        }
    };
    if form.confirm_password != form.new_password {
        errors.add("confirm_password", Msg::new("err-password-mismatch"));
    }
    let account = user::Entity::find_by_id(staff.id).one(&db.read).await?.ok_or(Error::NotFound)?;
    if account.password_hash.is_some() {
        let ok = passwords::verify(security, form.current_password, account.password_hash.clone()).await?;
        if !ok {
            errors.add("current_password", Msg::new("err-password-wrong"));
        }
    }
    let new = errors.into_result(new)?.ok_or_else(|| Error::Internal("password missing".into()))?;
    let hash = passwords::hash(security, new.expose().to_owned()).await?;
    let txn = db.write.begin().await?;
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .col_expr(user::Column::PasswordChangedAt, Expr::value(now))
        .filter(user::Column::Id.eq(staff.id))
        .exec(&txn)
        .await?;
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::UserId.eq(staff.id))
        .filter(staff_session::Column::IdHash.ne(tokens::hash(keep_session)))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new::<()>("user.password_change", "user", staff.id, None, None),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A new staff account to create.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Sign-in address.
    pub email: Email,
    /// Name shown in the interface.
    pub display_name: String,
    /// Role.
    pub role: Role,
    /// Programmes an organiser manages.
    pub programmes: Vec<String>,
    /// Password, or none to rely on a sign-in link.
    pub password: Option<NewPassword>,
}

#[derive(serde::Serialize)]
struct UserSnapshot<'a> {
    email: &'a str,
    role: &'a str,
    programmes: &'a [String],
}

/// Creates a staff account; refuses a duplicate address or unknown programme.
pub async fn create_user(
    db: &Db,
    security: &SecuritySettings,
    actor: &Actor,
    new: NewUser,
    now: DateTime<Utc>,
) -> Result<user::Model> {
    let hash = match &new.password {
        Some(p) => Some(passwords::hash(security, p.expose().to_owned()).await?),
        None => None,
    };
    let txn = db.write.begin().await?;
    if user::Entity::find().filter(user::Column::Email.eq(new.email.as_str())).one(&txn).await?.is_some() {
        return Err(FieldErrors::single("email", Msg::new("err-user-exists")));
    }
    for code in &new.programmes {
        if programme::Entity::find_by_id(code.clone()).one(&txn).await?.is_none() {
            return Err(FieldErrors::single("programme", Msg::new("err-unknown-programme").arg("code", code)));
        }
    }
    let created = user::ActiveModel {
        email: Set(new.email.as_str().to_owned()),
        display_name: Set(new.display_name.clone()),
        role: Set(new.role.as_str().to_owned()),
        password_changed_at: Set(hash.as_ref().map(|_| now)),
        password_hash: Set(hash),
        created_at: Set(now),
        disabled_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for code in &new.programmes {
        user_programme::ActiveModel { user_id: Set(created.id), programme_code: Set(code.clone()) }
            .insert(&txn)
            .await?;
    }
    let snapshot = UserSnapshot { email: &created.email, role: &created.role, programmes: &new.programmes };
    audit::record(&txn, actor, now, Change::new("user.create", "user", created.id, None, Some(&snapshot))).await?;
    txn.commit().await?;
    Ok(created)
}

/// Appoints a check-in staff account to the one event whose desk it works.
pub async fn assign_checkin_event(
    db: &Db,
    actor: &Actor,
    user_id: i32,
    event_id: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    let txn = db.write.begin().await?;
    let account = user::Entity::find_by_id(user_id).one(&txn).await?.ok_or(Error::NotFound)?;
    if account.role != Role::CheckIn.as_str() {
        return Err(FieldErrors::single("role", Msg::new("err-checkin-role")));
    }
    if crate::entities::event::Entity::find_by_id(event_id).one(&txn).await?.is_none() {
        return Err(FieldErrors::single("event", Msg::new("err-checkin-event")));
    }
    user::Entity::update_many()
        .col_expr(user::Column::CheckinEventId, Expr::value(event_id))
        .filter(user::Column::Id.eq(user_id))
        .exec(&txn)
        .await?;
    let before = serde_json::json!({ "checkin_event_id": account.checkin_event_id });
    let after = serde_json::json!({ "checkin_event_id": event_id });
    audit::record(&txn, actor, now, Change::new("user.checkin_event", "user", user_id, Some(&before), Some(&after)))
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Finds an account by address.
pub async fn find_user<C: ConnectionTrait>(db: &C, email: &Email) -> Result<Option<user::Model>> {
    Ok(user::Entity::find().filter(user::Column::Email.eq(email.as_str())).one(db).await?)
}

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

/// On a database without a usable admin, creates (or reuses) the first admin account and
/// returns a one-time sign-in link token for it. No default password exists anywhere.
pub async fn bootstrap_admin(
    db: &Db,
    security: &SecuritySettings,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>> {
    let admins = user::Entity::find().filter(user::Column::Role.eq(Role::Admin.as_str())).all(&db.read).await?;
    if admins.iter().any(|u| u.password_hash.is_some() && u.disabled_at.is_none()) {
        return Ok(None);
    }
    let account = match admins.into_iter().find(|u| u.disabled_at.is_none()) {
        Some(a) => a,
        None => {
            let email =
                Email::parse(email).map_err(|_| Error::Internal("bootstrap admin address is invalid".into()))?;
            let new = NewUser {
                email,
                display_name: "Administrator".into(),
                role: Role::Admin,
                programmes: vec![],
                password: None,
            };
            create_user(db, security, &Actor::cli(), new, now).await?
        }
    };
    Ok(Some(create_sign_in_link(&db.write, account.id, now, security.sign_in_link_minutes).await?))
}

/// A staff account with its programmes, for the admin's pages.
#[derive(Debug, Clone)]
pub struct Account {
    /// The account.
    pub user: user::Model,
    /// Programme codes assigned.
    pub programmes: Vec<String>,
}

/// Every staff account, by email.
pub async fn list_accounts<C: ConnectionTrait>(db: &C) -> Result<Vec<Account>> {
    use sea_orm::QueryOrder;
    let users = user::Entity::find().order_by_asc(user::Column::Email).all(db).await?;
    let assignments = user_programme::Entity::find().all(db).await?;
    Ok(users
        .into_iter()
        .map(|u| {
            let programmes =
                assignments.iter().filter(|a| a.user_id == u.id).map(|a| a.programme_code.clone()).collect();
            Account { user: u, programmes }
        })
        .collect())
}

/// One staff account.
pub async fn account<C: ConnectionTrait>(db: &C, id: i32) -> Result<Account> {
    let user = user::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound)?;
    let programmes = user_programme::Entity::find()
        .filter(user_programme::Column::UserId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.programme_code)
        .collect();
    Ok(Account { user, programmes })
}

/// What an admin may change on an account.
#[derive(Debug, Clone)]
pub struct AccessChange {
    /// New role.
    pub role: Role,
    /// New programme assignments.
    pub programmes: Vec<String>,
    /// Whether the account is disabled (signed out everywhere, tokens stop working).
    pub disabled: bool,
}

#[derive(serde::Serialize)]
struct AccessSnapshot<'a> {
    role: &'a str,
    programmes: &'a [String],
    disabled: bool,
}

/// Changes an account's role, programmes and whether it is disabled. Admins cannot demote or
/// disable themselves, so the office never locks itself out by accident.
pub async fn change_access(
    db: &Db,
    admin: &StaffUser,
    id: i32,
    change: AccessChange,
    now: DateTime<Utc>,
) -> Result<()> {
    if id == admin.id && (change.disabled || change.role != Role::Admin) {
        return Err(Error::Conflict(Msg::new("err-self-lockout")));
    }
    if change.role == Role::Organiser && change.programmes.is_empty() {
        return Err(FieldErrors::single("programme", Msg::new("err-programme-needed")));
    }
    let txn = db.write.begin().await?;
    let before = account(&txn, id).await?;
    for code in &change.programmes {
        if programme::Entity::find_by_id(code.clone()).one(&txn).await?.is_none() {
            return Err(FieldErrors::single("programme", Msg::new("err-unknown-programme").arg("code", code)));
        }
    }
    let disabled_at = match (change.disabled, before.user.disabled_at) {
        (true, Some(at)) => Some(at),
        (true, None) => Some(now),
        (false, _) => None,
    };
    user::Entity::update_many()
        .col_expr(user::Column::Role, Expr::value(change.role.as_str()))
        .col_expr(user::Column::DisabledAt, Expr::value(disabled_at))
        .filter(user::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    user_programme::Entity::delete_many().filter(user_programme::Column::UserId.eq(id)).exec(&txn).await?;
    for code in &change.programmes {
        user_programme::ActiveModel { user_id: Set(id), programme_code: Set(code.clone()) }.insert(&txn).await?;
    }
    if change.disabled {
        staff_session::Entity::delete_many().filter(staff_session::Column::UserId.eq(id)).exec(&txn).await?;
    }
    let old = AccessSnapshot {
        role: &before.user.role,
        programmes: &before.programmes,
        disabled: before.user.disabled_at.is_some(),
    };
    let new = AccessSnapshot { role: change.role.as_str(), programmes: &change.programmes, disabled: change.disabled };
    audit::record(&txn, &Actor::staff(admin), now, Change::new("user.access", "user", id, Some(&old), Some(&new)))
        .await?;
    txn.commit().await?;
    Ok(())
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
