//! The page "Your data" behind a private manage link: everything Convene holds about the
//! person, in their language, section by section, with the same data as a JSON download.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use super::rules::PersonalData;
use super::rules::access::{EventRecord, RegistrationRecord};
use crate::i18n::Tr;
use crate::participants::names::state_name;
use crate::reference::Reference;
use crate::web::components::{self as c, Header, Record, Table};
use crate::web::extract::Page;
use crate::web::layout;

type Events<'a> = HashMap<i32, &'a EventRecord>;

/// The event of a record: its title and dates, or its number if it is gone.
fn event_cell(tr: Tr, events: &Events<'_>, id: i32) -> Markup {
    match events.get(&id) {
        Some(e) => html! {
            (e.title) br;
            small { (c::date_range(tr, e.start_date, e.end_date, crate::domain::DatePrecision::Day)) }
        },
        None => html! { (id) },
    }
}

/// A moment in the event's time zone (UTC when the event is not known).
fn at(tr: Tr, events: &Events<'_>, event: i32, t: DateTime<Utc>) -> String {
    c::moment(tr, t, events.get(&event).map_or("UTC", |e| e.time_zone.as_str()))
}

fn optional_at(tr: Tr, events: &Events<'_>, event: i32, t: Option<DateTime<Utc>>) -> String {
    t.map(|t| at(tr, events, event, t)).unwrap_or_else(|| "—".to_owned())
}

/// One line of a description list, left out when there is no value.
fn item(tr: Tr, label: &str, value: Option<&str>) -> Markup {
    html! {
        @if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            dt { (tr.t(label)) } dd { (v) }
        }
    }
}

fn none(tr: Tr) -> Markup {
    html! { p.hint { (tr.t("data-none")) } }
}

fn person_section(tr: Tr, data: &PersonalData) -> Markup {
    let p = &data.person;
    let gender = p.gender.as_ref().map(|g| tr.t(&format!("gender-{g}")));
    let org_type = p.organisation_type.as_ref().map(|o| tr.t(&format!("org-type-{o}")));
    let language = crate::i18n::Lang::from_tag(&p.language).map(|l| l.endonym().to_owned());
    html! {
        section #data-person aria-labelledby="data-person-title" {
            h2 #data-person-title { (tr.t("data-record")) }
            dl.details {
                (item(tr, "field-email", Some(&p.email)))
                (item(tr, "reg-title", p.title.as_deref()))
                (item(tr, "reg-given-name", Some(&p.given_name)))
                (item(tr, "reg-family-name", Some(&p.family_name)))
                (item(tr, "reg-organisation", p.organisation.as_deref()))
                (item(tr, "reg-organisation-type", org_type.as_deref()))
                (item(tr, "reg-gender", gender.as_deref()))
                (item(tr, "data-language", language.as_deref()))
            }
        }
    }
}

fn registration_block(tr: Tr, reference: &Reference, events: &Events<'_>, r: &RegistrationRecord) -> Markup {
    let country = r.country.as_ref().map(|iso3| state_name(reference, iso3, tr.lang()));
    let org_type = r.organisation_type.as_ref().map(|o| tr.t(&format!("org-type-{o}")));
    let notice = match (&r.notice_version, r.notice_accepted_at) {
        (Some(v), Some(t)) => tr.ta("data-notice-accepted", &[("version", v), ("at", &at(tr, events, r.event_id, t))]),
        _ => tr.t("data-notice-none"),
    };
    html! {
        article.data-registration data-registration=(r.id) {
            h3 { (event_cell(tr, events, r.event_id)) }
            p { (c::state_badge(tr, Record::Registration, &r.state)) }
            dl.details {
                (item(tr, "reg-role", Some(&tr.t(&format!("role-p-{}", r.role)))))
                (item(tr, "reg-title", r.title.as_deref()))
                (item(tr, "reg-given-name", Some(&r.given_name)))
                (item(tr, "reg-family-name", Some(&r.family_name)))
                (item(tr, "reg-gender", Some(&tr.t(&format!("gender-{}", r.gender)))))
                (item(tr, "reg-country", country.as_deref()))
                (item(tr, "reg-organisation", r.organisation.as_deref()))
                (item(tr, "reg-organisation-type", org_type.as_deref()))
                (item(tr, "reg-position", r.position.as_deref()))
                (item(tr, "reg-phone", r.phone.as_deref()))
                (item(tr, "reg-needs", r.needs.as_deref()))
                @if r.visa_letter { (item(tr, "reg-visa-letter", Some(&tr.t("reg-detail-yes")))) }
                (item(tr, "reg-panel-reason", r.decision_reason.as_deref()))
                (item(tr, "reg-detail-registered", Some(&at(tr, events, r.event_id, r.created_at))))
                (item(tr, "data-notice", Some(&notice)))
            }
        }
    }
}

fn invitations_section(tr: Tr, events: &Events<'_>, data: &PersonalData) -> Markup {
    let caption = tr.t("data-invitations");
    html! {
        section #data-invitations {
            h2 { (caption) }
            @if data.invitations.is_empty() { (none(tr)) } @else {
                (Table::under_heading(&caption).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("data-col-event")) } th scope="col" { (tr.t("data-col-kind")) }
                        th scope="col" { (tr.t("data-col-state")) } th scope="col" { (tr.t("data-col-sent")) }
                        th scope="col" { (tr.t("data-col-answered")) }
                    } }
                    tbody { @for i in &data.invitations { tr {
                        td { (event_cell(tr, events, i.event_id)) }
                        td { (tr.t(&format!("data-kind-{}", i.kind))) }
                        td { (c::state_badge(tr, Record::Invitation, &i.state)) }
                        td { (optional_at(tr, events, i.event_id, i.sent_at)) }
                        td { (optional_at(tr, events, i.event_id, i.responded_at)) }
                    } } }
                }))
            }
        }
    }
}

