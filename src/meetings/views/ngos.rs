//! NGO accreditation pages: the public application form and its confirmation pages, the
//! secretariat's applications by state with the accredit and decline forms, and the setting
//! "admits NGOs" shown on the agenda page.

use maud::{Markup, html};

use crate::domain::{EcosocStatus, NgoApplicationState};
use crate::entities::event;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::meetings::ngos::input::{ApplicationForm, REPRESENTATIVE_FIELDS};
use crate::meetings::ngos::listing::Application;
use crate::participants::names::{state_choices, state_name};
use crate::reference::Reference;
use crate::web::components::{self as c, Alert, EventTab, Header, Input};
use crate::web::extract::Page;
use crate::web::layout;

fn status_choices(tr: Tr) -> Vec<(String, String)> {
    EcosocStatus::ALL.iter().map(|s| (s.as_str().to_owned(), tr.t(&format!("ngo-ecosoc-{}", s.as_str())))).collect()
}

/// The setting "admits NGOs" of a meeting, with the link to its applications.
pub fn admits_form(page: &Page, e: &event::Model) -> Markup {
    let tr = page.tr;
    html! {
        section #ngos {
            h2 { (tr.t("ngo-title")) }
            form.stack method="post" action={ "/organiser/events/" (e.id) "/ngos/admit" } {
                (c::csrf_field(&page.csrf))
                (c::checkbox(tr, "admits_ngos", "ngo-field-admits", e.admits_ngos))
                button type="submit" { (tr.t("action-save")) }
            }
            p { a href={ "/organiser/events/" (e.id) "/ngos" } { (tr.t("ngo-applications-link")) } }
        }
    }
}

fn representative_rows(tr: Tr, form: &ApplicationForm, errors: &FieldErrors) -> Markup {
    html! {
        @for (n, [given, family, email]) in REPRESENTATIVE_FIELDS.iter().enumerate() {
            fieldset.representative {
                legend { (tr.ta("ngo-representative-n", &[("n", &(n + 1).to_string())])) }
                (c::input(tr, errors, Input::text(given, "reg-given-name", form.field(given))))
                (c::input(tr, errors, Input::text(family, "reg-family-name", form.field(family))))
                (c::input(tr, errors, Input::text(email, "field-email", form.field(email)).kind("email")))
            }
        }
    }
}

/// The public application form of a meeting that admits NGOs.
pub fn application_form(
    page: &Page,
    reference: &Reference,
    e: &event::Model,
    form: &ApplicationForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let event_title = crate::events::content::title(e, tr.lang());
    let title = tr.t("ngo-apply-title");
    let countries = state_choices(reference, tr.lang());
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("nav-events"), "/").crumb(event_title.text.clone(), format!("/events/{}", e.id)).render(page))
            p { (tr.t("ngo-apply-intro")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/events/" (e.id) "/ngo-application" } {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, errors, Input::text("organisation", "ngo-field-organisation", &form.organisation).required()))
                    (c::select(tr, errors, "ecosoc_status", "ngo-field-ecosoc", &status_choices(tr), &form.ecosoc_status, true))
                    (c::select(tr, errors, "country", "ngo-field-country", &countries, &form.country, false))
                    (c::input(tr, errors, Input::text("website", "ngo-field-website", &form.website).kind("url")))
                    (c::input(tr, errors, Input::text("contact_email", "ngo-field-contact-email", &form.contact_email).kind("email").required().hint("ngo-field-contact-email-hint")))
                    h2 { (tr.t("ngo-representatives")) }
                    p.hint { (tr.t("ngo-representatives-hint")) }
                    (representative_rows(tr, form, errors))
                    button.primary type="submit" { (tr.t("ngo-apply-send")) }
                }
            }))
        },
    )
}

/// A short page after a step of the public flow: a notice and the way back to the meeting.
pub fn notice_page(page: &Page, e: &event::Model, title_key: &str, text_key: &str) -> Markup {
    let tr = page.tr;
    let title = tr.t(title_key);
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).render(page))
            (c::alert_text(Alert::Success, &tr.t(text_key)))
            p { a href={ "/events/" (e.id) } { (c::in_lang(&crate::events::content::title(e, tr.lang()), tr.lang())) } }
        },
    )
}

