//! Views of the sign-in pages and the password form.

use maud::{Markup, html};

use super::StaffUser;
use super::oidc::{self, views::SignInMethods};
use crate::error::{FieldErrors, Msg};
use crate::web::components::{Alert, Header, Input, alert_text, csrf_field, input, with_error_summary};
use crate::web::extract::Page;
use crate::web::layout;

/// The sign-in page: the single sign-on button and the password form, as `methods` offers.
pub fn sign_in(
    page: &Page,
    email: &str,
    next: &str,
    errors: &FieldErrors,
    notice: Option<&Msg>,
    methods: &SignInMethods,
) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("sign-in-title"),
        html! {
            (Header::new(tr.t("sign-in-title")).render(page))
            @if let Some(m) = notice { (alert_text(Alert::Error, &tr.msg(m))) }
            (oidc::views::button(page, methods, next))
            @if methods.password { (with_error_summary(tr, errors, html! {
                form.stack method="post" action="/sign-in" {
                    (csrf_field(&page.csrf))
                    input type="hidden" name="next" value=(next);
                    (input(tr, errors, Input::text("email", "field-email", email).kind("email").required()))
                    (input(tr, errors, Input::text("password", "field-password", "").kind("password").required()))
                    button.primary type="submit" { (tr.t("sign-in-submit")) }
                }
            })) }
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
            (Header::new(tr.t("sign-in-link-title")).render(page))
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
            (Header::new(tr.t("password-title")).lead(html! { (tr.ta("password-signed-in-as", &[("email", &staff.email)])) }).render(page))
            (super::account_views::account_nav(tr, "/account/password"))
            @if done { (alert_text(Alert::Success, &tr.t("password-changed"))) }
            @if !staff.has_password { (alert_text(Alert::Warning, &tr.t("password-set-first"))) }
            (with_error_summary(tr, errors, html! {
                form.stack method="post" action="/account/password" {
                    (csrf_field(&page.csrf))
                    @if staff.has_password {
                        (input(tr, errors, Input::text("current_password", "field-current-password", "").kind("password").required()))
                    }
                    (input(tr, errors, Input::text("new_password", "field-new-password", "").kind("password").required().hint("hint-password")))
                    (input(tr, errors, Input::text("confirm_password", "field-confirm-password", "").kind("password").required()))
                    button.primary type="submit" { (tr.t("password-submit")) }
                }
            }))
        },
    )
}
