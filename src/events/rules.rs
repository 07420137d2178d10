//! Rules of events and their schedules: who may see and change what, status changes, and the
//! checks a schedule must pass (sessions inside the event's dates, no double-booked room).

pub use super::access::managed_event;
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, Select, TransactionTrait,
};

use super::agenda_items::{self, SessionItems};
use super::content;
use super::input::{EventInput, SessionInput, local_to_utc};
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::db::Db;
use crate::domain::{EventKind, EventStatus, TimeZone, WebhookKind, languages_to_stored};
use crate::entities::{agenda_item, event, event_session, series};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::reference::Reference;
use crate::{Office, webhooks};

/// Which events a list shows by date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum When {
    /// Every event, newest first.
    #[default]
    All,
    /// Events not yet over, soonest first.
    Upcoming,
    /// Events that are over, most recent first.
    Past,
}

/// Filters of the organiser's event list.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Programme code.
    pub programme: Option<String>,
    /// Kind of event.
    pub kind: Option<EventKind>,
    /// Status.
    pub status: Option<EventStatus>,
    /// Year the event starts in.
    pub year: Option<i32>,
    /// Upcoming, past or all.
    pub when: When,
    /// Words in the title.
    pub search: Option<String>,
}

/// One page of events.
#[derive(Debug, Clone)]
pub struct EventListing {
    /// The events on this page.
    pub events: Vec<event::Model>,
    /// Matching events in all pages.
    pub total: u64,
    /// This page (from 1).
    pub page: u64,
    /// Number of pages.
    pub pages: u64,
}

/// An event with its schedule.
#[derive(Debug, Clone)]
pub struct EventDetail {
    /// The event.
    pub event: event::Model,
    /// Its sessions, in time order.
    pub sessions: Vec<event_session::Model>,
    /// Its series, if any.
    pub series: Option<series::Model>,
    /// Its agenda (a meeting's numbered items; empty for other events).
    pub agenda: Vec<agenda_item::Model>,
    /// The agenda items each session takes up, by session id.
    pub session_items: SessionItems,
}

/// One session with what its edit form needs.
#[derive(Debug, Clone)]
pub struct SessionDetail {
    /// The event.
    pub event: event::Model,
    /// The session.
    pub session: event_session::Model,
    /// The event's agenda, to choose from.
    pub agenda: Vec<agenda_item::Model>,
    /// The ids of the items the session takes up.
    pub agenda_item_ids: Vec<i32>,
}

/// Events per page in lists.
pub const PER_PAGE: u64 = 25;

fn filtered(mut query: Select<event::Entity>, filter: &EventFilter, today: NaiveDate) -> Select<event::Entity> {
    if let Some(p) = &filter.programme {
        query = query.filter(event::Column::ProgrammeCode.eq(p.as_str()));
    }
    if let Some(k) = filter.kind {
        query = query.filter(event::Column::Kind.eq(k));
    }
    if let Some(s) = filter.status {
        query = query.filter(event::Column::Status.eq(s));
    }
    if let Some(y) = filter.year
        && let (Some(first), Some(last)) = (NaiveDate::from_ymd_opt(y, 1, 1), NaiveDate::from_ymd_opt(y, 12, 31))
    {
        query = query.filter(event::Column::StartDate.between(first, last));
    }
    if let Some(words) = &filter.search {
        let pattern = format!("%{}%", words.to_lowercase().replace(['%', '_', '\\'], ""));
        query = query.filter(Expr::expr(Func::lower(Expr::col(event::Column::Title))).like(pattern));
    }
    match filter.when {
        When::All => query.order_by_desc(event::Column::StartDate).order_by_desc(event::Column::Id),
        When::Upcoming => query
            .filter(event::Column::EndDate.gte(today))
            .order_by_asc(event::Column::StartDate)
            .order_by_asc(event::Column::Id),
        When::Past => query
            .filter(event::Column::EndDate.lt(today))
            .order_by_desc(event::Column::StartDate)
            .order_by_desc(event::Column::Id),
    }
}

