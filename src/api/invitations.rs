//! API handlers for invitations and delegations: thin wrappers over `invitations::rules` and
//! `invitations::delegations`, with the same rules and errors as the pages.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::entities::{delegation, person};
use crate::error::Error;
use crate::i18n::Tr;
use crate::invitations::csv::Row;
use crate::invitations::delegations::{self, DelegationRow, Nominee};
use crate::invitations::input::{
    CopyForm, DelegationForm, DelegationInput, ExtendForm, InviteForm, Invitee, ListQuery,
};
use crate::invitations::rules::{self, Delivery, InvitationRow, Progress};
use crate::invitations::{Office, rules::full_name};
use crate::web::extract::parse_id;
use crate::web::extract::{ApiCaller, ApiJson, Page};

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
    /// en (default) or fr: the language of the person's emails.
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

/// A CSV to check (`confirm: false`) or import (`confirm: true`).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ImportPayload {
    /// `email,title,given_name,family_name,organisation,country,role,language`, header first;
    /// commas or semicolons.
    pub csv: String,
    /// false: only the preview; true: invite the good rows.
    pub confirm: bool,
}

/// One problem of a row.
#[derive(Debug, Serialize, ToSchema)]
pub struct RowProblemView {
    /// The column: email, given_name, country, role, language… (`line` for the field count)
    pub field: String,
    /// bad_email, missing_name, too_long, control_characters, unknown_country, unknown_role,
    /// unknown_language, duplicate_email, already_invited, field_count
    pub code: String,
    pub message: String,
}

/// A row left out, with its line number in the file (the header is line 1).
#[derive(Debug, Serialize, ToSchema)]
pub struct RowErrorView {
    pub line: u64,
    pub email: String,
    pub problems: Vec<RowProblemView>,
}

/// A row that is (or would be) invited.
#[derive(Debug, Serialize, ToSchema)]
pub struct GoodRowView {
    pub line: u64,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    pub role: String,
    pub language: String,
}

/// What an import would do, or did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportResult {
    /// True when the good rows were invited.
    pub confirmed: bool,
    /// Invitations created (0 for a preview).
    pub created: usize,
    /// Rows left out.
    pub skipped: usize,
    /// Good rows (the preview only).
    pub rows: Vec<GoodRowView>,
    /// Every row left out, with its reasons.
    pub errors: Vec<RowErrorView>,
}

fn problem_code(p: &crate::invitations::csv::Problem) -> String {
    serde_json::to_value(p)
        .ok()
        .and_then(|v| v.get("code").and_then(|c| c.as_str()).map(str::to_owned))
        .unwrap_or_default()
}

fn row_error(tr: Tr, r: &Row) -> RowErrorView {
    RowErrorView {
        line: r.line,
        email: r.email.clone(),
        problems: r
            .problems
            .iter()
            .map(|p| RowProblemView {
                field: p.column().to_owned(),
                code: problem_code(p),
                message: tr.msg(&p.message()),
            })
            .collect(),
    }
}

/// Copy people from an earlier event.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct CopyPayload {
    /// Id of the earlier event.
    pub from_event: i64,
    /// participants (registrations confirmed or pending; the default) or invitees
    pub what: Option<String>,
}

/// What a copy did.
#[derive(Debug, Serialize, ToSchema)]
pub struct CopyResult {
    /// Invitations created.
    pub created: usize,
    /// People skipped (already invited).
    pub skipped: usize,
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
    /// en (default) or fr
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

async fn one_row(
    office: &Office<'_>,
    caller: &crate::auth::StaffUser,
    event_id: i32,
    invitation_id: i32,
) -> Result<InvitationView, Error> {
    Ok(rules::one(office, caller, event_id, invitation_id).await?.into())
}

/// List an event's invitations (50 per page, newest first), filtered by state.
#[utoipa::path(get, path = "/api/v1/events/{id}/invitations", tag = "invitations", params(("id" = i32, Path), ListQuery),
    responses((status = 200, description = "Done: the result", body = InvitationList)),
    security(("bearer" = [])))]
