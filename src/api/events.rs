//! API handlers for events and sessions: thin wrappers over `events::rules`.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::api::content::{self, Localized};
use crate::domain::{Language, languages_from_stored};
use crate::entities::{event, event_session};
use crate::error::{Error, FieldErrors, Msg};
use crate::events::clone::{self, Cloned};
use crate::events::input::{CloneForm, CloneStart, EventForm, EventInput, SessionForm, SessionInput};
use crate::events::queries::ListQuery;
use crate::events::rules;
use crate::events::shift::Shift;
use crate::events::versions::SessionTitlesForm;
use crate::i18n::Lang;
use crate::web::extract::{ApiCaller, ApiJson, parse_id};

/// An event to create or replace. Dates are local to the event; `start_date`/`end_date` are
/// `YYYY-MM-DD`, or `YYYY-MM` when `date_precision` is `month`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct EventPayload {
    /// The title: a string (in `original_language`) or a map by language code that holds the
    /// original language's entry, e.g. `{"en": "…", "fr": "…"}`.
    pub title: Localized,
    /// Code of the language the original texts are written in (ar, zh, en, fr, ru, es);
    /// absent or empty: en.
    pub original_language: Option<String>,
    /// meeting, workshop, training_course, conference, briefing
    pub kind: String,
    /// Programme code, e.g. `1540`.
    pub programme: String,
    /// Unit code, e.g. `UNREC`.
    pub unit: String,
    /// Series code.
    pub series: Option<String>,
    pub mandate: Option<String>,
    /// The venue: a string or a map by language code; a version may leave it out (the
    /// original's is shown).
    pub venue_name: Option<Localized>,
    pub city: String,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    /// IANA time zone, e.g. `Africa/Gaborone`.
    pub time_zone: String,
    /// day (default) or month.
    pub date_precision: Option<String>,
    pub start_date: String,
    pub end_date: String,
    /// Local date-time `YYYY-MM-DDTHH:MM`.
    pub registration_opens: Option<String>,
    /// Local date-time `YYYY-MM-DDTHH:MM`.
    pub registration_closes: Option<String>,
    pub capacity: Option<i64>,
    /// invitation (default) or open.
    pub registration_mode: Option<String>,
    pub approval_required: bool,
    /// Reminders to confirmed participants before the event (default true).
    pub reminders_enabled: Option<bool>,
    /// Participants may attend remotely: registration asks each how they attend (default false).
    pub remote_attendance: bool,
    /// Share of the event's days (1–100 %) a participant must attend to earn a certificate of
    /// attendance (workshops and training courses); absent or null: no certificates.
    pub certificate_min_attendance_percent: Option<i64>,
    /// Months (1–1200) after the last day that participants' personal data is kept; absent or
    /// null: the office's default (`privacy.retention_months`).
    pub retention_months: Option<i64>,
    /// Codes among ar, zh, en, fr, ru, es.
    pub languages: Vec<String>,
    /// The description: a string or a map by language code; a version may leave it out.
    pub description: Option<Localized>,
}

