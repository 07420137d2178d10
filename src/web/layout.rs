//! The page layout every HTML page shares, and the error page.

use maud::{DOCTYPE, Markup, html};

use super::extract::Page;
use crate::i18n::Lang;

/// Wraps `body` in the site layout: header with navigation and language switch, footer.
pub fn page(page: &Page, title: &str, body: Markup) -> Markup {
    shell(page, title, page.staff.is_some(), body)
}

fn shell(page: &Page, title: &str, signed_in: bool, body: Markup) -> Markup {
    let tr = page.tr;
    let admin = page.staff.as_ref().is_some_and(|s| s.is_admin());
    let desk_only = page.staff.as_ref().is_some_and(|s| s.is_checkin_only());
    html! {
        (DOCTYPE)
        html lang=(tr.lang().code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · Convene" }
                link rel="stylesheet" href="/assets/convene.css";
                script src="/assets/convene.js" defer {}
            }
            body {
                a.skip href="#main" { (tr.t("nav-skip")) }
                header.site {
                    nav aria-label=(tr.t("nav-label")) {
                        a.brand href="/" { "Convene" }
                        a href="/" { (tr.t("nav-events")) }
                        @if signed_in {
                            @if desk_only {
                                a href="/checkin" { (tr.t("nav-checkin")) }
                            } @else {
                                a href="/organiser/events" { (tr.t("nav-organiser")) }
                                a href="/organiser/reports" { (tr.t("nav-reports")) }
                            }
                            @if admin {
                                a href="/admin/users" { (tr.t("nav-users")) }
                                a href="/admin/audit" { (tr.t("nav-audit")) }
                                a href="/admin/mailbox" { (tr.t("nav-mailbox")) }
                                a href="/admin/jobs" { (tr.t("nav-jobs")) }
                            }
                            a href="/account/password" { (tr.t("nav-account")) }
                            form.inline method="post" action="/sign-out" {
                                input type="hidden" name="csrf" value=(page.csrf);
                                button.link type="submit" { (tr.t("nav-sign-out")) }
                            }
                        } @else {
                            a href="/sign-in" { (tr.t("nav-sign-in")) }
                        }
                    }
                    form.language method="get" action="/language" {
                        input type="hidden" name="next" value=(page.path);
                        label for="lang-switch" { (tr.t("nav-language")) }
                        select id="lang-switch" name="lang" data-autosubmit {
                            @for lang in Lang::ALL {
                                option value=(lang.code()) selected[lang == tr.lang()] lang=(lang.code()) { (lang.endonym()) }
                            }
                        }
                        button type="submit" { (tr.t("action-change")) }
                    }
                }
                main id="main" { (body) }
                footer.site { p { (tr.t("footer-text")) } }
            }
        }
    }
}

/// An error page: the status's sentence and, for invalid input, each field's problem.
pub fn error_page(page: &Page, status: u16, message: &str, fields: &[(String, String)], signed_in: bool) -> Markup {
    let tr = page.tr;
    let title = tr.ta("err-page-title", &[("status", &status.to_string())]);
    shell(
        page,
        &title,
        signed_in,
        html! {
            h1 { (title) }
            p.lead { (message) }
            @if !fields.is_empty() {
                ul.errors { @for (field, msg) in fields { li { code { (field) } ": " (msg) } } }
            }
            @if status == 410 { p { a.button href="/links/new" { (tr.t("new-links-title")) } } }
            p { a href="/" { (tr.t("err-page-home")) } }
        },
    )
}
