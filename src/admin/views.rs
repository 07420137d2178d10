//! Views of the admin pages (and the organiser's preview of reminders), over the rows and
//! read models their handlers pass.

mod audit;

pub use audit::{action_label, audit};

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use crate::auth::rules::Account;
use crate::domain::{DatePrecision, Role};
use crate::entities::event;
use crate::entities::outbox_message::Model;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::jobs::JobName;
use crate::jobs::reminders::{PreviewRow, PreviewState};
use crate::jobs::runs::{self, JobStatus};
use crate::mail::outbox::{self, QueueStatus};
use crate::reference::Reference;
use crate::web::components::{Input, checkbox, csrf_field, error_summary, input, pagination, select};
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
                    label for={ "programme-" (p.code) } title=(p.name) { (p.code) }
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
            h1 { (tr.t("users-title")) }
            @if let Some((email, link)) = created {
                div.notice role="status" {
                    p { (tr.ta("users-created", &[("email", email)])) }
                    p { code.link-out { (link) } }
                }
            }
            table.list {
                thead { tr { th { (tr.t("field-email")) } th { (tr.t("field-name")) } th { (tr.t("field-role")) } th { (tr.t("field-programmes")) } th { (tr.t("field-status")) } } }
                tbody {
                    @for a in accounts {
                        tr {
                            td { a href={ "/admin/users/" (a.user.id) } { (a.user.email) } }
                            td { (a.user.display_name) }
                            td { (tr.t(&format!("role-{}", a.user.role))) }
                            td { (a.programmes.join(", ")) }
                            td { @if a.user.disabled_at.is_some() { (tr.t("users-disabled")) } @else if a.user.password_hash.is_none() { (tr.t("users-no-password")) } @else { (tr.t("users-active")) } }
                        }
                    }
                }
            }
            h2 { (tr.t("users-add")) }
            (error_summary(tr, errors))
            form.stack method="post" action="/admin/users" {
                (csrf_field(&page.csrf))
                (input(tr, errors, Input::text("email", "field-email", &value("email")).kind("email").required()))
                (input(tr, errors, Input::text("display_name", "field-name", &value("display_name"))))
                (select(tr, errors, "role", "field-role", &role_options(page), &value("role"), true))
                (programme_boxes(page, reference, &selected, errors))
                button.primary type="submit" { (tr.t("users-add")) }
            }
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
            p.meta { a href="/admin/users" { "← " (tr.t("users-title")) } }
            h1 { (u.email) }
            @if let Some(link) = link { div.notice role="status" { p { (tr.t("users-link-issued")) } p { code.link-out { (link) } } } }
            (error_summary(tr, errors))
            form.stack method="post" action={ "/admin/users/" (u.id) } {
                (csrf_field(&page.csrf))
                (select(tr, errors, "role", "field-role", &role_options(page), u.role.as_str(), true))
                (programme_boxes(page, reference, &account.programmes, errors))
                (checkbox(tr, "disabled", "field-disabled", u.disabled_at.is_some()))
                button.primary type="submit" { (tr.t("action-save")) }
            }
            @if u.disabled_at.is_none() {
                h2 { (tr.t("users-link-title")) }
                p { (tr.t("users-link-text")) }
                form method="post" action={ "/admin/users/" (u.id) "/sign-in-link" } {
                    (csrf_field(&page.csrf))
                    button type="submit" { (tr.t("users-link-button")) }
                }
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
            p { @for (i, (state, n)) in queue.counts.iter().enumerate() {
                @if i > 0 { " · " } (tr.t(&format!("delivery-{state}"))) ": " (n)
            } }
            @if let Some((id, at)) = queue.oldest_waiting {
                @let minutes = (now - at).num_minutes().max(0);
                p #oldest { (tr.ta("mailbox-oldest", &[("id", &id.to_string()), ("when", &utc(at)), ("hours", &(minutes / 60).to_string()), ("minutes", &format!("{:02}", minutes % 60))])) }
            }
            @if queue.retrying_total > 0 {
                p.notice role="status" { (tr.ta("mailbox-retrying", &[("count", &queue.retrying_total.to_string())])) }
                table.list #retrying {
                    thead { tr { th { (tr.t("mailbox-message")) } th { (tr.t("mailbox-attempts")) } th { (tr.t("mailbox-next")) } th { (tr.t("mailbox-reply")) } } }
                    tbody { @for r in &queue.retrying { tr {
                        td { a href={ "/admin/mailbox/" (r.id) } { "#" (r.id) " " (r.subject) } }
                        td { (r.attempts) }
                        td { (utc(r.next_attempt_at)) }
                        td { (outbox::short_reply(r.last_error.as_deref().unwrap_or(""))) }
                    } } }
                }
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
            h1 { (tr.t("mailbox-title")) }
            p.hint { (tr.t("mailbox-hint")) }
            (queue_view(tr, queue, now))
            table.list {
                thead { tr { th { (tr.t("mailbox-when")) } th { (tr.t("mailbox-to")) } th { (tr.t("mailbox-subject")) } th { (tr.t("mailbox-state")) } } }
                tbody {
                    @for r in rows {
                        tr {
                            td { (r.created_at.format("%Y-%m-%d %H:%M:%S UTC")) }
                            td { (r.to_name) " <" (r.to_address) ">" }
                            td { a href={ "/admin/mailbox/" (r.id) } { (r.subject) } }
                            td { (tr.t(&format!("delivery-{}", r.state))) }
                        }
                    }
                }
            }
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
            p.meta { a href="/admin/mailbox" { "← " (tr.t("mailbox-title")) } }
            h1 { (r.subject) }
            dl.details {
                dt { (tr.t("mailbox-to")) } dd { (r.to_name) " <" (r.to_address) ">" }
                dt { "Message-ID" } dd { code { (r.message_id) } }
                dt { (tr.t("mailbox-state")) } dd { (tr.t(&format!("delivery-{}", r.state))) @if let Some(e) = &r.last_error { " — " (e) } }
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

/// The admin's list of jobs.
pub fn jobs(page: &Page, jobs: &[JobStatus], ran: Option<JobName>, scheduler_on: bool) -> Markup {
    let tr = page.tr;
    let just_ran = ran.and_then(|r| jobs.iter().find(|j| j.name == r));
    layout::page(
        page,
        &tr.t("jobs-title"),
        html! {
            h1 { (tr.t("jobs-title")) }
            p.hint { (tr.t("jobs-hint")) }
            @if !scheduler_on { p.notice { (tr.t("jobs-scheduler-off")) } }
            @if let Some(j) = just_ran {
                @if let Some(run) = &j.last_run {
                    p.notice role="status" {
                        (tr.ta("jobs-ran", &[("job", &job_label(tr, j.name)), ("outcome", &tr.t(&format!("jobs-outcome-{}", run.outcome))), ("items", &run.items.unwrap_or(0).to_string())]))
                    }
                }
            }
            table.list #jobs {
                thead { tr {
                    th { (tr.t("jobs-job")) } th { (tr.t("jobs-schedule")) } th { (tr.t("jobs-last-start")) }
                    th { (tr.t("jobs-last-end")) } th { (tr.t("jobs-outcome")) } th { (tr.t("jobs-items")) }
                    th { (tr.t("jobs-next")) } th { span.visually-hidden { (tr.t("jobs-actions")) } }
                } }
                tbody {
                    @for j in jobs {
                        tr data-job=(j.name.as_str()) {
                            td { (job_label(tr, j.name)) br; code { (j.name.as_str()) } }
                            td { code { (j.cron) } @if !j.scheduled { " (" (tr.t("jobs-off")) ")" } }
                            @if let Some(run) = &j.last_run {
                                td { (utc(run.started_at)) }
                                td { @if let Some(end) = run.finished_at { (utc(end)) } @else { "—" } }
                                td {
                                    (tr.t(&format!("jobs-outcome-{}", run.outcome)))
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
                                    button type="submit" { (tr.t("jobs-run-now")) }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// The organiser's preview of an event's reminders.
pub fn reminders(page: &Page, event: &event::Model, rows: &[PreviewRow], job_on: bool) -> Markup {
    let tr = page.tr;
    let tz: chrono_tz::Tz = event.time_zone.parse().unwrap_or(chrono_tz::UTC);
    layout::page(
        page,
        &tr.t("reminders-title"),
        html! {
            p.meta { a href={ "/organiser/events/" (event.id) } { "← " (event.title) } }
            h1 { (tr.t("reminders-title")) }
            p.hint { (tr.t("reminders-hint")) }
            @if !event.reminders_enabled {
                p.notice #reminders-off { (tr.t("reminders-off")) " " a href={ "/organiser/events/" (event.id) "/edit" } { (tr.t("reminders-switch")) } }
            } @else if !job_on {
                p.notice { (tr.t("reminders-job-off")) }
            }
            @if event.date_precision != DatePrecision::Day {
                p.notice { (tr.t("reminders-approximate")) }
            } @else if rows.is_empty() {
                p { (tr.t("reminders-none")) }
            } @else {
                table.list #reminders {
                    thead { tr {
                        th { (tr.t("reminders-participant")) } th { (tr.t("reminders-kind")) }
                        th { (tr.ta("reminders-due", &[("zone", &event.time_zone)])) } th { (tr.t("reminders-state")) }
                    } }
                    tbody {
                        @for r in rows {
                            tr {
                                td { (r.name) br; small { (r.email) } }
                                td { (tr.ta("reminders-days-before", &[("days", &r.days_before.to_string())])) }
                                td { (r.due_at.with_timezone(&tz).format("%Y-%m-%d %H:%M")) }
                                td {
                                    @match r.state {
                                        PreviewState::Sent(at) => { (tr.ta("reminders-sent", &[("at", &utc(at))])) }
                                        PreviewState::Scheduled => { @if event.reminders_enabled { (tr.t("reminders-scheduled")) } @else { (tr.t("reminders-not-sent-off")) } }
                                        PreviewState::DueNow => { @if event.reminders_enabled { (tr.t("reminders-due-now")) } @else { (tr.t("reminders-not-sent-off")) } }
                                        PreviewState::Skipped => { (tr.t("reminders-skipped")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}
