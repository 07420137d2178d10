//! Database connections: one writer and a read pool on SQLite, one pool on PostgreSQL.
//!
//! SQLite allows one writer at a time; a single writer connection queues writes in the pool
//! instead of in SQLite's busy handler, which keeps p99 low (see STACK.md).
//!
//! On SQLite the hot write transactions also run on a thread of their own ([`Db::on_writer`]):
//! between two statements a transaction waits for its task to be polled again, and on the
//! request runtime that wait is spent behind every other request's work while the one writer
//! connection sits idle. On the writer thread nothing else runs, so the connection is busy
//! with writes back to back.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbBackend, DbErr, RuntimeErr};

use crate::config::DatabaseSettings;

/// The connections of one process.
#[derive(Clone)]
pub struct Db {
    /// Pool for reads (on PostgreSQL the same pool as `write`).
    pub read: DatabaseConnection,
    /// Connection(s) for writes; on SQLite exactly one.
    pub write: DatabaseConnection,
    /// The thread that runs write transactions on SQLite; none on PostgreSQL.
    writer: Option<Arc<WriterThread>>,
}

/// A thread with its own single-threaded runtime; it ends when the last `Db` clone is dropped.
struct WriterThread {
    handle: tokio::runtime::Handle,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl WriterThread {
    fn start() -> Result<Self, DbErr> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| DbErr::Custom(format!("cannot start the writer runtime: {e}")))?;
        let handle = runtime.handle().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        std::thread::Builder::new()
            .name("convene-writer".to_owned())
            .spawn(move || {
                // Runs the spawned transactions until every `Db` handle is gone.
                let _ = runtime.block_on(stopped);
            })
            .map_err(|e| DbErr::Custom(format!("cannot start the writer thread: {e}")))?;
        Ok(Self { handle, _stop: stop })
    }
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
            let write = Database::connect(sqlite_options(&settings.url, 1)).await?;
            let read = Database::connect(sqlite_options(&settings.url, settings.sqlite_read_connections)).await?;
            Ok(Self { read, write, writer: Some(Arc::new(WriterThread::start()?)) })
        } else {
            let mut options = ConnectOptions::new(settings.url.clone());
            options
                .max_connections(settings.postgres_max_connections)
                .min_connections(1)
                .acquire_timeout(Duration::from_secs(10))
                .sqlx_logging(false);
            let pool = Database::connect(options).await?;
            Ok(Self { read: pool.clone(), write: pool, writer: None })
        }
    }

    /// Runs a unit of writes: on SQLite on the writer thread, on PostgreSQL (where many
    /// connections write at once) right here. The unit owns what it needs.
    pub async fn on_writer<T, F>(&self, unit: F) -> Result<T, DbErr>
    where
        F: Future<Output = T> + Send + 'static,
        T: Send + 'static,
    {
        match &self.writer {
            Some(writer) => writer
                .handle
                .spawn(unit)
                .await
                .map_err(|e| DbErr::Custom(format!("the write transaction did not finish: {e}"))),
            None => Ok(unit.await),
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

fn sqlite_options(url: &str, connections: u32) -> ConnectOptions {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
                .create_if_missing(true)
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
