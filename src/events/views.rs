//! Views of events: the public list and event page, and the organiser's list, event page,
//! event form and session form. Views get plain data; they never query.

use chrono::{NaiveDate, Offset, Utc};
use maud::{Markup, html};

use super::input::{CloneForm, EventForm, SessionForm};
use super::queries::CloneNotice;
use super::queries::ListQuery;
use super::rules::{EventDetail, EventListing};
use super::shift::Shift;
use crate::auth::StaffUser;
use crate::domain::{
    DatePrecision, EventKind, EventStatus, Language, RegistrationMode, SessionKind, languages_from_stored,
};
use crate::entities::{event, event_session, series};
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::web::components::{self as c, Input};
use crate::web::extract::Page;
use crate::web::layout;

fn dates(tr: Tr, e: &event::Model) -> String {
    c::date_range(tr, e.start_date, e.end_date, e.date_precision)
}

fn place(reference: &Reference, e: &event::Model) -> String {
    match &e.country_iso3 {
        Some(iso3) => format!("{}, {}", e.city, reference.country_name(iso3)),
        None => e.city.clone(),
    }
}

fn status_badge(tr: Tr, status: EventStatus) -> Markup {
    html! { span class={ "badge status-" (status) } { (tr.t(&format!("status-{status}"))) } }
}

fn kind_label(tr: Tr, kind: EventKind) -> String {
    tr.t(&format!("kind-{kind}"))
}

/// The public list of upcoming events.
pub fn public_home(page: &Page, reference: &Reference, events: &[event::Model], programme: Option<&str>) -> Markup {
    let tr = page.tr;
    let title = match programme {
        Some(code) => reference.programme_name(code).to_owned(),
        None => tr.t("public-upcoming-title"),
    };
    layout::page(
        page,
        &title,
        html! {
            h1 { (title) }
            (crate::calendar::links::home_links(tr, programme))
            nav.filters aria-label=(tr.t("public-programmes")) {
                a href="/" aria-current=[programme.is_none().then_some("page")] { (tr.t("public-all-programmes")) }
                @for p in &reference.programmes {
                    a href={ "/programmes/" (p.code) } title=(p.name) aria-current=[(programme == Some(p.code.as_str())).then_some("page")] { (p.code) }
                }
            }
            @if events.is_empty() {
                p { (tr.t("public-no-events")) }
            } @else {
                p { (tr.ta("events-count", &[("count", &events.len().to_string())])) }
                ul.cards {
                    @for e in events {
                        li.card {
                            h2 { a href={ "/events/" (e.id) } { (e.title) } }
                            p.meta { (kind_label(tr, e.kind)) " · " (dates(tr, e)) " · " (place(reference, e)) }
                            p.meta { (reference.programme_name(&e.programme_code)) }
                        }
                    }
                }
            }
        },
    )
}

