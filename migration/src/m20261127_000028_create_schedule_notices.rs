use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// What participants were last told about an event: its revision and a snapshot of its dates,
/// venue and sessions. One row per (event, revision), so a second press of "Send" for the same
/// revision cannot send anything.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum ScheduleNotices {
    Table,
    Id,
    EventId,
    Revision,
    Snapshot,
    Recipients,
    SentBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ScheduleNotices::Table)
                    .col(ColumnDef::new(ScheduleNotices::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(ScheduleNotices::EventId).integer().not_null())
                    .col(ColumnDef::new(ScheduleNotices::Revision).integer().not_null())
                    .col(ColumnDef::new(ScheduleNotices::Snapshot).text().not_null())
                    .col(ColumnDef::new(ScheduleNotices::Recipients).integer().not_null())
                    .col(ColumnDef::new(ScheduleNotices::SentBy).integer().null())
                    .col(ColumnDef::new(ScheduleNotices::CreatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(ScheduleNotices::Table, ScheduleNotices::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_schedule_notices_event_revision")
                    .table(ScheduleNotices::Table)
                    .col(ScheduleNotices::EventId)
                    .col(ScheduleNotices::Revision)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ScheduleNotices::Table).to_owned()).await
    }
}
