//! Views of the dashboards: the organiser home and the figures atop an event's page.

use maud::{Markup, html};

use super::event::{EventDashboard, Funding};
use super::figures::NeedsAction;
use super::home::{Home, HomeEvent};
use crate::donors::money::usd;
use crate::i18n::{Tr, format};
use crate::web::extract::Page;
use crate::web::layout;

/// A figure card: a number and what it counts.
fn figure(value: &str, label: &str, href: Option<&str>) -> Markup {
    html! {
        div.figure {
            span.figure-value { (value) }
            @if let Some(href) = href { a.figure-label href=(href) { (label) } } @else { span.figure-label { (label) } }
        }
    }
}

/// The figures of an event's dashboard, shown first on its page.
pub fn event_figures(tr: Tr, event_id: i32, d: &EventDashboard) -> Markup {
    let base = format!("/organiser/events/{event_id}");
    let seats = match d.seats {
        (taken, Some(cap)) => format!("{taken} / {cap}"),
        (taken, None) => taken.to_string(),
    };
    let inv = &d.invitations;
    let funding = match d.funding {
        Funding::RegularBudget => tr.t("dash-regular-budget"),
        Funding::Extrabudgetary { allocated_usd_minor, planned_usd_minor } => tr.ta(
            "dash-extrabudgetary",
            &[("allocated", &usd(allocated_usd_minor)), ("planned", &usd(planned_usd_minor))],
        ),
    };
    html! {
        section.dashboard aria-labelledby="dash-title" {
            h2 #dash-title { (tr.t("dash-title")) }
            (needs_list(tr, event_id, &d.needs))
            div.figures {
                (figure(&seats, &tr.t("dash-seats"), Some(&format!("{base}/registrations"))))
                (figure(&inv.invited.to_string(), &tr.t("dash-invited"), Some(&format!("{base}/invitations"))))
                (figure(&inv.opened.to_string(), &tr.t("dash-opened"), None))
                (figure(&inv.answered.to_string(), &tr.t("dash-answered"), None))
                @if let Some(n) = d.present_today { (figure(&n.to_string(), &tr.t("dash-present-today"), Some(&format!("/checkin/events/{event_id}")))) }
                (figure(&d.certificates.to_string(), &tr.t("dash-certificates"), Some(&format!("{base}/certificates"))))
            }
            h3 { (tr.t("dash-registrations")) }
            ul.state-counts {
                @for (state, n) in &d.registrations {
                    li {
                        a href={ (base) "/registrations?state=" (state.as_str()) } {
                            span.badge.{ "state-" (state.as_str()) } { (tr.t(&format!("reg-state-{}", state.as_str()))) }
                            " " strong { (n) }
                        }
                    }
                }
            }
            p { strong { (tr.t("dash-funding")) } " " a href={ (base) "/funding" } { (funding) } }
        }
    }
}

/// What waits for the organiser on one event, each item linking to where it is done.
fn needs_list(tr: Tr, event_id: i32, n: &NeedsAction) -> Markup {
    let base = format!("/organiser/events/{event_id}");
    let count = |key: &str, n: i64| tr.ta(key, &[("count", &n.to_string())]);
    html! {
        @if n.is_empty() {
            p.notice.success role="status" { (tr.t("dash-nothing-waiting")) }
        } @else {
            ul.needs-action {
                @if n.pending > 0 { li { a href={ (base) "/registrations?state=pending" } { (count("dash-pending", n.pending)) } } }
                @if n.failed_emails > 0 { li { a href={ (base) "/invitations" } { (count("dash-failed-emails", n.failed_emails)) } } }
                @if n.offers_lapsing > 0 { li { a href={ (base) "/registrations?state=offered" } { (count("dash-offers-lapsing", n.offers_lapsing)) } } }
                @if n.list_not_issued { li { a href={ (base) "/participants" } { (tr.t("dash-list-not-issued")) } } }
            }
        }
    }
}

/// `/organiser`: my events under way and to come, and what needs action.
pub fn home(page: &Page, home: &Home) -> Markup {
    let tr = page.tr;
    let waiting: Vec<&HomeEvent> = home.needing_action().collect();
    layout::page(
        page,
        &tr.t("home-title"),
        html! {
            div.title-row {
                h1 { (tr.t("home-title")) }
                a.button href="/organiser/events/new" { (tr.t("action-new-event")) }
            }
            section aria-labelledby="home-needs" {
                h2 #home-needs { (tr.t("home-needs-action")) }
                @if waiting.is_empty() {
                    p.empty { (tr.t("home-nothing-waiting")) }
                } @else {
                    @for h in &waiting {
                        h3 { a href={ "/organiser/events/" (h.event.id) } { (h.event.title) } }
                        (needs_list(tr, h.event.id, &h.needs))
                    }
                }
            }
            section aria-labelledby="home-events" {
                h2 #home-events { (tr.t("home-my-events")) }
                @if home.events.is_empty() {
                    p.empty { (tr.t("home-no-events")) " " a href="/organiser/events/new" { (tr.t("action-new-event")) } }
                } @else {
                    ul.event-cards {
                        @for h in &home.events { li { (event_card(tr, h)) } }
                    }
                }
                p { a href="/organiser/events" { (tr.t("home-all-events")) } }
            }
        },
    )
}

fn event_card(tr: Tr, h: &HomeEvent) -> Markup {
    let e = &h.event;
    let precision = e.date_precision;
    html! {
        article.card {
            h3 { a href={ "/organiser/events/" (e.id) } { (e.title) } }
            p.meta {
                (format::date_range(tr, e.start_date, e.end_date, precision))
                " · " (e.city)
            }
            p {
                @if h.running { span.badge.state-running { (tr.t("home-running")) } } @else { span.badge.state-upcoming { (tr.t("home-upcoming")) } }
                " " span.badge.{ "status-" (e.status) } { (tr.t(&format!("status-{}", e.status))) }
                " " (tr.ta("home-confirmed", &[("count", &h.confirmed.to_string())]))
            }
        }
    }
}
