use sea_orm_migration::prelude::*;

use super::m20261127_000002_create_countries::Countries;
use super::m20261127_000003_create_organisation_types::OrganisationTypes;
use super::m20261127_000013_create_events::Events;
use super::m20261127_000016_create_people::People;
use super::m20261127_000019_create_delegations::Delegations;
use super::m20261127_000021_create_invitations::Invitations;

/// Registrations: one per person and event, with its state and the seat it holds.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Registrations {
    Table,
    Id,
    EventId,
    PersonId,
    InvitationId,
    DelegationId,
    Role,
    State,
    HoldsSeat,
    Title,
    GivenName,
    FamilyName,
    Gender,
    CountryIso3,
    Organisation,
    OrganisationType,
    Position,
    Phone,
    Needs,
    VisaLetter,
    ConsentAt,
    WaitlistedAt,
    OfferExpiresAt,
    DecisionReason,
    ManageTokenHash,
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
                    .table(Registrations::Table)
                    .col(ColumnDef::new(Registrations::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Registrations::EventId).integer().not_null())
                    .col(ColumnDef::new(Registrations::PersonId).integer().not_null())
                    .col(ColumnDef::new(Registrations::InvitationId).integer().null())
                    .col(ColumnDef::new(Registrations::DelegationId).integer().null())
                    .col(ColumnDef::new(Registrations::Role).string_len(32).not_null())
                    .col(ColumnDef::new(Registrations::State).string_len(16).not_null())
                    .col(ColumnDef::new(Registrations::HoldsSeat).boolean().not_null())
                    .col(ColumnDef::new(Registrations::Title).string_len(32).null())
                    .col(ColumnDef::new(Registrations::GivenName).string_len(120).not_null())
                    .col(ColumnDef::new(Registrations::FamilyName).string_len(120).not_null())
                    .col(ColumnDef::new(Registrations::Gender).string_len(16).not_null())
                    .col(ColumnDef::new(Registrations::CountryIso3).string_len(3).null())
                    .col(ColumnDef::new(Registrations::Organisation).string_len(200).null())
                    .col(ColumnDef::new(Registrations::OrganisationType).string_len(32).null())
                    .col(ColumnDef::new(Registrations::Position).string_len(200).null())
                    .col(ColumnDef::new(Registrations::Phone).string_len(50).null())
                    .col(ColumnDef::new(Registrations::Needs).text().null())
                    .col(ColumnDef::new(Registrations::VisaLetter).boolean().not_null())
                    .col(ColumnDef::new(Registrations::ConsentAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Registrations::WaitlistedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Registrations::OfferExpiresAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Registrations::DecisionReason).text().null())
                    .col(ColumnDef::new(Registrations::ManageTokenHash).string_len(64).not_null().unique_key())
                    .col(ColumnDef::new(Registrations::Language).string_len(8).not_null())
                    .col(ColumnDef::new(Registrations::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Registrations::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Registrations::Table, Registrations::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Registrations::Table, Registrations::PersonId)
                            .to(People::Table, People::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Registrations::Table, Registrations::InvitationId)
                            .to(Invitations::Table, Invitations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Registrations::Table, Registrations::DelegationId)
                            .to(Delegations::Table, Delegations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Registrations::Table, Registrations::CountryIso3)
                            .to(Countries::Table, Countries::Iso3),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Registrations::Table, Registrations::OrganisationType)
                            .to(OrganisationTypes::Table, OrganisationTypes::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_registrations_event_state")
                    .table(Registrations::Table)
                    .col(Registrations::EventId)
                    .col(Registrations::State)
                    .col(Registrations::WaitlistedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_registrations_event_person")
                    .table(Registrations::Table)
                    .col(Registrations::EventId)
                    .col(Registrations::PersonId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Registrations::Table).to_owned()).await
    }
}
