//! Calendar handlers: downloads and feeds (listed in the OpenAPI document), the timetable and
//! programme calendar pages, the import of sessions and the change notices. Thin: parse, one
//! rule call, a view or a file.

use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};

use super::feeds::{self, Scope};
use super::queries::CalendarQuery;
use super::{Method, ics, import, notices, views};
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::domain::{PersonName, RegistrationState};
use crate::error::{Error, FieldErrors, Msg};
use crate::events::rules as event_rules;
use crate::invitations::handlers::read_parts;
use crate::registration::rules as registration_rules;
use crate::web::extract::{Page, PathId, Staff};

/// Largest calendar file accepted for import.
pub const IMPORT_LIMIT: usize = 4 * 1024 * 1024;

fn calendar_file(body: String, filename: &str, private: bool) -> Response {
    let cache = if private { "private, no-store" } else { "public, max-age=300" };
    (
        [
            (CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (CONTENT_DISPOSITION, format!("inline; filename=\"{filename}\"")),
            (CACHE_CONTROL, cache.to_owned()),
        ],
        body,
    )
        .into_response()
}

fn one_event(state: &AppState, d: &event_rules::EventDetail) -> String {
    // A download is the same file for every reader (and cached): the event's original language.
    let lang = crate::events::content::original(&d.event);
    let place = ics::place(&d.event, &state.reference, lang);
    let entries = ics::EventEntries {
        event: &d.event,
        sessions: &d.sessions,
        removed: &[],
        place: &place,
        lang,
        remote_links: false,
    };
    ics::event_calendar(state.calendar_publisher(), entries, Method::Publish, d.event.revision, None, state.clock.now())
}

/// `GET /events/{id}/calendar.ics`: a published event and its sessions.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "calendars",
    params(("id" = i32, Path, description = "Event id")),
    responses((status = 200, description = "The event (all-day entry) and each session (times in UTC)", content_type = "text/calendar"),
        (status = 404, description = "No such published event")))]
pub async fn public_event_ics(State(state): State<AppState>, PathId(id): PathId) -> Result<Response, Error> {
    let d = event_rules::public_detail(&state.db, id).await?;
    Ok(calendar_file(one_event(&state, &d), &format!("event-{}.ics", d.event.id), false))
}

/// `GET /organiser/events/{id}/calendar.ics`: the same for an organiser (drafts too).
#[utoipa::path(get, path = "/organiser/events/{id}/calendar.ics", tag = "calendars",
    params(("id" = i32, Path, description = "Event id")),
    responses((status = 200, description = "The event and its sessions, drafts included (signed-in organisers)", content_type = "text/calendar"),
        (status = 403, description = "Another programme's event"), (status = 404, description = "No such event")))]
pub async fn organiser_event_ics(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let d = event_rules::detail_for_staff(&state.db, &staff, id).await?;
    Ok(calendar_file(one_event(&state, &d), &format!("event-{}.ics", d.event.id), true))
}

/// `GET /r/{token}/event.ics`: the registration's calendar entry (cancelled when it ended).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "calendars",
    params(("token" = String, Path, description = "The private manage-link token")),
    responses((status = 200, description = "The registered event and its sessions; METHOD:CANCEL once the registration ended", content_type = "text/calendar"),
        (status = 410, description = "Expired, replaced or unknown link")))]
