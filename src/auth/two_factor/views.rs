//! Views of two-factor sign-in: the code page, enrolment (QR code and text), the recovery
//! codes shown once, and the account's two-factor page.

use maud::{Markup, PreEscaped, html};

use super::TwoFactorStatus;
use crate::error::{FieldErrors, Msg};
use crate::web::components::{
    self as c, Alert, Header, Input, Tone, alert, alert_text, csrf_field, input, with_error_summary,
};
use crate::web::extract::Page;
use crate::web::layout;

/// At most this many recovery codes left, the page says to make new ones.
const FEW_RECOVERY_CODES: u64 = 2;

/// The page asking for a code after the right password.
pub fn code_page(page: &Page, errors: &FieldErrors, notice: Option<&Msg>) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("two-factor-code-title"),
        html! {
            (Header::new(tr.t("two-factor-code-title")).lead(html! { (tr.t("two-factor-code-intro")) }).render(page))
            @if let Some(m) = notice { (alert_text(Alert::Error, &tr.msg(m))) }
            (with_error_summary(tr, errors, html! {
                form.stack method="post" action="/sign-in/two-factor" {
                    (csrf_field(&page.csrf))
                    (input(tr, errors, Input::text("code", "field-two-factor-code", "").required().hint("hint-two-factor-code")))
                    button.primary type="submit" { (tr.t("sign-in-submit")) }
                }
            }))
        },
    )
}

/// The secret to scan (QR code) or type (text), and the form for the first code.
fn enrol_form(page: &Page, status: &TwoFactorStatus, errors: &FieldErrors, action: &str) -> Markup {
    let tr = page.tr;
    html! {
        ol.stack {
            li { (tr.t("two-factor-enrol-step-scan")) }
            li { (tr.t("two-factor-enrol-step-code")) }
        }
        @if let Some(svg) = &status.pending_qr {
            figure.qr #two-factor-qr { (PreEscaped(svg)) }
        }
        @if let Some(secret) = &status.pending_secret {
            p { (tr.t("two-factor-enrol-text")) " " code.link-out #two-factor-secret { (secret) } }
        }
        (with_error_summary(tr, errors, html! {
            form.stack method="post" action=(action) {
                (csrf_field(&page.csrf))
                (input(tr, errors, Input::text("code", "field-two-factor-code", "").required().hint("hint-two-factor-code")))
                button.primary type="submit" { (tr.t("two-factor-enrol-submit")) }
            }
        }))
    }
}

/// The enrolment an admin must finish before signing in.
pub fn forced_enrolment(page: &Page, status: &TwoFactorStatus, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("two-factor-title"),
        html! {
            (Header::new(tr.t("two-factor-title")).render(page))
            (alert_text(Alert::Warning, &tr.t("two-factor-required")))
            (enrol_form(page, status, errors, "/sign-in/two-factor/enrol"))
        },
    )
}

/// The recovery codes just issued, shown this once, and where to go on.
pub fn recovery_codes(page: &Page, codes: &[String], continue_to: &str) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("two-factor-recovery-title"),
        html! {
            (Header::new(tr.t("two-factor-recovery-title")).render(page))
            (alert(Alert::Success, html! {
                p { (tr.t("two-factor-recovery-intro")) }
                ul #recovery-codes { @for code in codes { li { code { (code) } } } }
            }))
            p { a.button.primary href=(continue_to) { (tr.t("two-factor-continue")) } }
        },
    )
}

/// What the account's two-factor page shows besides the state: errors and a notice.
#[derive(Debug, Default)]
pub struct AccountNotice {
    /// Problems with the form sent.
    pub errors: FieldErrors,
    /// `on`, `off` or nothing: what was just done.
    pub done: Option<String>,
    /// Enrolment is impossible: no key is configured.
    pub no_key: bool,
}

/// The account's two-factor page: off (start), enrolling (scan and confirm), or on
/// (recovery codes left, regenerate, turn off).
pub fn account(page: &Page, status: &TwoFactorStatus, notice: &AccountNotice) -> Markup {
    let tr = page.tr;
    let errors = &notice.errors;
    layout::page(
        page,
        &tr.t("two-factor-title"),
        html! {
            (Header::new(tr.t("two-factor-title")).lead(html! { (tr.t("two-factor-intro")) }).render(page))
            (crate::auth::account_views::account_nav(tr, "/account/two-factor"))
            @match notice.done.as_deref() {
                Some("off") => (alert_text(Alert::Success, &tr.t("two-factor-turned-off"))),
                _ => {},
            }
            @if status.on {
                p { (c::badge(Tone::Ok, &tr.t("two-factor-state-on"))) " "
                    (tr.ta("two-factor-recovery-left", &[("count", &status.recovery_codes_left.to_string())])) }
                @if status.recovery_codes_left <= FEW_RECOVERY_CODES {
                    (alert_text(Alert::Warning, &tr.ta("two-factor-recovery-few", &[("count", &status.recovery_codes_left.to_string())])))
                }
                h2 { (tr.t("two-factor-recovery-title")) }
                form.stack method="post" action="/account/two-factor/recovery-codes" {
                    (csrf_field(&page.csrf))
                    (input(tr, errors, Input::text("confirm_codes", "field-two-factor-confirm", "").kind("password").required()))
                    button type="submit" { (tr.t("two-factor-recovery-regenerate")) }
                }
                h2 { (tr.t("two-factor-off-title")) }
                (with_error_summary(tr, errors, html! {
                    form.stack method="post" action="/account/two-factor/off" {
                        (csrf_field(&page.csrf))
                        (input(tr, errors, Input::text("confirm", "field-two-factor-confirm", "").kind("password").required()))
                        button type="submit" { (tr.t("two-factor-off-submit")) }
                    }
                }))
            } @else if status.pending_secret.is_some() {
                (enrol_form(page, status, errors, "/account/two-factor/confirm"))
            } @else {
                p { (c::badge(Tone::Off, &tr.t("two-factor-state-off"))) }
                @if notice.no_key {
                    (alert_text(Alert::Warning, &tr.t("err-two-factor-no-key")))
                } @else {
                    form method="post" action="/account/two-factor/start" {
                        (csrf_field(&page.csrf))
                        button.primary type="submit" { (tr.t("two-factor-start")) }
                    }
                }
            }
        },
    )
}
