//! Pages of the check-in desk: the console and the walk-in form.

use maud::{Markup, html};

use super::rules::{Desk, DeskEntry, Outcome};
use crate::domain::{RegistrationState, ScanDirection};
use crate::entities::event;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::registration::input::RegistrationForm;
use crate::web::components::{self as c, EventTab, Header, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// What the desk's last action did, shown at the top of the console.
#[derive(Debug)]
pub enum LastScan {
    /// Recorded, a duplicate, or a warning.
    Done(Outcome),
    /// Refused, with the reason in words.
    Refused(String),
}

impl LastScan {
    /// True when the desk refused the scan.
    pub fn refused(&self) -> bool {
        matches!(self, Self::Refused(_))
    }
}

fn name_of(desk: &Desk, registration_id: i32) -> String {
    desk.entries.iter().find(|d| d.registration_id == registration_id).map(|d| d.name.clone()).unwrap_or_default()
}

fn last_block(page: &Page, desk: &Desk, last: &LastScan) -> Markup {
    let tr = page.tr;
    let undo = |key: &str| {
        html! {
            form.inline method="post" action={ "/checkin/events/" (desk.event.id) "/undo" } {
                (c::csrf_field(&page.csrf))
                input type="hidden" name="undoes_key" value=(key);
                input type="hidden" name="key" value={ (key) "-undo" };
                button type="submit" { (tr.t("att-undo")) }
            }
        }
    };
    match last {
        LastScan::Refused(reason) => {
            html! { div.checkin-result.refused role="alert" { p { strong { (tr.t("att-refused")) } " " (reason) } } }
        }
        LastScan::Done(Outcome::Recorded(s)) if s.direction == ScanDirection::Undo => {
            html! { div.checkin-result.ok role="status" { p { (tr.ta("att-undone", &[("name", &name_of(desk, s.registration_id))])) } } }
        }
        LastScan::Done(Outcome::Recorded(s) | Outcome::Duplicate(s)) => {
            let key = if s.direction == ScanDirection::Exit { "att-exit-recorded" } else { "att-entry-recorded" };
            html! {
                div.checkin-result.ok role="status" {
                    p { strong { (tr.ta(key, &[("name", &name_of(desk, s.registration_id))])) } }
                    (undo(&s.idempotency_key))
                }
            }
        }
        LastScan::Done(Outcome::AlreadyIn { registration_id, since: None }) => {
            html! { div.checkin-result.warning role="alert" { p { strong { (tr.ta("att-not-in", &[("name", &name_of(desk, *registration_id))])) } } } }
        }
        LastScan::Done(Outcome::AlreadyIn { registration_id, since }) => {
            let when = since.as_ref().map(|s| s.scanned_at.format("%H:%M UTC").to_string()).unwrap_or_default();
            html! {
                div.checkin-result.warning role="alert" {
                    p { strong { (tr.ta("att-already-in", &[("name", &name_of(desk, *registration_id)), ("since", &when)])) } }
                }
            }
        }
    }
}

fn entry_row(page: &Page, desk: &Desk, d: &DeskEntry, key: &str) -> Markup {
    let tr = page.tr;
    html! {
        li data-registration=(d.registration_id) {
            span.name { (d.name) }
            @if let Some(cc) = &d.country { " · " (cc) }
            @if let Some(o) = &d.organisation { " · " (o) }
            " "
            @if let Some(t) = d.inside_since {
                span.badge.in { (tr.ta("att-in-since", &[("since", &t.format("%H:%M UTC").to_string())])) }
            } @else if d.state != RegistrationState::Confirmed {
                span.badge.refused { (tr.t(&format!("reg-state-{}", d.state))) }
            } @else {
                form.inline method="post" action={ "/checkin/events/" (desk.event.id) "/scan" } {
                    (c::csrf_field(&page.csrf))
                    input type="hidden" name="registration_id" value=(d.registration_id);
                    input type="hidden" name="key" value={ (key) "-" (d.registration_id) };
                    button.primary type="submit" { (tr.t("att-check-in")) (c::for_row(&d.name)) }
                }
            }
        }
    }
}

/// What the script needs offline, as JSON: per registration its id, the SHA-256 of its code,
/// name, country, organisation, state and since when it is in.
fn offline_data(desk: &Desk) -> String {
    let offline: Vec<serde_json::Value> = desk
        .entries
        .iter()
        .map(|d| {
            serde_json::json!({
                "id": d.registration_id, "h": d.code_hash, "n": d.name, "c": d.country, "o": d.organisation,
                "s": d.state, "in": d.inside_since.map(|t| t.to_rfc3339()),
            })
        })
        .collect();
    serde_json::Value::Array(offline).to_string()
}

/// The element the script runs in, with the data and the sentences it needs.
fn app_element(page: &Page, desk: &Desk) -> Markup {
    let tr = page.tr;
    html! {
        div #checkin-app data-event=(desk.event.id) data-csrf=(page.csrf) data-entries=(offline_data(desk))
            data-t-recorded=(tr.t("att-entry-recorded")) data-t-exit=(tr.t("att-exit-recorded"))
            data-t-already=(tr.t("att-already-in")) data-t-not-in=(tr.t("att-not-in")) data-t-refused=(tr.t("att-refused"))
            data-t-unknown=(tr.t("att-refused-code")) data-t-undo=(tr.t("att-undo")) data-t-undone=(tr.t("att-undone"))
            data-t-check-in=(tr.t("att-check-in")) data-t-in=(tr.t("att-in-since"))
            data-t-unverified=(tr.t("att-unverified")) {}
    }
}

/// Scanning: the camera (with the script), or the code typed, in or out, for a session.
fn scan_section(page: &Page, desk: &Desk, key: &str) -> Markup {
    let tr = page.tr;
    html! {
        section.checkin-scan {
            h2 { (tr.t("att-scan")) }
            p #camera-box hidden {
                button #camera-start type="button" { (tr.t("att-camera")) }
                video #camera playsinline muted hidden {}
            }
            form #scan-form.stack method="post" action={ "/checkin/events/" (desk.event.id) "/scan" } {
                (c::csrf_field(&page.csrf))
                input type="hidden" name="key" value=(key);
                (c::input(tr, &FieldErrors::new(), Input::text("code", "att-code", "").hint("att-code-hint")))
                div.field {
                    label for="kind" { (tr.t("att-direction")) }
                    select #kind name="kind" {
                        option value="entry" { (tr.t("att-entry")) }
                        option value="exit" { (tr.t("att-exit")) }
                    }
                }
                @if !desk.sessions.is_empty() {
                    div.field {
                        label for="session_id" { (tr.t("att-session")) }
                        select #session_id name="session_id" {
                            option value="" { (tr.t("att-whole-day")) }
                            @for s in &desk.sessions { option value=(s.id) { (s.title) } }
                        }
                    }
                }
                button.primary type="submit" { (tr.t("att-check-in")) }
            }
        }
    }
}

