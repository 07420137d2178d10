//! Database connections: one writer and a read pool on SQLite, one pool on PostgreSQL.
//!
//! SQLite allows one writer at a time; a single writer connection queues writes in the pool
//! instead of in SQLite's busy handler, which keeps p99 low (see STACK.md).

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
            Ok(Self { read, write })
        } else {
            let mut options = ConnectOptions::new(settings.url.clone());
            options
                .max_connections(settings.postgres_max_connections)
                .min_connections(1)
                .acquire_timeout(Duration::from_secs(10))
                .sqlx_logging(false);
            let pool = Database::connect(options).await?;
            Ok(Self { read: pool.clone(), write: pool })
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
