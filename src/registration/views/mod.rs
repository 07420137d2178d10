//! Views of registration: the pages a person sees — the invitation page and open registration
//! ([`person`]), the manage page ([`manage`]) — and the organiser's list and manual add
//! ([`organiser`]).

use maud::{Markup, html};

use crate::domain::{AttendanceMode, Gender};
use crate::entities::event;
use crate::error::FieldErrors;
use crate::events::content;
use crate::i18n::Tr;
use crate::participants::names::{state_choices, state_name};
use crate::reference::Reference;
use crate::registration::input::RegistrationForm;
use crate::web::components::{self as c, Input};

pub mod detail;
mod manage;
pub mod new_links;
mod organiser;
mod person;

pub use manage::{DetailsForm, manage};
pub use organiser::{manual_add, offers_paused, organiser_list};
pub use person::{
    already_registered, cancelled, check_your_email, declined, invitation, new_link_sent, open_registration,
    sent_back_to_approval, verified,
};

/// Whether a registration form asks how the person attends ("In person / Remotely").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AskAttendance {
    /// Not asked: the event offers no remote attendance, or a walk-in is in person.
    No,
    /// Asked, and the person must choose.
    Required,
    /// Asked; an organiser may leave it (in person).
    Optional,
}

impl AskAttendance {
    /// What the form of a person themselves asks for event `e` (`by_staff`: an organiser's).
    pub fn of(e: &event::Model, by_staff: bool) -> Self {
        match (e.remote_attendance, by_staff) {
            (false, _) => Self::No,
            (true, false) => Self::Required,
            (true, true) => Self::Optional,
        }
    }
}

/// The registration fields (shared by every registration form and the desk's walk-in form).
pub fn fields(
    tr: Tr,
    reference: &Reference,
    form: &RegistrationForm,
    errors: &FieldErrors,
    consent: bool,
    attendance: AskAttendance,
) -> Markup {
    let genders: Vec<(String, String)> =
        Gender::ALL.iter().map(|g| (g.as_str().to_owned(), tr.t(&format!("gender-{}", g.as_str())))).collect();
    let countries = state_choices(reference, tr.lang());
    let types: Vec<(String, String)> =
        reference.organisation_types.iter().map(|o| (o.code.clone(), tr.t(&format!("org-type-{}", o.code)))).collect();
    html! {
        (c::input(tr, errors, Input::text("title", "reg-title", &form.title).hint("reg-title-hint")))
        (c::input(tr, errors, Input::text("given_name", "reg-given-name", &form.given_name).required()))
        (c::input(tr, errors, Input::text("family_name", "reg-family-name", &form.family_name).required()))
        (c::select(tr, errors, "gender", "reg-gender", &genders, &form.gender, true))
        (c::select(tr, errors, "country", "reg-country", &countries, &form.country, false))
        (c::input(tr, errors, Input::text("organisation", "reg-organisation", &form.organisation)))
        (c::select(tr, errors, "organisation_type", "reg-organisation-type", &types, &form.organisation_type, false))
        (c::input(tr, errors, Input::text("position", "reg-position", &form.position)))
        (c::input(tr, errors, Input::text("phone", "reg-phone", &form.phone).kind("tel")))
        (c::textarea(tr, errors, "needs", "reg-needs", &form.needs))
        (c::checkbox(tr, "visa_letter", "reg-visa-letter", form.visa_letter.is_some()))
        (attendance_field(tr, form, errors, attendance))
        @if consent {
            div.alert.alert-info.privacy {
                p { (tr.t("reg-privacy-notice")) }
                p.notice-link {
                    a href="/privacy" target="_blank" rel="noopener" {
                        (tr.ta("reg-notice-link", &[("version", &form.notice_version)]))
                    }
                }
            }
            input type="hidden" name="notice_version" value=(form.notice_version);
            div.field.invalid[errors.get("consent").is_some()] #consent-field {
                @if let Some(m) = errors.get("consent") { p.field-error { (tr.msg(m)) } }
                (c::checkbox(tr, "consent", "reg-consent", form.consent.is_some()))
            }
        }
    }
}

/// "In person / Remotely", as `ask` says: when required, nothing is chosen for the person.
fn attendance_field(tr: Tr, form: &RegistrationForm, errors: &FieldErrors, ask: AskAttendance) -> Markup {
    let modes: Vec<(String, String)> = AttendanceMode::ALL
        .iter()
        .map(|m| (m.as_str().to_owned(), tr.t(&format!("reg-attendance-{}", m.as_str()))))
        .collect();
    let required = ask == AskAttendance::Required;
    html! {
        @if ask != AskAttendance::No {
            (c::select(tr, errors, "attendance_mode", "reg-attendance-mode", &modes, &form.attendance_mode, required))
        }
    }
}

fn state_label(tr: Tr, state: &str) -> String {
    tr.t(&format!("reg-state-{state}"))
}

/// Where an event takes place: venue, city and country, as far as they are known.
fn place_line(tr: Tr, reference: &Reference, e: &event::Model) -> String {
    let mut parts: Vec<String> = content::venue(e, tr.lang()).map(|v| v.text).into_iter().collect();
    parts.push(e.city.clone());
    if let Some(iso3) = &e.country_iso3 {
        parts.push(state_name(reference, iso3, tr.lang()));
    }
    parts.join(", ")
}

/// The event a person's page is about: programme, title, dates and place.
fn event_block(tr: Tr, reference: &Reference, e: &event::Model) -> Markup {
    html! {
        div.event-block.page-header {
            p.meta { (crate::reference::programme(tr, reference, &e.programme_code)) }
            @let title = content::title(e, tr.lang());
            h1 lang=[c::lang::lang_attr(&title, tr.lang())] dir=[c::lang::dir_attr(&title, tr.lang())] { (title.text) }
            p { (c::date_range(tr, e.start_date, e.end_date, e.date_precision)) " · " (place_line(tr, reference, e)) " · " a href={ "/events/" (e.id) } { (tr.t("reg-event-page")) } }
        }
    }
}
