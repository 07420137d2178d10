use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;
use super::m20261127_000016_create_people::People;
use super::m20261127_000019_create_delegations::Delegations;

/// Invitations: personal ones, and nomination requests to a State's focal point.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Invitations {
    Table,
    Id,
    EventId,
    PersonId,
    DelegationId,
    Kind,
    Role,
    State,
    TokenHash,
    ExpiresAt,
    Language,
    SentAt,
    OpenedAt,
    RespondedAt,
    DeclineReason,
    RemindersSent,
    LastRemindedAt,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Invitations::Table)
                    .col(ColumnDef::new(Invitations::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Invitations::EventId).integer().not_null())
                    .col(ColumnDef::new(Invitations::PersonId).integer().not_null())
                    .col(ColumnDef::new(Invitations::DelegationId).integer().null())
                    .col(ColumnDef::new(Invitations::Kind).string_len(16).not_null())
                    .col(ColumnDef::new(Invitations::Role).string_len(32).not_null())
                    .col(ColumnDef::new(Invitations::State).string_len(16).not_null())
                    .col(ColumnDef::new(Invitations::TokenHash).string_len(64).not_null().unique_key())
                    .col(ColumnDef::new(Invitations::ExpiresAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Invitations::Language).string_len(8).not_null())
                    .col(ColumnDef::new(Invitations::SentAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Invitations::OpenedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Invitations::RespondedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Invitations::DeclineReason).text().null())
                    .col(ColumnDef::new(Invitations::RemindersSent).integer().not_null().default(0))
                    .col(ColumnDef::new(Invitations::LastRemindedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Invitations::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Invitations::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitations::Table, Invitations::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitations::Table, Invitations::PersonId)
                            .to(People::Table, People::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitations::Table, Invitations::DelegationId)
                            .to(Delegations::Table, Delegations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invitations_event_state")
                    .table(Invitations::Table)
                    .col(Invitations::EventId)
                    .col(Invitations::State)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invitations_event_person_kind")
                    .table(Invitations::Table)
                    .col(Invitations::EventId)
                    .col(Invitations::PersonId)
                    .col(Invitations::Kind)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Invitations::Table).to_owned()).await
    }
}
