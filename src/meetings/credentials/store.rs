//! The SQL of credentials: the rows and files of a meeting's delegations, one delegation's row
//! under its lock, and writing a row.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
};

use crate::domain::CredentialsStatus;
use crate::entities::{credentials, delegation, stored_file};
use crate::error::{Error, Msg, Result};

/// The delegations of event `event_id`.
pub(super) async fn delegations_of<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<delegation::Model>> {
    Ok(delegation::Entity::find().filter(delegation::Column::EventId.eq(event_id)).all(db).await?)
}

/// The credentials rows of `delegation_ids`, by delegation.
pub(super) async fn records_of<C: ConnectionTrait>(
    db: &C,
    delegation_ids: &[i32],
) -> Result<HashMap<i32, credentials::Model>> {
    if delegation_ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(credentials::Entity::find()
        .filter(credentials::Column::DelegationId.is_in(delegation_ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.delegation_id, r))
        .collect())
}

/// The kept files `ids`, by id.
pub(super) async fn files_of<C: ConnectionTrait>(db: &C, ids: &[i32]) -> Result<HashMap<i32, stored_file::Model>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(stored_file::Entity::find()
        .filter(stored_file::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|f| (f.id, f))
        .collect())
}

/// Delegation `delegation_id`'s row, under its row lock until the transaction ends (none yet:
/// the unique key on the delegation stops a second first write).
pub(super) async fn locked_record<C: ConnectionTrait>(
    db: &C,
    delegation_id: i32,
) -> Result<Option<credentials::Model>> {
    // Sets a column to itself: a write, so PostgreSQL locks the row, and nothing changes.
    credentials::Entity::update_many()
        .col_expr(credentials::Column::Status, Expr::col(credentials::Column::Status))
        .filter(credentials::Column::DelegationId.eq(delegation_id))
        .exec(db)
        .await?;
    Ok(credentials::Entity::find().filter(credentials::Column::DelegationId.eq(delegation_id)).one(db).await?)
}

/// What a change writes on a delegation's row.
pub(super) struct Values {
    pub status: CredentialsStatus,
    pub note: Option<String>,
    pub stored_file_id: Option<i32>,
    pub original_received_at: Option<DateTime<Utc>>,
    pub updated_by: String,
    pub updated_at: DateTime<Utc>,
}

fn concurrent(e: Error) -> Error {
    match &e {
        Error::Db(db) if crate::db::is_unique_violation(db) => Error::Conflict(Msg::new("cred-err-concurrent")),
        _ => e,
    }
}

/// Writes delegation `delegation_id`'s row: changes `before`, or inserts the first one.
pub(super) async fn save<C: ConnectionTrait>(
    db: &C,
    delegation_id: i32,
    before: Option<&credentials::Model>,
    v: Values,
) -> Result<credentials::Model> {
    let mut model = match before {
        Some(b) => b.clone().into_active_model(),
        None => credentials::ActiveModel { delegation_id: Set(delegation_id), ..Default::default() },
    };
    model.status = Set(v.status);
    model.note = Set(v.note);
    model.stored_file_id = Set(v.stored_file_id);
    model.original_received_at = Set(v.original_received_at);
    model.updated_by = Set(v.updated_by);
    model.updated_at = Set(v.updated_at);
    let saved = if before.is_some() { model.update(db).await } else { model.insert(db).await };
    saved.map_err(|e| concurrent(e.into()))
}

/// Maps a unique-key violation at commit to the conflict message.
pub(super) fn on_commit(e: sea_orm::DbErr) -> Error {
    concurrent(e.into())
}