pub async fn list_invitations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    Query(q): Query<ListQuery>,
) -> Result<Json<InvitationList>, Error> {
    let filter = q.parse().map_err(Error::Invalid)?;
    let l = rules::list(&Office::of(&state), &caller, parse_id(&id)?, &filter).await?;
    Ok(Json(InvitationList {
        items: l.rows.into_iter().map(InvitationView::from).collect(),
        total: l.total,
        page: l.page,
        pages: l.pages,
        progress: l.progress,
    }))
}

/// Delivery progress of an event's invitations (each one's latest email).
#[utoipa::path(get, path = "/api/v1/events/{id}/invitations/progress", tag = "invitations", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = Progress)), security(("bearer" = [])))]
pub async fn invitation_progress(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<Progress>, Error> {
    Ok(Json(rules::progress(&Office::of(&state), &caller, parse_id(&id)?).await?))
}

/// Invite one person (one personal invitation per person and event).
#[utoipa::path(post, path = "/api/v1/events/{id}/invitations", tag = "invitations", params(("id" = i32, Path)), request_body = InvitePayload,
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
    let office = Office::of(&state);
    let created = rules::invite_one(&office, &caller, id, &invitee).await?;
    Ok((StatusCode::CREATED, Json(one_row(&office, &caller, id, created.id).await?)).into_response())
}

/// Check a CSV (`confirm: false`: nothing is saved) or invite its good rows (`confirm: true`).
#[utoipa::path(post, path = "/api/v1/events/{id}/invitations/import", tag = "invitations", params(("id" = i32, Path)), request_body = ImportPayload,
    responses((status = 200, description = "The preview", body = ImportResult), (status = 201, description = "Imported", body = ImportResult)),
    security(("bearer" = [])))]
pub async fn import_invitations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    page: Page,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ImportPayload>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let office = Office::of(&state);
    if body.confirm {
        let outcome = rules::import(&office, &caller, id, &body.csv).await?;
        let errors = outcome.bad.iter().map(|r| row_error(page.tr, r)).collect();
        let result = ImportResult {
            confirmed: true,
            created: outcome.created,
            skipped: outcome.skipped,
            rows: Vec::new(),
            errors,
        };
        return Ok((StatusCode::CREATED, Json(result)).into_response());
    }
    let preview = rules::preview_import(&office, &caller, id, &body.csv).await?;
    let errors: Vec<RowErrorView> = preview.bad().map(|r| row_error(page.tr, r)).collect();
    let rows: Vec<GoodRowView> = preview
        .good()
        .filter_map(|r| {
            let i = r.invitee.as_ref()?;
            Some(GoodRowView {
                line: r.line,
                email: i.person.email.as_str().to_owned(),
                given_name: i.person.given_name.clone(),
                family_name: i.person.family_name.clone(),
                role: i.role.as_str().to_owned(),
                language: i.person.language.code().to_owned(),
            })
        })
        .collect();
    let skipped = errors.len();
    Ok(Json(ImportResult { confirmed: false, created: 0, skipped, rows, errors }).into_response())
}

/// Invite the participants or the invitees of an earlier event (people already invited are skipped).
#[utoipa::path(post, path = "/api/v1/events/{id}/invitations/copy", tag = "invitations", params(("id" = i32, Path)), request_body = CopyPayload,
    responses((status = 201, description = "Created: the new record", body = CopyResult)),
    security(("bearer" = [])))]
pub async fn copy_invitations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CopyPayload>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let form = CopyForm { from_event: body.from_event.to_string(), what: body.what.unwrap_or_default() };
    let (from, what) = form.parse().map_err(Error::Invalid)?;
    let outcome = rules::copy_from(&Office::of(&state), &caller, id, from, what).await?;
    Ok((StatusCode::CREATED, Json(CopyResult { created: outcome.created, skipped: outcome.skipped })).into_response())
}

