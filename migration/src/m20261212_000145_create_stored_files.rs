use sea_orm_migration::prelude::*;

/// Files a meeting keeps (official documents, statements, credentials): one row each, the bytes
/// either in `stored_file_chunks` or in the configured folder.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum StoredFiles {
    Table,
    Id,
    Filename,
    ContentType,
    Size,
    Sha256,
    Location,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StoredFileChunks {
    Table,
    StoredFileId,
    Seq,
    Bytes,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StoredFiles::Table)
                    .col(ColumnDef::new(StoredFiles::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(StoredFiles::Filename).string_len(120).not_null())
                    .col(ColumnDef::new(StoredFiles::ContentType).string_len(100).not_null())
                    .col(ColumnDef::new(StoredFiles::Size).big_integer().not_null())
                    .col(ColumnDef::new(StoredFiles::Sha256).string_len(64).not_null())
                    .col(ColumnDef::new(StoredFiles::Location).string_len(16).not_null())
                    .col(ColumnDef::new(StoredFiles::CreatedAt).timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StoredFileChunks::Table)
                    .col(ColumnDef::new(StoredFileChunks::StoredFileId).integer().not_null())
                    .col(ColumnDef::new(StoredFileChunks::Seq).integer().not_null())
                    .col(ColumnDef::new(StoredFileChunks::Bytes).binary().not_null())
                    .primary_key(Index::create().col(StoredFileChunks::StoredFileId).col(StoredFileChunks::Seq))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StoredFileChunks::Table, StoredFileChunks::StoredFileId)
                            .to(StoredFiles::Table, StoredFiles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(StoredFileChunks::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(StoredFiles::Table).to_owned()).await
    }
}
