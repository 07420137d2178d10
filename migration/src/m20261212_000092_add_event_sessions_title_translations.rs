use sea_orm_migration::prelude::*;

/// A session's title in languages besides its event's original: a JSON object by language code
/// (`{"fr": "Séance plénière"}`).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EventSessions {
    Table,
}

#[derive(DeriveIden)]
enum Added {
    TitleTranslations,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(EventSessions::Table)
                    .add_column(ColumnDef::new(Added::TitleTranslations).text().not_null().default("{}"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(EventSessions::Table).drop_column(Added::TitleTranslations).to_owned())
            .await
    }
}
