use sea_orm_migration::prelude::*;

/// Single sign-on requests in flight: between the redirect to the identity provider and its
/// answer, the state (only its SHA-256), the nonce, the PKCE verifier and where to go after.
/// Used once, kept minutes; any instance can finish a request another started.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SsoRequests {
    Table,
    StateHash,
    Nonce,
    PkceVerifier,
    NextPath,
    CreatedAt,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SsoRequests::Table)
                    .col(ColumnDef::new(SsoRequests::StateHash).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(SsoRequests::Nonce).string_len(128).not_null())
                    .col(ColumnDef::new(SsoRequests::PkceVerifier).string_len(128).not_null())
                    .col(ColumnDef::new(SsoRequests::NextPath).string_len(2000).not_null())
                    .col(ColumnDef::new(SsoRequests::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(SsoRequests::ExpiresAt).timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(SsoRequests::Table).to_owned()).await
    }
}
