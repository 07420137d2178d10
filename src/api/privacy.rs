//! API handlers of personal data (admins only): what the next erasure takes, its early run for
//! one event, the erasure of one person on request — the same rules as the admin's pages — and
//! everything held about one person (subject access).

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::events::ApiErrorBody;
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::error::{Error, FieldErrors};
use crate::privacy::rules::{self, Counts, PersonalData, Reason};
use crate::web::extract::{ApiCaller, ApiJson, parse_id};

/// An event past its retention period that the next run erases.
#[derive(Debug, Serialize, ToSchema)]
pub struct DueEventView {
    pub id: i32,
    pub title: String,
    pub start_date: String,
    pub end_date: String,
    /// The last day its personal data was to be kept.
    pub kept_until: String,
    /// What its erasure takes.
    pub counts: Counts,
}

/// What the next run of the erasure takes.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErasurePlanView {
    /// When it runs (RFC 3339; now when the job is not scheduled).
    pub next_run: String,
    /// Whether the job runs on a schedule.
    pub scheduled: bool,
    /// The office's retention period, in months after an event's last day.
    pub retention_months: u32,
    /// Whether issued lists of participants are kept.
    pub keep_issued_lists: bool,
    /// The events it erases, oldest first.
    pub events: Vec<DueEventView>,
}

/// What an erasure changed.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErasureView {
    pub counts: Counts,
}

/// Why a person is erased on request.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct PersonErasurePayload {
    /// The request received, its date and reference (kept in the audit log; no name or address).
    pub reason: String,
}

fn admin(caller: &crate::auth::StaffUser) -> Result<(), Error> {
    if caller.is_admin() { Ok(()) } else { Err(Error::Forbidden) }
}

/// `GET /api/v1/admin/privacy`
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "admin",
    responses((status = 200, description = "Done: the result", body = ErasurePlanView),
        (status = 403, description = "Not an admin", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn erasure_plan(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<Json<ErasurePlanView>, Error> {
    admin(&caller)?;
    let now = state.clock.now();
    let at = rules::next_run(&state, now);
    let plan = rules::plan(&state.db.read, &state.settings.privacy, at).await?;
    let events = plan
        .due
        .into_iter()
        .map(|e| DueEventView {
            id: e.id,
            title: e.title,
            start_date: e.start_date.to_string(),
            end_date: e.end_date.to_string(),
            kept_until: e.kept_until.to_string(),
            counts: e.counts,
        })
        .collect();
    Ok(Json(ErasurePlanView {
        next_run: at.to_rfc3339(),
        scheduled: at != now,
        retention_months: state.settings.privacy.retention_months,
        keep_issued_lists: state.settings.privacy.keep_issued_lists,
        events,
    }))
}

/// `POST /api/v1/admin/privacy/events/{id}/erase`: the early run for one event the next run
/// would erase; 409 when it is still within its retention period or holds nothing left.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "admin", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: what was erased", body = ErasureView),
        (status = 403, description = "Not an admin", body = ApiErrorBody),
        (status = 404, description = "No such event", body = ApiErrorBody),
        (status = 409, description = "Still within its retention period, or nothing left to erase", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn erase_event(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<ErasureView>, Error> {
    admin(&caller)?;
    let counts = rules::erase_event(&state, &caller, parse_id(&id)?, state.clock.now()).await?;
    Ok(Json(ErasureView { counts }))
}

/// `POST /api/v1/admin/privacy/people/{id}/erase`: erases one person across all events, for the
/// reason given; 409 when erased already.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "admin", params(("id" = i32, Path)), request_body = PersonErasurePayload,
    responses((status = 200, description = "Done: what was erased", body = ErasureView),
        (status = 403, description = "Not an admin", body = ApiErrorBody),
        (status = 404, description = "No such person", body = ApiErrorBody),
        (status = 409, description = "Erased already", body = ApiErrorBody),
        (status = 422, description = "No reason, or a reason too long", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn erase_person(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<PersonErasurePayload>,
) -> Result<Json<ErasureView>, Error> {
    admin(&caller)?;
    let id = parse_id(&id)?;
    let reason = Reason::parse(&body.reason).map_err(|m| FieldErrors::single("reason", m))?;
    let counts = rules::erase_person(&state, &caller, id, &reason, state.clock.now()).await?;
    Ok(Json(ErasureView { counts }))
}

/// `GET /api/v1/people/{id}/data`: everything held about one person, across every event (an
/// answer to a subject access request) — the same as the person's own download.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "admin", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the person's data", body = PersonalData),
        (status = 403, description = "Not an admin", body = ApiErrorBody),
        (status = 404, description = "No such person", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn personal_data(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<PersonalData>, Error> {
    admin(&caller)?;
    Ok(Json(rules::personal_data(&state.db.read, parse_id(&id)?, state.clock.now()).await?))
}
