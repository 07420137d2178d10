//! The delegations page: each State's focal point, quota and nominees.

use maud::{Markup, html};

use super::parts::{Notice, RowAction, action_form, country_options, delivery, header, language_options, state_badge};
use crate::domain::{EventStatus, InvitationState};
use crate::entities::event;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::invitations::delegations::{DelegationRow, Nominee};
use crate::invitations::input::{DelegationForm, NomineeForm, row_fields};
use crate::reference::Reference;
use crate::web::components::{self as c, EventTab, Input, Table};
use crate::web::extract::Page;
use crate::web::layout;

pub(super) fn nominee_list(tr: Tr, nominees: &[Nominee]) -> Markup {
    html! {
        ul.nominees {
            @for n in nominees {
                li {
                    (crate::invitations::rules::full_name(n.person.title.as_deref(), &n.person.given_name, &n.person.family_name))
                    @if let Some(pos) = &n.invitation.position { ", " (pos) }
                    @if n.is_head() { " " strong.head { "(" (tr.t("inv-role-head_of_delegation")) ")" } }
                }
            }
        }
    }
}

/// The focal point's cell: name, address, invitation state and delivery, and a resend.
fn focal_point(page: &Page, e: &event::Model, r: &DelegationRow, open: bool) -> Markup {
    let tr = page.tr;
    let fp = &r.focal_point;
    let name = crate::invitations::rules::full_name(fp.title.as_deref(), &fp.given_name, &fp.family_name);
    let resendable = matches!(
        r.focal_state,
        Some(InvitationState::Queued | InvitationState::Sent | InvitationState::Failed | InvitationState::Opened)
    );
    html! {
        (name) br;
        span.meta { (fp.email) } br;
        @if let Some(s) = r.focal_state { (state_badge(tr, s)) " " }
        @if let Some(d) = &r.delivery { (delivery(tr, d)) }
        @if let (true, true, Some(inv)) = (open, resendable, &r.focal_invitation) {
            br;
            (action_form(tr, &page.csrf, RowAction {
                action: &format!("/organiser/events/{}/invitations/{}/resend", e.id, inv.id),
                label: "inv-action-resend",
                row: &name,
                confirm: None,
                back: "delegations",
            }))
        }
    }
}

fn delegation_row(page: &Page, e: &event::Model, r: &DelegationRow, open: bool) -> Markup {
    let tr = page.tr;
    html! {
        tr id={ "delegation-" (r.delegation.id) } {
            td { (r.country_name) " " span.meta { "(" (r.delegation.country_iso3) ")" } }
            td { (r.regional_group.as_deref().unwrap_or("—")) }
            td { (focal_point(page, e, r, open)) }
            td { (r.delegation.seat_quota) }
            td {
                (tr.ta("deleg-nominated", &[("count", &r.nominees.len().to_string()), ("quota", &r.delegation.seat_quota.to_string())]))
                (nominee_list(tr, &r.nominees))
            }
            td {
                @if let Some(nv) = &r.delegation.note_verbale_ref { (nv) br; }
                @if let Some(d) = r.delegation.note_verbale_date { span.meta { (c::date(tr, d)) } br; }
                @if let Some(doc) = &r.note_verbale {
                    a href={ "/organiser/events/" (e.id) "/delegations/" (r.delegation.id) "/note-verbale" } download { (tr.t("deleg-download")) (c::for_row(&r.country_name)) }
                    " " span.meta { "(" (doc.filename) ", " (doc.size / 1024 + 1) " KB)" }
                }
            }
        }
    }
}

