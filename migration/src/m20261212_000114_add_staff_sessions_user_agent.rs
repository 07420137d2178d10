use sea_orm_migration::prelude::*;

/// The browser a staff session was opened from (its User-Agent, cut to 200 characters), for the person's list of sessions.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffSessions {
    Table,
    UserAgent,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffSessions::Table)
                    .add_column(ColumnDef::new(StaffSessions::UserAgent).string_len(200).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(StaffSessions::Table).drop_column(StaffSessions::UserAgent).to_owned())
            .await
    }
}
