//! Views of the admin pages (and the organiser's preview of reminders), over the rows and
//! read models their handlers pass.

mod audit;

pub use audit::audit;

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use crate::auth::rules::Account;
use crate::domain::Role;
use crate::entities::event;
use crate::entities::outbox_message::Model;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::jobs::JobName;
use crate::jobs::reminders::{PreviewRow, PreviewState};
use crate::jobs::runs::{self, JobStatus};
use crate::mail::outbox::{self, QueueStatus};
use crate::reference::Reference;
use crate::web::components::{
    self as c, Alert, EventTab, Header, Input, Record, Table, Tone, checkbox, csrf_field, input, pagination, select,
    with_error_summary,
};
use crate::web::extract::Page;
use crate::web::layout;

/// A UTC time as the admin pages show it.
fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S UTC").to_string()
}

fn programme_boxes(page: &Page, reference: &Reference, selected: &[String], errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    html! {
        fieldset.languages #programme {
            legend { (tr.t("field-programmes")) }
            @if let Some(m) = errors.get("programme") { p.field-error { (tr.msg(m)) } }
            @for p in &reference.programmes {
                div.field.check {
                    input id={ "programme-" (p.code) } type="checkbox" name="programme" value=(p.code) checked[selected.contains(&p.code)];
                    label for={ "programme-" (p.code) } title=(crate::reference::programme(tr, reference, &p.code)) { (p.code) }
                }
            }
        }
    }
}

fn role_options(page: &Page) -> Vec<(String, String)> {
    // Check-in staff are appointed to one event from the command line, not from this form.
    Role::ALL
        .iter()
        .filter(|r| **r != Role::CheckIn)
        .map(|r| (r.as_str().to_owned(), page.tr.t(&format!("role-{}", r.as_str()))))
        .collect()
}

/// An account's state as a badge: active, without a password yet, or disabled.
fn account_state(tr: Tr, a: &Account) -> Markup {
    if a.user.disabled_at.is_some() {
        c::badge(Tone::Off, &tr.t("users-disabled"))
    } else if a.user.password_hash.is_none() {
        c::badge(Tone::Pending, &tr.t("users-no-password"))
    } else {
        c::badge(Tone::Ok, &tr.t("users-active"))
    }
}

/// The list of staff accounts and the form to add one; after creation, the new sign-in link.
pub fn accounts(
    page: &Page,
    reference: &Reference,
    accounts: &[Account],
    form: &[(String, String)],
    errors: &FieldErrors,
    created: Option<&(String, String)>,
) -> Markup {
    let tr = page.tr;
    let value = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let selected: Vec<String> = form.iter().filter(|(k, _)| k == "programme").map(|(_, v)| v.clone()).collect();
    layout::page(
        page,
        &tr.t("users-title"),
        html! {
            (Header::new(tr.t("users-title")).render(page))
            @if let Some((email, link)) = created {
                (c::alert(Alert::Success, html! {
                    p { (tr.ta("users-created", &[("email", email)])) }
                    p { code.link-out { (link) } }
                }))
            }
            (Table::under_heading(&tr.t("users-title")).render(html! {
                thead { tr {
                    th scope="col" { (tr.t("field-email")) } th scope="col" { (tr.t("field-name")) } th scope="col" { (tr.t("field-role")) }
                    th scope="col" { (tr.t("field-programmes")) } th scope="col" { (tr.t("field-status")) }
                } }
                tbody {
                    @for a in accounts {
                        tr {
                            td { a href={ "/admin/users/" (a.user.id) } { (a.user.email) } }
                            td { (a.user.display_name) }
                            td { (tr.t(&format!("role-{}", a.user.role))) }
                            td { (a.programmes.join(", ")) }
                            td { (account_state(tr, a)) }
                        }
                    }
                }
            }))
            h2 { (tr.t("users-add")) }
            (with_error_summary(tr, errors, html! {
                form.stack method="post" action="/admin/users" {
                    (csrf_field(&page.csrf))
                    (input(tr, errors, Input::text("email", "field-email", &value("email")).kind("email").required()))
                    (input(tr, errors, Input::text("display_name", "field-name", &value("display_name"))))
                    (select(tr, errors, "role", "field-role", &role_options(page), &value("role"), true))
                    (programme_boxes(page, reference, &selected, errors))
                    button.primary type="submit" { (tr.t("users-add")) }
                }
            }))
        },
    )
}

