//! The organiser's list of an event's invitations.

use maud::{Markup, html};

use super::parts::{Notice, delivery, header, local_day, progress, role_label, row_actions, state_badge};
use crate::domain::{EventStatus, InvitationKind};
use crate::entities::event;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::invitations::input::ListQuery;
use crate::invitations::rules::{InvitationRow, Listing};
use crate::participants::names::state_name;
use crate::reference::Reference;
use crate::web::components::{self as c, EventTab, Input, Table};
use crate::web::extract::Page;
use crate::web::layout;

/// The ways to invite people, and the reminder to everyone who has not answered.
fn actions(page: &Page, base: &str) -> Markup {
    let tr = page.tr;
    html! {
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
}

/// The event's own paragraph in the invitation emails, folded away.
fn paragraph_form(page: &Page, e: &event::Model, base: &str, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    html! {
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
}

fn row(page: &Page, reference: &Reference, e: &event::Model, row: &InvitationRow, open: bool) -> Markup {
    let tr = page.tr;
    let p = &row.person;
    html! {
        tr id={ "invitation-" (row.invitation.id) } {
            td {
                (crate::invitations::rules::full_name(p.title.as_deref(), &p.given_name, &p.family_name)) br;
                span.meta { (p.email) }
                @if let Some(org) = &p.organisation { br; span.meta { (org) } }
                @if let Some(country) = &p.country_iso3 { " " span.meta { "(" (state_name(reference, country, tr.lang())) ")" } }
            }
            td {
                @if row.invitation.kind == InvitationKind::Nomination {
                    (tr.ta("inv-focal-point-of", &[("country", &row.delegation_country.as_deref().map(|c| state_name(reference, c, tr.lang())).unwrap_or_default())]))
                } @else {
                    (role_label(tr, row.invitation.role.as_str()))
                    @if let Some(pos) = &row.invitation.position { br; span.meta { (pos) } }
                }
            }
            td { (state_badge(tr, row.shown))
                @if row.invitation.reminders_sent > 0 { br; span.meta { (tr.ta("inv-reminders", &[("count", &row.invitation.reminders_sent.to_string())])) } }
            }
            td { @if let Some(d) = &row.delivery { (delivery(tr, d)) } }
            td { (c::date(tr, local_day(e, row.invitation.expires_at))) }
            td.actions { @if open { (row_actions(tr, page, e, row, "")) } }
        }
    }
}

fn table(page: &Page, reference: &Reference, l: &Listing, title: &str, open: bool) -> Markup {
    let tr = page.tr;
    Table::under_heading(title).class("list invitations").render(html! {
        thead { tr {
            th scope="col" { (tr.t("inv-col-person")) }
            th scope="col" { (tr.t("inv-col-role")) }
            th scope="col" { (tr.t("field-status")) }
            th scope="col" { (tr.t("inv-col-delivery")) }
            th scope="col" { (tr.t("inv-col-expires")) }
            th scope="col" { span.visually-hidden { (tr.t("schedule-actions")) } }
        } }
        tbody { @for r in &l.rows { (row(page, reference, &l.event, r, open)) } }
    })
}

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
            (header(page, e, EventTab::Invitations, &title, false))
            (notice.render(tr))
            (c::with_error_summary(tr, errors, html! {
                @if open { (actions(page, &base)) }
                (progress(tr, e.id, &l.progress))
                @if open { (paragraph_form(page, e, &base, errors)) }
            }))
            form.filters method="get" action=(base) role="search" aria-label=(tr.t("action-filter")) {
                (c::input(tr, &none, Input::text("q", "inv-field-search", &q.q).kind("search")))
                (c::select(tr, &none, "state", "field-status", &states, &q.state, false))
                button type="submit" { (tr.t("action-filter")) }
            }
            p { (tr.ta("inv-count", &[("count", &l.total.to_string())])) }
            @if l.rows.is_empty() {
                (c::empty_state(&tr.t("empty-invitations"), html! { @if open { (empty_next(tr, &base)) } }))
            } @else {
                (table(page, reference, l, &title, open))
            }
            (c::pagination(tr, &base, &q.without_page(), l.page, l.pages))
        },
    )
}

fn empty_next(tr: Tr, base: &str) -> Markup {
    html! { a href={ (base) "/new" } { (tr.t("empty-invitations-next")) } }
}
