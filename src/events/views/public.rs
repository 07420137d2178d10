//! The public pages of events: the list of upcoming events, an event's page, and the schedule
//! that the event pages share.

use chrono::{NaiveDate, Offset};
use maud::{Markup, html};

use super::{DatePrecision, dates, description, kind_label, place, precision};
use crate::domain::{EventStatus, RegistrationMode, languages_from_stored};
use crate::entities::{event, event_session, series};
use crate::events::rules::EventDetail;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::web::components::{self as c, Alert, Header, Table};
use crate::web::extract::Page;
use crate::web::layout;

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
            (Header::new(title.clone()).render(page))
            (crate::calendar::links::home_links(tr, programme))
            nav.filters aria-label=(tr.t("public-programmes")) {
                a href="/" aria-current=[programme.is_none().then_some("page")] { (tr.t("public-all-programmes")) }
                @for p in &reference.programmes {
                    a href={ "/programmes/" (p.code) } title=(p.name) aria-current=[(programme == Some(p.code.as_str())).then_some("page")] { (p.code) }
                }
            }
            @if events.is_empty() {
                (c::empty_state(&tr.t("public-no-events"), html! { a href="/calendar?view=list" { (tr.t("empty-public-events-next")) } }))
            } @else {
                p { (tr.ta("events-count", &[("count", &events.len().to_string())])) }
                ul.cards {
                    @for e in events {
                        li.card {
                            h2 { a href={ "/events/" (e.id) } { (e.title) } }
                            p.meta { (kind_label(tr, e.kind.as_str())) " · " (dates(tr, e)) " · " (place(tr, reference, e)) }
                            p.meta { (reference.programme_name(&e.programme_code)) }
                        }
                    }
                }
            }
        },
    )
}

/// The sessions of an event grouped by day in its time zone.
fn days_of(tz: chrono_tz::Tz, sessions: &[event_session::Model]) -> Vec<(NaiveDate, Vec<&event_session::Model>)> {
    let mut days: Vec<(NaiveDate, Vec<&event_session::Model>)> = Vec::new();
    for s in sessions {
        let day = s.starts_at.with_timezone(&tz).date_naive();
        match days.last_mut() {
            Some((d, list)) if *d == day => list.push(s),
            _ => days.push((day, vec![s])),
        }
    }
    days
}

fn session_row(tr: Tr, e: &event::Model, tz: chrono_tz::Tz, s: &event_session::Model, manage: Option<&str>) -> Markup {
    html! {
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
                    div.row-actions {
                        a href={ "/organiser/events/" (e.id) "/sessions/" (s.id) } { (tr.t("action-edit")) (c::for_row(&s.title)) }
                        form.inline method="post" action={ "/organiser/events/" (e.id) "/sessions/" (s.id) "/delete" } {
                            (c::csrf_field(csrf))
                            button.link.danger type="submit" data-confirm=(tr.t("confirm-delete-session")) { (tr.t("action-delete")) (c::for_row(&s.title)) }
                        }
                    }
                }
            }
        }
    }
}

/// The schedule, day by day in the event's time zone with its UTC offset shown per day
/// (an event can straddle a daylight-saving change).
pub fn schedule(tr: Tr, e: &event::Model, sessions: &[event_session::Model], manage: Option<&str>) -> Markup {
    let tz: Option<chrono_tz::Tz> = e.time_zone.parse().ok();
    let Some(tz) = tz else { return html! {} };
    let days = days_of(tz, sessions);
    html! {
        section #schedule {
            h2 { (tr.t("schedule-title")) }
            p.hint { (tr.ta("schedule-time-zone", &[("zone", e.time_zone.as_str())])) }
            @if days.is_empty() {
                (c::empty_state(&tr.t("schedule-empty"), html! { @if manage.is_some() { (tr.t("empty-schedule-next")) } }))
            }
            @for (day, list) in &days {
                @let offset = list.first().map(|s| s.starts_at.with_timezone(&tz).offset().fix().local_minus_utc()).unwrap_or(0);
                @let heading = c::day_heading(tr, *day);
                h3 { (heading) " " small { "(" (c::utc_offset(offset)) ")" } }
                (Table::under_heading(&heading).class("schedule").render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("schedule-time")) }
                        th scope="col" { (tr.t("schedule-session")) }
                        th scope="col" { (tr.t("schedule-room")) }
                        @if manage.is_some() { th scope="col" { span.visually-hidden { (tr.t("schedule-actions")) } } }
                    } }
                    tbody { @for s in list { (session_row(tr, e, tz, s, manage)) } }
                }))
            }
        }
    }
}

/// The event's facts as a list of terms.
pub(super) fn details_list(tr: Tr, reference: &Reference, e: &event::Model, series: Option<&series::Model>) -> Markup {
    let languages: Vec<String> =
        languages_from_stored(&e.languages).iter().map(|l| tr.t(&format!("language-{}", l.as_str()))).collect();
    html! {
        dl.details {
            dt { (tr.t("field-dates")) } dd { (dates(tr, e)) @if precision(e) == DatePrecision::Month { " " span.hint { (tr.t("dates-to-be-confirmed")) } } }
            dt { (tr.t("field-kind")) } dd { (kind_label(tr, e.kind.as_str())) }
            dt { (tr.t("field-venue")) } dd { @if let Some(v) = &e.venue_name { (v) ", " } (place(tr, reference, e)) }
            dt { (tr.t("field-programme")) } dd { (reference.programme_name(&e.programme_code)) }
            dt { (tr.t("field-unit")) } dd { (reference.unit_name(&e.unit_code)) }
            @if let Some(s) = series { dt { (tr.t("field-series")) } dd { (s.title) } }
            @if let Some(m) = &e.mandate { dt { (tr.t("field-mandate")) } dd { (m) } }
            dt { (tr.t("field-languages")) } dd { (languages.join(", ")) }
            dt { (tr.t("field-registration-mode")) } dd { (tr.t(&format!("registration-{}", e.registration_mode))) }
        }
    }
}

/// A published event's public page.
pub fn public_event(page: &Page, reference: &Reference, d: &EventDetail) -> Markup {
    let tr = page.tr;
    let e = &d.event;
    let open = e.status == EventStatus::Published && e.registration_mode == RegistrationMode::Open;
    layout::page(
        page,
        &e.title,
        html! {
            article.event {
                (Header::new(e.title.clone())
                    .crumb(tr.t("nav-events"), "/")
                    .lead(html! { span.meta { (reference.programme_name(&e.programme_code)) } })
                    .render(page))
                @if e.status == EventStatus::Cancelled { (c::alert_text(Alert::Warning, &tr.t("event-cancelled-notice"))) }
                (details_list(tr, reference, e, d.series.as_ref()))
                @if open {
                    p { a.button.primary href={ "/events/" (e.id) "/register" } { (tr.t("action-register")) } }
                }
                (crate::calendar::links::public_links(tr, e.id))
                (description(&e.description))
                (schedule(tr, e, &d.sessions, None))
            }
        },
    )
}