fn table(page: &Page, e: &event::Model, rows: &[DelegationRow], title: &str, open: bool) -> Markup {
    let tr = page.tr;
    Table::under_heading(title).class("list delegations").render(html! {
        thead { tr {
            th scope="col" { (tr.t("deleg-col-state")) }
            th scope="col" { (tr.t("deleg-col-group")) }
            th scope="col" { (tr.t("deleg-col-focal-point")) }
            th scope="col" { (tr.t("deleg-col-quota")) }
            th scope="col" { (tr.t("deleg-col-nominees")) }
            th scope="col" { (tr.t("deleg-col-note-verbale")) }
        } }
        tbody { @for r in rows { (delegation_row(page, e, r, open)) } }
    })
}

fn invite_state_form(
    page: &Page,
    reference: &Reference,
    e: &event::Model,
    form: &DelegationForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    html! {
        section #invite-state {
            h2 { (tr.t("deleg-new-title")) }
            p.hint { (tr.t("deleg-new-hint")) }
            form.stack method="post" action={ "/organiser/events/" (e.id) "/delegations" } {
                (c::csrf_field(&page.csrf))
                (c::select(tr, errors, "country", "deleg-field-state", &country_options(tr, reference), &form.country, true))
                (c::input(tr, errors, Input::text("seat_quota", "deleg-field-quota", &form.seat_quota).kind("number").required().hint("deleg-hint-quota")))
                fieldset {
                    legend { (tr.t("deleg-focal-point")) }
                    (c::input(tr, errors, Input::text("email", "field-email", &form.email).kind("email").required()))
                    (c::input(tr, errors, Input::text("title", "inv-field-title", &form.title).hint("inv-hint-title")))
                    (c::input(tr, errors, Input::text("given_name", "inv-field-given-name", &form.given_name).required()))
                    (c::input(tr, errors, Input::text("family_name", "inv-field-family-name", &form.family_name).required()))
                    (c::select(tr, errors, "language", "inv-field-language", &language_options(tr), &form.language, true))
                }
                button.primary type="submit" { (tr.t("deleg-submit")) }
            }
        }
    }
}

/// The delegations of an event and the form to invite a State.
pub fn delegations(
    page: &Page,
    reference: &Reference,
    e: &event::Model,
    rows: &[DelegationRow],
    form: &DelegationForm,
    errors: &FieldErrors,
    notice: &Notice,
) -> Markup {
    let tr = page.tr;
    let title = tr.ta("deleg-list-title", &[("event", &e.title)]);
    let open = e.status != EventStatus::Cancelled;
    layout::page(
        page,
        &title,
        html! {
            (header(page, e, EventTab::Delegations, &title, false))
            (notice.render(tr))
            (c::with_error_summary(tr, errors, html! {
                p { (tr.ta("deleg-count", &[("count", &rows.len().to_string())])) }
                @if rows.is_empty() {
                    (c::empty_state(&tr.t("empty-delegations"), html! { @if open { (tr.t("empty-delegations-next")) } }))
                } @else {
                    (table(page, e, rows, &title, open))
                }
                @if open { (invite_state_form(page, reference, e, form, errors)) }
            }))
        },
    )
}

pub(super) fn nominee_row(
    tr: Tr,
    i: usize,
    row: &NomineeForm,
    head: &str,
    errors: &FieldErrors,
    with_head: bool,
) -> Markup {
    let [title, given, family, email, position] = row_fields(i);
    html! {
        fieldset.nominee {
            legend { (tr.ta("nom-row", &[("n", &i.to_string())])) }
            (c::input(tr, errors, Input::text(title, "inv-field-title", &row.title)))
            (c::input(tr, errors, Input::text(given, "inv-field-given-name", &row.given_name)))
            (c::input(tr, errors, Input::text(family, "inv-field-family-name", &row.family_name)))
            (c::input(tr, errors, Input::text(email, "field-email", &row.email).kind("email")))
            (c::input(tr, errors, Input::text(position, "nom-field-position", &row.position)))
            @if with_head {
                div.field.check {
                    input id={ "head-" (i) } type="radio" name="head" value=(i) checked[head == i.to_string()];
                    label for={ "head-" (i) } { (tr.t("nom-field-head")) }
                }
            }
        }
    }
}
