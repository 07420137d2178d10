//! Handlers of side events' pages: the public request form, its confirmation link, the public
//! programme and its .ics feed, and the secretariat's requests with approval and decline. Each
//! parses, calls one rule, renders or redirects; a form in error is shown again with 422 (409
//! for a clash such as a room already held).

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use super::side_events::{self as rules, ApproveForm, DeclineForm, RequestForm};
use super::views::{self, DecisionForms};
use crate::AppState;
use crate::error::{Error, FieldErrors};
use crate::web::extract::{Page, PathId, PathIds, Staff};
use crate::web::see_other;

/// The status and fields of a refused form, or the error itself when it is no form's fault.
fn refused(e: Error) -> Result<(StatusCode, FieldErrors), Error> {
    match e {
        Error::Invalid(errors) => Ok((StatusCode::UNPROCESSABLE_ENTITY, errors)),
        Error::Clash(errors) => Ok((StatusCode::CONFLICT, errors)),
        other => Err(other),
    }
}

/// `GET /events/{id}/side-events/request`: the request form.
pub async fn request_page(State(state): State<AppState>, page: Page, PathId(id): PathId) -> Result<Response, Error> {
    let event = super::public_meeting(&state.db.read, id).await?;
    Ok(views::request_page(&page, &event, &RequestForm::default(), &FieldErrors::new()).into_response())
}

/// `POST /events/{id}/side-events/request`: records the request and emails the link confirming it.
pub async fn send_request(
    State(state): State<AppState>,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<RequestForm>,
) -> Result<Response, Error> {
    let result = match form.parse() {
        Ok(input) => rules::request(&state.office, state.clock.now(), id, &input, page.tr.lang()).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(event) => {
            state.mailer.wake();
            Ok(views::check_your_email(&page, &event).into_response())
        }
        Err(e) => {
            let (status, errors) = refused(e)?;
            let event = super::public_meeting(&state.db.read, id).await?;
            Ok((status, views::request_page(&page, &event, &form, &errors)).into_response())
        }
    }
}

/// `GET /side-events/confirm/{token}`: the request behind the link, and the button confirming it.
pub async fn confirm_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let (s, event) = rules::confirmation(&state.db.read, &token, state.clock.now()).await?;
    let page = page.speaking(&s.language);
    Ok(views::confirm_page(&page, &token, &s, &event).into_response())
}

/// `POST /side-events/confirm/{token}`: confirms the request; it reaches the secretariat.
pub async fn confirm(State(state): State<AppState>, page: Page, Path(token): Path<String>) -> Result<Response, Error> {
    let (s, event) = rules::confirm(&state.office, state.clock.now(), &token).await?;
    let page = page.speaking(&s.language);
    Ok(views::confirmed_page(&page, &s, &event).into_response())
}

/// `GET /events/{id}/side-events`: the programme of side events.
pub async fn programme_page(State(state): State<AppState>, page: Page, PathId(id): PathId) -> Result<Response, Error> {
    let programme = rules::programme(&state.office, id).await?;
    let open = programme.event.status == crate::domain::EventStatus::Published
        && state.clock.now().date_naive() <= programme.event.end_date;
    Ok(views::programme_page(&page, &programme, open).into_response())
}

/// `GET /events/{id}/side-events.ics`: the programme as a calendar file.
pub async fn programme_ics(State(state): State<AppState>, PathId(id): PathId) -> Result<Response, Error> {
    let programme = rules::programme(&state.office, id).await?;
    let body = rules::programme_ics(state.calendar_publisher(), &programme, state.clock.now());
    Ok((
        [
            (CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (CONTENT_DISPOSITION, format!("inline; filename=\"side-events-{id}.ics\"")),
            (CACHE_CONTROL, "public, max-age=300".to_owned()),
        ],
        body,
    )
        .into_response())
}

/// `GET /organiser/events/{id}/side-events`: the confirmed requests by status.
pub async fn requests_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let requests = rules::requests(&state.office, &staff, id).await?;
    Ok(views::requests_page(&page, &requests).into_response())
}

/// `GET /organiser/events/{id}/side-events/{side_event_id}`: one request and its decision forms.
pub async fn request_detail(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, side_event_id): PathIds,
) -> Result<Response, Error> {
    let (event, s, rooms) = rules::request_for_staff(&state.office, &staff, id, side_event_id).await?;
    let forms = DecisionForms { rooms: &rooms, ..DecisionForms::default() };
    Ok(views::request_detail_page(&page, &event, &s, &forms).into_response())
}

/// `POST /organiser/events/{id}/side-events/{side_event_id}/approve`: approves with a room and a time.
pub async fn approve(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, side_event_id): PathIds,
    Form(form): Form<ApproveForm>,
) -> Result<Response, Error> {
    let result = match form.parse() {
        Ok(a) => rules::approve(&state.office, state.clock.now(), &staff, id, side_event_id, &a).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(_) => {
            state.mailer.wake();
            Ok(see_other(&format!("/organiser/events/{id}/side-events")))
        }
        Err(e) => {
            let (status, errors) = refused(e)?;
            let (event, s, rooms) = rules::request_for_staff(&state.office, &staff, id, side_event_id).await?;
            let forms =
                DecisionForms { approve: form, approve_errors: errors, rooms: &rooms, ..DecisionForms::default() };
            Ok((status, views::request_detail_page(&page, &event, &s, &forms)).into_response())
        }
    }
}

/// `POST /organiser/events/{id}/side-events/{side_event_id}/decline`: declines with a reason.
pub async fn decline(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, side_event_id): PathIds,
    Form(form): Form<DeclineForm>,
) -> Result<Response, Error> {
    let result = match form.parse() {
        Ok(reason) => rules::decline(&state.office, state.clock.now(), &staff, id, side_event_id, &reason).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(_) => {
            state.mailer.wake();
            Ok(see_other(&format!("/organiser/events/{id}/side-events")))
        }
        Err(e) => {
            let (status, errors) = refused(e)?;
            let (event, s, rooms) = rules::request_for_staff(&state.office, &staff, id, side_event_id).await?;
            let forms =
                DecisionForms { decline: form, decline_errors: errors, rooms: &rooms, ..DecisionForms::default() };
            Ok((status, views::request_detail_page(&page, &event, &s, &forms)).into_response())
        }
    }
}
