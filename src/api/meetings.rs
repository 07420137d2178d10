//! API handlers of serviced meetings: the agenda (read, add, change an item), each item's list
//! of speakers (read, inscribe, withdraw, move, "spoke") and the delegations' credentials (read,
//! record, the report's figures) — the same rules as the pages.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::events::ApiErrorBody;
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::entities::agenda_item;
use crate::error::Error;
use crate::i18n::Lang;
use crate::meetings::credentials::{self, CredentialsRow};
use crate::meetings::input::{CredentialsForm, InscriptionForm, MoveForm, agenda_input};
use crate::meetings::speakers::{self, ListOfSpeakers, SpeakerRow};
use crate::meetings::{agenda, views::on_behalf_text};
use crate::web::extract::{ApiCaller, ApiJson, parse_id};

/// An agenda item.
#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaItemView {
    pub id: i32,
    /// As the meeting's documents write it: "1", "5(a)".
    pub number: String,
    pub title: String,
    /// Whether delegations may still inscribe on its list of speakers.
    pub list_open: bool,
    /// The time limit per statement, in minutes.
    pub time_limit_minutes: Option<i32>,
}

impl From<agenda_item::Model> for AgendaItemView {
    fn from(i: agenda_item::Model) -> Self {
        Self {
            id: i.id,
            number: i.number,
            title: i.title,
            list_open: i.list_open,
            time_limit_minutes: i.time_limit_minutes,
        }
    }
}

/// A meeting's agenda, in order.
#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaView {
    pub event_id: i32,
    pub items: Vec<AgendaItemView>,
}

/// An agenda item to add, or an item's new values (all of them).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct AgendaItemPayload {
    /// A number that starts with digits, then letters, digits, dots and brackets ("5(a)"); new on this agenda.
    pub number: String,
    pub title: String,
    /// Whether the list of speakers is open (default true).
    pub list_open: Option<bool>,
    /// Minutes per statement, 1 to 60; absent for no limit.
    pub time_limit_minutes: Option<i32>,
}

/// One speaker on a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct SpeakerView {
    pub id: i32,
    /// Place on the published list, 1 first; absent once withdrawn.
    pub place: Option<usize>,
    /// `state` or `observer`.
    #[schema(example = "state")]
    pub speaker: String,
    /// The State's code, for a State.
    pub country: Option<String>,
    /// The State's name (English) or the observer's name.
    pub name: String,
    /// The group it speaks for: a UN regional group's code, or a group's name.
    pub on_behalf_of: Option<String>,
    /// "on behalf of …", in English.
    pub on_behalf_text: Option<String>,
    /// head_of_state, minister, head_of_delegation, other
    pub level: String,
    /// inscribed (not yet heard), spoke, withdrawn
    pub state: String,
    /// RFC 3339.
    pub inscribed_at: String,
}

/// An item's list of speakers: who speaks now and next, and every inscription in order.
#[derive(Debug, Serialize, ToSchema)]
pub struct SpeakerListView {
    pub item: AgendaItemView,
    /// The id of the speaker who has the floor.
    pub speaking_now: Option<i32>,
    /// The id of the next speaker.
    pub next: Option<i32>,
    /// Every inscription in place order, withdrawn ones last.
    pub speakers: Vec<SpeakerView>,
}

/// An inscription made by the secretariat.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct InscriptionPayload {
    /// `state` (default) or `observer`.
    pub speaker: String,
    /// The State's code; required for a State.
    pub country: String,
    /// The observer State's or organisation's name; required for an observer.
    pub name: String,
    pub level: String,
    /// A UN regional group's code, or a group's name ("Non-Aligned Movement"); empty for none.
    pub on_behalf_of: String,
}

/// Where a speaker moves.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct MovePayload {
    pub direction: String,
}

fn speaker_view(r: &SpeakerRow) -> SpeakerView {
    SpeakerView {
        id: r.id,
        place: r.place,
        speaker: r.speaker.as_str().to_owned(),
        country: r.country_iso3.clone(),
        name: r.name.clone(),
        on_behalf_text: on_behalf_text(crate::i18n::Tr(Lang::En), r),
        on_behalf_of: r.group_stored.clone(),
        level: r.level.as_str().to_owned(),
        state: r.state.as_str().to_owned(),
        inscribed_at: r.inscribed_at.to_rfc3339(),
    }
}

fn list_view(l: ListOfSpeakers) -> SpeakerListView {
    SpeakerListView {
        speaking_now: l.speaking_now().map(|r| r.id),
        next: l.next().map(|r| r.id),
        speakers: l.rows.iter().map(speaker_view).collect(),
        item: l.item.into(),
    }
}

