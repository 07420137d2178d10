use sea_orm_migration::prelude::*;

use super::m20261127_000002_create_countries::Countries;
use super::m20261127_000003_create_organisation_types::OrganisationTypes;

/// People invited to or registered for events, reused across events by email.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum People {
    Table,
    Id,
    Email,
    Title,
    GivenName,
    FamilyName,
    Organisation,
    OrganisationType,
    CountryIso3,
    Gender,
    Language,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(People::Table)
                    .col(ColumnDef::new(People::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(People::Email).string_len(254).not_null().unique_key())
                    .col(ColumnDef::new(People::Title).string_len(32).null())
                    .col(ColumnDef::new(People::GivenName).string_len(120).not_null())
                    .col(ColumnDef::new(People::FamilyName).string_len(120).not_null())
                    .col(ColumnDef::new(People::Organisation).string_len(200).null())
                    .col(ColumnDef::new(People::OrganisationType).string_len(32).null())
                    .col(ColumnDef::new(People::CountryIso3).string_len(3).null())
                    .col(ColumnDef::new(People::Gender).string_len(16).null())
                    .col(ColumnDef::new(People::Language).string_len(8).not_null())
                    .col(ColumnDef::new(People::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(People::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(People::Table, People::OrganisationType)
                            .to(OrganisationTypes::Table, OrganisationTypes::Code),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(People::Table, People::CountryIso3)
                            .to(Countries::Table, Countries::Iso3),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(People::Table).to_owned()).await
    }
}
