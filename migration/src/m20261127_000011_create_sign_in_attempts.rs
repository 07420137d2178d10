use sea_orm_migration::prelude::*;

/// Failed sign-in attempts, counted per email address to throttle guessing.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SignInAttempts {
    Table,
    Id,
    Email,
    AttemptedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SignInAttempts::Table)
                    .col(ColumnDef::new(SignInAttempts::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(SignInAttempts::Email).string_len(254).not_null())
                    .col(ColumnDef::new(SignInAttempts::AttemptedAt).timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sign_in_attempts_email_at")
                    .table(SignInAttempts::Table)
                    .col(SignInAttempts::Email)
                    .col(SignInAttempts::AttemptedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(SignInAttempts::Table).to_owned()).await
    }
}
