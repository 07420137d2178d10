//! Side events: the public request form and its confirmation pages, the public programme,
//! and the secretariat's requests and one request with its approval and decline forms.

use chrono::{DateTime, NaiveDate, Utc};
use maud::{Markup, html};

use super::super::side_events::{ApproveForm, DeclineForm, Programme, RequestForm, Requests, slots_of};
use super::local_time;
use crate::domain::{EventStatus, SideEventState};
use crate::entities::{event, side_event};
use crate::error::FieldErrors;
use crate::i18n::{Tr, format};
use crate::web::components::{self as c, Alert, EventTab, Header, Input, Table, Tone};
use crate::web::extract::Page;
use crate::web::layout;

/// The day of an instant in the meeting's time zone.
fn local_day(e: &event::Model, at: DateTime<Utc>) -> NaiveDate {
    match e.time_zone.parse::<chrono_tz::Tz>() {
        Ok(tz) => at.with_timezone(&tz).date_naive(),
        Err(_) => at.date_naive(),
    }
}

/// "Tue 8 Dec 2026, 13:15–14:45", local to the meeting.
fn span_text(tr: Tr, e: &event::Model, starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
    format!("{}, {}–{}", format::weekday_date(tr, local_day(e, starts)), local_time(e, starts), local_time(e, ends))
}

fn state_badge(tr: Tr, s: SideEventState) -> Markup {
    let tone = match s {
        SideEventState::Unconfirmed | SideEventState::Pending => Tone::Pending,
        SideEventState::Approved => Tone::Ok,
        SideEventState::Declined => Tone::Off,
    };
    c::badge(tone, &tr.t(&format!("meet-side-state-{}", s.as_str())))
}

fn event_title(tr: Tr, e: &event::Model) -> String {
    crate::events::content::title(e, tr.lang()).text
}

fn needs(tr: Tr, s: &side_event::Model) -> String {
    let mut n = Vec::new();
    if s.interpretation {
        n.push(tr.t("meet-side-need-interpretation"));
    }
    if s.webcast {
        n.push(tr.t("meet-side-need-webcast"));
    }
    if n.is_empty() { tr.t("meet-side-need-none") } else { n.join(", ") }
}

fn slot_fields(tr: Tr, form: &RequestForm, errors: &FieldErrors) -> Markup {
    let slots = [
        (1, "slot1_date", &form.slot1_date, "slot1_start", &form.slot1_start, "slot1_end", &form.slot1_end),
        (2, "slot2_date", &form.slot2_date, "slot2_start", &form.slot2_start, "slot2_end", &form.slot2_end),
        (3, "slot3_date", &form.slot3_date, "slot3_start", &form.slot3_start, "slot3_end", &form.slot3_end),
    ];
    html! {
        @for (n, d, dv, s, sv, f, fv) in slots {
            fieldset.slot {
                legend { (tr.ta("meet-side-slot", &[("n", &n.to_string())])) }
                (c::input(tr, errors, Input::text(d, "meet-side-field-date", dv).kind("date")))
                (c::input(tr, errors, Input::text(s, "meet-side-field-start", sv).kind("time")))
                (c::input(tr, errors, Input::text(f, "meet-side-field-end", fv).kind("time")))
            }
        }
    }
}

/// The public form requesting a side event of a meeting.
pub fn request_page(page: &Page, e: &event::Model, form: &RequestForm, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let title = tr.t("meet-side-request-title");
    let dates = format::date_range(tr, e.start_date, e.end_date, e.date_precision);
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("nav-events"), "/").crumb(event_title(tr, e), format!("/events/{}", e.id))
                .lead(html! { (tr.ta("meet-side-request-lead", &[("dates", &dates)])) }).render(page))
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/events/" (e.id) "/side-events/request" } {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, errors, Input::text("title", "meet-side-field-title", &form.title).required()))
                    (c::input(tr, errors, Input::text("organisers", "meet-side-field-organisers", &form.organisers).required().hint("meet-side-field-organisers-hint")))
                    (c::input(tr, errors, Input::text("co_sponsors", "meet-side-field-co-sponsors", &form.co_sponsors)))
                    (c::input(tr, errors, Input::text("contact_name", "meet-side-field-contact-name", &form.contact_name).required()))
                    (c::input(tr, errors, Input::text("contact_email", "meet-side-field-contact-email", &form.contact_email).kind("email").required()))
                    (c::input(tr, errors, Input::text("expected_audience", "meet-side-field-audience", &form.expected_audience).kind("number").required()))
                    fieldset {
                        legend { (tr.t("meet-side-field-needs")) }
                        (c::checkbox(tr, "interpretation", "meet-side-need-interpretation", form.interpretation.is_some()))
                        (c::checkbox(tr, "webcast", "meet-side-need-webcast", form.webcast.is_some()))
                    }
                    p.hint { (tr.t("meet-side-slots-hint")) }
                    (slot_fields(tr, form, errors))
                    button.primary type="submit" { (tr.t("meet-side-request-send")) }
                }
            }))
        },
    )
}

