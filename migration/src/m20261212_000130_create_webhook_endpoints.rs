use sea_orm_migration::prelude::*;

/// Webhook endpoints registered by admins: where changes are posted, the key that signs them,
/// which kinds of change, for one programme or all, and whether personal data may go there.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum WebhookEndpoints {
    Table,
    Id,
    Url,
    Secret,
    EventTypes,
    ProgrammeCode,
    PersonalData,
    Active,
    Description,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(WebhookEndpoints::Table)
                    .col(ColumnDef::new(WebhookEndpoints::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(WebhookEndpoints::Url).string_len(2000).not_null())
                    .col(ColumnDef::new(WebhookEndpoints::Secret).string_len(200).not_null())
                    .col(ColumnDef::new(WebhookEndpoints::EventTypes).string_len(500).not_null())
                    .col(ColumnDef::new(WebhookEndpoints::ProgrammeCode).string_len(32).null())
                    .col(ColumnDef::new(WebhookEndpoints::PersonalData).boolean().not_null().default(false))
                    .col(ColumnDef::new(WebhookEndpoints::Active).boolean().not_null().default(true))
                    .col(ColumnDef::new(WebhookEndpoints::Description).string_len(200).not_null().default(""))
                    .col(ColumnDef::new(WebhookEndpoints::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(WebhookEndpoints::UpdatedAt).timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(WebhookEndpoints::Table).to_owned()).await
    }
}
