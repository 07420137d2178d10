//! Database connections: one writer and a read pool on SQLite, one pool on PostgreSQL.
//!
//! SQLite allows one writer at a time; a single writer connection queues writes in the pool
//! instead of in SQLite's busy handler, which keeps p99 low (see STACK.md).
//!
//! On SQLite the hot writes also run on a thread of their own ([`GroupCommit`]): between two
//! statements a transaction waits for its task to be polled again, and on the request runtime
//! that wait is spent behind every other request's work while the one writer connection sits
//! idle. On the writer thread nothing else runs, so the connection is busy with writes back
//! to back.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sea_query;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ActiveModelTrait, ActiveValue, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction,
    DbBackend, DbErr, EntityTrait, IdenStatic, Iterable, QueryResult, QueryTrait, RuntimeErr, Statement,
    TransactionTrait,
};
use tokio::sync::{mpsc, oneshot};

use crate::config::{DatabaseSettings, SqliteSync};
use crate::thread_runtime::ThreadRuntime;

mod pg_connection;

/// The connections of one process.
#[derive(Clone)]
pub struct Db {
    /// Pool for reads (on PostgreSQL the same pool as `write`).
    pub read: DatabaseConnection,
    /// Connection(s) for writes; on SQLite exactly one.
    pub write: DatabaseConnection,
    /// The thread that runs write transactions on SQLite (it ends when the last clone is
    /// dropped); none on PostgreSQL.
    writer: Option<Arc<ThreadRuntime>>,
}

impl Db {
    /// Connects according to the settings; creates the SQLite file's folder if needed.
    pub async fn connect(settings: &DatabaseSettings) -> Result<Self, DbErr> {
        if settings.url.starts_with("sqlite:") {
            if let Some(dir) =
                sqlite_path(&settings.url).and_then(|p| std::path::Path::new(&p).parent().map(|d| d.to_path_buf()))
                && !dir.as_os_str().is_empty()
            {
                std::fs::create_dir_all(&dir)
                    .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", dir.display())))?;
            }
            let sync = settings.sqlite_synchronous;
            let write = Database::connect(sqlite_options(&settings.url, 1, false, sync)).await?;
            let read =
                Database::connect(sqlite_options(&settings.url, settings.sqlite_read_connections, true, sync)).await?;
            let writer = ThreadRuntime::start("convene-writer", || {})
                .map_err(|e| DbErr::Custom(format!("cannot start the writer thread: {e}")))?;
            Ok(Self { read, write, writer: Some(Arc::new(writer)) })
        } else {
            let mut options = ConnectOptions::new(settings.url.clone());
            options
                .max_connections(settings.postgres_max_connections)
                .min_connections(1)
                .acquire_timeout(Duration::from_secs(10))
                // A connection is checked with a round trip only after it sat idle (when a
                // server restart or a firewall may have closed it), not at every checkout:
                // under load that was a round trip more for every request.
                .test_before_acquire_if_idle_for(Duration::from_secs(30))
                .sqlx_logging(false)
                .map_sqlx_postgres_opts({
                    let url = settings.url.clone();
                    move |o| pg_connection::without_tls_on_loopback(&url, o)
                })
                .map_sqlx_postgres_pool_opts(|pool| {
                    pool.after_connect(|conn, _| {
                        Box::pin(async move {
                            if !pg_connection::set_nodelay(conn).await? {
                                tracing::debug!("PostgreSQL connection without a TCP socket of its own to tune");
                            }
                            Ok(())
                        })
                    })
                });
            let pool = Database::connect(options).await?;
            Ok(Self { read: pool.clone(), write: pool, writer: None })
        }
    }