impl EventPayload {
    fn parse(self) -> Result<EventInput, Error> {
        let mut languages = Vec::new();
        for code in &self.languages {
            match code.parse::<Language>() {
                Ok(l) => languages.push(l),
                Err(_) => return Err(FieldErrors::single("languages", Msg::new("err-choice"))),
            }
        }
        let original = content::original_language(self.original_language.as_deref())?;
        let texts = content::event_texts(original, self.title, self.description, self.venue_name)?;
        let mut form = EventForm {
            title: texts.title,
            kind: self.kind,
            programme: self.programme,
            unit: self.unit,
            series: self.series.unwrap_or_default(),
            mandate: self.mandate.unwrap_or_default(),
            venue_name: texts.venue_name,
            city: self.city,
            country: self.country.unwrap_or_default(),
            time_zone: self.time_zone,
            date_precision: self.date_precision.unwrap_or_default(),
            start_date: self.start_date,
            end_date: self.end_date,
            registration_opens: self.registration_opens.unwrap_or_default(),
            registration_closes: self.registration_closes.unwrap_or_default(),
            capacity: self.capacity.map(|c| c.to_string()).unwrap_or_default(),
            registration_mode: self.registration_mode.unwrap_or_default(),
            approval_required: self.approval_required.then(|| "on".to_owned()),
            reminders_enabled: self.reminders_enabled.unwrap_or(true).then(|| "on".to_owned()),
            remote_attendance: self.remote_attendance.then(|| "on".to_owned()),
            certificate_min_attendance_percent: self
                .certificate_min_attendance_percent
                .map(|p| p.to_string())
                .unwrap_or_default(),
            retention_months: self.retention_months.map(|m| m.to_string()).unwrap_or_default(),
            description: texts.description,
            versions: texts.versions,
            ..Default::default()
        };
        form.set_languages(&languages);
        EventInput::parse(&form).map_err(Error::Invalid)
    }
}

/// An event as the API shows it (times in UTC, RFC 3339).
#[derive(Debug, Serialize, ToSchema)]
pub struct EventView {
    pub id: i32,
    /// The title in the original language.
    pub title: String,
    /// Code of the original language.
    pub original_language: String,
    /// The title by language code, the original included.
    pub titles: BTreeMap<String, String>,
    /// The description by language code (versions without one are left out).
    pub descriptions: BTreeMap<String, String>,
    /// The venue by language code (versions without one are left out).
    pub venue_names: BTreeMap<String, String>,
    pub kind: String,
    /// draft, published or cancelled
    pub status: String,
    pub programme: String,
    pub unit: String,
    pub series_id: Option<i32>,
    pub mandate: Option<String>,
    pub venue_name: Option<String>,
    pub city: String,
    pub country: Option<String>,
    pub time_zone: String,
    pub start_date: String,
    pub end_date: String,
    pub date_precision: String,
    pub registration_opens_at: Option<String>,
    pub registration_closes_at: Option<String>,
    pub capacity: Option<i32>,
    pub registration_mode: String,
    pub approval_required: bool,
    /// Reminders go to confirmed participants before the event.
    pub reminders_enabled: bool,
    /// Participants may attend remotely.
    pub remote_attendance: bool,
    /// Share of the days (percent) that earns a certificate of attendance; null: none.
    pub certificate_min_attendance_percent: Option<i32>,
    /// Months after the last day that participants' personal data is kept; null: the office's
    /// default.
    pub retention_months: Option<i32>,
    pub languages: Vec<String>,
    pub description: String,
    /// Increases with every change a participant can see.
    pub revision: i32,
    pub created_at: String,
    pub updated_at: String,
}

impl From<event::Model> for EventView {
    fn from(e: event::Model) -> Self {
        let [titles, descriptions, venue_names] = content::event_maps(&e);
        Self {
            id: e.id,
            original_language: crate::events::content::original(&e).code().to_owned(),
            titles,
            descriptions,
            venue_names,
            languages: languages_from_stored(&e.languages).iter().map(|l| l.as_str().to_owned()).collect(),
            title: e.title,
            kind: e.kind.as_str().to_owned(),
            status: e.status.as_str().to_owned(),
            programme: e.programme_code,
            unit: e.unit_code,
            series_id: e.series_id,
            mandate: e.mandate,
            venue_name: e.venue_name,
            city: e.city,
            country: e.country_iso3,
            time_zone: e.time_zone,
            start_date: e.start_date.to_string(),
            end_date: e.end_date.to_string(),
            date_precision: e.date_precision.as_str().to_owned(),
            registration_opens_at: e.registration_opens_at.map(|t| t.to_rfc3339()),
            registration_closes_at: e.registration_closes_at.map(|t| t.to_rfc3339()),
            capacity: e.capacity,
            registration_mode: e.registration_mode.as_str().to_owned(),
            approval_required: e.approval_required,
            reminders_enabled: e.reminders_enabled,
            remote_attendance: e.remote_attendance,
            certificate_min_attendance_percent: e.certificate_min_attendance_percent,
            retention_months: e.retention_months,
            description: e.description,
            revision: e.revision,
            created_at: e.created_at.to_rfc3339(),
            updated_at: e.updated_at.to_rfc3339(),
        }
    }
}

