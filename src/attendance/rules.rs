//! Rules of check-in: who may work an event's desk, what a scan records, refusals with their
//! reason, undo as another row, offline batches replayed without duplicates, walk-ins through
//! the registration rules, and the revocation of check-in codes.
//!
//! Attendance is a log: `attendance_scans` rows are only ever inserted. Whether a person is
//! in is worked out from the log of their day (the latest entry or exit not undone).
//! Beside the log, each scan's transaction keeps the participant's attended days
//! (`attendance_days`), which reports and certificates count.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, OnConflict, Order, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, IdenStatic,
    Iterable, JoinType, QueryFilter, QueryOrder, QuerySelect, QueryTrait, TransactionTrait,
};

use super::code;
use crate::audit::{self, Actor, Change};
use crate::auth::{StaffUser, tokens};
use crate::db::{self, Db};
use crate::domain::{EventStatus, PersonName, RegistrationState, Role, ScanDirection, ScanMethod};
use crate::entities::{attendance_day, attendance_scan, event, event_session, registration};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::reference::Reference;
use crate::registration::input::{ManualAdd, RegistrationInput};
use crate::registration::rules::{self as registration_rules, Context as RegistrationContext, Registered};

/// Most search results the desk shows.
const SEARCH_LIMIT: u64 = 20;
/// Most items in one offline batch.
pub const BATCH_LIMIT: usize = 500;

/// Whether `staff` may work the check-in desk of `e`: its organisers and admins, and the
/// check-in staff appointed to it.
pub fn may_check_in(staff: &StaffUser, e: &event::Model) -> bool {
    match staff.role {
        Role::CheckIn => staff.checkin_event == Some(e.id),
        Role::Admin | Role::Organiser => staff.can_manage(&e.programme_code),
    }
}

/// The event of a desk, once the staff member's right to it is checked.
pub async fn desk_event<C: ConnectionTrait>(db: &C, staff: &StaffUser, event_id: i32) -> Result<event::Model> {
    let e = event::Entity::find_by_id(event_id).one(db).await?.ok_or(Error::NotFound)?;
    if !may_check_in(staff, &e) {
        return Err(Error::Forbidden);
    }
    Ok(e)
}

/// How long the desk keeps an event it has read: a busy door scans many times a second and
/// every scan needs its event (time zone, status, programme), which seldom changes.
const DESK_EVENT_TTL: std::time::Duration = std::time::Duration::from_secs(1);
/// Events kept at most.
const DESK_EVENTS_KEPT: u64 = 256;

/// The events the check-in desks are working, each kept for [`DESK_EVENT_TTL`]: a change to
/// an event (cancelled, moved to another time zone) reaches the desks within a second.
pub struct DeskEvents(moka::sync::Cache<i32, Arc<event::Model>>);

impl Default for DeskEvents {
    fn default() -> Self {
        Self(moka::sync::Cache::builder().max_capacity(DESK_EVENTS_KEPT).time_to_live(DESK_EVENT_TTL).build())
    }
}

impl DeskEvents {
    /// The event of `id`, from the last second's read or from the database.
    async fn get<C: ConnectionTrait>(&self, db: &C, id: i32) -> Result<Option<Arc<event::Model>>> {
        if let Some(e) = self.0.get(&id) {
            return Ok(Some(e));
        }
        let Some(e) = event::Entity::find_by_id(id).one(db).await?.map(Arc::new) else { return Ok(None) };
        self.0.insert(id, Arc::clone(&e));
        Ok(Some(e))
    }
}

/// The event of a desk for a scan, read at most once a second (see [`DeskEvents`]), once the
/// staff member's right to it is checked.
pub async fn scan_desk_event(scan_log: ScanLog<'_>, staff: &StaffUser, event_id: i32) -> Result<Arc<event::Model>> {
    let e = scan_log.events.get(&scan_log.db.read, event_id).await?.ok_or(Error::NotFound)?;
    if !may_check_in(staff, &e) {
        return Err(Error::Forbidden);
    }
    Ok(e)
}

