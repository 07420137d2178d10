use sea_orm_migration::prelude::*;

use super::m20261128_000061_create_donor_contacts::DonorContacts;

/// Short-lived sessions of donor contacts, apart from staff sessions so neither can stand in
/// for the other.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DonorSessions {
    Table,
    IdHash,
    ContactId,
    CreatedAt,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DonorSessions::Table)
                    .col(ColumnDef::new(DonorSessions::IdHash).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(DonorSessions::ContactId).integer().not_null())
                    .col(ColumnDef::new(DonorSessions::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(DonorSessions::ExpiresAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(DonorSessions::Table, DonorSessions::ContactId)
                            .to(DonorContacts::Table, DonorContacts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(DonorSessions::Table).to_owned()).await
    }
}
