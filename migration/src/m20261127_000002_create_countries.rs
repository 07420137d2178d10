use sea_orm_migration::prelude::*;

use super::m20261127_000001_create_regional_groups::RegionalGroups;

/// Member and observer States, keyed by ISO 3166-1 alpha-3.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Countries {
    Table,
    Iso3,
    Name,
    RegionalGroup,
    Status,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Countries::Table)
                    .col(ColumnDef::new(Countries::Iso3).string_len(3).not_null().primary_key())
                    .col(ColumnDef::new(Countries::Name).string_len(120).not_null())
                    .col(ColumnDef::new(Countries::RegionalGroup).string_len(16).null())
                    .col(ColumnDef::new(Countries::Status).string_len(16).not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Countries::Table, Countries::RegionalGroup)
                            .to(RegionalGroups::Table, RegionalGroups::Code),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Countries::Table).to_owned()).await
    }
}
