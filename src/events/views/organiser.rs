//! The organiser's pages of events: the list with its filters, an event's page with its
//! schedule editor, a session's form, and the clone form with the notice after a clone.

use chrono::Utc;
use maud::{Markup, html};

use super::form::session_fields;
use super::public::{details_list, schedule};
use super::{DatePrecision, dates, kind_label, options, place, precision};
use crate::domain::{EventKind, EventStatus};
use crate::entities::{agenda_item, event, event_session};
use crate::error::FieldErrors;
use crate::events::content;
use crate::events::input::{CloneForm, SessionForm};
use crate::events::queries::{CloneNotice, ListQuery};
use crate::events::rules::{EventDetail, EventListing};
use crate::events::shift::Shift;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::web::components::{self as c, Alert, EventTab, Header, Input, Record, Table};
use crate::web::extract::Page;
use crate::web::layout;

fn filters(page: &Page, reference: &Reference, q: &ListQuery) -> Markup {
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
    html! {
        form.filters method="get" action="/organiser/events" role="search" aria-label=(tr.t("action-filter")) {
            (c::input(tr, &none, Input::text("q", "field-search", &q.q).kind("search")))
            (c::select(tr, &none, "programme", "field-programme", &programmes, &q.programme, false))
            (c::select(tr, &none, "kind", "field-kind", &kinds, &q.kind, false))
            (c::select(tr, &none, "status", "field-status", &statuses, &q.status, false))
            (c::input(tr, &none, Input::text("year", "field-year", &q.year).kind("number")))
            (c::select(tr, &none, "when", "field-when", &whens, &q.when, false))
            button type="submit" { (tr.t("action-filter")) }
        }
    }
}

/// The languages the event's texts are written in: the original first, then its versions.
fn versions_line(tr: Tr, e: &event::Model) -> Markup {
    let versions = content::versions(e);
    let others: Vec<&str> = versions.keys().map(|l| l.endonym()).collect();
    html! {
        p.meta.content-languages {
            (tr.ta("content-original-language", &[("language", content::original(e).endonym())]))
            @if !others.is_empty() { " · " (tr.ta("content-versions-list", &[("languages", &others.join(", "))])) }
        }
    }
}

/// The organiser's event list with filters.
pub fn organiser_list(page: &Page, reference: &Reference, listing: &EventListing, q: &ListQuery) -> Markup {
    let tr = page.tr;
    let title = tr.t("organiser-events-title");
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone())
                .actions(html! { a.button.primary href="/organiser/events/new" { (tr.t("action-new-event")) } })
                .render(page))
            (filters(page, reference, q))
            p { (tr.ta("events-count", &[("count", &listing.total.to_string())])) }
            @if listing.events.is_empty() {
                (c::empty_state(&tr.t("empty-events"), html! { a href="/organiser/events/new" { (tr.t("empty-events-next")) } }))
            } @else {
                (Table::under_heading(&title).render(html! {
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
                                td { a href={ "/organiser/events/" (e.id) } { (c::in_lang(&content::title(e, tr.lang()), tr.lang())) } br; span.meta { (place(tr, reference, e)) } }
                                td { (dates(tr, e)) }
                                td { (kind_label(tr, e.kind.as_str())) }
                                td { abbr title=(crate::reference::programme(tr, reference, &e.programme_code)) { (e.programme_code) } }
                                td { (c::state_badge(tr, Record::Event, e.status.as_str())) }
                            }
                        }
                    }
                }))
            }
            (c::pagination(tr, "/organiser/events", &q.without_page(), listing.page, listing.pages))
        },
    )
}

