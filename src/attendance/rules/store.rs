//! The scan log's storage: what the desk reads (an event's registrations, sessions and the
//! day's log, search), the one-query read before a scan, and the group writer that inserts
//! scans and keeps the attended days (`attendance_days`) in the same transaction.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, OnConflict, Order, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, IdenStatic,
    Iterable, JoinType, QueryFilter, QueryOrder, QuerySelect, QueryTrait, TransactionTrait,
};

use crate::db::{self, Db};
use crate::domain::ScanDirection;
use crate::entities::{attendance_day, attendance_scan, event_session, registration};
use crate::error::Result;

/// The registrations of an event, by family then given name.
pub(super) async fn event_registrations<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<registration::Model>> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .order_by_asc(registration::Column::FamilyName)
        .order_by_asc(registration::Column::GivenName)
        .all(db)
        .await?)
}

/// The sessions of an event, in time order.
pub(super) async fn event_sessions<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<event_session::Model>> {
    Ok(event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event_id))
        .order_by_asc(event_session::Column::StartsAt)
        .all(db)
        .await?)
}

/// The log of an event on `day`, oldest first, grouped by registration.
pub(super) async fn day_logs<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    day: NaiveDate,
) -> Result<HashMap<i32, Vec<attendance_scan::Model>>> {
    let scans = attendance_scan::Entity::find()
        .filter(attendance_scan::Column::EventId.eq(event_id))
        .filter(attendance_scan::Column::Day.eq(day))
        .order_by_asc(attendance_scan::Column::Id)
        .all(db)
        .await?;
    let mut by: HashMap<i32, Vec<attendance_scan::Model>> = HashMap::new();
    for s in scans {
        by.entry(s.registration_id).or_default().push(s);
    }
    Ok(by)
}

/// The whole log of an event, oldest first.
pub(super) async fn event_log<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<attendance_scan::Model>> {
    Ok(attendance_scan::Entity::find()
        .filter(attendance_scan::Column::EventId.eq(event_id))
        .order_by_asc(attendance_scan::Column::Id)
        .all(db)
        .await?)
}

/// Registrations of an event whose given or family name or organisation matches the `LIKE`
/// pattern (lower case), or who represent one of `countries`; at most `limit`, by name.
pub(super) async fn search_registrations<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    pattern: &str,
    countries: Vec<String>,
    limit: u64,
) -> Result<Vec<registration::Model>> {
    let lower = |c: registration::Column| Expr::expr(Func::lower(Expr::col(c)));
    let mut any = Condition::any()
        .add(lower(registration::Column::GivenName).like(pattern))
        .add(lower(registration::Column::FamilyName).like(pattern))
        .add(lower(registration::Column::Organisation).like(pattern));
    if !countries.is_empty() {
        any = any.add(registration::Column::CountryIso3.is_in(countries));
    }
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(any)
        .order_by_asc(registration::Column::FamilyName)
        .order_by_asc(registration::Column::GivenName)
        .limit(limit)
        .all(db)
        .await?)
}

pub(super) async fn scan_by_key<C: ConnectionTrait>(db: &C, key: &str) -> Result<Option<attendance_scan::Model>> {
    Ok(attendance_scan::Entity::find().filter(attendance_scan::Column::IdempotencyKey.eq(key)).one(db).await?)
}

/// What a scan reads before it writes: the registration, its latest entry or exit of the day
/// that is not undone, and the scan already recorded under the scan's key (for any
/// registration).
pub(super) struct ScanContext {
    pub(super) registration: registration::Model,
    pub(super) latest: Option<attendance_scan::Model>,
    pub(super) under_key: Option<attendance_scan::Model>,
}

/// Column prefixes of the two scans joined to the registration in [`scan_context`].
const LATEST: &str = "latest_";
const UNDER_KEY: &str = "under_key_";

