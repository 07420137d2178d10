//! Calendar pages: the printable timetable, the programme calendar (month grid and list), the
//! import form and preview, the change-notice page, and the private feed's pages. Views get
//! plain data; they never query.

use chrono::{Datelike, Duration, NaiveDate, Offset};
use maud::{Markup, html};

use super::import::Preview;
use super::notices::{self, Pending};
use super::queries::CalendarRequest;
use crate::domain::EventStatus;
use crate::entities::event;
use crate::error::FieldErrors;
use crate::events::content;
use crate::events::rules::EventDetail;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::web::components::{self as c, Alert, EventTab, Header, Table};
use crate::web::extract::Page;
use crate::web::layout;

fn dates(tr: Tr, e: &event::Model) -> String {
    c::date_range(tr, e.start_date, e.end_date, e.date_precision)
}

/// The new private feed link, shown once.
pub fn feed_issued(page: &Page, token: &str, url: &str) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("cal-feed-title"),
        html! {
            (Header::new(tr.t("cal-feed-title")).render(page))
            (c::alert_text(Alert::Warning, &tr.t("cal-feed-once")))
            div.field {
                label for="feed-url" { (tr.t("cal-feed-url")) }
                input #feed-url type="text" readonly value=(url);
            }
            p { a href=(url) { (url) } }
            form.inline method="post" action={ "/r/" (token) "/calendar-feed/revoke" } {
                (c::csrf_field(&page.csrf))
                button.link.danger type="submit" { (tr.t("cal-feed-revoke")) }
            }
            p { a href={ "/r/" (token) } { span.arrow aria-hidden="true" { "←" } " " (tr.t("cal-back-to-registration")) } }
        },
    )
}

/// After stopping the private feed.
pub fn feed_revoked(page: &Page, token: &str) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("cal-feed-title"),
        html! {
            (Header::new(tr.t("cal-feed-title")).render(page))
            (c::alert_text(Alert::Success, &tr.t("cal-feed-revoked")))
            p { a href={ "/r/" (token) } { span.arrow aria-hidden="true" { "←" } " " (tr.t("cal-back-to-registration")) } }
        },
    )
}

/// The printable timetable: day by day in the event's time zone, with each day's UTC offset.
pub fn timetable(page: &Page, reference: &Reference, d: &EventDetail) -> Markup {
    let tr = page.tr;
    let e = &d.event;
    let title = content::title(e, tr.lang());
    layout::page(
        page,
        &tr.ta("cal-timetable-title", &[("title", &title.text)]),
        html! {
            article.timetable {
                (Header::in_lang(title.clone())
                    .crumb(tr.t("nav-events"), "/")
                    .crumb(title.text.clone(), format!("/events/{}", e.id))
                    .lead(html! { span.meta { (dates(tr, e)) " · " (super::ics::place(e, reference, tr.lang())) } })
                    .render(page))
                @if e.status == EventStatus::Cancelled { (c::alert_text(Alert::Warning, &tr.t("event-cancelled-notice"))) }
                (crate::events::views::schedule(tr, e, &d.sessions, &d.session_items, None))
                p.calendar-links { a href={ "/events/" (e.id) "/calendar.ics" } { (tr.t("cal-download")) } }
            }
        },
    )
}

/// First and last day the programme calendar shows for a request: the whole weeks around the
/// month, or a year from the month in the list.
pub fn shown_range(r: CalendarRequest) -> (NaiveDate, NaiveDate) {
    if r.list {
        let end = NaiveDate::from_ymd_opt(r.month.year() + 1, r.month.month(), 1).unwrap_or(r.month);
        return (r.month, end - Duration::days(1));
    }
    let first = r.month;
    let next = next_month(first);
    let last = next - Duration::days(1);
    let start = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
    let end = last + Duration::days(i64::from(6 - last.weekday().num_days_from_monday()));
    (start, end)
}

fn next_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}

fn previous_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 1 { (d.year() - 1, 12) } else { (d.year(), d.month() - 1) };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}

fn calendar_href(list: bool, month: NaiveDate, programme: Option<&str>) -> String {
    let mut href = format!("/calendar?view={}&month={}", if list { "list" } else { "month" }, month.format("%Y-%m"));
    if let Some(p) = programme {
        href.push_str("&programme=");
        href.push_str(p);
    }
    href
}

