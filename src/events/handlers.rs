//! Handlers of the public event pages and the organiser's event pages. Each one parses its
//! input, calls one rule and renders a view or redirects.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Datelike;
use serde::Deserialize;

use super::clone::{self};
use super::content;
use super::input::{CloneForm, CloneStart, EventForm, EventInput, SessionForm, SessionInput};
use super::queries::{CloneNotice, ListQuery};
use super::rules::{self};
use super::situation::Situation;
use super::versions::SessionTitlesForm;
use super::views;
use crate::AppState;
use crate::domain::{self, DatePrecision, languages_from_stored};
use crate::entities::event;
use crate::error::{Error, FieldErrors};
use crate::web::extract::{Page, Staff, parse_id};
use crate::web::see_other;

/// `?programme=` on the public list.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProgrammeQuery {
    programme: Option<String>,
}

/// `GET /`: published upcoming events.
pub async fn public_home(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<ProgrammeQuery>,
) -> Result<Response, Error> {
    let programme = q.programme.filter(|p| state.reference.has_programme(p));
    let events = rules::public_upcoming(&state.db, programme.as_deref(), state.clock.today()).await?;
    Ok(views::public_home(&page, &state.reference, &events, programme.as_deref()).into_response())
}

/// `GET /programmes/{code}`: published upcoming events of one programme.
pub async fn public_programme(
    State(state): State<AppState>,
    page: Page,
    Path(code): Path<String>,
) -> Result<Response, Error> {
    if !state.reference.has_programme(&code) {
        return Err(Error::NotFound);
    }
    let events = rules::public_upcoming(&state.db, Some(&code), state.clock.today()).await?;
    Ok(views::public_home(&page, &state.reference, &events, Some(&code)).into_response())
}

/// `GET /events/{id}`: a published event's page (served from the page cache to anonymous
/// visitors: their page holds nothing personal).
pub async fn public_event(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let cacheable = page.staff.is_none() && state.settings.server.public_cache_seconds > 0;
    let lang = page.tr.lang();
    let html_type = [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")];
    if cacheable && let Some(body) = state.page_cache.get(&page.path, lang) {
        return Ok((html_type, body).into_response());
    }
    let detail = rules::public_detail(&state.db, parse_id(&id)?).await?;
    let situation = Situation::of(&detail.event, state.clock.now());
    let body = axum::body::Bytes::from(views::public_event(&page, &state.reference, &detail, situation).into_string());
    if cacheable {
        state.page_cache.put(&page.path, lang, body.clone());
    }
    Ok((html_type, body).into_response())
}

/// `GET /organiser/events`
pub async fn list_events(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Query(q): Query<ListQuery>,
) -> Result<Response, Error> {
    let (filter, n) = q.parse(&state.reference)?;
    let listing = rules::list_for_staff(&state.db, &staff, &filter, n, state.clock.today()).await?;
    Ok(views::organiser_list(&page, &state.reference, &listing, &q).into_response())
}

fn new_event_form(staff: &crate::auth::StaffUser) -> EventForm {
    let mut form = EventForm {
        time_zone: "UTC".into(),
        date_precision: DatePrecision::Day.as_str().into(),
        registration_mode: "invitation".into(),
        reminders_enabled: Some("on".into()),
        // Only a programme that is the sole choice is filled in; otherwise the organiser picks.
        programme: match staff.programmes.as_slice() {
            [only] if !staff.is_admin() => only.clone(),
            _ => String::new(),
        },
        ..Default::default()
    };
    form.set_languages(&[domain::Language::En]);
    form
}

async fn render_form(
    state: &AppState,
    page: &Page,
    staff: &crate::auth::StaffUser,
    form: &EventForm,
    errors: &FieldErrors,
    target: Option<i32>,
) -> Result<Response, Error> {
    let series = rules::all_series(&state.db).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, views::event_form(page, &state.reference, &series, staff, form, errors, target)).into_response())
}

/// `GET /organiser/events/new`
pub async fn new_event_page(State(state): State<AppState>, Staff(staff): Staff, page: Page) -> Result<Response, Error> {
    let form = new_event_form(&staff);
    render_form(&state, &page, &staff, &form, &FieldErrors::new(), None).await
}

/// `POST /organiser/events`
pub async fn create_event(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Form(form): Form<EventForm>,
) -> Result<Response, Error> {
    let input = match EventInput::parse(&form) {
        Ok(i) => i,
        Err(errors) => return render_form(&state, &page, &staff, &form, &errors, None).await,
    };
    match rules::create(&state.db, &state.reference, &staff, &input, state.clock.now()).await {
        Ok(event) => Ok(see_other(&format!("/organiser/events/{}", event.id))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            render_form(&state, &page, &staff, &form, &errors, None).await
        }
        Err(e) => Err(e),
    }
}

