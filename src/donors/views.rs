//! Pages of funding: the staff's donor records and event funding, the donor portal's sign-in
//! and dashboard, and the admin's consolidated view. Views never query.

use maud::{Markup, html};

use super::charts;
use super::input::{ContactForm, ContributionForm, DonorForm};
use super::money::{format_decimal, usd};
use super::report::{BreakdownRow, Consolidated, ConsolidatedRow, Count, DonorReport, Stage};
use super::rules::{ContributionFile, DonorFile, EventFunding};
use super::{BudgetCategory, DonorKind, EarmarkKind};
use crate::entities::{contribution, donor, event};
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::web::components::{self as c, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// A count as the report shows it.
pub fn count_text(tr: Tr, count: Count, min: u64) -> String {
    match count {
        Count::Shown(n) => n.to_string(),
        Count::Fewer => tr.ta("don-fewer-than", &[("min", &min.to_string())]),
        Count::Withheld => tr.t("don-withheld"),
    }
}

/// The label of a breakdown row (genders and unknowns translated).
pub fn row_label(tr: Tr, prefix: &str, row: &BreakdownRow) -> String {
    if row.code == "none" {
        tr.t("don-not-stated")
    } else if prefix == "gender" {
        tr.t(&format!("gender-{}", row.code))
    } else {
        row.label.clone()
    }
}

/// The label of a selection code.
pub fn view_label(tr: Tr, code: &str) -> String {
    match code.split_once(':') {
        Some(("year", y)) => y.to_owned(),
        Some(("programme", p)) => tr.ta("don-view-programme", &[("programme", p)]),
        _ => tr.t("don-view-all"),
    }
}

fn stage_label(tr: Tr, s: Stage) -> String {
    tr.t(match s {
        Stage::Past => "don-stage-past",
        Stage::Running => "don-stage-running",
        Stage::Planned => "don-stage-planned",
        Stage::Cancelled => "don-stage-cancelled",
    })
}

fn money(currency: &str, minor: i64) -> String {
    match super::money::Currency::parse(currency) {
        Ok(c) => c.format(minor),
        Err(_) => format!("{} {currency}", format_decimal(minor, 2)),
    }
}

fn breakdown_table(tr: Tr, title: &str, prefix: &str, rows: &[BreakdownRow], min: u64) -> Markup {
    html! {
        section.breakdown {
            h3 { (title) }
            @if rows.is_empty() { p { (tr.t("don-none-yet")) } } @else {
                table {
                    thead { tr { th { (tr.t("don-col-label")) } th.num { (tr.t("don-col-participants")) } } }
                    tbody { @for r in rows { tr { td { (row_label(tr, prefix, r)) } td.num { (count_text(tr, r.count, min)) } } } }
                }
                // Only shown counts are drawn: a suppressed cell has no bar.
                (crate::reports::charts::bars(title, &rows.iter().filter_map(|r| r.count.value().map(|v| (row_label(tr, prefix, r), v))).collect::<Vec<_>>()))
            }
        }
    }
}

/// The body of the donor report (the donor's dashboard and the admin's view of it).
pub fn report_body(tr: Tr, r: &DonorReport, base: &str) -> Markup {
    let min = r.min_cell;
    let o = &r.outcomes;
    let q = format!("?view={}", r.view);
    html! {
        p.lead { (tr.ta("don-as-of", &[("date", &c::date(tr, r.as_of))])) }
        form.filters method="get" action=(base) {
            label for="view" { (tr.t("don-view")) }
            select id="view" name="view" {
                @for v in &r.views { option value=(v) selected[*v == r.view] { (view_label(tr, v)) } }
            }
            button type="submit" { (tr.t("don-show")) }
        }
        p.exports {
            (tr.t("don-download")) " "
            a href={ (base) "/report.pdf" (q) } { "PDF" } " · "
            a href={ (base) "/report.csv" (q) } { "CSV" } " · "
            a href={ (base) "/report.xlsx" (q) } { "XLSX" }
        }
        section {
            h2 { (tr.t("don-contributions")) }
            dl.figures {
                dt { (tr.t("don-pledged")) } dd { (usd(r.pledged_usd_minor)) }
                dt { (tr.t("don-received")) } dd { (usd(r.received_usd_minor)) }
                dt { (tr.t("don-allocated")) } dd { (usd(r.allocated_usd_minor)) }
                dt { (tr.t("don-unallocated")) } dd { (usd(r.unallocated_usd_minor)) }
            }
            table {
                thead { tr {
                    th { (tr.t("don-trust-fund")) } th.num { (tr.t("don-amount")) } th.num { (tr.t("don-usd")) }
                    th.num { (tr.t("don-allocated")) } th.num { (tr.t("don-balance")) } th { (tr.t("don-pledged-on")) }
                    th { (tr.t("don-received-on")) } th { (tr.t("don-earmark")) }
                } }
                tbody { @for k in &r.contributions { tr {
                    td { (k.trust_fund) } td.num { (money(&k.currency, k.amount_minor)) } td.num { (usd(k.usd_minor)) }
                    td.num { (money(&k.currency, k.allocated_minor)) } td.num { (money(&k.currency, k.balance_minor)) }
                    td { (c::date(tr, k.pledged_on)) }
                    td { @if let Some(d) = k.received_on { (c::date(tr, d)) } @else { "—" } }
                    td { (tr.t(&format!("don-earmark-{}", k.earmark))) @if let Some(x) = &k.earmark_ref { " " (x) } }
                } } }
            }
        }
        section {
            h2 { (tr.t("don-activities")) }
            @if r.activities.is_empty() { p { (tr.t("don-none-yet")) } } @else {
                table {
                    thead { tr { th { (tr.t("don-activity")) } th { (tr.t("don-dates")) } th { (tr.t("don-place")) } th { (tr.t("don-stage")) } th.num { (tr.t("don-allocated")) } } }
                    tbody { @for a in &r.activities { tr {
                        td { (a.title) } td { (c::date(tr, a.start_date)) " – " (c::date(tr, a.end_date)) }
                        td { (a.city) @if let Some(k) = &a.country { ", " (k) } }
                        td { (stage_label(tr, a.stage)) } td.num { (usd(a.allocated_usd_minor)) }
                    } } }
                }
            }
        }
        section {
            h2 { (tr.t("don-outcomes")) }
            p.note { (tr.ta("don-privacy-note", &[("min", &min.to_string())])) }
            dl.figures {
                dt { (tr.t("don-events-held")) } dd { (o.events_held) }
                dt { (tr.t("don-participants")) } dd { (count_text(tr, o.participants, min)) }
                dt { (tr.t("don-states")) } dd { (o.states) }
                dt { (tr.t("don-groups")) } dd { (o.regional_groups) }
                dt { (tr.t("don-women")) } dd { (count_text(tr, o.women, min)) @if let Some(s) = o.women_share { " (" (s) " %)" } }
                dt { (tr.t("don-attended")) } dd { (count_text(tr, o.attended, min)) @if let Some(s) = o.attendance_rate { " (" (s) " %)" } }
                dt { (tr.t("don-certificates")) } dd { (count_text(tr, o.certificates, min)) }
            }
            (breakdown_table(tr, &tr.t("don-by-group"), "group", &o.by_regional_group, min))
            (breakdown_table(tr, &tr.t("don-by-gender"), "gender", &o.by_gender, min))
            (breakdown_table(tr, &tr.t("don-by-org"), "org", &o.by_organisation_type, min))
            (breakdown_table(tr, &tr.t("don-by-state"), "state", &o.by_state, min))
        }
        section {
            h2 { (tr.t("don-money")) }
            p.note { (tr.t("don-money-note")) }
            table {
                thead { tr { th { (tr.t("don-category")) } th.num { (tr.t("don-planned")) } th.num { (tr.t("don-spent")) } } }
                tbody {
                    @for k in &r.categories { tr { td { (tr.t(&format!("don-cat-{}", k.category))) } td.num { (usd(k.planned_usd_minor)) } td.num { (usd(k.spent_usd_minor)) } } }
                    tr.total { th { (tr.t("don-allocated-vs-spent")) } td.num { (usd(r.selection_allocated_usd_minor)) } td.num { (usd(r.selection_spent_usd_minor)) } }
                }
            }
            @if r.selection_spent_usd_minor > r.selection_allocated_usd_minor {
                p.overspent role="status" { (tr.ta("don-overspent", &[("amount", &usd(r.selection_spent_usd_minor - r.selection_allocated_usd_minor))])) }
            }
            (charts::paired(&tr.t("don-money"), (&tr.t("don-planned"), &tr.t("don-spent")), &r.categories.iter().map(|k| (tr.t(&format!("don-cat-{}", k.category)), k.planned_usd_minor, k.spent_usd_minor)).collect::<Vec<_>>()))
        }
        section {
            h2 { (tr.t("don-by-period")) }
            (group_table(tr, &r.by_year, min))
            h2 { (tr.t("don-by-programme")) }
            (group_table(tr, &r.by_programme, min))
        }
    }
}

fn group_table(tr: Tr, rows: &[super::report::GroupRow], min: u64) -> Markup {
    html! {
        table {
            thead { tr { th { "" } th.num { (tr.t("don-activities")) } th.num { (tr.t("don-allocated")) } th.num { (tr.t("don-spent")) } th.num { (tr.t("don-participants")) } } }
            tbody { @for g in rows { tr {
                td { (g.label) } td.num { (g.activities) } td.num { (usd(g.allocated_usd_minor)) }
                td.num { (usd(g.spent_usd_minor)) } td.num { (count_text(tr, g.participants, min)) }
            } } }
        }
    }
}

/// The donor contact's dashboard.
pub fn dashboard(page: &Page, r: &DonorReport) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.ta("don-dashboard-title", &[("donor", &r.donor)]),
        html! {
            h1 { (tr.ta("don-dashboard-title", &[("donor", &r.donor)])) }
            form.inline method="post" action="/donor/sign-out" {
                (c::csrf_field(&page.csrf))
                button.link type="submit" { (tr.t("nav-sign-out")) }
            }
            (report_body(tr, r, "/donor"))
        },
    )
}

