//! The page a dead participant link leads to: "email me a new link".

use maud::{Markup, html};

use crate::error::FieldErrors;
use crate::web::components::{self as c, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// The form asking for the address registered with; once sent, the same answer for any address.
pub fn page(page: &Page, email: &str, errors: &FieldErrors, sent: bool) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("new-links-title"),
        html! {
            h1 { (tr.t("new-links-title")) }
            @if sent {
                p.notice.success role="status" { (tr.t("new-links-sent")) }
            } @else {
                p { (tr.t("new-links-intro")) }
                (c::error_summary(tr, errors))
                form.stack method="post" action="/links/new" {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, errors, Input::text("email", "field-email", email).kind("email").required()))
                    button.primary type="submit" { (tr.t("new-links-submit")) }
                }
            }
        },
    )
}
