//! The claim of a tick and the record of its run. `job_runs` has a unique (job,
//! scheduled_for) row: it is inserted before the work starts, so of several instances woken
//! for the same tick exactly one inserts it and runs; the others get a unique-key violation
//! and do nothing. The row then records the end, the outcome and the items handled.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, SqlErr,
};

use super::schedule::Schedule;
use super::{JobName, work};
use crate::Office;
use crate::entities::job_run::{self, Model};
use crate::error::{Error, Msg, Result};

/// What started a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// A tick of the job's cron schedule.
    Schedule,
    /// An admin's "run now" (page, API or CLI).
    Manual,
}

impl Trigger {
    fn as_str(self) -> &'static str {
        match self {
            Trigger::Schedule => "schedule",
            Trigger::Manual => "manual",
        }
    }
}

/// Outcomes recorded on a run.
pub mod outcome {
    /// Claimed and not finished (or its instance died mid-run).
    pub const RUNNING: &str = "running";
    /// Finished without error.
    pub const SUCCEEDED: &str = "succeeded";
    /// Finished with an error (kept in `error`).
    pub const FAILED: &str = "failed";
}

/// Claims the run of `job` for `scheduled_for`; `None` when another instance (or an earlier
/// attempt) already claimed it.
pub async fn claim<C: ConnectionTrait>(
    db: &C,
    job: JobName,
    scheduled_for: DateTime<Utc>,
    trigger: Trigger,
    now: DateTime<Utc>,
) -> Result<Option<Model>> {
    let row = job_run::ActiveModel {
        job: Set(job.as_str().to_owned()),
        scheduled_for: Set(scheduled_for),
        trigger: Set(trigger.as_str().to_owned()),
        started_at: Set(now),
        finished_at: Set(None),
        outcome: Set(outcome::RUNNING.to_owned()),
        items: Set(None),
        error: Set(None),
        ..Default::default()
    };
    match row.insert(db).await {
        Ok(run) => Ok(Some(run)),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// What a failed run's record says. Run records are shown on the admin page and in the API,
/// so they never carry the cause (database text names tables, keys and values): the cause is
/// logged with the run's id, which this message gives.
pub fn failure_notice(run_id: i32) -> String {
    format!("the run stopped on an unexpected error; its cause is in the server log (job run {run_id})")
}

/// Records how a claimed run ended.
pub async fn finish<C: ConnectionTrait>(db: &C, run: Model, result: &Result<u64>, now: DateTime<Utc>) -> Result<Model> {
    let id = run.id;
    let mut model: job_run::ActiveModel = run.into();
    model.finished_at = Set(Some(now));
    match result {
        Ok(items) => {
            model.outcome = Set(outcome::SUCCEEDED.to_owned());
            model.items = Set(Some(i32::try_from(*items).unwrap_or(i32::MAX)));
        }
        Err(_) => {
            model.outcome = Set(outcome::FAILED.to_owned());
            model.error = Set(Some(failure_notice(id)));
        }
    }
    Ok(model.update(db).await?)
}

/// Claims the tick `scheduled_for` of `job` and, if this instance won it, does the work and
/// records the outcome. Returns the finished run, or `None` when another instance has it.
pub async fn run_tick(
    office: &Office,
    job: JobName,
    scheduled_for: DateTime<Utc>,
    trigger: Trigger,
) -> Result<Option<Model>> {
    let Some(run) = claim(&office.db.write, job, scheduled_for, trigger, office.clock.now()).await? else {
        tracing::debug!(job.name = job.as_str(), "tick claimed by another instance");
        return Ok(None);
    };
    let result = work(office, job, office.clock.now()).await;
    match &result {
        // Most ticks find nothing to do: those are routine, not news.
        Ok(0) => tracing::debug!(job.name = job.as_str(), job.run_id = run.id, job.items = 0, "job run finished"),
        Ok(items) => {
            tracing::info!(job.name = job.as_str(), job.run_id = run.id, job.items = items, "job run finished")
        }
        Err(e) => tracing::error!(job.name = job.as_str(), job.run_id = run.id, error = %e, "job run failed"),
    }
    Ok(Some(finish(&office.db.write, run, &result, office.clock.now()).await?))
}

/// Runs the tick of `job` due at the clock's now (the latest tick of its schedule not after
/// now), if no instance claimed it yet. The scheduler calls this when it fires; tests call it
/// with a fixed clock to drive a tick cycle without sleeping.
pub async fn run_due(office: &Office, job: JobName) -> Result<Option<Model>> {
    let (_, cron) = job.settings(&office.settings.jobs);
    let schedule = Schedule::parse(cron).map_err(Error::Internal)?;
    match schedule.due_at(office.clock.now()) {
        Some(tick) => run_tick(office, job, tick, Trigger::Schedule).await,
        None => Ok(None),
    }
}

/// An admin's "run now": a run claimed for the current instant, whatever the schedule.
pub async fn run_now(office: &Office, job: JobName) -> Result<Model> {
    run_tick(office, job, office.clock.now(), Trigger::Manual)
        .await?
        .ok_or_else(|| Error::Conflict(Msg::new("jobs-err-already-running")))
}

/// The latest runs of `job`, newest first.
pub async fn last_runs<C: ConnectionTrait>(db: &C, job: JobName, limit: u64) -> Result<Vec<Model>> {
    Ok(job_run::Entity::find()
        .filter(job_run::Column::Job.eq(job.as_str()))
        .order_by_desc(job_run::Column::StartedAt)
        .order_by_desc(job_run::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// One job as the admin page and the API show it.
#[derive(Debug, Clone)]
pub struct JobStatus {
    /// The job.
    pub name: JobName,
    /// Whether the scheduler runs it (and the scheduler is on).
    pub scheduled: bool,
    /// Its cron expression.
    pub cron: String,
    /// Its latest run, if any.
    pub last_run: Option<Model>,
    /// Its next tick after `now`, when scheduled.
    pub next_run: Option<DateTime<Utc>>,
}

/// Every job with its schedule, latest run and next tick.
pub async fn overview(office: &Office, now: DateTime<Utc>) -> Result<Vec<JobStatus>> {
    let mut out = Vec::with_capacity(JobName::ALL.len());
    for name in JobName::ALL {
        let (enabled, cron) = name.settings(&office.settings.jobs);
        let scheduled = enabled && office.settings.jobs.scheduler;
        let next_run = if scheduled { Schedule::parse(cron).ok().and_then(|s| s.next_after(now)) } else { None };
        let last_run = last_runs(&office.db.read, name, 1).await?.into_iter().next();
        out.push(JobStatus { name, scheduled, cron: cron.to_owned(), last_run, next_run });
    }
    Ok(out)
}