/// The day a scan counts for: its date in the event's time zone.
pub fn local_day(e: &event::Model, at: DateTime<Utc>) -> NaiveDate {
    let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
    at.with_timezone(&tz).date_naive()
}

/// The check-in code of a registration as it stands (its QR code carries it).
pub fn code_of(secret: &[u8], r: &registration::Model) -> String {
    code::sign(secret, r.id, r.event_id, r.checkin_version)
}

/// The refusal of a registration that may not be checked in, or `None` when it may.
fn refusal(r: &registration::Model) -> Option<Msg> {
    let state = r.state.parse::<RegistrationState>().ok()?;
    let key = match state {
        RegistrationState::Confirmed => return None,
        RegistrationState::Pending => "att-refused-pending",
        RegistrationState::Waitlisted | RegistrationState::Offered => "att-refused-waitlisted",
        RegistrationState::Rejected => "att-refused-rejected",
        RegistrationState::Cancelled => "att-refused-cancelled",
        RegistrationState::Lapsed => "att-refused-lapsed",
    };
    Some(Msg::new(key))
}

/// Who a scan is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The text of a check-in code (scanned or typed).
    Code(String),
    /// A registration found by search.
    Registration(i32),
}

/// One scan as the desk (or the API) sends it, parsed.
#[derive(Debug, Clone)]
pub struct ScanRequest {
    /// Who.
    pub target: Target,
    /// Entry or exit (an undo is [`UndoRequest`]).
    pub direction: ScanDirection,
    /// How the person was found.
    pub method: ScanMethod,
    /// The session, when the desk checks in per session.
    pub session_id: Option<i32>,
    /// When the scan happened (the device's clock for offline scans), or now.
    pub scanned_at: Option<DateTime<Utc>>,
    /// Name of the device (e.g. "Door A laptop").
    pub device: Option<String>,
    /// Unique per scan, chosen by the device: a scan sent twice is recorded once.
    pub idempotency_key: String,
}

/// The undo of an earlier scan, identified by that scan's idempotency key.
#[derive(Debug, Clone)]
pub struct UndoRequest {
    /// The key of the scan taken back.
    pub undoes_key: String,
    /// When the undo happened, or now.
    pub scanned_at: Option<DateTime<Utc>>,
    /// Name of the device.
    pub device: Option<String>,
    /// Unique per undo.
    pub idempotency_key: String,
}

/// One item of an offline batch.
#[derive(Debug, Clone)]
pub enum BatchItem {
    /// An entry or exit.
    Scan(ScanRequest),
    /// An undo.
    Undo(UndoRequest),
}

/// What became of a scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A new row in the log.
    Recorded(attendance_scan::Model),
    /// The key was already used: the row recorded then, and nothing new.
    Duplicate(attendance_scan::Model),
    /// An entry for someone already in (or an exit for someone not in): a warning, nothing
    /// recorded; `since` is the scan that let them in, if any.
    AlreadyIn {
        /// The registration.
        registration_id: i32,
        /// The entry that counts.
        since: Option<attendance_scan::Model>,
    },
}

impl Outcome {
    /// The registration the outcome is about.
    pub fn registration_id(&self) -> i32 {
        match self {
            Self::Recorded(s) | Self::Duplicate(s) => s.registration_id,
            Self::AlreadyIn { registration_id, .. } => *registration_id,
        }
    }
}

/// The answer for one item of a batch: its key and its outcome or refusal.
#[derive(Debug)]
pub struct ItemResult {
    /// The item's idempotency key.
    pub key: String,
    /// What happened.
    pub result: Result<Outcome>,
}

async fn scan_by_key<C: ConnectionTrait>(db: &C, key: &str) -> Result<Option<attendance_scan::Model>> {
    Ok(attendance_scan::Entity::find().filter(attendance_scan::Column::IdempotencyKey.eq(key)).one(db).await?)
}

