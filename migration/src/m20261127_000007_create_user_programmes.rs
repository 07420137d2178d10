use sea_orm_migration::prelude::*;

use super::m20261127_000004_create_programmes::Programmes;
use super::m20261127_000006_create_users::Users;

/// The programmes an organiser is assigned to.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum UserProgrammes {
    Table,
    UserId,
    ProgrammeCode,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(UserProgrammes::Table)
                    .col(ColumnDef::new(UserProgrammes::UserId).integer().not_null())
                    .col(ColumnDef::new(UserProgrammes::ProgrammeCode).string_len(32).not_null())
                    .primary_key(Index::create().col(UserProgrammes::UserId).col(UserProgrammes::ProgrammeCode))
                    .foreign_key(
                        ForeignKey::create()
                            .from(UserProgrammes::Table, UserProgrammes::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(UserProgrammes::Table, UserProgrammes::ProgrammeCode)
                            .to(Programmes::Table, Programmes::Code),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(UserProgrammes::Table).to_owned()).await
    }
}
