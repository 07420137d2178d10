//! The page a dead participant link leads to: "email me a new link".

use maud::{Markup, html};

use crate::error::FieldErrors;
use crate::web::components::{self as c, Alert, Header, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// The form asking for the address registered with; once sent, the same answer for any address.
pub fn page(page: &Page, email: &str, errors: &FieldErrors, sent: bool) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("new-links-title"),
        html! {
            (Header::new(tr.t("new-links-title")).render(page))
            @if sent {
                (c::alert_text(Alert::Success, &tr.t("new-links-sent")))
            } @else {
                p { (tr.t("new-links-intro")) }
                (c::with_error_summary(tr, errors, html! {
                    form.stack method="post" action="/links/new" {
                        (c::csrf_field(&page.csrf))
                        (c::input(tr, errors, Input::text("email", "field-email", email).kind("email").required()))
                        button.primary type="submit" { (tr.t("new-links-submit")) }
                    }
                }))
            }
        },
    )
}