/// One account: role, programmes, disabled, and a new sign-in link.
pub fn account(
    page: &Page,
    reference: &Reference,
    account: &Account,
    errors: &FieldErrors,
    link: Option<&str>,
) -> Markup {
    let tr = page.tr;
    let u = &account.user;
    layout::page(
        page,
        &u.email,
        html! {
            (Header::new(u.email.clone()).crumb(tr.t("users-title"), "/admin/users").badge(account_state(tr, account)).render(page))
            @if let Some(link) = link { (c::alert(Alert::Success, html! { p { (tr.t("users-link-issued")) } p { code.link-out { (link) } } })) }
            (with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/admin/users/" (u.id) } {
                    (csrf_field(&page.csrf))
                    (select(tr, errors, "role", "field-role", &role_options(page), u.role.as_str(), true))
                    (programme_boxes(page, reference, &account.programmes, errors))
                    (checkbox(tr, "disabled", "field-disabled", u.disabled_at.is_some()))
                    button.primary type="submit" { (tr.t("action-save")) }
                }
            }))
            @if u.disabled_at.is_none() {
                h2 { (tr.t("users-link-title")) }
                p { (tr.t("users-link-text")) }
                form method="post" action={ "/admin/users/" (u.id) "/sign-in-link" } {
                    (csrf_field(&page.csrf))
                    button type="submit" { (tr.t("users-link-button")) }
                }
            }
            h2 { (tr.t("two-factor-title")) }
            @if account.two_factor {
                p { (c::badge(Tone::Ok, &tr.t("two-factor-state-on"))) " " (tr.t("users-two-factor-reset-text")) }
                form method="post" action={ "/admin/users/" (u.id) "/two-factor/reset" } {
                    (csrf_field(&page.csrf))
                    button type="submit" { (tr.t("users-two-factor-reset-button")) }
                }
            } @else {
                p { (c::badge(Tone::Off, &tr.t("two-factor-state-off"))) }
            }
            h2 { (tr.t("users-sessions-title")) }
            p { (tr.t("users-sessions-text")) }
            form method="post" action={ "/admin/users/" (u.id) "/sessions/end" } {
                (csrf_field(&page.csrf))
                button type="submit" { (tr.t("users-sessions-button")) }
            }
        },
    )
}

/// The queue at a glance: counts, the oldest message waiting, and the messages being retried
/// with their attempts and the server's last reply.
fn queue_view(tr: Tr, queue: &QueueStatus, now: DateTime<Utc>) -> Markup {
    html! {
        section #queue {
            h2 { (tr.t("mailbox-queue")) }
            div.badges { @for (state, n) in &queue.counts {
                (c::badge(Record::Delivery.tone(state.as_str()), &format!("{}: {n}", tr.t(&format!("delivery-{state}")))))
            } }
            @if let Some((id, at)) = queue.oldest_waiting {
                @let minutes = (now - at).num_minutes().max(0);
                p #oldest { (tr.ta("mailbox-oldest", &[("id", &id.to_string()), ("when", &utc(at)), ("hours", &(minutes / 60).to_string()), ("minutes", &format!("{:02}", minutes % 60))])) }
            }
            @if queue.retrying_total > 0 {
                (c::alert_text(Alert::Warning, &tr.ta("mailbox-retrying", &[("count", &queue.retrying_total.to_string())])))
                (Table::new(&tr.t("mailbox-retrying-caption")).id("retrying").render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("mailbox-message")) } th scope="col" { (tr.t("mailbox-attempts")) }
                        th scope="col" { (tr.t("mailbox-next")) } th scope="col" { (tr.t("mailbox-reply")) }
                    } }
                    tbody { @for r in &queue.retrying { tr {
                        td { a href={ "/admin/mailbox/" (r.id) } { "#" (r.id) " " (r.subject) } }
                        td { (r.attempts) }
                        td { (utc(r.next_attempt_at)) }
                        td { (outbox::short_reply(r.last_error.as_deref().unwrap_or(""))) }
                    } } }
                }))
            }
        }
    }
}