/// The agenda of a meeting.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the agenda", body = AgendaView),
        (status = 409, description = "The event is not a meeting (a workshop has no agenda)", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn get_agenda(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<AgendaView>, Error> {
    let (event, items) = agenda::agenda(&state.office, &caller, parse_id(&id)?).await?;
    Ok(Json(AgendaView { event_id: event.id, items: items.into_iter().map(Into::into).collect() }))
}

fn parse_item(body: &AgendaItemPayload) -> Result<agenda::AgendaInput, Error> {
    agenda_input(&body.number, &body.title, body.list_open.unwrap_or(true), body.time_limit_minutes)
        .map_err(Error::Invalid)
}

/// Add an item to a meeting's agenda.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path)), request_body = AgendaItemPayload,
    responses((status = 201, description = "Created: the new item", body = AgendaItemView),
        (status = 409, description = "The number is on the agenda already, or the event is not a meeting", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn add_agenda_item(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AgendaItemPayload>,
) -> Result<Response, Error> {
    let input = parse_item(&body)?;
    let created = agenda::add_item(&state.office, state.clock.now(), &caller, parse_id(&id)?, &input).await?;
    Ok((StatusCode::CREATED, Json(AgendaItemView::from(created))).into_response())
}

/// Change an agenda item (every field).
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("item_id" = i32, Path)), request_body = AgendaItemPayload,
    responses((status = 200, description = "Done: the item", body = AgendaItemView),
        (status = 409, description = "The number is another item's", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn update_agenda_item(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, item)): Path<(String, String)>,
    ApiJson(body): ApiJson<AgendaItemPayload>,
) -> Result<Json<AgendaItemView>, Error> {
    let input = parse_item(&body)?;
    let after =
        agenda::update_item(&state.office, state.clock.now(), &caller, parse_id(&id)?, parse_id(&item)?, &input)
            .await?;
    Ok(Json(after.into()))
}

/// An item's list of speakers, in order (names in English).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("item_id" = i32, Path)),
    responses((status = 200, description = "Done: the list", body = SpeakerListView),
        (status = 409, description = "The event is not a meeting (a workshop has no lists of speakers)", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn get_speakers(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, item)): Path<(String, String)>,
) -> Result<Json<SpeakerListView>, Error> {
    let list = speakers::staff_list(&state.office, &caller, parse_id(&id)?, parse_id(&item)?, Lang::En).await?;
    Ok(Json(list_view(list)))
}

async fn list_after(
    state: &AppState,
    caller: &crate::auth::StaffUser,
    id: i32,
    item: i32,
) -> Result<SpeakerListView, Error> {
    Ok(list_view(speakers::staff_list(&state.office, caller, id, item, Lang::En).await?))
}

/// Inscribe a State or an observer on an item's list; it takes the place the order rule gives it.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("item_id" = i32, Path)), request_body = InscriptionPayload,
    responses((status = 201, description = "Created: the list with the new inscription", body = SpeakerListView),
        (status = 409, description = "The list is closed, or the speaker is inscribed already for this group", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn inscribe(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, item)): Path<(String, String)>,
    ApiJson(body): ApiJson<InscriptionPayload>,
) -> Result<Response, Error> {
    let form = InscriptionForm {
        speaker: body.speaker,
        country: body.country,
        name: body.name,
        level: body.level,
        on_behalf_of: body.on_behalf_of,
        other_group: String::new(),
    };
    let input = form.parse().map_err(Error::Invalid)?;
    let (id, item) = (parse_id(&id)?, parse_id(&item)?);
    speakers::inscribe(&state.office, state.clock.now(), &caller, id, item, &input).await?;
    Ok((StatusCode::CREATED, Json(list_after(&state, &caller, id, item).await?)).into_response())
}

type SpeakerPath = Path<(String, String, String)>;

fn ids((id, item, sid): (String, String, String)) -> Result<(i32, i32, i32), Error> {
    Ok((parse_id(&id)?, parse_id(&item)?, parse_id(&sid)?))
}

/// Withdraw an inscription; the speakers after it move up.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("item_id" = i32, Path), ("speaker_id" = i32, Path)),
    responses((status = 200, description = "Done: the list", body = SpeakerListView),
        (status = 409, description = "Heard or withdrawn already", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn withdraw(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(raw): SpeakerPath,
) -> Result<Json<SpeakerListView>, Error> {
    let (id, item, sid) = ids(raw)?;
    speakers::withdraw(&state.office, state.clock.now(), &caller, id, item, sid).await?;
    Ok(Json(list_after(&state, &caller, id, item).await?))
}

/// Mark a speaker heard; the floor passes to the next.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("item_id" = i32, Path), ("speaker_id" = i32, Path)),
    responses((status = 200, description = "Done: the list", body = SpeakerListView),
        (status = 409, description = "Heard or withdrawn already", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn mark_spoke(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(raw): SpeakerPath,
) -> Result<Json<SpeakerListView>, Error> {
    let (id, item, sid) = ids(raw)?;
    speakers::mark_spoke(&state.office, state.clock.now(), &caller, id, item, sid).await?;
    Ok(Json(list_after(&state, &caller, id, item).await?))
}

/// Move a speaker not yet heard one place up or down (audited).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("item_id" = i32, Path), ("speaker_id" = i32, Path)), request_body = MovePayload,
    responses((status = 200, description = "Done: the list", body = SpeakerListView),
        (status = 409, description = "Heard or withdrawn already", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn move_speaker(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(raw): SpeakerPath,
    ApiJson(body): ApiJson<MovePayload>,
) -> Result<Json<SpeakerListView>, Error> {
    let (id, item, sid) = ids(raw)?;
    let direction = MoveForm { direction: body.direction }.parse().map_err(Error::Invalid)?;
    speakers::move_speaker(&state.office, state.clock.now(), &caller, id, (item, sid), direction).await?;
    Ok(Json(list_after(&state, &caller, id, item).await?))
}

/// One delegation's credentials.
#[derive(Debug, Serialize, ToSchema)]
pub struct CredentialsView {
    pub delegation_id: i32,
    /// The State's code.
    pub country: String,
    /// The State's name (English).
    pub state: String,
    /// The State's UN regional group's code.
    pub regional_group: Option<String>,
    /// none, copy_received, original_received, in_order
    #[schema(example = "copy_received")]
    pub status: String,
    /// The secretariat's note, shown to the focal point.
    pub note: Option<String>,
    /// When receipt of the original was recorded (RFC 3339).
    pub original_received_at: Option<String>,
    /// When the record last changed (RFC 3339); absent while nothing was recorded.
    pub updated_at: Option<String>,
    /// The name of the document the focal point sent, if any.
    pub document: Option<String>,
}

/// The credentials of a meeting's delegations, by State name.
#[derive(Debug, Serialize, ToSchema)]
pub struct CredentialsListView {
    pub event_id: i32,
    pub credentials: Vec<CredentialsView>,
}

/// A status and a note to record.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct CredentialsPayload {
    /// none, copy_received, original_received, in_order
    pub status: String,
    /// The note shown to the focal point (at most 1,000 characters); empty or absent clears it.
    pub note: String,
}

/// A State as the report names it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportStateView {
    pub country: String,
    /// Its name (English).
    pub name: String,
}

/// The figures of the Credentials Committee's report, States in alphabetical order.
#[derive(Debug, Serialize, ToSchema)]
pub struct CredentialsReportView {
    pub event_id: i32,
    /// States with formal credentials (the original received, or in order).
    pub formal: Vec<ReportStateView>,
    /// States that communicated their credentials by copy only.
    pub copy: Vec<ReportStateView>,
    /// States that sent nothing yet.
    pub none: Vec<ReportStateView>,
    /// The report's drafted paragraphs (English).
    pub paragraphs: Vec<String>,
}

fn credentials_view(r: CredentialsRow) -> CredentialsView {
    CredentialsView {
        delegation_id: r.delegation_id,
        country: r.country_iso3,
        state: r.state,
        regional_group: r.group_code,
        status: r.status.as_str().to_owned(),
        note: r.note,
        original_received_at: r.original_received_at.map(|t| t.to_rfc3339()),
        updated_at: r.updated_at.map(|t| t.to_rfc3339()),
        document: r.document.map(|d| d.filename),
    }
}

/// The credentials of a meeting's delegations (names in English).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: every delegation's credentials", body = CredentialsListView),
        (status = 409, description = "The event is not a meeting (a workshop has no credentials)", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn get_credentials(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<CredentialsListView>, Error> {
    let filter = credentials::CredentialsFilter::default();
    let l = credentials::list(&state.office, &caller, parse_id(&id)?, &filter, Lang::En).await?;
    Ok(Json(CredentialsListView {
        event_id: l.event.id,
        credentials: l.rows.into_iter().map(credentials_view).collect(),
    }))
}

/// Record a delegation's credentials: status and note (audited; receipt of the original is dated).
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("delegation_id" = i32, Path)), request_body = CredentialsPayload,
    responses((status = 200, description = "Done: the delegation's credentials", body = CredentialsView),
        (status = 409, description = "The event is not a meeting", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn record_credentials(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, did)): Path<(String, String)>,
    ApiJson(body): ApiJson<CredentialsPayload>,
) -> Result<Json<CredentialsView>, Error> {
    let input = CredentialsForm { status: body.status, note: body.note }.parse().map_err(Error::Invalid)?;
    let (id, did) = (parse_id(&id)?, parse_id(&did)?);
    credentials::record(&state.office, state.clock.now(), &caller, id, did, &input).await?;
    let (_, row) = credentials::managed_row(&state.office, &caller, id, did, Lang::En).await?;
    Ok(Json(credentials_view(row)))
}

/// The figures and drafted paragraphs of the Credentials Committee's report (English).
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the figures", body = CredentialsReportView),
        (status = 409, description = "The event is not a meeting", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn get_credentials_report(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<CredentialsReportView>, Error> {
    let (event, figures) = credentials::report(&state.office, &caller, parse_id(&id)?, Lang::En).await?;
    let paragraphs = credentials::paragraphs(crate::i18n::Tr(Lang::En), &figures);
    let named = |states: Vec<credentials::report::NamedState>| {
        states.into_iter().map(|s| ReportStateView { country: s.iso3, name: s.name }).collect()
    };
    Ok(Json(CredentialsReportView {
        event_id: event.id,
        formal: named(figures.formal),
        copy: named(figures.copy),
        none: named(figures.none),
        paragraphs,
    }))
}
