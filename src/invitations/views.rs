//! Views of invitations: the organiser's list with its actions and delivery progress, the
//! forms to invite one person, import a CSV (with its preview) or copy an earlier event's
//! people, the delegations page, and the focal point's nomination page. Views get plain
//! data; they never query.

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use super::delegations::{DelegationRow, NominationPage, Nominee};
use super::input::{
    CopyForm, DelegationForm, InviteForm, ListQuery, MAX_QUOTA, NominationForm, NomineeForm, row_fields,
};
use super::rules::{ImportPreview, InvitationRow, Listing, Progress};
use crate::domain::{EventStatus, InvitationKind, InvitationState, ParticipantRole};
use crate::entities::event;
use crate::error::FieldErrors;
use crate::i18n::{Lang, Tr};
use crate::reference::Reference;
use crate::web::components::{self as c, Input};
use crate::web::extract::Page;
use crate::web::layout;

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
    fn render(&self, tr: Tr) -> Markup {
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
        html! { p.notice role="status" { (tr.ta(key, &[("count", &n), ("skipped", &skipped)])) } }
    }
}

fn role_label(tr: Tr, role: &str) -> String {
    tr.t(&format!("inv-role-{role}"))
}

fn state_badge(tr: Tr, state: InvitationState) -> Markup {
    html! { span class={ "badge inv-" (state.as_str()) } { (tr.t(&format!("inv-state-{}", state.as_str()))) } }
}

fn delivery_text(tr: Tr, state: &str) -> String {
    tr.t(&format!("delivery-{state}"))
}

fn role_options(tr: Tr) -> Vec<(String, String)> {
    ParticipantRole::ALL.iter().map(|r| (r.as_str().to_owned(), role_label(tr, r.as_str()))).collect()
}

fn language_options(tr: Tr) -> Vec<(String, String)> {
    Lang::ALL.iter().map(|l| (l.code().to_owned(), tr.t(&format!("language-{}", l.code())))).collect()
}

fn country_options(reference: &Reference) -> Vec<(String, String)> {
    reference.countries.iter().map(|c| (c.iso3.clone(), format!("{} ({})", c.name, c.iso3))).collect()
}

fn local_day(event: &event::Model, t: DateTime<Utc>) -> chrono::NaiveDate {
    match event.time_zone.parse::<chrono_tz::Tz>() {
        Ok(tz) => t.with_timezone(&tz).date_naive(),
        Err(_) => t.date_naive(),
    }
}

/// The top of every invitations page: back link, title and the event's section tabs.
fn header(tr: Tr, e: &event::Model, current: &str) -> Markup {
    let tab = |path: &str, key: &str| {
        html! {
            a href={ "/organiser/events/" (e.id) "/" (path) } aria-current=[(current == path).then_some("page")] { (tr.t(key)) }
        }
    };
    html! {
        p.meta { a href={ "/organiser/events/" (e.id) } { "← " (e.title) } }
        nav.tabs aria-label=(tr.t("event-tabs")) {
            (tab("invitations", "tab-invitations"))
            (tab("delegations", "tab-delegations"))
            (tab("registrations", "tab-registrations"))
        }
        @if e.status == EventStatus::Draft.as_str() { p.notice.warning { (tr.t("inv-draft-warning")) } }
        @if e.status == EventStatus::Cancelled.as_str() { p.notice.warning { (tr.t("event-cancelled-notice")) } }
    }
}

