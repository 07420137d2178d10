use sea_orm_migration::prelude::*;

use super::m20261127_000006_create_users::Users;

/// Each staff member's two-factor (TOTP) secret, sealed with `security.totp_key`. Unconfirmed
/// until a first valid code; the last time step used, so a code works only once.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TwoFactorSecrets {
    Table,
    UserId,
    SecretSealed,
    ConfirmedAt,
    LastStep,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TwoFactorSecrets::Table)
                    .col(ColumnDef::new(TwoFactorSecrets::UserId).integer().not_null().primary_key())
                    .col(ColumnDef::new(TwoFactorSecrets::SecretSealed).string_len(200).not_null())
                    .col(ColumnDef::new(TwoFactorSecrets::ConfirmedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(TwoFactorSecrets::LastStep).big_integer().null())
                    .col(ColumnDef::new(TwoFactorSecrets::CreatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(TwoFactorSecrets::Table, TwoFactorSecrets::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(TwoFactorSecrets::Table).to_owned()).await
    }
}
