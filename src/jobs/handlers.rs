//! Handlers of the admin's jobs page and the organiser's preview of reminders.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{JobName, reminders, runs, views};
use crate::AppState;
use crate::error::Error;
use crate::web::extract::{Admin, Page, PathId, Staff};
use crate::web::see_other;

/// `?ran=` after a "run now".
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RanQuery {
    /// The job just run.
    pub ran: Option<String>,
}

/// `GET /admin/jobs`: every job with its schedule, latest run and next run.
pub async fn list_jobs(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    Query(q): Query<RanQuery>,
) -> Result<Response, Error> {
    let jobs = runs::overview(&state, state.clock.now()).await?;
    let ran = q.ran.and_then(|r| r.parse::<JobName>().ok());
    Ok(views::jobs(&page, &jobs, ran, state.settings.jobs.scheduler).into_response())
}

/// `POST /admin/jobs/{name}/run`: runs the job now, then shows the list with its outcome.
pub async fn run_job(
    State(state): State<AppState>,
    Admin(_): Admin,
    Path(name): Path<String>,
) -> Result<Response, Error> {
    let job: JobName = name.parse()?;
    runs::run_now(&state, job).await?;
    Ok(see_other(&format!("/admin/jobs?ran={job}")))
}

/// `GET /organiser/events/{id}/reminders`: who will get which reminder when.
pub async fn reminders_preview(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let event = crate::events::rules::managed_event(&state.db.read, &staff, id).await?;
    let settings = &state.settings.jobs.event_reminders;
    let rows = reminders::preview(&state.db.read, &event, settings, state.clock.now()).await?;
    Ok(views::reminders(&page, &event, &rows, settings.enabled && state.settings.jobs.scheduler).into_response())
}
