//! API handlers of funding: donors, contacts, contributions, event allocations and budgets
//! (staff, Bearer token), a donor's report (admins), and the signed-in donor contact's own
//! report (its donor session cookie; read only).

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::donors::input::{AllocationForm, BudgetLineForm, ContactForm, ContributionForm, DonorForm};
use crate::donors::report::{self, DonorReport, Selection};
use crate::donors::rules::{self, EventFunding};
use crate::entities::{contribution, donor};
use crate::error::Error;
use crate::i18n::Lang;
use crate::web::extract::Donor;
use crate::web::extract::parse_id;
use crate::web::extract::{ApiCaller, ApiJson};

/// A donor.
#[derive(Debug, Serialize, ToSchema)]
pub struct DonorView {
    pub id: i32,
    pub name: String,
    /// government, intergovernmental, foundation or other
    pub kind: String,
    /// ISO3 of a government donor.
    pub country: Option<String>,
}

impl From<donor::Model> for DonorView {
    fn from(d: donor::Model) -> Self {
        Self { id: d.id, name: d.name, kind: d.kind.as_str().to_owned(), country: d.country_iso3 }
    }
}

/// A contribution; amounts in minor units of its currency, USD in cents.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionView {
    pub id: i32,
    pub donor_id: i32,
    pub currency: String,
    pub amount_minor: i64,
    /// USD per unit of the currency, in millionths.
    pub usd_rate_micros: i64,
    pub usd_minor: i64,
    pub allocated_minor: i64,
    pub balance_minor: i64,
    pub pledged_on: String,
    pub received_on: Option<String>,
    pub trust_fund: String,
    pub earmark: String,
    pub earmark_ref: Option<String>,
    pub conditions: String,
    pub period_start: String,
    pub period_end: String,
}

impl From<contribution::Model> for ContributionView {
    fn from(c: contribution::Model) -> Self {
        Self {
            id: c.id,
            donor_id: c.donor_id,
            balance_minor: c.amount_minor - c.allocated_minor,
            currency: c.currency,
            amount_minor: c.amount_minor,
            usd_rate_micros: c.usd_rate_micros,
            usd_minor: c.usd_minor,
            allocated_minor: c.allocated_minor,
            pledged_on: c.pledged_on.to_string(),
            received_on: c.received_on.map(|d| d.to_string()),
            trust_fund: c.trust_fund,
            earmark: c.earmark_kind.as_str().to_owned(),
            earmark_ref: c.earmark_ref,
            conditions: c.conditions,
            period_start: c.period_start.to_string(),
            period_end: c.period_end.to_string(),
        }
    }
}

/// A donor with its contacts (ids and names only) and contributions.
#[derive(Debug, Serialize, ToSchema)]
pub struct DonorFileView {
    pub donor: DonorView,
    /// (id, name) of each contact.
    pub contacts: Vec<ContactView>,
    pub contributions: Vec<ContributionView>,
}

/// A donor contact.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContactView {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub language: String,
}

// One answer type per kind of record created, so that the document names what each
// operation creates (a client, or a test following links, tells a donor's id from a contact's).

/// The id of a donor just recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct DonorCreated {
    pub id: i32,
}

/// The id of a donor contact just added.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContactCreated {
    pub id: i32,
}

/// The id of a contribution just recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionCreated {
    pub id: i32,
}

/// The id of an allocation just made.
#[derive(Debug, Serialize, ToSchema)]
pub struct AllocationCreated {
    pub id: i32,
}

/// `?view=` of a report: `all`, `year:2025` or `programme:1540`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    pub view: String,
}

/// `GET /api/v1/donors`
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "funding",
    responses((status = 200, description = "Done: the result", body = [DonorView])), security(("bearer" = [])))]
pub async fn list_donors(
    State(state): State<AppState>,
    ApiCaller(_): ApiCaller,
) -> Result<Json<Vec<DonorView>>, Error> {
    Ok(Json(rules::list_donors(&state.db.read).await?.into_iter().map(DonorView::from).collect()))
}

/// `POST /api/v1/donors`
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "funding", request_body = DonorForm,
    responses((status = 201, description = "Created: the new record", body = DonorCreated)), security(("bearer" = [])))]
pub async fn create_donor(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<DonorForm>,
) -> Result<(StatusCode, Json<DonorCreated>), Error> {
    let id = rules::create_donor(&state.db, &state.reference, &caller, body.parse()?, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(DonorCreated { id })))
}

