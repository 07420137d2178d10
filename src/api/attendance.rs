//! API handlers of check-in and attendance: scan, undo, the sync of an offline batch, the
//! attendance log, and the revocation of a check-in code. Check-in staff may use the first
//! four for their event; organisers and admins for the events they manage.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use super::events::ApiErrorBody;
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::attendance::batch::{ItemAnswer, SyncAnswer, SyncBatch, answer, parse_batch};
use crate::attendance::input::ScanItem;
use crate::attendance::rules::{self, ItemResult};
use crate::error::Error;
use crate::web::extract::parse_id;
use crate::web::extract::{ApiCaller, ApiJson, DeskApiCaller, Page};

async fn one(
    state: &AppState,
    page: &Page,
    caller: &crate::auth::StaffUser,
    id: &str,
    item: ScanItem,
) -> Result<Response, Error> {
    let now = state.clock.now();
    let e = rules::scan_desk_event(&state.office, caller, parse_id(id)?).await?;
    let parsed = item.parse(now).map_err(Error::Invalid)?;
    let key = item.key.trim().to_owned();
    let mut results =
        rules::sync(&state.office, state.checkin_secret(), caller, &e, vec![(key.clone(), Ok(parsed))], now).await?;
    let result = results.pop().map(|r| r.result).unwrap_or(Err(Error::NotFound));
    // Refusals are the API's usual errors (409 with the reason, 404, 422).
    let outcome = result?;
    let created = matches!(outcome, rules::Outcome::Recorded(_));
    let registration_id = Some(outcome.registration_id());
    let body = answer(page.tr, ItemResult { key, registration_id, result: Ok(outcome) })?;
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(body)).into_response())
}

/// Check someone in (or out): by check-in code or registration id.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "attendance", params(("id" = i32, Path)), request_body = ScanItem,
    responses((status = 201, description = "recorded", body = ItemAnswer), (status = 200, description = "duplicate key, or already in (nothing recorded)", body = ItemAnswer), (status = 409, description = "refused, with the reason", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn scan(
    State(state): State<AppState>,
    DeskApiCaller(caller): DeskApiCaller,
    page: Page,
    Path(id): Path<String>,
    ApiJson(item): ApiJson<ScanItem>,
) -> Result<Response, Error> {
    one(&state, &page, &caller, &id, item).await
}

/// Take back a scan (recorded as another row of the log).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "attendance", params(("id" = i32, Path)), request_body = ScanItem,
    responses((status = 201, description = "Created: the new record", body = ItemAnswer), (status = 200, description = "duplicate key", body = ItemAnswer)),
    security(("bearer" = [])))]
pub async fn undo(
    State(state): State<AppState>,
    DeskApiCaller(caller): DeskApiCaller,
    page: Page,
    Path(id): Path<String>,
    ApiJson(mut item): ApiJson<ScanItem>,
) -> Result<Response, Error> {
    item.kind = Some("undo".into());
    one(&state, &page, &caller, &id, item).await
}

/// Replay a batch of scans queued offline; each item is answered on its own, keys seen before
/// are no-ops.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "attendance", params(("id" = i32, Path)), request_body = SyncBatch,
    responses((status = 200, description = "Done: the result", body = SyncAnswer)),
    security(("bearer" = [])))]
pub async fn sync(
    State(state): State<AppState>,
    DeskApiCaller(caller): DeskApiCaller,
    page: Page,
    Path(id): Path<String>,
    ApiJson(batch): ApiJson<SyncBatch>,
) -> Result<Json<SyncAnswer>, Error> {
    let now = state.clock.now();
    let e = rules::scan_desk_event(&state.office, &caller, parse_id(&id)?).await?;
    let results =
        rules::sync(&state.office, state.checkin_secret(), &caller, &e, parse_batch(&batch.items, now), now).await?;
    let items = results.into_iter().map(|r| answer(page.tr, r)).collect::<Result<_, _>>()?;
    Ok(Json(SyncAnswer { items }))
}

/// One row of the attendance log.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScanView {
    pub id: i32,
    pub registration_id: i32,
    /// The day it counts for, in the event's time zone.
    pub day: String,
    pub session_id: Option<i32>,
    /// entry, exit or undo
    pub direction: String,
    /// For an undo: the scan taken back.
    pub undoes: Option<i32>,
    pub scanned_at: String,
    pub recorded_at: String,
    pub device: Option<String>,
    pub staff_user_id: Option<i32>,
    /// qr, typed, search or walk_in
    pub method: String,
    pub key: String,
}

/// People in on one day.
#[derive(Debug, Serialize, ToSchema)]
pub struct DayCount {
    pub day: String,
    /// Distinct registrations with an entry not undone.
    pub people: usize,
}

/// An event's attendance: counts per day and the whole log.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttendanceView {
    pub event_id: i32,
    pub days: Vec<DayCount>,
    pub scans: Vec<ScanView>,
}

/// The attendance log of an event.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "attendance", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = AttendanceView)), security(("bearer" = [])))]
pub async fn attendance(
    State(state): State<AppState>,
    DeskApiCaller(caller): DeskApiCaller,
    Path(id): Path<String>,
) -> Result<Json<AttendanceView>, Error> {
    let e = rules::desk_event(&state.db.read, &caller, parse_id(&id)?).await?;
    let log = rules::log(&state.db.read, e.id).await?;
    let days =
        rules::present_per_day(&log).into_iter().map(|(d, n)| DayCount { day: d.to_string(), people: n }).collect();
    let scans = log
        .into_iter()
        .map(|s| ScanView {
            id: s.id,
            registration_id: s.registration_id,
            day: s.day.to_string(),
            session_id: s.session_id,
            direction: s.direction.as_str().to_owned(),
            undoes: s.undoes,
            scanned_at: s.scanned_at.to_rfc3339(),
            recorded_at: s.recorded_at.to_rfc3339(),
            device: s.device,
            staff_user_id: s.staff_user_id,
            method: s.method.as_str().to_owned(),
            key: s.idempotency_key,
        })
        .collect();
    Ok(Json(AttendanceView { event_id: e.id, days, scans }))
}

/// A registration's check-in code version after a revocation.
#[derive(Debug, Serialize, ToSchema)]
pub struct CodeRevoked {
    pub registration_id: i32,
    /// Codes of earlier versions no longer check anyone in.
    pub checkin_version: i32,
}

/// Revoke a registration's check-in code (organisers and admins): the codes already sent stop
/// working; the manage page shows the new one.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "attendance",
    params(("id" = i32, Path), ("registration_id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = CodeRevoked)), security(("bearer" = [])))]
pub async fn revoke_code(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, registration_id)): Path<(String, String)>,
) -> Result<Json<CodeRevoked>, Error> {
    let e = rules::desk_event(&state.db.read, &caller, parse_id(&id)?).await?;
    let r = rules::revoke_code(&state.db, &caller, &e, parse_id(&registration_id)?, state.clock.now()).await?;
    Ok(Json(CodeRevoked { registration_id: r.id, checkin_version: r.checkin_version }))
}