/// What a scan reads before it writes: the registration, its latest entry or exit of the day
/// that is not undone, and the scan already recorded under the scan's key (for any
/// registration).
struct ScanContext {
    registration: registration::Model,
    latest: Option<attendance_scan::Model>,
    under_key: Option<attendance_scan::Model>,
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
async fn scan_context<C: ConnectionTrait>(
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
        .and_where(Expr::col((candidate.clone(), attendance_scan::Column::Direction)).ne(ScanDirection::Undo.as_str()))
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
        .filter(|s| s.direction != ScanDirection::Undo.as_str() && !undone.contains(&s.id))
        .find(|s| s.direction == ScanDirection::Entry.as_str() || s.direction == ScanDirection::Exit.as_str())
        .filter(|s| s.direction == ScanDirection::Entry.as_str())
}

/// What a scan does to the participant's attended day (`attendance_days`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayEffect {
    /// An entry: one more entry that day (the day row appears with the first).
    Entry,
    /// The undo of an entry: one fewer (the day row goes with the last).
    EntryTakenBack,
    /// An exit, or the undo of an exit: attendance is unchanged.
    Unchanged,
}

/// The attended day a scan counts for.
#[derive(Debug, Clone, Copy)]
struct Day {
    registration_id: i32,
    event_id: i32,
    day: NaiveDate,
}

/// A scan row on its way to the log, with its effect on the attended day: the unit of the
/// scan group writer. Both are written in one transaction, so the day rows always agree
/// with the log.
pub struct NewScan {
    row: attendance_scan::ActiveModel,
    day: Day,
    effect: DayEffect,
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
        _txn: &sea_orm::DatabaseTransaction,
        written: Self::Pending,
    ) -> std::result::Result<Self::Output, Self::Error> {
        // A scan locks only its own day row, taken in the first part.
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
    let effect = if value(&row.direction, "direction")? == ScanDirection::Entry.as_str() {
        DayEffect::Entry
    } else if let Some(target) = value(&row.undoes, "undoes").ok().flatten() {
        let target = attendance_scan::Entity::find_by_id(target).one(&txn).await?;
        if target.is_some_and(|t| t.direction == ScanDirection::Entry.as_str()) {
            DayEffect::EntryTakenBack
        } else {
            DayEffect::Unchanged
        }
    } else {
        DayEffect::Unchanged
    };
    let saved = write_scan(&txn, &NewScan { row, day, effect }).await?;
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
        let effect = if direction == ScanDirection::Entry.as_str() {
            DayEffect::Entry
        } else if direction == ScanDirection::Exit.as_str() {
            DayEffect::Unchanged
        } else {
            return Err(sea_orm::DbErr::Custom("an undo is recorded with record_scan".to_owned()));
        };
        units.push(NewScan { day: day_of(&row)?, row, effect });
    }
    let txn = db.begin().await?;
    let saved = <NewScan as db::WriteUnit>::write_all(&units.iter().collect::<Vec<_>>(), &txn).await?;
    txn.commit().await?;
    Ok(saved)
}

/// The group writer of the scan log: scans from every desk that arrive while a transaction is
/// being written share the next one, so a busy door costs one commit per group, not per scan.
pub struct ScanWriter(db::GroupCommit<NewScan>);

impl ScanWriter {
    /// Starts the group writer on `db`.
    pub fn start(db: &Db) -> Self {
        Self(db::GroupCommit::start(db, 128, 4))
    }
}

/// Where scans are read and written: the database, the scan log's group writer and the
/// events the desks are working.
#[derive(Clone, Copy)]
pub struct ScanLog<'a> {
    /// The database (reads).
    pub db: &'a Db,
    /// The group writer (inserts).
    pub writer: &'a ScanWriter,
    /// Events kept for a second.
    pub events: &'a DeskEvents,
}

/// Inserts a scan; a key already used (even by a concurrent request) returns the first row.
async fn insert_scan(scan_log: ScanLog<'_>, scan: NewScan, key: &str) -> Result<Outcome> {
    match scan_log.writer.0.write(scan).await {
        Ok(saved) => Ok(Outcome::Recorded(saved)),
        Err(e) if db::is_unique_violation(&e) => {
            scan_by_key(&scan_log.db.write, key).await?.map(Outcome::Duplicate).ok_or(Error::Db(e))
        }
        Err(e) => Err(e.into()),
    }
}