    /// On SQLite, copies the WAL back into the database every second from a read connection.
    /// The write connection does not checkpoint by itself: a checkpoint at its commit would
    /// hold up every write waiting behind it, while a passive one on another connection runs
    /// beside the writes.
    pub fn spawn_checkpoints(&self) {
        if self.writer.is_none() {
            return;
        }
        let read = self.read.clone();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(Duration::from_secs(1));
            loop {
                every.tick().await;
                if let Err(e) = read.execute_unprepared("PRAGMA wal_checkpoint(PASSIVE)").await {
                    tracing::warn!(error = %e, "WAL checkpoint failed");
                }
            }
        });
    }

    /// Runs `work` (a short write transaction on [`Db::write`]) where writes run best: on
    /// SQLite on the writer thread, so that the single write connection is never held while
    /// the task waits behind requests between two statements; on PostgreSQL right here.
    pub async fn on_writer<T: Send + 'static>(
        &self,
        work: impl Future<Output = T> + Send + 'static,
    ) -> Result<T, DbErr> {
        match &self.writer {
            Some(writer) => writer
                .handle
                .spawn(work)
                .await
                .map_err(|e| DbErr::Custom(format!("a write on the writer thread failed: {e}"))),
            None => Ok(work.await),
        }
    }

    /// The backend both connections talk to.
    pub fn backend(&self) -> DbBackend {
        self.write.get_database_backend()
    }

    /// Applies every pending migration.
    pub async fn migrate_up(&self) -> Result<(), DbErr> {
        Migrator::up(&self.write, None).await
    }

    /// Names of the migrations not yet applied (reads only; creates nothing).
    pub async fn pending_migrations(&self) -> Result<Vec<String>, DbErr> {
        Ok(Migrator::get_pending_migrations_read_only(&self.read).await?.iter().map(|m| m.name().to_owned()).collect())
    }
}

/// Connection options; `checkpoints` off leaves the WAL to [`Db::spawn_checkpoints`].
fn sqlite_options(url: &str, connections: u32, checkpoints: bool, sync: SqliteSync) -> ConnectOptions {
    // FULL syncs the WAL at every commit, so an acknowledged write survives a power loss.
    let synchronous = match sync {
        SqliteSync::Full => SqliteSynchronous::Full,
        SqliteSync::Normal => SqliteSynchronous::Normal,
    };
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        // A connection to a file cannot go stale; a check at checkout would only cost a
        // hand-off to the connection's thread.
        .test_before_acquire(false)
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(move |o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(synchronous)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
                .create_if_missing(true)
                .pragma("wal_autocheckpoint", if checkpoints { "1000" } else { "0" })
        });
    options
}

/// The file path inside a `sqlite://path?…` URL.
pub fn sqlite_path(url: &str) -> Option<String> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| path.to_owned())
}

/// True when the error is a unique-key violation (a duplicate), on either database.
pub fn is_unique_violation(error: &DbErr) -> bool {
    if let Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) = error.sql_err() {
        return true;
    }
    matches!(error, DbErr::Exec(RuntimeErr::SqlxError(_)) | DbErr::Query(RuntimeErr::SqlxError(_)))
        && error.to_string().to_lowercase().contains("unique")
}

/// Inserts `rows` of once-only marks (a reminder sent, a follow-up queued) inside the
/// caller's transaction, skipping those whose `key` another run already holds, and returns
/// the `returned` column (an integer) of the rows this call inserted. On PostgreSQL a row
/// another transaction is inserting waits for it: skipped when it commits, inserted when it
/// rolls back; so concurrent runs each do only the work whose mark they wrote.
pub async fn insert_new<A, C>(
    db: &C,
    rows: Vec<A>,
    key: impl IntoIterator<Item = <A::Entity as EntityTrait>::Column>,
    returned: <A::Entity as EntityTrait>::Column,
) -> Result<Vec<i32>, DbErr>
where
    A: ActiveModelTrait,
    C: ConnectionTrait,
{
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut insert = A::Entity::insert_many(rows)
        .on_conflict(sea_query::OnConflict::columns(key).do_nothing().to_owned())
        .into_query();
    insert.returning_col(returned);
    let stmt = db.get_database_backend().build(&insert);
    db.query_all_raw(stmt).await?.iter().map(|r| r.try_get_by_index::<i32>(0)).collect()
}