impl FromQueryResult for ScanContext {
    fn from_query_result(row: &sea_orm::QueryResult, pre: &str) -> std::result::Result<Self, sea_orm::DbErr> {
        Ok(Self {
            registration: registration::Model::from_query_result(row, pre)?,
            latest: attendance_scan::Model::from_query_result_optional(row, LATEST)?,
            under_key: attendance_scan::Model::from_query_result_optional(row, UNDER_KEY)?,
        })
    }
}

/// The [`ScanContext`] of a scan of `registration_id` at the desk of `event_id` on `day`, in
/// one query: the scan is the hot path of the desk, and each query is a round trip to the
/// database. At most one row comes back, however often the person went in and out that day.
pub(super) async fn scan_context<C: ConnectionTrait>(
    db: &C,
    registration_id: i32,
    event_id: i32,
    day: NaiveDate,
    key: &str,
) -> Result<Option<ScanContext>> {
    let (candidate, undo) = (Alias::new("candidate"), Alias::new("undo"));
    // The person's latest entry or exit that day with no undo pointing at it: the scan that
    // says whether they are in (see `current_entry`), found by the (registration, day, id)
    // index.
    let latest_id = Query::select()
        .column((candidate.clone(), attendance_scan::Column::Id))
        .from_as(attendance_scan::Entity, candidate.clone())
        .and_where(Expr::col((candidate.clone(), attendance_scan::Column::RegistrationId)).eq(registration_id))
        .and_where(Expr::col((candidate.clone(), attendance_scan::Column::Day)).eq(day))
        .and_where(Expr::col((candidate.clone(), attendance_scan::Column::Direction)).ne(ScanDirection::Undo))
        .and_where(Expr::not_exists(
            Query::select()
                .expr(Expr::val(1))
                .from_as(attendance_scan::Entity, undo.clone())
                .and_where(
                    Expr::col((undo, attendance_scan::Column::Undoes))
                        .equals((candidate.clone(), attendance_scan::Column::Id)),
                )
                .to_owned(),
        ))
        .order_by((candidate, attendance_scan::Column::Id), Order::Desc)
        .limit(1)
        .to_owned();
    // By primary key alone, the event checked below: given `event_id = ?` as well, PostgreSQL
    // without fresh statistics (a table just filled by an import) chose the event's index and
    // read every registration of the event on each scan. Each scan is joined on its own by
    // one equality on a unique column: PostgreSQL planned `key = ? OR id = …`, and
    // `id IN (…, …)`, as a read of the whole log while its statistics still said the log
    // was small.
    let mut select = registration::Entity::find_by_id(registration_id);
    let joins = [
        (LATEST, Expr::col((Alias::new(LATEST), attendance_scan::Column::Id)).eq(latest_id)),
        (UNDER_KEY, Expr::col((Alias::new(UNDER_KEY), attendance_scan::Column::IdempotencyKey)).eq(key)),
    ];
    for (prefix, on) in joins {
        let query = QueryTrait::query(&mut select);
        for column in attendance_scan::Column::iter() {
            query.expr_as(Expr::col((Alias::new(prefix), column)), Alias::new(format!("{prefix}{}", column.as_str())));
        }
        query.join_as(JoinType::LeftJoin, attendance_scan::Entity, Alias::new(prefix), on);
    }
    let found = select.into_model::<ScanContext>().one(db).await?;
    Ok(found.filter(|c| c.registration.event_id == event_id))
}

/// The entry that has someone in, from a log of scans: the latest entry or exit not undone,
/// if it is an entry.
pub fn current_entry(log: &[attendance_scan::Model]) -> Option<&attendance_scan::Model> {
    let undone: HashSet<i32> = log.iter().filter_map(|s| s.undoes).collect();
    log.iter()
        .rev()
        .filter(|s| s.direction != ScanDirection::Undo && !undone.contains(&s.id))
        .find(|s| s.direction == ScanDirection::Entry || s.direction == ScanDirection::Exit)
        .filter(|s| s.direction == ScanDirection::Entry)
}

