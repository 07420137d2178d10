//! Views of registration: the invitation page, open registration, the manage page, and the
//! organiser's list and manual add.

use maud::{Markup, html};

pub mod detail;
pub mod new_links;

use super::input::RegistrationForm;
use super::list::{Listing, RegistrationQuery};
use super::offers::OfferWindow;
use super::relink::NewLink;
use super::rules::{InvitationView, Managed};
use crate::domain::{Gender, InvitationState, ParticipantRole, PersonName, RegistrationState};
use crate::entities::event;
use crate::error::FieldErrors;
use crate::i18n::{Lang, Tr};
use crate::reference::Reference;
use crate::web::components::{self as c, Input};
use crate::web::extract::Page;
use crate::web::layout;

fn event_block(tr: Tr, reference: &Reference, e: &event::Model) -> Markup {
    let precision = e.date_precision;
    let place = match &e.country_iso3 {
        Some(iso3) => format!("{}, {}", e.city, reference.country_name(iso3)),
        None => e.city.clone(),
    };
    html! {
        div.event-block {
            p.meta { (reference.programme_name(&e.programme_code)) }
            h1 { (e.title) }
            p { (c::date_range(tr, e.start_date, e.end_date, precision)) " · " (place) " · " a href={ "/events/" (e.id) } { (tr.t("reg-event-page")) } }
        }
    }
}

/// The registration fields (shared by every registration form and the desk's walk-in form).
pub fn fields(tr: Tr, reference: &Reference, form: &RegistrationForm, errors: &FieldErrors, consent: bool) -> Markup {
    let genders: Vec<(String, String)> =
        Gender::ALL.iter().map(|g| (g.as_str().to_owned(), tr.t(&format!("gender-{}", g.as_str())))).collect();
    let countries: Vec<(String, String)> =
        reference.countries.iter().map(|c| (c.iso3.clone(), c.name.clone())).collect();
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
        @if consent {
            div.notice.privacy { p { (tr.t("reg-privacy-notice")) } }
            div.field.invalid[errors.get("consent").is_some()] #consent-field {
                @if let Some(m) = errors.get("consent") { p.field-error { (tr.msg(m)) } }
                (c::checkbox(tr, "consent", "reg-consent", form.consent.is_some()))
            }
        }
    }
}

fn state_label(tr: Tr, state: RegistrationState) -> String {
    tr.t(&format!("reg-state-{state}"))
}

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
        &v.event.title,
        html! {
            (event_block(tr, reference, &v.event))
            @if let Some(r) = &v.registration {
                // No form here: the page sets no cookie, and shows nothing of the registration.
                @if super::rules::is_active(r.state) {
                    p.notice role="status" { (tr.t("reg-already-registered")) }
                    p { a href={ "/i/" (token) "/new-link" } { (tr.t("reg-new-link-ask")) } }
                } @else {
                    p.notice role="status" { (tr.t("err-registration-ended")) }
                }
            } @else if v.invitation.state == InvitationState::Declined {
                p.notice.warning { (tr.t("reg-you-declined")) }
            } @else {
                p { (tr.ta("reg-invited-as", &[("name", &PersonName::new(&v.person.given_name, &v.person.family_name).to_string()), ("role", &role)])) }
                p.hint { (tr.ta("reg-email-fixed", &[("email", &v.person.email)])) }
                (c::error_summary(tr, errors))
                form.stack method="post" action={ "/i/" (token) } {
                    (c::csrf_field(&page.csrf))
                    (fields(tr, reference, form, errors, true))
                    button.primary type="submit" { (tr.t("reg-submit")) }
                }
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
    layout::page(page, &e.title, html! { h1 { (e.title) } p.notice role="status" { (tr.t("reg-declined-thanks")) } })
}

/// Where a registration form sent again lands, and where a new manage link is asked for:
/// the registration's link is in the person's email, and the button posting to `new_link`
/// sends a new one there.
pub fn already_registered(page: &Page, reference: &Reference, e: &event::Model, new_link: &str) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &e.title,
        html! {
            (event_block(tr, reference, e))
            p.notice role="status" { (tr.t("reg-already-registered")) }
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
    layout::page(page, &e.title, html! { (event_block(tr, reference, e)) p.notice role="status" { (tr.t(text)) } })
}

/// Why seats freed now go to nobody on the waiting list, when they do not.
pub fn offers_paused(tr: Tr, e: &event::Model, window: OfferWindow, min_minutes: u32) -> Option<String> {
    let OfferWindow::TooShort { until, limit } = window else { return None };
    let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let local = until.with_timezone(&tz);
    let when = format!("{} {} ({})", c::date(tr, local.date_naive()), local.format("%H:%M"), e.time_zone);
    Some(
        tr.ta(
            "reg-offers-paused",
            &[("minutes", &min_minutes.to_string()), ("limit", limit.as_str()), ("when", &when)],
        ),
    )
}

/// The open-registration address form.
pub fn open_registration(page: &Page, e: &event::Model, email: &str, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &e.title,
        html! {
            h1 { (e.title) }
            p { (tr.t("reg-open-intro")) }
            (c::error_summary(tr, errors))
            form.stack method="post" action={ "/events/" (e.id) "/register" } {
                (c::csrf_field(&page.csrf))
                (c::input(tr, errors, Input::text("email", "field-email", email).kind("email").required()))
                button.primary type="submit" { (tr.t("reg-open-submit")) }
            }
        },
    )
}

