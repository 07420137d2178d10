use sea_orm_migration::prelude::*;

use super::m20261127_000006_create_users::Users;

/// One-time staff sign-in links; only the SHA-256 of each token is stored.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SignInTokens {
    Table,
    TokenHash,
    UserId,
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
                    .table(SignInTokens::Table)
                    .col(ColumnDef::new(SignInTokens::TokenHash).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(SignInTokens::UserId).integer().not_null())
                    .col(ColumnDef::new(SignInTokens::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(SignInTokens::ExpiresAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(SignInTokens::UsedAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(SignInTokens::Table, SignInTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(SignInTokens::Table).to_owned()).await
    }
}
