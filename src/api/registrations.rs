//! API handlers for registrations: the organiser's list, manual add, moves and the waiting
//! list — the same rules as the pages.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::domain;
use crate::error::{Error, FieldErrors, Msg};
use crate::registration::input::{ByHand, RegistrationForm, RegistrationInput};
use crate::registration::list::{self, RegistrationQuery, Row};
use crate::registration::offers::OfferWindow;
use crate::registration::rules::{self, Move};
use crate::web::extract::parse_id;
use crate::web::extract::{ApiCaller, ApiJson};

/// A registration as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegistrationView {
    pub id: i32,
    pub event_id: i32,
    /// pending, confirmed, waitlisted, offered, rejected, cancelled, lapsed
    pub state: String,
    pub role: String,
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub gender: String,
    pub country: Option<String>,
    pub organisation: Option<String>,
    pub organisation_type: Option<String>,
    pub position: Option<String>,
    pub visa_letter: bool,
    /// in_person or remote.
    pub attendance_mode: String,
    pub waitlisted_at: Option<String>,
    pub offer_expires_at: Option<String>,
    pub decision_reason: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl From<Row> for RegistrationView {
    fn from(row: Row) -> Self {
        let r = row.registration;
        Self {
            id: r.id,
            event_id: r.event_id,
            state: r.state.as_str().to_owned(),
            role: r.role.as_str().to_owned(),
            title: r.title,
            given_name: r.given_name,
            family_name: r.family_name,
            email: row.email,
            gender: r.gender.as_str().to_owned(),
            country: r.country_iso3,
            organisation: r.organisation,
            organisation_type: r.organisation_type,
            position: r.position,
            visa_letter: r.visa_letter,
            attendance_mode: r.attendance_mode.as_str().to_owned(),
            waitlisted_at: r.waitlisted_at.map(|t| t.to_rfc3339()),
            offer_expires_at: r.offer_expires_at.map(|t| t.to_rfc3339()),
            decision_reason: r.decision_reason,
            created_at: r.created_at.to_rfc3339(),
            updated_at: r.updated_at.to_rfc3339(),
        }
    }
}

/// One page of registrations with counts per state.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegistrationList {
    pub items: Vec<RegistrationView>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    /// Registrations per state, unfiltered.
    pub counts: std::collections::BTreeMap<String, u64>,
    pub seats_taken: i32,
    pub capacity: Option<i32>,
}

/// Someone the organiser registers directly.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ManualRegistration {
    pub email: String,
    /// Participant role (default delegate).
    pub role: Option<String>,
    /// ar, zh, en, fr, ru or es (default en).
    pub language: Option<String>,
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    /// woman, man, another, undisclosed
    pub gender: String,
    pub country: Option<String>,
    pub organisation: Option<String>,
    pub organisation_type: Option<String>,
    pub position: Option<String>,
    pub phone: Option<String>,
    pub needs: Option<String>,
    pub visa_letter: bool,
    /// in_person (default) or remote.
    pub attendance_mode: Option<String>,
    /// Email the person about the registration. Default: true before the event has ended,
    /// false after. An ended event's email never carries a calendar invitation.
    pub notify: Option<bool>,
}

/// A move applied to several registrations, all or nothing.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct MoveRequest {
    pub ids: Vec<i32>,
    /// approve, reject, cancel or reset
    pub action: String,
    /// Sent to the person when rejecting.
    pub reason: Option<String>,
}

/// How many registrations moved.
#[derive(Debug, Serialize, ToSchema)]
pub struct MoveResult {
    pub moved: usize,
}

/// List an event's registrations (filters as on the page).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "registrations", params(("id" = i32, Path), RegistrationQuery),
    responses((status = 200, description = "Done: the result", body = RegistrationList)), security(("bearer" = [])))]
pub async fn list_registrations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    Query(q): Query<RegistrationQuery>,
) -> Result<Json<RegistrationList>, Error> {
    let (filter, page) = q.parse(&state.reference)?;
    let l = list::list(&state.db, &caller, parse_id(&id)?, &filter, page).await?;
    Ok(Json(RegistrationList {
        counts: l.counts.iter().map(|(s, n)| (s.as_str().to_owned(), *n)).collect(),
        seats_taken: l.event.seats_taken,
        capacity: l.event.capacity,
        items: l.rows.into_iter().map(RegistrationView::from).collect(),
        total: l.total,
        page: l.page,
        pages: l.pages,
    }))
}

/// Register someone directly (same seats, approval and waiting list as everyone).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "registrations", params(("id" = i32, Path)), request_body = ManualRegistration,
    responses((status = 201, description = "Created: the new record", body = RegistrationView),
        (status = 200, description = "The person was already registered (an active registration): it, unchanged; nothing was created", body = RegistrationView)),
    security(("bearer" = [])))]