/// One page of events.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventList {
    pub items: Vec<EventView>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
}

/// A session to add or replace; date and times are local to the event.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct SessionPayload {
    /// The title: a string (in the event's original language) or a map by language code that
    /// holds the event's original language, e.g. `{"en": "Opening", "fr": "Ouverture"}`.
    pub title: Localized,
    /// plenary (default), working_group, side_event, field_visit, break, other
    pub kind: Option<String>,
    /// `YYYY-MM-DD`
    pub date: String,
    /// `HH:MM`
    pub start_time: String,
    /// `HH:MM`
    pub end_time: String,
    pub room: Option<String>,
    /// The remote link (`https://…`) confirmed participants see; absent or empty: none.
    pub remote_url: Option<String>,
    /// The ids of the meeting's agenda items the session takes up (replaced as a whole; none
    /// when left out). Each must be an item of this event's agenda.
    pub agenda_item_ids: Option<Vec<i32>>,
}

impl SessionPayload {
    fn parse(self, original: Lang) -> Result<SessionInput, Error> {
        let mut titles = self.title.by_language("title", original)?;
        let mut versions = SessionTitlesForm::default();
        for (lang, title) in &titles {
            if *lang != original {
                versions.set_title(*lang, title);
            }
        }
        let form = SessionForm {
            title: titles.remove(&original).unwrap_or_default(),
            kind: self.kind.unwrap_or_default(),
            date: self.date,
            start_time: self.start_time,
            end_time: self.end_time,
            room: self.room.unwrap_or_default(),
            remote_url: self.remote_url.unwrap_or_default(),
            titles: versions,
            rest: Default::default(),
        };
        let mut input = SessionInput::parse(&form).map_err(Error::Invalid)?;
        input.agenda_item_ids = self.agenda_item_ids.unwrap_or_default();
        Ok(input)
    }
}

/// A session as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionView {
    pub id: i32,
    pub event_id: i32,
    /// The title in the event's original language.
    pub title: String,
    /// The title by language code, the original included.
    pub titles: BTreeMap<String, String>,
    pub kind: String,
    pub room: Option<String>,
    /// The remote link confirmed participants see (staff reads only; never public).
    pub remote_url: Option<String>,
    /// UTC, RFC 3339.
    pub starts_at: String,
    /// UTC, RFC 3339.
    pub ends_at: String,
    /// The ids of the agenda items it takes up.
    pub agenda_item_ids: Vec<i32>,
}

impl SessionView {
    /// The session of an event whose original language is `original`, taking up `agenda_item_ids`.
    fn of(original: Lang, s: event_session::Model, agenda_item_ids: Vec<i32>) -> Self {
        Self {
            agenda_item_ids,
            titles: content::session_titles(original, &s),
            id: s.id,
            event_id: s.event_id,
            title: s.title,
            kind: s.kind.as_str().to_owned(),
            room: s.room,
            remote_url: s.remote_url,
            starts_at: s.starts_at.to_rfc3339(),
            ends_at: s.ends_at.to_rfc3339(),
        }
    }
}

/// The body of every API error.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiErrorBody {
    /// not_found, forbidden, unauthenticated, invalid, conflict…
    pub error: String,
    pub message: String,
    /// For `invalid`, and for a `conflict` with a record (a name already taken…): each field.
    pub fields: Option<Vec<ApiFieldError>>,
}

/// One invalid field.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiFieldError {
    pub field: String,
    pub message: String,
}

/// List events the caller may manage.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "events", params(ListQuery),
    responses((status = 200, description = "Done: the result", body = EventList)),
    security(("bearer" = [])))]
