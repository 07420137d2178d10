//! Handlers of the webhook pages (admins only). Each parses, calls one rule, renders or
//! redirects.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::input::EndpointInput;
use super::{rules, views};
use crate::AppState;
use crate::domain::parse_page;
use crate::error::{Error, FieldErrors};
use crate::web::extract::{Admin, Page, PathId, PathIds};
use crate::web::see_other;

/// Repeated form fields (`event_type` appears once per kind ticked).
type Pairs = Vec<(String, String)>;

/// A new endpoint's form starts with every kind of change ticked and the endpoint on.
fn blank() -> EndpointInput {
    EndpointInput {
        event_types: crate::domain::WebhookKind::ALL.iter().map(|k| k.as_str().to_owned()).collect(),
        active: true,
        ..EndpointInput::default()
    }
}

/// `GET /admin/webhooks`
pub async fn list(State(state): State<AppState>, Admin(_): Admin, page: Page) -> Result<Response, Error> {
    let endpoints = rules::list(&state).await?;
    Ok(views::list(&page, &state.reference, &endpoints, &blank(), &FieldErrors::new()).into_response())
}

/// `POST /admin/webhooks`: registers an endpoint and opens its page (with its secret).
pub async fn create(
    State(state): State<AppState>,
    Admin(admin): Admin,
    page: Page,
    Form(form): Form<Pairs>,
) -> Result<Response, Error> {
    let input = EndpointInput::from_pairs(&form);
    match input.parse(&state.settings.webhooks, &state.reference) {
        Ok(new) => {
            let created = rules::create(&state, &admin, new, state.clock.now()).await?;
            Ok(see_other(&format!("/admin/webhooks/{}", created.id)))
        }
        Err(errors) => {
            let endpoints = rules::list(&state).await?;
            let view = views::list(&page, &state.reference, &endpoints, &input, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response())
        }
    }
}

/// `GET /admin/webhooks/{id}`
pub async fn endpoint(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let e = rules::get(&state, id).await?;
    Ok(views::endpoint(&page, &state.reference, &e, &views::input_of(&e), &FieldErrors::new()).into_response())
}

/// `POST /admin/webhooks/{id}`: changes the endpoint (unticking "active" disables it).
pub async fn update(
    State(state): State<AppState>,
    Admin(admin): Admin,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<Pairs>,
) -> Result<Response, Error> {
    let input = EndpointInput::from_pairs(&form);
    match input.parse(&state.settings.webhooks, &state.reference) {
        Ok(new) => {
            rules::update(&state, &admin, id, new, state.clock.now()).await?;
            Ok(see_other(&format!("/admin/webhooks/{id}")))
        }
        Err(errors) => {
            let e = rules::get(&state, id).await?;
            let view = views::endpoint(&page, &state.reference, &e, &input, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response())
        }
    }
}

/// `POST /admin/webhooks/{id}/delete`
pub async fn delete(State(state): State<AppState>, Admin(admin): Admin, PathId(id): PathId) -> Result<Response, Error> {
    rules::delete(&state, &admin, id, state.clock.now()).await?;
    Ok(see_other("/admin/webhooks"))
}

/// `?page=` of the delivery log.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LogQuery {
    /// The page asked for.
    pub page: String,
}

/// `GET /admin/webhooks/{id}/deliveries`: the log with each answer's status.
pub async fn deliveries(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    PathId(id): PathId,
    Query(q): Query<LogQuery>,
) -> Result<Response, Error> {
    let n = parse_page(&q.page).map_err(|m| {
        let mut e = FieldErrors::new();
        e.add("page", m);
        Error::Invalid(e)
    })?;
    let log = rules::log(&state, id, n).await?;
    Ok(views::log(&page, &log).into_response())
}

/// `POST /admin/webhooks/{id}/deliveries/{delivery}/redeliver`: "send again".
pub async fn redeliver(
    State(state): State<AppState>,
    Admin(admin): Admin,
    PathIds(id, delivery): PathIds,
) -> Result<Response, Error> {
    rules::redeliver(&state, &admin, id, delivery, state.clock.now()).await?;
    Ok(see_other(&format!("/admin/webhooks/{id}/deliveries")))
}