/// What a scan does to the participant's attended day (`attendance_days`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DayEffect {
    /// An entry: one more entry that day (the day row appears with the first).
    Entry,
    /// The undo of an entry: one fewer (the day row goes with the last).
    EntryTakenBack,
    /// An exit, or the undo of an exit: attendance is unchanged.
    Unchanged,
}

/// The attended day a scan counts for.
#[derive(Debug, Clone, Copy)]
pub(super) struct Day {
    pub(super) registration_id: i32,
    pub(super) event_id: i32,
    pub(super) day: NaiveDate,
}

/// A scan row on its way to the log, with its effect on the attended day: the unit of the
/// scan group writer. Both are written in one transaction, so the day rows always agree
/// with the log.
pub struct NewScan {
    pub(super) row: attendance_scan::ActiveModel,
    pub(super) day: Day,
    pub(super) effect: DayEffect,
    /// The check-in to tell webhook endpoints of, when any is active.
    pub(super) hook: Option<ScanHook>,
}

/// A check-in's webhook change, recorded in the scan's transaction.
pub struct ScanHook {
    pub(super) hooks: crate::webhooks::Hooks,
    pub(super) change: crate::webhooks::Change,
    pub(super) at: chrono::DateTime<chrono::Utc>,
}

impl db::WriteUnit for NewScan {
    type Output = attendance_scan::Model;
    type Error = sea_orm::DbErr;
    type Pending = attendance_scan::Model;

    fn lock_order(&self) -> (i32, i32) {
        // Day rows are locked per registration; the same order in every group.
        (self.day.registration_id, 0)
    }

    async fn write(&self, txn: &sea_orm::DatabaseTransaction) -> std::result::Result<Self::Pending, Self::Error> {
        write_scan(txn, self).await
    }

    async fn write_all(
        units: &[&Self],
        txn: &sea_orm::DatabaseTransaction,
    ) -> std::result::Result<Vec<Self::Pending>, Self::Error> {
        // The undo of an entry changes its day row twice (see `write_scan`): such a group, and
        // a group of one or none, goes unit by unit.
        if units.len() <= 1 || units.iter().any(|u| u.effect == DayEffect::EntryTakenBack) {
            return db::write_one_by_one(units, txn).await;
        }
        write_scans(txn, units).await
    }

    async fn finish(
        &self,
        txn: &sea_orm::DatabaseTransaction,
        written: Self::Pending,
    ) -> std::result::Result<Self::Output, Self::Error> {
        // A scan locks only its own day row, taken in the first part.
        if let Some(h) = &self.hook {
            h.hooks.record(txn, h.change.clone(), h.at).await.map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
        }
        Ok(written)
    }
}

