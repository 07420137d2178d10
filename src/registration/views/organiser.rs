//! The organiser's pages of registrations: the list with its filters and bulk moves, and the
//! form to register someone by hand.

use maud::{Markup, html};

use super::{AskAttendance, fields, state_label};
use crate::domain::{AttendanceMode, Gender, ParticipantRole, RegistrationState};
use crate::entities::event;
use crate::error::FieldErrors;
use crate::i18n::{Lang, Tr};
use crate::participants::names::{state_choices, state_name};
use crate::reference::Reference;
use crate::registration::input::RegistrationForm;
use crate::registration::list::{Listing, RegistrationQuery};
use crate::registration::offers::OfferWindow;
use crate::web::components::{self as c, Alert, EventTab, Header, Input, Record, Table, Tone};
use crate::web::extract::Page;
use crate::web::layout;

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

fn options(tr: Tr, codes: impl Iterator<Item = &'static str>, prefix: &str) -> Vec<(String, String)> {
    codes.map(|code| (code.to_owned(), tr.t(&format!("{prefix}{code}")))).collect()
}

/// The filters of the list: search, state, country, regional group, gender, role, kind of
/// organisation.
fn filters(tr: Tr, reference: &Reference, e: &event::Model, q: &RegistrationQuery) -> Markup {
    let none = FieldErrors::new();
    let states = options(tr, RegistrationState::ALL.iter().map(|s| s.as_str()), "reg-state-");
    let genders = options(tr, Gender::ALL.iter().map(|g| g.as_str()), "gender-");
    let roles = options(tr, ParticipantRole::ALL.iter().map(|r| r.as_str()), "role-p-");
    let groups: Vec<(String, String)> = reference
        .regional_groups
        .iter()
        .map(|g| (g.code.clone(), crate::reference::regional_group(tr, reference, &g.code)))
        .collect();
    let countries = state_choices(reference, tr.lang());
    let types: Vec<(String, String)> =
        reference.organisation_types.iter().map(|o| (o.code.clone(), tr.t(&format!("org-type-{}", o.code)))).collect();
    html! {
        form.filters method="get" action={ "/organiser/events/" (e.id) "/registrations" } role="search" aria-label=(tr.t("action-filter")) {
            (c::input(tr, &none, Input::text("q", "field-search-people", &q.q).kind("search")))
            (c::select(tr, &none, "state", "field-status", &states, &q.state, false))
            (c::select(tr, &none, "country", "reg-country", &countries, &q.country, false))
            (c::select(tr, &none, "group", "reg-group", &groups, &q.group, false))
            (c::select(tr, &none, "gender", "reg-gender", &genders, &q.gender, false))
            (c::select(tr, &none, "role", "reg-role", &roles, &q.role, false))
            (c::select(tr, &none, "organisation_type", "reg-organisation-type", &types, &q.organisation_type, false))
            button type="submit" { (tr.t("action-filter")) }
        }
    }
}

/// The states as filter links, each with its count; the chosen one is marked.
fn state_filters(tr: Tr, l: &Listing, q: &RegistrationQuery) -> Markup {
    let base = format!("/organiser/events/{}/registrations", l.event.id);
    let href = |state: &str| {
        let query = q.with_state(state);
        if query.is_empty() { base.clone() } else { format!("{base}?{query}") }
    };
    let all: u64 = l.counts.iter().map(|(_, n)| *n).sum();
    html! {
        nav.filters.state-filters aria-label=(tr.t("reg-state-filters")) {
            a href=(href("")) aria-current=[q.state.is_empty().then_some("page")] {
                (tr.t("reg-state-all")) " " span.count { (all) }
            }
            @for (s, n) in &l.counts {
                a class=(Record::Registration.tone(s.as_str()).class()) href=(href(s.as_str()))
                    aria-current=[(q.state == s.as_str()).then_some("page")] {
                    (state_label(tr, s.as_str())) " " span.count { (n) }
                }
            }
        }
    }
}

/// The box that ticks every registration of the page: a link that reloads the page with every
/// box ticked (or none), which the script turns into an instant toggle.
fn select_all(tr: Tr, l: &Listing, q: &RegistrationQuery, all_ticked: bool) -> Markup {
    let page = if l.page > 1 { l.page.to_string() } else { String::new() };
    let query = q.query_with(&q.state, &[("page", &page), ("select", if all_ticked { "" } else { "all" })]);
    let href =
        format!("/organiser/events/{}/registrations{}{query}", l.event.id, if query.is_empty() { "" } else { "?" });
    let (all, none) = (tr.t("reg-select-all"), tr.t("reg-select-none"));
    html! {
        a.select-all href=(href) data-select-all data-all=(all) data-none=(none) { (if all_ticked { none } else { all }) }
    }
}

