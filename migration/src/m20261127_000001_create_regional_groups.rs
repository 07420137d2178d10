use sea_orm_migration::prelude::*;

/// The five UN regional groups used for elections and reporting.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum RegionalGroups {
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
                    .table(RegionalGroups::Table)
                    .col(ColumnDef::new(RegionalGroups::Code).string_len(16).not_null().primary_key())
                    .col(ColumnDef::new(RegionalGroups::Name).string_len(120).not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(RegionalGroups::Table).to_owned()).await
    }
}
