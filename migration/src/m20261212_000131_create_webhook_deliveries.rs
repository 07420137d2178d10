use sea_orm_migration::prelude::*;

use super::m20261212_000130_create_webhook_endpoints::WebhookEndpoints;

/// One delivery of one change to one endpoint, written in the transaction of the change and
/// claimed, posted and marked by the webhook dispatcher (as the outbox is for email).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum WebhookDeliveries {
    Table,
    Id,
    EndpointId,
    EventType,
    OccurredAt,
    Data,
    State,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    LastStatus,
    LastError,
    DeliveredAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(WebhookDeliveries::Table)
                    .col(ColumnDef::new(WebhookDeliveries::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(WebhookDeliveries::EndpointId).integer().not_null())
                    .col(ColumnDef::new(WebhookDeliveries::EventType).string_len(40).not_null())
                    .col(ColumnDef::new(WebhookDeliveries::OccurredAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(WebhookDeliveries::Data).text().not_null())
                    .col(ColumnDef::new(WebhookDeliveries::State).string_len(16).not_null())
                    .col(ColumnDef::new(WebhookDeliveries::Attempts).integer().not_null().default(0))
                    .col(ColumnDef::new(WebhookDeliveries::NextAttemptAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(WebhookDeliveries::ClaimedUntil).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(WebhookDeliveries::LastStatus).integer().null())
                    .col(ColumnDef::new(WebhookDeliveries::LastError).text().null())
                    .col(ColumnDef::new(WebhookDeliveries::DeliveredAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(WebhookDeliveries::CreatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(WebhookDeliveries::Table, WebhookDeliveries::EndpointId)
                            .to(WebhookEndpoints::Table, WebhookEndpoints::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // The log of one endpoint, newest first; and the claim's scan of what is still to send.
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_deliveries_endpoint")
                    .table(WebhookDeliveries::Table)
                    .col(WebhookDeliveries::EndpointId)
                    .col(WebhookDeliveries::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_deliveries_state")
                    .table(WebhookDeliveries::Table)
                    .col(WebhookDeliveries::State)
                    .col(WebhookDeliveries::NextAttemptAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(WebhookDeliveries::Table).to_owned()).await
    }
}
