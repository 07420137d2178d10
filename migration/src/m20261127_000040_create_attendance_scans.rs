use sea_orm_migration::prelude::*;

use super::m20261127_000006_create_users::Users;
use super::m20261127_000013_create_events::Events;
use super::m20261127_000022_create_registrations::Registrations;

/// Attendance as a log of scans: one row per entry, exit or undo, never updated, so reports
/// can count per day and session with plain SQL and nothing is lost when a scan is taken back.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub(crate) enum AttendanceScans {
    Table,
    Id,
    RegistrationId,
    EventId,
    Day,
    SessionId,
    Direction,
    Undoes,
    ScannedAt,
    RecordedAt,
    Device,
    StaffUserId,
    Method,
    IdempotencyKey,
}

#[derive(DeriveIden)]
enum EventSessions {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AttendanceScans::Table)
                    .col(ColumnDef::new(AttendanceScans::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(AttendanceScans::RegistrationId).integer().not_null())
                    .col(ColumnDef::new(AttendanceScans::EventId).integer().not_null())
                    .col(ColumnDef::new(AttendanceScans::Day).date().not_null())
                    .col(ColumnDef::new(AttendanceScans::SessionId).integer().null())
                    .col(ColumnDef::new(AttendanceScans::Direction).string_len(8).not_null())
                    .col(ColumnDef::new(AttendanceScans::Undoes).integer().null())
                    .col(ColumnDef::new(AttendanceScans::ScannedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(AttendanceScans::RecordedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(AttendanceScans::Device).string_len(64).null())
                    .col(ColumnDef::new(AttendanceScans::StaffUserId).integer().null())
                    .col(ColumnDef::new(AttendanceScans::Method).string_len(8).not_null())
                    .col(ColumnDef::new(AttendanceScans::IdempotencyKey).string_len(64).not_null().unique_key())
                    .foreign_key(
                        ForeignKey::create()
                            .from(AttendanceScans::Table, AttendanceScans::RegistrationId)
                            .to(Registrations::Table, Registrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AttendanceScans::Table, AttendanceScans::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AttendanceScans::Table, AttendanceScans::SessionId)
                            .to(EventSessions::Table, EventSessions::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AttendanceScans::Table, AttendanceScans::StaffUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AttendanceScans::Table, AttendanceScans::Undoes)
                            .to(AttendanceScans::Table, AttendanceScans::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Reports group by event and day; the console reads one registration's latest scans.
        manager
            .create_index(
                Index::create()
                    .name("ix_attendance_scans_event_day")
                    .table(AttendanceScans::Table)
                    .col(AttendanceScans::EventId)
                    .col(AttendanceScans::Day)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_attendance_scans_registration")
                    .table(AttendanceScans::Table)
                    .col(AttendanceScans::RegistrationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(AttendanceScans::Table).to_owned()).await
    }
}
