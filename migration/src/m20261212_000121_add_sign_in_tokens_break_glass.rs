use sea_orm_migration::prelude::*;

/// Marks the one-time sign-in links made on the server's command line: the break-glass way in
/// that still works when `sso.password_sign_in` is off (links from the admin's pages do not).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SignInTokens {
    Table,
    BreakGlass,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(SignInTokens::Table)
                    .add_column(ColumnDef::new(SignInTokens::BreakGlass).boolean().not_null().default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(SignInTokens::Table).drop_column(SignInTokens::BreakGlass).to_owned())
            .await
    }
}
