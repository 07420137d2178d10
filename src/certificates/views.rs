//! Pages of certificates: the organiser's list, the participant's certificate page and the
//! public verification page. Views never query: they render what the rules returned.

use maud::{Markup, html};

use super::printable::Printable;
use super::rules::{Issued, Overview, Verification, Verified};
use crate::domain::PersonName;
use crate::error::Msg;
use crate::i18n::Tr;
use crate::web::components as c;
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
            p.meta { a href={ "/organiser/events/" (e.id) } { "← " (e.title) } }
            h1 { (tr.t("cert-title")) }
            @match e.certificate_min_attendance_percent {
                None => p.notice { (tr.t("cert-no-rule")) " " a href={ "/organiser/events/" (e.id) "/edit" } { (tr.t("cert-set-rule")) } },
                Some(percent) => p { (tr.ta("cert-rule", &[("percent", &percent.to_string()), ("days", &ov.days_total.to_string())])) },
            }
            @if let Some(done) = issued {
                p.notice role="status" { (tr.ta("cert-issued-now", &[("issued", &done.issued.to_string()), ("already", &done.already.to_string())])) }
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
                p { (tr.t("cert-nobody")) }
            } @else {
                table.list {
                    thead { tr {
                        th { (tr.t("cert-col-name")) } th { (tr.t("cert-col-days")) } th { (tr.t("cert-col-certificate")) } th { (tr.t("cert-col-badge")) }
                    } }
                    tbody {
                        @for s in &ov.standings {
                            @let r = &s.registration;
                            tr {
                                td { (PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name)) }
                                td { (s.days_attended) " / " (ov.days_total) @if s.qualifies { " ✓" } }
                                td {
                                    @match &s.certificate {
                                        None => { "—" }
                                        Some(cert) => {
                                            code { (cert.verification_code) } " "
                                            a href={ (base) "/" (cert.id) "/pdf" } { "PDF" }
                                            @if let Some(at) = cert.revoked_at {
                                                " " strong { (tr.ta("cert-revoked-on", &[("date", &c::date(tr, at.date_naive()))])) }
                                            } @else {
                                                form.inline method="post" action={ (base) "/" (cert.id) "/revoke" } {
                                                    (c::csrf_field(&page.csrf))
                                                    button type="submit" { (tr.t("cert-revoke")) }
                                                }
                                            }
                                        }
                                    }
                                }
                                td { a href={ "/checkin/events/" (e.id) "/badges/" (r.id) "/pdf" } { (tr.t("cert-badge")) } }
                            }
                        }
                    }
                }
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
            h1 { (tr.t("cert-pdf-title")) }
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
            h1 { (tr.t("cert-verify-title")) }
            p { (tr.t("cert-verify-intro")) }
            form.stack method="get" action="/certificates/verify" {
                label for="code" { (tr.t("cert-code")) }
                input #code type="text" name="code" value=(code) autocomplete="off" spellcheck="false" placeholder="XXXX-XXXX-XXXX-XXXX";
                button.primary type="submit" { (tr.t("cert-verify")) }
            }
            @match answer {
                None => {}
                Some(Err(m)) => div.notice.warning role="alert" { p { (tr.msg(m)) } },
                Some(Ok(Verification::Unknown)) => div.notice.warning role="alert" { p { (tr.t("cert-unknown")) } },
                Some(Ok(Verification::Valid(v))) => div.notice role="status" {
                    p { strong { (tr.t("cert-valid")) } }
                    (facts(tr, v))
                },
                Some(Ok(Verification::Revoked(v, at))) => div.notice.warning role="alert" {
                    p { strong { (tr.ta("cert-revoked", &[("date", &c::date(tr, at.date_naive()))])) } }
                    (facts(tr, v))
                },
            }
        },
    )
}

fn facts(tr: Tr, v: &Verified) -> Markup {
    html! {
        dl {
            dt { (tr.t("cert-code")) } dd { code { (v.code) } }
            dt { (tr.t("cert-col-name")) } dd { (v.name) }
            dt { (tr.t("cert-event")) } dd { (v.event_title) }
            dt { (tr.t("cert-dates")) } dd { (dates(tr, v)) }
            dt { (tr.t("cert-issued-on")) } dd { (c::date(tr, v.issued_at.date_naive())) }
        }
    }
}