fn check_key(key: &str) -> Result<()> {
    let ok = (8..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok { Ok(()) } else { Err(FieldErrors::single("key", Msg::new("att-err-key"))) }
}

/// Records an entry or exit at the desk of `e` (whose right the caller checked with
/// [`desk_event`]). Refuses codes that are forged, of another event or revoked, and
/// registrations that are not confirmed, with the reason; warns on a second entry.
pub async fn scan(
    scan_log: ScanLog<'_>,
    secret: &[u8],
    staff: &StaffUser,
    e: &event::Model,
    req: &ScanRequest,
    now: DateTime<Utc>,
) -> Result<Outcome> {
    check_key(&req.idempotency_key)?;
    // Each query is a round trip to the database, the main cost of a scan: the registration,
    // today's log and the key check are one query, and the insert joins a group commit.
    let (registration_id, version) = match &req.target {
        Target::Code(text) => {
            let c = code::verify(secret, text).ok_or_else(|| Error::Conflict(Msg::new("att-refused-code")))?;
            if c.event_id != e.id {
                return Err(Error::Conflict(Msg::new("att-refused-other-event")));
            }
            (c.registration_id, Some(c.version))
        }
        Target::Registration(id) => (*id, None),
    };
    let at = req.scanned_at.unwrap_or(now);
    let day = local_day(e, at);
    let found = scan_context(&scan_log.db.read, registration_id, e.id, day, &req.idempotency_key).await?;
    let ScanContext { registration: r, latest, under_key } = match (found, version) {
        (Some(found), _) => found,
        (None, Some(_)) => return Err(Error::Conflict(Msg::new("att-refused-code"))),
        (None, None) => return Err(Error::NotFound),
    };
    // A replayed key is answered before any refusal, so a batch sent twice is a no-op even
    // when the registration changed in between.
    if let Some(done) = under_key {
        return Ok(Outcome::Duplicate(done));
    }
    if e.status == EventStatus::Cancelled.as_str() {
        return Err(Error::Conflict(Msg::new("err-event-cancelled")));
    }
    if version.is_some_and(|v| v != r.checkin_version) {
        return Err(Error::Conflict(Msg::new("att-refused-revoked")));
    }
    if let Some(reason) = refusal(&r) {
        return Err(Error::Conflict(reason));
    }
    if let Some(session_id) = req.session_id {
        let session = event_session::Entity::find_by_id(session_id).one(&scan_log.db.read).await?;
        if session.is_none_or(|s| s.event_id != e.id) {
            return Err(FieldErrors::single("session_id", Msg::new("att-err-session")));
        }
    }
    let inside = latest.filter(|s| s.direction == ScanDirection::Entry.as_str());
    let entering = req.direction == ScanDirection::Entry;
    if entering == inside.is_some() {
        return Ok(Outcome::AlreadyIn { registration_id: r.id, since: inside });
    }
    let row = attendance_scan::ActiveModel {
        registration_id: Set(r.id),
        event_id: Set(e.id),
        day: Set(day),
        session_id: Set(req.session_id),
        direction: Set(req.direction.as_str().to_owned()),
        undoes: Set(None),
        scanned_at: Set(at),
        recorded_at: Set(now),
        device: Set(req.device.clone()),
        staff_user_id: Set(Some(staff.id)),
        method: Set(req.method.as_str().to_owned()),
        idempotency_key: Set(req.idempotency_key.clone()),
        ..Default::default()
    };
    let effect = if entering { DayEffect::Entry } else { DayEffect::Unchanged };
    let day = Day { registration_id: r.id, event_id: e.id, day };
    insert_scan(scan_log, NewScan { row, day, effect }, &req.idempotency_key).await
}

/// Takes back an entry or exit of this event: a new `undo` row pointing at it. Undoing an
/// undo, or a scan already undone, is refused.
pub async fn undo(
    scan_log: ScanLog<'_>,
    staff: &StaffUser,
    e: &event::Model,
    req: &UndoRequest,
    now: DateTime<Utc>,
) -> Result<Outcome> {
    check_key(&req.idempotency_key)?;
    if let Some(done) = scan_by_key(&scan_log.db.read, &req.idempotency_key).await? {
        return Ok(Outcome::Duplicate(done));
    }
    let target =
        scan_by_key(&scan_log.db.read, &req.undoes_key).await?.filter(|s| s.event_id == e.id).ok_or(Error::NotFound)?;
    if target.direction == ScanDirection::Undo.as_str() {
        return Err(Error::Conflict(Msg::new("att-err-undo-undo")));
    }
    let already = attendance_scan::Entity::find()
        .filter(attendance_scan::Column::Undoes.eq(target.id))
        .one(&scan_log.db.read)
        .await?
        .is_some();
    if already {
        return Err(Error::Conflict(Msg::new("att-err-undone")));
    }
    let row = attendance_scan::ActiveModel {
        registration_id: Set(target.registration_id),
        event_id: Set(e.id),
        day: Set(target.day),
        session_id: Set(target.session_id),
        direction: Set(ScanDirection::Undo.as_str().to_owned()),
        undoes: Set(Some(target.id)),
        scanned_at: Set(req.scanned_at.unwrap_or(now)),
        recorded_at: Set(now),
        device: Set(req.device.clone()),
        staff_user_id: Set(Some(staff.id)),
        method: Set(target.method.clone()),
        idempotency_key: Set(req.idempotency_key.clone()),
        ..Default::default()
    };
    let effect = if target.direction == ScanDirection::Entry.as_str() {
        DayEffect::EntryTakenBack
    } else {
        DayEffect::Unchanged
    };
    let day = Day { registration_id: target.registration_id, event_id: e.id, day: target.day };
    match insert_scan(scan_log, NewScan { row, day, effect }, &req.idempotency_key).await {
        // `undoes` is unique: another desk took the same scan back a moment ago.
        Err(Error::Db(e)) if db::is_unique_violation(&e) => Err(Error::Conflict(Msg::new("att-err-undone"))),
        other => other,
    }
}

/// Replays a batch queued by a console while offline, in its order; each item (parsed, or
/// the fields it got wrong) is answered on its own (a refusal does not stop the others) and a
/// key seen before is a no-op.
pub async fn sync(
    scan_log: ScanLog<'_>,
    secret: &[u8],
    staff: &StaffUser,
    e: &event::Model,
    items: Vec<(String, std::result::Result<BatchItem, FieldErrors>)>,
    now: DateTime<Utc>,
) -> Result<Vec<ItemResult>> {
    if items.len() > BATCH_LIMIT {
        return Err(FieldErrors::single("items", Msg::new("att-err-batch").arg("max", BATCH_LIMIT)));
    }
    let mut results = Vec::with_capacity(items.len());
    for (key, item) in items {
        let result = match item {
            Ok(BatchItem::Scan(s)) => scan(scan_log, secret, staff, e, &s, now).await,
            Ok(BatchItem::Undo(u)) => undo(scan_log, staff, e, &u, now).await,
            Err(fields) => Err(Error::Invalid(fields)),
        };
        // A database failure stops the batch (the console keeps the rest queued); refusals
        // are answers.
        if let Err(err @ (Error::Db(_) | Error::Internal(_))) = result {
            return Err(err);
        }
        results.push(ItemResult { key, result });
    }
    Ok(results)
}

/// A registration as the desk lists it.
#[derive(Debug, Clone)]
pub struct DeskEntry {
    /// Registration id.
    pub registration_id: i32,
    /// Title and names.
    pub name: String,
    /// State represented (ISO 3166-1 alpha-3).
    pub country: Option<String>,
    /// Organisation.
    pub organisation: Option<String>,
    /// Registration state.
    pub state: String,
    /// SHA-256 of its current check-in code (for recognising codes offline).
    pub code_hash: String,
    /// The entry that has them in today, if any.
    pub inside_since: Option<DateTime<Utc>>,
}

/// What the desk shows: the event, its sessions, today's date there and every registration
/// that could come to the door.
#[derive(Debug, Clone)]
pub struct Desk {
    /// The event.
    pub event: event::Model,
    /// Its sessions, in time order.
    pub sessions: Vec<event_session::Model>,
    /// Today in the event's time zone.
    pub day: NaiveDate,
    /// Registrations (confirmed ones and those the desk must refuse with a reason).
    pub entries: Vec<DeskEntry>,
}

impl Desk {
    /// How many people are in today.
    pub fn inside(&self) -> usize {
        self.entries.iter().filter(|d| d.inside_since.is_some()).count()
    }

    /// How many registrations are confirmed.
    pub fn confirmed(&self) -> usize {
        self.entries.iter().filter(|d| d.state == RegistrationState::Confirmed.as_str()).count()
    }
}

fn display_name(r: &registration::Model) -> String {
    PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name).to_string()
}

