//! The organiser's list of an event's invitations.

use maud::{Markup, html};

use super::parts::{Notice, delivery_text, header, local_day, progress, role_label, row_actions, state_badge};
use crate::domain::{EventStatus, InvitationKind};
use crate::error::FieldErrors;
use crate::invitations::input::ListQuery;
use crate::invitations::rules::Listing;
use crate::reference::Reference;
use crate::web::components::{self as c, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// The organiser's invitation list of one event.
pub fn list(
    page: &Page,
    reference: &Reference,
    l: &Listing,
    q: &ListQuery,
    notice: &Notice,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let e = &l.event;
    let title = tr.ta("inv-list-title", &[("event", &e.title)]);
    let base = format!("/organiser/events/{}/invitations", e.id);
    let none = FieldErrors::new();
    let states: Vec<(String, String)> = l
        .counts
        .iter()
        .map(|(s, n)| (s.as_str().to_owned(), format!("{} ({n})", tr.t(&format!("inv-state-{}", s.as_str())))))
        .collect();
    let open = e.status != EventStatus::Cancelled;
    layout::page(
        page,
        &title,
        html! {
            (header(tr, e, "invitations"))
            h1 { (title) }
            (notice.render(tr))
            (c::error_summary(tr, errors))
            @if open {
                div.actions {
                    a.button.primary href={ (base) "/new" } { (tr.t("inv-action-invite-one")) }
                    a.button href={ (base) "/import" } { (tr.t("inv-action-import")) }
                    a.button href={ (base) "/copy" } { (tr.t("inv-action-copy")) }
                    form.inline method="post" action={ (base) "/remind" } {
                        (c::csrf_field(&page.csrf))
                        button type="submit" data-confirm=(tr.t("inv-confirm-remind")) { (tr.t("inv-action-remind")) }
                    }
                }
            }
            (progress(tr, e.id, &l.progress))
            @if open {
                details #paragraph {
                    summary { (tr.t("inv-paragraph-title")) }
                    form.stack method="post" action={ (base) "/paragraph" } {
                        (c::csrf_field(&page.csrf))
                        p.hint { (tr.t("inv-paragraph-hint")) }
                        (c::textarea(tr, errors, "email_paragraph", "inv-field-paragraph", e.email_paragraph.as_deref().unwrap_or("")))
                        button type="submit" { (tr.t("action-save")) }
                    }
                }
            }
            form.filters method="get" action=(base) {
                (c::input(tr, &none, Input::text("q", "inv-field-search", &q.q).kind("search")))
                (c::select(tr, &none, "state", "field-status", &states, &q.state, false))
                button type="submit" { (tr.t("action-filter")) }
            }
            p { (tr.ta("inv-count", &[("count", &l.total.to_string())])) }
            @if !l.rows.is_empty() {
                table.list.invitations {
                    thead { tr {
                        th scope="col" { (tr.t("inv-col-person")) }
                        th scope="col" { (tr.t("inv-col-role")) }
                        th scope="col" { (tr.t("field-status")) }
                        th scope="col" { (tr.t("inv-col-delivery")) }
                        th scope="col" { (tr.t("inv-col-expires")) }
                        th scope="col" { span.visually-hidden { (tr.t("schedule-actions")) } }
                    } }
                    tbody {
                        @for row in &l.rows {
                            @let p = &row.person;
                            tr id={ "invitation-" (row.invitation.id) } {
                                td {
                                    (crate::invitations::rules::full_name(p.title.as_deref(), &p.given_name, &p.family_name)) br;
                                    span.meta { (p.email) }
                                    @if let Some(org) = &p.organisation { br; span.meta { (org) } }
                                    @if let Some(country) = &p.country_iso3 { " " span.meta { "(" (reference.country_name(country)) ")" } }
                                }
                                td {
                                    @if row.invitation.kind == InvitationKind::Nomination {
                                        (tr.ta("inv-focal-point-of", &[("country", row.delegation_country.as_deref().map(|c| reference.country_name(c)).unwrap_or(""))]))
                                    } @else {
                                        (role_label(tr, row.invitation.role))
                                        @if let Some(pos) = &row.invitation.position { br; span.meta { (pos) } }
                                    }
                                }
                                td { (state_badge(tr, row.shown))
                                    @if row.invitation.reminders_sent > 0 { br; span.meta { (tr.ta("inv-reminders", &[("count", &row.invitation.reminders_sent.to_string())])) } }
                                }
                                td {
                                    @if let Some(d) = &row.delivery {
                                        span class={ "delivery-" (d.state) } { (delivery_text(tr, d.state)) }
                                        @if let Some(err) = &d.error { br; span.meta.error { (err) } }
                                    }
                                }
                                td { (c::date(tr, local_day(e, row.invitation.expires_at))) }
                                td.actions { @if open { (row_actions(tr, page, e, row, "")) } }
                            }
                        }
                    }
                }
            }
            (c::pagination(tr, &base, &q.without_page(), l.page, l.pages))
        },
    )
}