/// `GET /api/v1/donors/{id}`
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "funding", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = DonorFileView)), security(("bearer" = [])))]
pub async fn get_donor(
    State(state): State<AppState>,
    ApiCaller(_): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<DonorFileView>, Error> {
    let id = parse_id(&id)?;
    let f = rules::donor_file(&state.db.read, id).await?;
    Ok(Json(DonorFileView {
        donor: f.donor.into(),
        contacts: f
            .contacts
            .into_iter()
            .map(|c| ContactView { id: c.id, name: c.name, email: c.email, language: c.language })
            .collect(),
        contributions: f.contributions.into_iter().map(ContributionView::from).collect(),
    }))
}

/// `POST /api/v1/donors/{id}/contacts`
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "funding", params(("id" = i32, Path)), request_body = ContactForm,
    responses((status = 201, description = "Created: the new record", body = ContactCreated)), security(("bearer" = [])))]
pub async fn add_contact(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ContactForm>,
) -> Result<(StatusCode, Json<ContactCreated>), Error> {
    let id = parse_id(&id)?;
    let id = rules::add_contact(&state.db, &caller, id, body.parse()?, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(ContactCreated { id })))
}

/// `POST /api/v1/donors/{id}/contributions`
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "funding", params(("id" = i32, Path)), request_body = ContributionForm,
    responses((status = 201, description = "Created: the new record", body = ContributionCreated)), security(("bearer" = [])))]
pub async fn create_contribution(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ContributionForm>,
) -> Result<(StatusCode, Json<ContributionCreated>), Error> {
    let id = parse_id(&id)?;
    let input = body.parse()?;
    let id = rules::create_contribution(&state.db, &state.reference, &caller, id, input, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(ContributionCreated { id })))
}

/// `PUT /api/v1/donors/{id}`: corrects a donor (the same checks as its creation).
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "funding", params(("id" = i32, Path)), request_body = DonorForm,
    responses((status = 200, description = "Done: the result", body = DonorView)), security(("bearer" = [])))]
pub async fn update_donor(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DonorForm>,
) -> Result<Json<DonorView>, Error> {
    let id = parse_id(&id)?;
    let input = body.parse()?;
    Ok(Json(rules::update_donor(&state.db, &state.reference, &caller, id, input, state.clock.now()).await?.into()))
}

/// `PUT /api/v1/donors/{id}/contacts/{contact_id}`: corrects a contact; a new address ends its
/// sessions and unused sign-in links.
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "funding",
    params(("id" = i32, Path), ("contact_id" = i32, Path)), request_body = ContactForm,
    responses((status = 200, description = "Done: the result", body = ContactView)), security(("bearer" = [])))]
pub async fn update_contact(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, contact_id)): Path<(String, String)>,
    ApiJson(body): ApiJson<ContactForm>,
) -> Result<Json<ContactView>, Error> {
    let (id, contact_id) = (parse_id(&id)?, parse_id(&contact_id)?);
    let c = rules::update_contact(&state.db, &caller, id, contact_id, body.parse()?, state.clock.now()).await?;
    Ok(Json(ContactView { id: c.id, name: c.name, email: c.email, language: c.language }))
}

/// `DELETE /api/v1/donors/{id}/contacts/{contact_id}`: removes a contact and signs it out.
#[utoipa::path(delete, path = URL_IN_ROUTER, tag = "funding",
    params(("id" = i32, Path), ("contact_id" = i32, Path)),
    responses((status = 204, description = "Done: nothing to return")), security(("bearer" = [])))]
