use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// Each event's budget by category (travel, venue, interpretation, experts, materials, other):
/// planned and actual expenditure, in USD minor units.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EventBudgetLines {
    Table,
    Id,
    EventId,
    Category,
    PlannedUsdMinor,
    ActualUsdMinor,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EventBudgetLines::Table)
                    .col(ColumnDef::new(EventBudgetLines::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(EventBudgetLines::EventId).integer().not_null())
                    .col(ColumnDef::new(EventBudgetLines::Category).string_len(16).not_null())
                    .col(ColumnDef::new(EventBudgetLines::PlannedUsdMinor).big_integer().not_null())
                    .col(ColumnDef::new(EventBudgetLines::ActualUsdMinor).big_integer().not_null())
                    .col(ColumnDef::new(EventBudgetLines::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventBudgetLines::Table, EventBudgetLines::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_event_budget_lines_event_category")
                    .table(EventBudgetLines::Table)
                    .col(EventBudgetLines::EventId)
                    .col(EventBudgetLines::Category)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(EventBudgetLines::Table).to_owned()).await
    }
}
