//! Report pages: the figures as text, tables and SVG charts (readable without JavaScript and
//! printable), with the CSV and XLSX downloads.

use maud::{Markup, html};

use super::charts;
use super::export::{Figure, summary};
use super::labels::{Dimension, labelled};
use super::rules::{EventReport, Outcomes, ProgrammeReport, RawFilters};
use crate::domain::DatePrecision;
use crate::error::FieldErrors;
use crate::i18n::{Tr, format};
use crate::reference::Reference;
use crate::web::components::{self as c, EventTab, Header, Input, Table};
use crate::web::extract::Page;
use crate::web::layout;

/// The headline figures as cards.
fn headline(tr: Tr, o: &Outcomes, across_events: bool) -> Markup {
    let cards: Vec<(String, Markup)> = summary(o)
        .into_iter()
        .filter(|(code, _, _)| across_events || *code != "events_held")
        .map(|(_, key, value)| {
            let shown = match value {
                Figure::Count(n) => format::count(tr, n),
                // Tenths of a percent, so the language's decimal separator shows.
                Figure::Share(Some(s)) => format!("{} %", format::decimal(tr, (s * 1000.0).round() as i64, 1)),
                Figure::Share(None) => "—".to_owned(),
            };
            (tr.t(key), html! { (shown) })
        })
        .collect();
    c::figures(&cards)
}

/// The funnel as a chart and a table.
fn funnel(tr: Tr, o: &Outcomes) -> Markup {
    let steps = [
        (tr.t("rep-invited"), o.invited),
        (tr.t("rep-registered"), o.registered),
        (tr.t("rep-confirmed"), o.confirmed),
        (tr.t("rep-attended"), o.attended),
    ];
    html! {
        section {
            h2 { (tr.t("rep-funnel")) }
            (charts::funnel(&tr.t("rep-funnel"), &steps))
        }
    }
}

/// One breakdown: a chart of the confirmed participants and the table of all three counts.
fn breakdown(tr: Tr, reference: &Reference, o: &Outcomes, dim: Dimension) -> Markup {
    let rows = dim.rows(o);
    let labelled = labelled(reference, tr.lang(), dim, rows);
    let chart: Vec<(String, u64)> = labelled.iter().map(|(l, r)| (l.clone(), r.confirmed)).collect();
    let title = tr.t(dim.heading());
    html! {
        section.breakdown {
            h2 { (title) }
            @if rows.is_empty() {
                p.meta { (tr.t("rep-nobody")) }
            } @else {
                (charts::bars(&format!("{title} — {}", tr.t("rep-confirmed")), &chart))
                (Table::under_heading(&title).render(html! {
                    thead { tr {
                        th scope="col" { (title) }
                        th scope="col" { (tr.t("rep-registered")) }
                        th scope="col" { (tr.t("rep-confirmed")) }
                        th scope="col" { (tr.t("rep-attended")) }
                    } }
                    tbody {
                        @for (l, r) in &labelled {
                            tr { th scope="row" { (l) } td { (format::count(tr, r.registered)) } td { (format::count(tr, r.confirmed)) } td { (format::count(tr, r.attended)) } }
                        }
                    }
                }))
            }
        }
    }
}

fn downloads(tr: Tr, csv: &str, xlsx: &str) -> Markup {
    html! {
        p.actions {
            (tr.t("rep-downloads")) ": "
            a href=(csv) download { "CSV" } " · "
            a href=(xlsx) download { "XLSX" }
        }
    }
}

/// `/organiser/events/{id}/report`.
pub fn event_page(page: &Page, reference: &Reference, r: &EventReport) -> Markup {
    let tr = page.tr;
    let o = &r.outcomes;
    let base = format!("/organiser/events/{}/report", r.event_id);
    let days: Vec<(String, u64)> = r.days.iter().map(|d| (format::short_day_month(tr, d.day), d.attended)).collect();
    let sessions: Vec<(String, u64)> = r.sessions.iter().map(|s| (s.title.clone(), s.attended)).collect();
    let title = tr.ta("rep-event-title", &[("title", &r.title)]);
    layout::page(
        page,
        &title,
        html! {
            (Header::event(tr, r.event_id, &r.title, EventTab::Report, title.clone())
                .lead(html! { span.meta { (r.city) ", " (c::date_range(tr, r.start_date, r.end_date, DatePrecision::Day)) } })
                .render(page))
            (downloads(tr, &format!("{base}.csv"), &format!("{base}.xlsx")))
            p { (tr.t("rep-definitions")) }
            (headline(tr, o, false))
            (funnel(tr, o))
            section {
                h2 { (tr.t("rep-per-day")) }
                (charts::columns(&tr.t("rep-per-day"), &days))
                (Table::under_heading(&tr.t("rep-per-day")).render(html! {
                    thead { tr { th scope="col" { (tr.t("rep-day")) } th scope="col" { (tr.t("rep-attended")) } } }
                    tbody { @for d in &r.days { tr { th scope="row" { (c::date(tr, d.day)) } td { (format::count(tr, d.attended)) } } } }
                }))
            }
            section {
                h2 { (tr.t("rep-per-session")) }
                @if r.sessions.is_empty() {
                    p.meta { (tr.t("rep-no-sessions")) }
                } @else {
                    (charts::bars(&tr.t("rep-per-session"), &sessions))
                    (Table::under_heading(&tr.t("rep-per-session")).render(html! {
                        thead { tr { th scope="col" { (tr.t("rep-session")) } th scope="col" { (tr.t("rep-attended")) } } }
                        tbody { @for s in &r.sessions { tr { th scope="row" { (s.title) } td { (format::count(tr, s.attended)) } } } }
                    }))
                }
            }
            @for dim in Dimension::ALL { (breakdown(tr, reference, o, dim)) }
        },
    )
}

