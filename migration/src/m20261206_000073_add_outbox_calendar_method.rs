use sea_orm_migration::prelude::*;

use super::m20261127_000024_create_outbox::Outbox;

/// The iTIP method of a message's calendar file (REQUEST, CANCEL or PUBLISH), stored with the
/// row so the transport types the attachment without reading the file. Messages queued
/// before it get the method their stored file declares.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Column {
    CalendarAttachment,
    CalendarMethod,
}

/// The methods Convene writes, in the form of the METHOD line of its files.
const METHODS: [&str; 3] = ["REQUEST", "CANCEL", "PUBLISH"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(ColumnDef::new(Column::CalendarMethod).string_len(16).null())
                    .to_owned(),
            )
            .await?;
        // Our files put each property on a line of its own between CRLFs; a TEXT value cannot
        // hold a bare CRLF (escaped, or folded with a leading space), so only the METHOD
        // property matches.
        for method in METHODS {
            let fill = Query::update()
                .table(Outbox::Table)
                .value(Column::CalendarMethod, method)
                .and_where(Expr::col(Column::CalendarMethod).is_null())
                .and_where(Expr::col(Column::CalendarAttachment).like(format!("%\r\nMETHOD:{method}\r\n%")))
                .to_owned();
            manager.exec_stmt(fill).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Outbox::Table).drop_column(Column::CalendarMethod).to_owned()).await
    }
}
