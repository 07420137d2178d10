//! Report pages: the figures as text, tables and SVG charts (readable without JavaScript and
//! printable), with the CSV and XLSX downloads.

use maud::{Markup, html};

use super::charts;
use super::export::{Figure, summary};
use super::labels::{Dimension, labelled};
use super::rules::{EventReport, EventRow, EventStage, Outcomes, ProgrammeReport, RawFilters, SessionAttendance};
use crate::domain::DatePrecision;
use crate::error::FieldErrors;
use crate::i18n::{Tr, format};
use crate::reference::{self as names, Reference};
use crate::web::components::{self as c, EventTab, Header, Input, Table};
use crate::web::extract::Page;
use crate::web::layout;

/// The headline figures as cards (the counts of events held, under way and planned only
/// across events).
fn headline(tr: Tr, o: &Outcomes, across_events: bool) -> Markup {
    let cards: Vec<(String, Markup)> = summary(o)
        .into_iter()
        .filter(|(code, _, _)| across_events || !code.starts_with("events_"))
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

/// `chart`, or the sentence `why` there is none (nothing to draw).
fn chart_or(chart: Option<Markup>, why: &str) -> Markup {
    chart.unwrap_or_else(|| c::empty_state(why, html! {}))
}

/// Why nobody is counted present: the event has not started, is under way, or is over.
fn no_check_ins(tr: Tr, stage: EventStage) -> String {
    tr.t(match stage {
        EventStage::Planned => "rep-no-check-ins-planned",
        EventStage::UnderWay => "rep-no-check-ins-under-way",
        EventStage::Held => "rep-no-check-ins-held",
    })
}

/// The funnel as a chart, or why there is none.
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
            (chart_or(charts::funnel(tr, &tr.t("rep-funnel"), &steps), &tr.t("rep-no-funnel")))
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
            @if dim == Dimension::AttendanceMode { p.hint { (tr.t("rep-remote-note")) } }
            @if rows.is_empty() {
                (c::empty_state(&tr.t("rep-nobody"), html! {}))
            } @else {
                // The chart counts confirmed participants; registrations alone still show in the table.
                (chart_or(charts::bars(tr, &format!("{title} — {}", tr.t("rep-confirmed")), &chart), &tr.t("rep-none-confirmed")))
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

/// Attendance per day: a chart and a table, or why nobody is counted.
fn per_day(tr: Tr, r: &EventReport) -> Markup {
    let days: Vec<(String, u64)> = r.days.iter().map(|d| (format::short_day_month(tr, d.day), d.attended)).collect();
    let title = tr.t("rep-per-day");
    html! {
        section {
            h2 { (title) }
            @if let Some(chart) = charts::columns(tr, &title, &days) {
                (chart)
                (Table::under_heading(&title).render(html! {
                    thead { tr { th scope="col" { (tr.t("rep-day")) } th scope="col" { (tr.t("rep-attended")) } } }
                    tbody { @for d in &r.days { tr { th scope="row" { (c::date(tr, d.day)) } td { (format::count(tr, d.attended)) } } } }
                }))
            } @else {
                (c::empty_state(&no_check_ins(tr, r.stage), html! {}))
            }
        }
    }
}

/// Attendance per session (scans for the whole day count for each session of that day): a
/// chart and a table, or why there is none.
fn per_session(tr: Tr, r: &EventReport) -> Markup {
    let title = tr.t("rep-per-session");
    let label = |s: &SessionAttendance| format!("{} ({})", s.title, c::date(tr, s.day));
    let rows: Vec<(String, u64)> = r.sessions.iter().map(|s| (label(s), s.attended)).collect();
    html! {
        section {
            h2 { (title) }
            @if r.sessions.is_empty() {
                (c::empty_state(&tr.t("rep-no-sessions"), html! {}))
            } @else if let Some(chart) = charts::bars(tr, &title, &rows) {
                p { (tr.t("rep-per-session-note")) }
                (chart)
                (Table::under_heading(&title).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("rep-session")) } th scope="col" { (tr.t("rep-day")) } th scope="col" { (tr.t("rep-attended")) }
                    } }
                    tbody { @for s in &r.sessions { tr { th scope="row" { (s.title) } td { (c::date(tr, s.day)) } td { (format::count(tr, s.attended)) } } } }
                }))
            } @else {
                (c::empty_state(&no_check_ins(tr, r.stage), html! {}))
            }
        }
    }
}

