//! Who is where, as the desk shows it: the counters, the list of who came in today, the list
//! of who is expected and not yet here, and the rows of search results. Times are the venue's.

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use crate::attendance::rules::{Desk, DeskEntry};
use crate::domain::RegistrationState;
use crate::i18n::Tr;
use crate::participants::names::state_name;
use crate::reference::Reference;
use crate::web::components::{self as c, Tone};
use crate::web::extract::Page;

/// A time of today at the venue, as "15:45".
pub(super) fn local_time(desk: &Desk, at: DateTime<Utc>) -> String {
    at.with_timezone(&desk.zone).format("%H:%M").to_string()
}

/// Whom a registration represents: its State's name, or its organisation when it has no State.
pub(super) fn delegation(tr: Tr, reference: &Reference, d: &DeskEntry) -> String {
    match (&d.country, &d.organisation) {
        (Some(iso3), _) => state_name(reference, iso3, tr.lang()),
        (None, Some(o)) => o.clone(),
        (None, None) => String::new(),
    }
}

/// The line under a name: delegation and role, as "Togo · Delegate".
pub fn about(tr: Tr, reference: &Reference, d: &DeskEntry) -> String {
    let role = tr.t(&format!("inv-role-{}", d.role));
    match delegation(tr, reference, d) {
        s if s.is_empty() => role,
        s => format!("{s} · {role}"),
    }
}

/// The counters, as figure cards whose values the script updates by their ids.
pub(super) fn counters(tr: Tr, desk: &Desk) -> Markup {
    let figures = [
        ("count-inside", "att-count-inside", desk.inside()),
        ("count-arrived", "att-count-arrived", desk.arrived()),
        ("count-expected", "att-count-expected", desk.confirmed()),
    ];
    html! {
        dl #checkin-counts.figures.checkin-counts {
            @for (id, label, value) in figures { div.figure { dt { (tr.t(label)) } dd id=(id) { (value) } } }
        }
    }
}

/// A person's name with their delegation and role below.
fn who(tr: Tr, reference: &Reference, d: &DeskEntry) -> Markup {
    html! { span.who { span.name { (d.name) } " " span.about { (about(tr, reference, d)) } } }
}

/// A "check in" button for a registration (a form without the script).
fn check_in_button(page: &Page, desk: &Desk, d: &DeskEntry, key: &str) -> Markup {
    html! {
        form.inline method="post" action={ "/checkin/events/" (desk.event.id) "/scan" } {
            (c::csrf_field(&page.csrf))
            input type="hidden" name="registration_id" value=(d.registration_id);
            input type="hidden" name="key" value={ (key) "-" (d.registration_id) };
            button.primary type="submit" { (page.tr.t("att-check-in")) (c::for_row(&d.name)) }
        }
    }
}

/// A search result: the person, and whether they are in, may not come in, or a button.
pub(super) fn entry_row(page: &Page, reference: &Reference, desk: &Desk, d: &DeskEntry, key: &str) -> Markup {
    let tr = page.tr;
    html! {
        li data-registration=(d.registration_id) {
            (who(tr, reference, d))
            @if let Some(t) = d.inside_since {
                (c::badge(Tone::Ok, &tr.ta("att-in-since", &[("since", &local_time(desk, t))])))
            } @else if d.state != RegistrationState::Confirmed {
                (c::state_badge(tr, c::Record::Registration, d.state.as_str()))
            } @else {
                (check_in_button(page, desk, d, key))
            }
        }
    }
}

/// A list in its own scrolling box (a long list never makes the page endless on a phone),
/// with its heading, count and what it says when empty.
fn roll(tr: Tr, id: &str, heading: &str, count: usize, empty: &str, rows: Markup) -> Markup {
    html! {
        section.checkin-roll aria-labelledby={ (id) "-heading" } {
            h2 id={ (id) "-heading" } { (tr.t(heading)) " " span.badge.tone-info id={ (id) "-count" } { (count) } }
            p.roll-empty id={ (id) "-empty" } hidden[count > 0] { (tr.t(empty)) }
            div.roll-scroll tabindex="0" role="region" aria-label=(tr.t(heading)) {
                ul.checkin-list id={ (id) "-list" } { (rows) }
            }
        }
    }
}

/// Who came in today, the latest first, with the time and whether they left since.
pub(super) fn in_today(tr: Tr, reference: &Reference, desk: &Desk) -> Markup {
    let came = desk.in_today();
    let rows = html! {
        @for d in &came {
            li data-registration=(d.registration_id) {
                @if let Some(t) = d.entered_at { span.time { (local_time(desk, t)) } }
                (who(tr, reference, d))
                @if d.inside_since.is_some() {
                    (c::badge(Tone::Ok, &tr.t("att-badge-inside")))
                } @else {
                    (c::badge(Tone::Off, &tr.t("att-badge-left")))
                }
            }
        }
    };
    roll(tr, "in-today", "att-in-today", came.len(), "att-in-today-empty", rows)
}

/// Confirmed registrations not in yet today, by name, each with its check-in button.
pub(super) fn not_arrived(page: &Page, reference: &Reference, desk: &Desk, key: &str) -> Markup {
    let tr = page.tr;
    let expected = desk.not_arrived();
    let rows = html! {
        @for d in &expected {
            li data-registration=(d.registration_id) { (who(tr, reference, d)) (check_in_button(page, desk, d, key)) }
        }
    };
    roll(tr, "expected", "att-expected", expected.len(), "att-expected-empty", rows)
}
