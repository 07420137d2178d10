//! A staff member changing their own password.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

use crate::audit::{self, Actor, Change};
use crate::auth::{StaffUser, passwords, tokens};
use crate::config::SecuritySettings;
use crate::db::Db;
use crate::domain::NewPassword;
use crate::entities::{staff_session, user};
use crate::error::{Error, FieldErrors, Msg, Result};

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
