//! The public pages of events: the list of upcoming events, an event's page, and the schedule
//! that the event pages share.

use chrono::{DateTime, NaiveDate, Offset, Utc};
use maud::{Markup, html};

use super::{DatePrecision, dates, kind_label, place, precision};
use crate::domain::{EventStatus, languages_from_stored};
use crate::entities::{agenda_item, event, event_session, series};
use crate::events::agenda_items::SessionItems;
use crate::events::content;
use crate::events::rules::EventDetail;
use crate::events::situation::{Closed, Situation};
use crate::i18n::Tr;
use crate::reference::{self as names, Reference};
use crate::web::components::{self as c, Alert, Header, Table};
use crate::web::extract::Page;
use crate::web::layout;

/// The public list of upcoming events.
pub fn public_home(page: &Page, reference: &Reference, events: &[event::Model], programme: Option<&str>) -> Markup {
    let tr = page.tr;
    let title = match programme {
        Some(code) => names::programme(tr, reference, code),
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
                    a href={ "/programmes/" (p.code) } title=(names::programme(tr, reference, &p.code)) aria-current=[(programme == Some(p.code.as_str())).then_some("page")] { (p.code) }
                }
            }
            @if events.is_empty() {
                (c::empty_state(&tr.t("public-no-events"), html! { a href="/calendar?view=list" { (tr.t("empty-public-events-next")) } }))
            } @else {
                p { (tr.ta("events-count", &[("count", &events.len().to_string())])) }
                ul.cards {
                    @for e in events {
                        li.card {
                            h2 { a href={ "/events/" (e.id) } { (c::in_lang(&content::title(e, tr.lang()), tr.lang())) } }
                            p.meta { (kind_label(tr, e.kind.as_str())) " · " (dates(tr, e)) " · " (place(tr, reference, e)) }
                            p.meta { (names::programme(tr, reference, &e.programme_code)) }
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

/// The agenda items a session takes up, as one line ("Agenda items: 1. Opening; 5(a). …").
fn items_line(tr: Tr, items: Option<&Vec<agenda_item::Model>>) -> Markup {
    let Some(items) = items.filter(|i| !i.is_empty()) else { return html! {} };
    let text = items.iter().map(|i| format!("{}. {}", i.number, i.title)).collect::<Vec<_>>().join("; ");
    html! { span.session-items { (tr.t("schedule-agenda-items")) ": " (text) } }
}

fn session_row(
    tr: Tr,
    e: &event::Model,
    tz: chrono_tz::Tz,
    s: &event_session::Model,
    items: &SessionItems,
    manage: Option<&str>,
) -> Markup {
    html! {
        tr class={ "session-" (s.kind) } {
            td.time {
                time datetime=(s.starts_at.to_rfc3339()) { (s.starts_at.with_timezone(&tz).format("%H:%M")) }
                "–"
                time datetime=(s.ends_at.to_rfc3339()) { (s.ends_at.with_timezone(&tz).format("%H:%M")) }
            }
            td { (c::in_lang(&content::session_title(e, s, tr.lang()), tr.lang())) " " span.kind { "(" (tr.t(&format!("session-kind-{}", s.kind))) ")" } (items_line(tr, items.get(&s.id))) }
            td {
                (s.room.as_deref().unwrap_or(""))
                // Organisers see that a session has a remote link; the public never sees it.
                @if manage.is_some() && s.remote_url.is_some() { " " span.badge { (tr.t("session-remote-link")) } }
            }
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

/// A session as a card, for phones: time, title, kind and room.
fn session_card(tr: Tr, e: &event::Model, tz: chrono_tz::Tz, s: &event_session::Model, items: &SessionItems) -> Markup {
    html! {
        li class={ "session-card session-" (s.kind) } {
            p.session-time {
                time datetime=(s.starts_at.to_rfc3339()) { (s.starts_at.with_timezone(&tz).format("%H:%M")) }
                "–"
                time datetime=(s.ends_at.to_rfc3339()) { (s.ends_at.with_timezone(&tz).format("%H:%M")) }
            }
            p.session-title { (c::in_lang(&content::session_title(e, s, tr.lang()), tr.lang())) }
            p.meta {
                (tr.t(&format!("session-kind-{}", s.kind)))
                @if let Some(room) = s.room.as_deref().filter(|r| !r.is_empty()) { " · " span.visually-hidden { (tr.t("schedule-room")) ": " } (room) }
                (items_line(tr, items.get(&s.id)))
            }
        }
    }
}

/// The schedule, day by day in the event's time zone with its UTC offset shown per day
/// (an event can straddle a daylight-saving change).
pub fn schedule(
    tr: Tr,
    e: &event::Model,
    sessions: &[event_session::Model],
    items: &SessionItems,
    manage: Option<&str>,
) -> Markup {
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
                @let table = Table::under_heading(&heading).class("schedule").render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("schedule-time")) }
                        th scope="col" { (tr.t("schedule-session")) }
                        th scope="col" { (tr.t("schedule-room")) }
                        @if manage.is_some() { th scope="col" { span.visually-hidden { (tr.t("schedule-actions")) } } }
                    } }
                    tbody { @for s in list { (session_row(tr, e, tz, s, items, manage)) } }
                });
                @if manage.is_some() {
                    (table)
                } @else {
                    // The public reads the same day as a table on wide screens and as cards on
                    // phones; the stylesheet shows one of the two (no script).
                    div.schedule-day {
                        (table)
                        ol.session-cards aria-label=(heading) { @for s in list { (session_card(tr, e, tz, s, items)) } }
                    }
                }
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
            dt { (tr.t("field-venue")) } dd { @if let Some(v) = content::venue(e, tr.lang()) { (c::in_lang(&v, tr.lang())) ", " } (place(tr, reference, e)) }
            dt { (tr.t("field-programme")) } dd { (names::programme(tr, reference, &e.programme_code)) }
            dt { (tr.t("field-unit")) } dd { (names::unit(tr, reference, &e.unit_code)) }
            @if let Some(s) = series { dt { (tr.t("field-series")) } dd { (s.title) } }
            @if let Some(m) = &e.mandate { dt { (tr.t("field-mandate")) } dd { (m) } }
            dt { (tr.t("field-languages")) } dd { (languages.join(", ")) }
            dt { (tr.t("field-registration-mode")) } dd { (tr.t(&format!("registration-{}", e.registration_mode))) }
            @if e.remote_attendance { dt { (tr.t("field-remote-attendance")) } dd { (tr.t("remote-attendance-offered")) } }
        }
    }
}

