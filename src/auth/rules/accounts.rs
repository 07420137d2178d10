//! Staff accounts: creation, the first admin, the admin's list, roles, programmes and the
//! check-in staff's event.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait,
};

use super::links::create_break_glass_link;
use crate::audit::{self, Actor, Change};
use crate::auth::{StaffUser, passwords};
use crate::config::SecuritySettings;
use crate::db::Db;
use crate::domain::{Email, NewPassword, Role};
use crate::entities::{programme, staff_session, two_factor_secret, user, user_programme};
use crate::error::{Error, FieldErrors, Msg, Result};

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
    role: Role,
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
        role: Set(new.role),
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
    let snapshot = UserSnapshot { email: &created.email, role: created.role, programmes: &new.programmes };
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
    if account.role != Role::CheckIn {
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

/// On a database without a usable admin, creates (or reuses) the first admin account and
/// returns a one-time sign-in link token for it. No default password exists anywhere.
pub async fn bootstrap_admin(
    db: &Db,
    security: &SecuritySettings,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>> {
    let admins = user::Entity::find().filter(user::Column::Role.eq(Role::Admin)).all(&db.read).await?;
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
    Ok(Some(create_break_glass_link(&db.write, account.id, now, security.sign_in_link_minutes).await?))
}

/// A staff account with its programmes, for the admin's pages.
#[derive(Debug, Clone)]
pub struct Account {
    /// The account.
    pub user: user::Model,
    /// Programme codes assigned.
    pub programmes: Vec<String>,
    /// Whether two-factor sign-in is on.
    pub two_factor: bool,
}

/// Every staff account, by email.
pub async fn list_accounts<C: ConnectionTrait>(db: &C) -> Result<Vec<Account>> {
    use sea_orm::QueryOrder;
    let users = user::Entity::find().order_by_asc(user::Column::Email).all(db).await?;
    let assignments = user_programme::Entity::find().all(db).await?;
    let enrolled: Vec<i32> = two_factor_secret::Entity::find()
        .filter(two_factor_secret::Column::ConfirmedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.user_id)
        .collect();
    Ok(users
        .into_iter()
        .map(|u| {
            let programmes =
                assignments.iter().filter(|a| a.user_id == u.id).map(|a| a.programme_code.clone()).collect();
            Account { two_factor: enrolled.contains(&u.id), user: u, programmes }
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
    let two_factor = crate::auth::two_factor::is_on(db, id).await?;
    Ok(Account { user, programmes, two_factor })
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
    role: Role,
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
        .col_expr(user::Column::Role, Expr::value(change.role))
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
        role: before.user.role,
        programmes: &before.programmes,
        disabled: before.user.disabled_at.is_some(),
    };
    let new = AccessSnapshot { role: change.role, programmes: &change.programmes, disabled: change.disabled };
    audit::record(&txn, &Actor::staff(admin), now, Change::new("user.access", "user", id, Some(&old), Some(&new)))
        .await?;
    txn.commit().await?;
    Ok(())
}
