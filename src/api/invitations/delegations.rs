//! Delegations: a State invited through its focal point, and the people it nominates.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::DeliveryView;
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::entities::{delegation, person};
use crate::error::Error;
use crate::i18n::Lang;
use crate::invitations::delegations::{self, DelegationRow, Nominee};
use crate::invitations::input::{DelegationForm, DelegationInput};
use crate::invitations::rules::full_name;
use crate::web::extract::parse_id;
use crate::web::extract::{ApiCaller, ApiJson};

/// Invite a State: its focal point and seat quota.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct DelegationPayload {
    /// The State, ISO 3166-1 alpha-3.
    pub country: String,
    /// Seats the State may nominate, 1–50.
    pub seat_quota: i64,
    /// The focal point's address.
    pub email: String,
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    /// ar, zh, en (default), fr, ru or es
    pub language: Option<String>,
}

/// A person in a delegation view.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonView {
    pub id: i32,
    pub email: String,
    pub name: String,
}

impl From<&person::Model> for PersonView {
    fn from(p: &person::Model) -> Self {
        Self { id: p.id, email: p.email.clone(), name: full_name(p.title.as_deref(), &p.given_name, &p.family_name) }
    }
}

/// A delegation as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct DelegationView {
    pub id: i32,
    pub event_id: i32,
    /// ISO 3166-1 alpha-3.
    pub country: String,
    pub country_name: String,
    pub regional_group: Option<String>,
    pub seat_quota: i32,
    /// People nominated so far (revoked invitations excluded).
    pub nominated: usize,
    pub focal_point: PersonView,
    pub focal_invitation_id: Option<i32>,
    /// The focal point's invitation state (expiry applied).
    pub focal_state: Option<String>,
    pub delivery: Option<DeliveryView>,
    pub head_person_id: Option<i32>,
    pub note_verbale_ref: Option<String>,
    /// `YYYY-MM-DD`
    pub note_verbale_date: Option<String>,
    /// File name of the latest uploaded note verbale.
    pub note_verbale_file: Option<String>,
}

impl From<DelegationRow> for DelegationView {
    fn from(r: DelegationRow) -> Self {
        let d = r.delegation;
        Self {
            id: d.id,
            event_id: d.event_id,
            country: d.country_iso3,
            country_name: r.country_name,
            regional_group: r.regional_group,
            seat_quota: d.seat_quota,
            nominated: r.nominees.len(),
            focal_point: PersonView::from(&r.focal_point),
            focal_invitation_id: r.focal_invitation.as_ref().map(|i| i.id),
            focal_state: r.focal_state.map(|s| s.as_str().to_owned()),
            delivery: r.delivery.map(DeliveryView::from),
            head_person_id: d.head_person_id,
            note_verbale_ref: d.note_verbale_ref,
            note_verbale_date: d.note_verbale_date.map(|x| x.to_string()),
            note_verbale_file: r.note_verbale.map(|n| n.filename),
        }
    }
}

/// A nominee of a delegation.
#[derive(Debug, Serialize, ToSchema)]
pub struct NomineeView {
    pub invitation_id: i32,
    pub person_id: i32,
    pub email: String,
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub position: Option<String>,
    /// head_of_delegation or delegate
    pub role: String,
    pub head_of_delegation: bool,
    /// The nominee's invitation state.
    pub state: String,
}

impl From<Nominee> for NomineeView {
    fn from(n: Nominee) -> Self {
        let head = n.is_head();
        Self {
            invitation_id: n.invitation.id,
            person_id: n.person.id,
            email: n.person.email,
            title: n.person.title,
            given_name: n.person.given_name,
            family_name: n.person.family_name,
            position: n.invitation.position,
            role: n.invitation.role.as_str().to_owned(),
            head_of_delegation: head,
            state: n.shown.as_str().to_owned(),
        }
    }
}

/// A delegation with its nominees, head of delegation first.
#[derive(Debug, Serialize, ToSchema)]
pub struct NomineeList {
    pub delegation_id: i32,
    pub country: String,
    pub seat_quota: i32,
    pub items: Vec<NomineeView>,
}

fn nominee_list(d: delegation::Model, list: Vec<Nominee>) -> NomineeList {
    NomineeList {
        delegation_id: d.id,
        country: d.country_iso3,
        seat_quota: d.seat_quota,
        items: list.into_iter().map(NomineeView::from).collect(),
    }
}

/// List an event's delegations, by State name.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = Vec<DelegationView>)), security(("bearer" = [])))]
pub async fn list_delegations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<Vec<DelegationView>>, Error> {
    let (_, rows) = delegations::list(&state.office, state.clock.now(), &caller, parse_id(&id)?, Lang::En).await?;
    Ok(Json(rows.into_iter().map(DelegationView::from).collect()))
}

/// Invite a State: creates its delegation and emails its focal point a request for nominations.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path)), request_body = DelegationPayload,
    responses((status = 201, description = "Created: the new record", body = DelegationView)), security(("bearer" = [])))]
pub async fn create_delegation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DelegationPayload>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let form = DelegationForm {
        country: body.country,
        email: body.email,
        title: body.title.unwrap_or_default(),
        given_name: body.given_name,
        family_name: body.family_name,
        language: body.language.unwrap_or_default(),
        seat_quota: body.seat_quota.to_string(),
    };
    let input = DelegationInput::parse(&form).map_err(Error::Invalid)?;
    let office = &state.office;
    let created = delegations::create(office, state.clock.now(), &caller, id, &input).await?;
    let (_, rows) = delegations::list(office, state.clock.now(), &caller, id, Lang::En).await?;
    let view =
        rows.into_iter().find(|r| r.delegation.id == created.id).map(DelegationView::from).ok_or(Error::NotFound)?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// List a delegation's nominees, head of delegation first.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "invitations", params(("id" = i32, Path), ("delegation_id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = NomineeList)), security(("bearer" = [])))]
pub async fn list_nominees(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, did)): Path<(String, String)>,
) -> Result<Json<NomineeList>, Error> {
    let (d, list) =
        delegations::nominees(&state.office, state.clock.now(), &caller, parse_id(&id)?, parse_id(&did)?).await?;
    Ok(Json(nominee_list(d, list)))
}