pub async fn list_events(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Query(q): Query<ListQuery>,
) -> Result<Json<EventList>, Error> {
    let (filter, page) = q.parse(&state.reference)?;
    let listing = rules::list_for_staff(&state.db, &caller, &filter, page, state.clock.today()).await?;
    Ok(Json(EventList {
        items: listing.events.into_iter().map(EventView::from).collect(),
        total: listing.total,
        page: listing.page,
        pages: listing.pages,
    }))
}

/// Create a draft event.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "events", request_body = EventPayload,
    responses((status = 201, description = "Created: the new record", body = EventView)),
    security(("bearer" = [])))]
pub async fn create_event(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<EventPayload>,
) -> Result<Response, Error> {
    let input = body.parse()?;
    let created = rules::create(&state.db, &state.reference, &caller, &input, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(EventView::from(created))).into_response())
}

/// Get one event.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "events", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = EventView)),
    security(("bearer" = [])))]
pub async fn get_event(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<EventView>, Error> {
    let detail = rules::detail_for_staff(&state.db, &caller, parse_id(&id)?).await?;
    Ok(Json(detail.event.into()))
}

/// Replace an event's details.
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "events", params(("id" = i32, Path)), request_body = EventPayload,
    responses((status = 200, description = "Done: the result", body = EventView)),
    security(("bearer" = [])))]
pub async fn update_event(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<EventPayload>,
) -> Result<Json<EventView>, Error> {
    let id = parse_id(&id)?;
    let input = body.parse()?;
    Ok(Json(rules::update(&state, &caller, id, &input, state.clock.now()).await?.into()))
}

/// Publish a draft event.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "events", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = EventView)), security(("bearer" = [])))]
pub async fn publish_event(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<EventView>, Error> {
    Ok(Json(rules::publish(&state, &caller, parse_id(&id)?, state.clock.now()).await?.into()))
}

/// Cancel an event.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "events", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = EventView)), security(("bearer" = [])))]
pub async fn cancel_event(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<EventView>, Error> {
    Ok(Json(rules::cancel(&state, &caller, parse_id(&id)?, state.clock.now()).await?.into()))
}

/// Where a copy starts.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ClonePayload {
    /// The copy's first day `YYYY-MM-DD`, or its first month `YYYY-MM` for an event dated by
    /// month.
    #[schema(required, example = "2027-11-25")]
    pub start_date: String,
}

/// A time of the copy that could not keep its local time exactly.
#[derive(Debug, Serialize, ToSchema)]
pub struct AdjustmentView {
    /// session_start, session_end, registration_opens or registration_closes.
    pub moment: String,
    /// The copy's session, for session times.
    pub session_id: Option<i32>,
    /// The source's local time, `YYYY-MM-DDTHH:MM`.
    pub from_local: String,
    /// The copy's local time, `YYYY-MM-DDTHH:MM`.
    pub to_local: String,
    /// clock_change (the time does not exist on the new day: read with the offset before the
    /// change) or shorter_month (the day does not exist in the new month: its last day).
    pub reason: String,
}

/// A clone: the new draft, its sessions and what moved.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClonedView {
    pub event: EventView,
    pub sessions: Vec<SessionView>,
    /// Days moved (events dated by day), else null.
    pub shifted_days: Option<i64>,
    /// Months moved (events dated by month), else null.
    pub shifted_months: Option<i32>,
    /// Times that could not keep their local time exactly.
    pub adjustments: Vec<AdjustmentView>,
}

