//! API handlers for invitations and delegations: thin wrappers over `invitations::rules` and
//! `invitations::delegations`, with the same rules and errors as the pages. One file per kind of
//! action: one person's invitation here, many at once in `import`, a State's in `delegations`.

pub mod delegations;
pub mod import;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::Office;
use crate::api::URL_IN_ROUTER;
use crate::error::Error;
use crate::invitations::input::{ExtendForm, InviteForm, Invitee, ListQuery};
use crate::invitations::rules::{self, Delivery, InvitationRow, Progress};
use crate::web::extract::parse_id;
use crate::web::extract::{ApiCaller, ApiJson};

/// A person to invite.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct InvitePayload {
    pub email: String,
    /// Honorific: Mr., Ms., H.E., Dr.
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    /// delegate, head_of_delegation, observer, expert, trainer, trainee, staff
    pub role: String,
    /// ar, zh, en (default), fr, ru or es: the language of the person's emails.
    pub language: Option<String>,
}

impl From<InvitePayload> for InviteForm {
    fn from(p: InvitePayload) -> Self {
        Self {
            email: p.email,
            title: p.title.unwrap_or_default(),
            given_name: p.given_name,
            family_name: p.family_name,
            organisation: p.organisation.unwrap_or_default(),
            country: p.country.unwrap_or_default(),
            role: p.role,
            language: p.language.unwrap_or_default(),
        }
    }
}

/// Delivery of an invitation's latest email.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryView {
    /// queued, sending, sent or failed
    pub state: String,
    /// The mail server's reply when delivery failed or is being retried.
    pub error: Option<String>,
}

impl From<Delivery> for DeliveryView {
    fn from(d: Delivery) -> Self {
        Self { state: d.state.as_str().to_owned(), error: d.error }
    }
}

/// An invitation as the API shows it (the link token is never shown: it goes by email only).
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationView {
    pub id: i32,
    pub event_id: i32,
    /// personal, or nomination (a State's focal point)
    pub kind: String,
    pub role: String,
    /// queued, sent, failed, opened, registered, declined, expired or revoked (expiry applied)
    pub state: String,
    pub person_id: i32,
    pub email: String,
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub language: String,
    /// The position a State gave its nominee.
    pub position: Option<String>,
    pub delegation_id: Option<i32>,
    /// UTC, RFC 3339.
    pub expires_at: String,
    pub sent_at: Option<String>,
    pub responded_at: Option<String>,
    pub reminders_sent: i32,
    pub last_reminded_at: Option<String>,
    pub delivery: Option<DeliveryView>,
    pub created_at: String,
}

impl From<InvitationRow> for InvitationView {
    fn from(r: InvitationRow) -> Self {
        let i = r.invitation;
        let p = r.person;
        Self {
            id: i.id,
            event_id: i.event_id,
            kind: i.kind.as_str().to_owned(),
            role: i.role.as_str().to_owned(),
            state: r.shown.as_str().to_owned(),
            person_id: p.id,
            email: p.email,
            title: p.title,
            given_name: p.given_name,
            family_name: p.family_name,
            organisation: p.organisation,
            country: p.country_iso3,
            language: i.language,
            position: i.position,
            delegation_id: i.delegation_id,
            expires_at: i.expires_at.to_rfc3339(),
            sent_at: i.sent_at.map(|t| t.to_rfc3339()),
            responded_at: i.responded_at.map(|t| t.to_rfc3339()),
            reminders_sent: i.reminders_sent,
            last_reminded_at: i.last_reminded_at.map(|t| t.to_rfc3339()),
            delivery: r.delivery.map(DeliveryView::from),
            created_at: i.created_at.to_rfc3339(),
        }
    }
}

/// One page of invitations, with the delivery progress of the whole event.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationList {
    pub items: Vec<InvitationView>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    pub progress: Progress,
}

/// A new expiry.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ExtendPayload {
    /// Last day of validity, `YYYY-MM-DD`, local to the event: a day that has not ended yet there.
    pub expires_on: String,
}

