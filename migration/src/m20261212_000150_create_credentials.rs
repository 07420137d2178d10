use sea_orm_migration::prelude::*;

use super::m20261127_000019_create_delegations::Delegations;
use super::m20261212_000145_create_stored_files::StoredFiles;

/// The credentials of a State's delegation to a meeting: their status, the secretariat's note,
/// the document the focal point sent. One row per delegation, written at its first change (a
/// delegation without one has none).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Credentials {
    Table,
    Id,
    DelegationId,
    Status,
    Note,
    StoredFileId,
    OriginalReceivedAt,
    UpdatedBy,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Credentials::Table)
                    .col(ColumnDef::new(Credentials::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Credentials::DelegationId).integer().not_null())
                    .col(ColumnDef::new(Credentials::Status).string_len(24).not_null())
                    .col(ColumnDef::new(Credentials::Note).string_len(1000).null())
                    .col(ColumnDef::new(Credentials::StoredFileId).integer().null())
                    .col(ColumnDef::new(Credentials::OriginalReceivedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Credentials::UpdatedBy).string_len(200).not_null())
                    .col(ColumnDef::new(Credentials::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Credentials::Table, Credentials::DelegationId)
                            .to(Delegations::Table, Delegations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Credentials::Table, Credentials::StoredFileId)
                            .to(StoredFiles::Table, StoredFiles::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // One record per delegation: two first changes at once cannot both insert.
        manager
            .create_index(
                Index::create()
                    .name("ux_credentials_delegation")
                    .table(Credentials::Table)
                    .col(Credentials::DelegationId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Credentials::Table).to_owned()).await
    }
}
