//! Views of single sign-on: the button on the sign-in page and the page of a refusal.

use maud::{Markup, html};

use super::Provider;
use crate::error::Msg;
use crate::web::components::{Alert, Header, alert_text, csrf_field};
use crate::web::extract::Page;
use crate::web::layout;

/// How staff may sign in, as the sign-in page offers it.
#[derive(Debug, Clone, Default)]
pub struct SignInMethods {
    /// The password form (off when `sso.password_sign_in = false`).
    pub password: bool,
    /// The single sign-on button, with its configured text if any.
    pub sso: Option<Option<String>>,
}

impl SignInMethods {
    /// What `provider`'s settings offer.
    pub fn of(provider: &Provider) -> Self {
        Self {
            password: provider.password_sign_in(),
            sso: provider.enabled().then(|| provider.button_label().map(str::to_owned)),
        }
    }
}

/// The single sign-on button (a form, so that only a person's click starts a sign-in).
pub fn button(page: &Page, methods: &SignInMethods, next: &str) -> Markup {
    let tr = page.tr;
    html! {
        @if let Some(label) = &methods.sso {
            form.sso-sign-in method="post" action="/sign-in/sso" {
                (csrf_field(&page.csrf))
                input type="hidden" name="next" value=(next);
                button.primary type="submit" { (label.clone().unwrap_or_else(|| tr.t("sso-sign-in"))) }
            }
            @if methods.password {
                p.sso-or { (tr.t("sso-or-password")) }
            } @else {
                p { (tr.t("sso-password-off")) }
            }
        }
    }
}

/// The page of a refused single sign-on: why, and the way back.
pub fn refused(page: &Page, message: &Msg) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("sso-refused-title"),
        html! {
            (Header::new(tr.t("sso-refused-title")).render(page))
            (alert_text(Alert::Error, &tr.msg(message)))
            p { a href="/sign-in" { (tr.t("sso-back")) } }
        },
    )
}