/// A unit of writes that may share its transaction with other units of its kind. It must be
/// safe to run again: when any unit of a shared transaction fails, the transaction is rolled
/// back and each unit runs again in a transaction of its own.
pub trait WriteUnit: Send + Sync + 'static {
    /// What the unit answers once its writes are committed.
    type Output: Send + 'static;
    /// Why it failed; any failure rolls the unit's writes back.
    type Error: From<DbErr> + Send + 'static;

    /// What the first part of the writes leaves for the second.
    type Pending: Send + 'static;

    /// The rows this unit locks, as a sort key: a group runs its units in this order, so two
    /// groups never take the same rows in opposite orders (a deadlock on PostgreSQL).
    fn lock_order(&self) -> (i32, i32);

    /// Writes inside `txn` what other units do not wait for.
    fn write<'t>(
        &'t self,
        txn: &'t DatabaseTransaction,
    ) -> impl Future<Output = Result<Self::Pending, Self::Error>> + Send + 't;

    /// Writes the first part of every unit of a group, in the group's order, and returns
    /// what each leaves for the second. By default one unit after another; a kind of unit
    /// whose rows can go in one statement overrides it.
    fn write_all<'t>(
        units: &'t [&'t Self],
        txn: &'t DatabaseTransaction,
    ) -> impl Future<Output = Result<Vec<Self::Pending>, Self::Error>> + Send + 't
    where
        Self: Sized,
    {
        write_one_by_one(units, txn)
    }

    /// Writes the second part of every unit of a group, in the group's order, once every unit
    /// has written its first. By default one unit after another.
    fn finish_all<'t>(
        units: &'t [&'t Self],
        txn: &'t DatabaseTransaction,
        pendings: Vec<Self::Pending>,
    ) -> impl Future<Output = Result<Vec<Self::Output>, Self::Error>> + Send + 't
    where
        Self: Sized,
    {
        finish_one_by_one(units, txn, pendings)
    }

    /// Writes the rest, on rows other units may wait for (an event's seats). A group runs it
    /// once every unit has written its first part, so on PostgreSQL such a row stays locked
    /// only from the first unit's second part to the commit.
    fn finish<'t>(
        &'t self,
        txn: &'t DatabaseTransaction,
        pending: Self::Pending,
    ) -> impl Future<Output = Result<Self::Output, Self::Error>> + Send + 't;
}

type Reply<U> = oneshot::Sender<Result<<U as WriteUnit>::Output, <U as WriteUnit>::Error>>;
type Units<U> = mpsc::UnboundedReceiver<(U, Reply<U>)>;

/// Group commit for one kind of unit: units that arrive while a transaction is being
/// written wait and then share the next one.
///
/// On SQLite one group writer runs on the writer thread: a commit writes each touched page to
/// the WAL once for the whole group, and the writer goes from unit to unit without a BEGIN and
/// COMMIT each. On PostgreSQL a few group writers share the queue: a hot row (the seats of a
/// popular event) is then locked once per group by one of a few transactions, instead of once
/// per unit with dozens of backends queued on it, waking and re-checking at every commit.
pub struct GroupCommit<U: WriteUnit> {
    queue: mpsc::UnboundedSender<(U, Reply<U>)>,
}

impl<U: WriteUnit> std::fmt::Debug for GroupCommit<U> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupCommit").finish_non_exhaustive()
    }
}

impl<U: WriteUnit> GroupCommit<U> {
    /// Starts the group writers of `db` (inside the runtime); `max` bounds the units of one
    /// transaction, and on PostgreSQL `postgres_writers` transactions run side by side: enough
    /// to overlap one group's round trips with another's, few enough that a hot row is never
    /// queued on by many backends and the groups stay large.
    pub fn start(db: &Db, max: usize, postgres_writers: usize) -> Self {
        let (queue, units) = mpsc::unbounded_channel();
        let units = Arc::new(tokio::sync::Mutex::new(units));
        let max = max.max(1);
        match &db.writer {
            Some(writer) => {
                writer.handle.spawn(group_writer::<U>(db.write.clone(), units, max));
            }
            None => {
                for _ in 0..postgres_writers.max(1) {
                    tokio::spawn(group_writer::<U>(db.write.clone(), Arc::clone(&units), max));
                }
            }
        }
        Self { queue }
    }