/// After asking for a verification link.
pub fn check_your_email(page: &Page, e: &event::Model) -> Markup {
    let tr = page.tr;
    layout::page(page, &e.title, html! { h1 { (e.title) } p.notice role="status" { (tr.t("reg-check-email")) } })
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
        &e.title,
        html! {
            (event_block(tr, reference, e))
            p.hint { (tr.ta("reg-email-fixed", &[("email", email)])) }
            (c::error_summary(tr, errors))
            form.stack method="post" action={ "/v/" (token) } {
                (c::csrf_field(&page.csrf))
                (fields(tr, reference, form, errors, true))
                button.primary type="submit" { (tr.t("reg-submit")) }
            }
        },
    )
}

/// The private manage page.
pub fn manage(
    page: &Page,
    reference: &Reference,
    m: &Managed,
    token: &str,
    form: &RegistrationForm,
    errors: &FieldErrors,
    saved: bool,
) -> Markup {
    let tr = page.tr;
    let r = &m.registration;
    let active = super::rules::is_active(r.state);
    layout::page(
        page,
        &m.event.title,
        html! {
            (event_block(tr, reference, &m.event))
            p.notice role="status" { (tr.ta("reg-status", &[("state", &state_label(tr, r.state))])) }
            @if r.state == RegistrationState::Waitlisted { p { (tr.ta("reg-waitlist-position", &[("position", &m.position.to_string())])) } }
            @if saved { p.notice role="status" { (tr.t("reg-saved")) } }
            @if r.state == RegistrationState::Offered {
                @if let Some(until) = r.offer_expires_at {
                    p { (tr.ta("reg-offer", &[("until", &until.format("%Y-%m-%d %H:%M UTC").to_string())])) }
                }
                form method="post" action={ "/r/" (token) "/accept" } {
                    (c::csrf_field(&page.csrf))
                    button.primary type="submit" { (tr.t("reg-accept")) }
                }
            }
            (crate::calendar::links::manage_section(tr, token, &page.csrf))
            @if r.state == RegistrationState::Confirmed {
                section.checkin-code {
                    h2 { (tr.t("reg-qr-title")) }
                    img src={ "/r/" (token) "/checkin.svg" } alt=(tr.t("reg-qr-title")) width="240" height="240";
                    p.hint { (tr.t("reg-qr-hint")) }
                }
            }
            @if active {
                h2 { (tr.t("reg-details")) }
                (c::error_summary(tr, errors))
                form.stack method="post" action={ "/r/" (token) } {
                    (c::csrf_field(&page.csrf))
                    (fields(tr, reference, form, errors, false))
                    @if m.event.approval_required { p.hint { (tr.t("reg-update-approval")) } }
                    button.primary type="submit" { (tr.t("action-save")) }
                }
                h2 { (tr.t("reg-cancel-title")) }
                form method="post" action={ "/r/" (token) "/cancel" } {
                    (c::csrf_field(&page.csrf))
                    button.danger type="submit" data-confirm=(tr.t("reg-cancel-confirm")) { (tr.t("reg-cancel")) }
                }
            }
        },
    )
}

