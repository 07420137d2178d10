//! Pages of the list of participants: the organiser's page (draft preview, issue form,
//! revisions) and the printable document (A4, a page per section, no navigation).

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::document::{Document, Entry};
use super::rules::{Overview, date_precision};
use crate::error::FieldErrors;
use crate::i18n::{Lang, Tr};
use crate::web::components::{self as c, EventTab, Header, Input, Table};
use crate::web::extract::Page;
use crate::web::layout;

/// Print rules of the standalone document: A4, each section on a new page.
const PRINT_CSS: &str = "
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #000; max-inline-size: 46rem; margin: 2rem auto; padding-inline: 1rem; }
header.lop { text-align: center; margin-block-end: 1.5rem; }
header.lop .symbol { text-align: end; font-size: 9pt; }
header.lop .status { text-align: start; font-size: 9pt; }
h1 { font-size: 15pt; margin-block: .8rem .2rem; } h2 { font-size: 13pt; margin-block-start: 1.2rem; border-block-end: 1px solid #000; }
h3 { font-size: 11pt; margin-block: 1rem .3rem; break-after: avoid; }
ul.people { list-style: none; padding-inline-start: 1rem; margin: 0; }
ul.people li { margin-block: 0 .35rem; break-inside: avoid; }
.function { display: block; padding-inline-start: 1rem; font-size: 9.5pt; }
.head { font-style: italic; }
@page { size: A4; margin: 2cm 2cm 2.2cm; }
@media print {
  body { margin: 0; max-inline-size: none; padding: 0; }
  section.lop-section + section.lop-section { break-before: page; }
}";

fn section_label(tr: Tr, code: &str) -> String {
    tr.t(&format!("lop-section-{code}"))
}

fn person(tr: Tr, p: &Entry) -> Markup {
    let function = p.function();
    html! {
        li {
            strong { (p.full_name()) }
            @if p.head { " " span.head { "(" (tr.t("lop-head")) ")" } }
            @if !function.is_empty() { span.function { (function) } }
        }
    }
}

/// The document itself, shared by the printable page and the organiser's preview.
pub fn document_body(doc: &Document) -> Markup {
    let tr = Tr(doc.lang);
    let h = &doc.heading;
    let dates = c::date_range(tr, h.start_date, h.end_date, date_precision(h));
    html! {
        header.lop lang=(doc.lang.code()) {
            @if let Some(issue) = &doc.issue {
                @let label = issue.label();
                @if !label.is_empty() { p.symbol { (label) } }
                p.status { (tr.ta("lop-issued-on", &[("date", &c::date(tr, issue.issued_at.date_naive()))])) }
            } @else {
                p.status { strong { (tr.t("lop-draft-notice")) } }
            }
            p { strong { (h.title(doc.lang)) } }
            p { (h.place(doc.lang)) ", " (dates) }
            h1 { (tr.t("lop-title")) }
            p { (tr.ta("lop-figures", &[("participants", &doc.figures.participants.to_string()), ("states", &doc.figures.states.to_string())])) }
        }
        @if doc.sections.is_empty() { p { (tr.t("lop-empty")) } }
        @for s in &doc.sections {
            section.lop-section lang=(doc.lang.code()) {
                h2 { (section_label(tr, s.section.code())) }
                @for d in &s.delegations {
                    h3 { (d.name) }
                    ul.people { @for p in &d.people { (person(tr, p)) } }
                }
            }
        }
    }
}

/// The printable document: a page of its own, without the site's navigation.
pub fn printable(doc: &Document) -> Markup {
    let tr = Tr(doc.lang);
    html! {
        (DOCTYPE)
        html lang=(doc.lang.code()) dir=(doc.lang.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (tr.t("lop-title")) " · " (doc.heading.title(doc.lang)) }
                style { (PreEscaped(PRINT_CSS)) }
            }
            body { (document_body(doc)) }
        }
    }
}

/// The document's files in each format; `name` (the version's) tells apart the links of
/// several versions for a screen reader.
fn downloads(tr: Tr, base: &str, version: &str, lang: Lang, name: &str) -> Markup {
    let q = format!("?lang={}", lang.code());
    html! {
        a href={ (base) "/" (version) "/html" (q) } { (tr.t("lop-print")) (c::for_row(name)) } " · "
        a href={ (base) "/" (version) "/pdf" (q) } { "PDF" (c::for_row(name)) } " · "
        a href={ (base) "/" (version) "/csv" (q) } { "CSV" (c::for_row(name)) } " · "
        a href={ (base) "/" (version) "/xlsx" (q) } { "XLSX" (c::for_row(name)) }
    }
}

/// The organiser's page: figures, downloads of the draft, the issue form, the revisions and
/// a preview of the draft in the chosen language.
pub fn overview(page: &Page, ov: &Overview, symbol: &str, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let e = &ov.event;
    let base = format!("/organiser/events/{}/participants", e.id);
    let lang = ov.draft.lang;
    layout::page(
        page,
        &tr.t("lop-title"),
        html! {
            (Header::event(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Participants, tr.t("lop-title")).lead(html! { (tr.t("lop-intro")) }).render(page))
            nav.filters aria-label=(tr.t("lop-document-language")) {
                (tr.t("lop-document-language"))
                @for l in Lang::ALL {
                    a href={ (base) "?lang=" (l.code()) } aria-current=[(l == lang).then_some("page")] { (l.endonym()) }
                }
            }
            (Table::new(&tr.t("lop-title")).render(html! {
                thead { tr { th scope="col" { (tr.t("lop-section")) } th.num scope="col" { (tr.t("lop-participants")) } } }
                tbody {
                    @for s in &ov.draft.figures.per_section {
                        tr { th scope="row" { (section_label(tr, s.section.code())) } td.num { (s.participants) } }
                    }
                    tr.total { th scope="row" { (tr.t("lop-total")) } td.num { (ov.draft.figures.participants) } }
                }
            }))
            p { (tr.t("lop-draft")) ": " (downloads(tr, &base, "draft", lang, &tr.t("lop-draft"))) }
            h2 { (tr.t("lop-issue-title")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action=(base) {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, errors, Input::text("symbol", "lop-symbol", symbol).hint("lop-symbol-hint")))
                    button.primary type="submit" { (tr.t("lop-issue")) }
                }
            }))
            h2 { (tr.t("lop-revisions")) }
            @if ov.revisions.is_empty() {
                (c::empty_state(&tr.t("lop-no-revisions"), html! {}))
            } @else {
                (Table::under_heading(&tr.t("lop-revisions")).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("lop-revision")) } th scope="col" { (tr.t("lop-issued-at")) } th scope="col" { (tr.t("lop-issued-by")) }
                        th scope="col" { (tr.t("lop-participants")) } th scope="col" { (tr.t("lop-downloads")) }
                    } }
                    tbody {
                        @for r in &ov.revisions {
                            @let label = r.label();
                            @let label = if label.is_empty() { tr.t("lop-original") } else { label };
                            tr {
                                td { (label) }
                                td { (r.issued_at.format("%Y-%m-%d %H:%M UTC")) }
                                td { (r.issued_by) }
                                td { (r.participant_count) }
                                td { (downloads(tr, &base, &r.revision.to_string(), lang, &label)) }
                            }
                        }
                    }
                }))
            }
            h2 { (tr.t("lop-preview")) }
            div.lop-preview { (document_body(&ov.draft)) }
        },
    )
}
