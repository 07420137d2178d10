use sea_orm_migration::prelude::*;

/// What an API token may do: a comma-separated set of `read`, `write`, `checkin`. Tokens made
/// before scopes existed keep what they could do: `read,write`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Scopes,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ApiTokens::Table)
                    .add_column(ColumnDef::new(ApiTokens::Scopes).string_len(32).not_null().default("read,write"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(ApiTokens::Table).drop_column(ApiTokens::Scopes).to_owned()).await
    }
}
