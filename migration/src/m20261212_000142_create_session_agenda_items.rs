use sea_orm_migration::prelude::*;

use super::m20261212_000140_create_agenda_items::AgendaItems;

/// Which agenda items a session of a meeting takes up (a session may take up several items,
/// an item may run over several sessions).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SessionAgendaItems {
    Table,
    SessionId,
    AgendaItemId,
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
                    .table(SessionAgendaItems::Table)
                    .col(ColumnDef::new(SessionAgendaItems::SessionId).integer().not_null())
                    .col(ColumnDef::new(SessionAgendaItems::AgendaItemId).integer().not_null())
                    .primary_key(
                        Index::create().col(SessionAgendaItems::SessionId).col(SessionAgendaItems::AgendaItemId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SessionAgendaItems::Table, SessionAgendaItems::SessionId)
                            .to(EventSessions::Table, EventSessions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SessionAgendaItems::Table, SessionAgendaItems::AgendaItemId)
                            .to(AgendaItems::Table, AgendaItems::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // The public agenda reads the sessions of each item.
        manager
            .create_index(
                Index::create()
                    .name("ix_session_agenda_items_item")
                    .table(SessionAgendaItems::Table)
                    .col(SessionAgendaItems::AgendaItemId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(SessionAgendaItems::Table).to_owned()).await
    }
}