pub async fn registration_ics(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, Error> {
    let now = state.clock.now();
    let m = registration_rules::managed(&state.db, &token, now).await?;
    let ended = matches!(
        m.registration.state,
        RegistrationState::Cancelled | RegistrationState::Rejected | RegistrationState::Lapsed
    );
    let method = if ended { Method::Cancel } else { Method::Publish };
    let name = PersonName::new(&m.registration.given_name, &m.registration.family_name).to_string();
    let file = super::registration_calendar(
        &state.db.read,
        state.calendar_publisher(),
        &state.reference,
        &m.event,
        (name.as_str(), m.person.email.as_str()),
        method,
        m.registration.state == RegistrationState::Confirmed,
        crate::mail::ui_lang(&m.registration.language),
        now,
    )
    .await?;
    Ok(calendar_file(file.ics, "event.ics", true))
}

async fn feed(state: &AppState, scope: Scope, name: &str, private: bool) -> Result<Response, Error> {
    let events = feeds::events_in(&state.db, &state.reference, &scope).await?;
    let ids: Vec<i32> = events.iter().map(|e| e.id).collect();
    let sessions = feeds::sessions_of(&state.db.read, &ids).await?;
    let remote_links = feeds::remote_links_in(&state.db, &scope).await?;
    let publisher = state.calendar_publisher();
    let body = ics::feed(publisher, name, &events, &sessions, &remote_links, &state.reference, state.clock.now());
    Ok(calendar_file(body, "events.ics", private))
}

/// `GET /calendar/events.ics`: every published event, to subscribe to.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "calendars",
    responses((status = 200, description = "All published and cancelled events with their sessions", content_type = "text/calendar")))]
pub async fn feed_all(State(state): State<AppState>) -> Result<Response, Error> {
    feed(&state, Scope::All, "Convene — all events", false).await
}

/// `GET /calendar/programmes/{code}/events.ics`: one programme's events.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "calendars",
    params(("code" = String, Path, description = "Programme code, e.g. 1540")),
    responses((status = 200, description = "The programme's events", content_type = "text/calendar"),
        (status = 404, description = "Unknown programme")))]
pub async fn feed_programme(State(state): State<AppState>, Path(code): Path<String>) -> Result<Response, Error> {
    let name = format!("Convene — {}", state.reference.programme_name(&code));
    feed(&state, Scope::Programme(code), &name, false).await
}

/// `GET /calendar/units/{code}/events.ics`: one unit's events (a branch or regional centre).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "calendars",
    params(("code" = String, Path, description = "Unit code, e.g. UNREC")),
    responses((status = 200, description = "The unit's events", content_type = "text/calendar"),
        (status = 404, description = "Unknown unit")))]
pub async fn feed_unit(State(state): State<AppState>, Path(code): Path<String>) -> Result<Response, Error> {
    let name = format!("Convene — {}", state.reference.unit_name(&code));
    feed(&state, Scope::Unit(code), &name, false).await
}

/// `GET /calendar/private/{token}/events.ics`: the events one person is registered for.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "calendars",
    params(("token" = String, Path, description = "The person's private feed token (from their manage page)")),
    responses((status = 200, description = "Events of the person's active registrations", content_type = "text/calendar"),
        (status = 410, description = "Revoked or unknown feed")))]
pub async fn feed_private(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, Error> {
    let person_id = feeds::person_of_feed(&state.db, &token).await?;
    feed(&state, Scope::Person(person_id), "Convene — my events", true).await
}

/// `POST /r/{token}/calendar-feed`: issues the person's private feed link (replacing any).
pub async fn issue_feed(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let now = state.clock.now();
    let m = registration_rules::managed(&state.db, &token, now).await?;
    let feed_token = feeds::issue_feed(&state.db, m.person.id, now).await?;
    let url = format!("{}/calendar/private/{feed_token}/events.ics", state.settings.public_base_url());
    Ok(views::feed_issued(&page, &token, &url).into_response())
}

/// `POST /r/{token}/calendar-feed/revoke`: stops the person's private feed.
pub async fn revoke_feed(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let now = state.clock.now();
    let m = registration_rules::managed(&state.db, &token, now).await?;
    feeds::revoke_feed(&state.db, m.person.id, now).await?;
    Ok(views::feed_revoked(&page, &token).into_response())
}

/// `GET /events/{id}/timetable`: the printable timetable, day by day in the event's zone.
pub async fn timetable(State(state): State<AppState>, page: Page, PathId(id): PathId) -> Result<Response, Error> {
    let d = event_rules::public_detail(&state.db, id).await?;
    Ok(views::timetable(&page, &state.reference, &d).into_response())
}

/// `GET /calendar`: the programme calendar, a month grid or a list, of all events.
pub async fn programme_calendar(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<CalendarQuery>,
) -> Result<Response, Error> {
    let request = q.parse(state.clock.today()).map_err(Error::Invalid)?;
    let programme = Some(q.programme.trim()).filter(|p| !p.is_empty());
    if programme.is_some_and(|p| !state.reference.has_programme(p)) {
        return Err(FieldErrors::single("programme", Msg::new("err-choice")));
    }
    let (from, to) = views::shown_range(request);
    let events = feeds::events_between(&state.db, programme, from, to).await?;
    Ok(views::programme_calendar(&page, &state.reference, request, programme, &events).into_response())
}

/// `GET /organiser/events/{id}/calendar-import`: the upload form.
pub async fn import_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let e = event_rules::managed_event(&state.db.read, &staff, id).await?;
    Ok(views::import_form(&page, &e, &FieldErrors::new()).into_response())
}

