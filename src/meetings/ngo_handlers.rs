//! Handlers of NGO accreditation: the public application form and its confirmation link, the
//! secretariat's applications page with its decisions, and the setting "admits NGOs". Each
//! parses, calls one rule, renders or redirects; a form in error comes back with 422.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::ngos::input::{ApplicationForm, ApplicationInput, parse_reason};
use super::ngos::{admit, apply, decide, listing, verify};
use super::views::ngos as views;
use crate::AppState;
use crate::error::Error;
use crate::web::extract::{Page, PathId, PathIds, Staff};
use crate::web::see_other;

/// The form of the setting "admits NGOs".
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AdmitsForm {
    /// A ticked checkbox.
    pub admits_ngos: Option<String>,
}

/// The decline form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DeclineForm {
    /// The secretariat's reason, told to the NGO.
    pub reason: String,
}

/// `GET /events/{id}/ngo-application`: the application form (only when the meeting admits NGOs).
pub async fn application_page(
    State(state): State<AppState>,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let e = apply::open_meeting(&state.db.read, id).await?;
    let form = ApplicationForm::default();
    Ok(views::application_form(&page, &state.reference, &e, &form, &Default::default()).into_response())
}

/// `POST /events/{id}/ngo-application`: records the application and emails the confirmation link.
pub async fn submit_application(
    State(state): State<AppState>,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<ApplicationForm>,
) -> Result<Response, Error> {
    let result = match ApplicationInput::parse(&form) {
        Ok(input) => apply::apply(&state.office, state.clock.now(), id, &input, page.tr.lang()).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(e) => Ok(views::notice_page(&page, &e, "ngo-sent-title", "ngo-sent-text").into_response()),
        Err(Error::Invalid(errors)) => {
            let e = apply::open_meeting(&state.db.read, id).await?;
            let body = views::application_form(&page, &state.reference, &e, &form, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
        Err(e) => Err(e),
    }
}

/// `GET /ngo/v/{token}`: what was sent, and the button confirming it (a GET changes nothing).
pub async fn confirm_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let (a, e) = verify::pending_confirmation(&state.office, &token, state.clock.now()).await?;
    Ok(views::confirm_page(&page, &state.reference, &token, &e, &a).into_response())
}

/// `POST /ngo/v/{token}`: confirms the contact address; the application goes to the secretariat.
pub async fn confirm(State(state): State<AppState>, page: Page, Path(token): Path<String>) -> Result<Response, Error> {
    let (_, e) = verify::confirm(&state.office, &token, state.clock.now()).await?;
    Ok(views::notice_page(&page, &e, "ngo-confirmed-title", "ngo-confirmed-text").into_response())
}

/// `POST /organiser/events/{id}/ngos/admit`: whether the meeting admits NGOs.
pub async fn set_admits(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathId(id): PathId,
    Form(form): Form<AdmitsForm>,
) -> Result<Response, Error> {
    admit::set_admits(&state.office, state.clock.now(), &staff, id, form.admits_ngos.is_some()).await?;
    Ok(see_other(&format!("/organiser/events/{id}/agenda#ngos")))
}

/// `GET /organiser/events/{id}/ngos`: the meeting's applications by state.
pub async fn applications_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let (e, apps) = listing::applications(&state.office, &staff, id).await?;
    Ok(views::applications_page(&page, &state.reference, &e, &apps, None).into_response())
}

/// `POST /organiser/events/{id}/ngos/{application_id}/accredit`
pub async fn accredit(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathIds(id, application_id): PathIds,
) -> Result<Response, Error> {
    decide::accredit(&state.office, state.clock.now(), &staff, id, application_id).await?;
    Ok(see_other(&format!("/organiser/events/{id}/ngos#ngos-accredited")))
}

/// `POST /organiser/events/{id}/ngos/{application_id}/decline`: a reason is required.
pub async fn decline(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, application_id): PathIds,
    Form(form): Form<DeclineForm>,
) -> Result<Response, Error> {
    let result = match parse_reason(&form.reason) {
        Ok(reason) => decide::decline(&state.office, state.clock.now(), &staff, id, application_id, &reason).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}/ngos#ngos-declined"))),
        Err(Error::Invalid(errors)) => {
            let (e, apps) = listing::applications(&state.office, &staff, id).await?;
            let body = views::applications_page(&page, &state.reference, &e, &apps, Some((application_id, &errors)));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
        Err(e) => Err(e),
    }
}