    /// Writes one unit and answers once it is committed (or has failed).
    pub async fn write(&self, unit: U) -> Result<U::Output, U::Error> {
        let (reply, answer) = oneshot::channel();
        self.queue.send((unit, reply)).map_err(|_| DbErr::Custom("the group writer has stopped".to_owned()))?;
        answer.await.map_err(|_| DbErr::Custom("the group writer dropped a unit".to_owned()))?
    }
}

/// The first part of each unit in turn: what [`WriteUnit::write_all`] does by default.
pub async fn write_one_by_one<U: WriteUnit>(
    units: &[&U],
    txn: &DatabaseTransaction,
) -> Result<Vec<U::Pending>, U::Error> {
    let mut pendings = Vec::with_capacity(units.len());
    for unit in units {
        pendings.push(unit.write(txn).await?);
    }
    Ok(pendings)
}

/// The second part of each unit in turn: what [`WriteUnit::finish_all`] does by default.
pub async fn finish_one_by_one<U: WriteUnit>(
    units: &[&U],
    txn: &DatabaseTransaction,
    pendings: Vec<U::Pending>,
) -> Result<Vec<U::Output>, U::Error> {
    let mut outputs = Vec::with_capacity(units.len());
    for (unit, pending) in units.iter().zip(pendings) {
        outputs.push(unit.finish(txn, pending).await?);
    }
    Ok(outputs)
}

/// One unit in one transaction.
async fn alone<U: WriteUnit>(write: &DatabaseConnection, unit: &U) -> Result<U::Output, U::Error> {
    let txn = write.begin().await?;
    let written = match unit.write(&txn).await {
        Ok(pending) => unit.finish(&txn, pending).await,
        Err(e) => Err(e),
    };
    match written {
        Ok(output) => {
            txn.commit().await?;
            Ok(output)
        }
        Err(e) => {
            txn.rollback().await?;
            Err(e)
        }
    }
}

/// Takes what is waiting (up to `max`), writes it in one transaction, answers, and repeats.
async fn group_writer<U: WriteUnit>(write: DatabaseConnection, units: Arc<tokio::sync::Mutex<Units<U>>>, max: usize) {
    loop {
        let mut group = Vec::with_capacity(max);
        // The queue is locked only while taking a group, not while writing it.
        if units.lock().await.recv_many(&mut group, max).await == 0 {
            return;
        }
        // Each group is a task of its own: were one to panic, its callers would get an error
        // and the writer would go on with the next group.
        let _ = tokio::spawn(write_group(write.clone(), group)).await;
    }
}

/// Writes a group in one transaction and answers each unit; when any unit fails, every unit
/// runs again alone.
async fn write_group<U: WriteUnit>(write: DatabaseConnection, mut group: Vec<(U, Reply<U>)>) {
    group.sort_by_key(|(unit, _)| unit.lock_order());
    match together(&write, &group).await {
        Ok(outputs) => {
            for ((_, reply), output) in group.into_iter().zip(outputs) {
                let _ = reply.send(Ok(output));
            }
        }
        Err(()) => {
            for (unit, reply) in group {
                let _ = reply.send(alone(&write, &unit).await);
            }
        }
    }
}