/// The delivery progress bar with its counts; the script refreshes it while mail is queued.
fn progress(tr: Tr, event_id: i32, p: &Progress) -> Markup {
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

fn action_form(tr: Tr, csrf: &str, action: &str, label: &str, confirm: Option<String>, back: &str) -> Markup {
    html! {
        form.inline method="post" action=(action) {
            (c::csrf_field(csrf))
            @if !back.is_empty() { input type="hidden" name="back" value=(back); }
            button.link type="submit" data-confirm=[confirm] { (tr.t(label)) }
        }
    }
}

fn row_actions(tr: Tr, page: &Page, e: &event::Model, row: &InvitationRow, back: &str) -> Markup {
    let base = format!("/organiser/events/{}/invitations/{}", e.id, row.invitation.id);
    let open = matches!(
        row.shown,
        InvitationState::Queued | InvitationState::Sent | InvitationState::Failed | InvitationState::Opened
    );
    let answered =
        matches!(row.shown, InvitationState::Registered | InvitationState::Declined | InvitationState::Revoked);
    let suggested = local_day(e, row.invitation.expires_at + chrono::Duration::days(7)).format("%Y-%m-%d").to_string();
    html! {
        @if open { (action_form(tr, &page.csrf, &format!("{base}/resend"), "inv-action-resend", None, back)) }
        @if !answered {
            (action_form(tr, &page.csrf, &format!("{base}/revoke"), "inv-action-revoke", Some(tr.t("inv-confirm-revoke")), back))
        }
        @if !answered {
            form.inline method="post" action={ (base) "/extend" } {
                (c::csrf_field(&page.csrf))
                @if !back.is_empty() { input type="hidden" name="back" value=(back); }
                label.visually-hidden for={ "expires-" (row.invitation.id) } { (tr.t("inv-field-expires-on")) }
                input id={ "expires-" (row.invitation.id) } name="expires_on" type="date" value=(suggested) required;
                button.link type="submit" { (tr.t("inv-action-extend")) }
            }
        }
    }
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
    let open = e.status != EventStatus::Cancelled.as_str();
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
                                    (super::rules::full_name(p.title.as_deref(), &p.given_name, &p.family_name)) br;
                                    span.meta { (p.email) }
                                    @if let Some(org) = &p.organisation { br; span.meta { (org) } }
                                    @if let Some(country) = &p.country_iso3 { " " span.meta { "(" (reference.country_name(country)) ")" } }
                                }
                                td {
                                    @if row.invitation.kind == InvitationKind::Nomination.as_str() {
                                        (tr.ta("inv-focal-point-of", &[("country", row.delegation_country.as_deref().map(|c| reference.country_name(c)).unwrap_or(""))]))
                                    } @else {
                                        (role_label(tr, &row.invitation.role))
                                        @if let Some(pos) = &row.invitation.position { br; span.meta { (pos) } }
                                    }
                                }
                                td { (state_badge(tr, row.shown))
                                    @if row.invitation.reminders_sent > 0 { br; span.meta { (tr.ta("inv-reminders", &[("count", &row.invitation.reminders_sent.to_string())])) } }
                                }
                                td {
                                    @if let Some(d) = &row.delivery {
                                        span class={ "delivery-" (d.state) } { (delivery_text(tr, &d.state)) }
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

fn person_fields(tr: Tr, reference: &Reference, form: &InviteForm, errors: &FieldErrors) -> Markup {
    html! {
        (c::input(tr, errors, Input::text("email", "field-email", &form.email).kind("email").required()))
        (c::input(tr, errors, Input::text("title", "inv-field-title", &form.title).hint("inv-hint-title")))
        (c::input(tr, errors, Input::text("given_name", "inv-field-given-name", &form.given_name).required()))
        (c::input(tr, errors, Input::text("family_name", "inv-field-family-name", &form.family_name).required()))
        (c::input(tr, errors, Input::text("organisation", "inv-field-organisation", &form.organisation)))
        (c::select(tr, errors, "country", "field-country", &country_options(reference), &form.country, false))
        (c::select(tr, errors, "role", "field-role", &role_options(tr), &form.role, true))
        (c::select(tr, errors, "language", "inv-field-language", &language_options(tr), &form.language, true))
    }
}

/// The form to invite one person.
pub fn invite_form(
    page: &Page,
    reference: &Reference,
    e: &event::Model,
    form: &InviteForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.t("inv-invite-one-title");
    layout::page(
        page,
        &title,
        html! {
            (header(tr, e, "invitations"))
            h1 { (title) }
            (c::error_summary(tr, errors))
            form.stack method="post" action={ "/organiser/events/" (e.id) "/invitations" } {
                (c::csrf_field(&page.csrf))
                (person_fields(tr, reference, form, errors))
                button.primary type="submit" { (tr.t("inv-submit-invite")) }
                " " a href={ "/organiser/events/" (e.id) "/invitations" } { (tr.t("action-cancel-edit")) }
            }
        },
    )
}

fn csv_help(tr: Tr) -> Markup {
    html! {
        p.hint { (tr.t("inv-import-hint")) }
        pre.sample { code { (super::csv::COLUMNS.join(",")) "\n" "amina.diallo@example.org,Ms.,Amina,Diallo,Ministry of Foreign Affairs,TGO,head_of_delegation,fr" } }
        p.hint { (tr.ta("inv-import-roles", &[("roles", &ParticipantRole::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", "))])) }
    }
}

/// The CSV import form (paste or upload).
pub fn import_form(page: &Page, e: &event::Model, text: &str, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let title = tr.t("inv-import-title");
    layout::page(
        page,
        &title,
        html! {
            (header(tr, e, "invitations"))
            h1 { (title) }
            (c::error_summary(tr, errors))
            (csv_help(tr))
            form.stack method="post" enctype="multipart/form-data" action={ "/organiser/events/" (e.id) "/invitations/import?csrf=" (page.csrf) } {
                (c::textarea(tr, errors, "csv", "inv-field-csv", text))
                div.field {
                    label for="file" { (tr.t("inv-field-csv-file")) }
                    input #file type="file" name="file" accept=".csv,text/csv";
                }
                button.primary type="submit" { (tr.t("inv-submit-preview")) }
                " " a href={ "/organiser/events/" (e.id) "/invitations" } { (tr.t("action-cancel-edit")) }
            }
        },
    )
}

/// The preview of an import: every bad row with its line and reasons, the good rows, and
/// the button that invites them.
pub fn import_preview(page: &Page, p: &ImportPreview, text: &str) -> Markup {
    let tr = page.tr;
    let e = &p.event;
    let title = tr.t("inv-preview-title");
    let good: Vec<_> = p.good().collect();
    let bad: Vec<_> = p.bad().collect();
    layout::page(
        page,
        &title,
        html! {
            (header(tr, e, "invitations"))
            h1 { (title) }
            p.lead { (tr.ta("inv-preview-summary", &[("good", &good.len().to_string()), ("bad", &bad.len().to_string())])) }
            p { (tr.t("inv-preview-nothing-saved")) }
            @if !bad.is_empty() {
                section #bad-rows {
                    h2 { (tr.ta("inv-preview-bad", &[("count", &bad.len().to_string())])) }
                    table.list {
                        thead { tr {
                            th scope="col" { (tr.t("inv-col-line")) }
                            th scope="col" { (tr.t("field-email")) }
                            th scope="col" { (tr.t("inv-col-name")) }
                            th scope="col" { (tr.t("inv-col-problems")) }
                        } }
                        tbody {
                            @for row in &bad {
                                tr.bad-row data-line=(row.line) {
                                    td { (row.line) }
                                    td { (row.email) }
                                    td { (row.name) }
                                    td { ul { @for problem in &row.problems { li data-problem=(problem.column()) { (tr.msg(&problem.message())) } } } }
                                }
                            }
                        }
                    }
                }
            }
            @if !good.is_empty() {
                section #good-rows {
                    h2 { (tr.ta("inv-preview-good", &[("count", &good.len().to_string())])) }
                    form.stack method="post" enctype="multipart/form-data" action={ "/organiser/events/" (e.id) "/invitations/import/confirm?csrf=" (page.csrf) } {
                        input type="hidden" name="csv" value=(text);
                        button.primary type="submit" { (tr.ta("inv-submit-confirm", &[("count", &good.len().to_string())])) }
                        " " a href={ "/organiser/events/" (e.id) "/invitations/import" } { (tr.t("inv-preview-start-again")) }
                    }
                    table.list {
                        thead { tr {
                            th scope="col" { (tr.t("inv-col-line")) }
                            th scope="col" { (tr.t("field-email")) }
                            th scope="col" { (tr.t("inv-col-name")) }
                            th scope="col" { (tr.t("inv-col-role")) }
                            th scope="col" { (tr.t("inv-field-language")) }
                        } }
                        tbody {
                            @for row in &good {
                                @if let Some(i) = &row.invitee {
                                    tr.good-row data-line=(row.line) {
                                        td { (row.line) }
                                        td { (i.person.email.as_str()) }
                                        td { (super::rules::full_name(i.person.title.as_deref(), &i.person.given_name, &i.person.family_name)) }
                                        td { (role_label(tr, i.role.as_str())) }
                                        td { (tr.t(&format!("language-{}", i.person.language.code()))) }
                                    }
                                }
                            }
                        }
                    }
                }
            } @else {
                p { a href={ "/organiser/events/" (e.id) "/invitations/import" } { (tr.t("inv-preview-start-again")) } }
            }
        },
    )
}

