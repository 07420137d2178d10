//! The forms to invite one person, import a CSV (with its preview) or copy an earlier event's
//! people.

use maud::{Markup, html};

use super::parts::{country_options, header, language_options, role_label, role_options};
use crate::domain::ParticipantRole;
use crate::entities::event;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::invitations::csv::Row as ImportRow;
use crate::invitations::input::{CopyForm, InviteForm};
use crate::invitations::rules::ImportPreview;
use crate::reference::Reference;
use crate::web::components::{self as c, Input};
use crate::web::components::{EventTab, Table};
use crate::web::extract::Page;
use crate::web::layout;

fn person_fields(tr: Tr, reference: &Reference, form: &InviteForm, errors: &FieldErrors) -> Markup {
    html! {
        (c::input(tr, errors, Input::text("email", "field-email", &form.email).kind("email").required()))
        (c::input(tr, errors, Input::text("title", "inv-field-title", &form.title).hint("inv-hint-title")))
        (c::input(tr, errors, Input::text("given_name", "inv-field-given-name", &form.given_name).required()))
        (c::input(tr, errors, Input::text("family_name", "inv-field-family-name", &form.family_name).required()))
        (c::input(tr, errors, Input::text("organisation", "inv-field-organisation", &form.organisation)))
        (c::select(tr, errors, "country", "field-country", &country_options(tr, reference), &form.country, false))
        (c::select(tr, errors, "role", "field-role", &role_options(tr), &form.role, true))
        (c::select(tr, errors, "language", "inv-field-language", &language_options(tr), &form.language, true))
    }
}

/// The form to invite one person.
pub fn invite_form(
    page: &Page,
    reference: &Reference,
    e: &event::Model,
    form: &InviteForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.t("inv-invite-one-title");
    layout::page(
        page,
        &title,
        html! {
            (header(page, e, EventTab::Invitations, &title, true))
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/organiser/events/" (e.id) "/invitations" } {
                    (c::csrf_field(&page.csrf))
                    (person_fields(tr, reference, form, errors))
                    div.actions {
                        button.primary type="submit" { (tr.t("inv-submit-invite")) }
                        a href={ "/organiser/events/" (e.id) "/invitations" } { (tr.t("action-cancel-edit")) }
                    }
                }
            }))
        },
    )
}

fn csv_help(tr: Tr) -> Markup {
    html! {
        p.hint { (tr.t("inv-import-hint")) }
        pre.sample { code { (crate::invitations::csv::COLUMNS.join(",")) "\n" "amina.diallo@example.org,Ms.,Amina,Diallo,Ministry of Foreign Affairs,TGO,head_of_delegation,fr" } }
        p.hint { (tr.ta("inv-import-roles", &[("roles", &ParticipantRole::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", "))])) }
    }
}

/// The CSV import form (paste or upload).
pub fn import_form(page: &Page, e: &event::Model, text: &str, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let title = tr.t("inv-import-title");
    layout::page(
        page,
        &title,
        html! {
            (header(page, e, EventTab::Invitations, &title, true))
            (c::with_error_summary(tr, errors, html! {
                (csv_help(tr))
                form.stack method="post" enctype="multipart/form-data" action={ "/organiser/events/" (e.id) "/invitations/import?csrf=" (page.csrf) } {
                    (c::textarea(tr, errors, "csv", "inv-field-csv", text))
                    div.field {
                        label for="file" { (tr.t("inv-field-csv-file")) }
                        input #file type="file" name="file" accept=".csv,text/csv";
                    }
                    div.actions {
                        button.primary type="submit" { (tr.t("inv-submit-preview")) }
                        a href={ "/organiser/events/" (e.id) "/invitations" } { (tr.t("action-cancel-edit")) }
                    }
                }
            }))
        },
    )
}

fn bad_rows(tr: Tr, bad: &[&ImportRow]) -> Markup {
    let caption = tr.ta("inv-preview-bad", &[("count", &bad.len().to_string())]);
    html! {
        section #bad-rows {
            h2 { (caption) }
            (Table::under_heading(&caption).render(html! {
                thead { tr {
                    th scope="col" { (tr.t("inv-col-line")) }
                    th scope="col" { (tr.t("field-email")) }
                    th scope="col" { (tr.t("inv-col-name")) }
                    th scope="col" { (tr.t("inv-col-problems")) }
                } }
                tbody {
                    @for row in bad {
                        tr.bad-row data-line=(row.line) {
                            td { (row.line) }
                            td { (row.email) }
                            td { (row.name) }
                            td { ul { @for problem in &row.problems { li data-problem=(problem.column()) { (tr.msg(&problem.message())) } } } }
                        }
                    }
                }
            }))
        }
    }
}

