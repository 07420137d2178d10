use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

/// Room for the rows every registration updates.
///
/// - An invitation's state changes when it is opened and answered. Its index on (event,
///   state) made each change write a new entry in all four of the table's indexes; without it
///   PostgreSQL updates the row in place on its page (a HOT update) where the page has room,
///   which a fill factor of 80 leaves. Lists by event and state use the (event, person, kind)
///   index instead.
/// - An event's row takes every seat of its event. An office holds a few hundred events, so
///   packed they fill two or three pages, and PostgreSQL then plans a sequential scan of them
///   for every seat, every foreign-key check and every join, reading the dead versions of all
///   events' rows each time. At a fill factor of 10 each event has a page of its own: lookups
///   by id use the primary key, and a page holds the versions of one event's seats only.
///   Events created from now on get a page each; existing ones keep the pages they share.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Invitations {
    Table,
    EventId,
    State,
}

const INDEX: &str = "idx_invitations_event_state";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(INDEX).table(Invitations::Table).to_owned()).await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            let db = manager.get_connection();
            db.execute_unprepared("ALTER TABLE invitations SET (fillfactor = 80)").await?;
            db.execute_unprepared("ALTER TABLE events SET (fillfactor = 10)").await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Postgres {
            let db = manager.get_connection();
            db.execute_unprepared("ALTER TABLE invitations RESET (fillfactor)").await?;
            db.execute_unprepared("ALTER TABLE events RESET (fillfactor)").await?;
        }
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(Invitations::Table)
                    .col(Invitations::EventId)
                    .col(Invitations::State)
                    .to_owned(),
            )
            .await
    }
}
