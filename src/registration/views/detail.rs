//! The registration detail page: what the person gave, what happened, the emails, the check-ins
//! and the organiser's moves.

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use crate::audit::action_label;
use crate::domain::{AttendanceMode, PersonName, RegistrationState, ScanDirection};
use crate::i18n::Tr;
use crate::participants::names::state_name;
use crate::reference::Reference;
use crate::registration::rules::{RegistrationDetail, SentEmail};
use crate::web::components::{self as c, Alert, EventTab, Header, Record, Table};
use crate::web::extract::Page;
use crate::web::layout;

/// A time in the event's time zone, with the zone named.
type When<'a> = &'a dyn Fn(DateTime<Utc>) -> String;

/// The page of one registration, for its organiser.
pub fn page(page: &Page, reference: &Reference, d: &RegistrationDetail) -> Markup {
    let tr = page.tr;
    let (e, r) = (&d.event, &d.registration);
    let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let when = |at: DateTime<Utc>| format!("{} ({})", at.with_timezone(&tz).format("%Y-%m-%d %H:%M"), e.time_zone);
    let name = PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name).to_string();
    let header = Header::event_sub(
        tr,
        e.id,
        &crate::events::content::title(e, tr.lang()),
        EventTab::Registrations,
        name.clone(),
    )
    .badge(c::state_badge(tr, Record::Registration, r.state.as_str()));
    layout::page(
        page,
        &name,
        html! {
            (header.render(page))
            @if let Some(reason) = &r.decision_reason {
                (c::alert(Alert::Warning, html! { p { (tr.t("reg-detail-reason")) " " (reason) } }))
            }
            (details(tr, reference, d, &when))
            (moves(page, d))
            (history(tr, d, &when))
            (emails(tr, &d.emails, &when))
            (scans(tr, d, &when))
            @if page.staff.as_ref().is_some_and(|s| s.is_admin()) {
                p #erase-person { a href={ "/admin/privacy/people/" (r.person_id) } { (tr.t("privacy-erase-person-link")) } }
            }
        },
    )
}

fn details(tr: Tr, reference: &Reference, d: &RegistrationDetail, when: When<'_>) -> Markup {
    let r = &d.registration;
    let or_dash = |v: Option<&str>| v.filter(|v| !v.is_empty()).unwrap_or("—").to_owned();
    let country = r.country_iso3.as_deref().map(|c| state_name(reference, c, tr.lang()));
    let org_type = r.organisation_type.as_deref().map(|t| tr.t(&format!("org-type-{t}")));
    let yes_no = |b: bool| tr.t(if b { "reg-detail-yes" } else { "reg-detail-no" });
    html! {
        section aria-labelledby="reg-details" {
            h2 #reg-details { (tr.t("reg-detail-given")) }
            dl.details {
                dt { (tr.t("field-email")) } dd { a href={ "mailto:" (d.email) } { (d.email) } }
                dt { (tr.t("reg-role")) } dd { (tr.t(&format!("role-p-{}", r.role.as_str()))) }
                dt { (tr.t("reg-gender")) } dd { (tr.t(&format!("gender-{}", r.gender.as_str()))) }
                dt { (tr.t("reg-country")) } dd { (or_dash(country.as_deref())) }
                dt { (tr.t("reg-organisation")) } dd { (or_dash(r.organisation.as_deref())) }
                dt { (tr.t("reg-organisation-type")) } dd { (or_dash(org_type.as_deref())) }
                dt { (tr.t("reg-position")) } dd { (or_dash(r.position.as_deref())) }
                dt { (tr.t("reg-phone")) } dd { (or_dash(r.phone.as_deref())) }
                dt { (tr.t("reg-detail-needs")) } dd { (or_dash(r.needs.as_deref())) }
                dt { (tr.t("reg-detail-visa")) } dd { (yes_no(r.visa_letter)) }
                @if d.event.remote_attendance || r.attendance_mode != AttendanceMode::InPerson {
                    dt { (tr.t("reg-detail-attendance")) } dd { (tr.t(&format!("reg-attendance-{}", r.attendance_mode.as_str()))) }
                }
                dt { (tr.t("reg-language")) } dd { (r.language) }
                dt { (tr.t("reg-detail-registered")) } dd { (when(r.created_at)) }
                dt { (tr.t("data-notice")) }
                dd #notice-accepted {
                    @match (&r.notice_version, r.notice_accepted_at) {
                        (Some(v), Some(t)) => (tr.ta("data-notice-accepted", &[("version", v), ("at", &when(t))])),
                        _ => (tr.t("data-notice-none")),
                    }
                }
                @if let Some(until) = r.offer_expires_at { dt { (tr.t("reg-detail-offer-until")) } dd { (when(until)) } }
            }
        }
    }
}