fn event_actions(page: &Page, e: &event::Model) -> Markup {
    let tr = page.tr;
    let cancelled = e.status == EventStatus::Cancelled;
    let status_form = |path: &str, label: &str, confirm: Option<String>| {
        html! {
            form.inline method="post" action={ "/organiser/events/" (e.id) "/" (path) } {
                (c::csrf_field(&page.csrf))
                button type="submit" data-confirm=[confirm] { (tr.t(label)) }
            }
        }
    };
    html! {
        @if !cancelled { a.button href={ "/organiser/events/" (e.id) "/edit" } { (tr.t("action-edit")) } }
        a.button href={ "/organiser/events/" (e.id) "/clone" } { (tr.t("action-clone")) }
        @if e.status == EventStatus::Draft { (status_form("publish", "action-publish", None)) }
        @if !cancelled { (status_form("cancel", "action-cancel-event", Some(tr.t("confirm-cancel-event")))) }
        @if e.status != EventStatus::Draft { a href={ "/events/" (e.id) } { (tr.t("action-view-public")) } }
        @if crate::meetings::is_serviced(e.kind) { a.button #agenda-link href={ "/organiser/events/" (e.id) "/agenda" } { (tr.t("meet-agenda-manage")) } }
        @if crate::meetings::is_serviced(e.kind) { a.button #credentials-link href={ "/organiser/events/" (e.id) "/credentials" } { (tr.t("cred-manage")) } }
        @if crate::meetings::is_serviced(e.kind) { a.button #side-events-link href={ "/organiser/events/" (e.id) "/side-events" } { (tr.t("meet-side-manage")) } }
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
    let title = content::title(e, tr.lang());
    layout::page(
        page,
        &title.text.clone(),
        html! {
            (Header::event(tr, e.id, &title, EventTab::Overview, title.text.clone())
                .lang_of(title.clone())
                .badge(c::state_badge(tr, Record::Event, e.status.as_str()))
                .actions(event_actions(page, e))
                .render(page))
            @if let Some(n) = notice { (n) }
            (figures)
            (details_list(tr, reference, e, d.series.as_ref()))
            (crate::calendar::links::organiser_links(tr, e.id, cancelled))
            @if let Some(cap) = e.capacity { p { (tr.ta("event-capacity", &[("count", &cap.to_string())])) } }
            (versions_line(tr, e))
            (c::paragraphs_in_lang(&content::description(e, tr.lang()), tr.lang()))
            (schedule(tr, e, &d.sessions, &d.session_items, (!cancelled).then_some(page.csrf.as_str())))
            @if !cancelled {
                section #add-session {
                    h2 { (tr.t("session-add-title")) }
                    (c::with_error_summary(tr, session_errors, html! {
                        form.stack method="post" action={ "/organiser/events/" (e.id) "/sessions" } {
                            (c::csrf_field(&page.csrf))
                            (session_fields(tr, session_form, session_errors, content::original(e), &d.agenda))
                            button.primary type="submit" { (tr.t("action-add-session")) }
                        }
                    }))
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
    agenda: &[agenda_item::Model],
    session_id: i32,
    form: &SessionForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.t("session-edit-title");
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, title.clone()).render(page))
            p.hint { (tr.ta("schedule-time-zone", &[("zone", e.time_zone.as_str())])) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/organiser/events/" (e.id) "/sessions/" (session_id) } {
                    (c::csrf_field(&page.csrf))
                    (session_fields(tr, form, errors, content::original(e), agenda))
                    button.primary type="submit" { (tr.t("action-save")) }
                }
            }))
        },
    )
}

/// The clone form: where the copy starts, and what moves with it.
pub fn clone_form(page: &Page, d: &EventDetail, form: &CloneForm, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let e = &d.event;
    let by_month = precision(e) == DatePrecision::Month;
    let title = tr.ta("clone-title", &[("title", e.title.as_str())]);
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, title.clone()).render(page))
            dl.details {
                dt { (tr.t("field-dates")) } dd { (dates(tr, e)) }
                dt { (tr.t("field-time-zone")) } dd { (e.time_zone) }
            }
            p { (tr.ta("clone-explain", &[("sessions", &d.sessions.len().to_string()), ("zone", e.time_zone.as_str())])) }
            @if by_month { p.hint { (tr.t("clone-explain-month")) } }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/organiser/events/" (e.id) "/clone" } {
                    (c::csrf_field(&page.csrf))
                    @if by_month {
                        (c::input(tr, errors, Input::text("start_date", "clone-field-start-month", &form.start_date).kind("month").required().hint("clone-hint-month")))
                    } @else {
                        (c::input(tr, errors, Input::text("start_date", "clone-field-start-date", &form.start_date).kind("date").required()))
                    }
                    div.actions {
                        button.primary type="submit" { (tr.t("clone-submit")) }
                        a href={ "/organiser/events/" (e.id) } { (tr.t("action-cancel-edit")) }
                    }
                }
            }))
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
    let kind = if adjusted.is_empty() && notice.window.is_empty() { Alert::Success } else { Alert::Warning };
    Some(c::alert(
        kind,
        html! {
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
        },
    ))
}
