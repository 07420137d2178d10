use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

/// The partial index of messages still to send (000071) on SQLite too. Through (state, next
/// attempt) SQLite's claim read every message waiting and sorted them to take the oldest 200:
/// with a backlog of 40,000 after a burst of registrations, 20–40 ms per claim, all of it
/// holding the single write connection that every registration waits for. Walking this index
/// in id order, a claim stops at its 200th message. The claim names the index (`INDEXED BY`):
/// without statistics the planner would keep to the wider one.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Sqlite {
            return Ok(());
        }
        super::m20261128_000071_outbox_pending_index::create_index(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Sqlite {
            return Ok(());
        }
        super::m20261128_000071_outbox_pending_index::drop_index(manager).await
    }
}