/// The development mailbox: the queue, then every message, newest first.
pub fn mailbox(page: &Page, queue: &QueueStatus, now: DateTime<Utc>, rows: &[Model], n: u64, pages: u64) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("mailbox-title"),
        html! {
            (Header::new(tr.t("mailbox-title")).lead(html! { span.hint { (tr.t("mailbox-hint")) } }).render(page))
            (queue_view(tr, queue, now))
            h2 { (tr.t("mailbox-messages")) }
            @if rows.is_empty() { (c::empty_state(&tr.t("empty-mailbox"), html! {})) }
            (Table::under_heading(&tr.t("mailbox-messages")).render(html! {
                thead { tr {
                    th scope="col" { (tr.t("mailbox-when")) } th scope="col" { (tr.t("mailbox-to")) }
                    th scope="col" { (tr.t("mailbox-subject")) } th scope="col" { (tr.t("mailbox-state")) }
                } }
                tbody {
                    @for r in rows {
                        tr {
                            td { (r.created_at.format("%Y-%m-%d %H:%M:%S UTC")) }
                            td { (r.to_name) " <" (r.to_address) ">" }
                            td { a href={ "/admin/mailbox/" (r.id) } { (r.subject) } }
                            td { (c::state_badge(tr, Record::Delivery, r.state.as_str())) }
                        }
                    }
                }
            }))
            (pagination(tr, "/admin/mailbox", "", n, pages))
        },
    )
}

/// Plain text with its URLs made into links (the text part is what carries the tokens).
fn linkified(text: &str) -> Markup {
    html! {
        @for line in text.lines() {
            @let trimmed = line.trim();
            @if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
                a href=(trimmed) { (trimmed) } "\n"
            } @else {
                (line) "\n"
            }
        }
    }
}

/// One message of the mailbox: its text with live links, its HTML in a sandboxed frame.
pub fn mail_message(page: &Page, r: &Model) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &r.subject,
        html! {
            (Header::new(r.subject.clone()).crumb(tr.t("mailbox-title"), "/admin/mailbox").render(page))
            dl.details {
                dt { (tr.t("mailbox-to")) } dd { (r.to_name) " <" (r.to_address) ">" }
                dt { "Message-ID" } dd { code { (r.message_id) } }
                dt { (tr.t("mailbox-state")) } dd { (c::state_badge(tr, Record::Delivery, r.state.as_str())) @if let Some(e) = &r.last_error { " — " (e) } }
            }
            h2 { (tr.t("mailbox-text")) }
            pre.mail { (linkified(&r.text_body)) }
            h2 { (tr.t("mailbox-html")) }
            iframe.mail src={ "/admin/mailbox/" (r.id) "/html" } sandbox="allow-popups allow-popups-to-escape-sandbox" title=(tr.t("mailbox-html")) {}
        },
    )
}

fn job_label(tr: Tr, job: JobName) -> String {
    tr.t(&format!("job-{}", job.as_str().replace('_', "-")))
}

fn outcome_badge(tr: Tr, outcome: &str) -> Markup {
    let tone = match outcome {
        "succeeded" => Tone::Ok,
        "failed" => Tone::Bad,
        _ => Tone::Info,
    };
    c::badge(tone, &tr.t(&format!("jobs-outcome-{outcome}")))
}

fn job_row(page: &Page, j: &JobStatus) -> Markup {
    let tr = page.tr;
    let label = job_label(tr, j.name);
    html! {
        tr data-job=(j.name.as_str()) {
            th scope="row" { (label) br; code { (j.name.as_str()) } }
            td { code { (j.cron) } @if !j.scheduled { " (" (tr.t("jobs-off")) ")" } }
            @if let Some(run) = &j.last_run {
                td { (utc(run.started_at)) }
                td { @if let Some(end) = run.finished_at { (utc(end)) } @else { "—" } }
                td {
                    (outcome_badge(tr, &run.outcome))
                    // Older records may hold the raw cause; the page never shows it.
                    @if run.error.is_some() { br; small { (runs::failure_notice(run.id)) } }
                }
                td { @if let Some(n) = run.items { (n) } @else { "—" } }
            } @else {
                td colspan="4" { (tr.t("jobs-never-run")) }
            }
            td { @if let Some(next) = j.next_run { (utc(next)) } @else { "—" } }
            td {
                form.inline method="post" action={ "/admin/jobs/" (j.name.as_str()) "/run" } {
                    input type="hidden" name="csrf" value=(page.csrf);
                    button type="submit" { (tr.t("jobs-run-now")) (c::for_row(&label)) }
                }
            }
        }
    }
}

