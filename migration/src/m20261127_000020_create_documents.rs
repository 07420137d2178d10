use sea_orm_migration::prelude::*;

use super::m20261127_000019_create_delegations::Delegations;

/// Uploaded documents (notes verbales, PDF) of a delegation.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Documents {
    Table,
    Id,
    DelegationId,
    Filename,
    ContentType,
    Size,
    Content,
    UploadedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Documents::Table)
                    .col(ColumnDef::new(Documents::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Documents::DelegationId).integer().not_null())
                    .col(ColumnDef::new(Documents::Filename).string_len(255).not_null())
                    .col(ColumnDef::new(Documents::ContentType).string_len(100).not_null())
                    .col(ColumnDef::new(Documents::Size).integer().not_null())
                    .col(ColumnDef::new(Documents::Content).binary().not_null())
                    .col(ColumnDef::new(Documents::UploadedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Documents::Table, Documents::DelegationId)
                            .to(Delegations::Table, Delegations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Documents::Table).to_owned()).await
    }
}
