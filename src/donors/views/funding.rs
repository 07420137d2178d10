//! An event's funding (where its money comes from, the allocation form, the budget) and the
//! admin's consolidated view across donors.

use maud::{Markup, html};

use super::money;
use crate::donors::BudgetCategory;
use crate::donors::money::usd;
use crate::donors::report::{Consolidated, ConsolidatedRow};
use crate::donors::rules::EventFunding;
use crate::entities::{contribution, event};
use crate::error::FieldErrors;
use crate::i18n::{Tr, format};
use crate::reference::translated;
use crate::web::components::{self as c, Alert, EventTab, Header, Input, Table};
use crate::web::extract::Page;
use crate::web::layout;

/// The allocations to the event, each with its withdrawal.
fn sources(page: &Page, f: &EventFunding, base: &str) -> Markup {
    let tr = page.tr;
    let caption = tr.t("don-sources");
    html! {
        h2 { (caption) }
        @if f.sources.is_empty() { (c::empty_state(&tr.t("don-none-yet"), html! { (tr.t("empty-sources-next")) })) } @else {
            (Table::under_heading(&caption).render(html! {
                thead { tr {
                    th scope="col" { (tr.t("don-donor")) } th scope="col" { (tr.t("don-trust-fund")) } th.num scope="col" { (tr.t("don-amount")) }
                    th.num scope="col" { (tr.t("don-usd")) } th scope="col" { span.visually-hidden { (tr.t("schedule-actions")) } }
                } }
                tbody { @for s in &f.sources { tr {
                    td { (s.donor) } td { (s.trust_fund) } td.num { (money(tr, &s.currency, s.amount_minor)) } td.num { (usd(tr, s.usd_minor)) }
                    td.actions { form.inline method="post" action={ (base) "/allocations/" (s.allocation_id) "/withdraw" } {
                        (c::csrf_field(&page.csrf))
                        button.link type="submit" { (tr.t("don-withdraw")) (c::for_row(&format!("{} {}", s.donor, s.trust_fund))) }
                    } }
                } } }
            }))
        }
    }
}

/// The budget lines and the form that sets one.
fn budget(page: &Page, f: &EventFunding, base: &str, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let caption = tr.t("don-budget");
    let categories: Vec<(String, String)> =
        BudgetCategory::ALL.iter().map(|k| (k.as_str().to_owned(), tr.t(&format!("don-cat-{}", k.as_str())))).collect();
    html! {
        h2 { (caption) }
        (Table::under_heading(&caption).render(html! {
            thead { tr { th scope="col" { (tr.t("don-category")) } th.num scope="col" { (tr.t("don-planned")) } th.num scope="col" { (tr.t("don-spent")) } } }
            tbody { @for b in &f.budget { tr {
                td { (tr.t(&format!("don-cat-{}", b.category))) } td.num { (usd(tr, b.planned_usd_minor)) } td.num { (usd(tr, b.actual_usd_minor)) }
            } } }
        }))
        form.stack method="post" action={ (base) "/budget" } {
            (c::csrf_field(&page.csrf))
            (c::select(tr, errors, "category", "don-category", &categories, "", true))
            (c::input(tr, errors, Input::text("planned", "don-planned", "")))
            (c::input(tr, errors, Input::text("actual", "don-spent", "")))
            button type="submit" { (tr.t("action-save")) }
        }
    }
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
            let left = money(tr, &k.currency, k.amount_minor - k.allocated_minor);
            (
                k.id.to_string(),
                format!("#{} {donor} — {} ({})", k.id, k.trust_fund, tr.ta("don-left", &[("amount", &left)])),
            )
        })
        .collect();
    let base = format!("/organiser/events/{}/funding", e.id);
    let title = tr.ta("don-funding-title", &[("event", &e.title)]);
    layout::page(
        page,
        &title,
        html! {
            (Header::event(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Funding, title.clone()).render(page))
            (c::alert_text(Alert::Info, &tr.t(&format!("don-funding-{}", f.funding))))
            (c::with_error_summary(tr, errors, html! {
                (sources(page, f, &base))
                h3 { (tr.t("don-allocate")) }
                form.stack method="post" action={ (base) "/allocations" } {
                    (c::csrf_field(&page.csrf))
                    (c::select(tr, errors, "contribution_id", "don-contribution", &options, "", true))
                    (c::input(tr, errors, Input::text("amount", "don-amount", "").required()))
                    button.primary type="submit" { (tr.t("don-allocate")) }
                }
                (budget(page, f, &base, errors))
            }))
        },
    )
}

/// A table of programmes or units; `kind` ("programme", "unit") names the catalogue's keys.
fn consolidated_rows(tr: Tr, caption: &str, kind: &str, rows: &[ConsolidatedRow]) -> Markup {
    Table::under_heading(caption).render(html! {
        thead { tr {
            th scope="col" { span.visually-hidden { (caption) } } th.num scope="col" { (tr.t("don-received")) }
            th.num scope="col" { (tr.t("don-allocated")) } th.num scope="col" { (tr.t("don-spent")) }
            th.num scope="col" { (tr.t("don-activities")) } th.num scope="col" { (tr.t("don-donors")) } th.num scope="col" { (tr.t("don-states")) }
        } }
        tbody { @for r in rows { tr {
            th scope="row" { (r.code) " " (translated(tr, &format!("{kind}-{}", r.code), &r.name)) } td.num { (usd(tr, r.received_usd_minor)) } td.num { (usd(tr, r.allocated_usd_minor)) }
            td.num { (usd(tr, r.spent_usd_minor)) } td.num { (format::count(tr, r.activities)) } td.num { (format::count(tr, r.donors)) } td.num { (format::count(tr, r.states)) }
        } } }
    })
}

/// The admin's extrabudgetary report across donors.
pub fn consolidated(page: &Page, c: &Consolidated) -> Markup {
    let tr = page.tr;
    let t = &c.total;
    let title = tr.t("don-consolidated");
    let (by_programme, by_unit) = (tr.t("don-by-programme"), tr.t("don-by-unit"));
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone())
                .lead(html! { (tr.ta("don-consolidated-summary", &[
                    ("activities", &t.activities.to_string()), ("states", &t.states.to_string()), ("donors", &t.donors.to_string()),
                ])) })
                .render(page))
            (c::figures(&[
                (tr.t("don-received"), html! { (usd(tr, t.received_usd_minor)) }),
                (tr.t("don-unearmarked"), html! { (usd(tr, c.unearmarked_usd_minor)) }),
                (tr.t("don-allocated"), html! { (usd(tr, t.allocated_usd_minor)) }),
                (tr.t("don-spent"), html! { (usd(tr, t.spent_usd_minor)) }),
            ]))
            h2 { (by_programme) }
            (consolidated_rows(tr, &by_programme, "programme", &c.programmes))
            h2 { (by_unit) }
            (consolidated_rows(tr, &by_unit, "unit", &c.units))
        },
    )
}
