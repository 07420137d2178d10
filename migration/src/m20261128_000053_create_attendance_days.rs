use sea_orm_migration::prelude::*;

use super::m20261127_000013_create_events::Events;
use super::m20261127_000022_create_registrations::Registrations;

/// The days each participant attended, kept beside the scan log by the scan's own transaction:
/// one row per registration and day with an entry scan not undone, counting those entries.
/// Reports, certificates and the donor report read these rows instead of working attendance
/// out of the log (an entry, then a search for its undo) on every request.
///
/// An undo now has a unique `undoes`: a scan is taken back once, so the count of entries a
/// day row holds can go down only once per entry.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AttendanceDays {
    Table,
    RegistrationId,
    EventId,
    Day,
    Entries,
}

#[derive(DeriveIden)]
enum AttendanceScans {
    Table,
    Undoes,
}

const OLD_UNDOES: &str = "ix_attendance_scans_undoes";
const UNIQUE_UNDOES: &str = "ux_attendance_scans_undoes";
const EVENT_DAY: &str = "ix_attendance_days_event_day";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // Two undos of one scan (possible before this index) say the same thing; the first stays.
        db.execute_unprepared(
            "DELETE FROM attendance_scans WHERE undoes IS NOT NULL AND id NOT IN \
             (SELECT MIN(u.id) FROM attendance_scans u WHERE u.undoes IS NOT NULL GROUP BY u.undoes)",
        )
        .await?;
        manager.drop_index(Index::drop().name(OLD_UNDOES).table(AttendanceScans::Table).to_owned()).await?;
        manager
            .create_index(
                Index::create()
                    .name(UNIQUE_UNDOES)
                    .table(AttendanceScans::Table)
                    .col(AttendanceScans::Undoes)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AttendanceDays::Table)
                    .col(ColumnDef::new(AttendanceDays::RegistrationId).integer().not_null())
                    .col(ColumnDef::new(AttendanceDays::EventId).integer().not_null())
                    .col(ColumnDef::new(AttendanceDays::Day).date().not_null())
                    .col(ColumnDef::new(AttendanceDays::Entries).integer().not_null())
                    .primary_key(Index::create().col(AttendanceDays::RegistrationId).col(AttendanceDays::Day))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AttendanceDays::Table, AttendanceDays::RegistrationId)
                            .to(Registrations::Table, Registrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AttendanceDays::Table, AttendanceDays::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(EVENT_DAY)
                    .table(AttendanceDays::Table)
                    .col(AttendanceDays::EventId)
                    .col(AttendanceDays::Day)
                    .col(AttendanceDays::RegistrationId)
                    .to_owned(),
            )
            .await?;
        // The days already in the log.
        db.execute_unprepared(
            "INSERT INTO attendance_days (registration_id, event_id, day, entries) \
             SELECT s.registration_id, MIN(s.event_id), s.day, COUNT(*) FROM attendance_scans s \
             WHERE s.direction = 'entry' AND NOT EXISTS (SELECT 1 FROM attendance_scans u WHERE u.undoes = s.id) \
             GROUP BY s.registration_id, s.day",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(AttendanceDays::Table).to_owned()).await?;
        manager.drop_index(Index::drop().name(UNIQUE_UNDOES).table(AttendanceScans::Table).to_owned()).await?;
        manager
            .create_index(
                Index::create().name(OLD_UNDOES).table(AttendanceScans::Table).col(AttendanceScans::Undoes).to_owned(),
            )
            .await
    }
}
