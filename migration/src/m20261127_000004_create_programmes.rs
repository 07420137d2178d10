use sea_orm_migration::prelude::*;

/// Substantive programmes (1540, small arms, NPT…) that events and organisers belong to.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Programmes {
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
                    .table(Programmes::Table)
                    .col(ColumnDef::new(Programmes::Code).string_len(32).not_null().primary_key())
                    .col(ColumnDef::new(Programmes::Name).string_len(200).not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Programmes::Table).to_owned()).await
    }
}
