use sea_orm_migration::prelude::*;

use super::m20261127_000002_create_countries::Countries;
use super::m20261127_000013_create_events::Events;
use super::m20261127_000016_create_people::People;

/// A State's delegation to one event: focal point, seat quota, note verbale.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Delegations {
    Table,
    Id,
    EventId,
    CountryIso3,
    FocalPointId,
    SeatQuota,
    SeatsTaken,
    HeadPersonId,
    NoteVerbaleRef,
    NoteVerbaleDate,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Delegations::Table)
                    .col(ColumnDef::new(Delegations::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Delegations::EventId).integer().not_null())
                    .col(ColumnDef::new(Delegations::CountryIso3).string_len(3).not_null())
                    .col(ColumnDef::new(Delegations::FocalPointId).integer().not_null())
                    .col(ColumnDef::new(Delegations::SeatQuota).integer().not_null())
                    .col(ColumnDef::new(Delegations::SeatsTaken).integer().not_null().default(0))
                    .col(ColumnDef::new(Delegations::HeadPersonId).integer().null())
                    .col(ColumnDef::new(Delegations::NoteVerbaleRef).string_len(100).null())
                    .col(ColumnDef::new(Delegations::NoteVerbaleDate).date().null())
                    .col(ColumnDef::new(Delegations::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Delegations::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Delegations::Table, Delegations::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Delegations::Table, Delegations::CountryIso3)
                            .to(Countries::Table, Countries::Iso3),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Delegations::Table, Delegations::FocalPointId)
                            .to(People::Table, People::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Delegations::Table, Delegations::HeadPersonId)
                            .to(People::Table, People::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_delegations_event_country")
                    .table(Delegations::Table)
                    .col(Delegations::EventId)
                    .col(Delegations::CountryIso3)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Delegations::Table).to_owned()).await
    }
}