/// The programme calendar: a month grid (weeks from Monday) or a list of the year ahead.
pub fn programme_calendar(
    page: &Page,
    reference: &Reference,
    r: CalendarRequest,
    programme: Option<&str>,
    events: &[event::Model],
) -> Markup {
    let tr = page.tr;
    let month_title = crate::i18n::format::month(tr, r.month);
    let title = match programme {
        Some(code) => format!("{} — {}", tr.t("cal-programme-title"), crate::reference::programme(tr, reference, code)),
        None => tr.t("cal-programme-title"),
    };
    let feed = match programme {
        Some(code) => format!("/calendar/programmes/{code}/events.ics"),
        None => "/calendar/events.ics".to_owned(),
    };
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("nav-events"), "/").render(page))
            nav.filters aria-label=(tr.t("public-programmes")) {
                a href=(calendar_href(r.list, r.month, None)) aria-current=[programme.is_none().then_some("page")] { (tr.t("public-all-programmes")) }
                @for p in &reference.programmes {
                    a href=(calendar_href(r.list, r.month, Some(&p.code))) title=(crate::reference::programme(tr, reference, &p.code)) aria-current=[(programme == Some(p.code.as_str())).then_some("page")] { (p.code) }
                }
            }
            nav.filters aria-label=(tr.t("cal-views")) {
                a href=(calendar_href(false, r.month, programme)) aria-current=[(!r.list).then_some("page")] { (tr.t("cal-view-month")) }
                a href=(calendar_href(true, r.month, programme)) aria-current=[r.list.then_some("page")] { (tr.t("cal-view-list")) }
                a href=(feed) { (tr.t("cal-subscribe")) }
            }
            p {
                a href=(calendar_href(r.list, previous_month(r.month), programme)) rel="prev" { span.arrow aria-hidden="true" { "←" } " " (tr.t("cal-previous")) }
                " "
                strong { (month_title) }
                " "
                a href=(calendar_href(r.list, next_month(r.month), programme)) rel="next" { (tr.t("cal-next")) " " span.arrow aria-hidden="true" { "→" } }
            }
            @if r.list {
                @if events.is_empty() { p { (tr.t("public-no-events")) } }
                ul.cards {
                    @for e in events {
                        li.card {
                            h2 { a href={ "/events/" (e.id) } { (c::in_lang(&content::title(e, tr.lang()), tr.lang())) } }
                            p.meta { (dates(tr, e)) " · " (super::ics::place(e, reference, tr.lang())) " · " (e.programme_code) }
                            @if e.status == EventStatus::Cancelled { p.meta { (tr.t("status-cancelled")) } }
                        }
                    }
                }
            } @else {
                (month_grid(tr, r, events))
            }
        },
    )
}

/// The month grid: weeks from Monday, each day with the events running that day.
fn month_grid(tr: Tr, r: CalendarRequest, events: &[event::Model]) -> Markup {
    let month_title = crate::i18n::format::month(tr, r.month);
    let (start, end) = shown_range(r);
    Table::under_heading(&month_title).class("month-grid").render(html! {
        thead { tr { @for wd in 1..=7 { th scope="col" { (tr.t(&format!("weekday-{wd}"))) } } } }
        tbody {
            @for week in 0..=((end - start).num_days() / 7) {
                tr {
                    @for wd in 0..7 {
                        @let day = start + Duration::days(week * 7 + wd);
                        td class=@if day.month() != r.month.month() { "other-month" } @else { "" } {
                            span.day-number { (day.day()) }
                            @for e in events.iter().filter(|e| e.start_date <= day && day <= e.end_date) {
                                @let title = content::title(e, tr.lang());
                                a.event href={ "/events/" (e.id) } title=(title.text) {
                                    @if e.status == EventStatus::Cancelled { s { (c::in_lang(&title, tr.lang())) } } @else { (c::in_lang(&title, tr.lang())) }
                                }
                            }
                        }
                    }
                }
            }
        }
    })
}

/// The upload form of an import.
pub fn import_form(page: &Page, e: &event::Model, errors: &FieldErrors) -> Markup {
    let tr = page.tr;
    layout::page(
        page,
        &tr.t("cal-import-title"),
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, tr.t("cal-import-title")).render(page))
            p { (tr.ta("cal-import-explain", &[("zone", &e.time_zone)])) }
            (c::with_error_summary(tr, errors, html! {
                form.stack method="post" enctype="multipart/form-data" action={ "/organiser/events/" (e.id) "/calendar-import?csrf=" (page.csrf) } {
                    div.field {
                        label for="file" { (tr.t("cal-import-file")) }
                        input #file type="file" name="file" accept=".ics,text/calendar";
                    }
                    div.field {
                        label for="ics" { (tr.t("cal-import-paste")) }
                        textarea #ics name="ics" rows="8" {}
                    }
                    button.primary type="submit" { (tr.t("cal-import-preview")) }
                }
            }))
        },
    )
}