fn entry_of(secret: &[u8], r: &registration::Model, inside: Option<&attendance_scan::Model>) -> DeskEntry {
    DeskEntry {
        registration_id: r.id,
        name: display_name(r),
        country: r.country_iso3.clone(),
        organisation: r.organisation.clone(),
        state: r.state.clone(),
        code_hash: tokens::hash(&code_of(secret, r)),
        inside_since: inside.map(|s| s.scanned_at),
    }
}

/// Today's log of an event, grouped by registration.
async fn event_day_logs<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    day: NaiveDate,
) -> Result<std::collections::HashMap<i32, Vec<attendance_scan::Model>>> {
    let scans = attendance_scan::Entity::find()
        .filter(attendance_scan::Column::EventId.eq(event_id))
        .filter(attendance_scan::Column::Day.eq(day))
        .order_by_asc(attendance_scan::Column::Id)
        .all(db)
        .await?;
    let mut by: std::collections::HashMap<i32, Vec<attendance_scan::Model>> = std::collections::HashMap::new();
    for s in scans {
        by.entry(s.registration_id).or_default().push(s);
    }
    Ok(by)
}

/// The desk of an event for today.
pub async fn desk(db: &Db, secret: &[u8], staff: &StaffUser, event_id: i32, now: DateTime<Utc>) -> Result<Desk> {
    let e = desk_event(&db.read, staff, event_id).await?;
    let day = local_day(&e, now);
    let sessions = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(e.id))
        .order_by_asc(event_session::Column::StartsAt)
        .all(&db.read)
        .await?;
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(e.id))
        .order_by_asc(registration::Column::FamilyName)
        .order_by_asc(registration::Column::GivenName)
        .all(&db.read)
        .await?;
    let logs = event_day_logs(&db.read, e.id, day).await?;
    let entries = regs.iter().map(|r| entry_of(secret, r, logs.get(&r.id).and_then(|l| current_entry(l)))).collect();
    Ok(Desk { event: e, sessions, day, entries })
}

