use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// Reports across events select a unit's (a branch's or regional centre's) events by date.
#[derive(DeriveMigrationName)]
pub struct Migration;

const NAME: &str = "ix_events_unit_start";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create().name(NAME).table(Events::Table).col(Events::UnitCode).col(Events::StartDate).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(NAME).table(Events::Table).to_owned()).await
    }
}
