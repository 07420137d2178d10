//! Official documents: the secretariat's list with its search, add form and the delegations'
//! statements; one document's edit form and language versions; the list the public and
//! confirmed participants read.

use maud::{Markup, html};

use super::super::documents::{DocumentRow, Documents};
use super::super::input::DocumentForm;
use super::super::statements::StatementRow;
use crate::domain::{Distribution, Language};
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::web::components::{self as c, EventTab, Header, Input, Table};
use crate::web::extract::Page;
use crate::web::layout;

/// The catalogue key of a distribution's name.
pub fn distribution_key(d: Distribution) -> &'static str {
    match d {
        Distribution::General => "doc-distribution-general",
        Distribution::Limited => "doc-distribution-limited",
        Distribution::Restricted => "doc-distribution-restricted",
    }
}

/// A language's name in the reader's language.
pub fn language_name(tr: Tr, l: Language) -> String {
    tr.t(&format!("language-{}", l.as_str()))
}

/// The search form of a documents list (a GET form: the search is in the address).
fn search_form(tr: Tr, action: &str, q: &str) -> Markup {
    html! {
        form.inline.search method="get" action=(action) role="search" {
            label for="q" { (tr.t("doc-search")) }
            input #q type="search" name="q" value=(q);
            button type="submit" { (tr.t("doc-search-action")) }
        }
    }
}

/// The language versions of a document as download links under `base` (`…/documents`).
pub fn version_links(tr: Tr, base: &str, row: &DocumentRow) -> Markup {
    html! {
        @if row.versions.is_empty() { span.hint { (tr.t("doc-no-versions")) } }
        ul.inline.versions { @for v in &row.versions {
            li { a href={ (base) "/" (row.document.id) "/" (v.language.as_str()) } lang=(v.language.as_str())
                { (language_name(tr, v.language)) (c::for_row(&row.document.symbol)) } }
        } }
    }
}

/// A table of documents; `edit` links each symbol to its edit page.
fn documents_table(tr: Tr, docs: &Documents, base: &str, edit: Option<&str>) -> Markup {
    let caption = tr.t("doc-documents");
    Table::under_heading(&caption).id("documents").render(html! {
        thead { tr {
            th scope="col" { (tr.t("doc-col-symbol")) } th scope="col" { (tr.t("doc-col-title")) }
            th scope="col" { (tr.t("doc-col-item")) } th scope="col" { (tr.t("doc-col-date")) }
            th scope="col" { (tr.t("doc-col-distribution")) } th scope="col" { (tr.t("doc-col-versions")) }
        } }
        tbody { @for r in &docs.rows {
            tr data-document=(r.document.id) {
                th scope="row" { @if let Some(edit) = edit { a href={ (edit) "/" (r.document.id) } { (r.document.symbol) } } @else { (r.document.symbol) } }
                td { (r.document.title) }
                td { (r.item_number.as_deref().unwrap_or("—")) }
                td { (r.document.issued_on) }
                td { (tr.t(distribution_key(r.document.distribution))) }
                td { (version_links(tr, base, r)) }
            }
        } }
    })
}

fn document_fields(tr: Tr, docs: &Documents, form: &DocumentForm, errors: &FieldErrors) -> Markup {
    let items: Vec<(String, String)> =
        docs.items.iter().map(|i| (i.id.to_string(), format!("{}. {}", i.number, i.title))).collect();
    let distributions: Vec<(String, String)> =
        Distribution::ALL.iter().map(|d| (d.as_str().to_owned(), tr.t(distribution_key(*d)))).collect();
    html! {
        (c::input(tr, errors, Input::text("symbol", "doc-field-symbol", &form.symbol).required().hint("doc-field-symbol-hint")))
        (c::input(tr, errors, Input::text("title", "doc-field-title", &form.title).required()))
        (c::select(tr, errors, "agenda_item", "doc-field-item", &items, &form.agenda_item, false))
        (c::input(tr, errors, Input::text("issued_on", "doc-field-date", &form.issued_on).kind("date").required()))
        (c::select(tr, errors, "distribution", "doc-field-distribution", &distributions, &form.distribution, true))
    }
}

fn statements_table(tr: Tr, event_id: i32, rows: &[StatementRow]) -> Markup {
    let caption = tr.t("stmt-title");
    html! {
        section #statements {
            h2 { (caption) }
            @if rows.is_empty() { p.hint { (tr.t("stmt-none")) } } @else {
                (Table::new(&caption).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("doc-col-item")) } th scope="col" { (tr.t("stmt-col-state")) }
                        th scope="col" { (tr.t("stmt-col-language")) } th scope="col" { (tr.t("stmt-col-published")) }
                    } }
                    tbody { @for r in rows {
                        tr data-statement=(r.statement.id) {
                            td { (r.item_number) }
                            th scope="row" { a href={ "/organiser/events/" (event_id) "/statements/" (r.statement.id) } { (r.state) } }
                            td { (language_name(tr, r.language)) }
                            td { (tr.t(if r.published { "stmt-published" } else { "stmt-not-yet" })) }
                        }
                    } }
                }))
            }
        }
    }
}

