use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

/// On PostgreSQL, the outbox's message bodies are compressed with lz4 instead of pglz where the
/// server has it: every registration and invitation writes a rendered email, and pglz was the
/// largest single cost of those writes in the database.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Sets the compression of the body columns when the server offers `method` (PostgreSQL 14
/// and later, built with lz4 for that one); existing values keep theirs.
fn set_compression(method: &str) -> String {
    format!(
        "DO $$ BEGIN \
         IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND '{method}' = ANY(enumvals)) THEN \
         ALTER TABLE outbox ALTER COLUMN text_body SET COMPRESSION {method}, \
         ALTER COLUMN html_body SET COMPRESSION {method}, \
         ALTER COLUMN calendar_attachment SET COMPRESSION {method}; \
         END IF; END $$"
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Postgres {
            manager.get_connection().execute_unprepared(&set_compression("lz4")).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Postgres {
            manager.get_connection().execute_unprepared(&set_compression("pglz")).await?;
        }
        Ok(())
    }
}
