//! Views of the sign-in pages and the audit log.

use maud::{Markup, html};

use super::StaffUser;
use super::rules::Account;
use crate::domain::Role;
use crate::entities::audit_entry;
use crate::error::{FieldErrors, Msg};
use crate::reference::Reference;
use crate::web::components::{Input, checkbox, csrf_field, error_summary, input, pagination, select};
use crate::web::extract::Page;
use crate::web::layout;

/// The sign-in form.
pub fn sign_in(page: &Page, email: &str, next: &str, errors: &FieldErrors, notice: Option<&Msg>) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("sign-in-title"),
        html! {
            h1 { (tr.t("sign-in-title")) }
            @if let Some(m) = notice { p.notice.warning role="alert" { (tr.msg(m)) } }
            (error_summary(tr, errors))
            form.stack method="post" action="/sign-in" {
                (csrf_field(&page.csrf))
                input type="hidden" name="next" value=(next);
                (input(tr, errors, Input::text("email", "field-email", email).kind("email").required()))
                (input(tr, errors, Input::text("password", "field-password", "").kind("password").required()))
                button.primary type="submit" { (tr.t("sign-in-submit")) }
            }
        },
    )
}

/// The page a one-time link opens: one button, so that only a person's click signs in.
pub fn sign_in_link(page: &Page, token: &str) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("sign-in-link-title"),
        html! {
            h1 { (tr.t("sign-in-link-title")) }
            p { (tr.t("sign-in-link-text")) }
            form method="post" action={ "/sign-in/link/" (token) } {
                (csrf_field(&page.csrf))
                button.primary type="submit" { (tr.t("sign-in-submit")) }
            }
        },
    )
}

/// The password form.
pub fn password(page: &Page, staff: &StaffUser, errors: &FieldErrors, done: bool) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("password-title"),
        html! {
            h1 { (tr.t("password-title")) }
            p { (tr.ta("password-signed-in-as", &[("email", &staff.email)])) }
            @if done { p.notice role="status" { (tr.t("password-changed")) } }
            @if !staff.has_password { p.notice.warning { (tr.t("password-set-first")) } }
            (error_summary(tr, errors))
            form.stack method="post" action="/account/password" {
                (csrf_field(&page.csrf))
                @if staff.has_password {
                    (input(tr, errors, Input::text("current_password", "field-current-password", "").kind("password").required()))
                }
                (input(tr, errors, Input::text("new_password", "field-new-password", "").kind("password").required().hint("hint-password")))
                (input(tr, errors, Input::text("confirm_password", "field-confirm-password", "").kind("password").required()))
                button.primary type="submit" { (tr.t("password-submit")) }
            }
        },
    )
}

/// The audit log, newest first.
pub fn audit(page: &Page, entries: &[audit_entry::Model], n: u64, pages: u64) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("audit-title"),
        html! {
            h1 { (tr.t("audit-title")) }
            table.list {
                thead { tr { th { (tr.t("audit-when")) } th { (tr.t("audit-who")) } th { (tr.t("audit-action")) } th { (tr.t("audit-record")) } th { (tr.t("audit-change")) } } }
                tbody {
                    @for e in entries {
                        tr {
                            td { time datetime=(e.at.to_rfc3339()) { (e.at.format("%Y-%m-%d %H:%M:%S UTC")) } }
                            td { (e.actor) }
                            td { code { (e.action) } }
                            td { (e.entity) " " (e.entity_id) }
                            td {
                                details {
                                    summary { (tr.t("audit-show")) }
                                    @if let Some(b) = &e.before { p { strong { (tr.t("audit-before")) } } pre { (b) } }
                                    @if let Some(a) = &e.after { p { strong { (tr.t("audit-after")) } } pre { (a) } }
                                }
                            }
                        }
                    }
                }
            }
            (pagination(tr, "/admin/audit", "", n, pages))
        },
    )
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
                (select(tr, errors, "role", "field-role", &role_options(page), &u.role, true))
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
