use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// The language an event's title, description and venue were written in (one of the six
/// codes); existing events were written in English.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    OriginalLanguage,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Events::Table)
                    .add_column(ColumnDef::new(Added::OriginalLanguage).string_len(2).not_null().default("en"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Events::Table).drop_column(Added::OriginalLanguage).to_owned()).await
    }
}
