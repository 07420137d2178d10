//! The private manage page: the registration's state as a panel that says what it means and
//! what the person can do, the check-in code and calendar once confirmed (the code first while
//! the event is under way), then the details form and the way to cancel.

use maud::{Markup, html};

use super::{AskAttendance, event_block, fields};
use crate::domain::RegistrationState;
use crate::error::FieldErrors;
use crate::events::content;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::registration::input::RegistrationForm;
use crate::registration::rules::{Managed, is_active};
use crate::web::components::{self as c, Alert, Record};
use crate::web::extract::Page;
use crate::web::layout;

/// The details form of the manage page: the values shown, their errors, and whether they were
/// just saved.
pub struct DetailsForm<'a> {
    /// The values in the fields.
    pub values: &'a RegistrationForm,
    /// What is wrong with them.
    pub errors: &'a FieldErrors,
    /// True right after a successful save.
    pub saved: bool,
}

/// The private manage page; `contact` is the address the office gives participants.
pub fn manage(
    page: &Page,
    reference: &Reference,
    m: &Managed,
    token: &str,
    contact: Option<&str>,
    form: DetailsForm<'_>,
) -> Markup {
    let tr = page.tr;
    let r = &m.registration;
    let confirmed = r.state == RegistrationState::Confirmed;
    let active = is_active(r.state);
    layout::page(
        page,
        &content::title(&m.event, tr.lang()).text,
        html! {
            (event_block(tr, reference, &m.event))
            // At the venue the code is what the person opens the page for.
            @if confirmed && m.under_way { (checkin_code(tr, token, true)) }
            @if form.saved { (c::alert_text(Alert::Success, &tr.t("reg-saved"))) }
            (state_panel(page, m, token, contact))
            @if confirmed && !m.under_way { (checkin_code(tr, token, false)) }
            @if confirmed && !m.remote_sessions.is_empty() { (remote_links(tr, m)) }
            @if confirmed { (crate::calendar::links::manage_section(tr, token, &page.csrf)) }
            @if active {
                h2 { (tr.t("reg-details")) }
                (c::with_error_summary(tr, form.errors, html! {
                    form.stack method="post" action={ "/r/" (token) } {
                        (c::csrf_field(&page.csrf))
                        (fields(tr, reference, form.values, form.errors, false, AskAttendance::of(&m.event, false)))
                        @if m.event.approval_required { p.hint { (tr.t("reg-update-approval")) } }
                        button.primary type="submit" { (tr.t("action-save")) }
                    }
                }))
            }
            // An offered seat is declined from its panel, which is the same cancellation.
            @if active && r.state != RegistrationState::Offered {
                h2 { (tr.t("reg-cancel-title")) }
                form method="post" action={ "/r/" (token) "/cancel" } {
                    (c::csrf_field(&page.csrf))
                    button.danger type="submit" data-confirm=(tr.t("reg-cancel-confirm")) { (tr.t("reg-cancel")) }
                }
            }
            @if crate::meetings::is_serviced(m.event.kind) && r.state == RegistrationState::Confirmed {
                p #documents-link { a href={ "/r/" (token) "/documents" } { (tr.t("doc-manage-link")) } }
            }
            section #your-data aria-labelledby="your-data-title" {
                h2 #your-data-title { (tr.t("reg-your-data-title")) }
                p { (tr.t("reg-your-data-text")) }
                p { a href={ "/r/" (token) "/data" } { (tr.t("reg-your-data-link")) } " · " a href="/privacy" { (tr.t("data-notice-link")) } }
            }
        },
    )
}

