use sea_orm_migration::prelude::*;

use super::m20261127_000004_create_programmes::Programmes;

/// Series of related events (the six planned 1540 border-control workshops…).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Series {
    Table,
    Id,
    Code,
    Title,
    ProgrammeCode,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Series::Table)
                    .col(ColumnDef::new(Series::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Series::Code).string_len(64).not_null().unique_key())
                    .col(ColumnDef::new(Series::Title).string_len(300).not_null())
                    .col(ColumnDef::new(Series::ProgrammeCode).string_len(32).not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Series::Table, Series::ProgrammeCode)
                            .to(Programmes::Table, Programmes::Code),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Series::Table).to_owned()).await
    }
}
