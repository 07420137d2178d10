//! tokio-cron-scheduler inside `serve`: one in-memory cron job per enabled job. Every instance
//! fires every tick; [`runs::run_due`] claims it so only one instance does the work.

use tokio_cron_scheduler::{Job, JobScheduler};

use super::{JobName, runs};
use crate::Office;

/// Starts the scheduler with every enabled job; returns it so it lives as long as the server.
/// Does nothing (returns `None`) when `jobs.scheduler` is off.
pub async fn start(office: Office) -> Result<Option<JobScheduler>, String> {
    if !office.settings.jobs.scheduler {
        return Ok(None);
    }
    let scheduler = JobScheduler::new().await.map_err(|e| format!("jobs: cannot start the scheduler: {e}"))?;
    for name in JobName::ALL {
        let (enabled, cron) = name.settings(&office.settings.jobs);
        if !enabled {
            continue;
        }
        let office = office.clone();
        let job = Job::new_async(cron, move |_id, _scheduler| {
            let office = office.clone();
            Box::pin(async move {
                if let Err(e) = runs::run_due(&office, name).await {
                    tracing::error!(job.name = name.as_str(), error = %e, "job tick failed");
                }
            })
        })
        .map_err(|e| format!("jobs.{name}.cron: {e}"))?;
        scheduler.add(job).await.map_err(|e| format!("jobs.{name}: cannot be scheduled: {e}"))?;
    }
    scheduler.start().await.map_err(|e| format!("jobs: cannot start the scheduler: {e}"))?;
    Ok(Some(scheduler))
}
