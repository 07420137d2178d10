use sea_orm_migration::prelude::*;

/// Kinds of organisation a participant can represent (government, IO, NGO…).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum OrganisationTypes {
    Table,
    Code,
    Name,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OrganisationTypes::Table)
                    .col(ColumnDef::new(OrganisationTypes::Code).string_len(32).not_null().primary_key())
                    .col(ColumnDef::new(OrganisationTypes::Name).string_len(120).not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(OrganisationTypes::Table).to_owned()).await
    }
}
