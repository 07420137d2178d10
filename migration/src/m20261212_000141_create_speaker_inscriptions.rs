use sea_orm_migration::prelude::*;

use super::m20261212_000140_create_agenda_items::AgendaItems;

/// Inscriptions on the list of speakers of an agenda item, each at its place.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SpeakerInscriptions {
    Table,
    Id,
    AgendaItemId,
    Speaker,
    CountryIso3,
    SpeakerName,
    OnBehalfOf,
    Level,
    Place,
    State,
    DelegationId,
    InscribedBy,
    InscribedAt,
    SpokeAt,
    WithdrawnAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SpeakerInscriptions::Table)
                    .col(ColumnDef::new(SpeakerInscriptions::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(SpeakerInscriptions::AgendaItemId).integer().not_null())
                    .col(ColumnDef::new(SpeakerInscriptions::Speaker).string_len(16).not_null())
                    .col(ColumnDef::new(SpeakerInscriptions::CountryIso3).string_len(3).null())
                    .col(ColumnDef::new(SpeakerInscriptions::SpeakerName).string_len(200).null())
                    .col(ColumnDef::new(SpeakerInscriptions::OnBehalfOf).string_len(200).null())
                    .col(ColumnDef::new(SpeakerInscriptions::Level).string_len(32).not_null())
                    .col(ColumnDef::new(SpeakerInscriptions::Place).integer().not_null())
                    .col(ColumnDef::new(SpeakerInscriptions::State).string_len(16).not_null())
                    .col(ColumnDef::new(SpeakerInscriptions::DelegationId).integer().null())
                    .col(ColumnDef::new(SpeakerInscriptions::InscribedBy).string_len(200).not_null())
                    .col(ColumnDef::new(SpeakerInscriptions::InscribedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(SpeakerInscriptions::SpokeAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(SpeakerInscriptions::WithdrawnAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(SpeakerInscriptions::Table, SpeakerInscriptions::AgendaItemId)
                            .to(AgendaItems::Table, AgendaItems::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // The backstop of the order rule: two inscriptions can never hold the same place.
        manager
            .create_index(
                Index::create()
                    .name("ux_speaker_inscriptions_item_place")
                    .table(SpeakerInscriptions::Table)
                    .col(SpeakerInscriptions::AgendaItemId)
                    .col(SpeakerInscriptions::Place)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(SpeakerInscriptions::Table).to_owned()).await
    }
}
