use sea_orm_migration::prelude::*;

/// Runs of scheduled jobs. The unique (job, scheduled_for) row is the claim: the instance whose
/// insert wins runs the tick, every other instance does nothing.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum JobRuns {
    Table,
    Id,
    Job,
    ScheduledFor,
    Trigger,
    StartedAt,
    FinishedAt,
    Outcome,
    Items,
    Error,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(JobRuns::Table)
                    .col(ColumnDef::new(JobRuns::Id).integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(JobRuns::Job).string_len(64).not_null())
                    .col(ColumnDef::new(JobRuns::ScheduledFor).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(JobRuns::Trigger).string_len(16).not_null())
                    .col(ColumnDef::new(JobRuns::StartedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(JobRuns::FinishedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(JobRuns::Outcome).string_len(16).not_null())
                    .col(ColumnDef::new(JobRuns::Items).integer().null())
                    .col(ColumnDef::new(JobRuns::Error).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_job_runs_job_scheduled_for")
                    .table(JobRuns::Table)
                    .col(JobRuns::Job)
                    .col(JobRuns::ScheduledFor)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(JobRuns::Table).to_owned()).await
    }
}