/// The events a staff member may manage, filtered and paginated.
pub async fn list_for_staff(
    db: &Db,
    staff: &StaffUser,
    filter: &EventFilter,
    page: u64,
    today: NaiveDate,
) -> Result<EventListing> {
    let mut query = filtered(event::Entity::find(), filter, today);
    if !staff.is_admin() {
        query = query.filter(event::Column::ProgrammeCode.is_in(staff.programmes.clone()));
    }
    let paginator = query.paginate(&db.read, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let pages = std::cmp::max(counts.number_of_pages, 1);
    let page = page.clamp(1, pages);
    let events = paginator.fetch_page(page - 1).await?;
    Ok(EventListing { events, total: counts.number_of_items, page, pages })
}

async fn detail<C: ConnectionTrait>(db: &C, event: event::Model) -> Result<EventDetail> {
    let sessions = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event.id))
        .order_by_asc(event_session::Column::StartsAt)
        .order_by_asc(event_session::Column::Id)
        .all(db)
        .await?;
    let series = match event.series_id {
        Some(id) => series::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let (agenda, session_items) = agenda_items::of_event(db, event.id).await?;
    Ok(EventDetail { event, sessions, series, agenda, session_items })
}

/// An event and its schedule, for a staff member allowed to manage it.
pub async fn detail_for_staff(db: &Db, staff: &StaffUser, id: i32) -> Result<EventDetail> {
    let event = managed_event(&db.read, staff, id).await?;
    detail(&db.read, event).await
}

/// The original language of an event a staff member may manage.
pub async fn original_language(db: &Db, staff: &StaffUser, id: i32) -> Result<crate::i18n::Lang> {
    Ok(content::original(&managed_event(&db.read, staff, id).await?))
}

/// A published (or cancelled) event for the public; drafts do not exist for them.
pub async fn public_detail(db: &Db, id: i32) -> Result<EventDetail> {
    let event = event::Entity::find_by_id(id)
        .filter(event::Column::Status.ne(EventStatus::Draft))
        .one(&db.read)
        .await?
        .ok_or(Error::NotFound)?;
    detail(&db.read, event).await
}

/// Published events not yet over, soonest first, optionally of one programme.
pub async fn public_upcoming(db: &Db, programme: Option<&str>, today: NaiveDate) -> Result<Vec<event::Model>> {
    let filter = EventFilter {
        programme: programme.map(str::to_owned),
        status: Some(EventStatus::Published),
        when: When::Upcoming,
        ..Default::default()
    };
    Ok(filtered(event::Entity::find(), &filter, today).all(&db.read).await?)
}

/// All series, for forms.
pub async fn all_series(db: &Db) -> Result<Vec<series::Model>> {
    Ok(series::Entity::find().order_by_asc(series::Column::Title).all(&db.read).await?)
}

/// Checks the codes an input refers to; returns the series id.
async fn check_references<C: ConnectionTrait>(
    db: &C,
    reference: &Reference,
    staff: &StaffUser,
    input: &EventInput,
) -> Result<Option<i32>> {
    let mut e = FieldErrors::new();
    if !reference.has_programme(&input.programme) {
        e.add("programme", Msg::new("err-choice"));
    }
    if !reference.has_unit(&input.unit) {
        e.add("unit", Msg::new("err-choice"));
    }
    if let Some(c) = &input.country
        && !reference.has_country(c.as_str())
    {
        e.add("country", Msg::new("err-country-unknown"));
    }
    let series_id = match &input.series {
        Some(code) => match series::Entity::find().filter(series::Column::Code.eq(code.as_str())).one(db).await? {
            Some(s) => Some(s.id),
            None => {
                e.add("series", Msg::new("err-choice"));
                None
            }
        },
        None => None,
    };
    e.into_result(())?;
    if !staff.can_manage(&input.programme) {
        return Err(Error::Forbidden);
    }
    Ok(series_id)
}

