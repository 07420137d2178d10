use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

use super::m20261127_000013_create_events::Events;

/// The person counts of an ended event (confirmed participants by gender, State and
/// organisation type, attended, certified), kept so that a report over years of events sums a
/// few rows per event instead of counting every registration again.
///
/// `version` goes up, by trigger, with every change to the event's registrations, attended
/// days or certificates; the counts are current only while `computed_version` equals it. The
/// triggers live in the database so that no write path can forget them.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EventFigures {
    Table,
    EventId,
    Version,
    ComputedVersion,
    Cells,
    ComputedAt,
}

/// The tables whose rows count, and the columns whose change matters (`None`: any insert or
/// delete; updates do not change what counts).
const SOURCES: [(&str, Option<&str>); 3] = [
    ("registrations", Some("state, gender, country_iso3, organisation_type, event_id")),
    ("attendance_days", None),
    ("certificates", Some("revoked_at, registration_id, event_id")),
];

const BUMP: &str = "UPDATE event_figures SET version = version + 1 WHERE event_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EventFigures::Table)
                    .col(ColumnDef::new(EventFigures::EventId).integer().not_null().primary_key())
                    .col(ColumnDef::new(EventFigures::Version).big_integer().not_null().default(0))
                    .col(ColumnDef::new(EventFigures::ComputedVersion).big_integer().null())
                    .col(ColumnDef::new(EventFigures::Cells).text().null())
                    .col(ColumnDef::new(EventFigures::ComputedAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventFigures::Table, EventFigures::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(&format!(
                    "CREATE OR REPLACE FUNCTION event_figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                     IF TG_OP <> 'INSERT' THEN {BUMP} = OLD.event_id; END IF; \
                     IF TG_OP <> 'DELETE' THEN {BUMP} = NEW.event_id; END IF; \
                     RETURN NULL; END $$"
                ))
                .await?;
                for (table, columns) in SOURCES {
                    let update = columns.map(|c| format!(" OR UPDATE OF {c}")).unwrap_or_default();
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_event_figures AFTER INSERT OR DELETE{update} ON {table} \
                         FOR EACH ROW EXECUTE FUNCTION event_figures_changed()"
                    ))
                    .await?;
                }
            }
            _ => {
                for (table, columns) in SOURCES {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_event_figures_insert AFTER INSERT ON {table} \
                         BEGIN {BUMP} = NEW.event_id; END"
                    ))
                    .await?;
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_event_figures_delete AFTER DELETE ON {table} \
                         BEGIN {BUMP} = OLD.event_id; END"
                    ))
                    .await?;
                    if let Some(c) = columns {
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {table}_event_figures_update AFTER UPDATE OF {c} ON {table} \
                             BEGIN {BUMP} IN (OLD.event_id, NEW.event_id); END"
                        ))
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                for (table, _) in SOURCES {
                    db.execute_unprepared(&format!("DROP TRIGGER {table}_event_figures ON {table}")).await?;
                }
                db.execute_unprepared("DROP FUNCTION event_figures_changed()").await?;
            }
            _ => {
                for (table, columns) in SOURCES {
                    let mut ops = vec!["insert", "delete"];
                    if columns.is_some() {
                        ops.push("update");
                    }
                    for op in ops {
                        db.execute_unprepared(&format!("DROP TRIGGER {table}_event_figures_{op}")).await?;
                    }
                }
            }
        }
        manager.drop_table(Table::drop().table(EventFigures::Table).to_owned()).await
    }
}