/// The preview: the sessions to create and every entry left out, before confirming.
pub fn import_preview(page: &Page, e: &event::Model, preview: &Preview, text: &str) -> Markup {
    let tr = page.tr;
    let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
    layout::page(
        page,
        &tr.t("cal-import-title"),
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, tr.t("cal-import-title")).render(page))
            p { (tr.ta("cal-import-summary", &[("sessions", &preview.sessions.len().to_string()), ("problems", &preview.problems.len().to_string())])) }
            @if !preview.problems.is_empty() {
                h2 { (tr.t("cal-import-problems")) }
                (Table::under_heading(&tr.t("cal-import-problems")).class("problems").render(html! {
                    thead { tr { th scope="col" { (tr.t("cal-import-entry")) } th scope="col" { (tr.t("schedule-session")) } th scope="col" { (tr.t("cal-import-reason")) } } }
                    tbody {
                        @for p in &preview.problems {
                            tr {
                                td { @if p.entry > 0 { (p.entry) } @else { "—" } }
                                td { (p.summary) }
                                td { (tr.msg(&p.message)) }
                            }
                        }
                    }
                }))
            }
            @if !preview.sessions.is_empty() {
                h2 { (tr.t("cal-import-sessions")) }
                p.hint { (tr.ta("schedule-time-zone", &[("zone", e.time_zone.as_str())])) }
                (Table::under_heading(&tr.t("cal-import-sessions")).class("schedule").render(html! {
                    thead { tr { th scope="col" { (tr.t("schedule-time")) } th scope="col" { (tr.t("schedule-session")) } th scope="col" { (tr.t("schedule-room")) } } }
                    tbody {
                        @for s in &preview.sessions {
                            @let start = s.when.start().with_timezone(&tz);
                            tr {
                                td.time {
                                    (c::date(tr, start.date_naive())) " " (start.format("%H:%M")) "–" (s.when.end().with_timezone(&tz).format("%H:%M"))
                                    " (" (c::utc_offset(start.offset().fix().local_minus_utc())) ")"
                                }
                                td { (s.title) }
                                td { (s.room.as_deref().unwrap_or("")) }
                            }
                        }
                    }
                }))
                form method="post" enctype="multipart/form-data" action={ "/organiser/events/" (e.id) "/calendar-import/confirm?csrf=" (page.csrf) } {
                    textarea name="ics" hidden { (text) }
                    button.primary type="submit" { (tr.ta("cal-import-confirm", &[("count", &preview.sessions.len().to_string())])) }
                }
            }
            p { a href={ "/organiser/events/" (e.id) "/calendar-import" } { (tr.t("cal-import-again")) } }
        },
    )
}

/// The change-notice page: what changed since participants were last told, who will be
/// told, and the Send button.
pub fn changes(page: &Page, reference: &Reference, p: &Pending, sent: Option<u64>) -> Markup {
    let tr = page.tr;
    let e = &p.event;
    layout::page(
        page,
        &tr.t("cal-changes-title"),
        html! {
            (Header::event_sub(tr, e.id, &crate::events::content::title(e, tr.lang()), EventTab::Overview, tr.t("cal-changes-title")).render(page))
            @if let Some(n) = sent { (c::alert_text(Alert::Success, &tr.ta("cal-changes-sent", &[("count", &n.to_string())]))) }
            @match (p.notified_revision, p.notified_at) {
                (Some(rev), Some(at)) => p.meta { (tr.ta("cal-changes-last", &[("revision", &rev.to_string()), ("when", &at.format("%Y-%m-%d %H:%M UTC").to_string()), ("current", &e.revision.to_string())])) },
                _ => p.meta { (tr.t("cal-changes-no-baseline")) },
            }
            @if p.up_to_date() {
                p { (tr.t("cal-changes-none")) }
            } @else {
                h2 { (tr.t("cal-changes-list")) }
                @if p.changes.is_empty() { p { (tr.t("cal-changes-unknown")) } }
                ul.changes { @for change in &p.changes { li { (notices::describe(tr, reference, &e.time_zone, change)) } } }
                h2 { (tr.ta("cal-changes-recipients", &[("count", &p.recipients.len().to_string())])) }
                @if !p.recipients.is_empty() {
                    ul.recipients { @for r in &p.recipients { li { (r.name) " <" (r.email) ">" } } }
                }
                form method="post" action={ "/organiser/events/" (e.id) "/changes/send" } {
                    (c::csrf_field(&page.csrf))
                    button.primary type="submit" { (tr.ta("cal-changes-send", &[("count", &p.recipients.len().to_string())])) }
                }
            }
        },
    )
}
