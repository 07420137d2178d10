use sea_orm_migration::prelude::*;

/// Delegations' statements under an agenda item: one PDF per language, published once the
/// delegation's speaker has spoken on the item or at a time the delegation chose.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Statements {
    Table,
    Id,
    EventId,
    AgendaItemId,
    DelegationId,
    Language,
    StoredFileId,
    Publication,
    PublishAt,
    UploadedBy,
    UploadedAt,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum AgendaItems {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Delegations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum StoredFiles {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Statements::Table)
                    .col(ColumnDef::new(Statements::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Statements::EventId).integer().not_null())
                    .col(ColumnDef::new(Statements::AgendaItemId).integer().not_null())
                    .col(ColumnDef::new(Statements::DelegationId).integer().not_null())
                    .col(ColumnDef::new(Statements::Language).string_len(2).not_null())
                    .col(ColumnDef::new(Statements::StoredFileId).integer().not_null())
                    .col(ColumnDef::new(Statements::Publication).string_len(16).not_null())
                    .col(ColumnDef::new(Statements::PublishAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Statements::UploadedBy).string_len(200).not_null())
                    .col(ColumnDef::new(Statements::UploadedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Statements::Table, Statements::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Statements::Table, Statements::AgendaItemId)
                            .to(AgendaItems::Table, AgendaItems::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Statements::Table, Statements::DelegationId)
                            .to(Delegations::Table, Delegations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Statements::Table, Statements::StoredFileId)
                            .to(StoredFiles::Table, StoredFiles::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // One statement per delegation, item and language.
        manager
            .create_index(
                Index::create()
                    .name("ux_statements_delegation_item_language")
                    .table(Statements::Table)
                    .col(Statements::DelegationId)
                    .col(Statements::AgendaItemId)
                    .col(Statements::Language)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_statements_event")
                    .table(Statements::Table)
                    .col(Statements::EventId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Statements::Table).to_owned()).await
    }
}