/// All units in one transaction; any failure rolls back all of them.
async fn together<U: WriteUnit>(write: &DatabaseConnection, group: &[(U, Reply<U>)]) -> Result<Vec<U::Output>, ()> {
    let txn = write.begin().await.map_err(|_| ())?;
    let units: Vec<&U> = group.iter().map(|(unit, _)| unit).collect();
    let pendings = match U::write_all(&units, &txn).await {
        Ok(pendings) if pendings.len() == units.len() => pendings,
        _ => {
            let _ = txn.rollback().await;
            return Err(());
        }
    };
    let outputs = match U::finish_all(&units, &txn, pendings).await {
        Ok(outputs) if outputs.len() == units.len() => outputs,
        _ => {
            let _ = txn.rollback().await;
            return Err(());
        }
    };
    txn.commit().await.map_err(|_| ())?;
    Ok(outputs)
}

/// Rows per multi-row insert of bulk writes (imports): 500 on SQLite, whose statements take
/// at most 32,766 bound values; 2,000 on PostgreSQL (65,535), where fewer and larger
/// statements also pay less of the delayed-ACK stall that sqlx 0.9's sockets (no
/// `TCP_NODELAY`) suffer on every statement longer than one TCP segment.
pub fn bulk_rows(backend: DbBackend) -> usize {
    match backend {
        DbBackend::Postgres => 2_000,
        _ => 500,
    }
}

/// Runs `statements` in order inside `txn` and returns the rows they give back, in order.
///
/// On SQLite they travel to the connection's worker thread in one call (see
/// [`sqlite_in_order`]). On PostgreSQL, where a prepared statement holds one command, they go
/// one by one.
pub async fn run_in_order(txn: &DatabaseTransaction, statements: Vec<Statement>) -> Result<Vec<QueryResult>, DbErr> {
    if txn.get_database_backend() != DbBackend::Sqlite {
        let mut rows = Vec::new();
        for statement in statements {
            rows.extend(txn.query_all_raw(statement).await?);
        }
        return Ok(rows);
    }
    txn.query_all_raw(sqlite_in_order(statements)).await
}

/// SQLite `statements` as one text, run in order by one call: sqlx prepares each statement of
/// the text in turn and binds the values across them in order, so a statement costs no
/// hand-off between threads of its own, which is most of what a short write costs. Built
/// ahead, it also keeps that work off the single writer.
pub fn sqlite_in_order(statements: Vec<Statement>) -> Statement {
    let mut sql = String::new();
    let mut values = Vec::new();
    for statement in statements {
        if !sql.is_empty() {
            sql.push_str(";\n");
        }
        sql.push_str(&statement.sql);
        values.extend(statement.values.map(|v| v.0).unwrap_or_default());
    }
    Statement::from_sql_and_values(DbBackend::Sqlite, sql, values)
}

/// On PostgreSQL, `parts` as one statement: each a data-modifying `WITH` clause under its
/// name, then `select` over them. It is one round trip instead of one per part, which matters
/// most while a hot row is locked. Every clause sees the database as it was before the
/// statement, so a clause reads another's rows only through its name (`RETURNING`), and no two
/// clauses may change the same row.
pub fn with_clauses(parts: Vec<(&str, Statement)>, select: &str) -> Statement {
    let mut sql = String::from("WITH ");
    let mut values = Vec::new();
    for (n, (name, part)) in parts.into_iter().enumerate() {
        if n > 0 {
            sql.push_str(", ");
        }
        sql.push_str(name);
        sql.push_str(" AS (");
        push_renumbered(&mut sql, &part.sql, values.len());
        sql.push(')');
        values.extend(part.values.map(|v| v.0).unwrap_or_default());
    }
    sql.push(' ');
    sql.push_str(select);
    Statement::from_sql_and_values(DbBackend::Postgres, sql, values)
}

/// Appends `sql` with its placeholders `$n` shifted by `offset` (the values of the clauses
/// before it), leaving quoted text and identifiers alone.
fn push_renumbered(out: &mut String, sql: &str, offset: usize) {
    let mut quote = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '$') if chars.peek().is_some_and(char::is_ascii_digit) => {
                let mut number = 0usize;
                while let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    number = number.saturating_mul(10).saturating_add(d as usize);
                    chars.next();
                }
                out.push('$');
                out.push_str(&(number + offset).to_string());
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
}