/// `/organiser/events/{id}/report`.
pub fn event_page(page: &Page, reference: &Reference, r: &EventReport) -> Markup {
    let tr = page.tr;
    let o = &r.outcomes;
    let base = format!("/organiser/events/{}/report", r.event_id);
    // The event's title in the reader's language where it has one, marked with its language.
    let event_title = r.event.as_ref().map_or_else(
        || crate::events::content::Text { text: r.title.clone(), lang: tr.lang() },
        |e| crate::events::content::title(e, tr.lang()),
    );
    let title = tr.ta("rep-event-title", &[("title", &event_title.text)]);
    layout::page(
        page,
        &title,
        html! {
            (Header::event(tr, r.event_id, &event_title, EventTab::Report, title.clone())
                .lead(html! { span.meta { (r.city) ", " (c::date_range(tr, r.start_date, r.end_date, DatePrecision::Day)) " · " (stage_name(tr, r.stage)) } })
                .render(page))
            (downloads(tr, &format!("{base}.csv"), &format!("{base}.xlsx")))
            p { (tr.t("rep-definitions")) }
            (headline(tr, o, false))
            (funnel(tr, o))
            (per_day(tr, r))
            (per_session(tr, r))
            @for dim in Dimension::ALL { (breakdown(tr, reference, o, dim)) }
        },
    )
}

/// The name of a stage.
fn stage_name(tr: Tr, stage: EventStage) -> String {
    tr.t(&format!("rep-stage-{}", stage.code()))
}

/// The events of a report across events, held, under way and planned apart.
fn event_lists(tr: Tr, o: &Outcomes) -> Markup {
    html! {
        section {
            h2 { (tr.t("rep-events")) }
            @if o.events.is_empty() {
                (c::empty_state(&tr.t("rep-no-events"), html! { (tr.t("empty-report-next")) }))
            }
            @for stage in EventStage::ALL {
                @let events: Vec<&EventRow> = o.events_at(stage).collect();
                @if !events.is_empty() {
                    @let heading = tr.ta(&format!("rep-list-{}", stage.code()), &[("count", &events.len().to_string())]);
                    h3 { (heading) }
                    (event_table(tr, &heading, &events))
                }
            }
        }
    }
}

/// One table of events.
fn event_table(tr: Tr, caption: &str, events: &[&EventRow]) -> Markup {
    Table::under_heading(caption).render(html! {
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
            @for e in events {
                tr {
                    th scope="row" { a href={ "/organiser/events/" (e.event_id) "/report" } { (e.title) } " (" (e.city) ")" }
                    td { (c::date(tr, e.start_date)) }
                    td { (format::count(tr, e.registered)) } td { (format::count(tr, e.confirmed)) } td { (format::count(tr, e.attended)) }
                    td { (format::count(tr, e.states)) } td { (format::count(tr, e.women)) }
                }
            }
        }
    })
}

/// The filter form of the report across events.
fn filter_form(page: &Page, reference: &Reference, raw: &RawFilters, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    let visible = |code: &str| page.staff.as_ref().is_some_and(|s| s.can_manage(code));
    let programmes: Vec<(String, String)> = reference
        .programmes
        .iter()
        .filter(|p| visible(&p.code))
        .map(|p| (p.code.clone(), format!("{} — {}", p.code, names::programme(tr, reference, &p.code))))
        .collect();
    let units: Vec<(String, String)> =
        reference.units.iter().map(|u| (u.code.clone(), names::unit(tr, reference, &u.code))).collect();
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
                (event_lists(tr, o))
                @for dim in Dimension::ALL { (breakdown(tr, reference, o, dim)) }
            }
        },
    )
}