fn apply(model: &mut event::ActiveModel, input: &EventInput, series_id: Option<i32>) {
    model.title = Set(input.title.clone());
    model.kind = Set(input.kind);
    model.programme_code = Set(input.programme.clone());
    model.unit_code = Set(input.unit.clone());
    model.series_id = Set(series_id);
    model.mandate = Set(input.mandate.clone());
    model.venue_name = Set(input.venue_name.clone());
    model.city = Set(input.city.clone());
    model.country_iso3 = Set(input.country.as_ref().map(|c| c.as_str().to_owned()));
    model.time_zone = Set(input.time_zone.0.name().to_owned());
    model.start_date = Set(input.dates.start);
    model.end_date = Set(input.dates.end);
    model.date_precision = Set(input.dates.precision);
    model.registration_opens_at = Set(input.registration_opens);
    model.registration_closes_at = Set(input.registration_closes);
    model.capacity = Set(input.capacity);
    model.registration_mode = Set(input.registration_mode);
    model.approval_required = Set(input.approval_required);
    model.reminders_enabled = Set(input.reminders_enabled);
    model.remote_attendance = Set(input.remote_attendance);
    model.certificate_min_attendance_percent = Set(input.certificate_min_attendance_percent);
    model.retention_months = Set(input.retention_months);
    model.languages = Set(languages_to_stored(&input.languages));
    model.description = Set(input.description.clone());
    model.original_language = Set(input.original_language.code().to_owned());
    model.translations = Set(content::versions_to_stored(input.original_language, &input.versions));
}

/// Creates a draft event.
pub async fn create(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    input: &EventInput,
    now: DateTime<Utc>,
) -> Result<event::Model> {
    let txn = db.write.begin().await?;
    let series_id = check_references(&txn, reference, staff, input).await?;
    let mut model = event::ActiveModel {
        seed_key: Set(None),
        status: Set(EventStatus::Draft),
        revision: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    apply(&mut model, input, series_id);
    let created = model.insert(&txn).await?;
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("event.create", "event", created.id, None, Some(&created)),
    )
    .await?;
    txn.commit().await?;
    Ok(created)
}

/// Replaces an event's details; its sessions must still fall inside the new dates.
pub async fn update(
    office: &Office,
    staff: &StaffUser,
    id: i32,
    input: &EventInput,
    now: DateTime<Utc>,
) -> Result<event::Model> {
    let reference = &office.reference;
    let txn = office.db.write.begin().await?;
    let before = managed_event(&txn, staff, id).await?;
    if before.status == EventStatus::Cancelled {
        return Err(Error::Conflict(Msg::new("err-event-cancelled")));
    }
    let series_id = check_references(&txn, reference, staff, input).await?;
    let sessions = event_session::Entity::find().filter(event_session::Column::EventId.eq(id)).all(&txn).await?;
    let outside = sessions
        .iter()
        .filter(|s| {
            let day = s.starts_at.with_timezone(&input.time_zone.0).date_naive();
            day < input.dates.start || day > input.dates.end
        })
        .count();
    if outside > 0 {
        return Err(FieldErrors::clash("start_date", Msg::new("err-sessions-outside").arg("count", outside)));
    }
    let mut model = before.clone().into_active_model();
    apply(&mut model, input, series_id);
    model.revision = Set(before.revision + 1);
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("event.update", "event", id, Some(&before), Some(&after)),
    )
    .await?;
    if after.status == EventStatus::Published {
        office.webhooks.record(&txn, event_change(WebhookKind::EventChanged, &after), now).await?;
    }
    txn.commit().await?;
    Ok(after)
}

async fn set_status(
    office: &Office,
    staff: &StaffUser,
    id: i32,
    to: EventStatus,
    now: DateTime<Utc>,
) -> Result<event::Model> {
    let txn = office.db.write.begin().await?;
    let before = managed_event(&txn, staff, id).await?;
    let from = before.status;
    let allowed = matches!(
        (from, to),
        (EventStatus::Draft, EventStatus::Published)
            | (EventStatus::Draft | EventStatus::Published, EventStatus::Cancelled)
    );
    if !allowed {
        let key = match from {
            EventStatus::Cancelled => "err-event-cancelled",
            _ => "err-event-already-published",
        };
        return Err(Error::Conflict(Msg::new(key)));
    }
    let mut model = before.clone().into_active_model();
    model.status = Set(to);
    model.revision = Set(before.revision + 1);
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    if to == EventStatus::Published {
        // What participants will see from now on: the baseline of later change notices.
        crate::calendar::notices::record_baseline(&txn, &after, now).await?;
    }
    let action = if to == EventStatus::Published { "event.publish" } else { "event.cancel" };
    audit::record(&txn, &Actor::staff(staff), now, Change::new(action, "event", id, Some(&before), Some(&after)))
        .await?;
    let kind = if to == EventStatus::Published { WebhookKind::EventPublished } else { WebhookKind::EventCancelled };
    office.webhooks.record(&txn, event_change(kind, &after), now).await?;
    txn.commit().await?;
    Ok(after)
}

