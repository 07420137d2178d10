use sea_orm_migration::prelude::*;

use super::m20261127_000022_create_registrations::Registrations;

/// The version of a registration's check-in code: bumping it revokes the codes already
/// printed or emailed.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    CheckinVersion,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Registrations::Table)
                    .add_column(ColumnDef::new(Added::CheckinVersion).integer().not_null().default(1))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Registrations::Table).drop_column(Added::CheckinVersion).to_owned())
            .await
    }
}
