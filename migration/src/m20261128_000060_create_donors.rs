use sea_orm_migration::prelude::*;

/// Donors of extrabudgetary funding: governments, intergovernmental bodies, foundations, others.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// The donors table, for the migrations that refer to it.
#[derive(DeriveIden)]
pub enum Donors {
    Table,
    Id,
    Name,
    Kind,
    CountryIso3,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Donors::Table)
                    .col(ColumnDef::new(Donors::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Donors::Name).string_len(200).not_null().unique_key())
                    .col(ColumnDef::new(Donors::Kind).string_len(32).not_null())
                    .col(ColumnDef::new(Donors::CountryIso3).string_len(3).null())
                    .col(ColumnDef::new(Donors::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Donors::UpdatedAt).timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Donors::Table).to_owned()).await
    }
}
