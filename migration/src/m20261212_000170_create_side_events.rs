use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// Side events of a serviced meeting: the request as sent (confirmed by an emailed link), the
/// secretariat's decision, and the room and time it allocated.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SideEvents {
    Table,
    Id,
    EventId,
    Title,
    Organisers,
    CoSponsors,
    ContactName,
    ContactEmail,
    Language,
    ExpectedAudience,
    Interpretation,
    Webcast,
    PreferredSlots,
    State,
    Room,
    StartsAt,
    EndsAt,
    DeclineReason,
    TokenHash,
    TokenExpiresAt,
    RequestedAt,
    ConfirmedAt,
    DecidedAt,
    DecidedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SideEvents::Table)
                    .col(ColumnDef::new(SideEvents::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(SideEvents::EventId).integer().not_null())
                    .col(ColumnDef::new(SideEvents::Title).string_len(200).not_null())
                    .col(ColumnDef::new(SideEvents::Organisers).string_len(500).not_null())
                    .col(ColumnDef::new(SideEvents::CoSponsors).string_len(500).not_null())
                    .col(ColumnDef::new(SideEvents::ContactName).string_len(200).not_null())
                    .col(ColumnDef::new(SideEvents::ContactEmail).string_len(254).not_null())
                    .col(ColumnDef::new(SideEvents::Language).string_len(8).not_null())
                    .col(ColumnDef::new(SideEvents::ExpectedAudience).integer().not_null())
                    .col(ColumnDef::new(SideEvents::Interpretation).boolean().not_null())
                    .col(ColumnDef::new(SideEvents::Webcast).boolean().not_null())
                    .col(ColumnDef::new(SideEvents::PreferredSlots).text().not_null())
                    .col(ColumnDef::new(SideEvents::State).string_len(16).not_null())
                    .col(ColumnDef::new(SideEvents::Room).string_len(120).null())
                    .col(ColumnDef::new(SideEvents::StartsAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(SideEvents::EndsAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(SideEvents::DeclineReason).text().null())
                    .col(ColumnDef::new(SideEvents::TokenHash).string_len(64).null())
                    .col(ColumnDef::new(SideEvents::TokenExpiresAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(SideEvents::RequestedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(SideEvents::ConfirmedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(SideEvents::DecidedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(SideEvents::DecidedBy).string_len(200).null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(SideEvents::Table, SideEvents::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_side_events_event_state")
                    .table(SideEvents::Table)
                    .col(SideEvents::EventId)
                    .col(SideEvents::State)
                    .to_owned(),
            )
            .await?;
        // A confirmation link finds its request by the token's hash.
        manager
            .create_index(
                Index::create()
                    .name("ux_side_events_token_hash")
                    .table(SideEvents::Table)
                    .col(SideEvents::TokenHash)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(SideEvents::Table).to_owned()).await
    }
}
