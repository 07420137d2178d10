//! Handlers of the check-in desk: the console page (works without JavaScript), its JSON
//! endpoints for the console script (search as you type, sync of queued scans), walk-ins,
//! and the participant's QR code.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::batch::{SyncAnswer, SyncBatch, answer, parse_batch};
use super::input::{ScanForm, ScanItem, UndoForm};
use super::rules::{self, ItemResult};
use super::views;
use crate::AppState;
use crate::auth::tokens;
use crate::error::{Error, FieldErrors};
use crate::i18n::Tr;
use crate::registration::input::{ManualAdd, RegistrationForm, RegistrationInput};
use crate::web::extract::{ApiJson, DeskStaff, Page, PathId};
use crate::web::see_other;

/// `?q=` of the console's search.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    q: String,
}

/// `GET /checkin`: the desk of a check-in staff member's event; organisers pick an event.
pub async fn desk_home(DeskStaff(staff): DeskStaff) -> Response {
    match staff.checkin_event {
        Some(id) if staff.is_checkin_only() => see_other(&format!("/checkin/events/{id}")),
        _ => see_other("/organiser/events"),
    }
}

async fn console(
    state: &AppState,
    page: &Page,
    id: i32,
    q: &str,
    last: Option<views::LastScan>,
) -> Result<Response, Error> {
    let staff = page.staff.as_ref().ok_or(Error::Unauthenticated)?;
    let now = state.clock.now();
    let desk = rules::desk(&state.db, state.checkin_secret(), staff, id, now).await?;
    let results = if q.trim().is_empty() {
        Vec::new()
    } else {
        rules::search(&state.db, state.checkin_secret(), &state.reference, &desk.event, q, now).await?
    };
    let status = match &last {
        Some(l) if l.refused() => StatusCode::CONFLICT,
        _ => StatusCode::OK,
    };
    let key = tokens::generate()?;
    let body = views::console(page, &state.reference, &desk, q, &results, last.as_ref(), &key);
    Ok((status, body).into_response())
}

/// `GET /checkin/events/{id}`: the console.
pub async fn console_page(
    State(state): State<AppState>,
    DeskStaff(_): DeskStaff,
    page: Page,
    PathId(id): PathId,
    Query(q): Query<SearchQuery>,
) -> Result<Response, Error> {
    console(&state, &page, id, &q.q, None).await
}

fn last_of(tr: Tr, item: ItemResult) -> Result<views::LastScan, Error> {
    let refused = |reason: String| views::LastScan::Refused { reason, registration_id: item.registration_id };
    match item.result {
        Ok(outcome) => Ok(views::LastScan::Done(outcome)),
        Err(Error::Conflict(m) | Error::Gone(m)) => Ok(refused(tr.msg(&m))),
        Err(Error::Invalid(fields)) => {
            Ok(refused(fields.0.iter().map(|f| tr.msg(&f.message)).collect::<Vec<_>>().join(" ")))
        }
        Err(Error::NotFound) => Ok(refused(tr.t("att-refused-unknown"))),
        Err(other) => Err(other),
    }
}

async fn run_one(state: &AppState, page: &Page, id: i32, item: ScanItem) -> Result<Response, Error> {
    let staff = page.staff.as_ref().ok_or(Error::Unauthenticated)?;
    let now = state.clock.now();
    let e = rules::scan_desk_event(&state.office, staff, id).await?;
    let parsed = vec![(item.key.clone(), item.parse(now))];
    let mut answers = rules::sync(&state.office, state.checkin_secret(), staff, &e, parsed, now).await?;
    let last = match answers.pop() {
        Some(a) => Some(last_of(page.tr, a)?),
        None => None,
    };
    console(state, page, id, "", last).await
}

/// `POST /checkin/events/{id}/scan`: a typed code or a search result's button.
pub async fn scan_form(
    State(state): State<AppState>,
    DeskStaff(_): DeskStaff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<ScanForm>,
) -> Result<Response, Error> {
    run_one(&state, &page, id, form.to_item()).await
}

/// `POST /checkin/events/{id}/undo`
pub async fn undo_form(
    State(state): State<AppState>,
    DeskStaff(_): DeskStaff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<UndoForm>,
) -> Result<Response, Error> {
    let item =
        ScanItem { key: form.key, kind: Some("undo".into()), undoes_key: Some(form.undoes_key), ..Default::default() };
    run_one(&state, &page, id, item).await
}

/// `POST /checkin/events/{id}/sync`: the console's scans (one at a time online, the queue
/// after a network drop), with the CSRF token in `X-CSRF-Token`.
pub async fn sync_json(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    PathId(id): PathId,
    ApiJson(batch): ApiJson<SyncBatch>,
) -> Result<Json<SyncAnswer>, Error> {
    let now = state.clock.now();
    let e = rules::scan_desk_event(&state.office, &staff, id).await?;
    let results =
        rules::sync(&state.office, state.checkin_secret(), &staff, &e, parse_batch(&batch.items, now), now).await?;
    let items = results.into_iter().map(|r| answer(page.tr, r)).collect::<Result<_, _>>()?;
    Ok(Json(SyncAnswer { items }))
}

