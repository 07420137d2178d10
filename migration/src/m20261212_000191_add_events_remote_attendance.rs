use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// The organiser's switch "participants may attend remotely" (off unless switched on): the
/// registration form then asks how each participant attends.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    RemoteAttendance,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Events::Table)
                    .add_column(ColumnDef::new(Added::RemoteAttendance).boolean().not_null().default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Events::Table).drop_column(Added::RemoteAttendance).to_owned()).await
    }
}
