use sea_orm_migration::prelude::*;

use super::m20261127_000021_create_invitations::Invitations;
use super::m20261127_000022_create_registrations::Registrations;

/// The email outbox: every message is a row written with the change that causes it.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Outbox {
    Table,
    Id,
    ToAddress,
    ToName,
    Subject,
    TextBody,
    HtmlBody,
    MessageId,
    State,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    LastError,
    SentAt,
    CreatedAt,
    InvitationId,
    RegistrationId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(ColumnDef::new(Outbox::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Outbox::ToAddress).string_len(254).not_null())
                    .col(ColumnDef::new(Outbox::ToName).string_len(250).not_null())
                    .col(ColumnDef::new(Outbox::Subject).string_len(400).not_null())
                    .col(ColumnDef::new(Outbox::TextBody).text().not_null())
                    .col(ColumnDef::new(Outbox::HtmlBody).text().not_null())
                    .col(ColumnDef::new(Outbox::MessageId).string_len(200).not_null().unique_key())
                    .col(ColumnDef::new(Outbox::State).string_len(16).not_null())
                    .col(ColumnDef::new(Outbox::Attempts).integer().not_null().default(0))
                    .col(ColumnDef::new(Outbox::NextAttemptAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Outbox::ClaimedUntil).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Outbox::LastError).text().null())
                    .col(ColumnDef::new(Outbox::SentAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Outbox::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Outbox::InvitationId).integer().null())
                    .col(ColumnDef::new(Outbox::RegistrationId).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Outbox::Table, Outbox::InvitationId)
                            .to(Invitations::Table, Invitations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Outbox::Table, Outbox::RegistrationId)
                            .to(Registrations::Table, Registrations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_state_next")
                    .table(Outbox::Table)
                    .col(Outbox::State)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_outbox_invitation").table(Outbox::Table).col(Outbox::InvitationId).to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Outbox::Table).to_owned()).await
    }
}