/// The webhook change of an event's own record.
fn event_change(kind: WebhookKind, e: &event::Model) -> webhooks::Change {
    webhooks::Change {
        kind,
        programme_code: e.programme_code.clone(),
        ids: webhooks::Ids { event_id: e.id, ..Default::default() },
        personal: None,
    }
}

/// Publishes a draft: it appears on the public pages.
pub async fn publish(office: &Office, staff: &StaffUser, id: i32, now: DateTime<Utc>) -> Result<event::Model> {
    set_status(office, staff, id, EventStatus::Published, now).await
}

/// Cancels a draft or published event; it stays visible with a notice.
pub async fn cancel(office: &Office, staff: &StaffUser, id: i32, now: DateTime<Utc>) -> Result<event::Model> {
    set_status(office, staff, id, EventStatus::Cancelled, now).await
}

/// Places a session in UTC and checks it against the event and its other sessions.
async fn place_session<C: ConnectionTrait>(
    db: &C,
    event: &event::Model,
    input: &SessionInput,
    exclude: Option<i32>,
) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
    let mut e = FieldErrors::new();
    // Well-formed input that does not fit the event or its schedule is a clash (409), told
    // apart from input that is invalid in itself (422).
    let mut clashes = FieldErrors::new();
    if input.date < event.start_date || input.date > event.end_date {
        clashes.add("date", Msg::new("err-session-outside-event"));
    }
    let tz: TimeZone = event.time_zone.parse().map_err(|_| Error::Internal("stored time zone is invalid".into()))?;
    let starts = local_to_utc(tz, input.date.and_time(input.start)).map_err(|m| e.add("start_time", m)).ok();
    let ends = local_to_utc(tz, input.date.and_time(input.end)).map_err(|m| e.add("end_time", m)).ok();
    let (Some(starts), Some(ends)) = (starts, ends) else {
        return Err(Error::Invalid(e));
    };
    if starts >= ends {
        e.add("end_time", Msg::new("err-session-end-before-start"));
    }
    if let Some(room) = &input.room {
        // Under the schedule lock: a side event allocated meanwhile cannot take the room too.
        super::rooms::lock_schedule(db, event.id).await?;
        let asking = super::rooms::Booking::Session(exclude);
        if let Some(clash) = super::rooms::holder(db, event.id, room, starts, ends, asking).await? {
            let local = |t: DateTime<Utc>| t.with_timezone(&tz.0).format("%H:%M").to_string();
            clashes.add(
                "room",
                Msg::new("err-room-overlap")
                    .arg("title", &clash.title)
                    .arg("start", local(clash.starts_at))
                    .arg("end", local(clash.ends_at)),
            );
        }
    }
    if e.is_empty() && !clashes.is_empty() {
        return Err(Error::Clash(clashes));
    }
    e.into_result((starts, ends))
}

async fn touch_event<C: ConnectionTrait>(db: &C, event: &event::Model, now: DateTime<Utc>) -> Result<()> {
    // Schedule changes are changes a participant sees: the event's revision moves with them.
    event::Entity::update_many()
        .col_expr(event::Column::Revision, Expr::col(event::Column::Revision).add(1))
        .col_expr(event::Column::UpdatedAt, Expr::value(now))
        .filter(event::Column::Id.eq(event.id))
        .exec(db)
        .await?;
    Ok(())
}

async fn editable_event<C: ConnectionTrait>(db: &C, staff: &StaffUser, event_id: i32) -> Result<event::Model> {
    let event = managed_event(db, staff, event_id).await?;
    if event.status == EventStatus::Cancelled {
        return Err(Error::Conflict(Msg::new("err-event-cancelled")));
    }
    Ok(event)
}

/// A session as the audit log keeps it: its row and the agenda items it takes up.
#[derive(serde::Serialize)]
struct AuditedSession<'a> {
    #[serde(flatten)]
    session: &'a event_session::Model,
    agenda_item_ids: &'a [i32],
}

