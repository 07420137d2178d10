use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

/// The dispatcher claims the oldest messages still to send (`state IN ('queued', 'sending')`,
/// by id). With only the primary key to follow, each claim read past every message ever sent
/// first, so a claim slowed down as the outbox's history grew (13 ms with 6,000 sent rows on
/// PostgreSQL). A partial index holds the messages still to send and nothing else. Made on
/// PostgreSQL only at first; 000072 makes it on SQLite too.
#[derive(DeriveMigrationName)]
pub struct Migration;

const NAME: &str = "idx_outbox_pending";

/// Makes the index (000072 makes it on SQLite with the same statement).
pub(crate) async fn create_index(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    // The condition is the claim's, so the planner sees that the index covers the query.
    manager
        .get_connection()
        .execute_unprepared(&format!("CREATE INDEX {NAME} ON outbox (id) WHERE state IN ('queued', 'sending')"))
        .await?;
    Ok(())
}

/// Drops the index.
pub(crate) async fn drop_index(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager.get_connection().execute_unprepared(&format!("DROP INDEX {NAME}")).await?;
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        create_index(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        drop_index(manager).await
    }
}
