//! API handlers of the reports: one event's report and the report across events, as JSON —
//! the same rules and rights as the organiser's pages.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};

use super::events::ApiErrorBody;
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::error::Error;
use crate::reports::rules::{self, EventReport, Filters, ProgrammeReport, RawFilters, ReportError};
use crate::web::errors::bad_filters;
use crate::web::extract::ApiCaller;
use crate::web::extract::parse_id;

/// The report of one event: funnel, attendance per day and session, breakdowns.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "reports", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = EventReport)), security(("bearer" = [])))]
pub async fn event_report(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<EventReport>, Error> {
    Ok(Json(rules::event_report(&state, &caller, parse_id(&id)?, state.clock.now()).await?))
}

/// The report across the published events matching the filters (organisers: their
/// programmes). Bad filters are 400 with the fields named.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "reports", params(RawFilters),
    responses((status = 200, description = "Done: the result", body = ProgrammeReport), (status = 400, description = "Bad filters: `fields` names each (an unknown code, a date that is not one, `to` before `from`)", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn programme_report(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Query(raw): Query<RawFilters>,
) -> Result<Response, Error> {
    let result = match Filters::parse(&raw, &state.reference) {
        Ok(filters) => rules::programme_report(&state, &caller, filters, state.clock.now()).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(report) => Ok(Json(report).into_response()),
        Err(ReportError::InvalidFilters(fields)) => Ok(bad_filters(fields)),
        Err(e) => Err(e.into()),
    }
}