/// The organiser's moves that apply to this registration's state, posted like the list's.
fn moves(page: &Page, d: &RegistrationDetail) -> Markup {
    let tr = page.tr;
    let r = &d.registration;
    let moves: &[(&str, &str)] = match r.state {
        RegistrationState::Pending => {
            &[("approve", "reg-approve"), ("reject", "reg-reject"), ("cancel", "reg-cancel-by-organiser")]
        }
        RegistrationState::Confirmed => &[("reset", "reg-reset"), ("cancel", "reg-cancel-by-organiser")],
        RegistrationState::Waitlisted | RegistrationState::Offered => &[("cancel", "reg-cancel-by-organiser")],
        _ => &[],
    };
    if moves.is_empty() {
        return html! {};
    }
    html! {
        section aria-labelledby="reg-moves" {
            h2 #reg-moves { (tr.t("reg-detail-moves")) }
            form.actions method="post" action={ "/organiser/events/" (d.event.id) "/registrations/move" } {
                (c::csrf_field(&page.csrf))
                input type="hidden" name="id" value=(r.id);
                input type="hidden" name="from" value="detail";
                label for="reason" { (tr.t("reg-reason")) }
                input #reason name="reason" type="text" maxlength="1000";
                @for (action, label) in moves {
                    button type="submit" name="action" value=(action) { (tr.t(label)) }
                }
            }
        }
    }
}

fn history(tr: Tr, d: &RegistrationDetail, when: When<'_>) -> Markup {
    html! {
        section aria-labelledby="reg-history" {
            h2 #reg-history { (tr.t("reg-detail-history")) }
            (Table::under_heading(&tr.t("reg-detail-history")).render(html! {
                thead { tr { th scope="col" { (tr.t("audit-when")) } th scope="col" { (tr.t("audit-who")) } th scope="col" { (tr.t("audit-action")) } } }
                tbody {
                    @for entry in &d.history {
                        tr { td { (when(entry.at)) } td { (entry.actor) } td { (action_label(tr, &entry.action)) } }
                    }
                }
            }))
        }
    }
}

fn emails(tr: Tr, emails: &[SentEmail], when: When<'_>) -> Markup {
    html! {
        section aria-labelledby="reg-emails" {
            h2 #reg-emails { (tr.t("reg-detail-emails")) }
            @if emails.is_empty() {
                (c::empty_state(&tr.t("reg-detail-no-emails"), html! {}))
            } @else {
                (Table::under_heading(&tr.t("reg-detail-emails")).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("mailbox-when")) } th scope="col" { (tr.t("mailbox-subject")) }
                        th scope="col" { (tr.t("mailbox-state")) } th scope="col" { (tr.t("mailbox-attempts")) }
                    } }
                    tbody {
                        @for m in emails {
                            tr {
                                td { (when(m.created_at)) }
                                td { (m.subject) }
                                td {
                                    (c::state_badge(tr, Record::Delivery, &m.state))
                                    @if let Some(at) = m.sent_at { " " span.meta { (when(at)) } }
                                }
                                td { (m.attempts) }
                            }
                        }
                    }
                }))
            }
        }
    }
}

fn scans(tr: Tr, d: &RegistrationDetail, when: When<'_>) -> Markup {
    html! {
        section aria-labelledby="reg-scans" {
            h2 #reg-scans { (tr.t("reg-detail-checkins")) }
            @if d.scans.is_empty() {
                (c::empty_state(&tr.t("reg-detail-no-checkins"), html! {}))
            } @else {
                (Table::under_heading(&tr.t("reg-detail-checkins")).render(html! {
                    thead { tr { th scope="col" { (tr.t("audit-when")) } th scope="col" { (tr.t("att-direction")) } } }
                    tbody {
                        @for s in &d.scans {
                            tr {
                                td { (when(s.scanned_at)) }
                                td {
                                    @if s.undoes.is_some() { (tr.t("att-undo")) }
                                    @else if s.direction == ScanDirection::Exit { (tr.t("att-exit")) }
                                    @else { (tr.t("att-entry")) }
                                }
                            }
                        }
                    }
                }))
            }
        }
    }
}
