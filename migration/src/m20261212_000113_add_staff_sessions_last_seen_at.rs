use sea_orm_migration::prelude::*;

/// When a staff session was last used (recorded at most every few minutes); null until then.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffSessions {
    Table,
    LastSeenAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffSessions::Table)
                    .add_column(ColumnDef::new(StaffSessions::LastSeenAt).timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(StaffSessions::Table).drop_column(StaffSessions::LastSeenAt).to_owned())
            .await
    }
}
