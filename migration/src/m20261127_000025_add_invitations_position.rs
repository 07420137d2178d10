use sea_orm_migration::prelude::*;

use super::m20261127_000021_create_invitations::Invitations;

/// The position (function) a State gives its nominee in the nomination, kept with the
/// invitation until the person registers.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    Position,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Invitations::Table)
                    .add_column(ColumnDef::new(Added::Position).string_len(200).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Invitations::Table).drop_column(Added::Position).to_owned()).await
    }
}