/// `GET /checkin/events/{id}/entries`: the registrations as the console's script keeps them
/// (see `views::entries`), read again after scans so the counters and lists follow every desk.
pub async fn entries_json(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    PathId(id): PathId,
) -> Result<Json<serde_json::Value>, Error> {
    let desk = rules::desk(&state.db, state.checkin_secret(), &staff, id, state.clock.now()).await?;
    Ok(Json(views::entries(page.tr, &state.reference, &desk)))
}

/// A registration found by the desk's search.
#[derive(Debug, Serialize, ToSchema)]
pub struct FoundView {
    pub registration_id: i32,
    pub name: String,
    pub country: Option<String>,
    pub organisation: Option<String>,
    pub state: String,
    /// Delegation and role, as the desk writes them under a name.
    pub about: String,
    /// Whether they are in today, and since when.
    pub inside_since: Option<String>,
}

/// `GET /checkin/events/{id}/search?q=`: search as the desk types.
pub async fn search_json(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    PathId(id): PathId,
    Query(q): Query<SearchQuery>,
) -> Result<Json<Vec<FoundView>>, Error> {
    let now = state.clock.now();
    let e = rules::desk_event(&state.db.read, &staff, id).await?;
    let found = rules::search(&state.db, state.checkin_secret(), &state.reference, &e, &q.q, now).await?;
    Ok(Json(
        found
            .into_iter()
            .map(|d| FoundView {
                about: views::about(page.tr, &state.reference, &d),
                registration_id: d.registration_id,
                name: d.name,
                country: d.country,
                organisation: d.organisation,
                state: d.state.as_str().to_owned(),
                inside_since: d.inside_since.map(|t| t.to_rfc3339()),
            })
            .collect(),
    ))
}

/// `GET /checkin/events/{id}/walk-in`
pub async fn walk_in_page(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let e = rules::desk_event(&state.db.read, &staff, id).await?;
    let key = tokens::generate()?;
    Ok(views::walk_in(&page, &state.reference, &e, &RegistrationForm::default(), &FieldErrors::new(), &key)
        .into_response())
}

/// The walk-in form: the registration fields and the scan's key.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WalkInForm {
    #[serde(flatten)]
    pub person: RegistrationForm,
    pub key: String,
}

/// `POST /checkin/events/{id}/walk-in`: registers and checks in someone at the door.
pub async fn walk_in(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<WalkInForm>,
) -> Result<Response, Error> {
    let now = state.clock.now();
    let e = rules::desk_event(&state.db.read, &staff, id).await?;
    let parsed = match (ManualAdd::parse(&form.person), RegistrationInput::parse(&form.person, false)) {
        (Ok(add), Ok(input)) => Ok((add, input)),
        (a, b) => {
            let mut all = a.err().unwrap_or_default();
            all.0.extend(b.err().unwrap_or_default().0);
            Err(all)
        }
    };
    let result = match parsed {
        Ok((add, input)) => {
            rules::walk_in(
                &state.office,
                state.checkin_secret(),
                &staff,
                &e,
                add,
                &input,
                (None, form.key.clone()),
                now,
            )
            .await
        }
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok((registered, outcome)) => {
            state.mailer.wake();
            let registration_id = Some(registered.registration.id);
            let last = last_of(page.tr, ItemResult { key: form.key, registration_id, result: outcome })?;
            let last = match last {
                views::LastScan::Refused { reason, registration_id } => views::LastScan::Refused {
                    reason: format!(
                        "{} {reason}",
                        page.tr.ta("att-walk-in-registered", &[("name", &registered.registration.given_name)])
                    ),
                    registration_id,
                },
                done => done,
            };
            console(&state, &page, e.id, "", Some(last)).await
        }
        Err(Error::Invalid(errors)) => {
            let body = views::walk_in(&page, &state.reference, &e, &form.person, &errors, &form.key);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
        Err(other) => Err(other),
    }
}

/// `GET /r/{token}/checkin.svg`: the participant's QR code (their manage link is the key).
pub async fn qr_code(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, Error> {
    let m = crate::registration::rules::managed(&state.db, &token, state.clock.now()).await?;
    // Only a confirmed registration has a seat to check in with.
    if m.registration.state != crate::domain::RegistrationState::Confirmed {
        return Err(Error::NotFound);
    }
    let code = rules::code_of(state.checkin_secret(), &m.registration);
    let svg = super::code::qr_svg(&code).ok_or_else(|| Error::Internal("QR code too long".into()))?;
    Ok(([(CONTENT_TYPE, "image/svg+xml"), (CACHE_CONTROL, "private, no-store")], svg).into_response())
}
