//! Views of the dashboards: the organiser home and the figures atop an event's page.

use maud::{Markup, html};

use super::event::{EventDashboard, Funding};
use super::figures::NeedsAction;
use super::home::{Home, HomeEvent};
use crate::donors::money::usd;
use crate::i18n::{Tr, format};
use crate::web::components::{self as c, Alert, Header, Record, Tone};
use crate::web::extract::Page;
use crate::web::layout;

/// A figure card's value, linking to where it is worked on when there is such a place.
fn value(text: String, href: Option<String>) -> Markup {
    html! { @if let Some(href) = href { a href=(href) { (text) } } @else { (text) } }
}

/// The figures of an event's dashboard, shown first on its page.
pub fn event_figures(tr: Tr, event_id: i32, d: &EventDashboard) -> Markup {
    let base = format!("/organiser/events/{event_id}");
    let seats = match d.seats {
        (taken, Some(cap)) => format!("{} / {}", format::number(tr, taken), format::number(tr, cap)),
        (taken, None) => format::number(tr, taken),
    };
    let inv = &d.invitations;
    let funding = match d.funding {
        Funding::RegularBudget => tr.t("dash-regular-budget"),
        Funding::Extrabudgetary { allocated_usd_minor, planned_usd_minor } => tr.ta(
            "dash-extrabudgetary",
            &[("allocated", &usd(tr, allocated_usd_minor)), ("planned", &usd(tr, planned_usd_minor))],
        ),
    };
    let items = vec![
        (tr.t("dash-seats"), value(seats, Some(format!("{base}/registrations")))),
        (tr.t("dash-invited"), value(format::number(tr, inv.invited), Some(format!("{base}/invitations")))),
        (tr.t("dash-opened"), value(format::number(tr, inv.opened), None)),
        (tr.t("dash-answered"), value(format::number(tr, inv.answered), None)),
        (tr.t("dash-certificates"), value(format::number(tr, d.certificates), Some(format!("{base}/certificates")))),
    ];
    let today = d.present_today.map(|n| {
        (tr.t("dash-present-today"), value(format::count(tr, n as u64), Some(format!("/checkin/events/{event_id}"))))
    });
    let items: Vec<(String, Markup)> = items.into_iter().chain(today).collect();
    html! {
        section.dashboard aria-labelledby="dash-title" {
            h2 #dash-title { (tr.t("dash-title")) }
            (needs_list(tr, event_id, &d.needs))
            (c::figures(&items))
            h3 { (tr.t("dash-registrations")) }
            ul.state-counts {
                @for (state, n) in &d.registrations {
                    li {
                        a href={ (base) "/registrations?state=" (state.as_str()) } {
                            (c::state_badge(tr, Record::Registration, state.as_str()))
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
            (c::alert_text(Alert::Success, &tr.t("dash-nothing-waiting")))
        } @else {
            (c::alert(Alert::Warning, html! { ul.needs-action {
                @if n.pending > 0 { li { a href={ (base) "/registrations?state=pending" } { (count("dash-pending", n.pending)) } } }
                @if n.failed_emails > 0 { li { a href={ (base) "/invitations" } { (count("dash-failed-emails", n.failed_emails)) } } }
                @if n.offers_lapsing > 0 { li { a href={ (base) "/registrations?state=offered" } { (count("dash-offers-lapsing", n.offers_lapsing)) } } }
                @if n.list_not_issued { li { a href={ (base) "/participants" } { (tr.t("dash-list-not-issued")) } } }
            } }))
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
            (Header::new(tr.t("home-title"))
                .actions(html! { a.button href="/organiser/events/new" { (tr.t("action-new-event")) } })
                .render(page))
            section aria-labelledby="home-needs" {
                h2 #home-needs { (tr.t("home-needs-action")) }
                @if waiting.is_empty() {
                    (c::empty_state(&tr.t("home-nothing-waiting"), html! {}))
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
                    (c::empty_state(&tr.t("home-no-events"), html! { a href="/organiser/events/new" { (tr.t("action-new-event")) } }))
                } @else {
                    ul.cards {
                        @for h in &home.events { li.card { (event_card(tr, h)) } }
                    }
                }
                p { a href="/organiser/events" { (tr.t("home-all-events")) } }
            }
        },
    )
}

fn event_card(tr: Tr, h: &HomeEvent) -> Markup {
    let e = &h.event;
    html! {
        h3 { a href={ "/organiser/events/" (e.id) } { (e.title) } }
        p.meta { (format::date_range(tr, e.start_date, e.end_date, e.date_precision)) " · " (e.city) }
        p {
            @if h.running { (c::badge(Tone::Ok, &tr.t("home-running"))) } @else { (c::badge(Tone::Info, &tr.t("home-upcoming"))) }
            " " (c::state_badge(tr, Record::Event, e.status.as_str()))
            " " (tr.ta("home-confirmed", &[("count", &h.confirmed.to_string())]))
        }
    }
}
