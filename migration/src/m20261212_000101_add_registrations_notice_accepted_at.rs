use sea_orm_migration::prelude::*;

use super::m20261127_000022_create_registrations::Registrations;

/// When the person accepted the data-protection notice of `notice_version` (the moment they sent
/// the registration form); null where no version is recorded.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    NoticeAcceptedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Registrations::Table)
                    .add_column(ColumnDef::new(Added::NoticeAcceptedAt).timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Registrations::Table).drop_column(Added::NoticeAcceptedAt).to_owned())
            .await
    }
}
