//! The donor report as a page: contributions, activities, outcomes with their privacy rule,
//! money by category and the figures by year and programme.

use maud::{Markup, html};

use super::money;
use crate::domain::DatePrecision;
use crate::donors::money::usd;
use crate::donors::report::{BreakdownRow, Count, DonorReport, GroupRow, Stage};
use crate::i18n::{Tr, format};
use crate::reports::charts;
use crate::web::components::{self as c, Table};

/// A count as the report shows it.
pub fn count_text(tr: Tr, count: Count, min: u64) -> String {
    match count {
        Count::Shown(n) => format::count(tr, n),
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

fn none_yet(tr: Tr) -> Markup {
    c::empty_state(&tr.t("don-none-yet"), html! {})
}

fn breakdown_table(tr: Tr, title: &str, prefix: &str, rows: &[BreakdownRow], min: u64) -> Markup {
    html! {
        section.breakdown {
            h3 { (title) }
            @if rows.is_empty() { (none_yet(tr)) } @else {
                (Table::under_heading(title).render(html! {
                    thead { tr { th scope="col" { (tr.t("don-col-label")) } th.num scope="col" { (tr.t("don-col-participants")) } } }
                    tbody { @for r in rows { tr { td { (row_label(tr, prefix, r)) } td.num { (count_text(tr, r.count, min)) } } } }
                }))
                // Only shown counts are drawn: a suppressed cell has no bar, and a chart with
                // no bar is not drawn at all.
                @let shown: Vec<(String, u64)> = rows.iter().filter_map(|r| r.count.value().map(|v| (row_label(tr, prefix, r), v))).collect();
                @if let Some(chart) = charts::bars(tr, title, &shown) { (chart) } @else { p.note { (tr.t("don-no-chart-withheld")) } }
            }
        }
    }
}

/// The selection form and the downloads of the report.
fn selection(tr: Tr, r: &DonorReport, base: &str) -> Markup {
    let q = format!("?view={}", r.view);
    html! {
        form.filters method="get" action=(base) {
            div.field {
                label for="view" { (tr.t("don-view")) }
                select id="view" name="view" {
                    @for v in &r.views { option value=(v) selected[*v == r.view] { (view_label(tr, v)) } }
                }
            }
            button type="submit" { (tr.t("don-show")) }
        }
        p.exports {
            (tr.t("don-download")) " "
            a href={ (base) "/report.pdf" (q) } { "PDF" } " · "
            a href={ (base) "/report.csv" (q) } { "CSV" } " · "
            a href={ (base) "/report.xlsx" (q) } { "XLSX" }
        }
    }
}

fn contributions(tr: Tr, r: &DonorReport) -> Markup {
    let title = tr.t("don-contributions");
    html! {
        section {
            h2 { (title) }
            (c::figures(&[
                (tr.t("don-pledged"), html! { (usd(tr, r.pledged_usd_minor)) }),
                (tr.t("don-received"), html! { (usd(tr, r.received_usd_minor)) }),
                (tr.t("don-allocated"), html! { (usd(tr, r.allocated_usd_minor)) }),
                (tr.t("don-unallocated"), html! { (usd(tr, r.unallocated_usd_minor)) }),
            ]))
            (Table::under_heading(&title).render(html! {
                thead { tr {
                    th scope="col" { (tr.t("don-trust-fund")) } th.num scope="col" { (tr.t("don-amount")) } th.num scope="col" { (tr.t("don-usd")) }
                    th.num scope="col" { (tr.t("don-allocated")) } th.num scope="col" { (tr.t("don-balance")) } th scope="col" { (tr.t("don-pledged-on")) }
                    th scope="col" { (tr.t("don-received-on")) } th scope="col" { (tr.t("don-earmark")) }
                } }
                tbody { @for k in &r.contributions { tr {
                    td { (k.trust_fund) } td.num { (money(tr, &k.currency, k.amount_minor)) } td.num { (usd(tr, k.usd_minor)) }
                    td.num { (money(tr, &k.currency, k.allocated_minor)) } td.num { (money(tr, &k.currency, k.balance_minor)) }
                    td { (c::date(tr, k.pledged_on)) }
                    td { @if let Some(d) = k.received_on { (c::date(tr, d)) } @else { "—" } }
                    td { (tr.t(&format!("don-earmark-{}", k.earmark))) @if let Some(x) = &k.earmark_ref { " " (x) } }
                } } }
            }))
        }
    }
}

fn activities(tr: Tr, r: &DonorReport) -> Markup {
    let title = tr.t("don-activities");
    html! {
        section {
            h2 { (title) }
            @if r.activities.is_empty() { (none_yet(tr)) } @else {
                (Table::under_heading(&title).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("don-activity")) } th scope="col" { (tr.t("don-dates")) } th scope="col" { (tr.t("don-place")) }
                        th scope="col" { (tr.t("don-stage")) } th.num scope="col" { (tr.t("don-allocated")) }
                    } }
                    tbody { @for a in &r.activities { tr {
                        td { (a.title) } td { (c::date_range(tr, a.start_date, a.end_date, DatePrecision::Day)) }
                        td { (a.city) @if let Some(k) = &a.country { ", " (k) } }
                        td { (stage_label(tr, a.stage)) } td.num { (usd(tr, a.allocated_usd_minor)) }
                    } } }
                }))
            }
        }
    }
}

