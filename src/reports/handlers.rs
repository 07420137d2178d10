//! Handlers of the report pages and their downloads: parse, one rule call, render.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use super::rules::{self, Filters, RawFilters, ReportError};
use super::{export, views};
use crate::AppState;
use crate::error::{Error, FieldErrors};
use crate::web::errors::bad_filters;
use crate::web::extract::{Page, PathId, Staff};

/// Content type of an .xlsx file.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A downloadable file named `name`.
fn attachment(body: Vec<u8>, kind: &str, name: &str) -> Response {
    ([(CONTENT_TYPE, kind.to_owned()), (CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\""))], body)
        .into_response()
}

/// `GET /organiser/events/{id}/report`.
pub async fn event_report(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let report = rules::event_report(&state, &staff, id, state.clock.now()).await?;
    Ok(views::event_page(&page, &state.reference, &report).into_response())
}

/// `GET /organiser/events/{id}/report.csv`.
pub async fn event_report_csv(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let report = rules::event_report(&state, &staff, id, state.clock.now()).await?;
    let body = export::event_csv(&state.reference, page.tr.lang(), &report)?;
    Ok(attachment(body, "text/csv; charset=utf-8", &format!("report-event-{}.csv", report.event_id)))
}

/// `GET /organiser/events/{id}/report.xlsx`.
pub async fn event_report_xlsx(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let report = rules::event_report(&state, &staff, id, state.clock.now()).await?;
    let body = export::event_xlsx(&state.reference, page.tr.lang(), &report)?;
    Ok(attachment(body, XLSX, &format!("report-event-{}.xlsx", report.event_id)))
}

/// `GET /organiser/reports`: the filter form and the report across the matching events;
/// bad filters show the form again with their messages (400).
pub async fn programme_report(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Query(raw): Query<RawFilters>,
) -> Result<Response, Error> {
    let result = match Filters::parse(&raw, &state.reference) {
        Ok(filters) => rules::programme_report(&state, &staff, filters, state.clock.now()).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(report) => {
            Ok(views::programme_page(&page, &state.reference, &raw, Some(&report), &FieldErrors::new()).into_response())
        }
        Err(ReportError::InvalidFilters(errors)) => {
            Ok((StatusCode::BAD_REQUEST, views::programme_page(&page, &state.reference, &raw, None, &errors))
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// The report across events for a download, or the 400 of bad filters.
async fn programme_file(
    state: &AppState,
    staff: &crate::auth::StaffUser,
    raw: &RawFilters,
) -> Result<Result<rules::ProgrammeReport, Response>, Error> {
    let result = match Filters::parse(raw, &state.reference) {
        Ok(filters) => rules::programme_report(state, staff, filters, state.clock.now()).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(report) => Ok(Ok(report)),
        Err(ReportError::InvalidFilters(errors)) => Ok(Err(bad_filters(errors))),
        Err(e) => Err(e.into()),
    }
}

/// `GET /organiser/reports.csv`.
pub async fn programme_report_csv(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Query(raw): Query<RawFilters>,
) -> Result<Response, Error> {
    Ok(match programme_file(&state, &staff, &raw).await? {
        Ok(report) => attachment(
            export::programme_csv(&state.reference, page.tr.lang(), &report)?,
            "text/csv; charset=utf-8",
            "report.csv",
        ),
        Err(response) => response,
    })
}

/// `GET /organiser/reports.xlsx`.
pub async fn programme_report_xlsx(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Query(raw): Query<RawFilters>,
) -> Result<Response, Error> {
    Ok(match programme_file(&state, &staff, &raw).await? {
        Ok(report) => {
            attachment(export::programme_xlsx(&state.reference, page.tr.lang(), &report)?, XLSX, "report.xlsx")
        }
        Err(response) => response,
    })
}