/// Finding someone by name, country or organisation.
fn search_section(page: &Page, desk: &Desk, q: &str, results: &[DeskEntry], key: &str) -> Markup {
    let tr = page.tr;
    html! {
        section.checkin-search {
            h2 { (tr.t("att-search")) }
            form #search-form method="get" action={ "/checkin/events/" (desk.event.id) } role="search" {
                div.field {
                    label for="q" { (tr.t("att-search-label")) }
                    input #q type="search" name="q" value=(q) autocomplete="off";
                }
                button type="submit" { (tr.t("att-search-submit")) }
            }
            ul #search-results.checkin-list {
                @for d in results { (entry_row(page, desk, d, key)) }
            }
            @if !q.trim().is_empty() && results.is_empty() { p { (tr.t("att-no-match")) } }
        }
    }
}

/// The console: camera scan (with the script), typed code, search, who is in, walk-ins.
/// The data attributes carry what the script needs offline: the SHA-256 of each valid code,
/// never the codes or the signing key.
pub fn console(page: &Page, desk: &Desk, q: &str, results: &[DeskEntry], last: Option<&LastScan>, key: &str) -> Markup {
    let tr = page.tr;
    let e = &desk.event;
    let inside: Vec<&DeskEntry> = desk.entries.iter().filter(|d| d.inside_since.is_some()).collect();
    layout::page(
        page,
        &tr.ta("att-console-title", &[("event", &e.title)]),
        html! {
            (Header::event(tr, e.id, &e.title, EventTab::CheckIn, tr.t("att-console"))
                .lead(html! { (e.title) " · " (c::date(tr, desk.day)) })
                .actions(html! { a.button href={ "/checkin/events/" (e.id) "/walk-in" } { (tr.t("att-walk-in")) } })
                .render(page))
            p #checkin-counts { (tr.ta("att-counts", &[("inside", &desk.inside().to_string()), ("confirmed", &desk.confirmed().to_string())])) }
            p #checkin-status.alert.alert-info role="status" aria-live="polite" data-online=(tr.t("att-online")) data-offline=(tr.t("att-offline")) data-queued=(tr.t("att-queued")) {
                (tr.t("att-online"))
            }
            div #checkin-result aria-live="assertive" {
                @if let Some(l) = last { (last_block(page, desk, l)) }
            }
            (app_element(page, desk))
            (scan_section(page, desk, key))
            (search_section(page, desk, q, results, key))
            section.checkin-inside {
                h2 { (tr.t("att-inside")) }
                ul #inside-list.checkin-list {
                    @for d in &inside { (entry_row(page, desk, d, key)) }
                }
            }
            script src="/assets/checkin.js" defer {}
        },
    )
}

/// The walk-in form: register someone at the door (then check them in).
pub fn walk_in(
    page: &Page,
    reference: &Reference,
    e: &event::Model,
    form: &RegistrationForm,
    errors: &FieldErrors,
    key: &str,
) -> Markup {
    let tr: Tr = page.tr;
    layout::page(
        page,
        &tr.t("att-walk-in"),
        html! {
            (Header::event_sub(tr, e.id, &e.title, EventTab::CheckIn, tr.t("att-walk-in")).lead(html! { (e.title) }).render(page))
            p.hint { (tr.t("att-walk-in-hint")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/checkin/events/" (e.id) "/walk-in" } {
                    (c::csrf_field(&page.csrf))
                    input type="hidden" name="key" value=(key);
                    (c::input(tr, errors, Input::text("email", "field-email", &form.email).kind("email").required()))
                    (crate::registration::views::fields(tr, reference, form, errors, false))
                    button.primary type="submit" { (tr.t("att-walk-in-submit")) }
                }
            }))
        },
    )
}
