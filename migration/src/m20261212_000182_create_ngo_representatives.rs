use sea_orm_migration::prelude::*;

use super::m20261212_000181_create_ngo_applications::NgoApplications;

/// The representatives an NGO names in its application; once it is accredited, each has the
/// invitation through which they register.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum NgoRepresentatives {
    Table,
    Id,
    ApplicationId,
    GivenName,
    FamilyName,
    Email,
    InvitationId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use NgoRepresentatives as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(ColumnDef::new(R::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(R::ApplicationId).integer().not_null())
                    .col(ColumnDef::new(R::GivenName).string_len(100).not_null())
                    .col(ColumnDef::new(R::FamilyName).string_len(100).not_null())
                    .col(ColumnDef::new(R::Email).string_len(320).not_null())
                    .col(ColumnDef::new(R::InvitationId).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(R::Table, R::ApplicationId)
                            .to(NgoApplications::Table, NgoApplications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One row per address in an application.
        manager
            .create_index(
                Index::create()
                    .name("ux_ngo_representatives_email")
                    .table(R::Table)
                    .col(R::ApplicationId)
                    .col(R::Email)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(NgoRepresentatives::Table).to_owned()).await
    }
}
