//! API handlers of side events: a meeting's confirmed requests (read), and the secretariat's
//! approval with a room and a time or decline with a reason (write) — the same rules as the pages.

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::events::ApiErrorBody;
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::entities::side_event;
use crate::error::Error;
use crate::meetings::side_events::{self as rules, ApproveForm, DeclineForm, slots_of};
use crate::web::extract::{ApiCaller, ApiJson, parse_id};

/// A preferred or allocated time, RFC 3339 in UTC.
#[derive(Debug, Serialize, ToSchema)]
pub struct SlotView {
    pub starts_at: String,
    pub ends_at: String,
}

/// A request for a side event, confirmed by its contact.
#[derive(Debug, Serialize, ToSchema)]
pub struct SideEventView {
    pub id: i32,
    pub title: String,
    pub organisers: String,
    /// Empty when none.
    pub co_sponsors: String,
    pub contact_name: String,
    pub contact_email: String,
    /// The contact's language (en, fr, es, ru, zh, ar).
    pub language: String,
    pub expected_audience: i32,
    pub interpretation: bool,
    pub webcast: bool,
    /// pending, approved or declined.
    #[schema(example = "pending")]
    pub state: String,
    /// One to three, in the order of preference.
    pub preferred_slots: Vec<SlotView>,
    /// The room allocated, once approved.
    pub room: Option<String>,
    /// The time allocated, once approved.
    pub allocated: Option<SlotView>,
    /// The reason given, once declined.
    pub decline_reason: Option<String>,
    /// RFC 3339.
    pub requested_at: String,
}

fn slot(a: chrono::DateTime<chrono::Utc>, b: chrono::DateTime<chrono::Utc>) -> SlotView {
    SlotView { starts_at: a.to_rfc3339(), ends_at: b.to_rfc3339() }
}

impl From<side_event::Model> for SideEventView {
    fn from(s: side_event::Model) -> Self {
        Self {
            preferred_slots: slots_of(&s).into_iter().map(|(a, b)| slot(a, b)).collect(),
            allocated: s.starts_at.zip(s.ends_at).map(|(a, b)| slot(a, b)),
            id: s.id,
            title: s.title,
            organisers: s.organisers,
            co_sponsors: s.co_sponsors,
            contact_name: s.contact_name,
            contact_email: s.contact_email,
            language: s.language,
            expected_audience: s.expected_audience,
            interpretation: s.interpretation,
            webcast: s.webcast,
            state: s.state.as_str().to_owned(),
            room: s.room,
            decline_reason: s.decline_reason,
            requested_at: s.requested_at.to_rfc3339(),
        }
    }
}

/// A meeting's confirmed requests for side events.
#[derive(Debug, Serialize, ToSchema)]
pub struct SideEventsView {
    pub event_id: i32,
    /// Pending first, then approved, then declined.
    pub side_events: Vec<SideEventView>,
}

/// An approval: a room, and one of the preferred slots or another day and time.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct SideEventApprovalPayload {
    /// The room, as the meeting's sessions name rooms.
    pub room: String,
    /// 1, 2 or 3: that preferred slot. Absent: `date`, `start_time` and `end_time` are required.
    pub slot: Option<i64>,
    /// `YYYY-MM-DD`, within the meeting's dates (without `slot`).
    pub date: String,
    /// `HH:MM`, the meeting's local time (without `slot`).
    pub start_time: String,
    /// `HH:MM`, after `start_time` (without `slot`).
    pub end_time: String,
}

/// A decline.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct SideEventDeclinePayload {
    /// Why, as the requester will read it.
    pub reason: String,
}

/// The confirmed requests for side events of a meeting.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the requests", body = SideEventsView),
        (status = 409, description = "The event is not a meeting", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn list_side_events(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<SideEventsView>, Error> {
    let r = rules::requests(&state.office, &caller, parse_id(&id)?).await?;
    Ok(Json(SideEventsView { event_id: r.event.id, side_events: r.requests.into_iter().map(Into::into).collect() }))
}

/// Approve a request with a room and a time; the requester is emailed.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("side_event_id" = i32, Path)),
    request_body = SideEventApprovalPayload,
    responses((status = 200, description = "Done: the side event, on the programme", body = SideEventView),
        (status = 409, description = "Decided already, or the room is held then by a session or another side event (`fields.room` names what holds it), or the time is outside the meeting's dates", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn approve_side_event(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, sid)): Path<(String, String)>,
    ApiJson(body): ApiJson<SideEventApprovalPayload>,
) -> Result<Json<SideEventView>, Error> {
    let form = ApproveForm {
        room: body.room,
        slot: body.slot.map(|n| n.to_string()).unwrap_or_default(),
        date: body.date,
        start_time: body.start_time,
        end_time: body.end_time,
    };
    let allocation = form.parse().map_err(Error::Invalid)?;
    let after =
        rules::approve(&state.office, state.clock.now(), &caller, parse_id(&id)?, parse_id(&sid)?, &allocation).await?;
    state.mailer.wake();
    Ok(Json(after.into()))
}

/// Decline a request with a reason; the requester is emailed.
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("side_event_id" = i32, Path)),
    request_body = SideEventDeclinePayload,
    responses((status = 200, description = "Done: the side event, declined", body = SideEventView),
        (status = 409, description = "Decided already", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn decline_side_event(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, sid)): Path<(String, String)>,
    ApiJson(body): ApiJson<SideEventDeclinePayload>,
) -> Result<Json<SideEventView>, Error> {
    let reason = DeclineForm { reason: body.reason }.parse().map_err(Error::Invalid)?;
    let after =
        rules::decline(&state.office, state.clock.now(), &caller, parse_id(&id)?, parse_id(&sid)?, &reason).await?;
    state.mailer.wake();
    Ok(Json(after.into()))
}