/// `GET /organiser/events/{id}`
pub async fn show_event(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Query(notice): Query<CloneNotice>,
) -> Result<Response, Error> {
    let detail = rules::detail_for_staff(&state.db, &staff, parse_id(&id)?).await?;
    let form = SessionForm {
        date: detail.event.start_date.format("%Y-%m-%d").to_string(),
        kind: domain::SessionKind::Plenary.as_str().into(),
        ..Default::default()
    };
    let notice = views::clone_notice(page.tr, &detail, &notice);
    let figures = event_figures(&state, &page, &staff, &detail.event).await?;
    Ok(views::organiser_event(&page, &state.reference, &detail, &form, &FieldErrors::new(), notice, figures)
        .into_response())
}

/// The dashboard figures shown first on an event's page.
async fn event_figures(
    state: &AppState,
    page: &Page,
    staff: &crate::auth::StaffUser,
    e: &event::Model,
) -> Result<maud::Markup, Error> {
    let figures = crate::dashboard::event_dashboard(&state.db.read, staff, e, state.clock.now()).await?;
    Ok(crate::dashboard::views::event_figures(page.tr, e.id, &figures))
}

/// The form of an existing event, in its own time zone.
pub fn form_from_event(e: &event::Model, series_code: Option<&str>) -> EventForm {
    let tz: Option<domain::TimeZone> = e.time_zone.parse().ok();
    let local = |t: Option<chrono::DateTime<chrono::Utc>>| match (t, tz) {
        (Some(t), Some(tz)) => t.with_timezone(&tz.0).format("%Y-%m-%dT%H:%M").to_string(),
        _ => String::new(),
    };
    let month = e.date_precision == DatePrecision::Month;
    let fmt = |d: chrono::NaiveDate| {
        if month { format!("{:04}-{:02}", d.year(), d.month()) } else { d.format("%Y-%m-%d").to_string() }
    };
    let mut form = EventForm {
        title: e.title.clone(),
        kind: e.kind.as_str().to_owned(),
        programme: e.programme_code.clone(),
        unit: e.unit_code.clone(),
        series: series_code.unwrap_or_default().to_owned(),
        mandate: e.mandate.clone().unwrap_or_default(),
        venue_name: e.venue_name.clone().unwrap_or_default(),
        city: e.city.clone(),
        country: e.country_iso3.clone().unwrap_or_default(),
        time_zone: e.time_zone.clone(),
        date_precision: e.date_precision.as_str().to_owned(),
        start_date: fmt(e.start_date),
        end_date: fmt(e.end_date),
        registration_opens: local(e.registration_opens_at),
        registration_closes: local(e.registration_closes_at),
        capacity: e.capacity.map(|c| c.to_string()).unwrap_or_default(),
        registration_mode: e.registration_mode.as_str().to_owned(),
        approval_required: e.approval_required.then(|| "on".to_owned()),
        reminders_enabled: e.reminders_enabled.then(|| "on".to_owned()),
        remote_attendance: e.remote_attendance.then(|| "on".to_owned()),
        certificate_min_attendance_percent: e
            .certificate_min_attendance_percent
            .map(|p| p.to_string())
            .unwrap_or_default(),
        retention_months: e.retention_months.map(|m| m.to_string()).unwrap_or_default(),
        description: e.description.clone(),
        ..Default::default()
    };
    form.set_languages(&languages_from_stored(&e.languages));
    form.versions.original_language = content::original(e).code().to_owned();
    for (lang, version) in content::versions(e) {
        form.versions.set_version(lang, &version);
    }
    form
}

/// `GET /organiser/events/{id}/edit`
pub async fn edit_event_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let detail = rules::detail_for_staff(&state.db, &staff, parse_id(&id)?).await?;
    let form = form_from_event(&detail.event, detail.series.as_ref().map(|s| s.code.as_str()));
    render_form(&state, &page, &staff, &form, &FieldErrors::new(), Some(detail.event.id)).await
}

/// `POST /organiser/events/{id}`
pub async fn update_event(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<EventForm>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let input = match EventInput::parse(&form) {
        Ok(i) => i,
        Err(errors) => return render_form(&state, &page, &staff, &form, &errors, Some(id)).await,
    };
    match rules::update(&state, &staff, id, &input, state.clock.now()).await {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            render_form(&state, &page, &staff, &form, &errors, Some(id)).await
        }
        Err(e) => Err(e),
    }
}

/// `GET /organiser/events/{id}/clone`: asks where the copy starts.
pub async fn clone_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let detail = rules::detail_for_staff(&state.db, &staff, parse_id(&id)?).await?;
    Ok(views::clone_form(&page, &detail, &CloneForm::default(), &FieldErrors::new()).into_response())
}

