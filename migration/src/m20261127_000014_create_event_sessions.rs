use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// The schedule of an event: its sessions, stored in UTC.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EventSessions {
    Table,
    Id,
    EventId,
    Title,
    Kind,
    StartsAt,
    EndsAt,
    Room,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EventSessions::Table)
                    .col(ColumnDef::new(EventSessions::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(EventSessions::EventId).integer().not_null())
                    .col(ColumnDef::new(EventSessions::Title).string_len(300).not_null())
                    .col(ColumnDef::new(EventSessions::Kind).string_len(32).not_null())
                    .col(ColumnDef::new(EventSessions::StartsAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(EventSessions::EndsAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(EventSessions::Room).string_len(120).null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventSessions::Table, EventSessions::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_sessions_event_start")
                    .table(EventSessions::Table)
                    .col(EventSessions::EventId)
                    .col(EventSessions::StartsAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(EventSessions::Table).to_owned()).await
    }
}