/// Writes the scans of a group of entries and exits and their effect on the attended days in
/// one call to the database: one insert of every scan row and one upsert of the days entered,
/// each day once with its number of entries (two desks may admit the same person in one
/// group). Per scan, a statement costs the database more than its row does.
async fn write_scans(
    txn: &sea_orm::DatabaseTransaction,
    units: &[&NewScan],
) -> std::result::Result<Vec<attendance_scan::Model>, sea_orm::DbErr> {
    let backend = txn.get_database_backend();
    let mut insert = attendance_scan::Entity::insert_many(units.iter().map(|u| u.row.clone()));
    QueryTrait::query(&mut insert).returning_all();
    let mut statements = vec![("new_scans", insert.build(backend))];
    // By registration and day, in the group's lock order.
    let mut entered: BTreeMap<(i32, NaiveDate), (i32, i32)> = BTreeMap::new();
    for u in units.iter().filter(|u| u.effect == DayEffect::Entry) {
        entered.entry((u.day.registration_id, u.day.day)).or_insert((u.day.event_id, 0)).1 += 1;
    }
    if !entered.is_empty() {
        let rows =
            entered.into_iter().map(|((registration_id, day), (event_id, entries))| attendance_day::ActiveModel {
                registration_id: Set(registration_id),
                day: Set(day),
                event_id: Set(event_id),
                entries: Set(entries),
            });
        let upsert = attendance_day::Entity::insert_many(rows).on_conflict(
            OnConflict::columns([attendance_day::Column::RegistrationId, attendance_day::Column::Day])
                .value(
                    attendance_day::Column::Entries,
                    Expr::col((attendance_day::Entity, attendance_day::Column::Entries))
                        .add(Expr::col((Alias::new("excluded"), attendance_day::Column::Entries))),
                )
                .to_owned(),
        );
        statements.push(("days", upsert.build(backend)));
    }
    let rows = if backend == DbBackend::Postgres {
        txn.query_all_raw(db::with_clauses(statements, "SELECT * FROM new_scans")).await?
    } else {
        db::run_in_order(txn, statements.into_iter().map(|(_, statement)| statement).collect()).await?
    };
    let mut saved: HashMap<String, attendance_scan::Model> = HashMap::with_capacity(rows.len());
    for row in &rows {
        let scan = attendance_scan::Model::from_query_result(row, "")?;
        saved.insert(scan.idempotency_key.clone(), scan);
    }
    // Rows come back in no promised order: each unit takes its own by its key.
    units
        .iter()
        .map(|u| {
            u.row
                .idempotency_key
                .try_as_ref()
                .and_then(|key| saved.remove(key))
                .ok_or(sea_orm::DbErr::RecordNotInserted)
        })
        .collect()
}

/// Writes a scan row and its effect on the attended day inside `txn`, in one call to the
/// database (see [`db::run_in_order`] and [`db::with_clauses`]).
async fn write_scan(
    txn: &sea_orm::DatabaseTransaction,
    scan: &NewScan,
) -> std::result::Result<attendance_scan::Model, sea_orm::DbErr> {
    let backend = txn.get_database_backend();
    let mut insert = attendance_scan::Entity::insert(scan.row.clone());
    QueryTrait::query(&mut insert).returning_all();
    let mut statements = vec![("new_scan", insert.build(backend))];
    let Day { registration_id, event_id, day } = scan.day;
    let this_day = Condition::all()
        .add(attendance_day::Column::RegistrationId.eq(registration_id))
        .add(attendance_day::Column::Day.eq(day));
    match scan.effect {
        DayEffect::Entry => {
            // An increment, not a read then a write: two desks admitting the same person at
            // once both count, whatever the interleaving.
            let row = attendance_day::ActiveModel {
                registration_id: Set(registration_id),
                day: Set(day),
                event_id: Set(event_id),
                entries: Set(1),
            };
            let upsert = attendance_day::Entity::insert(row).on_conflict(
                OnConflict::columns([attendance_day::Column::RegistrationId, attendance_day::Column::Day])
                    .value(
                        attendance_day::Column::Entries,
                        Expr::col((attendance_day::Entity, attendance_day::Column::Entries)).add(1),
                    )
                    .to_owned(),
            );
            statements.push(("day", upsert.build(backend)));
        }
        DayEffect::EntryTakenBack => {
            statements.push((
                "day",
                attendance_day::Entity::update_many()
                    .col_expr(attendance_day::Column::Entries, Expr::col(attendance_day::Column::Entries).sub(1))
                    .filter(this_day.clone())
                    .build(backend),
            ));
            statements.push((
                "emptied_day",
                attendance_day::Entity::delete_many()
                    .filter(this_day)
                    .filter(attendance_day::Column::Entries.lte(0))
                    .build(backend),
            ));
        }
        DayEffect::Unchanged => {}
    }
    // An entry's scan and day touch different rows: on PostgreSQL, one statement. The undo of
    // an entry changes its day row twice, which clauses of one statement cannot do.
    let rows = if backend == DbBackend::Postgres && scan.effect == DayEffect::Entry {
        txn.query_all_raw(db::with_clauses(statements, "SELECT * FROM new_scan")).await?
    } else {
        db::run_in_order(txn, statements.into_iter().map(|(_, statement)| statement).collect()).await?
    };
    let saved = rows.first().ok_or(sea_orm::DbErr::RecordNotInserted)?;
    attendance_scan::Model::from_query_result(saved, "")
}

