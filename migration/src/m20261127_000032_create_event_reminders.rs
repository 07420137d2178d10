use sea_orm_migration::prelude::*;

use super::m20261127_000022_create_registrations::Registrations;

/// Reminders sent to participants before an event: one row per registration, reminder kind
/// (days before) and the event start date it was for, so a rerun sends nothing twice while an
/// event moved to a new date gets its reminders again.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EventReminders {
    Table,
    Id,
    RegistrationId,
    DaysBefore,
    EventStartDate,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EventReminders::Table)
                    .col(ColumnDef::new(EventReminders::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(EventReminders::RegistrationId).integer().not_null())
                    .col(ColumnDef::new(EventReminders::DaysBefore).integer().not_null())
                    .col(ColumnDef::new(EventReminders::EventStartDate).date().not_null())
                    .col(ColumnDef::new(EventReminders::SentAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventReminders::Table, EventReminders::RegistrationId)
                            .to(Registrations::Table, Registrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_event_reminders_registration_kind_date")
                    .table(EventReminders::Table)
                    .col(EventReminders::RegistrationId)
                    .col(EventReminders::DaysBefore)
                    .col(EventReminders::EventStartDate)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(EventReminders::Table).to_owned()).await
    }
}