/// The registration's state: its badge, what it means, and what the person can do now.
fn state_panel(page: &Page, m: &Managed, token: &str, contact: Option<&str>) -> Markup {
    let tr = page.tr;
    let r = &m.registration;
    let state = r.state.as_str();
    html! {
        section class={ "registration-panel panel-" (state) } aria-labelledby="registration-state" {
            div.registration-state {
                h2 #registration-state { (tr.t("reg-panel-title")) }
                (c::state_badge(tr, Record::Registration, state))
            }
            @match r.state {
                RegistrationState::Confirmed => p { (tr.t("reg-panel-confirmed")) },
                RegistrationState::Pending => p { (tr.t("reg-panel-pending")) },
                RegistrationState::Waitlisted => {
                    p { (tr.t("reg-panel-waitlisted")) }
                    p.waitlist-position { (tr.ta("reg-waitlist-position", &[("position", &m.position.to_string())])) }
                }
                RegistrationState::Offered => (offer(page, m, token)),
                RegistrationState::Rejected => {
                    p { (tr.t("reg-panel-rejected")) }
                    @if let Some(reason) = r.decision_reason.as_deref().filter(|t| !t.trim().is_empty()) {
                        div.decision-reason {
                            p.label { (tr.t("reg-panel-reason")) }
                            blockquote { p { (reason) } }
                        }
                    }
                    (write_to(tr, contact))
                }
                RegistrationState::Cancelled => { p { (tr.t("reg-panel-cancelled")) } (write_to(tr, contact)) }
                RegistrationState::Lapsed => { p { (tr.t("reg-panel-lapsed")) } (write_to(tr, contact)) }
            }
        }
    }
}

/// An offered seat: until when, and the buttons to accept or decline it.
fn offer(page: &Page, m: &Managed, token: &str) -> Markup {
    let tr = page.tr;
    let until = m.registration.offer_expires_at.map(|t| c::moment(tr, t, &m.event.time_zone));
    html! {
        @match &until {
            Some(until) => p.offer-until { (tr.ta("reg-offer", &[("until", until)])) },
            None => p { (tr.t("reg-panel-offered")) },
        }
        div.row-actions {
            form.inline method="post" action={ "/r/" (token) "/accept" } {
                (c::csrf_field(&page.csrf))
                button.primary type="submit" { (tr.t("reg-accept")) }
            }
            form.inline method="post" action={ "/r/" (token) "/cancel" } {
                (c::csrf_field(&page.csrf))
                button type="submit" data-confirm=(tr.t("reg-offer-decline-confirm")) { (tr.t("reg-offer-decline")) }
            }
        }
    }
}

/// Whom to write to about a decision: the office's address, or the secretariat in general.
fn write_to(tr: Tr, contact: Option<&str>) -> Markup {
    html! {
        p.contact {
            @if let Some(email) = contact {
                (tr.t("reg-contact")) " " a href={ "mailto:" (email) } { (email) }
            } @else {
                (tr.t("reg-contact-secretariat"))
            }
        }
    }
}

/// The sessions' remote links, for a confirmed participant: when, which session, and the link.
fn remote_links(tr: Tr, m: &Managed) -> Markup {
    html! {
        section.remote-links aria-labelledby="remote-links-title" {
            h2 #remote-links-title { (tr.t("reg-remote-title")) }
            p.hint { (tr.t("reg-remote-hint")) }
            ul.remote-sessions {
                @for s in &m.remote_sessions {
                    li {
                        time datetime=(s.starts_at.to_rfc3339()) { (c::moment(tr, s.starts_at, &m.event.time_zone)) }
                        " · " (c::in_lang(&content::session_title(&m.event, s, tr.lang()), tr.lang())) " · "
                        @if let Some(url) = &s.remote_url {
                            a href=(url) rel="noopener noreferrer" target="_blank" { (tr.t("reg-remote-join")) (c::for_row(&s.title)) }
                        }
                    }
                }
            }
        }
    }
}

/// The check-in code; `now` while the event is under way: first on the page, and larger.
fn checkin_code(tr: Tr, token: &str, now: bool) -> Markup {
    let size = if now { "320" } else { "240" };
    html! {
        section.checkin-code.now[now] {
            h2 { (tr.t("reg-qr-title")) }
            @if now { p.lead { (tr.t("reg-qr-now")) } }
            img src={ "/r/" (token) "/checkin.svg" } alt=(tr.t("reg-qr-title")) width=(size) height=(size);
            p.hint { (tr.t("reg-qr-hint")) }
        }
    }
}
