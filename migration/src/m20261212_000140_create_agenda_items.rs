use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// The agenda of a meeting: numbered items ("1", "5(a)"), each with its list of speakers'
/// settings (open or closed, time limit per statement).
#[derive(DeriveMigrationName)]
pub struct Migration;

/// The table and its columns.
#[derive(DeriveIden)]
pub enum AgendaItems {
    Table,
    Id,
    EventId,
    Number,
    Title,
    Position,
    ListOpen,
    TimeLimitMinutes,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AgendaItems::Table)
                    .col(ColumnDef::new(AgendaItems::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(AgendaItems::EventId).integer().not_null())
                    .col(ColumnDef::new(AgendaItems::Number).string_len(16).not_null())
                    .col(ColumnDef::new(AgendaItems::Title).string_len(500).not_null())
                    .col(ColumnDef::new(AgendaItems::Position).integer().not_null())
                    .col(ColumnDef::new(AgendaItems::ListOpen).boolean().not_null())
                    .col(ColumnDef::new(AgendaItems::TimeLimitMinutes).integer().null())
                    .col(ColumnDef::new(AgendaItems::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(AgendaItems::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgendaItems::Table, AgendaItems::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One item per number and meeting: two staff adding "5(a)" at once cannot both win.
        manager
            .create_index(
                Index::create()
                    .name("ux_agenda_items_event_number")
                    .table(AgendaItems::Table)
                    .col(AgendaItems::EventId)
                    .col(AgendaItems::Number)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(AgendaItems::Table).to_owned()).await
    }
}