/// After a request: the link to confirm it is on its way.
pub fn check_your_email(page: &Page, e: &event::Model) -> Markup {
    let tr = page.tr;
    let title = tr.t("meet-side-check-email-title");
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(event_title(tr, e), format!("/events/{}", e.id)).render(page))
            (c::alert_text(Alert::Success, &tr.t("meet-side-check-email")))
        },
    )
}

/// The page behind a confirmation link: the request, and the button that confirms it.
pub fn confirm_page(page: &Page, token: &str, s: &side_event::Model, e: &event::Model) -> Markup {
    let tr = page.tr;
    let title = tr.t("meet-side-confirm-title");
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).lead(html! { (event_title(tr, e)) }).render(page))
            (request_details(tr, e, s))
            form method="post" action={ "/side-events/confirm/" (token) } {
                (c::csrf_field(&page.csrf))
                button.primary type="submit" { (tr.t("meet-side-confirm-button")) }
            }
        },
    )
}

/// After confirming: the request has reached the secretariat.
pub fn confirmed_page(page: &Page, s: &side_event::Model, e: &event::Model) -> Markup {
    let tr = page.tr;
    let title = tr.t("meet-side-confirmed-title");
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).lead(html! { (event_title(tr, e)) }).render(page))
            (c::alert_text(Alert::Success, &tr.ta("meet-side-confirmed", &[("title", &s.title)])))
            p { a href={ "/events/" (e.id) "/side-events" } { (tr.t("meet-side-programme-link")) } }
        },
    )
}

/// What a request asks for, as a list of terms.
fn request_details(tr: Tr, e: &event::Model, s: &side_event::Model) -> Markup {
    html! {
        dl.details {
            dt { (tr.t("meet-side-field-title")) } dd { (s.title) }
            dt { (tr.t("meet-side-field-organisers")) } dd { (s.organisers) }
            @if !s.co_sponsors.is_empty() { dt { (tr.t("meet-side-field-co-sponsors")) } dd { (s.co_sponsors) } }
            dt { (tr.t("meet-side-field-contact-name")) } dd { (s.contact_name) " · " (s.contact_email) }
            dt { (tr.t("meet-side-field-audience")) } dd { (format::number(tr, s.expected_audience)) }
            dt { (tr.t("meet-side-field-needs")) } dd { (needs(tr, s)) }
            dt { (tr.t("meet-side-preferred")) }
            dd { ol { @for (a, b) in slots_of(s) { li { (span_text(tr, e, a, b)) } } } }
        }
    }
}

/// The programme of side events of a meeting: by day, then time and room.
pub fn programme_page(page: &Page, p: &Programme, can_request: bool) -> Markup {
    let tr = page.tr;
    let e = &p.event;
    let title = tr.ta("meet-side-programme-title", &[("title", &event_title(tr, e))]);
    let mut days: Vec<(NaiveDate, Vec<&side_event::Model>)> = Vec::new();
    for s in &p.side_events {
        let Some(starts) = s.starts_at else { continue };
        let day = local_day(e, starts);
        match days.last_mut() {
            Some((d, list)) if *d == day => list.push(s),
            _ => days.push((day, vec![s])),
        }
    }
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("nav-events"), "/").crumb(event_title(tr, e), format!("/events/{}", e.id)).render(page))
            p.actions {
                a href={ "/events/" (e.id) "/side-events.ics" } { (tr.t("meet-side-ics-link")) }
                @if can_request { " · " a href={ "/events/" (e.id) "/side-events/request" } { (tr.t("meet-side-request-link")) } }
            }
            @if days.is_empty() { (c::empty_state(&tr.t("meet-side-programme-empty"), html! {})) }
            @for (day, list) in &days {
                section.day {
                    h2 { (format::weekday_date(tr, *day)) }
                    (Table::under_heading(&format::weekday_date(tr, *day)).class("list side-events").render(html! {
                        thead { tr {
                            th scope="col" { (tr.t("meet-side-col-time")) } th scope="col" { (tr.t("meet-side-col-room")) }
                            th scope="col" { (tr.t("meet-side-field-title")) } th scope="col" { (tr.t("meet-side-field-organisers")) }
                        } }
                        tbody { @for s in list {
                            tr data-side-event=(s.id) {
                                td { (s.starts_at.map(|t| local_time(e, t)).unwrap_or_default()) "–" (s.ends_at.map(|t| local_time(e, t)).unwrap_or_default()) }
                                td { (s.room.as_deref().unwrap_or_default()) }
                                th scope="row" { (s.title) }
                                td { (s.organisers) @if !s.co_sponsors.is_empty() { br; small { (tr.ta("meet-side-with", &[("names", &s.co_sponsors)])) } } }
                            }
                        } }
                    }))
                }
            }
        },
    )
}

