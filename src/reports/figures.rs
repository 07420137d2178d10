//! The person counts of events as cells that add up across events: confirmed participants in
//! total and by gender, State and organisation type, and among them those who attended and
//! those certified. A report over years of events (the donor report) sums these cells.
//!
//! Events that have ended keep their cells in `event_figures`, computed once by the database
//! and computed again only when triggers on registrations, attended days and certificates
//! have raised the row's `version` since; the hourly job `event_figures` ([`refresh`]) counts
//! them ahead of the reports. Events still running are counted on every call.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, TransactionTrait, Value};

use super::rules::{push_in, statement};
use crate::db::Db;
use crate::domain::{EventStatus, RegistrationState};
use crate::entities::{event, event_figure};

/// People per cell: `total`, `gender:{code}`, `state:{iso3}`, `org:{code}` (`none` when not
/// stated), `att:attended`, `att:absent`, `cert:issued`, `cert:none`.
pub type Cells = BTreeMap<String, u64>;

/// The cells of each of `events` as of `now`. Like the reports, only published events count:
/// drafts, cancelled events and events that have not started have no cells.
pub async fn event_cells(db: &Db, events: &[&event::Model], now: DateTime<Utc>) -> Result<HashMap<i32, Cells>, DbErr> {
    let today = now.date_naive();
    let (ended, running): (Vec<i32>, Vec<i32>) = {
        let held = events.iter().filter(|e| e.status == EventStatus::Published && e.start_date <= today);
        let (ended, running): (Vec<&&event::Model>, Vec<&&event::Model>) = held.partition(|e| e.end_date < today);
        (ended.iter().map(|e| e.id).collect(), running.iter().map(|e| e.id).collect())
    };
    let mut out = HashMap::new();
    let mut stale = Vec::new();
    if !ended.is_empty() {
        let kept = event_figure::Entity::find()
            .filter(event_figure::Column::EventId.is_in(ended.clone()))
            .all(&db.read)
            .await?;
        let mut fresh = HashMap::new();
        for row in kept {
            let current = row.computed_version == Some(row.version);
            if let Some(cells) = row.cells.filter(|_| current).and_then(|c| serde_json::from_str::<Cells>(&c).ok()) {
                fresh.insert(row.event_id, cells);
            }
        }
        stale = ended.iter().copied().filter(|id| !fresh.contains_key(id)).collect();
        out.extend(fresh);
    }
    let mut counted = count(db, running.iter().copied()).await?;
    counted.extend(count_and_keep(db, &stale, now).await?);
    for id in stale.into_iter().chain(running) {
        out.insert(id, counted.remove(&id).unwrap_or_default());
    }
    Ok(out)
}

/// Counts the ended events `ids` and keeps their counts; returns them.
async fn count_and_keep(db: &Db, ids: &[i32], now: DateTime<Utc>) -> Result<HashMap<i32, Cells>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    // The version is read before counting: a change committed after it raises the version,
    // so the counts are stored only if nothing changed in between.
    let versions = versions(db, ids).await?;
    let counted = count(db, ids.iter().copied()).await?;
    let txn = db.write.begin().await?;
    for id in ids {
        let Some(version) = versions.get(id) else { continue };
        let json = serde_json::to_string(&counted.get(id).cloned().unwrap_or_default())
            .map_err(|e| DbErr::Custom(e.to_string()))?;
        event_figure::Entity::update_many()
            .col_expr(event_figure::Column::Cells, Expr::value(json))
            .col_expr(event_figure::Column::ComputedVersion, Expr::value(*version))
            .col_expr(event_figure::Column::ComputedAt, Expr::value(now))
            .filter(event_figure::Column::EventId.eq(*id))
            .filter(event_figure::Column::Version.eq(*version))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(counted)
}

/// Events counted per run of [`refresh`]'s loop: a bounded transaction and query each.
const REFRESH_BATCH: usize = 200;

