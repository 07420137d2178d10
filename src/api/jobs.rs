//! API handlers of the scheduled jobs (admins only): list, latest runs of one job, run now.

use axum::Json;
use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::auth::StaffUser;
use crate::entities::job_run;
use crate::error::{Error, FieldErrors, Msg};
use crate::jobs::{JobName, runs};
use crate::web::extract::ApiCaller;

/// One run of a job.
#[derive(Debug, Serialize, ToSchema)]
pub struct JobRunView {
    pub id: i32,
    pub job: String,
    /// The tick this run was claimed for (the current instant for a manual run).
    pub scheduled_for: String,
    /// schedule or manual
    pub trigger: String,
    pub started_at: String,
    pub finished_at: Option<String>,
    /// running, succeeded or failed
    pub outcome: String,
    /// Items handled (emails queued, offers lapsed, rows deleted, messages sent).
    pub items: Option<i32>,
    pub error: Option<String>,
}

impl From<job_run::Model> for JobRunView {
    fn from(r: job_run::Model) -> Self {
        Self {
            id: r.id,
            job: r.job,
            scheduled_for: r.scheduled_for.to_rfc3339(),
            trigger: r.trigger,
            started_at: r.started_at.to_rfc3339(),
            finished_at: r.finished_at.map(|t| t.to_rfc3339()),
            outcome: r.outcome,
            items: r.items,
            // Older records may hold the raw cause; the answer never does.
            error: r.error.map(|_| runs::failure_notice(r.id)),
        }
    }
}

/// A job with its schedule, latest run and next run.
#[derive(Debug, Serialize, ToSchema)]
pub struct JobView {
    /// event_reminders, invitation_follow_ups, offer_expiry, token_purge or outbox_dispatch
    pub name: String,
    /// Cron expression, seconds first, UTC.
    pub cron: String,
    /// Whether the scheduler runs it here.
    pub scheduled: bool,
    pub last_run: Option<JobRunView>,
    pub next_run: Option<String>,
}

/// `?limit=` of the runs list.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct RunsQuery {
    /// At most this many runs, newest first (1–200, default 20).
    pub limit: Option<String>,
}

impl RunsQuery {
    /// The number of runs asked for; anything but a whole number from 1 to 200 names `limit`.
    fn limit(&self) -> Result<u64, Error> {
        match self.limit.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            None => Ok(20),
            Some(l) => match l.parse::<u64>() {
                Ok(n) if (1..=200).contains(&n) => Ok(n),
                _ => Err(FieldErrors::single("limit", Msg::new("jobs-err-limit"))),
            },
        }
    }
}

fn admin(caller: &StaffUser) -> Result<(), Error> {
    if caller.is_admin() { Ok(()) } else { Err(Error::Forbidden) }
}

/// `GET /api/v1/admin/jobs`
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "admin",
    responses((status = 200, description = "Done: the result", body = [JobView])), security(("bearer" = [])))]
pub async fn list_jobs(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<Json<Vec<JobView>>, Error> {
    admin(&caller)?;
    let jobs = runs::overview(&state, state.clock.now()).await?;
    Ok(Json(
        jobs.into_iter()
            .map(|j| JobView {
                name: j.name.as_str().to_owned(),
                cron: j.cron,
                scheduled: j.scheduled,
                last_run: j.last_run.map(JobRunView::from),
                next_run: j.next_run.map(|t| t.to_rfc3339()),
            })
            .collect(),
    ))
}

/// `GET /api/v1/admin/jobs/{name}/runs`
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "admin", params(("name" = String, Path), RunsQuery),
    responses((status = 200, description = "Done: the result", body = [JobRunView])), security(("bearer" = [])))]
pub async fn list_runs(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(name): Path<String>,
    Query(q): Query<RunsQuery>,
) -> Result<Json<Vec<JobRunView>>, Error> {
    admin(&caller)?;
    let job: JobName = name.parse()?;
    let rows = runs::last_runs(&state.db.read, job, q.limit()?).await?;
    Ok(Json(rows.into_iter().map(JobRunView::from).collect()))
}

/// `POST /api/v1/admin/jobs/{name}/run`: runs the job now and returns the finished run.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "admin", params(("name" = String, Path)),
    responses((status = 200, description = "Done: the result", body = JobRunView)), security(("bearer" = [])))]
pub async fn run_job(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(name): Path<String>,
) -> Result<Json<JobRunView>, Error> {
    admin(&caller)?;
    let job: JobName = name.parse()?;
    Ok(Json(runs::run_now(&state, job).await?.into()))
}