/// How many were reminded.
#[derive(Debug, Serialize, ToSchema)]
pub struct RemindResult {
    pub reminded: usize,
}

async fn one_row(
    office: &Office,
    caller: &crate::auth::StaffUser,
    event_id: i32,
    invitation_id: i32,
) -> Result<InvitationView, Error> {
    Ok(rules::one(office, office.now(), caller, event_id, invitation_id).await?.into())
}

/// List an event's invitations (50 per page, newest first), filtered by state.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path), ListQuery),
    responses((status = 200, description = "Done: the result", body = InvitationList)),
    security(("bearer" = [])))]
pub async fn list_invitations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    Query(q): Query<ListQuery>,
) -> Result<Json<InvitationList>, Error> {
    let filter = q.parse().map_err(Error::Invalid)?;
    let l = rules::list(&state.office, state.clock.now(), &caller, parse_id(&id)?, &filter).await?;
    Ok(Json(InvitationList {
        items: l.rows.into_iter().map(InvitationView::from).collect(),
        total: l.total,
        page: l.page,
        pages: l.pages,
        progress: l.progress,
    }))
}

/// Delivery progress of an event's invitations (each one's latest email).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = Progress)), security(("bearer" = [])))]
pub async fn invitation_progress(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<Progress>, Error> {
    Ok(Json(rules::progress(&state.office, &caller, parse_id(&id)?).await?))
}

/// Invite one person (one personal invitation per person and event).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path)), request_body = InvitePayload,
    responses((status = 201, description = "Created: the new record", body = InvitationView)),
    security(("bearer" = [])))]
pub async fn invite_one(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<InvitePayload>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let invitee = Invitee::parse(&InviteForm::from(body)).map_err(Error::Invalid)?;
    let office = &state.office;
    let created = rules::invite_one(office, state.clock.now(), &caller, id, &invitee).await?;
    Ok((StatusCode::CREATED, Json(one_row(office, &caller, id, created.id).await?)).into_response())
}

/// Send an invitation again with a new link (the old link stops working).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path), ("invitation_id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = InvitationView)), security(("bearer" = [])))]
pub async fn resend_invitation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, iid)): Path<(String, String)>,
) -> Result<Json<InvitationView>, Error> {
    let (id, iid) = (parse_id(&id)?, parse_id(&iid)?);
    let office = &state.office;
    rules::resend(office, state.clock.now(), &caller, id, iid).await?;
    Ok(Json(one_row(office, &caller, id, iid).await?))
}

/// Withdraw an invitation (its link stops working).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path), ("invitation_id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = InvitationView)), security(("bearer" = [])))]
pub async fn revoke_invitation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, iid)): Path<(String, String)>,
) -> Result<Json<InvitationView>, Error> {
    let (id, iid) = (parse_id(&id)?, parse_id(&iid)?);
    let office = &state.office;
    rules::revoke(office, state.clock.now(), &caller, id, iid).await?;
    Ok(Json(one_row(office, &caller, id, iid).await?))
}

/// Move an invitation's expiry to the end of a day (local to the event).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path), ("invitation_id" = i32, Path)), request_body = ExtendPayload,
    responses((status = 200, description = "Done: the result", body = InvitationView)), security(("bearer" = [])))]
pub async fn extend_invitation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, iid)): Path<(String, String)>,
    ApiJson(body): ApiJson<ExtendPayload>,
) -> Result<Json<InvitationView>, Error> {
    let (id, iid) = (parse_id(&id)?, parse_id(&iid)?);
    let until = ExtendForm { expires_on: body.expires_on }.parse().map_err(Error::Invalid)?;
    let office = &state.office;
    rules::extend(office, state.clock.now(), &caller, id, iid, until).await?;
    Ok(Json(one_row(office, &caller, id, iid).await?))
}

/// Remind everyone who has not answered (queued, sent or opened, not expired): a new link each.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = RemindResult)), security(("bearer" = [])))]
pub async fn remind_invitations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<RemindResult>, Error> {
    let reminded = rules::remind_all(&state.office, state.clock.now(), &caller, parse_id(&id)?).await?;
    Ok(Json(RemindResult { reminded }))
}