/// `POST /organiser/events/{id}/clone`: the copy opens on its page, which says what moved.
pub async fn clone_event(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<CloneForm>,
) -> Result<Response, Error> {
    // The source first: another programme's event is 403 whatever was typed.
    let detail = rules::detail_for_staff(&state.db, &staff, parse_id(&id)?).await?;
    let result = match CloneStart::parse(&form) {
        Ok(start) => clone::clone_event(&state.db, &staff, detail.event.id, start, state.clock.now()).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(cloned) => Ok(see_other(&format!("/organiser/events/{}?{}", cloned.event.id, CloneNotice::query(&cloned)))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            Ok((StatusCode::UNPROCESSABLE_ENTITY, views::clone_form(&page, &detail, &form, &errors)).into_response())
        }
        Err(e) => Err(e),
    }
}

/// `POST /organiser/events/{id}/publish`
pub async fn publish_event(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let e = rules::publish(&state, &staff, parse_id(&id)?, state.clock.now()).await?;
    Ok(see_other(&format!("/organiser/events/{}", e.id)))
}

/// `POST /organiser/events/{id}/cancel`
pub async fn cancel_event(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let e = rules::cancel(&state, &staff, parse_id(&id)?, state.clock.now()).await?;
    Ok(see_other(&format!("/organiser/events/{}", e.id)))
}

async fn render_event_with_session_errors(
    state: &AppState,
    page: &Page,
    staff: &crate::auth::StaffUser,
    id: i32,
    form: &SessionForm,
    errors: &FieldErrors,
) -> Result<Response, Error> {
    let detail = rules::detail_for_staff(&state.db, staff, id).await?;
    let figures = event_figures(state, page, staff, &detail.event).await?;
    let markup = views::organiser_event(page, &state.reference, &detail, form, errors, None, figures);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, markup).into_response())
}

/// `POST /organiser/events/{id}/sessions`
pub async fn add_session(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<SessionForm>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let input = match SessionInput::parse(&form) {
        Ok(i) => i,
        Err(errors) => {
            return render_event_with_session_errors(&state, &page, &staff, id, &form, &errors).await;
        }
    };
    match rules::add_session(&state.db, &staff, id, &input, state.clock.now()).await {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}#schedule"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            render_event_with_session_errors(&state, &page, &staff, id, &form, &errors).await
        }
        Err(e) => Err(e),
    }
}

fn session_form(d: &rules::SessionDetail) -> SessionForm {
    let (event, s) = (&d.event, &d.session);
    let tz: Option<domain::TimeZone> = event.time_zone.parse().ok();
    let (date, start, end) = match tz {
        Some(tz) => {
            let a = s.starts_at.with_timezone(&tz.0);
            let b = s.ends_at.with_timezone(&tz.0);
            (a.format("%Y-%m-%d").to_string(), a.format("%H:%M").to_string(), b.format("%H:%M").to_string())
        }
        None => Default::default(),
    };
    let mut form = SessionForm {
        title: s.title.clone(),
        kind: s.kind.as_str().to_owned(),
        date,
        start_time: start,
        end_time: end,
        room: s.room.clone().unwrap_or_default(),
        remote_url: s.remote_url.clone().unwrap_or_default(),
        titles: {
            let mut titles = SessionTitlesForm::default();
            for (lang, title) in content::session_versions(s) {
                titles.set_title(lang, &title);
            }
            titles
        },
        rest: Default::default(),
    };
    for id in &d.agenda_item_ids {
        form.tick(*id);
    }
    form
}

/// `GET /organiser/events/{id}/sessions/{session_id}`
pub async fn edit_session_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path((id, sid)): Path<(String, String)>,
) -> Result<Response, Error> {
    let d = rules::session_for_staff(&state.db, &staff, parse_id(&id)?, parse_id(&sid)?).await?;
    let form = session_form(&d);
    Ok(views::session_edit(&page, &d.event, &d.agenda, d.session.id, &form, &FieldErrors::new()).into_response())
}

/// `POST /organiser/events/{id}/sessions/{session_id}`
pub async fn update_session(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path((id, sid)): Path<(String, String)>,
    Form(form): Form<SessionForm>,
) -> Result<Response, Error> {
    let (id, sid) = (parse_id(&id)?, parse_id(&sid)?);
    let result = match SessionInput::parse(&form) {
        Ok(input) => rules::update_session(&state.db, &staff, id, sid, &input, state.clock.now()).await.map(|_| ()),
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/organiser/events/{id}#schedule"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            let d = rules::session_for_staff(&state.db, &staff, id, sid).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, views::session_edit(&page, &d.event, &d.agenda, sid, &form, &errors))
                .into_response())
        }
        Err(e) => Err(e),
    }
}

/// `POST /organiser/events/{id}/sessions/{session_id}/delete`
pub async fn delete_session(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path((id, sid)): Path<(String, String)>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    rules::delete_session(&state.db, &staff, id, parse_id(&sid)?, state.clock.now()).await?;
    Ok(see_other(&format!("/organiser/events/{id}#schedule")))
}
