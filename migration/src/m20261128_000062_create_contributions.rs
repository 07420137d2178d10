use sea_orm_migration::prelude::*;

use super::m20261128_000060_create_donors::Donors;

/// Voluntary contributions: amounts in minor units of their currency, the USD equivalent at
/// the recorded rate, earmarking, and the running total allocated to events.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// The contributions table.
#[derive(DeriveIden)]
pub enum Contributions {
    Table,
    Id,
    DonorId,
    AmountMinor,
    Currency,
    UsdRateMicros,
    UsdMinor,
    AllocatedMinor,
    PledgedOn,
    ReceivedOn,
    TrustFund,
    EarmarkKind,
    EarmarkRef,
    Conditions,
    PeriodStart,
    PeriodEnd,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Contributions::Table)
                    .col(ColumnDef::new(Contributions::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Contributions::DonorId).integer().not_null())
                    .col(ColumnDef::new(Contributions::AmountMinor).big_integer().not_null())
                    .col(ColumnDef::new(Contributions::Currency).string_len(3).not_null())
                    // USD per unit of the currency, times 1,000,000: an exact integer, never a float.
                    .col(ColumnDef::new(Contributions::UsdRateMicros).big_integer().not_null())
                    .col(ColumnDef::new(Contributions::UsdMinor).big_integer().not_null())
                    // Kept beside the allocations so a conditional update can refuse over-allocation.
                    .col(ColumnDef::new(Contributions::AllocatedMinor).big_integer().not_null().default(0))
                    .col(ColumnDef::new(Contributions::PledgedOn).date().not_null())
                    .col(ColumnDef::new(Contributions::ReceivedOn).date().null())
                    .col(ColumnDef::new(Contributions::TrustFund).string_len(64).not_null())
                    .col(ColumnDef::new(Contributions::EarmarkKind).string_len(16).not_null())
                    .col(ColumnDef::new(Contributions::EarmarkRef).string_len(64).null())
                    .col(ColumnDef::new(Contributions::Conditions).text().not_null())
                    .col(ColumnDef::new(Contributions::PeriodStart).date().not_null())
                    .col(ColumnDef::new(Contributions::PeriodEnd).date().not_null())
                    .col(ColumnDef::new(Contributions::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Contributions::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Contributions::Table, Contributions::DonorId)
                            .to(Donors::Table, Donors::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .check(Expr::col(Contributions::AllocatedMinor).lte(Expr::col(Contributions::AmountMinor)))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_contributions_donor")
                    .table(Contributions::Table)
                    .col(Contributions::DonorId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Contributions::Table).to_owned()).await
    }
}
