//! The pages a person sees: the invitation page, open registration and its verified form,
//! and the pages after declining, cancelling or asking for a link (the manage page is in
//! [`super::manage`]).

use maud::{Markup, html};

use super::{AskAttendance, event_block, fields, place_line};
use crate::entities::event;
use crate::error::FieldErrors;
use crate::events::content;
use crate::events::situation::Situation;
use crate::reference::Reference;
use crate::registration::input::RegistrationForm;
use crate::registration::relink::NewLink;
use crate::registration::rules::InvitationView;
use crate::web::components::{self as c, Alert, Header, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// The invitation page: register or decline.
pub fn invitation(
    page: &Page,
    reference: &Reference,
    v: &InvitationView,
    token: &str,
    form: &RegistrationForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let role = tr.t(&format!("role-p-{}", v.invitation.role));
    layout::page(
        page,
        &content::title(&v.event, tr.lang()).text,
        html! {
            (event_block(tr, reference, &v.event))
            @if let Some(r) = &v.registration {
                // No form here: the page sets no cookie, and shows nothing of the registration.
                @if crate::registration::rules::is_active(r.state) {
                    (c::alert_text(Alert::Info, &tr.t("reg-already-registered")))
                    p { a href={ "/i/" (token) "/new-link" } { (tr.t("reg-new-link-ask")) } }
                } @else {
                    (c::alert_text(Alert::Warning, &tr.t("err-registration-ended")))
                }
            } @else if v.invitation.state == crate::domain::InvitationState::Declined {
                (c::alert_text(Alert::Warning, &tr.t("reg-you-declined")))
            } @else {
                p { (tr.ta("reg-invited-as", &[("name", &format!("{} {}", v.person.given_name, v.person.family_name)), ("role", &role)])) }
                p.hint { (tr.ta("reg-email-fixed", &[("email", &v.person.email)])) }
                (c::with_error_summary(tr, errors, html! {
                    form.stack method="post" action={ "/i/" (token) } {
                        (c::csrf_field(&page.csrf))
                        (fields(tr, reference, form, errors, true, AskAttendance::of(&v.event, false)))
                        button.primary type="submit" { (tr.t("reg-submit")) }
                    }
                }))
                h2 { (tr.t("reg-decline-title")) }
                form.stack method="post" action={ "/i/" (token) "/decline" } {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, errors, Input::text("reason", "reg-decline-reason", "")))
                    button type="submit" { (tr.t("reg-decline")) }
                }
            }
        },
    )
}

/// After declining.
pub fn declined(page: &Page, e: &event::Model) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &content::title(e, tr.lang()).text,
        html! { (Header::in_lang(content::title(e, tr.lang())).render(page)) (c::alert_text(Alert::Success, &tr.t("reg-declined-thanks"))) },
    )
}

/// Where a registration form sent again lands, and where a new manage link is asked for:
/// the registration's link is in the person's email, and the button posting to `new_link`
/// sends a new one there.
pub fn already_registered(page: &Page, reference: &Reference, e: &event::Model, new_link: &str) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &content::title(e, tr.lang()).text,
        html! {
            (event_block(tr, reference, e))
            (c::alert_text(Alert::Info, &tr.t("reg-already-registered")))
            form.stack method="post" action=(new_link) {
                (c::csrf_field(&page.csrf))
                p.hint { (tr.t("reg-new-link-hint")) }
                button type="submit" { (tr.t("reg-new-link-button")) }
            }
        },
    )
}

/// After asking for a new manage link.
pub fn new_link_sent(page: &Page, reference: &Reference, e: &event::Model, outcome: NewLink) -> Markup {
    let tr = page.tr;
    let text = match outcome {
        NewLink::Sent => "reg-new-link-sent",
        NewLink::SentRecently => "reg-new-link-recent",
    };
    layout::page(
        page,
        &content::title(e, tr.lang()).text,
        html! { (event_block(tr, reference, e)) (c::alert_text(Alert::Success, &tr.t(text))) },
    )
}

/// The open-registration address form, under the event's dates, place and registration
/// situation; the form only while the event takes registrations.
pub fn open_registration(
    page: &Page,
    reference: &Reference,
    e: &event::Model,
    situation: Situation,
    email: &str,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let when = c::date_range(tr, e.start_date, e.end_date, e.date_precision);
    layout::page(
        page,
        &content::title(e, tr.lang()).text,
        html! {
            (Header::in_lang(content::title(e, tr.lang()))
                .crumb(tr.t("nav-events"), "/")
                .crumb(content::title(e, tr.lang()).text, format!("/events/{}", e.id))
                .lead(html! { p.event-when { (when) " · " (place_line(tr, reference, e)) } })
                .render(page))
            (crate::events::views::situation_panel(tr, e, situation, false))
            @if situation.takes_registrations() {
                p { (tr.t("reg-open-intro")) }
                (c::with_error_summary(tr, errors, html! {
                    form.stack method="post" action={ "/events/" (e.id) "/register" } {
                        (c::csrf_field(&page.csrf))
                        (c::input(tr, errors, Input::text("email", "field-email", email).kind("email").required()))
                        button.primary type="submit" { (tr.t("reg-open-submit")) }
                    }
                }))
            }
        },
    )
}

/// After asking for a verification link.
pub fn check_your_email(page: &Page, e: &event::Model) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &content::title(e, tr.lang()).text,
        html! { (Header::in_lang(content::title(e, tr.lang())).render(page)) (c::alert_text(Alert::Success, &tr.t("reg-check-email"))) },
    )
}

/// The registration form after the address was verified.
pub fn verified(
    page: &Page,
    reference: &Reference,
    e: &event::Model,
    email: &str,
    token: &str,
    form: &RegistrationForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &content::title(e, tr.lang()).text,
        html! {
            (event_block(tr, reference, e))
            p.hint { (tr.ta("reg-email-fixed", &[("email", email)])) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/v/" (token) } {
                    (c::csrf_field(&page.csrf))
                    (fields(tr, reference, form, errors, true, AskAttendance::of(e, false)))
                    button.primary type="submit" { (tr.t("reg-submit")) }
                }
            }))
        },
    )
}

/// After an update sent the registration back to approval (its link changed).
pub fn sent_back_to_approval(page: &Page) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("reg-back-to-approval-title"),
        html! {
            (Header::new(tr.t("reg-back-to-approval-title")).render(page))
            (c::alert_text(Alert::Info, &tr.t("reg-back-to-approval")))
        },
    )
}

/// After cancelling.
pub fn cancelled(page: &Page, e: &event::Model) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &content::title(e, tr.lang()).text,
        html! { (Header::in_lang(content::title(e, tr.lang())).render(page)) (c::alert_text(Alert::Success, &tr.t("reg-cancelled"))) },
    )
}
