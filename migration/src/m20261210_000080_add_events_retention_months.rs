use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// An event's own retention period of personal data, in months after its last day; null keeps
/// the office's default (`privacy.retention_months`).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    RetentionMonths,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Events::Table)
                    .add_column(ColumnDef::new(Added::RetentionMonths).integer().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Events::Table).drop_column(Added::RetentionMonths).to_owned()).await
    }
}
