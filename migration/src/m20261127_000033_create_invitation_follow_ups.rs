use sea_orm_migration::prelude::*;

use super::m20261127_000021_create_invitations::Invitations;

/// Automatic follow-ups of unanswered invitations: at most one per invitation and number of
/// days before the registration deadline.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum InvitationFollowUps {
    Table,
    Id,
    InvitationId,
    DaysBefore,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(InvitationFollowUps::Table)
                    .col(ColumnDef::new(InvitationFollowUps::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(InvitationFollowUps::InvitationId).integer().not_null())
                    .col(ColumnDef::new(InvitationFollowUps::DaysBefore).integer().not_null())
                    .col(ColumnDef::new(InvitationFollowUps::SentAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(InvitationFollowUps::Table, InvitationFollowUps::InvitationId)
                            .to(Invitations::Table, Invitations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_invitation_follow_ups_invitation_days")
                    .table(InvitationFollowUps::Table)
                    .col(InvitationFollowUps::InvitationId)
                    .col(InvitationFollowUps::DaysBefore)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(InvitationFollowUps::Table).to_owned()).await
    }
}
