use sea_orm_migration::prelude::*;

/// Reports count entries that no undo row points at: an index on `undoes` makes that
/// `NOT EXISTS` a lookup instead of a scan of the event's log for every entry.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AttendanceScans {
    Table,
    Undoes,
    EventId,
    Direction,
    RegistrationId,
}

const NAME: &str = "ix_attendance_scans_undoes";
const ENTRIES: &str = "ix_attendance_scans_event_direction_registration";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create().name(NAME).table(AttendanceScans::Table).col(AttendanceScans::Undoes).to_owned(),
            )
            .await?;
        // The entries of a set of events, by registration, without reading the rows.
        manager
            .create_index(
                Index::create()
                    .name(ENTRIES)
                    .table(AttendanceScans::Table)
                    .col(AttendanceScans::EventId)
                    .col(AttendanceScans::Direction)
                    .col(AttendanceScans::RegistrationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(ENTRIES).table(AttendanceScans::Table).to_owned()).await?;
        manager.drop_index(Index::drop().name(NAME).table(AttendanceScans::Table).to_owned()).await
    }
}