/// Send an invitation again with a new link (the old link stops working).
#[utoipa::path(post, path = "/api/v1/events/{id}/invitations/{invitation_id}/resend", tag = "invitations", params(("id" = i32, Path), ("invitation_id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = InvitationView)), security(("bearer" = [])))]
pub async fn resend_invitation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, iid)): Path<(String, String)>,
) -> Result<Json<InvitationView>, Error> {
    let (id, iid) = (parse_id(&id)?, parse_id(&iid)?);
    let office = Office::of(&state);
    rules::resend(&office, &caller, id, iid).await?;
    Ok(Json(one_row(&office, &caller, id, iid).await?))
}

/// Withdraw an invitation (its link stops working).
#[utoipa::path(post, path = "/api/v1/events/{id}/invitations/{invitation_id}/revoke", tag = "invitations", params(("id" = i32, Path), ("invitation_id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = InvitationView)), security(("bearer" = [])))]
pub async fn revoke_invitation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, iid)): Path<(String, String)>,
) -> Result<Json<InvitationView>, Error> {
    let (id, iid) = (parse_id(&id)?, parse_id(&iid)?);
    let office = Office::of(&state);
    rules::revoke(&office, &caller, id, iid).await?;
    Ok(Json(one_row(&office, &caller, id, iid).await?))
}

/// Move an invitation's expiry to the end of a day (local to the event).
#[utoipa::path(post, path = "/api/v1/events/{id}/invitations/{invitation_id}/extend", tag = "invitations", params(("id" = i32, Path), ("invitation_id" = i32, Path)), request_body = ExtendPayload,
    responses((status = 200, description = "Done: the result", body = InvitationView)), security(("bearer" = [])))]
pub async fn extend_invitation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, iid)): Path<(String, String)>,
    ApiJson(body): ApiJson<ExtendPayload>,
) -> Result<Json<InvitationView>, Error> {
    let (id, iid) = (parse_id(&id)?, parse_id(&iid)?);
    let until = ExtendForm { expires_on: body.expires_on }.parse().map_err(Error::Invalid)?;
    let office = Office::of(&state);
    rules::extend(&office, &caller, id, iid, until).await?;
    Ok(Json(one_row(&office, &caller, id, iid).await?))
}

/// Remind everyone who has not answered (queued, sent or opened, not expired): a new link each.
#[utoipa::path(post, path = "/api/v1/events/{id}/invitations/remind", tag = "invitations", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = RemindResult)), security(("bearer" = [])))]
pub async fn remind_invitations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<RemindResult>, Error> {
    let reminded = rules::remind_all(&Office::of(&state), &caller, parse_id(&id)?).await?;
    Ok(Json(RemindResult { reminded }))
}

/// List an event's delegations, by State name.
#[utoipa::path(get, path = "/api/v1/events/{id}/delegations", tag = "invitations", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = Vec<DelegationView>)), security(("bearer" = [])))]
pub async fn list_delegations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<Vec<DelegationView>>, Error> {
    let (_, rows) = delegations::list(&Office::of(&state), &caller, parse_id(&id)?).await?;
    Ok(Json(rows.into_iter().map(DelegationView::from).collect()))
}

/// Invite a State: creates its delegation and emails its focal point a request for nominations.
#[utoipa::path(post, path = "/api/v1/events/{id}/delegations", tag = "invitations", params(("id" = i32, Path)), request_body = DelegationPayload,
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
    let office = Office::of(&state);
    let created = delegations::create(&office, &caller, id, &input).await?;
    let (_, rows) = delegations::list(&office, &caller, id).await?;
    let view =
        rows.into_iter().find(|r| r.delegation.id == created.id).map(DelegationView::from).ok_or(Error::NotFound)?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// List a delegation's nominees, head of delegation first.
#[utoipa::path(get, path = "/api/v1/events/{id}/delegations/{delegation_id}/nominees", tag = "invitations", params(("id" = i32, Path), ("delegation_id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = NomineeList)), security(("bearer" = [])))]
pub async fn list_nominees(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, did)): Path<(String, String)>,
) -> Result<Json<NomineeList>, Error> {
    let (d, list) = delegations::nominees(&Office::of(&state), &caller, parse_id(&id)?, parse_id(&did)?).await?;
    Ok(Json(nominee_list(d, list)))
}
