use sea_orm_migration::prelude::*;

/// The language versions of an official document: one PDF per UN language.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum OfficialDocumentVersions {
    Table,
    Id,
    OfficialDocumentId,
    Language,
    StoredFileId,
    UploadedAt,
}

#[derive(DeriveIden)]
enum OfficialDocuments {
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
                    .table(OfficialDocumentVersions::Table)
                    .col(
                        ColumnDef::new(OfficialDocumentVersions::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(OfficialDocumentVersions::OfficialDocumentId).integer().not_null())
                    .col(ColumnDef::new(OfficialDocumentVersions::Language).string_len(2).not_null())
                    .col(ColumnDef::new(OfficialDocumentVersions::StoredFileId).integer().not_null())
                    .col(ColumnDef::new(OfficialDocumentVersions::UploadedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(OfficialDocumentVersions::Table, OfficialDocumentVersions::OfficialDocumentId)
                            .to(OfficialDocuments::Table, OfficialDocuments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OfficialDocumentVersions::Table, OfficialDocumentVersions::StoredFileId)
                            .to(StoredFiles::Table, StoredFiles::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // One version per language.
        manager
            .create_index(
                Index::create()
                    .name("ux_official_document_versions_language")
                    .table(OfficialDocumentVersions::Table)
                    .col(OfficialDocumentVersions::OfficialDocumentId)
                    .col(OfficialDocumentVersions::Language)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(OfficialDocumentVersions::Table).to_owned()).await
    }
}
