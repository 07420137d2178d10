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
    ActiveModelTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr, EntityTrait,
    QueryTrait, RuntimeErr,
};

use crate::config::{DatabaseSettings, SqliteSync};
use crate::thread_runtime::ThreadRuntime;

mod group_commit;
mod pg_connection;
mod sql;

pub use group_commit::{GroupCommit, WriteUnit, finish_one_by_one, write_one_by_one};
pub use sql::{
    bulk_rows, insert_as_json, json_timestamp, power_of_two_runs, run_in_order, sqlite_in_order, sqlite_insert,
    sqlite_insert_with, with_clauses,
};

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

/// Prepared statements the SQLite writer keeps. Writes of a group (registrations, check-in
/// scans) have texts that grow with the group; with sqlx's default of 100 the writer kept a
/// compiled program for each size it had seen.
const WRITER_STATEMENTS: usize = 16;

/// Connection options; `checkpoints` off (the writer) leaves the WAL to [`Db::spawn_checkpoints`].
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
            let o = o
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(synchronous)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
                .create_if_missing(true)
                .pragma("wal_autocheckpoint", if checkpoints { "1000" } else { "0" });
            if checkpoints { o } else { o.statement_cache_capacity(WRITER_STATEMENTS) }
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
