use sea_orm_migration::prelude::*;

use super::m20261127_000022_create_registrations::Registrations;

/// The version of the data-protection notice a person accepted when they registered; null for
/// registrations made by staff and for those made before notices had versions.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    NoticeVersion,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Registrations::Table)
                    .add_column(ColumnDef::new(Added::NoticeVersion).string_len(64).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Registrations::Table).drop_column(Added::NoticeVersion).to_owned())
            .await
    }
}