/// The secretariat's requests for side events of a meeting, by status.
pub fn requests_page(page: &Page, r: &Requests) -> Markup {
    let tr = page.tr;
    let e = &r.event;
    let title = tr.t("meet-side-events");
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, title.clone()).render(page))
            @if e.status != EventStatus::Draft {
                p { a href={ "/events/" (e.id) "/side-events" } { (tr.t("meet-side-programme-link")) }
                    " · " a href={ "/events/" (e.id) "/side-events/request" } { (tr.t("meet-side-request-link")) } }
            }
            @if r.requests.is_empty() { (c::empty_state(&tr.t("meet-side-none"), html! {})) } @else {
                (Table::under_heading(&title).id("side-events").render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("meet-side-field-title")) } th scope="col" { (tr.t("meet-side-field-organisers")) }
                        th scope="col" { (tr.t("meet-side-col-when")) } th scope="col" { (tr.t("meet-col-state")) }
                        th scope="col" { span.visually-hidden { (tr.t("meet-col-actions")) } }
                    } }
                    tbody { @for s in &r.requests {
                        tr data-side-event=(s.id) data-state=(s.state.as_str()) {
                            th scope="row" { (s.title) }
                            td { (s.organisers) }
                            td { @match (s.room.as_deref(), s.starts_at, s.ends_at) {
                                (Some(room), Some(a), Some(b)) => { (room) ", " (span_text(tr, e, a, b)) }
                                _ => { @for (a, b) in slots_of(s).into_iter().take(1) { (span_text(tr, e, a, b)) } }
                            } }
                            td { (state_badge(tr, s.state)) }
                            td.actions { a href={ "/organiser/events/" (e.id) "/side-events/" (s.id) } { (tr.t("meet-side-review")) (c::for_row(&s.title)) } }
                        }
                    } }
                }))
            }
        },
    )
}

/// The forms of a decision, with what each was sent with and its errors.
#[derive(Debug, Default)]
pub struct DecisionForms<'a> {
    /// The approval form as sent.
    pub approve: ApproveForm,
    /// Its errors.
    pub approve_errors: FieldErrors,
    /// The decline form as sent.
    pub decline: DeclineForm,
    /// Its errors.
    pub decline_errors: FieldErrors,
    /// The rooms the meeting uses, offered.
    pub rooms: &'a [String],
}

fn approve_form(page: &Page, e: &event::Model, s: &side_event::Model, f: &DecisionForms<'_>) -> Markup {
    let tr = page.tr;
    let errors = &f.approve_errors;
    let mut choices: Vec<(String, String)> =
        slots_of(s).into_iter().enumerate().map(|(i, (a, b))| ((i + 1).to_string(), span_text(tr, e, a, b))).collect();
    choices.push(("other".to_owned(), tr.t("meet-side-slot-other")));
    html! {
        section #approve {
            h2 { (tr.t("meet-side-approve")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/organiser/events/" (e.id) "/side-events/" (s.id) "/approve" } {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, errors, Input::text("room", "meet-side-col-room", &f.approve.room).required().list("rooms")))
                    datalist #rooms { @for r in f.rooms { option value=(r) {} } }
                    (c::select(tr, errors, "slot", "meet-side-field-slot", &choices, &f.approve.slot, true))
                    fieldset.slot {
                        legend { (tr.t("meet-side-slot-other")) }
                        (c::input(tr, errors, Input::text("date", "meet-side-field-date", &f.approve.date).kind("date")))
                        (c::input(tr, errors, Input::text("start_time", "meet-side-field-start", &f.approve.start_time).kind("time")))
                        (c::input(tr, errors, Input::text("end_time", "meet-side-field-end", &f.approve.end_time).kind("time")))
                    }
                    button.primary type="submit" { (tr.t("meet-side-approve")) }
                }
            }))
        }
    }
}

fn decline_form(page: &Page, e: &event::Model, s: &side_event::Model, f: &DecisionForms<'_>) -> Markup {
    let tr = page.tr;
    let errors = &f.decline_errors;
    html! {
        section #decline {
            h2 { (tr.t("meet-side-decline")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/organiser/events/" (e.id) "/side-events/" (s.id) "/decline" } {
                    (c::csrf_field(&page.csrf))
                    (c::textarea(tr, errors, "reason", "meet-side-field-reason", &f.decline.reason))
                    button type="submit" { (tr.t("meet-side-decline")) }
                }
            }))
        }
    }
}

/// One request, its decision or the forms that make it.
pub fn request_detail_page(page: &Page, e: &event::Model, s: &side_event::Model, forms: &DecisionForms<'_>) -> Markup {
    let tr = page.tr;
    let list = format!("/organiser/events/{}/side-events", e.id);
    layout::page(
        page,
        &s.title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, s.title.clone()).crumb(tr.t("meet-side-events"), list).badge(state_badge(tr, s.state)).render(page))
            (request_details(tr, e, s))
            @match (s.state, s.room.as_deref(), s.starts_at, s.ends_at) {
                (SideEventState::Approved, Some(room), Some(a), Some(b)) => {
                    (c::alert_text(Alert::Success, &tr.ta("meet-side-approved-at", &[("room", room), ("when", &span_text(tr, e, a, b))])))
                }
                (SideEventState::Declined, ..) => {
                    (c::alert_text(Alert::Info, &tr.ta("meet-side-declined-because", &[("reason", s.decline_reason.as_deref().unwrap_or_default())])))
                }
                _ => { (approve_form(page, e, s, forms)) (decline_form(page, e, s, forms)) }
            }
        },
    )
}