pub async fn add_registration(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ManualRegistration>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let form = RegistrationForm {
        title: body.title.unwrap_or_default(),
        given_name: body.given_name,
        family_name: body.family_name,
        gender: body.gender,
        country: body.country.unwrap_or_default(),
        organisation: body.organisation.unwrap_or_default(),
        organisation_type: body.organisation_type.unwrap_or_default(),
        position: body.position.unwrap_or_default(),
        phone: body.phone.unwrap_or_default(),
        needs: body.needs.unwrap_or_default(),
        visa_letter: body.visa_letter.then(|| "on".into()),
        attendance_mode: body.attendance_mode.unwrap_or_default(),
        consent: None,
        notice_version: String::new(),
        email: body.email,
        role: body.role.unwrap_or_default(),
        language: body.language.unwrap_or_default(),
        notify: None,
        notify_asked: None,
    };
    let (add, input) = match (ByHand::parse(&form), RegistrationInput::parse(&form, false)) {
        (Ok(a), Ok(i)) => (a, i),
        (a, b) => {
            let mut all = a.err().unwrap_or_default();
            all.0.extend(b.err().unwrap_or_default().0);
            return Err(Error::Invalid(all));
        }
    };
    known_codes(&state.reference, &input)?;
    let add = ByHand { notify: body.notify, ..add };
    let email = add.person.email.as_str().to_owned();
    let done = rules::add_manually(&state.db, &state.office, &caller, id, add, &input, state.clock.now()).await?;
    state.mailer.wake();
    let status = if done.created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(RegistrationView::from(Row { registration: done.registration, email }))).into_response())
}

/// The country and organisation type must be in the reference lists (the database's foreign
/// keys would otherwise refuse the row as a server error).
fn known_codes(reference: &crate::reference::Reference, input: &RegistrationInput) -> Result<(), Error> {
    let mut errors = FieldErrors::new();
    if let Some(c) = &input.country
        && !reference.has_country(c.as_str())
    {
        errors.add("country", Msg::new("err-country-unknown"));
    }
    if let Some(t) = &input.organisation_type
        && !reference.organisation_types.iter().any(|o| &o.code == t)
    {
        errors.add("organisation_type", Msg::new("err-choice"));
    }
    errors.into_result(())
}

/// Approve, reject, cancel or reset registrations.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "registrations", params(("id" = i32, Path)), request_body = MoveRequest,
    responses((status = 200, description = "Done: the result", body = MoveResult)), security(("bearer" = [])))]
pub async fn move_registrations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<MoveRequest>,
) -> Result<Json<MoveResult>, Error> {
    let id = parse_id(&id)?;
    let mut errors = FieldErrors::new();
    let action = body.action.parse::<Move>().map_err(|m| errors.add("action", m)).ok();
    let reason = body.reason.as_deref().and_then(|r| domain::optional_text(&mut errors, "reason", r, 1000));
    if body.ids.is_empty() {
        errors.add("ids", Msg::new("err-none-selected"));
    }
    let action = errors.into_result(action)?.ok_or_else(|| Error::Internal("action missing".into()))?;
    let moved =
        rules::move_registrations(&state.db, &state.office, &caller, id, &body.ids, action, reason, state.clock.now())
            .await?;
    state.mailer.wake();
    Ok(Json(MoveResult { moved }))
}

/// The waiting list in order, and whether a seat freed now would be offered.
#[derive(Debug, Serialize, ToSchema)]
pub struct WaitingList {
    /// Waitlisted registrations, first in line first.
    pub items: Vec<RegistrationView>,
    /// What an offer made now would be.
    pub offers: OfferStatus,
}

/// Whether a seat freed now would be offered to the first person waiting, and until when.
#[derive(Debug, Serialize, ToSchema)]
pub struct OfferStatus {
    /// False when too little time is left: freed seats are offered to nobody.
    pub open: bool,
    /// When an offer made now would lapse (RFC 3339), or the limit too close to offer.
    pub until: String,
    /// What sets that time.
    pub limit: OfferLimit,
    /// Least time an offer must leave (`registration.min_offer_minutes`).
    pub min_offer_minutes: u32,
}

/// What ends an offer.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OfferLimit {
    /// The configured time to accept (`registration.offer_hours`).
    OfferHours,
    /// The registration deadline.
    RegistrationCloses,
    /// The start of the event.
    EventStarts,
}

/// The waiting list, first in line first, and whether freed seats are offered now.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "registrations", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = WaitingList)), security(("bearer" = [])))]
pub async fn waiting_list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<WaitingList>, Error> {
    let (event, rows) = list::waiting_list(&state.db, &caller, parse_id(&id)?).await?;
    let window = rules::offer_window(&state.office, &state.db.read, &event, state.clock.now()).await?;
    let (open, until, limit) = match window {
        OfferWindow::Open { until, limit } => (true, until, limit),
        OfferWindow::TooShort { until, limit } => (false, until, limit),
    };
    let limit = match limit {
        crate::registration::offers::Limit::OfferHours => OfferLimit::OfferHours,
        crate::registration::offers::Limit::RegistrationCloses => OfferLimit::RegistrationCloses,
        crate::registration::offers::Limit::EventStarts => OfferLimit::EventStarts,
    };
    Ok(Json(WaitingList {
        items: rows.into_iter().map(RegistrationView::from).collect(),
        offers: OfferStatus {
            open,
            until: until.to_rfc3339(),
            limit,
            min_offer_minutes: state.settings.registration.min_offer_minutes,
        },
    }))
}
