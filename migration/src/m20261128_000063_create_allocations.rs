use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;
use super::m20261128_000062_create_contributions::Contributions;

/// Allocations of contributions to events, in the contribution's currency and in USD.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Allocations {
    Table,
    Id,
    ContributionId,
    EventId,
    AmountMinor,
    UsdMinor,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Allocations::Table)
                    .col(ColumnDef::new(Allocations::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Allocations::ContributionId).integer().not_null())
                    .col(ColumnDef::new(Allocations::EventId).integer().not_null())
                    .col(ColumnDef::new(Allocations::AmountMinor).big_integer().not_null())
                    .col(ColumnDef::new(Allocations::UsdMinor).big_integer().not_null())
                    .col(ColumnDef::new(Allocations::CreatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Allocations::Table, Allocations::ContributionId)
                            .to(Contributions::Table, Contributions::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Allocations::Table, Allocations::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_allocations_contribution")
                    .table(Allocations::Table)
                    .col(Allocations::ContributionId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_allocations_event")
                    .table(Allocations::Table)
                    .col(Allocations::EventId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Allocations::Table).to_owned()).await
    }
}