/// After an update sent the registration back to approval (its link changed).
pub fn sent_back_to_approval(page: &Page) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("reg-back-to-approval-title"),
        html! { h1 { (tr.t("reg-back-to-approval-title")) } p { (tr.t("reg-back-to-approval")) } },
    )
}

/// After cancelling.
pub fn cancelled(page: &Page, e: &event::Model) -> Markup {
    let tr = page.tr;
    layout::page(page, &e.title, html! { h1 { (e.title) } p.notice role="status" { (tr.t("reg-cancelled")) } })
}

/// The organiser's registration list.
pub fn organiser_list(
    page: &Page,
    reference: &Reference,
    l: &Listing,
    offers_paused: Option<&str>,
    q: &RegistrationQuery,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let none = FieldErrors::new();
    let e = &l.event;
    let states: Vec<(String, String)> =
        RegistrationState::ALL.iter().map(|s| (s.as_str().to_owned(), state_label(tr, *s))).collect();
    let groups: Vec<(String, String)> =
        reference.regional_groups.iter().map(|g| (g.code.clone(), g.name.clone())).collect();
    let countries: Vec<(String, String)> =
        reference.countries.iter().map(|c| (c.iso3.clone(), c.name.clone())).collect();
    let genders: Vec<(String, String)> =
        Gender::ALL.iter().map(|g| (g.as_str().to_owned(), tr.t(&format!("gender-{}", g.as_str())))).collect();
    let roles: Vec<(String, String)> =
        ParticipantRole::ALL.iter().map(|r| (r.as_str().to_owned(), tr.t(&format!("role-p-{}", r.as_str())))).collect();
    let types: Vec<(String, String)> =
        reference.organisation_types.iter().map(|o| (o.code.clone(), tr.t(&format!("org-type-{}", o.code)))).collect();
    let query = q.without_page();
    layout::page(
        page,
        &tr.t("reg-list-title"),
        html! {
            p.meta { a href={ "/organiser/events/" (e.id) } { "← " (e.title) } }
            div.title-row {
                h1 { (tr.t("reg-list-title")) }
                a.button href={ "/organiser/events/" (e.id) "/registrations/new" } { (tr.t("reg-add")) }
            }
            p {
                @for (s, n) in &l.counts { span.badge { (state_label(tr, *s)) ": " (n) } " " }
                @if let Some(cap) = e.capacity { span.badge { (tr.ta("reg-seats", &[("taken", &e.seats_taken.to_string()), ("capacity", &cap.to_string())])) } }
            }
            @if let Some(why) = offers_paused { p.notice.warning role="status" { (why) } }
            form.filters method="get" action={ "/organiser/events/" (e.id) "/registrations" } {
                (c::input(tr, &none, Input::text("q", "field-search-people", &q.q).kind("search")))
                (c::select(tr, &none, "state", "field-status", &states, &q.state, false))
                (c::select(tr, &none, "country", "reg-country", &countries, &q.country, false))
                (c::select(tr, &none, "group", "reg-group", &groups, &q.group, false))
                (c::select(tr, &none, "gender", "reg-gender", &genders, &q.gender, false))
                (c::select(tr, &none, "role", "reg-role", &roles, &q.role, false))
                (c::select(tr, &none, "organisation_type", "reg-organisation-type", &types, &q.organisation_type, false))
                button type="submit" { (tr.t("action-filter")) }
            }
            p {
                (tr.ta("reg-count", &[("count", &l.total.to_string())])) " · "
                a href={ "/organiser/events/" (e.id) "/registrations/export.csv" @if !query.is_empty() { "?" (query) } } { (tr.t("reg-export")) }
            }
            (c::error_summary(tr, errors))
            form method="post" action={ "/organiser/events/" (e.id) "/registrations/move" } {
                (c::csrf_field(&page.csrf))
                table.list {
                    thead { tr {
                        th { span.visually-hidden { (tr.t("reg-select")) } }
                        th { (tr.t("reg-name")) } th { (tr.t("field-email")) } th { (tr.t("reg-country")) }
                        th { (tr.t("reg-role")) } th { (tr.t("reg-gender")) } th { (tr.t("field-status")) }
                    } }
                    tbody {
                        @for row in &l.rows {
                            @let r = &row.registration;
                            tr {
                                td { input type="checkbox" name="id" value=(r.id) aria-label=(tr.t("reg-select")); }
                                td { @if let Some(t) = &r.title { (t) " " } (r.given_name) " " strong { (r.family_name.to_uppercase()) } }
                                td { (row.email) }
                                td { (r.country_iso3.as_deref().map(|c| reference.country_name(c)).unwrap_or("")) }
                                td { (tr.t(&format!("role-p-{}", r.role))) }
                                td { (tr.t(&format!("gender-{}", r.gender))) }
                                td { (state_label(tr, r.state)) @if let Some(reason) = &r.decision_reason { br; span.meta { (reason) } } }
                            }
                        }
                    }
                }
                div.actions {
                    label for="action" { (tr.t("reg-with-selected")) }
                    select #action name="action" {
                        option value="approve" { (tr.t("reg-approve")) }
                        option value="reject" { (tr.t("reg-reject")) }
                        option value="cancel" { (tr.t("reg-cancel-by-organiser")) }
                        option value="reset" { (tr.t("reg-reset")) }
                    }
                    input #reason name="reason" type="text" placeholder=(tr.t("reg-reason")) aria-label=(tr.t("reg-reason"));
                    button type="submit" { (tr.t("reg-apply")) }
                }
            }
            (c::pagination(tr, &format!("/organiser/events/{}/registrations", e.id), &query, l.page, l.pages))
        },
    )
}

