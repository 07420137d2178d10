use sea_orm_migration::prelude::*;

use super::m20261128_000060_create_donors::Donors;

/// The people of a donor who receive its reports and sign in to the donor portal.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// The donor contacts table.
#[derive(DeriveIden)]
pub enum DonorContacts {
    Table,
    Id,
    DonorId,
    Name,
    Email,
    Language,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DonorContacts::Table)
                    .col(ColumnDef::new(DonorContacts::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(DonorContacts::DonorId).integer().not_null())
                    .col(ColumnDef::new(DonorContacts::Name).string_len(200).not_null())
                    // One address is one contact of one donor: sign-in by address is unambiguous.
                    .col(ColumnDef::new(DonorContacts::Email).string_len(254).not_null().unique_key())
                    .col(ColumnDef::new(DonorContacts::Language).string_len(8).not_null())
                    .col(ColumnDef::new(DonorContacts::CreatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(DonorContacts::Table, DonorContacts::DonorId)
                            .to(Donors::Table, Donors::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_donor_contacts_donor")
                    .table(DonorContacts::Table)
                    .col(DonorContacts::DonorId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(DonorContacts::Table).to_owned()).await
    }
}
