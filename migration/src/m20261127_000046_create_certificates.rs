use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;
use super::m20261127_000022_create_registrations::Registrations;

/// Certificates of attendance, and each event's rule for earning one: the share of the
/// event's days a participant must attend (e.g. 80). An event without a rule issues none.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Added {
    CertificateMinAttendancePercent,
}

#[derive(DeriveIden)]
enum Certificates {
    Table,
    Id,
    EventId,
    RegistrationId,
    VerificationCode,
    DaysAttended,
    DaysTotal,
    IssuedAt,
    EmailedAt,
    RevokedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Events::Table)
                    .add_column(ColumnDef::new(Added::CertificateMinAttendancePercent).integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Certificates::Table)
                    .col(ColumnDef::new(Certificates::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Certificates::EventId).integer().not_null())
                    // One certificate per registration, however many times issuing runs.
                    .col(ColumnDef::new(Certificates::RegistrationId).integer().not_null().unique_key())
                    .col(ColumnDef::new(Certificates::VerificationCode).string_len(32).not_null().unique_key())
                    .col(ColumnDef::new(Certificates::DaysAttended).integer().not_null())
                    .col(ColumnDef::new(Certificates::DaysTotal).integer().not_null())
                    .col(ColumnDef::new(Certificates::IssuedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Certificates::EmailedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Certificates::RevokedAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Certificates::Table, Certificates::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Certificates::Table, Certificates::RegistrationId)
                            .to(Registrations::Table, Registrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_certificates_event")
                    .table(Certificates::Table)
                    .col(Certificates::EventId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Certificates::Table).to_owned()).await?;
        manager
            .alter_table(
                Table::alter().table(Events::Table).drop_column(Added::CertificateMinAttendancePercent).to_owned(),
            )
            .await
    }
}
