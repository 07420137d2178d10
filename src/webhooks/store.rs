//! The SQL of webhooks: deliveries written with the change (one statement for every endpoint
//! that wants it), claimed with a lease, and marked; endpoints read and written.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Statement, Value,
};

use crate::db::Db;
use crate::domain::{WebhookDeliveryState, WebhookKind};
use crate::entities::{webhook_delivery, webhook_endpoint};
use crate::error::Result;

/// `sql` with its `?` placeholders numbered `$1, $2 …` on PostgreSQL.
fn statement(backend: DbBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = if backend == DbBackend::Postgres {
        let mut out = String::with_capacity(sql.len() + 8);
        let mut n = 0;
        for c in sql.chars() {
            if c == '?' {
                n += 1;
                out.push_str(&format!("${n}"));
            } else {
                out.push(c);
            }
        }
        out
    } else {
        sql.to_owned()
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// Queues one delivery of a change for every active endpoint that takes its kind and its
/// programme, inside the caller's transaction: endpoints allowed personal data get
/// `personal`, the others `ids`. Returns how many were queued.
pub async fn queue<C: ConnectionTrait>(
    db: &C,
    kind: WebhookKind,
    programme_code: &str,
    ids: &str,
    personal: &str,
    now: DateTime<Utc>,
) -> Result<u64> {
    let sql = "INSERT INTO webhook_deliveries (endpoint_id, event_type, occurred_at, data, state, attempts, \
               next_attempt_at, created_at) \
               SELECT id, ?, ?, CASE WHEN personal_data = ? THEN ? ELSE ? END, 'queued', 0, ?, ? \
               FROM webhook_endpoints WHERE active = ? AND event_types LIKE ? \
               AND (programme_code IS NULL OR programme_code = ?)";
    let values: Vec<Value> = vec![
        kind.as_str().into(),
        now.into(),
        true.into(),
        personal.into(),
        ids.into(),
        now.into(),
        now.into(),
        true.into(),
        format!("%,{},%", kind.as_str()).into(),
        programme_code.into(),
    ];
    Ok(db.execute_raw(statement(db.get_database_backend(), sql, values)).await?.rows_affected())
}

/// Whether any endpoint is active (what lets writes skip [`queue`] when none is).
pub async fn any_active<C: ConnectionTrait>(db: &C) -> Result<bool> {
    Ok(webhook_endpoint::Entity::find().filter(webhook_endpoint::Column::Active.eq(true)).count(db).await? > 0)
}

/// Claims up to `batch` due deliveries of active endpoints for `lease`; a claim whose lease
/// ran out (its dispatcher died mid-post) can be claimed again. `SKIP LOCKED` on PostgreSQL
/// lets instances claim disjoint batches; on SQLite the single writer serialises claims.
pub async fn claim(db: &Db, now: DateTime<Utc>, lease: Duration, batch: u32) -> Result<Vec<webhook_delivery::Model>> {
    let backend = db.backend();
    let lock = if backend == DbBackend::Postgres { " FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = format!(
        "UPDATE webhook_deliveries SET state = 'sending', claimed_until = ?, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM webhook_deliveries WHERE state IN ('queued', 'sending') \
         AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) \
         AND endpoint_id IN (SELECT id FROM webhook_endpoints WHERE active = ?) \
         ORDER BY id LIMIT ?{lock}) RETURNING *"
    );
    let values: Vec<Value> = vec![(now + lease).into(), now.into(), now.into(), true.into(), i64::from(batch).into()];
    let mut rows =
        webhook_delivery::Entity::find().from_raw_sql(statement(backend, &sql, values)).all(&db.write).await?;
    rows.sort_by_key(|r| r.id);
    Ok(rows)
}

/// Records the outcome of one attempt: `state`, the status answered (if any), the error (if
/// any), and when to try again.
pub async fn mark(
    db: &Db,
    id: i32,
    state: WebhookDeliveryState,
    status: Option<u16>,
    error: Option<&str>,
    next_attempt_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut update = webhook_delivery::Entity::update_many()
        .col_expr(webhook_delivery::Column::State, Expr::value(state))
        .col_expr(webhook_delivery::Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(webhook_delivery::Column::LastStatus, Expr::value(status.map(i32::from)))
        .col_expr(webhook_delivery::Column::LastError, Expr::value(error.map(str::to_owned)));
    if let Some(at) = next_attempt_at {
        update = update.col_expr(webhook_delivery::Column::NextAttemptAt, Expr::value(at));
    }
    if state == WebhookDeliveryState::Delivered {
        update = update.col_expr(webhook_delivery::Column::DeliveredAt, Expr::value(now));
    }
    update.filter(webhook_delivery::Column::Id.eq(id)).exec(&db.write).await?;
    Ok(())
}

/// Queues a delivery again at once, whatever became of it (the "send again" button); its id,
/// and so the receiver's deduplication, stay the same. Returns whether it exists.
pub async fn redeliver<C: ConnectionTrait>(db: &C, endpoint_id: i32, id: i32, now: DateTime<Utc>) -> Result<bool> {
    let done = webhook_delivery::Entity::update_many()
        .col_expr(webhook_delivery::Column::State, Expr::value(WebhookDeliveryState::Queued))
        .col_expr(webhook_delivery::Column::Attempts, Expr::value(0))
        .col_expr(webhook_delivery::Column::NextAttemptAt, Expr::value(now))
        .col_expr(webhook_delivery::Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(webhook_delivery::Column::Id.eq(id))
        .filter(webhook_delivery::Column::EndpointId.eq(endpoint_id))
        .exec(db)
        .await?;
    Ok(done.rows_affected > 0)
}

/// Every endpoint, oldest first.
pub async fn endpoints<C: ConnectionTrait>(db: &C) -> Result<Vec<webhook_endpoint::Model>> {
    Ok(webhook_endpoint::Entity::find().order_by_asc(webhook_endpoint::Column::Id).all(db).await?)
}

/// The endpoints with these ids.
pub async fn endpoints_by_id<C: ConnectionTrait>(db: &C, ids: Vec<i32>) -> Result<Vec<webhook_endpoint::Model>> {
    Ok(webhook_endpoint::Entity::find().filter(webhook_endpoint::Column::Id.is_in(ids)).all(db).await?)
}

/// One page of an endpoint's deliveries, newest first, and the number of pages.
pub async fn deliveries<C: ConnectionTrait>(
    db: &C,
    endpoint_id: i32,
    page: u64,
    per_page: u64,
) -> Result<(Vec<webhook_delivery::Model>, u64)> {
    let paginator = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::EndpointId.eq(endpoint_id))
        .order_by_desc(webhook_delivery::Column::Id)
        .paginate(db, per_page);
    let pages = paginator.num_pages().await?;
    Ok((paginator.fetch_page(page.saturating_sub(1)).await?, pages))
}

/// How many deliveries each endpoint has in each state.
pub async fn counts<C: ConnectionTrait>(db: &C) -> Result<Vec<(i32, WebhookDeliveryState, i64)>> {
    use sea_orm::QuerySelect;
    Ok(webhook_delivery::Entity::find()
        .select_only()
        .column(webhook_delivery::Column::EndpointId)
        .column(webhook_delivery::Column::State)
        .column_as(webhook_delivery::Column::Id.count(), "n")
        .group_by(webhook_delivery::Column::EndpointId)
        .group_by(webhook_delivery::Column::State)
        .into_tuple()
        .all(db)
        .await?)
}

/// Removes the person's data (`person`) from the bodies of the deliveries still in the log
/// about event `event_id` or about any of `people`, keeping their ids; returns how many
/// changed. Only endpoints allowed personal data got it, so only their bodies hold `person`.
pub(crate) async fn erase_personal<C: ConnectionTrait>(
    db: &C,
    event_id: Option<i32>,
    people: &[i32],
) -> Result<u64, sea_orm::DbErr> {
    let carrying =
        webhook_delivery::Entity::find().filter(webhook_delivery::Column::Data.contains("\"person\":")).all(db).await?;
    let mut changed = 0;
    for row in carrying {
        let Ok(mut data) = serde_json::from_str::<serde_json::Value>(&row.data) else { continue };
        let about_event = event_id.is_some_and(|id| data["event_id"].as_i64() == Some(i64::from(id)));
        let about_person = data["person_id"].as_i64().is_some_and(|p| people.iter().any(|&id| i64::from(id) == p));
        if !(about_event || about_person) {
            continue;
        }
        if let Some(fields) = data.as_object_mut() {
            fields.remove("person");
        }
        webhook_delivery::Entity::update_many()
            .col_expr(webhook_delivery::Column::Data, Expr::value(data.to_string()))
            .filter(webhook_delivery::Column::Id.eq(row.id))
            .exec(db)
            .await?;
        changed += 1;
    }
    Ok(changed)
}
