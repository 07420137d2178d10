//! What the invitation pages share: notices, labels, options, the event header, progress and
//! the row actions.

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use crate::domain::{EventStatus, InvitationState, ParticipantRole};
use crate::entities::event;
use crate::i18n::{Lang, Tr};
use crate::invitations::rules::{Delivery, InvitationRow, Progress};
use crate::participants::names::state_choices;
use crate::reference::Reference;
use crate::web::components::{self as c, Alert, EventTab, Header, Record};
use crate::web::extract::Page;

/// A confirmation shown after a redirect: which action, and its counts.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct Notice {
    /// What was done: invited, imported, copied, reminded, resent, revoked, extended,
    /// paragraph, delegation, nominated.
    pub done: String,
    /// How many.
    pub n: Option<u64>,
    /// How many were left out.
    pub skipped: Option<u64>,
}

impl Notice {
    pub(super) fn render(&self, tr: Tr) -> Markup {
        let key = match self.done.as_str() {
            "invited" => "inv-done-invited",
            "imported" => "inv-done-imported",
            "copied" => "inv-done-copied",
            "reminded" => "inv-done-reminded",
            "resent" => "inv-done-resent",
            "revoked" => "inv-done-revoked",
            "extended" => "inv-done-extended",
            "paragraph" => "inv-done-paragraph",
            "delegation" => "deleg-done-created",
            "nominated" => "nom-done",
            _ => return html! {},
        };
        let n = self.n.unwrap_or(0).to_string();
        let skipped = self.skipped.unwrap_or(0).to_string();
        let kind = if self.skipped.unwrap_or(0) > 0 { Alert::Warning } else { Alert::Success };
        c::alert_text(kind, &tr.ta(key, &[("count", &n), ("skipped", &skipped)]))
    }
}

pub(super) fn role_label(tr: Tr, role: &str) -> String {
    tr.t(&format!("inv-role-{role}"))
}

pub(super) fn state_badge(tr: Tr, state: InvitationState) -> Markup {
    c::state_badge(tr, Record::Invitation, state.as_str())
}

/// The delivery of the last email, with the mail server's reason when it failed.
pub(super) fn delivery(tr: Tr, d: &Delivery) -> Markup {
    html! {
        (c::state_badge(tr, Record::Delivery, d.state.as_str()))
        @if let Some(err) = &d.error { br; span.meta.error { (err) } }
    }
}

pub(super) fn role_options(tr: Tr) -> Vec<(String, String)> {
    ParticipantRole::ALL.iter().map(|r| (r.as_str().to_owned(), role_label(tr, r.as_str()))).collect()
}

pub(super) fn language_options(tr: Tr) -> Vec<(String, String)> {
    Lang::ALL.iter().map(|l| (l.code().to_owned(), tr.t(&format!("language-{}", l.code())))).collect()
}

pub(super) fn country_options(tr: Tr, reference: &Reference) -> Vec<(String, String)> {
    let mut choices = state_choices(reference, tr.lang());
    for (iso3, name) in &mut choices {
        name.push_str(&format!(" ({iso3})"));
    }
    choices
}

pub(super) fn local_day(event: &event::Model, t: DateTime<Utc>) -> chrono::NaiveDate {
    match event.time_zone.parse::<chrono_tz::Tz>() {
        Ok(tz) => t.with_timezone(&tz).date_naive(),
        Err(_) => t.date_naive(),
    }
}

/// The top of every invitations page: trail, title and the event's sections, with a warning
/// while the event is a draft or once it is cancelled. `sub` for a page below the section.
pub(super) fn header(page: &Page, e: &event::Model, tab: EventTab, title: &str, sub: bool) -> Markup {
    let tr = page.tr;
    let header = if sub {
        Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), tab, title)
    } else {
        Header::event(tr, e.id, &crate::events::content::title(e, tr.lang()), tab, title)
    };
    html! {
        (header.render(page))
        @if e.status == EventStatus::Draft { (c::alert_text(Alert::Warning, &tr.t("inv-draft-warning"))) }
        @if e.status == EventStatus::Cancelled { (c::alert_text(Alert::Warning, &tr.t("event-cancelled-notice"))) }
    }
}

/// The delivery progress bar with its counts; the script refreshes it while mail is queued.
pub(super) fn progress(tr: Tr, event_id: i32, p: &Progress) -> Markup {
    let done = p.sent + p.failed;
    html! {
        section #delivery data-progress-url={ "/organiser/events/" (event_id) "/invitations/progress" } data-queued=(p.queued) {
            h2 { (tr.t("inv-delivery-title")) }
            progress #delivery-bar max=(p.total.max(1)) value=(done) { (done) " / " (p.total) }
            p.counts {
                (tr.t("inv-delivery-queued")) " " strong data-count="queued" { (p.queued) } " · "
                (tr.t("inv-delivery-sent")) " " strong data-count="sent" { (p.sent) } " · "
                (tr.t("inv-delivery-failed")) " " strong data-count="failed" { (p.failed) }
                " · " a href={ "/organiser/events/" (event_id) "/invitations" } { (tr.t("inv-refresh")) }
            }
        }
    }
}

/// A one-button form acting on a row; `row` names the row for screen readers.
pub(super) struct RowAction<'a> {
    pub(super) action: &'a str,
    pub(super) label: &'a str,
    pub(super) row: &'a str,
    pub(super) confirm: Option<String>,
    pub(super) back: &'a str,
}

pub(super) fn action_form(tr: Tr, csrf: &str, a: RowAction<'_>) -> Markup {
    html! {
        form.inline method="post" action=(a.action) {
            (c::csrf_field(csrf))
            @if !a.back.is_empty() { input type="hidden" name="back" value=(a.back); }
            button.link type="submit" data-confirm=[a.confirm] { (tr.t(a.label)) (c::for_row(a.row)) }
        }
    }
}

pub(super) fn row_actions(tr: Tr, page: &Page, e: &event::Model, row: &InvitationRow, back: &str) -> Markup {
    let base = format!("/organiser/events/{}/invitations/{}", e.id, row.invitation.id);
    let open = matches!(
        row.shown,
        InvitationState::Queued | InvitationState::Sent | InvitationState::Failed | InvitationState::Opened
    );
    let answered =
        matches!(row.shown, InvitationState::Registered | InvitationState::Declined | InvitationState::Revoked);
    let suggested = local_day(e, row.invitation.expires_at + chrono::Duration::days(7)).format("%Y-%m-%d").to_string();
    let p = &row.person;
    let name = crate::invitations::rules::full_name(p.title.as_deref(), &p.given_name, &p.family_name);
    let act = |path: &str, label: &str, confirm: Option<String>| {
        action_form(tr, &page.csrf, RowAction { action: &format!("{base}/{path}"), label, row: &name, confirm, back })
    };
    html! {
        div.row-actions {
            @if open { (act("resend", "inv-action-resend", None)) }
            @if !answered {
                (act("revoke", "inv-action-revoke", Some(tr.t("inv-confirm-revoke"))))
                form.inline method="post" action={ (base) "/extend" } {
                    (c::csrf_field(&page.csrf))
                    @if !back.is_empty() { input type="hidden" name="back" value=(back); }
                    label.visually-hidden for={ "expires-" (row.invitation.id) } { (tr.t("inv-field-expires-on")) (c::for_row(&name)) }
                    input id={ "expires-" (row.invitation.id) } name="expires_on" type="date" value=(suggested) required;
                    button.link type="submit" { (tr.t("inv-action-extend")) (c::for_row(&name)) }
                }
            }
        }
    }
}
