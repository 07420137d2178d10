//! The focal point's statements page: the delegation's statements with their publication, and
//! the upload form (item, language, when to publish, the PDF).

use maud::{Markup, html};

use super::super::input::StatementForm;
use super::super::statements::LinkStatements;
use super::documents::language_name;
use super::item_heading;
use crate::domain::{Language, StatementPublication};
use crate::error::FieldErrors;
use crate::web::components::{self as c, Alert, Header, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// The catalogue key of a publication choice.
pub fn publication_key(p: StatementPublication) -> &'static str {
    match p {
        StatementPublication::AfterSpeaking => "stmt-publication-after-speaking",
        StatementPublication::AtTime => "stmt-publication-at-time",
    }
}

fn own_statements(page: &Page, token: &str, p: &LinkStatements) -> Markup {
    let tr = page.tr;
    html! {
        section #own {
            h2 { (tr.t("stmt-own-title")) }
            @if p.rows.is_empty() { p.hint { (tr.t("stmt-own-none")) } }
            ul { @for r in &p.rows {
                li data-statement=(r.statement.id) {
                    a href={ "/n/" (token) "/statements/" (r.statement.id) } { (r.item_number) " — " (language_name(tr, r.language)) }
                    " · " (tr.t(publication_key(r.statement.publication)))
                    @if let Some(at) = r.statement.publish_at { " " (super::local_time(&p.event, at)) " " (at.format("%Y-%m-%d")) }
                    " · " strong { (tr.t(if r.published { "stmt-published" } else { "stmt-not-yet" })) }
                    @if !r.published {
                        form.inline method="post" action={ "/n/" (token) "/statements/" (r.statement.id) "/withdraw" } {
                            (c::csrf_field(&page.csrf))
                            button type="submit" { (tr.t("stmt-withdraw")) (c::for_row(&r.item_number)) }
                        }
                    }
                }
            } }
        }
    }
}

/// The focal point's statements page.
pub fn link_statements(
    page: &Page,
    token: &str,
    p: &LinkStatements,
    form: &StatementForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.ta("stmt-link-title", &[("state", &p.state)]);
    let items: Vec<(String, String)> = p.items.iter().map(|i| (i.id.to_string(), item_heading(i))).collect();
    let languages: Vec<(String, String)> =
        Language::ALL.iter().map(|l| (l.as_str().to_owned(), language_name(tr, *l))).collect();
    let publications: Vec<(String, String)> =
        StatementPublication::ALL.iter().map(|w| (w.as_str().to_owned(), tr.t(publication_key(*w)))).collect();
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).lead(c::in_lang(&crate::events::content::title(&p.event, tr.lang()), tr.lang())).render(page))
            (own_statements(page, token, p))
            section #upload {
                h2 { (tr.t("stmt-upload-title")) }
                @if items.is_empty() { (c::alert_text(Alert::Info, &tr.t("meet-agenda-empty"))) } @else {
                    (c::with_error_summary(tr, errors, html! {
                        form.stack method="post" enctype="multipart/form-data" action={ "/n/" (token) "/statements?csrf=" (page.csrf) } {
                            (c::select(tr, errors, "item", "meet-field-item", &items, &form.item, true))
                            (c::select(tr, errors, "language", "doc-field-language", &languages, &form.language, true))
                            (c::select(tr, errors, "publication", "stmt-field-publication", &publications, &form.publication, true))
                            (c::input(tr, errors, Input::text("publish_at", "stmt-field-publish-at", &form.publish_at).kind("datetime-local").hint("stmt-field-publish-at-hint")))
                            div.field.invalid[errors.get("file").is_some()] {
                                label for="file" { (tr.t("doc-field-file")) }
                                @if let Some(m) = errors.get("file") { p.field-error #file-error { (tr.msg(m)) } }
                                input #file type="file" name="file" accept="application/pdf,.pdf" required;
                            }
                            button.primary type="submit" { (tr.t("stmt-upload")) }
                        }
                    }))
                }
            }
            p { a href={ "/n/" (token) "/speakers" } { (tr.t("meet-list-of-speakers")) } " · " a href={ "/n/" (token) } { (tr.t("meet-back-to-nominations")) } }
        },
    )
}
