//! Views of the privacy pages: the public notice, the admin's overview of the next erasure,
//! the early run of one event, and one person's erasure on request.

use maud::{Markup, html};

use super::input::PersonForm;
use super::rules::{Counts, DueEvent, PersonFile, Plan};
use crate::config::PrivacySettings;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::web::components::{self as c, Alert, Header, Input, Table, Tone};
use crate::web::extract::Page;
use crate::web::layout;

/// What the admin's overview shows besides the forms.
pub struct Overview<'a> {
    /// What the next run erases.
    pub plan: &'a Plan,
    /// Whether the job runs on a schedule (otherwise only when started).
    pub scheduled: bool,
    /// The office's rules.
    pub settings: &'a PrivacySettings,
    /// What the early run just done erased.
    pub erased: Option<Counts>,
}

/// The outcome of the search by address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Search {
    /// No search.
    None,
    /// Nobody has this address.
    NotFound,
}

/// What the retention rule says, with the office's figures.
fn rule_text(tr: Tr, settings: &PrivacySettings) -> String {
    tr.ta("privacy-rule", &[("months", &settings.retention_months.to_string())])
}

fn lists_text(tr: Tr, settings: &PrivacySettings) -> String {
    tr.t(if settings.keep_issued_lists { "privacy-lists-kept" } else { "privacy-lists-erased" })
}

/// The counts as a sentence: "3 registrations, 4 invitations, 2 people, 1 file".
fn counts_text(tr: Tr, n: &Counts) -> String {
    tr.ta(
        "privacy-counts",
        &[
            ("registrations", &n.registrations.to_string()),
            ("invitations", &n.invitations.to_string()),
            ("people", &n.people.to_string()),
            ("files", &n.files.to_string()),
        ],
    )
}

/// The office's own notice as written: blocks parted by blank lines, a block whose first line
/// starts with `# ` titled by that line.
fn office_text(text: &str) -> Markup {
    html! {
        @for block in text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()) {
            @if let Some(rest) = block.strip_prefix("# ") {
                @let (heading, body) = rest.split_once('\n').unwrap_or((rest, ""));
                h2 { (heading.trim()) }
                @for line in body.lines().filter(|l| !l.trim().is_empty()) { p { (line.trim()) } }
            } @else {
                @for line in block.lines().filter(|l| !l.trim().is_empty()) { p { (line.trim()) } }
            }
        }
    }
}

/// The public notice: its version, what is recorded and why (the office's text or the built-in
/// one), how long it is kept, what stays, and what a person may ask.
pub fn notice(page: &Page, settings: &PrivacySettings) -> Markup {
    let tr = page.tr;
    let title = tr.t("privacy-notice-title");
    let version = settings.notice.version();
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).render(page))
            p.meta #notice-version data-version=(version) { (tr.ta("privacy-notice-version", &[("version", version)])) }
            section #privacy-notice {
                @match settings.notice.text(tr.lang()) {
                    Some(text) => (office_text(text)),
                    None => p { (tr.t("privacy-notice-what")) },
                }
                h2 { (tr.t("privacy-notice-retention")) }
                p #retention { (rule_text(tr, settings)) }
                p { (tr.t("privacy-what-stays")) }
                h2 { (tr.t("privacy-notice-records")) }
                p #lists { (lists_text(tr, settings)) }
                h2 { (tr.t("privacy-notice-access")) }
                p { (tr.t("privacy-notice-access-text")) }
                h2 { (tr.t("privacy-notice-request")) }
                p { (tr.t("privacy-notice-request-text")) }
            }
        },
    )
}

fn due_row(tr: Tr, e: &DueEvent) -> Markup {
    html! {
        tr data-event=(e.id) {
            th scope="row" {
                a href={ "/organiser/events/" (e.id) } { (e.title) }
                br; small { (c::date_range(tr, e.start_date, e.end_date, e.precision)) }
            }
            td { (c::date(tr, e.kept_until)) }
            td.num { (e.counts.registrations) }
            td.num { (e.counts.invitations) }
            td.num { (e.counts.people) }
            td.num { (e.counts.files) }
            td { a.button href={ "/admin/privacy/events/" (e.id) } { (tr.t("privacy-erase-now")) (c::for_row(&e.title)) } }
        }
    }
}

fn due_table(tr: Tr, due: &[DueEvent]) -> Markup {
    let caption = tr.t("privacy-due-caption");
    Table::new(&caption).id("due").render(html! {
        thead { tr {
            th scope="col" { (tr.t("privacy-event")) } th scope="col" { (tr.t("privacy-kept-until")) }
            th scope="col" { (tr.t("privacy-registrations")) } th scope="col" { (tr.t("privacy-invitations")) }
            th scope="col" { (tr.t("privacy-people")) } th scope="col" { (tr.t("privacy-files")) }
            th scope="col" { span.visually-hidden { (tr.t("privacy-actions")) } }
        } }
        tbody { @for e in due { (due_row(tr, e)) } }
    })
}

fn search_form(page: &Page, email: &str, search: Search, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    html! {
        section aria-labelledby="privacy-request" {
            h2 #privacy-request { (tr.t("privacy-request-title")) }
            p.hint { (tr.t("privacy-request-hint")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack #search method="get" action="/admin/privacy" {
                    (c::input(tr, errors, Input::text("email", "field-email", email).kind("email").required()))
                    button type="submit" { (tr.t("privacy-find")) }
                }
            }))
            @if search == Search::NotFound { (c::alert_text(Alert::Info, &tr.t("privacy-not-found"))) }
        }
    }
}

