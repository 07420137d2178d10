use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;

/// NGOs' applications for accreditation to a meeting: the organisation, its ECOSOC status, its
/// contact (verified by an emailed link whose hash only is kept) and the secretariat's decision.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// The table and its columns.
#[derive(DeriveIden)]
pub enum NgoApplications {
    Table,
    Id,
    EventId,
    Organisation,
    EcosocStatus,
    CountryIso3,
    Website,
    ContactEmail,
    Language,
    State,
    TokenHash,
    TokenExpiresAt,
    VerifiedAt,
    DecidedAt,
    DecisionReason,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use NgoApplications as A;
        manager
            .create_table(
                Table::create()
                    .table(A::Table)
                    .col(ColumnDef::new(A::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(A::EventId).integer().not_null())
                    .col(ColumnDef::new(A::Organisation).string_len(300).not_null())
                    .col(ColumnDef::new(A::EcosocStatus).string_len(16).not_null())
                    .col(ColumnDef::new(A::CountryIso3).string_len(3).null())
                    .col(ColumnDef::new(A::Website).string_len(500).null())
                    .col(ColumnDef::new(A::ContactEmail).string_len(320).not_null())
                    .col(ColumnDef::new(A::Language).string_len(8).not_null())
                    .col(ColumnDef::new(A::State).string_len(16).not_null())
                    .col(ColumnDef::new(A::TokenHash).string_len(64).null())
                    .col(ColumnDef::new(A::TokenExpiresAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(A::VerifiedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(A::DecidedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(A::DecisionReason).text().null())
                    .col(ColumnDef::new(A::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(A::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(A::Table, A::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("ux_ngo_applications_token").table(A::Table).col(A::TokenHash).unique().to_owned(),
            )
            .await?;
        // The secretariat's page lists a meeting's applications by state.
        manager
            .create_index(
                Index::create()
                    .name("ix_ngo_applications_event")
                    .table(A::Table)
                    .col(A::EventId)
                    .col(A::State)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(NgoApplications::Table).to_owned()).await
    }
}