/// Registrations of the event whose name, State (code or name) or organisation contains
/// `q`, as the desk types; at most [`SEARCH_LIMIT`].
pub async fn search(
    db: &Db,
    secret: &[u8],
    reference: &Reference,
    e: &event::Model,
    q: &str,
    now: DateTime<Utc>,
) -> Result<Vec<DeskEntry>> {
    let words: String = q.chars().take(100).collect::<String>().to_lowercase().replace(['%', '_', '\\'], "");
    let words = words.trim();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let pattern = format!("%{words}%");
    let countries: Vec<String> = reference
        .countries
        .iter()
        .filter(|c| c.name.to_lowercase().contains(words) || c.iso3.eq_ignore_ascii_case(words))
        .map(|c| c.iso3.clone())
        .collect();
    let lower = |c: registration::Column| Expr::expr(Func::lower(Expr::col(c)));
    let mut any = Condition::any()
        .add(lower(registration::Column::GivenName).like(pattern.clone()))
        .add(lower(registration::Column::FamilyName).like(pattern.clone()))
        .add(lower(registration::Column::Organisation).like(pattern));
    if !countries.is_empty() {
        any = any.add(registration::Column::CountryIso3.is_in(countries));
    }
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(e.id))
        .filter(any)
        .order_by_asc(registration::Column::FamilyName)
        .order_by_asc(registration::Column::GivenName)
        .limit(SEARCH_LIMIT)
        .all(&db.read)
        .await?;
    let logs = event_day_logs(&db.read, e.id, local_day(e, now)).await?;
    Ok(regs.iter().map(|r| entry_of(secret, r, logs.get(&r.id).and_then(|l| current_entry(l)))).collect())
}