/// The schedule, day by day in the event's time zone with its UTC offset shown per day
/// (an event can straddle a daylight-saving change).
pub fn schedule(tr: Tr, e: &event::Model, sessions: &[event_session::Model], manage: Option<&str>) -> Markup {
    let tz: Option<chrono_tz::Tz> = e.time_zone.parse().ok();
    let Some(tz) = tz else { return html! {} };
    let mut days: Vec<(NaiveDate, Vec<&event_session::Model>)> = Vec::new();
    for s in sessions {
        let day = s.starts_at.with_timezone(&tz).date_naive();
        match days.last_mut() {
            Some((d, list)) if *d == day => list.push(s),
            _ => days.push((day, vec![s])),
        }
    }
    html! {
        section #schedule {
            h2 { (tr.t("schedule-title")) }
            p.hint { (tr.ta("schedule-time-zone", &[("zone", e.time_zone.as_str())])) }
            @if days.is_empty() { p { (tr.t("schedule-empty")) } }
            @for (day, list) in &days {
                @let offset = list.first().map(|s| s.starts_at.with_timezone(&tz).offset().fix().local_minus_utc()).unwrap_or(0);
                h3 { (c::day_heading(tr, *day)) " " small { "(" (c::utc_offset(offset)) ")" } }
                table.schedule {
                    thead { tr {
                        th scope="col" { (tr.t("schedule-time")) }
                        th scope="col" { (tr.t("schedule-session")) }
                        th scope="col" { (tr.t("schedule-room")) }
                        @if manage.is_some() { th scope="col" { span.visually-hidden { (tr.t("schedule-actions")) } } }
                    } }
                    tbody {
                        @for s in list {
                            tr class={ "session-" (s.kind) } {
                                td.time {
                                    time datetime=(s.starts_at.to_rfc3339()) { (s.starts_at.with_timezone(&tz).format("%H:%M")) }
                                    "–"
                                    time datetime=(s.ends_at.to_rfc3339()) { (s.ends_at.with_timezone(&tz).format("%H:%M")) }
                                }
                                td { (s.title) " " span.kind { "(" (tr.t(&format!("session-kind-{}", s.kind))) ")" } }
                                td { (s.room.as_deref().unwrap_or("")) }
                                @if let Some(csrf) = manage {
                                    td.actions {
                                        a href={ "/organiser/events/" (e.id) "/sessions/" (s.id) } { (tr.t("action-edit")) }
                                        form.inline method="post" action={ "/organiser/events/" (e.id) "/sessions/" (s.id) "/delete" } {
                                            (c::csrf_field(csrf))
                                            button.link.danger type="submit" data-confirm=(tr.t("confirm-delete-session")) { (tr.t("action-delete")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn details_list(tr: Tr, reference: &Reference, e: &event::Model, series: Option<&series::Model>) -> Markup {
    let languages: Vec<String> =
        languages_from_stored(&e.languages).iter().map(|l| tr.t(&format!("language-{}", l.as_str()))).collect();
    html! {
        dl.details {
            dt { (tr.t("field-dates")) } dd { (dates(tr, e)) @if e.date_precision == DatePrecision::Month { " " span.hint { (tr.t("dates-to-be-confirmed")) } } }
            dt { (tr.t("field-kind")) } dd { (kind_label(tr, e.kind)) }
            dt { (tr.t("field-venue")) } dd { @if let Some(v) = &e.venue_name { (v) ", " } (place(reference, e)) }
            dt { (tr.t("field-programme")) } dd { (reference.programme_name(&e.programme_code)) }
            dt { (tr.t("field-unit")) } dd { (reference.unit_name(&e.unit_code)) }
            @if let Some(s) = series { dt { (tr.t("field-series")) } dd { (s.title) } }
            @if let Some(m) = &e.mandate { dt { (tr.t("field-mandate")) } dd { (m) } }
            dt { (tr.t("field-languages")) } dd { (languages.join(", ")) }
            dt { (tr.t("field-registration-mode")) } dd { (tr.t(&format!("registration-{}", e.registration_mode))) }
        }
    }
}

fn description(text: &str) -> Markup {
    html! { @for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) { p { (para.trim()) } } }
}

/// A published event's public page.
pub fn public_event(page: &Page, reference: &Reference, d: &EventDetail) -> Markup {
    let tr = page.tr;
    let e = &d.event;
    layout::page(
        page,
        &e.title,
        html! {
            article.event {
                p.meta { (reference.programme_name(&e.programme_code)) }
                h1 { (e.title) }
                @if e.status == EventStatus::Cancelled { p.notice.warning role="status" { (tr.t("event-cancelled-notice")) } }
                (details_list(tr, reference, e, d.series.as_ref()))
                @if e.status == EventStatus::Published && e.registration_mode == RegistrationMode::Open {
                    p { a.button.primary href={ "/events/" (e.id) "/register" } { (tr.t("action-register")) } }
                }
                (crate::calendar::links::public_links(tr, e.id))
                (description(&e.description))
                (schedule(tr, e, &d.sessions, None))
            }
        },
    )
}

fn options<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> String,
) -> Vec<(String, String)> {
    all.iter().map(|x| (value(*x).to_owned(), label(*x))).collect()
}

/// The organiser's event list with filters.
pub fn organiser_list(page: &Page, reference: &Reference, listing: &EventListing, q: &ListQuery) -> Markup {
    let tr = page.tr;
    let none = FieldErrors::new();
    let programmes: Vec<(String, String)> = reference
        .programmes
        .iter()
        .filter(|p| page.staff.as_ref().is_some_and(|s| s.can_manage(&p.code)))
        .map(|p| (p.code.clone(), p.code.clone()))
        .collect();
    let kinds = options(EventKind::ALL, |k| k.as_str(), |k| tr.t(&format!("kind-{}", k.as_str())));
    let statuses = options(EventStatus::ALL, |k| k.as_str(), |k| tr.t(&format!("status-{}", k.as_str())));
    let whens = vec![("upcoming".to_owned(), tr.t("when-upcoming")), ("past".to_owned(), tr.t("when-past"))];
    layout::page(
        page,
        &tr.t("organiser-events-title"),
        html! {
            div.title-row {
                h1 { (tr.t("organiser-events-title")) }
                a.button.primary href="/organiser/events/new" { (tr.t("action-new-event")) }
            }
            form.filters method="get" action="/organiser/events" {
                (c::input(tr, &none, Input::text("q", "field-search", &q.q).kind("search")))
                (c::select(tr, &none, "programme", "field-programme", &programmes, &q.programme, false))
                (c::select(tr, &none, "kind", "field-kind", &kinds, &q.kind, false))
                (c::select(tr, &none, "status", "field-status", &statuses, &q.status, false))
                (c::input(tr, &none, Input::text("year", "field-year", &q.year).kind("number")))
                (c::select(tr, &none, "when", "field-when", &whens, &q.when, false))
                button type="submit" { (tr.t("action-filter")) }
            }
            p { (tr.ta("events-count", &[("count", &listing.total.to_string())])) }
            @if !listing.events.is_empty() {
                table.list {
                    thead { tr {
                        th scope="col" { (tr.t("field-title")) }
                        th scope="col" { (tr.t("field-dates")) }
                        th scope="col" { (tr.t("field-kind")) }
                        th scope="col" { (tr.t("field-programme")) }
                        th scope="col" { (tr.t("field-status")) }
                    } }
                    tbody {
                        @for e in &listing.events {
                            tr {
                                td { a href={ "/organiser/events/" (e.id) } { (e.title) } br; span.meta { (place(reference, e)) } }
                                td { (dates(tr, e)) }
                                td { (kind_label(tr, e.kind)) }
                                td { abbr title=(reference.programme_name(&e.programme_code)) { (e.programme_code) } }
                                td { (status_badge(tr, e.status)) }
                            }
                        }
                    }
                }
            }
            (c::pagination(tr, "/organiser/events", &q.without_page(), listing.page, listing.pages))
        },
    )
}

/// The create/edit form of an event.
pub fn event_form(
    page: &Page,
    reference: &Reference,
    all_series: &[series::Model],
    staff: &StaffUser,
    form: &EventForm,
    errors: &FieldErrors,
    target: Option<i32>,
) -> Markup {
    let tr = page.tr;
    let title = if target.is_some() { tr.t("event-edit-title") } else { tr.t("event-new-title") };
    let action = match target {
        Some(id) => format!("/organiser/events/{id}"),
        None => "/organiser/events".to_owned(),
    };
    let programmes: Vec<(String, String)> = reference
        .programmes
        .iter()
        .filter(|p| staff.can_manage(&p.code))
        .map(|p| (p.code.clone(), format!("{} — {}", p.code, p.name)))
        .collect();
    let units: Vec<(String, String)> = reference.units.iter().map(|u| (u.code.clone(), u.name.clone())).collect();
    let series: Vec<(String, String)> = all_series
        .iter()
        .filter(|s| staff.can_manage(&s.programme_code))
        .map(|s| (s.code.clone(), s.title.clone()))
        .collect();
    let countries: Vec<(String, String)> =
        reference.countries.iter().map(|c| (c.iso3.clone(), c.name.clone())).collect();
    let kinds = options(EventKind::ALL, |k| k.as_str(), |k| tr.t(&format!("kind-{}", k.as_str())));
    let precisions = options(DatePrecision::ALL, |k| k.as_str(), |k| tr.t(&format!("precision-{}", k.as_str())));
    let modes = options(RegistrationMode::ALL, |k| k.as_str(), |k| tr.t(&format!("registration-{}", k.as_str())));
    let ticked = form.languages();
    layout::page(
        page,
        &title,
        html! {
            h1 { (title) }
            (c::error_summary(tr, errors))
            form.stack method="post" action=(action) {
                (c::csrf_field(&page.csrf))
                fieldset {
                    legend { (tr.t("event-section-what")) }
                    (c::input(tr, errors, Input::text("title", "field-title", &form.title).required()))
                    (c::select(tr, errors, "kind", "field-kind", &kinds, &form.kind, true))
                    (c::select(tr, errors, "programme", "field-programme", &programmes, &form.programme, true))
                    (c::select(tr, errors, "unit", "field-unit", &units, &form.unit, true))
                    (c::select(tr, errors, "series", "field-series", &series, &form.series, false))
                    (c::input(tr, errors, Input::text("mandate", "field-mandate", &form.mandate).hint("hint-mandate")))
                }
                fieldset {
                    legend { (tr.t("event-section-where")) }
                    (c::input(tr, errors, Input::text("venue_name", "field-venue", &form.venue_name)))
                    (c::input(tr, errors, Input::text("city", "field-city", &form.city).required()))
                    (c::select(tr, errors, "country", "field-country", &countries, &form.country, false))
                    (c::input(tr, errors, Input::text("time_zone", "field-time-zone", &form.time_zone).required().hint("hint-time-zone").list("time-zones")))
                    (c::time_zone_list("time-zones"))
                    (c::select(tr, errors, "date_precision", "field-date-precision", &precisions, &form.date_precision, true))
                    (c::input(tr, errors, Input::text("start_date", "field-start-date", &form.start_date).required().hint("hint-date")))
                    (c::input(tr, errors, Input::text("end_date", "field-end-date", &form.end_date).required().hint("hint-date")))
                }
                fieldset {
                    legend { (tr.t("event-section-registration")) }
                    (c::select(tr, errors, "registration_mode", "field-registration-mode", &modes, &form.registration_mode, true))
                    (c::checkbox(tr, "approval_required", "field-approval-required", form.approval_required.is_some()))
                    (c::checkbox(tr, "reminders_enabled", "field-reminders-enabled", form.reminders_enabled.is_some()))
                    (c::input(tr, errors, Input::text("registration_opens", "field-registration-opens", &form.registration_opens).kind("datetime-local").hint("hint-local-time")))
                    (c::input(tr, errors, Input::text("registration_closes", "field-registration-closes", &form.registration_closes).kind("datetime-local").hint("hint-local-time")))
                    (c::input(tr, errors, Input::text("capacity", "field-capacity", &form.capacity).kind("number").hint("hint-capacity")))
                    (c::input(tr, errors, Input::text("certificate_min_attendance_percent", "field-certificate-percent", &form.certificate_min_attendance_percent).kind("number").hint("hint-certificate-percent")))
                    fieldset.languages #languages {
                        legend { (tr.t("field-languages")) }
                        @if let Some(m) = errors.get("languages") { p.field-error { (tr.msg(m)) } }
                        @for l in Language::ALL {
                            (c::checkbox(tr, &format!("lang_{}", l.as_str()), &format!("language-{}", l.as_str()), ticked.contains(l)))
                        }
                    }
                }
                (c::textarea(tr, errors, "description", "field-description", &form.description))
                button.primary type="submit" { (tr.t("action-save")) }
                @if let Some(id) = target { " " a href={ "/organiser/events/" (id) } { (tr.t("action-cancel-edit")) } }
            }
        },
    )
}

fn session_fields(tr: Tr, form: &SessionForm, errors: &FieldErrors) -> Markup {
    let kinds = options(SessionKind::ALL, |k| k.as_str(), |k| tr.t(&format!("session-kind-{}", k.as_str())));
    html! {
        (c::input(tr, errors, Input::text("title", "field-session-title", &form.title).required()))
        (c::select(tr, errors, "kind", "field-session-kind", &kinds, &form.kind, true))
        (c::input(tr, errors, Input::text("date", "field-session-date", &form.date).kind("date").required()))
        (c::input(tr, errors, Input::text("start_time", "field-start-time", &form.start_time).kind("time").required()))
        (c::input(tr, errors, Input::text("end_time", "field-end-time", &form.end_time).kind("time").required()))
        (c::input(tr, errors, Input::text("room", "field-room", &form.room)))
    }
}

/// The organiser's page of one event: details, actions and the schedule editor.
pub fn organiser_event(
    page: &Page,
    reference: &Reference,
    d: &EventDetail,
    session_form: &SessionForm,
    session_errors: &FieldErrors,
    notice: Option<Markup>,
    figures: Markup,
) -> Markup {
    let tr = page.tr;
    let e = &d.event;
    let cancelled = e.status == EventStatus::Cancelled;
    let status_form = |path: &str, label: &str, confirm: Option<String>| {
        html! {
            form.inline method="post" action={ "/organiser/events/" (e.id) "/" (path) } {
                (c::csrf_field(&page.csrf))
                button type="submit" data-confirm=[confirm] { (tr.t(label)) }
            }
        }
    };
    layout::page(
        page,
        &e.title,
        html! {
            p.meta { a href="/organiser/events" { "← " (tr.t("organiser-events-title")) } }
            div.title-row {
                h1 { (e.title) }
                (status_badge(tr, e.status))
            }
            @if let Some(n) = notice { (n) }
            div.actions {
                @if !cancelled { a.button href={ "/organiser/events/" (e.id) "/edit" } { (tr.t("action-edit")) } }
                a.button href={ "/organiser/events/" (e.id) "/clone" } { (tr.t("action-clone")) }
                @if e.status == EventStatus::Draft { (status_form("publish", "action-publish", None)) }
                @if !cancelled { (status_form("cancel", "action-cancel-event", Some(tr.t("confirm-cancel-event")))) }
                @if e.status != EventStatus::Draft { a href={ "/events/" (e.id) } { (tr.t("action-view-public")) } }
            }
            nav.tabs aria-label=(tr.t("event-tabs")) {
                a href={ "/organiser/events/" (e.id) "/invitations" } { (tr.t("tab-invitations")) }
                a href={ "/organiser/events/" (e.id) "/delegations" } { (tr.t("tab-delegations")) }
                a href={ "/organiser/events/" (e.id) "/registrations" } { (tr.t("tab-registrations")) }
                a href={ "/organiser/events/" (e.id) "/participants" } { (tr.t("tab-participants")) }
                a href={ "/organiser/events/" (e.id) "/reminders" } { (tr.t("event-reminders-link")) }
                a href={ "/organiser/events/" (e.id) "/report" } { (tr.t("tab-report")) }
                a href={ "/checkin/events/" (e.id) } { (tr.t("tab-checkin")) }
                a href={ "/organiser/events/" (e.id) "/certificates" } { (tr.t("tab-certificates")) }
                a href={ "/organiser/events/" (e.id) "/funding" } { (tr.t("tab-funding")) }
            }
            (figures)
            (details_list(tr, reference, e, d.series.as_ref()))
            (crate::calendar::links::organiser_links(tr, e.id, cancelled))
            @if let Some(cap) = e.capacity { p { (tr.ta("event-capacity", &[("count", &cap.to_string())])) } }
            (description(&e.description))
            (schedule(tr, e, &d.sessions, (!cancelled).then_some(page.csrf.as_str())))
            @if !cancelled {
                section #add-session {
                    h2 { (tr.t("session-add-title")) }
                    (c::error_summary(tr, session_errors))
                    form.stack method="post" action={ "/organiser/events/" (e.id) "/sessions" } {
                        (c::csrf_field(&page.csrf))
                        (session_fields(tr, session_form, session_errors))
                        button.primary type="submit" { (tr.t("action-add-session")) }
                    }
                }
            }
            p.meta { (tr.ta("event-updated", &[("when", &e.updated_at.with_timezone(&Utc).format("%Y-%m-%d %H:%M UTC").to_string()), ("revision", &e.revision.to_string())])) }
        },
    )
}

/// The edit form of one session.
pub fn session_edit(
    page: &Page,
    e: &event::Model,
    session_id: i32,
    form: &SessionForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("session-edit-title"),
        html! {
            p.meta { a href={ "/organiser/events/" (e.id) } { "← " (e.title) } }
            h1 { (tr.t("session-edit-title")) }
            p.hint { (tr.ta("schedule-time-zone", &[("zone", e.time_zone.as_str())])) }
            (c::error_summary(tr, errors))
            form.stack method="post" action={ "/organiser/events/" (e.id) "/sessions/" (session_id) } {
                (c::csrf_field(&page.csrf))
                (session_fields(tr, form, errors))
                button.primary type="submit" { (tr.t("action-save")) }
            }
        },
    )
}

/// The clone form: where the copy starts, and what moves with it.
pub fn clone_form(page: &Page, d: &EventDetail, form: &CloneForm, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let e = &d.event;
    let by_month = e.date_precision == DatePrecision::Month;
    let title = tr.ta("clone-title", &[("title", e.title.as_str())]);
    layout::page(
        page,
        &title,
        html! {
            p.meta { a href={ "/organiser/events/" (e.id) } { "← " (e.title) } }
            h1 { (title) }
            dl.details {
                dt { (tr.t("field-dates")) } dd { (dates(tr, e)) }
                dt { (tr.t("field-time-zone")) } dd { (e.time_zone) }
            }
            p { (tr.ta("clone-explain", &[("sessions", &d.sessions.len().to_string()), ("zone", e.time_zone.as_str())])) }
            @if by_month { p.hint { (tr.t("clone-explain-month")) } }
            (c::error_summary(tr, errors))
            form.stack method="post" action={ "/organiser/events/" (e.id) "/clone" } {
                (c::csrf_field(&page.csrf))
                @if by_month {
                    (c::input(tr, errors, Input::text("start_date", "clone-field-start-month", &form.start_date).kind("month").required().hint("clone-hint-month")))
                } @else {
                    (c::input(tr, errors, Input::text("start_date", "clone-field-start-date", &form.start_date).kind("date").required()))
                }
                button.primary type="submit" { (tr.t("clone-submit")) }
                " " a href={ "/organiser/events/" (e.id) } { (tr.t("action-cancel-edit")) }
            }
        },
    )
}

/// The notice on a copy's page right after a clone: how far it moved, and each session whose
/// time or day could not carry over exactly, with where it is now.
pub fn clone_notice(tr: Tr, d: &EventDetail, notice: &CloneNotice) -> Option<Markup> {
    let shift = notice.shift()?;
    let (key, n) = match shift {
        Shift::Days(n) => ("clone-moved-days", n),
        Shift::Months(n) => ("clone-moved-months", i64::from(n)),
    };
    let direction = if n < 0 { "earlier" } else { "later" };
    let moved = tr.ta(key, &[("count", &n.unsigned_abs().to_string()), ("direction", direction)]);
    let tz: chrono_tz::Tz = d.event.time_zone.parse().ok()?;
    let ids = notice.adjusted_sessions();
    let adjusted: Vec<&event_session::Model> = d.sessions.iter().filter(|s| ids.contains(&s.id)).collect();
    Some(html! {
        div.notice role="status" {
            p { (tr.t("clone-done")) " " (moved) " " (tr.t("clone-check-text")) }
            @if !adjusted.is_empty() {
                p { (tr.t("clone-adjusted")) }
                ul {
                    @for s in adjusted {
                        @let (a, b) = (s.starts_at.with_timezone(&tz), s.ends_at.with_timezone(&tz));
                        li { (s.title) " — " (c::day_heading(tr, a.date_naive())) ", " (a.format("%H:%M")) "–" (b.format("%H:%M")) }
                    }
                }
            }
            @if !notice.window.is_empty() { p { (tr.t("clone-adjusted-window")) } }
        }
    })
}