/// The secretariat's documents page: search, list, add form, and the statements.
pub fn documents_page(
    page: &Page,
    docs: &Documents,
    statements: &[StatementRow],
    q: &str,
    form: &DocumentForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let e = &docs.event;
    let title = tr.t("doc-documents");
    let base = format!("/organiser/events/{}/documents", e.id);
    let versions = format!("{base}/versions");
    layout::page(
        page,
        &title,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, title.clone()).crumb(tr.t("meet-agenda"), format!("/organiser/events/{}/agenda", e.id)).render(page))
            (search_form(tr, &base, q))
            @if docs.rows.is_empty() { (c::empty_state(&tr.t(if q.trim().is_empty() { "doc-none" } else { "doc-none-found" }), html! {})) }
            @else { (documents_table(tr, docs, &versions, Some(&base))) }
            @if e.status != crate::domain::EventStatus::Draft {
                p { a href={ "/events/" (e.id) "/documents" } { (tr.t("doc-public-link")) } }
            }
            section #add-document {
                h2 { (tr.t("doc-add")) }
                (c::with_error_summary(tr, errors, html! {
                    form.stack method="post" action=(base) {
                        (c::csrf_field(&page.csrf))
                        (document_fields(tr, docs, form, errors))
                        button.primary type="submit" { (tr.t("doc-add")) }
                    }
                }))
            }
            (statements_table(tr, e.id, statements))
        },
    )
}

/// One document: its details' form, its language versions (download, remove) and the upload
/// form of a version; deleting it.
pub fn document_page(
    page: &Page,
    docs: &Documents,
    row: &DocumentRow,
    form: &DocumentForm,
    errors: &FieldErrors,
    upload_errors: &FieldErrors,
    limit_bytes: u64,
) -> Markup {
    let tr = page.tr;
    let e = &docs.event;
    let d = &row.document;
    let limit_mb = limit_bytes.div_ceil(1024 * 1024).to_string();
    let base = format!("/organiser/events/{}/documents/{}", e.id, d.id);
    let languages: Vec<(String, String)> =
        Language::ALL.iter().map(|l| (l.as_str().to_owned(), language_name(tr, *l))).collect();
    layout::page(
        page,
        &d.symbol,
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, d.symbol.clone()).crumb(tr.t("doc-documents"), format!("/organiser/events/{}/documents", e.id)).lead(html! { (d.title) }).render(page))
            section #versions {
                h2 { (tr.t("doc-col-versions")) }
                @if row.versions.is_empty() { p.hint { (tr.t("doc-no-versions")) } }
                ul { @for v in &row.versions {
                    li data-language=(v.language.as_str()) {
                        a href={ (base) "/versions/" (v.language.as_str()) } { (language_name(tr, v.language)) }
                        " (" (tr.ta("doc-size-kb", &[("kb", &((v.size + 1023) / 1024).to_string())])) ") "
                        form.inline method="post" action={ (base) "/versions/" (v.language.as_str()) "/remove" } {
                            (c::csrf_field(&page.csrf))
                            button type="submit" { (tr.t("doc-remove-version")) (c::for_row(&language_name(tr, v.language))) }
                        }
                    }
                } }
                (c::with_error_summary_in(tr, upload_errors, Some("upload"), html! {
                    form.stack #upload method="post" enctype="multipart/form-data" action={ (base) "/versions?csrf=" (page.csrf) } {
                        (c::select(tr, upload_errors, "language", "doc-field-language", &languages, "", true))
                        div.field.invalid[upload_errors.get("file").is_some()] {
                            label for="file" { (tr.t("doc-field-file")) }
                            p.hint { (tr.ta("doc-field-file-hint", &[("megabytes", &limit_mb)])) }
                            @if let Some(m) = upload_errors.get("file") { p.field-error #file-error { (tr.msg(m)) } }
                            input #file type="file" name="file" accept="application/pdf,.pdf" required;
                        }
                        button.primary type="submit" { (tr.t("doc-upload")) }
                    }
                }))
            }
            section #edit-document {
                h2 { (tr.t("doc-edit")) }
                (c::with_error_summary(tr, errors, html! {
                    form.stack method="post" action=(base) {
                        (c::csrf_field(&page.csrf))
                        (document_fields(tr, docs, form, errors))
                        button.primary type="submit" { (tr.t("action-save")) }
                    }
                }))
            }
            form.inline method="post" action={ (base) "/delete" } {
                (c::csrf_field(&page.csrf))
                button.danger type="submit" { (tr.t("doc-delete")) (c::for_row(&d.symbol)) }
            }
        },
    )
}

/// The list of a meeting's documents as the public or a confirmed participant reads it, with
/// its search; `base` is the list's own address (versions are under it).
pub fn documents_list_page(page: &Page, docs: &Documents, q: &str, base: &str) -> Markup {
    let tr = page.tr;
    let e = &docs.event;
    let event_title = crate::events::content::title(e, tr.lang());
    let title = tr.ta("doc-public-title", &[("title", &event_title.text)]);
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("nav-events"), "/").crumb(event_title.text.clone(), format!("/events/{}", e.id)).render(page))
            (search_form(tr, base, q))
            @if docs.rows.is_empty() { (c::empty_state(&tr.t(if q.trim().is_empty() { "doc-none" } else { "doc-none-found" }), html! {})) }
            @else { (documents_table(tr, docs, base, None)) }
            p { a href={ "/events/" (e.id) "/agenda" } { (tr.t("doc-agenda-link")) } }
        },
    )
}
