use sea_orm_migration::prelude::*;

/// The client's address a staff session was opened from, for the person's list of sessions.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffSessions {
    Table,
    Address,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffSessions::Table)
                    .add_column(ColumnDef::new(StaffSessions::Address).string_len(45).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(StaffSessions::Table).drop_column(StaffSessions::Address).to_owned())
            .await
    }
}