fn summary(tr: Tr, reference: &Reference, a: &Application) -> Markup {
    let app = &a.application;
    html! {
        dl.details {
            dt { (tr.t("ngo-field-ecosoc")) } dd { (tr.t(&format!("ngo-ecosoc-{}", app.ecosoc_status.as_str()))) }
            @if let Some(c) = &app.country_iso3 { dt { (tr.t("ngo-field-country")) } dd { (state_name(reference, c, tr.lang())) } }
            @if let Some(w) = &app.website { dt { (tr.t("ngo-field-website")) } dd { (w) } }
            dt { (tr.t("ngo-field-contact-email")) } dd { (app.contact_email) }
            dt { (tr.t("ngo-representatives")) }
            dd { ul { @for r in &a.representatives { li { (r.given_name) " " (r.family_name) " <" (r.email) ">" } } } }
        }
    }
}

/// The page behind the confirmation link: what was sent, and the button confirming it.
pub fn confirm_page(page: &Page, reference: &Reference, token: &str, e: &event::Model, a: &Application) -> Markup {
    let tr = page.tr;
    let title = tr.t("ngo-confirm-title");
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).lead(c::in_lang(&crate::events::content::title(e, tr.lang()), tr.lang())).render(page))
            h2 { (a.application.organisation) }
            (summary(tr, reference, a))
            form method="post" action={ "/ngo/v/" (token) } {
                (c::csrf_field(&page.csrf))
                button.primary type="submit" { (tr.t("ngo-confirm-send")) }
            }
        },
    )
}

fn decision_forms(page: &Page, e: &event::Model, a: &Application, errors: Option<&FieldErrors>) -> Markup {
    let tr = page.tr;
    let id = a.application.id;
    let none = FieldErrors::new();
    let errors = errors.unwrap_or(&none);
    let scope = format!("decline-{id}");
    html! {
        div.row-actions {
            form.inline method="post" action={ "/organiser/events/" (e.id) "/ngos/" (id) "/accredit" } {
                (c::csrf_field(&page.csrf))
                button.primary type="submit" { (tr.t("ngo-accredit")) (c::for_row(&a.application.organisation)) }
            }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/organiser/events/" (e.id) "/ngos/" (id) "/decline" } {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, errors, Input::text("reason", "ngo-field-reason", "").scope(&scope).required()))
                    button.danger type="submit" { (tr.t("ngo-decline")) (c::for_row(&a.application.organisation)) }
                }
            }))
        }
    }
}

/// The secretariat's page of a meeting's applications, by state; `refused` is an application
/// whose decline form came back with errors.
pub fn applications_page(
    page: &Page,
    reference: &Reference,
    e: &event::Model,
    apps: &[Application],
    refused: Option<(i32, &FieldErrors)>,
) -> Markup {
    let tr = page.tr;
    let title = tr.t("ngo-title");
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, title.clone()).render(page))
            @if !e.admits_ngos { (c::alert_text(Alert::Info, &tr.t("ngo-not-admitted"))) }
            @else { p { a href={ "/events/" (e.id) "/ngo-application" } { (tr.t("ngo-public-form-link")) } } }
            @if apps.is_empty() { (c::empty_state(&tr.t("ngo-none"), html! {})) }
            @for state in [NgoApplicationState::Pending, NgoApplicationState::Accredited, NgoApplicationState::Declined] {
                @let these: Vec<&Application> = apps.iter().filter(|a| a.application.state == state).collect();
                @if !these.is_empty() {
                    section id={ "ngos-" (state.as_str()) } {
                        h2 { (tr.t(&format!("ngo-state-{}", state.as_str()))) " (" (these.len()) ")" }
                        ul.cards { @for a in these {
                            li.card data-application=(a.application.id) {
                                h3 { (a.application.organisation) }
                                (summary(tr, reference, a))
                                @if let Some(reason) = &a.application.decision_reason { p { strong { (tr.t("ngo-field-reason")) ": " } (reason) } }
                                @if state == NgoApplicationState::Pending {
                                    (decision_forms(page, e, a, refused.filter(|(id, _)| *id == a.application.id).map(|(_, e)| e)))
                                }
                            }
                        } }
                    }
                }
            }
        },
    )
}
