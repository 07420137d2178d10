use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// An event's title, description and venue in languages besides its original: a JSON object
/// by language code (`{"fr": {"title": "…", "description": "…", "venue_name": "…"}}`), kept on
/// the row so that every reader of an event (pages, emails, calendars, PDFs) has them.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    Translations,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Events::Table)
                    .add_column(ColumnDef::new(Added::Translations).text().not_null().default("{}"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Events::Table).drop_column(Added::Translations).to_owned()).await
    }
}