/// The registrations of the page, each with its box for the bulk moves (ticked when asked).
fn rows(tr: Tr, reference: &Reference, l: &Listing, q: &RegistrationQuery, all_ticked: bool) -> Markup {
    html! {
        thead { tr {
            th scope="col" { span.visually-hidden { (tr.t("reg-select")) } (select_all(tr, l, q, all_ticked)) }
            th scope="col" { (tr.t("reg-name")) } th scope="col" { (tr.t("field-email")) } th scope="col" { (tr.t("reg-country")) }
            th scope="col" { (tr.t("reg-role")) } th scope="col" { (tr.t("reg-gender")) } th scope="col" { (tr.t("field-status")) }
            th scope="col" { (tr.t("reg-indicators")) }
        } }
        tbody {
            @for row in &l.rows {
                @let r = &row.registration;
                @let name = format!("{} {}", r.given_name, r.family_name.to_uppercase());
                tr {
                    td { input type="checkbox" name="id" value=(r.id) checked[all_ticked] aria-label={ (tr.t("reg-select")) " " (name) }; }
                    td {
                        a href={ "/organiser/events/" (l.event.id) "/registrations/" (r.id) } {
                            @if let Some(t) = &r.title { (t) " " } (r.given_name) " " strong { (r.family_name.to_uppercase()) }
                        }
                    }
                    td { (row.email) }
                    td { (r.country_iso3.as_deref().map(|c| state_name(reference, c, tr.lang())).unwrap_or_default()) }
                    td { (tr.t(&format!("role-p-{}", r.role))) }
                    td { (tr.t(&format!("gender-{}", r.gender))) }
                    td { (c::state_badge(tr, Record::Registration, r.state.as_str())) @if let Some(reason) = &r.decision_reason { br; span.meta { (reason) } } }
                    td {
                        @if r.attendance_mode == AttendanceMode::Remote { (c::badge(Tone::Info, &tr.t("reg-attendance-remote"))) " " }
                        @if r.needs.as_deref().is_some_and(|n| !n.trim().is_empty()) { (c::badge(Tone::Info, &tr.t("reg-indicator-needs"))) " " }
                        @if r.visa_letter { (c::badge(Tone::Pending, &tr.t("reg-indicator-visa"))) }
                    }
                }
            }
        }
    }
}

/// The bulk moves: a chosen action (never a preselected one) and an optional reason.
fn bulk_actions(tr: Tr, errors: &FieldErrors) -> Markup {
    let actions = [
        ("approve".to_owned(), tr.t("reg-approve")),
        ("reject".to_owned(), tr.t("reg-reject")),
        ("cancel".to_owned(), tr.t("reg-cancel-by-organiser")),
        ("reset".to_owned(), tr.t("reg-reset")),
    ];
    html! {
        fieldset.bulk-actions {
            legend { (tr.t("reg-with-selected")) }
            (c::select(tr, errors, "action", "reg-action", &actions, "", true))
            (c::input(tr, errors, Input::text("reason", "reg-reason", "")))
            button type="submit" { (tr.t("reg-apply")) }
        }
    }
}

/// The organiser's registration list.
pub fn organiser_list(
    page: &Page,
    reference: &Reference,
    l: &Listing,
    offers_paused: Option<&str>,
    q: &RegistrationQuery,
    all_ticked: bool,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let e = &l.event;
    let query = q.without_page();
    let title = tr.t("reg-list-title");
    layout::page(
        page,
        &title,
        html! {
            (Header::event(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Registrations, title.clone())
                .actions(html! { a.button href={ "/organiser/events/" (e.id) "/registrations/new" } { (tr.t("reg-add")) } })
                .render(page))
            (state_filters(tr, l, q))
            @if let Some(cap) = e.capacity { p { (c::badge(Tone::Off, &tr.ta("reg-seats", &[("taken", &e.seats_taken.to_string()), ("capacity", &cap.to_string())]))) } }
            @if let Some(why) = offers_paused { (c::alert_text(Alert::Warning, why)) }
            (filters(tr, reference, e, q))
            p {
                (tr.ta("reg-count", &[("count", &l.total.to_string())])) " · "
                a href={ "/organiser/events/" (e.id) "/registrations/export.csv" @if !query.is_empty() { "?" (query) } } { (tr.t("reg-export")) }
            }
            @if l.rows.is_empty() {
                (c::empty_state(&tr.t("empty-registrations"), html! {
                    a href={ "/organiser/events/" (e.id) "/invitations" } { (tr.t("empty-registrations-next")) }
                }))
            } @else {
                (c::with_error_summary(tr, errors, html! {
                    form.table-form method="post" action={ "/organiser/events/" (e.id) "/registrations/move" } {
                        (c::csrf_field(&page.csrf))
                        (Table::under_heading(&title).render(rows(tr, reference, l, q, all_ticked)))
                        (bulk_actions(tr, errors))
                    }
                }))
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
    let roles = options(tr, ParticipantRole::ALL.iter().map(|r| r.as_str()), "role-p-");
    let langs: Vec<(String, String)> =
        Lang::ALL.iter().map(|l| (l.code().to_owned(), l.endonym().to_owned())).collect();
    let title = tr.t("reg-add");
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Registrations, title.clone()).render(page))
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/organiser/events/" (e.id) "/registrations" } {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, errors, Input::text("email", "field-email", &form.email).kind("email").required()))
                    (c::select(tr, errors, "role", "reg-role", &roles, &form.role, true))
                    (c::select(tr, errors, "language", "reg-language", &langs, &form.language, true))
                    (fields(tr, reference, form, errors, false, AskAttendance::of(e, true)))
                    input type="hidden" name="notify_asked" value="1";
                    (c::checkbox(tr, "notify", "reg-notify", form.notify.is_some()))
                    @if ended { p.hint { (tr.t("reg-notify-ended")) } }
                    button.primary type="submit" { (tr.t("reg-add")) }
                }
            }))
        },
    )
}
