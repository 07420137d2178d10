//! The credentials pages: the secretariat's list with its filters, the drafted paragraphs of
//! the Credentials Committee's report and the CSV link; one delegation's form (status, note);
//! the focal point's page with its upload form.

use maud::{Markup, html};

use super::super::credentials::csv::status_key;
use super::super::credentials::{CredentialsRow, LinkCredentials, MeetingCredentials};
use super::super::input::{CredentialsForm, CredentialsQuery};
use crate::domain::CredentialsStatus;
use crate::entities::event;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::web::components::{self as c, Alert, EventTab, Header, Table, Tone};
use crate::web::extract::Page;
use crate::web::layout;

/// A status as a badge: its name, in its tone.
fn status_badge(tr: Tr, status: CredentialsStatus) -> Markup {
    let tone = match status {
        CredentialsStatus::None => Tone::Off,
        CredentialsStatus::CopyReceived => Tone::Waiting,
        CredentialsStatus::OriginalReceived => Tone::Info,
        CredentialsStatus::InOrder => Tone::Ok,
    };
    c::badge(tone, &tr.t(&status_key(status)))
}

/// The statuses as select options.
fn status_choices(tr: Tr) -> Vec<(String, String)> {
    CredentialsStatus::ALL.iter().map(|s| (s.as_str().to_owned(), tr.t(&status_key(*s)))).collect()
}

/// The UN regional groups as select options, in the reader's language.
fn group_choices(tr: Tr, reference: &Reference) -> Vec<(String, String)> {
    reference
        .regional_groups
        .iter()
        .map(|g| (g.code.clone(), crate::reference::regional_group(tr, reference, &g.code)))
        .collect()
}

/// When the record last changed, at the meeting's venue; a dash while nothing was recorded.
fn changed(tr: Tr, e: &event::Model, row: &CredentialsRow) -> String {
    row.updated_at.map_or_else(|| "—".to_owned(), |at| c::moment(tr, at, &e.time_zone))
}

fn rows_table(page: &Page, l: &MeetingCredentials) -> Markup {
    let tr = page.tr;
    let e = &l.event;
    let caption = tr.t("cred-title");
    Table::under_heading(&caption).id("credentials").render(html! {
        thead { tr {
            th scope="col" { (tr.t("cred-col-state")) } th scope="col" { (tr.t("cred-col-group")) }
            th scope="col" { (tr.t("cred-col-status")) } th scope="col" { (tr.t("cred-col-changed")) }
            th scope="col" { (tr.t("cred-col-document")) } th scope="col" { span.visually-hidden { (tr.t("meet-col-actions")) } }
        } }
        tbody { @for r in &l.rows {
            tr data-delegation=(r.delegation_id) data-status=(r.status.as_str()) {
                th scope="row" { (r.state) }
                td { (r.group.as_deref().unwrap_or("—")) }
                td { (status_badge(tr, r.status)) @if let Some(n) = &r.note { br; small.note { (n) } } }
                td { (changed(tr, e, r)) }
                td { @if let Some(d) = &r.document {
                    a href={ "/organiser/events/" (e.id) "/credentials/" (r.delegation_id) "/document" } { (d.filename) }
                } @else { "—" } }
                td.actions { a.button href={ "/organiser/events/" (e.id) "/credentials/" (r.delegation_id) } { (tr.t("cred-action-record")) (c::for_row(&r.state)) } }
            }
        } }
    })
}

/// The secretariat's credentials page of a meeting: filters, the list, the report's paragraphs.
pub fn credentials_page(
    page: &Page,
    reference: &Reference,
    l: &MeetingCredentials,
    q: &CredentialsQuery,
    report: &[String],
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let e = &l.event;
    let title = tr.t("cred-title");
    let base = format!("/organiser/events/{}/credentials", e.id);
    let csv = match q.query().as_str() {
        "" => format!("{base}.csv"),
        query => format!("{base}.csv?{query}"),
    };
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, title.clone())
                .actions(html! { a.button #csv-link href=(csv) { (tr.t("cred-csv")) } })
                .render(page))
            (c::with_error_summary(tr, errors, html! {
                form.filters method="get" action=(base) role="search" aria-label=(tr.t("action-filter")) {
                    (c::select(tr, errors, "status", "cred-col-status", &status_choices(tr), &q.status, false))
                    (c::select(tr, errors, "group", "cred-col-group", &group_choices(tr, reference), &q.group, false))
                    button type="submit" { (tr.t("action-filter")) }
                }
            }))
            p #count { (tr.ta("cred-count", &[("shown", &l.rows.len().to_string()), ("total", &l.total.to_string())])) }
            @if l.total == 0 { (c::empty_state(&tr.t("cred-empty"), html! { a href={ "/organiser/events/" (e.id) "/delegations" } { (tr.t("cred-empty-next")) } })) }
            @else if l.rows.is_empty() { (c::empty_state(&tr.t("cred-none-match"), html! {})) }
            @else { (rows_table(page, l)) }
            section #report {
                h2 { (tr.t("cred-report-title")) }
                p.hint { (tr.t("cred-report-hint")) }
                @for p in report { p { (p) } }
            }
        },
    )
}

