use sea_orm_migration::prelude::*;

use super::m20261127_000006_create_users::Users;
use super::m20261127_000013_create_events::Events;

/// Issued lists of participants: the original (revision 0), then Rev.1, Rev.2…, each a frozen
/// snapshot of its rows so it can be downloaded later exactly as issued.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ParticipantLists {
    Table,
    Id,
    EventId,
    Revision,
    Symbol,
    IssuedAt,
    IssuedByUserId,
    IssuedBy,
    ParticipantCount,
    Snapshot,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ParticipantLists::Table)
                    .col(ColumnDef::new(ParticipantLists::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(ParticipantLists::EventId).integer().not_null())
                    .col(ColumnDef::new(ParticipantLists::Revision).integer().not_null())
                    .col(ColumnDef::new(ParticipantLists::Symbol).string_len(80).null())
                    .col(ColumnDef::new(ParticipantLists::IssuedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(ParticipantLists::IssuedByUserId).integer().null())
                    .col(ColumnDef::new(ParticipantLists::IssuedBy).string_len(320).not_null())
                    .col(ColumnDef::new(ParticipantLists::ParticipantCount).integer().not_null())
                    // JSON text: portable, and read back only as a whole.
                    .col(ColumnDef::new(ParticipantLists::Snapshot).text().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(ParticipantLists::Table, ParticipantLists::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ParticipantLists::Table, ParticipantLists::IssuedByUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // Two organisers issuing at once cannot both get the same revision number.
        manager
            .create_index(
                Index::create()
                    .name("uq_participant_lists_event_revision")
                    .table(ParticipantLists::Table)
                    .col(ParticipantLists::EventId)
                    .col(ParticipantLists::Revision)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ParticipantLists::Table).to_owned()).await
    }
}
