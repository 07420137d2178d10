use sea_orm_migration::prelude::*;

use super::m20261127_000006_create_users::Users;

/// Password sign-ins waiting for their second step (a code, or a forced enrolment): not a
/// session; the cookie holds the token, the row its SHA-256; kept minutes.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PendingSignIns {
    Table,
    IdHash,
    UserId,
    Purpose,
    NextPath,
    CreatedAt,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PendingSignIns::Table)
                    .col(ColumnDef::new(PendingSignIns::IdHash).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(PendingSignIns::UserId).integer().not_null())
                    .col(ColumnDef::new(PendingSignIns::Purpose).string_len(16).not_null())
                    .col(ColumnDef::new(PendingSignIns::NextPath).string_len(2000).not_null())
                    .col(ColumnDef::new(PendingSignIns::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(PendingSignIns::ExpiresAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(PendingSignIns::Table, PendingSignIns::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(PendingSignIns::Table).to_owned()).await
    }
}
