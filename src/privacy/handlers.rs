//! Handlers of the privacy pages: the public notice, and the admin's view of the next erasure
//! with its early run for one event and the erasure of one person on request. Each parses,
//! calls one rule, renders or redirects.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::CACHE_CONTROL;
use axum::response::{IntoResponse, Response};

use super::input::{ConfirmForm, OverviewQuery, PersonForm, PersonQuery};
use super::rules;
use super::views::{self, Search};
use crate::AppState;
use crate::error::{Error, FieldErrors};
use crate::export::Download;
use crate::web::extract::{Admin, Page, PathId};
use crate::web::see_other;

/// `GET /privacy`: how long personal data is kept, what is erased and what stays.
pub async fn notice(State(state): State<AppState>, page: Page) -> Response {
    views::notice(&page, &state.settings.privacy).into_response()
}

/// `GET /r/{token}/data`: everything held about the person of this manage link, in their
/// language; a link the manage page refuses is refused alike.
pub async fn your_data_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let (data, language) = rules::behind_link(&state.db, &token, state.clock.now()).await?;
    let page = page.speaking(&language);
    let body = super::access_views::page(&page, &state.reference, &data, &token);
    Ok(([(CACHE_CONTROL, "no-store")], body).into_response())
}

/// `GET /r/{token}/data.json`: the same as a JSON file to keep.
pub async fn your_data_json(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, Error> {
    let (data, _) = rules::behind_link(&state.db, &token, state.clock.now()).await?;
    json_file(&data, "convene-personal-data.json".to_owned())
}

/// `GET /admin/privacy/people/{id}/data.json`: the person's data for an admin answering a
/// subject access request.
pub async fn person_data_json(
    State(state): State<AppState>,
    Admin(_): Admin,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let data = rules::personal_data(&state.db.read, id, state.clock.now()).await?;
    json_file(&data, format!("convene-personal-data-{id}.json"))
}

/// The data as a JSON attachment that no cache keeps.
fn json_file(data: &rules::PersonalData, filename: String) -> Result<Response, Error> {
    let body = serde_json::to_vec_pretty(data).map_err(|e| Error::Internal(e.to_string()))?;
    let file = Download { content_type: "application/json", filename, body, inline: false };
    Ok(([(CACHE_CONTROL, "no-store")], file).into_response())
}

/// `GET /admin/privacy`: what the next run will erase, event by event, and the search of a
/// person by address (found: their page).
pub async fn overview(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    Query(q): Query<OverviewQuery>,
) -> Result<Response, Error> {
    let (search, errors) = match q.search() {
        Ok(None) => (Search::None, FieldErrors::new()),
        Ok(Some(email)) => match rules::find_by_email(&state.db.read, &email).await? {
            Some(id) => return Ok(see_other(&format!("/admin/privacy/people/{id}"))),
            None => (Search::NotFound, FieldErrors::new()),
        },
        Err(errors) => (Search::None, errors),
    };
    let now = state.clock.now();
    let at = rules::next_run(&state, now);
    let plan = rules::plan(&state.db.read, &state.settings.privacy, at).await?;
    let erased = match q.erased {
        Some(id) => rules::event_erased(&state.db.read, id).await?.map(|(_, counts)| counts),
        None => None,
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = views::Overview { plan: &plan, scheduled: at != now, settings: &state.settings.privacy, erased };
    Ok((status, views::overview(&page, &view, &q.email, search, &errors)).into_response())
}

/// `GET /admin/privacy/events/{id}`: what erasing the event now takes, and the form to do it.
pub async fn event_page(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let (due, _) = rules::due_event(&state, id, state.clock.now()).await?;
    Ok(views::event(&page, &due, &FieldErrors::new()).into_response())
}

/// `POST /admin/privacy/events/{id}/erase`: the early run for this event, once ticked.
pub async fn erase_event(
    State(state): State<AppState>,
    Admin(admin): Admin,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, Error> {
    let now = state.clock.now();
    if let Err(errors) = form.parse() {
        let (due, _) = rules::due_event(&state, id, now).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, views::event(&page, &due, &errors)).into_response());
    }
    rules::erase_event(&state, &admin, id, now).await?;
    Ok(see_other(&format!("/admin/privacy?erased={id}")))
}

/// `GET /admin/privacy/people/{id}`: the person, their events, what erasing them takes.
pub async fn person_page(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    PathId(id): PathId,
    Query(q): Query<PersonQuery>,
) -> Result<Response, Error> {
    let file = rules::person_file(&state.db.read, id).await?;
    let done = match q.erased {
        Some(_) => rules::person_erased(&state.db.read, id).await?.map(|(_, counts)| counts),
        None => None,
    };
    Ok(views::person(&page, &file, done, &PersonForm::default(), &FieldErrors::new()).into_response())
}

/// `POST /admin/privacy/people/{id}/erase`: erases the person across events, with the reason.
pub async fn erase_person(
    State(state): State<AppState>,
    Admin(admin): Admin,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<PersonForm>,
) -> Result<Response, Error> {
    match form.parse() {
        Ok(reason) => {
            rules::erase_person(&state, &admin, id, &reason, state.clock.now()).await?;
            Ok(see_other(&format!("/admin/privacy/people/{id}?erased=1")))
        }
        Err(errors) => {
            let file = rules::person_file(&state.db.read, id).await?;
            let body = views::person(&page, &file, None, &form, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
    }
}