/// An admin's view of one donor's report.
pub fn admin_report(page: &Page, r: &DonorReport) -> Markup {
    let tr = page.tr;
    let base = format!("/admin/donors/{}", r.donor_id);
    layout::page(
        page,
        &tr.ta("don-dashboard-title", &[("donor", &r.donor)]),
        html! {
            h1 { (tr.ta("don-dashboard-title", &[("donor", &r.donor)])) }
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
            h1 { (tr.t("don-sign-in-title")) }
            @if sent { p.notice role="status" { (tr.t("don-link-sent")) } }
            p { (tr.t("don-sign-in-intro")) }
            form method="post" action="/donor/sign-in" {
                (c::csrf_field(&page.csrf))
                (c::error_summary(tr, errors))
                (c::input(tr, errors, Input::text("email", "field-email", email).kind("email").required()))
                button type="submit" { (tr.t("don-send-link")) }
            }
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
            h1 { (tr.t("don-sign-in-title")) }
            form method="post" action={ "/donor/link/" (token) } {
                (c::csrf_field(&page.csrf))
                button type="submit" { (tr.t("don-open-portal")) }
            }
        },
    )
}

/// The staff's list of donors with the form for a new one.
pub fn donors(page: &Page, list: &[donor::Model], form: &DonorForm, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let kinds = kind_options(tr);
    layout::page(
        page,
        &tr.t("don-donors"),
        html! {
            h1 { (tr.t("don-donors")) }
            @if page.staff.as_ref().is_some_and(|s| s.is_admin()) { p { a href="/admin/funding" { (tr.t("don-consolidated")) } } }
            @if list.is_empty() { p { (tr.t("don-none-yet")) } } @else {
                ul { @for d in list { li { a href={ "/organiser/donors/" (d.id) } { (d.name) } " (" (tr.t(&format!("don-kind-{}", d.kind))) ")" } } }
            }
            h2 { (tr.t("don-new-donor")) }
            form method="post" action="/organiser/donors" {
                (c::csrf_field(&page.csrf))
                (c::error_summary(tr, errors))
                (c::input(tr, errors, Input::text("name", "don-field-name", &form.name).required()))
                (c::select(tr, errors, "kind", "don-field-kind", &kinds, &form.kind, true))
                (c::input(tr, errors, Input::text("country", "don-field-country", &form.country).hint("don-hint-country")))
                button type="submit" { (tr.t("action-save")) }
            }
        },
    )
}

