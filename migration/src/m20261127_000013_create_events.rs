use sea_orm_migration::prelude::*;

use super::m20261127_000002_create_countries::Countries;
use super::m20261127_000004_create_programmes::Programmes;
use super::m20261127_000005_create_units::Units;
use super::m20261127_000012_create_series::Series;

/// Events: meetings, workshops, training courses, conferences and briefings.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Events {
    Table,
    Id,
    SeedKey,
    Title,
    Kind,
    Status,
    ProgrammeCode,
    UnitCode,
    SeriesId,
    Mandate,
    VenueName,
    City,
    CountryIso3,
    TimeZone,
    StartDate,
    EndDate,
    DatePrecision,
    RegistrationOpensAt,
    RegistrationClosesAt,
    Capacity,
    RegistrationMode,
    ApprovalRequired,
    Languages,
    Description,
    Revision,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .col(ColumnDef::new(Events::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Events::SeedKey).string_len(32).null().unique_key())
                    .col(ColumnDef::new(Events::Title).string_len(300).not_null())
                    .col(ColumnDef::new(Events::Kind).string_len(32).not_null())
                    .col(ColumnDef::new(Events::Status).string_len(16).not_null())
                    .col(ColumnDef::new(Events::ProgrammeCode).string_len(32).not_null())
                    .col(ColumnDef::new(Events::UnitCode).string_len(32).not_null())
                    .col(ColumnDef::new(Events::SeriesId).integer().null())
                    .col(ColumnDef::new(Events::Mandate).string_len(300).null())
                    .col(ColumnDef::new(Events::VenueName).string_len(200).null())
                    .col(ColumnDef::new(Events::City).string_len(120).not_null())
                    .col(ColumnDef::new(Events::CountryIso3).string_len(3).null())
                    .col(ColumnDef::new(Events::TimeZone).string_len(64).not_null())
                    .col(ColumnDef::new(Events::StartDate).date().not_null())
                    .col(ColumnDef::new(Events::EndDate).date().not_null())
                    .col(ColumnDef::new(Events::DatePrecision).string_len(8).not_null())
                    .col(ColumnDef::new(Events::RegistrationOpensAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Events::RegistrationClosesAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Events::Capacity).integer().null())
                    .col(ColumnDef::new(Events::RegistrationMode).string_len(16).not_null())
                    .col(ColumnDef::new(Events::ApprovalRequired).boolean().not_null())
                    .col(ColumnDef::new(Events::Languages).string_len(32).not_null())
                    .col(ColumnDef::new(Events::Description).text().not_null())
                    .col(ColumnDef::new(Events::Revision).integer().not_null().default(1))
                    .col(ColumnDef::new(Events::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Events::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Events::Table, Events::ProgrammeCode)
                            .to(Programmes::Table, Programmes::Code),
                    )
                    .foreign_key(
                        ForeignKey::create().from(Events::Table, Events::UnitCode).to(Units::Table, Units::Code),
                    )
                    .foreign_key(
                        ForeignKey::create().from(Events::Table, Events::SeriesId).to(Series::Table, Series::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Events::Table, Events::CountryIso3)
                            .to(Countries::Table, Countries::Iso3),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_events_status_start")
                    .table(Events::Table)
                    .col(Events::Status)
                    .col(Events::StartDate)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_events_programme_start")
                    .table(Events::Table)
                    .col(Events::ProgrammeCode)
                    .col(Events::StartDate)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Events::Table).to_owned()).await
    }
}