/// The value of a column of a scan on its way in, or an error naming it.
fn value<T: Clone + Into<sea_orm::Value>>(
    v: &sea_orm::ActiveValue<T>,
    name: &str,
) -> std::result::Result<T, sea_orm::DbErr> {
    match v {
        sea_orm::ActiveValue::Set(v) | sea_orm::ActiveValue::Unchanged(v) => Ok(v.clone()),
        sea_orm::ActiveValue::NotSet => Err(sea_orm::DbErr::Custom(format!("a scan needs its {name}"))),
    }
}

/// The attended day a scan on its way in counts for.
fn day_of(row: &attendance_scan::ActiveModel) -> std::result::Result<Day, sea_orm::DbErr> {
    Ok(Day {
        registration_id: value(&row.registration_id, "registration")?,
        event_id: value(&row.event_id, "event")?,
        day: value(&row.day, "day")?,
    })
}

/// Writes a scan row as it is, with its day row, in a transaction of its own: for data loaded
/// outside the desk (imports, hand-built data sets). The desk goes through [`scan`] and
/// [`undo`], which check what this does not.
pub async fn record_scan(
    db: &sea_orm::DatabaseConnection,
    row: attendance_scan::ActiveModel,
) -> std::result::Result<attendance_scan::Model, sea_orm::DbErr> {
    let day = day_of(&row)?;
    let txn = db.begin().await?;
    let effect = if value(&row.direction, "direction")? == ScanDirection::Entry {
        DayEffect::Entry
    } else if let Some(target) = value(&row.undoes, "undoes").ok().flatten() {
        let target = attendance_scan::Entity::find_by_id(target).one(&txn).await?;
        if target.is_some_and(|t| t.direction == ScanDirection::Entry) {
            DayEffect::EntryTakenBack
        } else {
            DayEffect::Unchanged
        }
    } else {
        DayEffect::Unchanged
    };
    let saved = write_scan(&txn, &NewScan { row, day, effect, hook: None }).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Writes entries and exits as they are, with their days, in one transaction and one call to
/// the database, as the scan log's group writer does; answers the rows in the order given.
/// For data loaded outside the desk, like [`record_scan`], which also takes undos.
pub async fn record_scans(
    db: &sea_orm::DatabaseConnection,
    rows: Vec<attendance_scan::ActiveModel>,
) -> std::result::Result<Vec<attendance_scan::Model>, sea_orm::DbErr> {
    let mut units = Vec::with_capacity(rows.len());
    for row in rows {
        let direction = value(&row.direction, "direction")?;
        let effect = if direction == ScanDirection::Entry {
            DayEffect::Entry
        } else if direction == ScanDirection::Exit {
            DayEffect::Unchanged
        } else {
            return Err(sea_orm::DbErr::Custom("an undo is recorded with record_scan".to_owned()));
        };
        units.push(NewScan { day: day_of(&row)?, row, effect, hook: None });
    }
    let txn = db.begin().await?;
    let saved = <NewScan as db::WriteUnit>::write_all(&units.iter().collect::<Vec<_>>(), &txn).await?;
    txn.commit().await?;
    Ok(saved)
}

/// The group writer of the scan log: scans from every desk that arrive while a transaction is
/// being written share the next one, so a busy door costs one commit per group, not per scan.
pub struct ScanWriter(pub(super) db::GroupCommit<NewScan>);

impl ScanWriter {
    /// Starts the group writer on `db`.
    pub fn start(db: &Db) -> Self {
        Self(db::GroupCommit::start(db, 128, 4))
    }
}