fn outcomes(tr: Tr, r: &DonorReport) -> Markup {
    let (min, o) = (r.min_cell, &r.outcomes);
    let with_share = |count: Count, share: Option<String>| {
        html! { (count_text(tr, count, min)) @if let Some(s) = share { " (" (s) " %)" } }
    };
    html! {
        section {
            h2 { (tr.t("don-outcomes")) }
            p.note { (tr.ta("don-privacy-note", &[("min", &min.to_string())])) }
            (c::figures(&[
                (tr.t("don-events-held"), html! { (format::count(tr, o.events_held)) }),
                (tr.t("don-participants"), html! { (count_text(tr, o.participants, min)) }),
                (tr.t("don-states"), html! { (format::count(tr, o.states)) }),
                (tr.t("don-groups"), html! { (format::count(tr, o.regional_groups)) }),
                (tr.t("don-women"), with_share(o.women, o.women_share.map(|s| s.to_string()))),
                (tr.t("don-attended"), with_share(o.attended, o.attendance_rate.map(|s| s.to_string()))),
                (tr.t("don-certificates"), html! { (count_text(tr, o.certificates, min)) }),
            ]))
            (breakdown_table(tr, &tr.t("don-by-group"), "group", &o.by_regional_group, min))
            (breakdown_table(tr, &tr.t("don-by-gender"), "gender", &o.by_gender, min))
            (breakdown_table(tr, &tr.t("don-by-org"), "org", &o.by_organisation_type, min))
            (breakdown_table(tr, &tr.t("don-by-state"), "state", &o.by_state, min))
        }
    }
}

/// An amount in minor units as a bar's length (a negative amount draws no bar).
fn minor(amount: i64) -> u64 {
    u64::try_from(amount).unwrap_or(0)
}

fn money_by_category(tr: Tr, r: &DonorReport) -> Markup {
    let title = tr.t("don-money");
    html! {
        section {
            h2 { (title) }
            p.note { (tr.t("don-money-note")) }
            (Table::under_heading(&title).render(html! {
                thead { tr { th scope="col" { (tr.t("don-category")) } th.num scope="col" { (tr.t("don-planned")) } th.num scope="col" { (tr.t("don-spent")) } } }
                tbody {
                    @for k in &r.categories { tr { td { (tr.t(&format!("don-cat-{}", k.category))) } td.num { (usd(tr, k.planned_usd_minor)) } td.num { (usd(tr, k.spent_usd_minor)) } } }
                    tr.total { th scope="row" { (tr.t("don-allocated-vs-spent")) } td.num { (usd(tr, r.selection_allocated_usd_minor)) } td.num { (usd(tr, r.selection_spent_usd_minor)) } }
                }
            }))
            @if r.selection_spent_usd_minor > r.selection_allocated_usd_minor {
                (c::alert_text(c::Alert::Warning, &tr.ta("don-overspent", &[("amount", &usd(tr, r.selection_spent_usd_minor - r.selection_allocated_usd_minor))])))
            }
            @let rows: Vec<(String, u64, u64)> = r.categories.iter().map(|k| (tr.t(&format!("don-cat-{}", k.category)), minor(k.planned_usd_minor), minor(k.spent_usd_minor))).collect();
            @let chart = charts::paired(tr, &title, (&tr.t("don-planned"), &tr.t("don-spent")), &rows, |v| usd(tr, i64::try_from(v).unwrap_or(i64::MAX)));
            @if let Some(chart) = chart { (chart) } @else { (c::empty_state(&tr.t("don-no-money"), html! {})) }
        }
    }
}

fn group_table(tr: Tr, title: &str, rows: &[GroupRow], min: u64) -> Markup {
    Table::under_heading(title).render(html! {
        thead { tr {
            th scope="col" { span.visually-hidden { (title) } } th.num scope="col" { (tr.t("don-activities")) } th.num scope="col" { (tr.t("don-allocated")) }
            th.num scope="col" { (tr.t("don-spent")) } th.num scope="col" { (tr.t("don-participants")) }
        } }
        tbody { @for g in rows { tr {
            th scope="row" { (g.label) } td.num { (format::count(tr, g.activities)) } td.num { (usd(tr, g.allocated_usd_minor)) }
            td.num { (usd(tr, g.spent_usd_minor)) } td.num { (count_text(tr, g.participants, min)) }
        } } }
    })
}

/// The body of the donor report (the donor's dashboard and the admin's view of it).
pub fn report_body(tr: Tr, r: &DonorReport, base: &str) -> Markup {
    let (by_year, by_programme) = (tr.t("don-by-period"), tr.t("don-by-programme"));
    html! {
        p.lead { (tr.ta("don-as-of", &[("date", &c::date(tr, r.as_of))])) }
        (selection(tr, r, base))
        (contributions(tr, r))
        (activities(tr, r))
        (outcomes(tr, r))
        (money_by_category(tr, r))
        section {
            h2 { (by_year) }
            (group_table(tr, &by_year, &r.by_year, r.min_cell))
            h2 { (by_programme) }
            (group_table(tr, &by_programme, &r.by_programme, r.min_cell))
        }
    }
}