/// The form to copy people from an earlier event.
pub fn copy_form(
    page: &Page,
    e: &event::Model,
    sources: &[event::Model],
    form: &CopyForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.t("inv-copy-title");
    let events: Vec<(String, String)> = sources
        .iter()
        .map(|s| {
            (s.id.to_string(), format!("{} — {} ({})", s.start_date.format("%Y-%m-%d"), s.title, s.programme_code))
        })
        .collect();
    let whats = vec![
        ("participants".to_owned(), tr.t("inv-copy-participants")),
        ("invitees".to_owned(), tr.t("inv-copy-invitees")),
    ];
    layout::page(
        page,
        &title,
        html! {
            (header(tr, e, "invitations"))
            h1 { (title) }
            (c::error_summary(tr, errors))
            p.hint { (tr.t("inv-copy-hint")) }
            form.stack method="post" action={ "/organiser/events/" (e.id) "/invitations/copy" } {
                (c::csrf_field(&page.csrf))
                (c::select(tr, errors, "from_event", "inv-field-from-event", &events, &form.from_event, true))
                (c::select(tr, errors, "what", "inv-field-what", &whats, &form.what, true))
                button.primary type="submit" { (tr.t("inv-submit-copy")) }
                " " a href={ "/organiser/events/" (e.id) "/invitations" } { (tr.t("action-cancel-edit")) }
            }
        },
    )
}