/// On SQLite, the INSERT of `rows` as one multi-row `VALUES`, its text written straight from
/// the columns: a group's writes are built on the single writer, where sea-query's general
/// builder cost more than the rows. The text depends only on the columns and the number of
/// rows, so the connection prepares it once per group size. Every row must set the same
/// columns.
pub fn sqlite_insert<'a, A>(rows: impl IntoIterator<Item = &'a A>) -> Result<Statement, DbErr>
where
    A: ActiveModelTrait + 'a,
{
    sqlite_rows(rows.into_iter().map(|row| (row, None)), None)
}

/// [`sqlite_insert`] with `column` of every row set to `expression` (SQL with one `?`, such as
/// a subquery for the id of a row written earlier in the same call), which takes the row's own
/// value.
pub fn sqlite_insert_with<'a, A>(
    rows: impl IntoIterator<Item = (&'a A, sea_query::Value)>,
    column: &str,
    expression: &str,
) -> Result<Statement, DbErr>
where
    A: ActiveModelTrait + 'a,
{
    sqlite_rows(rows.into_iter().map(|(row, value)| (row, Some(value))), Some((column, expression)))
}

fn sqlite_rows<'a, A>(
    rows: impl Iterator<Item = (&'a A, Option<sea_query::Value>)>,
    computed: Option<(&str, &str)>,
) -> Result<Statement, DbErr>
where
    A: ActiveModelTrait + 'a,
{
    let mut columns: Option<Vec<&'static str>> = None;
    let mut tuples = String::new();
    let mut values = Vec::new();
    for (row, own) in rows {
        let mut names = Vec::new();
        tuples.push_str(if tuples.is_empty() { "(" } else { ", (" });
        for c in <<A::Entity as EntityTrait>::Column as Iterable>::iter() {
            let name = c.as_str();
            if computed.is_some_and(|(column, _)| column == name) {
                continue;
            }
            if let ActiveValue::Set(v) | ActiveValue::Unchanged(v) = row.get(c) {
                tuples.push_str(if names.is_empty() { "?" } else { ", ?" });
                names.push(name);
                values.push(v);
            }
        }
        match (computed, own) {
            (Some((_, expression)), Some(own)) => {
                tuples.push_str(if names.is_empty() { "" } else { ", " });
                tuples.push_str(expression);
                values.push(own);
            }
            (None, None) => {}
            _ => return Err(DbErr::Custom("every row of the insert needs its computed value".to_owned())),
        }
        tuples.push(')');
        first_of_same_columns(&mut columns, names)?;
    }
    let columns: Vec<&str> = columns.ok_or_else(|| DbErr::Custom("an insert needs at least one row".to_owned()))?;
    let list = columns.into_iter().chain(computed.map(|(column, _)| column)).map(quoted).collect::<Vec<_>>().join(", ");
    let table = quoted(sea_orm::EntityName::table_name(&A::Entity::default()));
    Ok(Statement::from_sql_and_values(
        DbBackend::Sqlite,
        format!("INSERT INTO {table} ({list}) VALUES {tuples}"),
        values,
    ))
}

/// `name` as a quoted SQL identifier.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Keeps the columns of the first row of a multi-row insert in `first` and refuses a later row
/// that sets other columns; true for the first row.
fn first_of_same_columns(first: &mut Option<Vec<&'static str>>, columns: Vec<&'static str>) -> Result<bool, DbErr> {
    match first {
        None => {
            *first = Some(columns);
            Ok(true)
        }
        Some(first) if *first != columns => {
            Err(DbErr::Custom("rows inserted together must set the same columns".to_owned()))
        }
        Some(_) => Ok(false),
    }
}