/// The whole log of an event, oldest first (the API's attendance).
pub async fn log<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<attendance_scan::Model>> {
    Ok(attendance_scan::Entity::find()
        .filter(attendance_scan::Column::EventId.eq(event_id))
        .order_by_asc(attendance_scan::Column::Id)
        .all(db)
        .await?)
}

/// People in per day: distinct registrations with an entry not undone, computed from the log.
pub fn present_per_day(log: &[attendance_scan::Model]) -> Vec<(NaiveDate, usize)> {
    let undone: HashSet<i32> = log.iter().filter_map(|s| s.undoes).collect();
    let mut days: std::collections::BTreeMap<NaiveDate, HashSet<i32>> = std::collections::BTreeMap::new();
    for s in log {
        if s.direction == ScanDirection::Entry.as_str() && !undone.contains(&s.id) {
            days.entry(s.day).or_default().insert(s.registration_id);
        }
    }
    days.into_iter().map(|(d, people)| (d, people.len())).collect()
}

/// Registers someone at the door (the organiser's manual add: same seats, approval and
/// waiting list) and, when they get a confirmed seat, checks them in. A walk-in at capacity
/// joins the waiting list like anyone else and is not checked in.
#[expect(clippy::too_many_arguments, reason = "the desk, the person and the scan, each needed")]
pub async fn walk_in(
    scan_log: ScanLog<'_>,
    ctx: &RegistrationContext<'_>,
    secret: &[u8],
    staff: &StaffUser,
    e: &event::Model,
    add: ManualAdd,
    input: &RegistrationInput,
    scan_req: (Option<String>, String),
    now: DateTime<Utc>,
) -> Result<(Registered, Result<Outcome>)> {
    check_key(&scan_req.1)?;
    // The registration rules check the organiser's programme; a check-in staff member of
    // this event registers at its door on the same terms, so the rules see that right.
    let registrar = if staff.is_checkin_only() {
        StaffUser { role: Role::Organiser, programmes: vec![e.programme_code.clone()], ..staff.clone() }
    } else {
        staff.clone()
    };
    let registered = registration_rules::add_manually(scan_log.db, ctx, &registrar, e.id, add, input, now).await?;
    let req = ScanRequest {
        target: Target::Registration(registered.registration.id),
        direction: ScanDirection::Entry,
        method: ScanMethod::WalkIn,
        session_id: None,
        scanned_at: None,
        device: scan_req.0,
        idempotency_key: scan_req.1,
    };
    let outcome = scan(scan_log, secret, staff, e, &req, now).await;
    if let Err(err @ (Error::Db(_) | Error::Internal(_))) = outcome {
        return Err(err);
    }
    Ok((registered, outcome))
}

/// Revokes a registration's check-in code: its version goes up, so the codes already sent
/// stop working and a new one is shown on the manage page.
pub async fn revoke_code(
    db: &Db,
    staff: &StaffUser,
    e: &event::Model,
    registration_id: i32,
    now: DateTime<Utc>,
) -> Result<registration::Model> {
    let txn = db.write.begin().await?;
    let r = registration::Entity::find_by_id(registration_id)
        .one(&txn)
        .await?
        .filter(|r| r.event_id == e.id)
        .ok_or(Error::NotFound)?;
    registration::Entity::update_many()
        .col_expr(registration::Column::CheckinVersion, Expr::col(registration::Column::CheckinVersion).add(1))
        .filter(registration::Column::Id.eq(r.id))
        .exec(&txn)
        .await?;
    let before = serde_json::json!({ "checkin_version": r.checkin_version });
    let after = serde_json::json!({ "checkin_version": r.checkin_version + 1 });
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("registration.revoke_checkin_code", "registration", r.id, Some(&before), Some(&after)),
    )
    .await?;
    let updated = registration::Entity::find_by_id(r.id).one(&txn).await?.ok_or(Error::NotFound)?;
    txn.commit().await?;
    Ok(updated)
}