/// Which form of a donor's page comes back with the values sent and their errors; every other
/// form shows the record as it stands.
#[derive(Debug, Clone, Copy, Default)]
pub enum Sent<'a> {
    /// None: the page as first shown.
    #[default]
    Nothing,
    /// The donor's own fields.
    Donor(&'a DonorForm),
    /// The form of one contact (its id).
    Contact(i32, &'a ContactForm),
    /// The new contact's form.
    NewContact(&'a ContactForm),
    /// The new contribution's form.
    NewContribution(&'a ContributionForm),
}

fn earmark_options(tr: Tr) -> Vec<(String, String)> {
    EarmarkKind::ALL.iter().map(|k| (k.as_str().to_owned(), tr.t(&format!("don-earmark-{}", k.as_str())))).collect()
}

fn kind_options(tr: Tr) -> Vec<(String, String)> {
    DonorKind::ALL.iter().map(|k| (k.as_str().to_owned(), tr.t(&format!("don-kind-{}", k.as_str())))).collect()
}

/// The fields of a contact; `scope` keeps the element ids of several contact forms apart.
fn contact_fields(tr: Tr, errors: &FieldErrors, form: &ContactForm, scope: &str) -> Markup {
    html! {
        (c::input(tr, errors, Input::text("name", "don-field-name", &form.name).required().scope(scope)))
        (c::input(tr, errors, Input::text("email", "field-email", &form.email).kind("email").required().scope(scope)))
        (c::input(tr, errors, Input::text("language", "don-field-language", &form.language).hint("don-hint-language").scope(scope)))
    }
}

/// The fields of a contribution, new or recorded.
fn contribution_fields(tr: Tr, errors: &FieldErrors, form: &ContributionForm) -> Markup {
    html! {
        (c::input(tr, errors, Input::text("currency", "don-field-currency", &form.currency).required()))
        (c::input(tr, errors, Input::text("amount", "don-amount", &form.amount).required()))
        (c::input(tr, errors, Input::text("usd_rate", "don-field-rate", &form.usd_rate).hint("don-hint-rate")))
        (c::input(tr, errors, Input::text("pledged_on", "don-pledged-on", &form.pledged_on).kind("date").required()))
        (c::input(tr, errors, Input::text("received_on", "don-received-on", &form.received_on).kind("date")))
        (c::input(tr, errors, Input::text("trust_fund", "don-trust-fund", &form.trust_fund).required()))
        (c::select(tr, errors, "earmark", "don-earmark", &earmark_options(tr), &form.earmark, true))
        (c::input(tr, errors, Input::text("earmark_ref", "don-field-earmark-ref", &form.earmark_ref).hint("don-hint-earmark-ref")))
        (c::textarea(tr, errors, "conditions", "don-field-conditions", &form.conditions))
        (c::input(tr, errors, Input::text("period_start", "don-field-period-start", &form.period_start).kind("date").required()))
        (c::input(tr, errors, Input::text("period_end", "don-field-period-end", &form.period_end).kind("date").required()))
    }
}

/// One donor's file: the donor, its contacts and contributions, each with its forms.
pub fn donor_file(page: &Page, f: &DonorFile, sent: Sent<'_>, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let id = f.donor.id;
    let base = format!("/organiser/donors/{id}");
    let none = FieldErrors::new();
    // Only the form that was sent shows errors; the others show the record.
    let (donor, donor_errors) = match sent {
        Sent::Donor(form) => (form.clone(), errors),
        _ => (DonorForm::from(&f.donor), &none),
    };
    let (new_contact, new_contact_errors) = match sent {
        Sent::NewContact(form) => (form.clone(), errors),
        _ => (ContactForm::default(), &none),
    };
    let (new_contribution, new_contribution_errors) = match sent {
        Sent::NewContribution(form) => (form.clone(), errors),
        // Unearmarked is what an empty choice means: the form says so rather than "Choose…".
        _ => (ContributionForm { earmark: EarmarkKind::Unearmarked.as_str().to_owned(), ..Default::default() }, &none),
    };
    let summary_scope = match sent {
        Sent::Contact(cid, _) => Some(format!("contact-{cid}")),
        Sent::NewContact(_) => Some("contact-new".to_owned()),
        _ => None,
    };
    layout::page(
        page,
        &f.donor.name,
        html! {
            h1 { (f.donor.name) }
            @if page.staff.as_ref().is_some_and(|s| s.is_admin()) { p { a href={ "/admin/donors/" (id) } { (tr.t("don-see-report")) } } }
            (c::error_summary_in(tr, errors, summary_scope.as_deref()))
            h2 { (tr.t("don-edit-donor")) }
            form method="post" action=(base) {
                (c::csrf_field(&page.csrf))
                (c::input(tr, donor_errors, Input::text("name", "don-field-name", &donor.name).required()))
                (c::select(tr, donor_errors, "kind", "don-field-kind", &kind_options(tr), &donor.kind, true))
                (c::input(tr, donor_errors, Input::text("country", "don-field-country", &donor.country).hint("don-hint-country")))
                button type="submit" { (tr.t("action-save")) }
            }
            h2 { (tr.t("don-contacts")) }
            @if f.contacts.is_empty() { p { (tr.t("don-none-yet")) } }
            @for k in &f.contacts {
                @let scope = format!("contact-{}", k.id);
                @let (form, form_errors) = match sent {
                    Sent::Contact(cid, form) if cid == k.id => (form.clone(), errors),
                    _ => (ContactForm::from(k), &none),
                };
                section.contact {
                    h3 { (k.name) }
                    form method="post" action={ (base) "/contacts/" (k.id) } {
                        (c::csrf_field(&page.csrf))
                        (contact_fields(tr, form_errors, &form, &scope))
                        button type="submit" { (tr.t("don-save-contact")) }
                    }
                    form.inline method="post" action={ (base) "/contacts/" (k.id) "/delete" } {
                        (c::csrf_field(&page.csrf))
                        button.link type="submit" { (tr.t("don-remove-contact")) }
                    }
                    p.hint { (tr.t("don-remove-contact-hint")) }
                }
            }
            h3 { (tr.t("don-new-contact")) }
            form method="post" action={ (base) "/contacts" } {
                (c::csrf_field(&page.csrf))
                (contact_fields(tr, new_contact_errors, &new_contact, "contact-new"))
                button type="submit" { (tr.t("don-add-contact")) }
            }
            h2 { (tr.t("don-contributions")) }
            (contributions_table(page, &base, &f.contributions))
            h3 { (tr.t("don-new-contribution")) }
            form method="post" action={ (base) "/contributions" } {
                (c::csrf_field(&page.csrf))
                (contribution_fields(tr, new_contribution_errors, &new_contribution))
                button type="submit" { (tr.t("action-save")) }
            }
        },
    )
}

fn contributions_table(page: &Page, base: &str, list: &[contribution::Model]) -> Markup {
    let tr = page.tr;
    html! {
        @if list.is_empty() { p { (tr.t("don-none-yet")) } } @else {
            table {
                thead { tr {
                    th { "#" } th { (tr.t("don-trust-fund")) } th.num { (tr.t("don-amount")) } th.num { (tr.t("don-usd")) }
                    th.num { (tr.t("don-balance")) } th { (tr.t("don-earmark")) } th { (tr.t("don-received-on")) } th {}
                } }
                tbody { @for k in list { tr {
                    td { (k.id) } td { (k.trust_fund) } td.num { (money(&k.currency, k.amount_minor)) } td.num { (usd(k.usd_minor)) }
                    td.num { (money(&k.currency, k.amount_minor - k.allocated_minor)) }
                    td { (tr.t(&format!("don-earmark-{}", k.earmark_kind))) @if let Some(x) = &k.earmark_ref { " " (x) } }
                    td { @if let Some(d) = k.received_on { (c::date(tr, d)) } @else { (tr.t("don-not-received")) } }
                    td {
                        a href={ (base) "/contributions/" (k.id) } { (tr.t("action-edit")) }
                        // Only what nothing is allocated from can go; the rule refuses the rest anyway.
                        @if k.allocated_minor == 0 {
                            " "
                            form.inline method="post" action={ (base) "/contributions/" (k.id) "/delete" } {
                                (c::csrf_field(&page.csrf))
                                button.link type="submit" { (tr.t("action-delete")) }
                            }
                        }
                    }
                } } }
            }
        }
    }
}

/// One contribution: where it is allocated, its form pre-filled, and its deletion.
pub fn contribution_page(page: &Page, f: &ContributionFile, form: &ContributionForm, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let k = &f.contribution;
    let donor_url = format!("/organiser/donors/{}", f.donor.id);
    let url = format!("{donor_url}/contributions/{}", k.id);
    let title = tr.ta("don-contribution-title", &[("id", &k.id.to_string()), ("donor", &f.donor.name)]);
    layout::page(
        page,
        &title,
        html! {
            p.meta { a href=(donor_url) { "← " (f.donor.name) } }
            h1 { (title) }
            dl.figures {
                dt { (tr.t("don-amount")) } dd { (money(&k.currency, k.amount_minor)) }
                dt { (tr.t("don-allocated")) } dd { (money(&k.currency, k.allocated_minor)) }
                dt { (tr.t("don-balance")) } dd { (money(&k.currency, k.amount_minor - k.allocated_minor)) }
            }
            h2 { (tr.t("don-allocated-to")) }
            @if f.allocations.is_empty() { p { (tr.t("don-none-yet")) } } @else {
                table {
                    thead { tr { th { (tr.t("don-activity")) } th.num { (tr.t("don-amount")) } th.num { (tr.t("don-usd")) } } }
                    tbody { @for (a, event) in &f.allocations { tr {
                        td { a href={ "/organiser/events/" (a.event_id) "/funding" } { (event) } }
                        td.num { (money(&k.currency, a.amount_minor)) } td.num { (usd(a.usd_minor)) }
                    } } }
                }
            }
            h2 { (tr.t("don-edit-contribution")) }
            p.hint { (tr.t("don-edit-contribution-hint")) }
            (c::error_summary(tr, errors))
            form method="post" action=(url) {
                (c::csrf_field(&page.csrf))
                (contribution_fields(tr, errors, form))
                button type="submit" { (tr.t("action-save")) }
            }
            h2 { (tr.t("don-delete-contribution")) }
            @if k.allocated_minor == 0 {
                form method="post" action={ (url) "/delete" } {
                    (c::csrf_field(&page.csrf))
                    button type="submit" { (tr.t("don-delete-contribution")) }
                }
            } @else {
                p { (tr.t("don-delete-contribution-allocated")) }
            }
        },
    )
}

/// An event's funding: where the money comes from, the allocation form, the budget.
pub fn event_funding(
    page: &Page,
    e: &event::Model,
    f: &EventFunding,
    open: &[(contribution::Model, String)],
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let options: Vec<(String, String)> = open
        .iter()
        .map(|(k, donor)| {
            let left = money(&k.currency, k.amount_minor - k.allocated_minor);
            (
                k.id.to_string(),
                format!("#{} {donor} — {} ({})", k.id, k.trust_fund, tr.ta("don-left", &[("amount", &left)])),
            )
        })
        .collect();
    let categories: Vec<(String, String)> =
        BudgetCategory::ALL.iter().map(|k| (k.as_str().to_owned(), tr.t(&format!("don-cat-{}", k.as_str())))).collect();
    let base = format!("/organiser/events/{}/funding", e.id);
    layout::page(
        page,
        &tr.ta("don-funding-title", &[("event", &e.title)]),
        html! {
            h1 { (tr.ta("don-funding-title", &[("event", &e.title)])) }
            p { a href={ "/organiser/events/" (e.id) } { (tr.t("don-back")) } }
            p.funding { strong { (tr.t(&format!("don-funding-{}", f.funding))) } }
            (c::error_summary(tr, errors))
            h2 { (tr.t("don-sources")) }
            @if f.sources.is_empty() { p { (tr.t("don-none-yet")) } } @else {
                table {
                    thead { tr { th { (tr.t("don-donor")) } th { (tr.t("don-trust-fund")) } th.num { (tr.t("don-amount")) } th.num { (tr.t("don-usd")) } th {} } }
                    tbody { @for s in &f.sources { tr {
                        td { (s.donor) } td { (s.trust_fund) } td.num { (money(&s.currency, s.amount_minor)) } td.num { (usd(s.usd_minor)) }
                        td { form.inline method="post" action={ (base) "/allocations/" (s.allocation_id) "/withdraw" } {
                            (c::csrf_field(&page.csrf)) button.link type="submit" { (tr.t("don-withdraw")) }
                        } }
                    } } }
                }
            }
            h3 { (tr.t("don-allocate")) }
            form method="post" action={ (base) "/allocations" } {
                (c::csrf_field(&page.csrf))
                (c::select(tr, errors, "contribution_id", "don-contribution", &options, "", true))
                (c::input(tr, errors, Input::text("amount", "don-amount", "").required()))
                button type="submit" { (tr.t("don-allocate")) }
            }
            h2 { (tr.t("don-budget")) }
            table {
                thead { tr { th { (tr.t("don-category")) } th.num { (tr.t("don-planned")) } th.num { (tr.t("don-spent")) } } }
                tbody { @for b in &f.budget { tr {
                    td { (tr.t(&format!("don-cat-{}", b.category))) } td.num { (usd(b.planned_usd_minor)) } td.num { (usd(b.actual_usd_minor)) }
                } } }
            }
            form method="post" action={ (base) "/budget" } {
                (c::csrf_field(&page.csrf))
                (c::select(tr, errors, "category", "don-category", &categories, "", true))
                (c::input(tr, errors, Input::text("planned", "don-planned", "")))
                (c::input(tr, errors, Input::text("actual", "don-spent", "")))
                button type="submit" { (tr.t("action-save")) }
            }
        },
    )
}

fn consolidated_rows(tr: Tr, rows: &[ConsolidatedRow]) -> Markup {
    html! {
        table {
            thead { tr {
                th { "" } th.num { (tr.t("don-received")) } th.num { (tr.t("don-allocated")) } th.num { (tr.t("don-spent")) }
                th.num { (tr.t("don-activities")) } th.num { (tr.t("don-donors")) } th.num { (tr.t("don-states")) }
            } }
            tbody { @for r in rows { tr {
                td { (r.code) " " (r.name) } td.num { (usd(r.received_usd_minor)) } td.num { (usd(r.allocated_usd_minor)) }
                td.num { (usd(r.spent_usd_minor)) } td.num { (r.activities) } td.num { (r.donors) } td.num { (r.states) }
            } } }
        }
    }
}

/// The admin's extrabudgetary report across donors.
pub fn consolidated(page: &Page, c: &Consolidated) -> Markup {
    let tr = page.tr;
    let t = &c.total;
    layout::page(
        page,
        &tr.t("don-consolidated"),
        html! {
            h1 { (tr.t("don-consolidated")) }
            p.lead { (tr.ta("don-consolidated-summary", &[
                ("activities", &t.activities.to_string()), ("states", &t.states.to_string()), ("donors", &t.donors.to_string()),
            ])) }
            dl.figures {
                dt { (tr.t("don-received")) } dd { (usd(t.received_usd_minor)) }
                dt { (tr.t("don-unearmarked")) } dd { (usd(c.unearmarked_usd_minor)) }
                dt { (tr.t("don-allocated")) } dd { (usd(t.allocated_usd_minor)) }
                dt { (tr.t("don-spent")) } dd { (usd(t.spent_usd_minor)) }
            }
            h2 { (tr.t("don-by-programme")) }
            (consolidated_rows(tr, &c.programmes))
            h2 { (tr.t("don-by-unit")) }
            (consolidated_rows(tr, &c.units))
        },
    )
}
