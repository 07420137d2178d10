use sea_orm_migration::prelude::*;

use super::m20261127_000006_create_users::Users;

/// One-time recovery codes of two-factor sign-in: only their SHA-256, used up when used.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TwoFactorRecoveryCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    CreatedAt,
    UsedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TwoFactorRecoveryCodes::Table)
                    .col(ColumnDef::new(TwoFactorRecoveryCodes::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(TwoFactorRecoveryCodes::UserId).integer().not_null())
                    .col(ColumnDef::new(TwoFactorRecoveryCodes::CodeHash).string_len(64).not_null())
                    .col(ColumnDef::new(TwoFactorRecoveryCodes::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(TwoFactorRecoveryCodes::UsedAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(TwoFactorRecoveryCodes::Table, TwoFactorRecoveryCodes::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_two_factor_recovery_codes_user")
                    .table(TwoFactorRecoveryCodes::Table)
                    .col(TwoFactorRecoveryCodes::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(TwoFactorRecoveryCodes::Table).to_owned()).await
    }
}