/// On PostgreSQL, the INSERT of `rows` in a text that is the same however many rows there
/// are: they travel as one JSON array, which `json_populate_recordset` reads into the table's
/// own row type. PostgreSQL keeps a plan per prepared statement, and a multi-row `VALUES` of
/// each size is a statement of its own, parsed and planned anew at nearly every use. Every
/// row must set the same columns.
pub fn insert_as_json<'a, A>(rows: impl IntoIterator<Item = &'a A>) -> Result<Statement, DbErr>
where
    A: ActiveModelTrait + 'a,
{
    let mut columns: Option<Vec<&'static str>> = None;
    let mut records = Vec::new();
    for row in rows {
        let mut names = Vec::new();
        let mut record = serde_json::Map::new();
        for c in <<A::Entity as EntityTrait>::Column as Iterable>::iter() {
            if let ActiveValue::Set(v) | ActiveValue::Unchanged(v) = row.get(c) {
                names.push(c.as_str());
                record.insert(c.as_str().to_owned(), json_value(&v)?);
            }
        }
        first_of_same_columns(&mut columns, names)?;
        records.push(serde_json::Value::Object(record));
    }
    let columns = columns.ok_or_else(|| DbErr::Custom("an insert needs at least one row".to_owned()))?;
    let table = quoted(sea_orm::EntityName::table_name(&A::Entity::default()));
    let list = columns.iter().map(|c| quoted(c)).collect::<Vec<_>>().join(", ");
    let records = serde_json::to_string(&records).map_err(|e| DbErr::Custom(format!("cannot encode the rows: {e}")))?;
    Ok(Statement::from_sql_and_values(
        DbBackend::Postgres,
        format!(
            "INSERT INTO {table} ({list}) SELECT {list} FROM json_populate_recordset(NULL::{table}, CAST($1 AS json))"
        ),
        [records.into()],
    ))
}

/// A time as JSON carries it to PostgreSQL: RFC 3339 to the microsecond, PostgreSQL's
/// precision, truncated as a time bound directly is (PostgreSQL would round the nanoseconds).
pub fn json_timestamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// A bound value as JSON that PostgreSQL reads back into its column.
fn json_value(value: &sea_query::Value) -> Result<serde_json::Value, DbErr> {
    use sea_query::Value as V;
    use serde_json::Value as Json;
    Ok(match value {
        V::Bool(v) => (*v).into(),
        V::TinyInt(v) => (*v).into(),
        V::SmallInt(v) => (*v).into(),
        V::Int(v) => (*v).into(),
        V::BigInt(v) => (*v).into(),
        V::TinyUnsigned(v) => (*v).into(),
        V::SmallUnsigned(v) => (*v).into(),
        V::Unsigned(v) => (*v).into(),
        V::BigUnsigned(v) => (*v).into(),
        V::Double(v) => (*v).into(),
        V::String(v) => v.clone().into(),
        V::Json(v) => v.as_deref().cloned().unwrap_or(Json::Null),
        V::ChronoDateTimeUtc(v) => v.map(json_timestamp).into(),
        V::ChronoDate(v) => v.map(|d| d.to_string()).into(),
        _ => return Err(DbErr::Custom("a column of this type cannot be written as JSON".to_owned())),
    })
}

#[cfg(test)]
mod tests {
    use sea_orm::sea_query;
    use sea_orm::{ActiveValue::Set, DbBackend, Statement};

    use super::{insert_as_json, sqlite_insert, sqlite_insert_with, with_clauses};
    use crate::entities::audit_entry;