/// The registration situation as a panel near the top of an event's pages; `register` adds
/// the way to the open-registration form when it takes registrations.
pub fn situation_panel(tr: Tr, e: &event::Model, situation: Situation, register: bool) -> Markup {
    let when = |at: DateTime<Utc>| c::moment(tr, at, &e.time_zone);
    let until = |closes: Option<DateTime<Utc>>| match closes {
        Some(at) => tr.ta("situation-open-until", &[("when", &when(at))]),
        None => tr.t("situation-open-no-deadline"),
    };
    let (title, lines): (&str, Vec<String>) = match situation {
        Situation::InvitationOnly => ("situation-invitation-title", vec![tr.t("situation-invitation")]),
        Situation::NotYetOpen { opens } => {
            ("situation-not-yet-title", vec![tr.ta("situation-not-yet", &[("when", &when(opens))])])
        }
        Situation::Open { closes, seats_left } => {
            let mut lines = vec![until(closes)];
            lines.extend(seats_left.map(|n| tr.ta("situation-seats-left", &[("count", &n.to_string())])));
            ("situation-open-title", lines)
        }
        Situation::Full { closes } => ("situation-full-title", vec![tr.t("situation-full"), until(closes)]),
        Situation::Closed(why) => {
            let line = match why {
                Closed::DeadlinePassed(at) => tr.ta("situation-closed-deadline", &[("when", &when(at))]),
                Closed::EventOver => tr.t("situation-closed-over"),
                Closed::Cancelled => tr.t("situation-closed-cancelled"),
            };
            ("situation-closed-title", vec![line])
        }
    };
    let action =
        if matches!(situation, Situation::Full { .. }) { "situation-join-waitlist" } else { "action-register" };
    html! {
        section class={ "situation situation-" (situation.code()) } aria-labelledby="situation-title" {
            h2 #situation-title { (tr.t(title)) }
            @for line in &lines { p { (line) } }
            @if register && situation.takes_registrations() {
                p { a.button.primary href={ "/events/" (e.id) "/register" } { (tr.t(action)) } }
            }
        }
    }
}

/// A published event's public page, with its registration situation near the top.
pub fn public_event(page: &Page, reference: &Reference, d: &EventDetail, situation: Situation) -> Markup {
    let tr = page.tr;
    let e = &d.event;
    let title = content::title(e, tr.lang());
    layout::page(
        page,
        &title.text.clone(),
        html! {
            article.event {
                (Header::in_lang(title)
                    .crumb(tr.t("nav-events"), "/")
                    .lead(html! { span.meta { (names::programme(tr, reference, &e.programme_code)) } })
                    .render(page))
                @if e.status == EventStatus::Cancelled { (c::alert_text(Alert::Warning, &tr.t("event-cancelled-notice"))) }
                (situation_panel(tr, e, situation, true))
                (details_list(tr, reference, e, d.series.as_ref()))
                (crate::calendar::links::public_links(tr, e.id))
                @if crate::meetings::is_serviced(e.kind) && e.status != EventStatus::Draft {
                    p #agenda-link { a href={ "/events/" (e.id) "/agenda" } { (tr.t("meet-agenda-public-link")) } }
                    p #side-events-link { a href={ "/events/" (e.id) "/side-events" } { (tr.t("meet-side-programme-link")) } }
                    @if e.admits_ngos && e.status == EventStatus::Published {
                        p #ngo-link { a href={ "/events/" (e.id) "/ngo-application" } { (tr.t("ngo-apply-link")) } }
                    }
                }
                (c::paragraphs_in_lang(&content::description(e, tr.lang()), tr.lang()))
                (schedule(tr, e, &d.sessions, &d.session_items, None))
            }
        },
    )
}