/// Counts and keeps every published event that ended before `now` and whose kept counts are
/// missing or out of date; returns how many (the hourly job `event_figures`). Reports then
/// find them ready, even the first to ask after a change.
pub async fn refresh(db: &Db, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let ended: Vec<i32> = event::Entity::find()
        .select_only()
        .column(event::Column::Id)
        .filter(event::Column::Status.eq(EventStatus::Published))
        .filter(event::Column::EndDate.lt(now.date_naive()))
        .into_tuple()
        .all(&db.read)
        .await?;
    let current: HashSet<i32> = event_figure::Entity::find()
        .select_only()
        .column(event_figure::Column::EventId)
        .filter(event_figure::Column::Cells.is_not_null())
        .filter(Expr::col(event_figure::Column::ComputedVersion).eq(Expr::col(event_figure::Column::Version)))
        .into_tuple()
        .all(&db.read)
        .await?
        .into_iter()
        .collect();
    let stale: Vec<i32> = ended.into_iter().filter(|id| !current.contains(id)).collect();
    for batch in stale.chunks(REFRESH_BATCH) {
        count_and_keep(db, batch, now).await?;
    }
    Ok(u64::try_from(stale.len()).unwrap_or(u64::MAX))
}

/// The current version of each event's row, creating the rows missing.
async fn versions(db: &Db, ids: &[i32]) -> Result<HashMap<i32, i64>, DbErr> {
    let rows = ids.iter().map(|id| event_figure::ActiveModel {
        event_id: sea_orm::ActiveValue::Set(*id),
        version: sea_orm::ActiveValue::Set(0),
        ..Default::default()
    });
    event_figure::Entity::insert_many(rows)
        .on_conflict(OnConflict::column(event_figure::Column::EventId).do_nothing().to_owned())
        .exec_without_returning(&db.write)
        .await?;
    let rows =
        event_figure::Entity::find().filter(event_figure::Column::EventId.is_in(ids.to_vec())).all(&db.write).await?;
    Ok(rows.into_iter().map(|r| (r.event_id, r.version)).collect())
}

/// Counts the cells of `ids` with one grouped query.
async fn count(db: &Db, ids: impl Iterator<Item = i32>) -> Result<HashMap<i32, Cells>, DbErr> {
    let mut sql = format!(
        "SELECT r.event_id AS event_id, r.gender AS gender, r.country_iso3 AS country, r.organisation_type AS otype, \
         CASE WHEN EXISTS (SELECT 1 FROM attendance_days d WHERE d.registration_id = r.id) THEN 1 ELSE 0 END AS came, \
         CASE WHEN EXISTS (SELECT 1 FROM certificates c WHERE c.registration_id = r.id AND c.revoked_at IS NULL) \
         THEN 1 ELSE 0 END AS cert, COUNT(*) AS n FROM registrations r WHERE r.state = '{}'",
        RegistrationState::Confirmed.as_str()
    );
    let mut values: Vec<Value> = Vec::new();
    push_in(&mut sql, &mut values, "r.event_id", ids.map(Value::from));
    if values.is_empty() {
        return Ok(HashMap::new());
    }
    sql.push_str(" GROUP BY r.event_id, r.gender, r.country_iso3, r.organisation_type, came, cert");
    let rows = db.read.query_all_raw(statement(db.backend(), &sql, values)).await?;
    let mut out: HashMap<i32, Cells> = HashMap::new();
    for row in rows {
        let id: i32 = row.try_get("", "event_id")?;
        let code = |c: &str| row.try_get::<Option<String>>("", c).map(|v| v.unwrap_or_else(|| "none".to_owned()));
        let n = u64::try_from(row.try_get::<i64>("", "n")?).unwrap_or(0);
        let came = row.try_get::<i32>("", "came")? == 1;
        let cert = row.try_get::<i32>("", "cert")? == 1;
        let cells = out.entry(id).or_default();
        for cell in [
            "total".to_owned(),
            format!("gender:{}", code("gender")?),
            format!("state:{}", code("country")?),
            format!("org:{}", code("otype")?),
            (if came { "att:attended" } else { "att:absent" }).to_owned(),
            (if cert { "cert:issued" } else { "cert:none" }).to_owned(),
        ] {
            *cells.entry(cell).or_default() += n;
        }
    }
    Ok(out)
}
