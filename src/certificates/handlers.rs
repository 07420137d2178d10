//! Handlers of certificates and badges: the organiser's page, issuing and revoking, the PDF
//! downloads (organiser, participant's manage link), the public verification page, badges.

use super::files::{badges_file, certificate_file};
use super::queries::VerifyQuery;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};

use super::code::VerificationCode;
use super::rules;
use super::views;
use crate::AppState;
use crate::error::Error;
use crate::web::extract::{DeskStaff, Page, PathId, PathIds, Staff};
use crate::web::see_other;

/// `GET /organiser/events/{id}/certificates`: the rule, each participant's days, the
/// certificates issued, the issue button.
pub async fn list_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let ov = rules::overview(&state.db, &staff, id, state.clock.now()).await?;
    Ok(views::overview(&page, &ov, None).into_response())
}

/// `POST /organiser/events/{id}/certificates/issue`
pub async fn issue(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let issued = rules::issue(&state.office, state.clock.now(), &staff, id).await?;
    let ov = rules::overview(&state.db, &staff, id, state.clock.now()).await?;
    Ok(views::overview(&page, &ov, Some(&issued)).into_response())
}

/// `POST /organiser/events/{id}/certificates/{certificate_id}/revoke`
pub async fn revoke(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathIds(id, certificate_id): PathIds,
) -> Result<Response, Error> {
    rules::revoke(&state.db, &staff, id, certificate_id, state.clock.now()).await?;
    Ok(see_other(&format!("/organiser/events/{id}/certificates")))
}

/// `GET /organiser/events/{id}/certificates/{certificate_id}/pdf`
pub async fn download(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathIds(id, certificate_id): PathIds,
) -> Result<Response, Error> {
    let p = rules::for_staff(&state.db, &staff, id, certificate_id).await?;
    Ok(certificate_file(&state, p).await?.into_response())
}

/// `GET /r/{token}/certificate`: the participant's certificate page (after the event, when
/// the manage page itself is closed).
pub async fn participant_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let p = rules::for_participant(&state.db, &token).await?;
    Ok(views::participant(&page.speaking(&p.registration.language), &p, &token).into_response())
}

/// `GET /r/{token}/certificate.pdf`
pub async fn participant_download(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, Error> {
    let p = rules::for_participant(&state.db, &token).await?;
    Ok(certificate_file(&state, p).await?.into_response())
}

/// `GET /certificates/verify`: the form, and with `?code=` the answer.
pub async fn verify_page(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<VerifyQuery>,
) -> Result<Response, Error> {
    let Some(raw) = q.code.filter(|c| !c.trim().is_empty()) else {
        return Ok(views::verify(&page, "", None).into_response());
    };
    let answer = match VerificationCode::parse(&raw) {
        Ok(code) => Ok(rules::verify(&state.db, &code).await?),
        Err(m) => Err(m),
    };
    let status =
        if answer.is_err() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok((status, views::verify(&page, &raw, Some(&answer))).into_response())
}

/// `GET /checkin/events/{id}/badges.pdf`: every confirmed participant's badge.
pub async fn event_badges(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    Ok(badges_file(&state, &staff, page.tr, id, None).await?.into_response())
}

/// `GET /checkin/events/{id}/badges/{registration_id}/pdf`: one participant's badge.
pub async fn one_badge(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    PathIds(id, registration_id): PathIds,
) -> Result<Response, Error> {
    Ok(badges_file(&state, &staff, page.tr, id, Some(registration_id)).await?.into_response())
}