    #[test]
    fn sqlite_insert_with_writes_each_row_with_the_expression_and_refuses_rows_that_differ() {
        let entry = |action: &str| audit_entry::ActiveModel {
            action: Set(action.to_owned()),
            entity: Set("registration".to_owned()),
            entity_id: Set("set, but replaced by the expression".to_owned()),
            ..Default::default()
        };
        let (first, second) = (entry("a"), entry("b"));
        let id_of = "(SELECT CAST(? + 1 AS TEXT))";
        let insert = sqlite_insert_with([(&first, 10.into()), (&second, 20.into())], "entity_id", id_of).unwrap();
        assert_eq!(
            insert.sql,
            r#"INSERT INTO "audit_log" ("action", "entity", "entity_id") VALUES (?, ?, (SELECT CAST(? + 1 AS TEXT))), (?, ?, (SELECT CAST(? + 1 AS TEXT)))"#
        );
        let values = insert.values.map(|v| v.0).unwrap_or_default();
        assert_eq!(
            values,
            vec!["a".into(), "registration".into(), 10.into(), "b".into(), "registration".into(), 20.into()]
        );
        let plain = sqlite_insert([&first]).unwrap();
        assert_eq!(plain.sql, r#"INSERT INTO "audit_log" ("action", "entity", "entity_id") VALUES (?, ?, ?)"#);
        let mut other = entry("c");
        other.actor = Set("someone".to_owned());
        assert!(sqlite_insert_with([(&first, 10.into()), (&other, 30.into())], "entity_id", id_of).is_err());
        assert!(sqlite_insert::<audit_entry::ActiveModel>([]).is_err());
    }

    #[test]
    fn insert_as_json_has_one_text_for_any_number_of_rows_and_carries_them_as_json() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00.123456789Z").unwrap().to_utc();
        let entry = |action: &str, actor_user_id: Option<i32>| audit_entry::ActiveModel {
            at: Set(at),
            actor_user_id: Set(actor_user_id),
            action: Set(action.to_owned()),
            entity: Set("registration \"quoted\"".to_owned()),
            ..Default::default()
        };
        let (first, second) = (entry("a", Some(7)), entry("b", None));
        let one = insert_as_json([&first]).unwrap();
        let two = insert_as_json([&first, &second]).unwrap();
        assert_eq!(one.sql, two.sql);
        assert_eq!(
            two.sql,
            r#"INSERT INTO "audit_log" ("at", "actor_user_id", "action", "entity") SELECT "at", "actor_user_id", "action", "entity" FROM json_populate_recordset(NULL::"audit_log", CAST($1 AS json))"#
        );
        let values = two.values.map(|v| v.0).unwrap_or_default();
        let [sea_query::Value::String(Some(records))] = values.as_slice() else { panic!("one JSON text: {values:?}") };
        let records: serde_json::Value = serde_json::from_str(records).unwrap();
        assert_eq!(
            records,
            serde_json::json!([
                { "at": "2026-11-28T09:30:00.123456Z", "actor_user_id": 7, "action": "a", "entity": "registration \"quoted\"" },
                { "at": "2026-11-28T09:30:00.123456Z", "actor_user_id": null, "action": "b", "entity": "registration \"quoted\"" },
            ])
        );
        let mut other = entry("c", None);
        other.actor = Set("someone".to_owned());
        assert!(insert_as_json([&first, &other]).is_err());
        assert!(insert_as_json::<audit_entry::ActiveModel>([]).is_err());
    }

    #[test]
    fn with_clauses_shift_each_part_s_placeholders_past_the_values_before_it() {
        let first = Statement::from_sql_and_values(
            DbBackend::Postgres,
            r#"INSERT INTO "t" ("a", "b") VALUES ($1, $2) RETURNING *"#,
            [1.into(), 2.into()],
        );
        let second = Statement::from_sql_and_values(
            DbBackend::Postgres,
            r#"UPDATE "u$1" SET "c" = $1 WHERE "note" <> '$2' AND "id" = $10"#,
            [3.into(), 4.into()],
        );
        let joined = with_clauses(vec![("first", first), ("second", second)], "SELECT * FROM first");
        assert_eq!(
            joined.sql,
            r#"WITH first AS (INSERT INTO "t" ("a", "b") VALUES ($1, $2) RETURNING *), second AS (UPDATE "u$1" SET "c" = $3 WHERE "note" <> '$2' AND "id" = $12) SELECT * FROM first"#
        );
        assert_eq!(joined.values.map(|v| v.0.len()), Some(4));
    }
}