fn good_rows(page: &Page, e: &event::Model, good: &[&ImportRow], text: &str) -> Markup {
    let tr = page.tr;
    let caption = tr.ta("inv-preview-good", &[("count", &good.len().to_string())]);
    html! {
        section #good-rows {
            h2 { (caption) }
            form.stack method="post" enctype="multipart/form-data" action={ "/organiser/events/" (e.id) "/invitations/import/confirm?csrf=" (page.csrf) } {
                input type="hidden" name="csv" value=(text);
                div.actions {
                    button.primary type="submit" { (tr.ta("inv-submit-confirm", &[("count", &good.len().to_string())])) }
                    a href={ "/organiser/events/" (e.id) "/invitations/import" } { (tr.t("inv-preview-start-again")) }
                }
            }
            (Table::under_heading(&caption).render(html! {
                thead { tr {
                    th scope="col" { (tr.t("inv-col-line")) }
                    th scope="col" { (tr.t("field-email")) }
                    th scope="col" { (tr.t("inv-col-name")) }
                    th scope="col" { (tr.t("inv-col-role")) }
                    th scope="col" { (tr.t("inv-field-language")) }
                } }
                tbody {
                    @for row in good {
                        @if let Some(i) = &row.invitee {
                            tr.good-row data-line=(row.line) {
                                td { (row.line) }
                                td { (i.person.email.as_str()) }
                                td { (crate::invitations::rules::full_name(i.person.title.as_deref(), &i.person.given_name, &i.person.family_name)) }
                                td { (role_label(tr, i.role.as_str())) }
                                td { (tr.t(&format!("language-{}", i.person.language.code()))) }
                            }
                        }
                    }
                }
            }))
        }
    }
}

/// The preview of an import: every bad row with its line and reasons, the good rows, and
/// the button that invites them.
pub fn import_preview(page: &Page, p: &ImportPreview, text: &str) -> Markup {
    let tr = page.tr;
    let e = &p.event;
    let title = tr.t("inv-preview-title");
    let good: Vec<_> = p.good().collect();
    let bad: Vec<_> = p.bad().collect();
    layout::page(
        page,
        &title,
        html! {
            (header(page, e, EventTab::Invitations, &title, true))
            p.lead { (tr.ta("inv-preview-summary", &[("good", &good.len().to_string()), ("bad", &bad.len().to_string())])) }
            p { (tr.t("inv-preview-nothing-saved")) }
            @if !bad.is_empty() { (bad_rows(tr, &bad)) }
            @if !good.is_empty() {
                (good_rows(page, e, &good, text))
            } @else {
                p { a href={ "/organiser/events/" (e.id) "/invitations/import" } { (tr.t("inv-preview-start-again")) } }
            }
        },
    )
}

/// The form to copy people from an earlier event.
pub fn copy_form(
    page: &Page,
    e: &event::Model,
    sources: &[event::Model],
    form: &CopyForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.t("inv-copy-title");
    let events: Vec<(String, String)> = sources
        .iter()
        .map(|s| {
            (s.id.to_string(), format!("{} — {} ({})", s.start_date.format("%Y-%m-%d"), s.title, s.programme_code))
        })
        .collect();
    let whats = vec![
        ("participants".to_owned(), tr.t("inv-copy-participants")),
        ("invitees".to_owned(), tr.t("inv-copy-invitees")),
    ];
    layout::page(
        page,
        &title,
        html! {
            (header(page, e, EventTab::Invitations, &title, true))
            p.hint { (tr.t("inv-copy-hint")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action={ "/organiser/events/" (e.id) "/invitations/copy" } {
                    (c::csrf_field(&page.csrf))
                    (c::select(tr, errors, "from_event", "inv-field-from-event", &events, &form.from_event, true))
                    (c::select(tr, errors, "what", "inv-field-what", &whats, &form.what, true))
                    div.actions {
                        button.primary type="submit" { (tr.t("inv-submit-copy")) }
                        a href={ "/organiser/events/" (e.id) "/invitations" } { (tr.t("action-cancel-edit")) }
                    }
                }
            }))
        },
    )
}
