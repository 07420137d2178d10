use sea_orm_migration::prelude::*;

use super::m20261127_000016_create_people::People;

/// Private calendar feeds: one live token per person (only its SHA-256 is stored); a
/// replaced token is kept, revoked, for the audit trail.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum CalendarFeeds {
    Table,
    Id,
    PersonId,
    TokenHash,
    CreatedAt,
    RevokedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CalendarFeeds::Table)
                    .col(ColumnDef::new(CalendarFeeds::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(CalendarFeeds::PersonId).integer().not_null())
                    .col(ColumnDef::new(CalendarFeeds::TokenHash).string_len(64).not_null().unique_key())
                    .col(ColumnDef::new(CalendarFeeds::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(CalendarFeeds::RevokedAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(CalendarFeeds::Table, CalendarFeeds::PersonId)
                            .to(People::Table, People::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_calendar_feeds_person")
                    .table(CalendarFeeds::Table)
                    .col(CalendarFeeds::PersonId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(CalendarFeeds::Table).to_owned()).await
    }
}