pub async fn remove_contact(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, contact_id)): Path<(String, String)>,
) -> Result<StatusCode, Error> {
    let (id, contact_id) = (parse_id(&id)?, parse_id(&contact_id)?);
    rules::remove_contact(&state.db, &caller, id, contact_id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /api/v1/donors/{id}/contributions/{contribution_id}`: corrects a contribution; 422
/// naming `amount` below what is allocated, `currency` changed once allocated, or `earmark`
/// excluding a funded event.
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "funding",
    params(("id" = i32, Path), ("contribution_id" = i32, Path)), request_body = ContributionForm,
    responses((status = 200, description = "Done: the result", body = ContributionView)), security(("bearer" = [])))]
pub async fn update_contribution(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, contribution_id)): Path<(String, String)>,
    ApiJson(body): ApiJson<ContributionForm>,
) -> Result<Json<ContributionView>, Error> {
    let (id, contribution_id) = (parse_id(&id)?, parse_id(&contribution_id)?);
    let input = body.parse()?;
    let now = state.clock.now();
    let c = rules::update_contribution(&state.db, &state.reference, &caller, id, contribution_id, input, now).await?;
    Ok(Json(c.into()))
}

/// `DELETE /api/v1/donors/{id}/contributions/{contribution_id}`: 409 when anything is allocated.
#[utoipa::path(delete, path = URL_IN_ROUTER, tag = "funding",
    params(("id" = i32, Path), ("contribution_id" = i32, Path)),
    responses((status = 204, description = "Done: nothing to return")), security(("bearer" = [])))]
pub async fn delete_contribution(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, contribution_id)): Path<(String, String)>,
) -> Result<StatusCode, Error> {
    let (id, contribution_id) = (parse_id(&id)?, parse_id(&contribution_id)?);
    rules::delete_contribution(&state.db, &state.reference, &caller, id, contribution_id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/events/{id}/funding`
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "funding", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = EventFunding)), security(("bearer" = [])))]
pub async fn event_funding(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<EventFunding>, Error> {
    let id = parse_id(&id)?;
    Ok(Json(rules::event_funding(&state.db.read, &caller, id).await?))
}

/// `POST /api/v1/events/{id}/funding/allocations`: 422 naming `amount` when the contribution's
/// unallocated balance is smaller.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "funding", params(("id" = i32, Path)), request_body = AllocationForm,
    responses((status = 201, description = "Created: the new record", body = AllocationCreated)), security(("bearer" = [])))]
pub async fn allocate(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AllocationForm>,
) -> Result<(StatusCode, Json<AllocationCreated>), Error> {
    let id = parse_id(&id)?;
    let id = rules::allocate(&state.db, &caller, id, &body.contribution_id, &body.amount, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(AllocationCreated { id })))
}

/// `PUT /api/v1/events/{id}/funding/budget`: sets one category's planned and actual amounts.
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "funding", params(("id" = i32, Path)), request_body = BudgetLineForm,
    responses((status = 204, description = "Done: nothing to return")), security(("bearer" = [])))]
pub async fn set_budget_line(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<BudgetLineForm>,
) -> Result<StatusCode, Error> {
    let id = parse_id(&id)?;
    rules::set_budget_line(&state.db, &caller, id, body.parse()?, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/donors/{id}/report` (admins).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "funding", params(("id" = i32, Path), ReportQuery),
    responses((status = 200, description = "Done: the result", body = DonorReport)), security(("bearer" = [])))]
pub async fn donor_report(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    Query(q): Query<ReportQuery>,
) -> Result<Json<DonorReport>, Error> {
    let id = parse_id(&id)?;
    if !caller.is_admin() {
        return Err(Error::Forbidden);
    }
    report_of(&state, id, &q).await
}

/// `GET /api/v1/donor/report`: the signed-in donor contact's own report (donor session cookie).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "funding", params(ReportQuery),
    responses((status = 200, description = "Done: the result", body = DonorReport)), security(("donor_session" = [])))]
pub async fn my_report(
    State(state): State<AppState>,
    Donor(contact): Donor,
    Query(q): Query<ReportQuery>,
) -> Result<Json<DonorReport>, Error> {
    report_of(&state, contact.donor_id, &q).await
}

async fn report_of(state: &AppState, donor_id: i32, q: &ReportQuery) -> Result<Json<DonorReport>, Error> {
    let selection = Selection::parse(&q.view)?;
    let min = u64::from(state.settings.donors.min_cell);
    Ok(Json(
        report::donor_report(&state.db, &state.reference, donor_id, &selection, state.clock.now(), min, Lang::En)
            .await?,
    ))
}

/// `GET /api/v1/admin/funding` (admins): the consolidated extrabudgetary report.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "funding",
    responses((status = 200, description = "Done: the result", body = report::Consolidated)), security(("bearer" = [])))]
pub async fn consolidated(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<Json<report::Consolidated>, Error> {
    if !caller.is_admin() {
        return Err(Error::Forbidden);
    }
    Ok(Json(report::consolidated(&state.db, &state.reference, state.clock.now()).await?))
}
