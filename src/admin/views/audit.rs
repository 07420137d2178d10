//! The audit log page: filters, entries with human labels, links to the records.

use maud::{Markup, html};

use crate::admin::audit_log::{AuditPage, AuditQuery};
use crate::audit::action_label;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::web::components::{self as c, Header, Input, Table};
use crate::web::extract::Page;
use crate::web::layout;

/// What a kind of record is called ("registration" → "Registration").
fn record_label(tr: Tr, record: &str) -> String {
    let key = format!("audit-record-{}", record.replace('_', "-"));
    if tr.has(&key) { tr.t(&key) } else { record.to_owned() }
}

/// The audit log, newest first, with its filters.
pub fn audit(page: &Page, log: &AuditPage, q: &AuditQuery, n: u64, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let actions: Vec<(String, String)> = log.actions.iter().map(|a| (a.clone(), action_label(tr, a))).collect();
    let records: Vec<(String, String)> = log.records.iter().map(|r| (r.clone(), record_label(tr, r))).collect();
    let filters = html! {
        form.filters method="get" action="/admin/audit" {
            (c::input(tr, errors, Input::text("who", "audit-who", &q.who).kind("search")))
            (c::select(tr, errors, "action", "audit-action", &actions, &q.action, false))
            (c::select(tr, errors, "record", "audit-record", &records, &q.record, false))
            (c::input(tr, errors, Input::text("record_id", "audit-record-id", &q.record_id)))
            (c::input(tr, errors, Input::text("from", "audit-from", &q.from).kind("date")))
            (c::input(tr, errors, Input::text("to", "audit-to", &q.to).kind("date")))
            button type="submit" { (tr.t("action-filter")) }
        }
    };
    layout::page(
        page,
        &tr.t("audit-title"),
        html! {
            (Header::new(tr.t("audit-title")).render(page))
            (c::with_error_summary(tr, errors, filters))
            p { (tr.ta("audit-count", &[("count", &log.total.to_string())])) }
            @if log.entries.is_empty() {
                (c::empty_state(&tr.t("audit-none"), html! { a href="/admin/audit" { (tr.t("audit-clear")) } }))
            } @else {
                (Table::under_heading(&tr.t("audit-title")).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("audit-when")) } th scope="col" { (tr.t("audit-who")) }
                        th scope="col" { (tr.t("audit-action")) } th scope="col" { (tr.t("audit-record")) }
                        th scope="col" { (tr.t("audit-change")) }
                    } }
                    tbody { @for e in &log.entries { (row(tr, log, e)) } }
                }))
            }
            (c::pagination(tr, "/admin/audit", &q.without_page(), n, log.pages))
        },
    )
}

fn row(tr: Tr, log: &AuditPage, e: &crate::entities::audit_entry::Model) -> Markup {
    let record = format!("{} {}", record_label(tr, &e.entity), e.entity_id);
    html! {
        tr {
            td { time datetime=(e.at.to_rfc3339()) { (e.at.format("%Y-%m-%d %H:%M:%S UTC")) } }
            td { (e.actor) }
            td { (action_label(tr, &e.action)) br; code.meta { (e.action) } }
            td { @if let Some(link) = log.links.get(&e.id) { a href=(link) { (record) } } @else { (record) } }
            td {
                details {
                    summary { (tr.t("audit-show")) (c::for_row(&format!("{} {record}", action_label(tr, &e.action)))) }
                    @if let Some(b) = &e.before { p { strong { (tr.t("audit-before")) } } pre { (b) } }
                    @if let Some(a) = &e.after { p { strong { (tr.t("audit-after")) } } pre { (a) } }
                }
            }
        }
    }
}