fn delegations_section(tr: Tr, reference: &Reference, events: &Events<'_>, data: &PersonalData) -> Markup {
    let state = |iso3: &str| state_name(reference, iso3, tr.lang());
    let title = |id: i32| events.get(&id).map_or_else(|| id.to_string(), |e| e.title.clone());
    html! {
        @if !data.nominations.is_empty() {
            section #data-nominations {
                h2 { (tr.t("data-nominations")) }
                ul { @for n in &data.nominations {
                    li {
                        (title(n.event_id)) " — " (tr.ta("data-nominated-by", &[("state", &state(&n.country))]))
                        @if n.head_of_delegation { " (" (tr.t("data-head")) ")" }
                    }
                } }
            }
        }
        @if !data.focal_point_of.is_empty() {
            section #data-focal-point {
                h2 { (tr.t("data-focal-point")) }
                ul { @for d in &data.focal_point_of {
                    li {
                        (title(d.event_id)) " — "
                        (tr.ta("data-focal-point-item", &[("state", &state(&d.country)), ("quota", &d.seat_quota.to_string())]))
                        @if let Some(r) = &d.note_verbale_ref { " · " (r) }
                    }
                } }
            }
        }
    }
}

fn scans_section(tr: Tr, events: &Events<'_>, data: &PersonalData) -> Markup {
    let caption = tr.t("data-scans");
    html! {
        section #data-scans {
            h2 { (caption) }
            @if data.scans.is_empty() { (none(tr)) } @else {
                (Table::under_heading(&caption).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("data-col-event")) } th scope="col" { (tr.t("data-col-scan")) }
                        th scope="col" { (tr.t("data-col-time")) }
                    } }
                    tbody { @for s in &data.scans { tr {
                        td { (event_cell(tr, events, s.event_id)) }
                        td { (tr.t(&format!("att-{}", s.direction))) }
                        td { (at(tr, events, s.event_id, s.scanned_at)) }
                    } } }
                }))
            }
        }
    }
}

fn emails_section(tr: Tr, data: &PersonalData) -> Markup {
    let caption = tr.t("data-emails");
    let utc = |t: DateTime<Utc>| c::moment(tr, t, "UTC");
    html! {
        section #data-emails {
            h2 { (caption) }
            p.hint { (tr.t("data-emails-hint")) }
            @if data.emails.is_empty() { (none(tr)) } @else {
                (Table::under_heading(&caption).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("data-col-subject")) } th scope="col" { (tr.t("data-col-state")) }
                        th scope="col" { (tr.t("data-col-queued")) } th scope="col" { (tr.t("data-col-sent")) }
                    } }
                    tbody { @for m in &data.emails { tr {
                        td { (m.subject) }
                        td { (c::state_badge(tr, Record::Delivery, &m.state)) }
                        td { (utc(m.created_at)) }
                        td { (m.sent_at.map(utc).unwrap_or_else(|| "—".to_owned())) }
                    } } }
                }))
            }
        }
    }
}

fn certificates_section(tr: Tr, events: &Events<'_>, data: &PersonalData) -> Markup {
    let caption = tr.t("data-certificates");
    html! {
        section #data-certificates {
            h2 { (caption) }
            @if data.certificates.is_empty() { (none(tr)) } @else {
                (Table::under_heading(&caption).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("data-col-event")) } th scope="col" { (tr.t("data-col-code")) }
                        th scope="col" { (tr.t("data-col-days")) } th scope="col" { (tr.t("data-col-issued")) }
                    } }
                    tbody { @for k in &data.certificates { tr {
                        td { (event_cell(tr, events, k.event_id)) }
                        td { code { (k.verification_code) } }
                        td { (tr.ta("data-days", &[("attended", &k.days_attended.to_string()), ("total", &k.days_total.to_string())])) }
                        td {
                            (at(tr, events, k.event_id, k.issued_at))
                            @if k.revoked_at.is_some() { " · " (tr.t("data-revoked")) }
                        }
                    } } }
                }))
            }
        }
    }
}

/// The page: the person's record, registrations, invitations, nominations, check-ins, emails
/// and certificates, with the JSON download; `token` is the manage link it belongs to.
pub fn page(page: &Page, reference: &Reference, data: &PersonalData, token: &str) -> Markup {
    let tr = page.tr;
    let title = tr.t("data-title");
    let events = data.events_by_id();
    let download = html! { a.button href={ "/r/" (token) "/data.json" } download { (tr.t("data-download")) } };
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("data-back"), format!("/r/{token}")).actions(download).render(page))
            p.lead { (tr.ta("data-lead", &[("at", &c::moment(tr, data.generated_at, "UTC"))])) }
            (person_section(tr, data))
            section #data-registrations {
                h2 { (tr.t("data-registrations")) }
                @if data.registrations.is_empty() { (none(tr)) }
                @for r in &data.registrations { (registration_block(tr, reference, &events, r)) }
            }
            (invitations_section(tr, &events, data))
            (delegations_section(tr, reference, &events, data))
            (scans_section(tr, &events, data))
            (emails_section(tr, data))
            (certificates_section(tr, &events, data))
            p.hint { a href="/privacy" { (tr.t("data-notice-link")) } }
        },
    )
}