/// Adds a session to an event's schedule.
pub async fn add_session(
    db: &Db,
    staff: &StaffUser,
    event_id: i32,
    input: &SessionInput,
    now: DateTime<Utc>,
) -> Result<event_session::Model> {
    let txn = db.write.begin().await?;
    let event = editable_event(&txn, staff, event_id).await?;
    let (starts, ends) = place_session(&txn, &event, input, None).await?;
    let created = event_session::ActiveModel {
        event_id: Set(event_id),
        title: Set(input.title.clone()),
        kind: Set(input.kind),
        starts_at: Set(starts),
        ends_at: Set(ends),
        room: Set(input.room.clone()),
        remote_url: Set(input.remote_url.as_ref().map(|u| u.as_str().to_owned())),
        title_translations: Set(content::session_versions_to_stored(content::original(&event), &input.titles)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    agenda_items::set_for_session(&txn, event.id, created.id, &input.agenda_item_ids).await?;
    touch_event(&txn, &event, now).await?;
    let after = AuditedSession { session: &created, agenda_item_ids: &input.agenda_item_ids };
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("session.create", "session", created.id, None, Some(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(created)
}

async fn managed_session<C: ConnectionTrait>(db: &C, event_id: i32, session_id: i32) -> Result<event_session::Model> {
    event_session::Entity::find_by_id(session_id)
        .filter(event_session::Column::EventId.eq(event_id))
        .one(db)
        .await?
        .ok_or(Error::NotFound)
}

/// One session, for its edit form.
pub async fn session_for_staff(db: &Db, staff: &StaffUser, event_id: i32, session_id: i32) -> Result<SessionDetail> {
    let event = managed_event(&db.read, staff, event_id).await?;
    let session = managed_session(&db.read, event_id, session_id).await?;
    let (agenda, _) = agenda_items::of_event(&db.read, event_id).await?;
    let agenda_item_ids = agenda_items::ids_of_session(&db.read, session_id).await?;
    Ok(SessionDetail { event, session, agenda, agenda_item_ids })
}

/// The ids of the agenda items session `session_id` takes up.
pub async fn session_item_ids(db: &Db, session_id: i32) -> Result<Vec<i32>> {
    agenda_items::ids_of_session(&db.read, session_id).await
}

/// Changes a session.
pub async fn update_session(
    db: &Db,
    staff: &StaffUser,
    event_id: i32,
    session_id: i32,
    input: &SessionInput,
    now: DateTime<Utc>,
) -> Result<event_session::Model> {
    let txn = db.write.begin().await?;
    let event = editable_event(&txn, staff, event_id).await?;
    let before = managed_session(&txn, event_id, session_id).await?;
    let items_before = agenda_items::ids_of_session(&txn, session_id).await?;
    let (starts, ends) = place_session(&txn, &event, input, Some(session_id)).await?;
    let mut model = before.clone().into_active_model();
    model.title = Set(input.title.clone());
    model.kind = Set(input.kind);
    model.starts_at = Set(starts);
    model.ends_at = Set(ends);
    model.room = Set(input.room.clone());
    model.remote_url = Set(input.remote_url.as_ref().map(|u| u.as_str().to_owned()));
    model.title_translations = Set(content::session_versions_to_stored(content::original(&event), &input.titles));
    let after = model.update(&txn).await?;
    agenda_items::set_for_session(&txn, event.id, session_id, &input.agenda_item_ids).await?;
    touch_event(&txn, &event, now).await?;
    let audited_before = AuditedSession { session: &before, agenda_item_ids: &items_before };
    let audited_after = AuditedSession { session: &after, agenda_item_ids: &input.agenda_item_ids };
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("session.update", "session", session_id, Some(&audited_before), Some(&audited_after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Removes a session.
pub async fn delete_session(
    db: &Db,
    staff: &StaffUser,
    event_id: i32,
    session_id: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    let txn = db.write.begin().await?;
    let event = editable_event(&txn, staff, event_id).await?;
    let before = managed_session(&txn, event_id, session_id).await?;
    event_session::Entity::delete_by_id(session_id).exec(&txn).await?;
    touch_event(&txn, &event, now).await?;
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("session.delete", "session", session_id, Some(&before), None),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
