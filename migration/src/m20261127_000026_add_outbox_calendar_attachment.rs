use sea_orm_migration::prelude::*;

use super::m20261127_000024_create_outbox::Outbox;

/// An optional iCalendar file sent with a message (a registration's calendar entry, a
/// schedule change, a cancellation).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    CalendarAttachment,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(ColumnDef::new(Added::CalendarAttachment).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Outbox::Table).drop_column(Added::CalendarAttachment).to_owned()).await
    }
}
