//! The donor portal: its sign-in page, the page a link opens, the contact's dashboard, and the
//! admin's view of a donor's report.

use maud::{Markup, html};

use super::report_body;
use crate::donors::report::DonorReport;
use crate::error::FieldErrors;
use crate::web::components::{self as c, Alert, Header, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// The donor contact's dashboard.
pub fn dashboard(page: &Page, r: &DonorReport) -> Markup {
    let tr = page.tr;
    let title = tr.ta("don-dashboard-title", &[("donor", &r.donor)]);
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone())
                .actions(html! {
                    form.inline method="post" action="/donor/sign-out" {
                        (c::csrf_field(&page.csrf))
                        button type="submit" { (tr.t("nav-sign-out")) }
                    }
                })
                .render(page))
            (report_body(tr, r, "/donor"))
        },
    )
}

/// An admin's view of one donor's report.
pub fn admin_report(page: &Page, r: &DonorReport) -> Markup {
    let tr = page.tr;
    let base = format!("/admin/donors/{}", r.donor_id);
    let title = tr.ta("don-dashboard-title", &[("donor", &r.donor)]);
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone())
                .crumb(tr.t("don-donors"), "/organiser/donors")
                .crumb(r.donor.clone(), format!("/organiser/donors/{}", r.donor_id))
                .render(page))
            (report_body(tr, r, &base))
        },
    )
}

/// The donor portal's sign-in page: an address, and a link by email.
pub fn sign_in(page: &Page, email: &str, errors: &FieldErrors, sent: bool) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("don-sign-in-title"),
        html! {
            (Header::new(tr.t("don-sign-in-title")).render(page))
            @if sent { (c::alert_text(Alert::Success, &tr.t("don-link-sent"))) }
            p { (tr.t("don-sign-in-intro")) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" action="/donor/sign-in" {
                    (c::csrf_field(&page.csrf))
                    (c::input(tr, errors, Input::text("email", "field-email", email).kind("email").required()))
                    button.primary type="submit" { (tr.t("don-send-link")) }
                }
            }))
        },
    )
}

/// The page a donor's link opens: a button, so mail scanners change nothing.
pub fn link_page(page: &Page, token: &str) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("don-sign-in-title"),
        html! {
            (Header::new(tr.t("don-sign-in-title")).render(page))
            form method="post" action={ "/donor/link/" (token) } {
                (c::csrf_field(&page.csrf))
                button.primary type="submit" { (tr.t("don-open-portal")) }
            }
        },
    )
}