/// The organiser's manual add form; `ended` when the event is over (no calendar invitation,
/// and no email unless the organiser ticks the box).
pub fn manual_add(
    page: &Page,
    reference: &Reference,
    e: &event::Model,
    ended: bool,
    form: &RegistrationForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let roles: Vec<(String, String)> =
        ParticipantRole::ALL.iter().map(|r| (r.as_str().to_owned(), tr.t(&format!("role-p-{}", r.as_str())))).collect();
    let langs: Vec<(String, String)> =
        Lang::ALL.iter().map(|l| (l.code().to_owned(), l.endonym().to_owned())).collect();
    layout::page(
        page,
        &tr.t("reg-add"),
        html! {
            p.meta { a href={ "/organiser/events/" (e.id) "/registrations" } { "← " (tr.t("reg-list-title")) } }
            h1 { (tr.t("reg-add")) }
            (c::error_summary(tr, errors))
            form.stack method="post" action={ "/organiser/events/" (e.id) "/registrations" } {
                (c::csrf_field(&page.csrf))
                (c::input(tr, errors, Input::text("email", "field-email", &form.email).kind("email").required()))
                (c::select(tr, errors, "role", "reg-role", &roles, &form.role, true))
                (c::select(tr, errors, "language", "reg-language", &langs, &form.language, true))
                (fields(tr, reference, form, errors, false))
                input type="hidden" name="notify_asked" value="1";
                (c::checkbox(tr, "notify", "reg-notify", form.notify.is_some()))
                @if ended { p.hint { (tr.t("reg-notify-ended")) } }
                button.primary type="submit" { (tr.t("reg-add")) }
            }
        },
    )
}
