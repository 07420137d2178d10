//! Handlers of certificates and badges: the organiser's page, issuing and revoking, the PDF
//! downloads (organiser, participant's manage link), the public verification page, badges.

use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::code::VerificationCode;
use super::printable::Printable;
use super::rules;
use super::{pdf, views};
use crate::AppState;
use crate::error::Error;
use crate::i18n::Tr;
use crate::invitations::Office;
use crate::mail;
use crate::web::extract::{DeskStaff, Page, PathId, PathIds, Staff};
use crate::web::see_other;

/// `?code=` of the verification page.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct VerifyQuery {
    /// The verification code printed on the certificate (dashes and case do not matter).
    pub code: Option<String>,
}

/// The certificate's PDF in its participant's language, as a download.
pub fn certificate_file(state: &AppState, p: &Printable) -> Result<Response, Error> {
    let lang = mail::ui_lang(&p.registration.language);
    let base_url = state.settings.public_base_url();
    let place = mail::event_summary(&p.event, &state.reference, lang, &base_url).place;
    let verify_url = format!("{base_url}/certificates/verify?code={}", p.certificate.verification_code);
    let body = pdf::certificate(Tr(lang), p, &place, &verify_url)?;
    let name = format!("certificate-{}-{}.pdf", p.event.id, p.certificate.verification_code);
    Ok(pdf_response(body, &name))
}

/// A PDF as an attachment that no shared cache keeps.
pub fn pdf_response(body: Vec<u8>, name: &str) -> Response {
    (
        [
            (CONTENT_TYPE, "application/pdf".to_owned()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

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
    let issued = rules::issue(&Office::of(&state), &staff, id).await?;
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
    certificate_file(&state, &p)
}

/// `GET /r/{token}/certificate`: the participant's certificate page (after the event, when
/// the manage page itself is closed).
pub async fn participant_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let p = rules::for_participant(&state.db, &token).await?;
    Ok(views::participant(&page, &p, &token).into_response())
}

/// `GET /r/{token}/certificate.pdf`
pub async fn participant_download(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, Error> {
    let p = rules::for_participant(&state.db, &token).await?;
    certificate_file(&state, &p)
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
    badges_file(&state, &staff, page.tr, id, None).await
}

/// `GET /checkin/events/{id}/badges/{registration_id}/pdf`: one participant's badge.
pub async fn one_badge(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    PathIds(id, registration_id): PathIds,
) -> Result<Response, Error> {
    badges_file(&state, &staff, page.tr, id, Some(registration_id)).await
}

/// The badges PDF (shared by the pages and the API).
pub async fn badges_file(
    state: &AppState,
    staff: &crate::auth::StaffUser,
    tr: Tr,
    event_id: i32,
    only: Option<i32>,
) -> Result<Response, Error> {
    let (e, badges) =
        rules::badges(&state.db, &state.reference, state.checkin_secret(), staff, event_id, only, tr).await?;
    let body = pdf::badges(&e.title, &badges)?;
    let name = match only {
        Some(r) => format!("badge-{}-{r}.pdf", e.id),
        None => format!("badges-{}.pdf", e.id),
    };
    Ok(pdf_response(body, &name))
}
