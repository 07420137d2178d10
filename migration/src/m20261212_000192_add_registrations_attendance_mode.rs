use sea_orm_migration::prelude::*;

use super::m20261127_000022_create_registrations::Registrations;

/// How a participant attends: `in_person` (every registration so far) or `remote`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    AttendanceMode,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Registrations::Table)
                    .add_column(ColumnDef::new(Added::AttendanceMode).string_len(16).not_null().default("in_person"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Registrations::Table).drop_column(Added::AttendanceMode).to_owned())
            .await
    }
}
