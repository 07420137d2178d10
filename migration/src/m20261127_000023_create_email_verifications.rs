use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// Email-address checks before an open registration.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum EmailVerifications {
    Table,
    TokenHash,
    EventId,
    Email,
    Language,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EmailVerifications::Table)
                    .col(ColumnDef::new(EmailVerifications::TokenHash).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(EmailVerifications::EventId).integer().not_null())
                    .col(ColumnDef::new(EmailVerifications::Email).string_len(254).not_null())
                    .col(ColumnDef::new(EmailVerifications::Language).string_len(8).not_null())
                    .col(ColumnDef::new(EmailVerifications::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(EmailVerifications::ExpiresAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(EmailVerifications::UsedAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(EmailVerifications::Table, EmailVerifications::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(EmailVerifications::Table).to_owned()).await
    }
}