impl From<Cloned> for ClonedView {
    fn from(c: Cloned) -> Self {
        let (shifted_days, shifted_months) = match c.shift {
            Shift::Days(n) => (Some(n), None),
            Shift::Months(n) => (None, Some(n)),
        };
        let local = |t: chrono::NaiveDateTime| t.format("%Y-%m-%dT%H:%M").to_string();
        let original = crate::events::content::original(&c.event);
        Self {
            adjustments: c
                .adjustments
                .iter()
                .map(|a| AdjustmentView {
                    moment: a.moment.as_str().to_owned(),
                    session_id: a.session_id,
                    from_local: local(a.moved.from_local),
                    to_local: local(a.moved.to_local),
                    reason: a.moved.why.map(|w| w.as_str()).unwrap_or_default().to_owned(),
                })
                .collect(),
            event: c.event.into(),
            sessions: c.sessions.into_iter().map(|s| SessionView::of(original, s, Vec::new())).collect(),
            shifted_days,
            shifted_months,
        }
    }
}

/// Clone an event into a new draft starting on `start_date`: its dates, registration dates and
/// sessions move by the same number of days (months for an event dated by month) in its local
/// time.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "events", params(("id" = i32, Path)), request_body = ClonePayload,
    responses((status = 201, description = "The copy, a draft", body = ClonedView),
        (status = 401, description = "No valid bearer token", body = ApiErrorBody),
        (status = 403, description = "Another programme's event", body = ApiErrorBody),
        (status = 404, description = "No such event", body = ApiErrorBody),
        (status = 422, description = "`start_date` missing or malformed", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn clone_event(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ClonePayload>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let start = CloneStart::parse(&CloneForm { start_date: body.start_date }).map_err(Error::Invalid)?;
    let cloned = clone::clone_event(&state.db, &caller, id, start, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(ClonedView::from(cloned))).into_response())
}

/// List an event's sessions in time order.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "events", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the result", body = Vec<SessionView>)), security(("bearer" = [])))]
pub async fn list_sessions(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<Vec<SessionView>>, Error> {
    let detail = rules::detail_for_staff(&state.db, &caller, parse_id(&id)?).await?;
    let original = crate::events::content::original(&detail.event);
    let items = detail.session_items;
    let ids = |id: i32| items.get(&id).map(|list| list.iter().map(|i| i.id).collect()).unwrap_or_default();
    Ok(Json(detail.sessions.into_iter().map(|s| SessionView::of(original, s.clone(), ids(s.id))).collect()))
}

/// Add a session.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "events", params(("id" = i32, Path)), request_body = SessionPayload,
    responses((status = 201, description = "Created: the new record", body = SessionView)), security(("bearer" = [])))]
pub async fn create_session(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<SessionPayload>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let original = rules::original_language(&state.db, &caller, id).await?;
    let input = body.parse(original)?;
    let created = rules::add_session(&state.db, &caller, id, &input, state.clock.now()).await?;
    let ids = rules::session_item_ids(&state.db, created.id).await?;
    Ok((StatusCode::CREATED, Json(SessionView::of(original, created, ids))).into_response())
}

/// Replace a session.
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "events", params(("id" = i32, Path), ("session_id" = i32, Path)), request_body = SessionPayload,
    responses((status = 200, description = "Done: the result", body = SessionView)), security(("bearer" = [])))]
pub async fn update_session(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, sid)): Path<(String, String)>,
    ApiJson(body): ApiJson<SessionPayload>,
) -> Result<Json<SessionView>, Error> {
    let (id, sid) = (parse_id(&id)?, parse_id(&sid)?);
    let original = rules::original_language(&state.db, &caller, id).await?;
    let input = body.parse(original)?;
    let updated = rules::update_session(&state.db, &caller, id, sid, &input, state.clock.now()).await?;
    let ids = rules::session_item_ids(&state.db, updated.id).await?;
    Ok(Json(SessionView::of(original, updated, ids)))
}

/// Delete a session.
#[utoipa::path(delete, path = URL_IN_ROUTER, tag = "events", params(("id" = i32, Path), ("session_id" = i32, Path)),
    responses((status = 204, description = "Done: nothing to return")), security(("bearer" = [])))]
pub async fn delete_session(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, sid)): Path<(String, String)>,
) -> Result<StatusCode, Error> {
    rules::delete_session(&state.db, &caller, parse_id(&id)?, parse_id(&sid)?, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