/// The admin's list of jobs.
pub fn jobs(page: &Page, jobs: &[JobStatus], ran: Option<JobName>, scheduler_on: bool) -> Markup {
    let tr = page.tr;
    let just_ran = ran.and_then(|r| jobs.iter().find(|j| j.name == r));
    let title = tr.t("jobs-title");
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).lead(html! { span.hint { (tr.t("jobs-hint")) } }).render(page))
            @if !scheduler_on { (c::alert_text(Alert::Info, &tr.t("jobs-scheduler-off"))) }
            @if let Some(j) = just_ran {
                @if let Some(run) = &j.last_run {
                    @let kind = if run.outcome == "failed" { Alert::Error } else { Alert::Success };
                    (c::alert_text(kind, &tr.ta("jobs-ran", &[("job", &job_label(tr, j.name)), ("outcome", &tr.t(&format!("jobs-outcome-{}", run.outcome))), ("items", &run.items.unwrap_or(0).to_string())])))
                }
            }
            (Table::under_heading(&title).id("jobs").render(html! {
                thead { tr {
                    th scope="col" { (tr.t("jobs-job")) } th scope="col" { (tr.t("jobs-schedule")) } th scope="col" { (tr.t("jobs-last-start")) }
                    th scope="col" { (tr.t("jobs-last-end")) } th scope="col" { (tr.t("jobs-outcome")) } th scope="col" { (tr.t("jobs-items")) }
                    th scope="col" { (tr.t("jobs-next")) } th scope="col" { span.visually-hidden { (tr.t("jobs-actions")) } }
                } }
                tbody { @for j in jobs { (job_row(page, j)) } }
            }))
        },
    )
}

fn reminder_state(tr: Tr, event: &event::Model, state: &PreviewState) -> Markup {
    let off = !event.reminders_enabled;
    match state {
        PreviewState::Sent(at) => c::badge(Tone::Ok, &tr.ta("reminders-sent", &[("at", &utc(*at))])),
        PreviewState::Scheduled | PreviewState::DueNow if off => c::badge(Tone::Off, &tr.t("reminders-not-sent-off")),
        PreviewState::Scheduled => c::badge(Tone::Info, &tr.t("reminders-scheduled")),
        PreviewState::DueNow => c::badge(Tone::Pending, &tr.t("reminders-due-now")),
        PreviewState::Skipped => c::badge(Tone::Off, &tr.t("reminders-skipped")),
    }
}

/// The organiser's preview of an event's reminders.
pub fn reminders(page: &Page, event: &event::Model, rows: &[PreviewRow], job_on: bool) -> Markup {
    let tr = page.tr;
    let tz: chrono_tz::Tz = event.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let title = tr.t("reminders-title");
    layout::page(
        page,
        &title,
        html! {
            (Header::event(tr, event.id, &crate::events::content::title(event, tr.lang()), EventTab::Reminders, title.clone()).render(page))
            p.hint { (tr.t("reminders-hint")) }
            @if !event.reminders_enabled {
                div.alert.alert-warning #reminders-off role="status" {
                    p { (tr.t("reminders-off")) " " a href={ "/organiser/events/" (event.id) "/edit" } { (tr.t("reminders-switch")) } }
                }
            } @else if !job_on {
                (c::alert_text(Alert::Warning, &tr.t("reminders-job-off")))
            }
            @if event.date_precision != crate::domain::DatePrecision::Day {
                (c::alert_text(Alert::Info, &tr.t("reminders-approximate")))
            } @else if rows.is_empty() {
                (c::empty_state(&tr.t("reminders-none"), html! {
                    a href={ "/organiser/events/" (event.id) "/registrations" } { (tr.t("empty-reminders-next")) }
                }))
            } @else {
                (Table::under_heading(&title).id("reminders").render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("reminders-participant")) } th scope="col" { (tr.t("reminders-kind")) }
                        th scope="col" { (tr.ta("reminders-due", &[("zone", &event.time_zone)])) } th scope="col" { (tr.t("reminders-state")) }
                    } }
                    tbody {
                        @for r in rows {
                            tr {
                                td { (r.name) br; small { (r.email) } }
                                td { (tr.ta("reminders-days-before", &[("days", &r.days_before.to_string())])) }
                                td { (r.due_at.with_timezone(&tz).format("%Y-%m-%d %H:%M")) }
                                td { (reminder_state(tr, event, &r.state)) }
                            }
                        }
                    }
                }))
            }
        },
    )
}
