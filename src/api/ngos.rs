//! API handlers of NGO accreditation: a meeting's confirmed applications (read), and the
//! secretariat's decision on one (accredit, or decline with a reason) — the pages' rules.

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::events::ApiErrorBody;
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::entities::ngo_application;
use crate::error::Error;
use crate::meetings::ngos::decide;
use crate::meetings::ngos::input::parse_reason;
use crate::meetings::ngos::listing::{self, Application};
use crate::web::extract::{ApiCaller, ApiJson, parse_id};

/// A representative named by an NGO.
#[derive(Debug, Serialize, ToSchema)]
pub struct NgoRepresentativeView {
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    /// Their invitation, once the NGO is accredited.
    pub invitation_id: Option<i32>,
}

/// An NGO's application for accreditation.
#[derive(Debug, Serialize, ToSchema)]
pub struct NgoApplicationView {
    pub id: i32,
    pub event_id: i32,
    pub organisation: String,
    /// general, special, roster or none
    pub ecosoc_status: String,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    pub website: Option<String>,
    pub contact_email: String,
    /// pending, accredited or declined
    pub state: String,
    /// The reason given when declined.
    pub decision_reason: Option<String>,
    /// UTC, RFC 3339.
    pub decided_at: Option<String>,
    pub representatives: Vec<NgoRepresentativeView>,
}

impl NgoApplicationView {
    fn of(a: ngo_application::Model, representatives: Vec<NgoRepresentativeView>) -> Self {
        Self {
            id: a.id,
            event_id: a.event_id,
            organisation: a.organisation,
            ecosoc_status: a.ecosoc_status.as_str().to_owned(),
            country: a.country_iso3,
            website: a.website,
            contact_email: a.contact_email,
            state: a.state.as_str().to_owned(),
            decision_reason: a.decision_reason,
            decided_at: a.decided_at.map(|t| t.to_rfc3339()),
            representatives,
        }
    }
}

impl From<Application> for NgoApplicationView {
    fn from(a: Application) -> Self {
        let reps = a
            .representatives
            .into_iter()
            .map(|r| NgoRepresentativeView {
                given_name: r.given_name,
                family_name: r.family_name,
                email: r.email,
                invitation_id: r.invitation_id,
            })
            .collect();
        Self::of(a.application, reps)
    }
}

/// A meeting's confirmed applications, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct NgoApplicationList {
    pub event_id: i32,
    pub items: Vec<NgoApplicationView>,
}

/// Why an application is declined.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct NgoDeclinePayload {
    /// Told to the NGO's contact; 1 to 2000 characters.
    pub reason: String,
}

/// List a meeting's NGO applications (confirmed ones: pending, accredited, declined).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the applications", body = NgoApplicationList),
        (status = 409, description = "The event is not a meeting", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn list_ngo_applications(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<NgoApplicationList>, Error> {
    let (e, apps) = listing::applications(&state.office, &caller, parse_id(&id)?).await?;
    Ok(Json(NgoApplicationList { event_id: e.id, items: apps.into_iter().map(Into::into).collect() }))
}

/// Accredit an NGO: each representative is invited to register (emailed), the contact is told.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("application_id" = i32, Path)),
    responses((status = 200, description = "Done: the application", body = NgoApplicationView),
        (status = 409, description = "Decided already, or the meeting is over", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn accredit_ngo(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, application)): Path<(String, String)>,
) -> Result<Json<NgoApplicationView>, Error> {
    let (id, application) = (parse_id(&id)?, parse_id(&application)?);
    let after = decide::accredit(&state.office, state.clock.now(), &caller, id, application).await?;
    Ok(Json(NgoApplicationView::of(after, Vec::new())))
}

/// Decline an NGO's application with a reason, told to its contact.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("application_id" = i32, Path)), request_body = NgoDeclinePayload,
    responses((status = 200, description = "Done: the application", body = NgoApplicationView),
        (status = 409, description = "Decided already", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn decline_ngo(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, application)): Path<(String, String)>,
    ApiJson(body): ApiJson<NgoDeclinePayload>,
) -> Result<Json<NgoApplicationView>, Error> {
    let (id, application) = (parse_id(&id)?, parse_id(&application)?);
    let reason = parse_reason(&body.reason).map_err(Error::Invalid)?;
    let after = decide::decline(&state.office, state.clock.now(), &caller, id, application, &reason).await?;
    Ok(Json(NgoApplicationView::of(after, Vec::new())))
}
