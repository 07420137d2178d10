use sea_orm_migration::prelude::*;

/// Official documents of a serviced meeting: a symbol unique across all meetings, a title, an
/// optional agenda item, a date and a distribution (general, limited, restricted).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum OfficialDocuments {
    Table,
    Id,
    EventId,
    Symbol,
    Title,
    AgendaItemId,
    IssuedOn,
    Distribution,
    CreatedAt,
    UpdatedAt,
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

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OfficialDocuments::Table)
                    .col(ColumnDef::new(OfficialDocuments::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(OfficialDocuments::EventId).integer().not_null())
                    .col(ColumnDef::new(OfficialDocuments::Symbol).string_len(60).not_null())
                    .col(ColumnDef::new(OfficialDocuments::Title).string_len(500).not_null())
                    .col(ColumnDef::new(OfficialDocuments::AgendaItemId).integer().null())
                    .col(ColumnDef::new(OfficialDocuments::IssuedOn).date().not_null())
                    .col(ColumnDef::new(OfficialDocuments::Distribution).string_len(16).not_null())
                    .col(ColumnDef::new(OfficialDocuments::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(OfficialDocuments::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(OfficialDocuments::Table, OfficialDocuments::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OfficialDocuments::Table, OfficialDocuments::AgendaItemId)
                            .to(AgendaItems::Table, AgendaItems::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // A symbol names one document across all meetings.
        manager
            .create_index(
                Index::create()
                    .name("ux_official_documents_symbol")
                    .table(OfficialDocuments::Table)
                    .col(OfficialDocuments::Symbol)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_official_documents_event")
                    .table(OfficialDocuments::Table)
                    .col(OfficialDocuments::EventId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(OfficialDocuments::Table).to_owned()).await
    }
}