/// The admin's overview: the rule, what the next run erases, the search of a person.
pub fn overview(page: &Page, o: &Overview<'_>, email: &str, search: Search, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let title = tr.t("privacy-title");
    let at = o.plan.at.format("%Y-%m-%d %H:%M UTC").to_string();
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).lead(html! { span.hint { (rule_text(tr, o.settings)) " " (lists_text(tr, o.settings)) } }).render(page))
            @if let Some(n) = &o.erased {
                (c::alert_text(Alert::Success, &tr.ta("privacy-event-erased", &[("counts", &counts_text(tr, n))])))
            }
            section aria-labelledby="privacy-next" {
                h2 #privacy-next { (tr.t("privacy-next-title")) }
                p #next-run {
                    @if o.scheduled { (tr.ta("privacy-next-at", &[("at", &at)])) } @else { (tr.t("privacy-next-off")) }
                }
                @if o.plan.due.is_empty() {
                    (c::empty_state(&tr.t("privacy-nothing-due"), html! {}))
                } @else {
                    (due_table(tr, &o.plan.due))
                }
            }
            (search_form(page, email, search, errors))
            p { a href="/admin/audit?action=privacy.erase_event" { (tr.t("privacy-audit-link")) } }
        },
    )
}

/// The figures of what an erasure takes.
fn counts_figures(tr: Tr, n: &Counts) -> Markup {
    let figure = |key: &str, v: u64| (tr.t(key), html! { (v) });
    c::figures(&[
        figure("privacy-registrations", n.registrations),
        figure("privacy-invitations", n.invitations),
        figure("privacy-people", n.people),
        figure("privacy-files", n.files),
        figure("privacy-emails", n.emails),
        figure("privacy-scans", n.scans),
    ])
}

/// The early run of one event: what goes, what stays, and the form.
pub fn event(page: &Page, e: &DueEvent, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let title = tr.ta("privacy-event-title", &[("title", &e.title)]);
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("privacy-title"), "/admin/privacy").render(page))
            p {
                a href={ "/organiser/events/" (e.id) } { (e.title) } ", " (c::date_range(tr, e.start_date, e.end_date, e.precision)) ". "
                (tr.ta("privacy-kept-until-sentence", &[("date", &c::date(tr, e.kept_until))]))
            }
            h2 { (tr.t("privacy-what-goes")) }
            (counts_figures(tr, &e.counts))
            p { (tr.t("privacy-what-stays")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/admin/privacy/events/" (e.id) "/erase" } {
                    (c::csrf_field(&page.csrf))
                    (c::checkbox(tr, "confirm", "privacy-confirm", false))
                    div.actions { button.danger type="submit" { (tr.t("privacy-erase-now")) } }
                }
            }))
        },
    )
}

/// One person: their record, events, what erasing them takes, and the form with the reason.
pub fn person(page: &Page, f: &PersonFile, done: Option<Counts>, form: &PersonForm, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let p = &f.person;
    let name = if f.erased {
        tr.ta("privacy-erased-person", &[("id", &p.id.to_string())])
    } else {
        crate::domain::PersonName::titled(p.title.as_deref(), &p.given_name, &p.family_name).to_string()
    };
    let title = tr.ta("privacy-person-title", &[("name", &name)]);
    let badge = if f.erased { c::badge(Tone::Off, &tr.t("privacy-erased")) } else { c::badge(Tone::Info, &p.email) };
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("privacy-title"), "/admin/privacy").badge(badge).render(page))
            @if let Some(n) = &done {
                (c::alert_text(Alert::Success, &tr.ta("privacy-person-erased", &[("counts", &counts_text(tr, n))])))
            }
            p { a #person-data href={ "/admin/privacy/people/" (p.id) "/data.json" } download { (tr.t("privacy-person-data")) } }
            h2 { (tr.t("privacy-person-events")) }
            @if f.events.is_empty() {
                (c::empty_state(&tr.t("privacy-person-no-events"), html! {}))
            } @else {
                ul #events { @for e in &f.events {
                    li { a href={ "/organiser/events/" (e.id) } { (e.title) } " — " (c::date_range(tr, e.start_date, e.end_date, e.precision)) }
                } }
            }
            @if f.erased {
                (c::alert_text(Alert::Info, &tr.t("privacy-person-already")))
            } @else {
                h2 { (tr.t("privacy-what-goes")) }
                (counts_figures(tr, &f.counts))
                p { (tr.t("privacy-what-stays")) }
                (c::with_error_summary(tr, errors, html! {
                    form.stack method="post" action={ "/admin/privacy/people/" (p.id) "/erase" } {
                        (c::csrf_field(&page.csrf))
                        p.hint { (tr.t("privacy-reason-hint")) }
                        (c::textarea(tr, errors, "reason", "privacy-reason", &form.reason))
                        (c::checkbox(tr, "confirm", "privacy-confirm", false))
                        div.actions { button.danger type="submit" { (tr.t("privacy-erase-person")) } }
                    }
                }))
            }
        },
    )
}