/// One delegation's credentials: what was received, and the form recording status and note.
pub fn record_page(
    page: &Page,
    e: &event::Model,
    row: &CredentialsRow,
    form: &CredentialsForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.ta("cred-record-title", &[("state", &row.state)]);
    let base = format!("/organiser/events/{}/credentials", e.id);
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, title.clone()).crumb(tr.t("cred-title"), base.clone()).render(page))
            dl.details {
                dt { (tr.t("cred-col-status")) } dd #status { (status_badge(tr, row.status)) }
                dt { (tr.t("cred-col-changed")) } dd { (changed(tr, e, row)) }
                @if let Some(at) = row.original_received_at { dt { (tr.t("cred-col-original")) } dd #original { (c::moment(tr, at, &e.time_zone)) } }
                dt { (tr.t("cred-col-document")) } dd { @if let Some(d) = &row.document {
                    a href={ (base) "/" (row.delegation_id) "/document" } { (d.filename) }
                } @else { (tr.t("cred-no-document")) } }
            }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ (base) "/" (row.delegation_id) } {
                    (c::csrf_field(&page.csrf))
                    (c::select(tr, errors, "status", "cred-col-status", &status_choices(tr), &form.status, true))
                    (c::textarea(tr, errors, "note", "cred-field-note", &form.note))
                    p.hint { (tr.t("cred-field-note-hint")) }
                    button.primary type="submit" { (tr.t("action-save")) }
                }
            }))
        },
    )
}

/// The focal point's credentials page: the status, the secretariat's note, the document sent,
/// and the form sending (or replacing) it.
pub fn link_credentials(page: &Page, token: &str, p: &LinkCredentials, limit_mb: &str, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let title = tr.ta("cred-link-title", &[("state", &p.row.state)]);
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).lead(c::in_lang(&crate::events::content::title(&p.event, tr.lang()), tr.lang())).render(page))
            dl.details {
                dt { (tr.t("cred-col-status")) } dd #status { (status_badge(tr, p.row.status)) }
                @if let Some(n) = &p.row.note { dt { (tr.t("cred-field-note")) } dd #note { (n) } }
                dt { (tr.t("cred-col-document")) } dd #document { @if let Some(d) = &p.row.document {
                    a href={ "/n/" (token) "/credentials/document" } { (d.filename) }
                } @else { (tr.t("cred-no-document")) } }
            }
            @if p.row.status == CredentialsStatus::CopyReceived { (c::alert_text(Alert::Info, &tr.t("cred-original-awaited"))) }
            section #upload {
                h2 { (tr.t(if p.row.document.is_some() { "cred-replace-title" } else { "cred-upload-title" })) }
                (c::with_error_summary(tr, errors, html! {
                    form.stack method="post" enctype="multipart/form-data" action={ "/n/" (token) "/credentials?csrf=" (page.csrf) } {
                        div.field.invalid[errors.get("document").is_some()] {
                            label for="document" { (tr.t("cred-field-document")) }
                            p.hint #document-hint { (tr.ta("cred-field-document-hint", &[("megabytes", limit_mb)])) }
                            @if let Some(m) = errors.get("document") { p.field-error #document-error { (tr.msg(m)) } }
                            input #document type="file" name="document" accept="application/pdf,.pdf" required
                                aria-describedby="document-hint";
                        }
                        button.primary type="submit" { (tr.t("cred-upload")) }
                    }
                }))
            }
            p { a href={ "/n/" (token) } { (tr.t("meet-back-to-nominations")) } }
        },
    )
}
