use sea_orm_migration::prelude::*;

/// A session's remote link (an https webinar address), shown only to confirmed participants;
/// null when the session is in person only.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EventSessions {
    Table,
}

#[derive(DeriveIden)]
enum Added {
    RemoteUrl,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(EventSessions::Table)
                    .add_column(ColumnDef::new(Added::RemoteUrl).string_len(500).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(EventSessions::Table).drop_column(Added::RemoteUrl).to_owned()).await
    }
}
