//! Pages of the check-in desk: the console (result panel, counters, who came in today, who
//! is expected) and the walk-in form.

mod data;
mod panel;
mod roll;

use maud::{Markup, html};

use super::rules::{Desk, DeskEntry};
use crate::entities::event;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::registration::input::RegistrationForm;
use crate::web::components::{self as c, Alert, EventTab, Header, Input};
use crate::web::extract::Page;
use crate::web::layout;

pub use data::entries;
pub use panel::LastScan;
pub use roll::about;

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
fn search_section(
    page: &Page,
    reference: &Reference,
    desk: &Desk,
    q: &str,
    results: &[DeskEntry],
    key: &str,
) -> Markup {
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
                @for d in results { (roll::entry_row(page, reference, desk, d, key)) }
            }
            @if !q.trim().is_empty() && results.is_empty() { p { (tr.t("att-no-match")) } }
        }
    }
}

/// The header's lead: the event, the venue's today and its time zone.
fn lead(tr: Tr, desk: &Desk) -> Markup {
    let zone = format!("{}, {}", desk.zone.name(), c::utc_offset(desk.utc_offset()));
    html! {
        (c::in_lang(&crate::events::content::title(&desk.event, tr.lang()), tr.lang())) " · " (c::day_heading(tr, desk.day))
        br;
        span.meta #checkin-zone { (tr.ta("att-zone", &[("zone", &zone)])) }
    }
}

/// The console: the last scan's panel, camera scan (with the script), typed code, counters,
/// search, who came in today, who is expected, walk-ins. The data attributes carry what the
/// script needs offline: the SHA-256 of each valid code, never the codes or the signing key.
pub fn console(
    page: &Page,
    reference: &Reference,
    desk: &Desk,
    q: &str,
    results: &[DeskEntry],
    last: Option<&LastScan>,
    key: &str,
) -> Markup {
    let tr = page.tr;
    let e = &desk.event;
    layout::page(
        page,
        &tr.ta("att-console-title", &[("event", &crate::events::content::title(e, tr.lang()).text)]),
        html! {
            (Header::event(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::CheckIn, tr.t("att-console"))
                .lead(lead(tr, desk))
                .actions(html! { a.button href={ "/checkin/events/" (e.id) "/walk-in" } { (tr.t("att-walk-in")) } })
                .render(page))
            @if !desk.is_event_day() {
                (c::alert_text(Alert::Warning, &tr.ta("att-not-event-day", &[("dates", &c::date_range(tr, e.start_date, e.end_date, e.date_precision))])))
            }
            p #checkin-status.alert.alert-info role="status" aria-live="polite" data-online=(tr.t("att-online")) data-offline=(tr.t("att-offline")) data-queued=(tr.t("att-queued")) {
                (tr.t("att-online"))
            }
            div #checkin-result aria-live="assertive" {
                @if let Some(l) = last { (panel::last_panel(page, reference, desk, l)) }
            }
            (data::app_element(page, reference, desk))
            (panel::templates(page, e.id))
            (scan_section(page, desk, key))
            (roll::counters(tr, desk))
            (search_section(page, reference, desk, q, results, key))
            div.checkin-rolls {
                (roll::in_today(tr, reference, desk))
                (roll::not_arrived(page, reference, desk, key))
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
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::CheckIn, tr.t("att-walk-in")).lead(c::in_lang(&crate::events::content::title(e, tr.lang()), tr.lang())).render(page))
            p.hint { (tr.t("att-walk-in-hint")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/checkin/events/" (e.id) "/walk-in" } {
                    (c::csrf_field(&page.csrf))
                    input type="hidden" name="key" value=(key);
                    (c::input(tr, errors, Input::text("email", "field-email", &form.email).kind("email").required()))
                    (crate::registration::views::fields(tr, reference, form, errors, false, crate::registration::views::AskAttendance::No))
                    button.primary type="submit" { (tr.t("att-walk-in-submit")) }
                }
            }))
        },
    )
}
