//! API handlers of webhooks (admins only): endpoints (list, add, read, change, delete), their
//! delivery log, and "send again" — the same rules as the admin's pages.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::events::ApiErrorBody;
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::domain::parse_page;
use crate::entities::{webhook_delivery, webhook_endpoint};
use crate::error::{Error, FieldErrors};
use crate::web::extract::{ApiCaller, ApiJson, parse_id};
use crate::webhooks::dispatcher::delivery_id;
use crate::webhooks::input::{EndpointInput, kinds_of};
use crate::webhooks::rules;

/// An endpoint as an admin sends it.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct WebhookPayload {
    /// Where to post: `https://…`, or `http://` to a host listed in `webhooks.allowed_hosts`;
    /// no literal loopback, private, link-local or unique-local address.
    pub url: String,
    /// What it is for.
    pub description: String,
    /// A programme's code, or empty for every programme.
    pub programme: String,
    /// The kinds of change wanted (at least one).
    pub event_types: Vec<String>,
    /// Whether bodies may carry the person's name, email address and State.
    pub personal_data: bool,
    /// Whether deliveries go out (default true; false disables the endpoint).
    pub active: Option<bool>,
}

impl WebhookPayload {
    fn input(self) -> EndpointInput {
        EndpointInput {
            url: self.url,
            description: self.description,
            programme: self.programme,
            event_types: self.event_types,
            personal_data: self.personal_data,
            active: self.active.unwrap_or(true),
        }
    }
}

/// An endpoint.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookView {
    pub id: i32,
    pub url: String,
    pub description: String,
    /// Its programme; null for every programme.
    pub programme: Option<String>,
    pub event_types: Vec<String>,
    pub personal_data: bool,
    pub active: bool,
    /// The key of the signatures (`Convene-Webhook-Signature`).
    pub secret: String,
    pub created_at: String,
}

impl From<webhook_endpoint::Model> for WebhookView {
    fn from(e: webhook_endpoint::Model) -> Self {
        Self {
            id: e.id,
            event_types: kinds_of(&e.event_types).iter().map(|k| k.as_str().to_owned()).collect(),
            url: e.url,
            description: e.description,
            programme: e.programme_code,
            personal_data: e.personal_data,
            active: e.active,
            secret: e.secret,
            created_at: e.created_at.to_rfc3339(),
        }
    }
}

/// The endpoints.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookList {
    pub endpoints: Vec<WebhookView>,
}

/// One delivery of the log.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookDeliveryView {
    /// The row's id (for "send again").
    pub id: i32,
    /// The id the receiver sees (`Convene-Webhook-Id`), the same on every attempt.
    pub delivery_id: String,
    pub event_type: String,
    /// `queued`, `sending`, `delivered` or `failed`.
    pub state: String,
    pub attempts: i32,
    /// The status the endpoint last answered; null if it never answered.
    pub last_status: Option<i32>,
    pub last_error: Option<String>,
    pub occurred_at: String,
    /// When it is tried next (while queued).
    pub next_attempt_at: String,
    pub delivered_at: Option<String>,
}

impl From<webhook_delivery::Model> for WebhookDeliveryView {
    fn from(d: webhook_delivery::Model) -> Self {
        Self {
            id: d.id,
            delivery_id: delivery_id(d.id),
            event_type: d.event_type.as_str().to_owned(),
            state: d.state.as_str().to_owned(),
            attempts: d.attempts,
            last_status: d.last_status,
            last_error: d.last_error,
            occurred_at: d.occurred_at.to_rfc3339(),
            next_attempt_at: d.next_attempt_at.to_rfc3339(),
            delivered_at: d.delivered_at.map(|t| t.to_rfc3339()),
        }
    }
}

/// One page of an endpoint's deliveries, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookDeliveryList {
    pub deliveries: Vec<WebhookDeliveryView>,
    pub page: u64,
    pub pages: u64,
}

/// `?page=` of the log.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct DeliveriesQuery {
    /// The page (50 deliveries each), from 1.
    pub page: Option<String>,
}

fn admin(caller: &crate::auth::StaffUser) -> Result<(), Error> {
    if caller.is_admin() { Ok(()) } else { Err(Error::Forbidden) }
}

