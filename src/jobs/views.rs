//! Pages of scheduled work: the admin's list of jobs, the organiser's preview of reminders.

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use super::JobName;
use super::reminders::{PreviewRow, PreviewState};
use super::runs::{self, JobStatus};
use crate::entities::event;
use crate::i18n::Tr;
use crate::web::extract::Page;
use crate::web::layout;

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S UTC").to_string()
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
            @if event.date_precision != "day" {
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
