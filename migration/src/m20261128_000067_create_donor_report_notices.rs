use sea_orm_migration::prelude::*;

use super::m20261128_000061_create_donor_contacts::DonorContacts;

/// One row per donor contact and quarter whose report link was emailed, so the quarterly job
/// never sends the same quarter twice.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DonorReportNotices {
    Table,
    Id,
    ContactId,
    Quarter,
    QueuedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DonorReportNotices::Table)
                    .col(ColumnDef::new(DonorReportNotices::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(DonorReportNotices::ContactId).integer().not_null())
                    .col(ColumnDef::new(DonorReportNotices::Quarter).string_len(7).not_null())
                    .col(ColumnDef::new(DonorReportNotices::QueuedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(DonorReportNotices::Table, DonorReportNotices::ContactId)
                            .to(DonorContacts::Table, DonorContacts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_donor_report_notices_contact_quarter")
                    .table(DonorReportNotices::Table)
                    .col(DonorReportNotices::ContactId)
                    .col(DonorReportNotices::Quarter)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(DonorReportNotices::Table).to_owned()).await
    }
}