fn field_error(field: &'static str, message: Msg) -> FieldErrors {
    let mut errors = FieldErrors::new();
    errors.add(field, message);
    errors
}

fn ics_text(parts: Vec<crate::invitations::handlers::Part>) -> Result<String, FieldErrors> {
    let mut pasted = String::new();
    let mut file = None;
    for p in parts {
        match p.name.as_str() {
            "file" if !p.bytes.is_empty() => file = Some(p.bytes),
            "ics" => pasted = String::from_utf8_lossy(&p.bytes).into_owned(),
            _ => {}
        }
    }
    let text = match file {
        Some(bytes) => String::from_utf8(bytes).map_err(|_| field_error("file", Msg::new("cal-err-utf8")))?,
        None => pasted,
    };
    let text = text.trim_start_matches('\u{feff}').to_owned();
    if text.trim().is_empty() {
        return Err(field_error("file", Msg::new("cal-err-no-file")));
    }
    Ok(text)
}

/// `POST /organiser/events/{id}/calendar-import` (multipart): the preview; nothing is saved.
pub async fn preview_import(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    multipart: Multipart,
) -> Result<Response, Error> {
    let d = event_rules::detail_for_staff(&state.db, &staff, id).await?;
    let parts = read_parts(multipart, "file").await?;
    match ics_text(parts) {
        Ok(text) => {
            let held = crate::events::rooms::held(&state.db.read, d.event.id).await?;
            let preview = import::preview(&text, &d.event, &held);
            Ok(views::import_preview(&page, &d.event, &preview, &text).into_response())
        }
        Err(errors) => {
            Ok((StatusCode::UNPROCESSABLE_ENTITY, views::import_form(&page, &d.event, &errors)).into_response())
        }
    }
}

/// `POST /organiser/events/{id}/calendar-import/confirm` (multipart): creates the sessions.
pub async fn confirm_import(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathId(id): PathId,
    multipart: Multipart,
) -> Result<Response, Error> {
    let parts = read_parts(multipart, "ics").await?;
    let text = ics_text(parts).map_err(Error::Invalid)?;
    import::confirm(&state.db, &staff, id, &text, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/organiser/events/{id}#schedule")).into_response())
}

/// `GET /organiser/events/{id}/changes`: what changed since the last notice, and who would be told.
pub async fn changes_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let pending = notices::pending(&state.db, &staff, id).await?;
    Ok(views::changes(&page, &state.reference, &pending, None).into_response())
}

/// `POST /organiser/events/{id}/changes/send`: one update email per confirmed participant.
pub async fn send_changes(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let sent = notices::send(&state.office, &staff, id, state.clock.now()).await?;
    tracing::info!(event.id = id, notices.queued = sent, "change notice queued");
    state.mailer.wake();
    let pending = notices::pending(&state.db, &staff, id).await?;
    Ok(views::changes(&page, &state.reference, &pending, Some(sent)).into_response())
}
