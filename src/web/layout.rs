//! The page layout every HTML page shares, and the error page.

use maud::{DOCTYPE, Markup, html};

use super::extract::Page;
use crate::i18n::{Lang, Tr};

/// Wraps `body` in the site layout: the office's header with the navigation and the language
/// switch, and the footer.
pub fn page(page: &Page, title: &str, body: Markup) -> Markup {
    shell(page, title, page.staff.is_some(), body)
}

/// The links of the site navigation for who is reading: (catalog key, address).
fn links(page: &Page, signed_in: bool) -> Vec<(&'static str, &'static str)> {
    let mut links = vec![("nav-events", "/")];
    let Some(staff) = page.staff.as_ref().filter(|_| signed_in) else {
        links.push(("nav-sign-in", "/sign-in"));
        return links;
    };
    if staff.is_checkin_only() {
        links.push(("nav-checkin", "/checkin"));
    } else {
        links.extend([
            ("nav-home", "/organiser"),
            ("nav-organiser", "/organiser/events"),
            ("nav-reports", "/organiser/reports"),
            ("nav-donors", "/organiser/donors"),
        ]);
    }
    if staff.is_admin() {
        links.extend([
            ("nav-funding", "/admin/funding"),
            ("nav-users", "/admin/users"),
            ("nav-audit", "/admin/audit"),
            ("nav-mailbox", "/admin/mailbox"),
            ("nav-jobs", "/admin/jobs"),
            ("nav-privacy", "/admin/privacy"),
            ("nav-webhooks", "/admin/webhooks"),
        ]);
    }
    links.push(("nav-account", "/account/password"));
    links
}

/// The link the page belongs under: the longest address that starts the page's path (the
/// public pages of events belong under "Events").
fn current<'a>(path: &str, links: &[(&str, &'a str)]) -> Option<&'a str> {
    let path = path.split('?').next().unwrap_or(path);
    let public = ["/events", "/programmes", "/calendar"].iter().any(|p| path.starts_with(p));
    links
        .iter()
        .map(|(_, href)| *href)
        .filter(|href| match *href {
            "/" => path == "/" || public,
            _ => path == *href || path.starts_with(&format!("{href}/")),
        })
        .max_by_key(|href| href.len())
}

fn nav_list(page: &Page, links: &[(&str, &str)], signed_in: bool) -> Markup {
    let tr = page.tr;
    let here = current(&page.path, links);
    html! {
        ul {
            @for (key, href) in links {
                li { a href=(href) aria-current=[(here == Some(*href)).then_some("page")] { (tr.t(key)) } }
            }
            @if signed_in {
                li {
                    form method="post" action="/sign-out" {
                        input type="hidden" name="csrf" value=(page.csrf);
                        button.link type="submit" { (tr.t("nav-sign-out")) }
                    }
                }
            }
        }
    }
}

/// The language switch: a select and a button (choosing a language never submits by itself).
fn language_form(page: &Page, tr: Tr) -> Markup {
    html! {
        form.language method="get" action="/language" {
            input type="hidden" name="next" value=(page.path);
            label for="lang-switch" { (tr.t("nav-language")) }
            select id="lang-switch" name="lang" {
                @for lang in Lang::ALL {
                    option value=(lang.code()) selected[lang == tr.lang()] lang=(lang.code()) { (lang.endonym()) }
                }
            }
            button type="submit" { (tr.t("action-change")) }
        }
    }
}

fn shell(page: &Page, title: &str, signed_in: bool, body: Markup) -> Markup {
    let tr = page.tr;
    let links = links(page, signed_in);
    html! {
        (DOCTYPE)
        html lang=(tr.lang().code()) dir=(tr.lang().dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · Convene" }
                // No icon to fetch (and no 404 for one in every visitor's console).
                link rel="icon" href="data:,";
                link rel="stylesheet" href="/assets/convene.css";
                script src="/assets/convene.js" defer {}
            }
            body {
                a.skip href="#main" { (tr.t("nav-skip")) }
                header.site {
                    div.site-inner {
                        div.site-bar {
                            a.brand href="/" {
                                span.brand-name { "Convene" }
                                span.brand-office { (tr.t("site-office")) }
                            }
                            (language_form(page, tr))
                        }
                        @if signed_in {
                            // Wide screens show the staff links in a row; phones fold them into a
                            // menu that opens without JavaScript (only one of the two is shown).
                            nav.site-nav.wide aria-label=(tr.t("nav-label")) { (nav_list(page, &links, signed_in)) }
                            details.site-menu {
                                summary { (tr.t("nav-menu")) }
                                nav.site-nav aria-label=(tr.t("nav-label")) { (nav_list(page, &links, signed_in)) }
                            }
                        } @else {
                            nav.site-nav aria-label=(tr.t("nav-label")) { (nav_list(page, &links, signed_in)) }
                        }
                    }
                }
                main id="main" tabindex="-1" { (body) }
                footer.site {
                    div.site-inner {
                        p { (tr.t("footer-text")) " " a href="/privacy" { (tr.t("footer-privacy")) } }
                    }
                }
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
            div.alert.alert-error role="alert" {
                p { (message) }
                @if !fields.is_empty() {
                    ul.errors { @for (field, msg) in fields { li { code { (field) } ": " (msg) } } }
                }
            }
            @if status == 410 { p { a.button href="/links/new" { (tr.t("new-links-title")) } } }
            p { a href="/" { (tr.t("err-page-home")) } }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_link_is_the_longest_that_starts_the_path() {
        let links = [("a", "/"), ("b", "/organiser/events"), ("c", "/organiser/reports"), ("d", "/admin/users")];
        assert_eq!(current("/organiser/events/4/registrations?page=2", &links), Some("/organiser/events"));
        assert_eq!(current("/events/4", &links), Some("/"));
        assert_eq!(current("/", &links), Some("/"));
        assert_eq!(current("/admin/users/3", &links), Some("/admin/users"));
        assert_eq!(current("/admin/usersx", &links), None);
        assert_eq!(current("/r/token", &links), None);
    }
}
