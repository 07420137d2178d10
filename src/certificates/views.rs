//! Pages of certificates: the organiser's list, the participant's certificate page and the
//! public verification page. Views never query: they render what the rules returned.

use maud::{Markup, html};

use super::printable::Printable;
use super::rules::{Issued, Overview, Verification, Verified};
use crate::domain::PersonName;
use crate::error::Msg;
use crate::i18n::Tr;
use crate::web::components::{self as c, Alert, EventTab, Header, Table, Tone};
use crate::web::extract::Page;
use crate::web::layout;

fn dates(tr: Tr, v: &Verified) -> String {
    c::date_range(tr, v.start_date, v.end_date, crate::domain::DatePrecision::Day)
}

/// The organiser's page of an event's certificates; `issued` reports an issuing just done.
pub fn overview(page: &Page, ov: &Overview, issued: Option<&Issued>) -> Markup {
    let tr = page.tr;
    let e = &ov.event;
    let base = format!("/organiser/events/{}/certificates", e.id);
    layout::page(
        page,
        &tr.t("cert-title"),
        html! {
            (Header::event(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Certificates, tr.t("cert-title")).render(page))
            @match e.certificate_min_attendance_percent {
                None => (c::alert(Alert::Info, html! { p { (tr.t("cert-no-rule")) " " a href={ "/organiser/events/" (e.id) "/edit" } { (tr.t("cert-set-rule")) } } })),
                Some(percent) => p { (tr.ta("cert-rule", &[("percent", &percent.to_string()), ("days", &ov.days_total.to_string())])) },
            }
            @if let Some(done) = issued {
                (c::alert_text(Alert::Success, &tr.ta("cert-issued-now", &[("issued", &done.issued.to_string()), ("already", &done.already.to_string())])))
            }
            p { (tr.ta("cert-figures", &[("qualifying", &ov.qualifying().to_string()), ("issued", &ov.issued().to_string()), ("confirmed", &ov.standings.len().to_string())])) }
            @if e.certificate_min_attendance_percent.is_some() {
                @if ov.ended {
                    form method="post" action={ (base) "/issue" } {
                        (c::csrf_field(&page.csrf))
                        button.primary type="submit" { (tr.t("cert-issue")) }
                    }
                    p.hint { (tr.t("cert-issue-hint")) }
                } @else {
                    p.hint { (tr.t("cert-not-ended")) }
                }
            }
            p { a href={ "/checkin/events/" (e.id) "/badges.pdf" } { (tr.t("cert-badges-all")) } }
            @if ov.standings.is_empty() {
                (c::empty_state(&tr.t("cert-nobody"), html! { a href={ "/organiser/events/" (e.id) "/registrations" } { (tr.t("empty-certificates-next")) } }))
            } @else {
                (Table::under_heading(&tr.t("cert-title")).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("cert-col-name")) } th scope="col" { (tr.t("cert-col-days")) }
                        th scope="col" { (tr.t("cert-col-certificate")) } th scope="col" { (tr.t("cert-col-badge")) }
                    } }
                    tbody {
                        @for s in &ov.standings {
                            @let r = &s.registration;
                            @let name = PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name).to_string();
                            tr {
                                td { (name) }
                                td { (s.days_attended) " / " (ov.days_total) @if s.qualifies { " ✓" } }
                                td {
                                    @match &s.certificate {
                                        None => { "—" }
                                        Some(cert) => {
                                            code { (cert.verification_code) } " "
                                            a href={ (base) "/" (cert.id) "/pdf" } { "PDF" (c::for_row(&name)) }
                                            @if let Some(at) = cert.revoked_at {
                                                " " (c::badge(Tone::Bad, &tr.ta("cert-revoked-on", &[("date", &c::date(tr, at.date_naive()))])))
                                            } @else {
                                                " "
                                                form.inline method="post" action={ (base) "/" (cert.id) "/revoke" } {
                                                    (c::csrf_field(&page.csrf))
                                                    button.link.danger type="submit" { (tr.t("cert-revoke")) (c::for_row(&name)) }
                                                }
                                            }
                                        }
                                    }
                                }
                                td { a href={ "/checkin/events/" (e.id) "/badges/" (r.id) "/pdf" } { (tr.t("cert-badge")) (c::for_row(&name)) } }
                            }
                        }
                    }
                }))
            }
        },
    )
}

/// The participant's page of their certificate, reached by their manage link.
pub fn participant(page: &Page, p: &Printable, token: &str) -> Markup {
    let tr = page.tr;
    let cert = &p.certificate;
    layout::page(
        page,
        &tr.t("cert-pdf-title"),
        html! {
            (Header::new(tr.t("cert-pdf-title")).render(page))
            p { strong { (p.name()) } }
            p { (p.event.title) }
            p { (tr.ta("cert-pdf-days", &[("attended", &cert.days_attended.to_string()), ("total", &cert.days_total.to_string())])) }
            p { (tr.ta("cert-pdf-code", &[("code", &cert.verification_code)])) }
            p { a.button.primary href={ "/r/" (token) "/certificate.pdf" } { (tr.t("cert-download")) } }
        },
    )
}

/// The public verification page: the form, and the answer for a code (or why the code is
/// not one).
pub fn verify(page: &Page, code: &str, answer: Option<&Result<Verification, Msg>>) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("cert-verify-title"),
        html! {
            (Header::new(tr.t("cert-verify-title")).lead(html! { (tr.t("cert-verify-intro")) }).render(page))
            form.stack method="get" action="/certificates/verify" {
                div.field {
                    label for="code" { (tr.t("cert-code")) }
                    input #code type="text" name="code" value=(code) autocomplete="off" spellcheck="false" placeholder="XXXX-XXXX-XXXX-XXXX";
                }
                button.primary type="submit" { (tr.t("cert-verify")) }
            }
            @match answer {
                None => {}
                Some(Err(m)) => (c::alert_text(Alert::Error, &tr.msg(m))),
                Some(Ok(Verification::Unknown)) => (c::alert_text(Alert::Error, &tr.t("cert-unknown"))),
                Some(Ok(Verification::Valid(v))) => (c::alert(Alert::Success, html! {
                    p { strong { (tr.t("cert-valid")) } }
                    (facts(tr, v))
                })),
                Some(Ok(Verification::Revoked(v, at))) => (c::alert(Alert::Error, html! {
                    p { strong { (tr.ta("cert-revoked", &[("date", &c::date(tr, at.date_naive()))])) } }
                    (facts(tr, v))
                })),
            }
        },
    )
}

fn facts(tr: Tr, v: &Verified) -> Markup {
    html! {
        dl.details {
            dt { (tr.t("cert-code")) } dd { code { (v.code) } }
            dt { (tr.t("cert-col-name")) } dd { (v.name) }
            dt { (tr.t("cert-event")) } dd { (v.event_title) }
            dt { (tr.t("cert-dates")) } dd { (dates(tr, v)) }
            dt { (tr.t("cert-issued-on")) } dd { (c::date(tr, v.issued_at.date_naive())) }
        }
    }
}
