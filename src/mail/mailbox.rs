//! The development mailbox: with the file transport, admins read every queued and sent
//! message here, so the invitation flow can be tried without a mail server. Its top shows
//! how the queue stands (as `convene outbox status` does).

use axum::extract::{Query, State};
use axum::http::HeaderValue;
use axum::http::header::{CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use maud::{Markup, html};
use serde::Deserialize;

use super::outbox::{self, QueueStatus};
use crate::AppState;
use crate::entities::outbox_message::Model;
use crate::error::Error;
use crate::i18n::Tr;
use crate::web::components::pagination;
use crate::web::extract::{Admin, Page, PathId};
use crate::web::layout;

fn enabled(state: &AppState) -> Result<(), Error> {
    if state.settings.mail.transport == "file" { Ok(()) } else { Err(Error::NotFound) }
}

/// `?page=`
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    page: Option<u64>,
}

/// `GET /admin/mailbox`
pub async fn list(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    Query(q): Query<PageQuery>,
) -> Result<Response, Error> {
    enabled(&state)?;
    let n = q.page.unwrap_or(1).max(1);
    let (rows, pages) = outbox::page(&state.db.read, n, 50).await?;
    let queue = outbox::status(&state.db.read, 20).await?;
    Ok(list_view(&page, &queue, state.clock.now(), &rows, n, pages.max(1)).into_response())
}

/// `GET /admin/mailbox/{id}`
pub async fn show(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    enabled(&state)?;
    let row = outbox::get(&state.db.read, id).await?.ok_or(Error::NotFound)?;
    Ok(message_view(&page, &row).into_response())
}

/// `GET /admin/mailbox/{id}/html`: the HTML part, framed by the message page in a sandbox.
pub async fn html_part(State(state): State<AppState>, Admin(_): Admin, PathId(id): PathId) -> Result<Response, Error> {
    enabled(&state)?;
    let row = outbox::get(&state.db.read, id).await?.ok_or(Error::NotFound)?;
    let mut response = row.html_body.into_response();
    let h = response.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox allow-popups allow-popups-to-escape-sandbox"));
    h.insert("x-frame-options", HeaderValue::from_static("SAMEORIGIN"));
    Ok(response)
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S UTC").to_string()
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

fn list_view(page: &Page, queue: &QueueStatus, now: DateTime<Utc>, rows: &[Model], n: u64, pages: u64) -> Markup {
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

fn message_view(page: &Page, r: &Model) -> Markup {
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