/// The filter form of the report across events.
fn filter_form(page: &Page, reference: &Reference, raw: &RawFilters, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let visible = |code: &str| page.staff.as_ref().is_some_and(|s| s.can_manage(code));
    let programmes: Vec<(String, String)> = reference
        .programmes
        .iter()
        .filter(|p| visible(&p.code))
        .map(|p| (p.code.clone(), format!("{} — {}", p.code, p.name)))
        .collect();
    let units: Vec<(String, String)> = reference.units.iter().map(|u| (u.code.clone(), u.name.clone())).collect();
    c::with_error_summary(
        tr,
        errors,
        html! {
            form.filters method="get" action="/organiser/reports" {
                (c::select(tr, errors, "programme", "rep-programme", &programmes, &raw.programme, false))
                (c::input(tr, errors, Input::text("series", "rep-series", &raw.series).hint("rep-series-hint")))
                (c::select(tr, errors, "unit", "rep-unit", &units, &raw.unit, false))
                (c::input(tr, errors, Input::text("from", "rep-from", &raw.from).kind("date")))
                (c::input(tr, errors, Input::text("to", "rep-to", &raw.to).kind("date")))
                button type="submit" { (tr.t("rep-show")) }
            }
        },
    )
}

/// `/organiser/reports`: the form, and the report when the filters are good.
pub fn programme_page(
    page: &Page,
    reference: &Reference,
    raw: &RawFilters,
    report: Option<&ProgrammeReport>,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let query = serde_urlencoded::to_string([
        ("programme", raw.programme.trim()),
        ("series", raw.series.trim()),
        ("unit", raw.unit.trim()),
        ("from", raw.from.trim()),
        ("to", raw.to.trim()),
    ])
    .unwrap_or_default();
    layout::page(
        page,
        &tr.t("rep-title"),
        html! {
            (Header::new(tr.t("rep-title")).lead(html! { (tr.t("rep-intro")) }).render(page))
            (filter_form(page, reference, raw, errors))
            @if let Some(r) = report {
                @let o = &r.outcomes;
                (downloads(tr, &format!("/organiser/reports.csv?{query}"), &format!("/organiser/reports.xlsx?{query}")))
                p { (tr.t("rep-definitions")) }
                (headline(tr, o, true))
                (funnel(tr, o))
                section {
                    h2 { (tr.t("rep-events")) }
                    @if o.events.is_empty() {
                        (c::empty_state(&tr.t("rep-no-events"), html! { (tr.t("empty-report-next")) }))
                    } @else {
                        (Table::under_heading(&tr.t("rep-events")).render(html! {
                            thead { tr {
                                th scope="col" { (tr.t("rep-event")) }
                                th scope="col" { (tr.t("rep-dates")) }
                                th scope="col" { (tr.t("rep-registered")) }
                                th scope="col" { (tr.t("rep-confirmed")) }
                                th scope="col" { (tr.t("rep-attended")) }
                                th scope="col" { (tr.t("rep-states")) }
                                th scope="col" { (tr.t("rep-women")) }
                            } }
                            tbody {
                                @for e in &o.events {
                                    tr {
                                        th scope="row" { a href={ "/organiser/events/" (e.event_id) "/report" } { (e.title) } " (" (e.city) ")" }
                                        td { (c::date(tr, e.start_date)) }
                                        td { (format::count(tr, e.registered)) } td { (format::count(tr, e.confirmed)) } td { (format::count(tr, e.attended)) }
                                        td { (format::count(tr, e.states)) } td { (format::count(tr, e.women)) }
                                    }
                                }
                            }
                        }))
                    }
                }
                @for dim in Dimension::ALL { (breakdown(tr, reference, o, dim)) }
            }
        },
    )
}