/// `GET /api/v1/admin/webhooks`
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "admin",
    responses((status = 200, description = "Done: the endpoints", body = WebhookList),
        (status = 403, description = "Not an admin", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn list_webhooks(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<Json<WebhookList>, Error> {
    admin(&caller)?;
    let endpoints = rules::list(&state).await?.into_iter().map(WebhookView::from).collect();
    Ok(Json(WebhookList { endpoints }))
}

/// `POST /api/v1/admin/webhooks`: registers an endpoint; its secret is in the answer.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "admin", request_body = WebhookPayload,
    responses((status = 201, description = "Created: the endpoint with its secret", body = WebhookView),
        (status = 403, description = "Not an admin", body = ApiErrorBody),
        (status = 422, description = "A field is invalid (an address webhooks may not reach names `url`)", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn create_webhook(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<WebhookPayload>,
) -> Result<(StatusCode, Json<WebhookView>), Error> {
    admin(&caller)?;
    let new = body.input().parse(&state.settings.webhooks, &state.reference).map_err(Error::Invalid)?;
    let created = rules::create(&state, &caller, new, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(created.into())))
}

/// `GET /api/v1/admin/webhooks/{id}`
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "admin", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the endpoint", body = WebhookView),
        (status = 403, description = "Not an admin", body = ApiErrorBody),
        (status = 404, description = "No such endpoint", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn get_webhook(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<WebhookView>, Error> {
    admin(&caller)?;
    Ok(Json(rules::get(&state, parse_id(&id)?).await?.into()))
}

/// `PUT /api/v1/admin/webhooks/{id}`: changes an endpoint (`active: false` disables it).
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "admin", params(("id" = i32, Path)), request_body = WebhookPayload,
    responses((status = 200, description = "Done: the endpoint", body = WebhookView),
        (status = 403, description = "Not an admin", body = ApiErrorBody),
        (status = 404, description = "No such endpoint", body = ApiErrorBody),
        (status = 422, description = "A field is invalid", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn update_webhook(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<WebhookPayload>,
) -> Result<Json<WebhookView>, Error> {
    admin(&caller)?;
    let id = parse_id(&id)?;
    let new = body.input().parse(&state.settings.webhooks, &state.reference).map_err(Error::Invalid)?;
    Ok(Json(rules::update(&state, &caller, id, new, state.clock.now()).await?.into()))
}

/// `DELETE /api/v1/admin/webhooks/{id}`: deletes the endpoint and its log.
#[utoipa::path(delete, path = URL_IN_ROUTER, tag = "admin", params(("id" = i32, Path)),
    responses((status = 204, description = "Done: nothing to return"),
        (status = 403, description = "Not an admin", body = ApiErrorBody),
        (status = 404, description = "No such endpoint", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn delete_webhook(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<StatusCode, Error> {
    admin(&caller)?;
    rules::delete(&state, &caller, parse_id(&id)?, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/admin/webhooks/{id}/deliveries`: the log, newest first, with each answer's
/// status, attempts and next try.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "admin", params(("id" = i32, Path), DeliveriesQuery),
    responses((status = 200, description = "Done: one page of the log", body = WebhookDeliveryList),
        (status = 403, description = "Not an admin", body = ApiErrorBody),
        (status = 404, description = "No such endpoint", body = ApiErrorBody),
        (status = 422, description = "A page out of bounds", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn list_deliveries(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    Query(q): Query<DeliveriesQuery>,
) -> Result<Json<WebhookDeliveryList>, Error> {
    admin(&caller)?;
    let id = parse_id(&id)?;
    let page = parse_page(q.page.as_deref().unwrap_or("")).map_err(|m| {
        let mut e = FieldErrors::new();
        e.add("page", m);
        Error::Invalid(e)
    })?;
    let log = rules::log(&state, id, page).await?;
    Ok(Json(WebhookDeliveryList {
        deliveries: log.deliveries.into_iter().map(WebhookDeliveryView::from).collect(),
        page: log.page,
        pages: log.pages,
    }))
}

/// `POST /api/v1/admin/webhooks/{id}/deliveries/{delivery_id}/redeliver`: sends a delivery
/// again at once, with the same id.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "admin", params(("id" = i32, Path), ("delivery_id" = i32, Path)),
    responses((status = 202, description = "Accepted: queued to be sent again"),
        (status = 403, description = "Not an admin", body = ApiErrorBody),
        (status = 404, description = "No such endpoint or delivery", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn redeliver(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, delivery)): Path<(String, String)>,
) -> Result<StatusCode, Error> {
    admin(&caller)?;
    rules::redeliver(&state, &caller, parse_id(&id)?, parse_id(&delivery)?, state.clock.now()).await?;
    Ok(StatusCode::ACCEPTED)
}