fn nominee_list(tr: Tr, nominees: &[Nominee]) -> Markup {
    html! {
        ul.nominees {
            @for n in nominees {
                li {
                    (super::rules::full_name(n.person.title.as_deref(), &n.person.given_name, &n.person.family_name))
                    @if let Some(pos) = &n.invitation.position { ", " (pos) }
                    @if n.is_head() { " " strong.head { "(" (tr.t("inv-role-head_of_delegation")) ")" } }
                }
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
    let open = e.status != EventStatus::Cancelled.as_str();
    layout::page(
        page,
        &title,
        html! {
            (header(tr, e, "delegations"))
            h1 { (title) }
            (notice.render(tr))
            (c::error_summary(tr, errors))
            p { (tr.ta("deleg-count", &[("count", &rows.len().to_string())])) }
            @if !rows.is_empty() {
                table.list.delegations {
                    thead { tr {
                        th scope="col" { (tr.t("deleg-col-state")) }
                        th scope="col" { (tr.t("deleg-col-group")) }
                        th scope="col" { (tr.t("deleg-col-focal-point")) }
                        th scope="col" { (tr.t("deleg-col-quota")) }
                        th scope="col" { (tr.t("deleg-col-nominees")) }
                        th scope="col" { (tr.t("deleg-col-note-verbale")) }
                    } }
                    tbody {
                        @for r in rows {
                            tr id={ "delegation-" (r.delegation.id) } {
                                td { (r.country_name) " " span.meta { "(" (r.delegation.country_iso3) ")" } }
                                td { (r.regional_group.as_deref().unwrap_or("—")) }
                                td {
                                    (super::rules::full_name(r.focal_point.title.as_deref(), &r.focal_point.given_name, &r.focal_point.family_name)) br;
                                    span.meta { (r.focal_point.email) } br;
                                    @if let Some(s) = r.focal_state { (state_badge(tr, s)) " " }
                                    @if let Some(d) = &r.delivery {
                                        span class={ "delivery-" (d.state) } { (delivery_text(tr, &d.state)) }
                                        @if let Some(err) = &d.error { br; span.meta.error { (err) } }
                                    }
                                    @if let (true, Some(inv)) = (open, &r.focal_invitation) {
                                        @if matches!(r.focal_state, Some(InvitationState::Queued | InvitationState::Sent | InvitationState::Failed | InvitationState::Opened)) {
                                            br; (action_form(tr, &page.csrf, &format!("/organiser/events/{}/invitations/{}/resend", e.id, inv.id), "inv-action-resend", None, "delegations"))
                                        }
                                    }
                                }
                                td { (r.delegation.seat_quota) }
                                td {
                                    (tr.ta("deleg-nominated", &[("count", &r.nominees.len().to_string()), ("quota", &r.delegation.seat_quota.to_string())]))
                                    (nominee_list(tr, &r.nominees))
                                }
                                td {
                                    @if let Some(nv) = &r.delegation.note_verbale_ref { (nv) br; }
                                    @if let Some(d) = r.delegation.note_verbale_date { span.meta { (c::date(tr, d)) } br; }
                                    @if let Some(doc) = &r.note_verbale {
                                        a href={ "/organiser/events/" (e.id) "/delegations/" (r.delegation.id) "/note-verbale" } download { (tr.t("deleg-download")) }
                                        " " span.meta { "(" (doc.filename) ", " (doc.size / 1024 + 1) " KB)" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if open {
                section #invite-state {
                    h2 { (tr.t("deleg-new-title")) }
                    p.hint { (tr.t("deleg-new-hint")) }
                    form.stack method="post" action={ "/organiser/events/" (e.id) "/delegations" } {
                        (c::csrf_field(&page.csrf))
                        (c::select(tr, errors, "country", "deleg-field-state", &country_options(reference), &form.country, true))
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
        },
    )
}

fn nominee_row(tr: Tr, i: usize, row: &NomineeForm, head: &str, errors: &FieldErrors, with_head: bool) -> Markup {
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

/// The focal point's page: the delegation so far and the form to nominate the rest.
pub fn nomination(
    page: &Page,
    reference: &Reference,
    np: &NominationPage,
    token: &str,
    form: &NominationForm,
    errors: &FieldErrors,
    notice: &Notice,
) -> Markup {
    let tr = page.tr;
    let e = &np.event;
    let d = &np.delegation;
    let title = tr.ta("nom-title", &[("country", &np.country_name)]);
    let remaining = usize::try_from(np.remaining).unwrap_or(0).min(usize::try_from(MAX_QUOTA).unwrap_or(50));
    let with_head = d.head_person_id.is_none();
    let empty = NomineeForm::default();
    let place = match &e.country_iso3 {
        Some(c) => format!("{}, {}", e.city, reference.country_name(c)),
        None => e.city.clone(),
    };
    layout::page(
        page,
        &title,
        html! {
            h1 { (title) }
            p.lead { (e.title) }
            p.meta { (c::date_range(tr, e.start_date, e.end_date, e.date_precision.parse().unwrap_or(crate::domain::DatePrecision::Day))) " · " (place) }
            (notice.render(tr))
            (c::error_summary(tr, errors))
            dl.details {
                dt { (tr.t("deleg-col-state")) } dd { (np.country_name) }
                dt { (tr.t("deleg-focal-point")) } dd { (super::rules::full_name(np.focal_point.title.as_deref(), &np.focal_point.given_name, &np.focal_point.family_name)) }
                dt { (tr.t("deleg-col-quota")) } dd { (d.seat_quota) }
                dt { (tr.t("nom-remaining")) } dd #remaining { (np.remaining) }
                dt { (tr.t("nom-deadline")) } dd { (c::date(tr, local_day(e, np.invitation.expires_at))) }
                @if let Some(r) = &d.note_verbale_ref { dt { (tr.t("nom-field-note-ref")) } dd { (r) } }
                @if let Some(nv) = &np.note_verbale { dt { (tr.t("deleg-col-note-verbale")) } dd { (nv.filename) } }
            }
            section #nominated {
                h2 { (tr.ta("nom-so-far", &[("count", &np.nominees.len().to_string())])) }
                @if np.nominees.is_empty() { p { (tr.t("nom-none-yet")) } } @else { (nominee_list(tr, &np.nominees)) }
            }
            section #nominate {
                h2 { (tr.t("nom-form-title")) }
                @if remaining == 0 { p.notice { (tr.t("nom-quota-full")) } }
                p.hint { (tr.t("nom-form-hint")) }
                form.stack method="post" enctype="multipart/form-data" action={ "/n/" (token) "?csrf=" (page.csrf) } {
                    div #quota {
                        @for i in 1..=remaining {
                            (nominee_row(tr, i, form.rows.get(i - 1).unwrap_or(&empty), &form.head, errors, with_head))
                        }
                    }
                    @if let Some(m) = errors.get("head") { p.field-error #head { (tr.msg(m)) } }
                    fieldset {
                        legend { (tr.t("nom-note-title")) }
                        (c::input(tr, errors, Input::text("note_verbale_ref", "nom-field-note-ref", &form.note_verbale_ref)))
                        (c::input(tr, errors, Input::text("note_verbale_date", "nom-field-note-date", &form.note_verbale_date).kind("date").hint("hint-date")))
                        div.field.invalid[errors.get("note_verbale").is_some()] {
                            label for="note_verbale" { (tr.t("nom-field-note-file")) }
                            p.hint { (tr.t("nom-hint-note-file")) }
                            @if let Some(m) = errors.get("note_verbale") { p.field-error { (tr.msg(m)) } }
                            input #note_verbale type="file" name="note_verbale" accept="application/pdf,.pdf";
                        }
                    }
                    button.primary type="submit" { (tr.t("nom-submit")) }
                }
            }
        },
    )
}
