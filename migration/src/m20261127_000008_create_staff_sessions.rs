use sea_orm_migration::prelude::*;

use super::m20261127_000006_create_users::Users;

/// Signed-in staff sessions: rows, so every instance sees every session.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffSessions {
    Table,
    IdHash,
    UserId,
    CreatedAt,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StaffSessions::Table)
                    .col(ColumnDef::new(StaffSessions::IdHash).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(StaffSessions::UserId).integer().not_null())
                    .col(ColumnDef::new(StaffSessions::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(StaffSessions::ExpiresAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffSessions::Table, StaffSessions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_staff_sessions_user")
                    .table(StaffSessions::Table)
                    .col(StaffSessions::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(StaffSessions::Table).to_owned()).await
    }
}
