use sea_orm_migration::prelude::*;

use super::m20261127_000040_create_attendance_scans::AttendanceScans;

/// A scan reads the person's latest entry or exit of the day: with (registration, day, id)
/// that is one step back from the end of the day's entries instead of a read of every scan
/// the person ever made. Queries by registration alone use its first column, so the index on
/// the registration alone goes.
#[derive(DeriveMigrationName)]
pub struct Migration;

const OLD: &str = "ix_attendance_scans_registration";
const NEW: &str = "ix_attendance_scans_registration_day";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(NEW)
                    .table(AttendanceScans::Table)
                    .col(AttendanceScans::RegistrationId)
                    .col(AttendanceScans::Day)
                    .col(AttendanceScans::Id)
                    .to_owned(),
            )
            .await?;
        manager.drop_index(Index::drop().name(OLD).table(AttendanceScans::Table).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create().name(OLD).table(AttendanceScans::Table).col(AttendanceScans::RegistrationId).to_owned(),
            )
            .await?;
        manager.drop_index(Index::drop().name(NEW).table(AttendanceScans::Table).to_owned()).await
    }
}
