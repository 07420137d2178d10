use sea_orm_migration::prelude::*;

use super::m20261128_000061_create_donor_contacts::DonorContacts;

/// One-time sign-in links of donor contacts (their own table, so a donor's link can never open
/// a staff session); only the SHA-256 of each token is stored.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DonorSignInTokens {
    Table,
    TokenHash,
    ContactId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DonorSignInTokens::Table)
                    .col(ColumnDef::new(DonorSignInTokens::TokenHash).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(DonorSignInTokens::ContactId).integer().not_null())
                    .col(ColumnDef::new(DonorSignInTokens::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(DonorSignInTokens::ExpiresAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(DonorSignInTokens::UsedAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(DonorSignInTokens::Table, DonorSignInTokens::ContactId)
                            .to(DonorContacts::Table, DonorContacts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(DonorSignInTokens::Table).to_owned()).await
    }
}
