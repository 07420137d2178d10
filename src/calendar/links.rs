//! The calendar links other pages carry: an event's public and organiser pages, the list of
//! events, and a person's manage page.

use maud::{Markup, html};

use crate::i18n::Tr;
use crate::web::components as c;

/// The calendar links of an event's public page.
pub fn public_links(tr: Tr, event_id: i32) -> Markup {
    html! {
        p.calendar-links {
            a href={ "/events/" (event_id) "/calendar.ics" } { (tr.t("cal-download")) }
            " · "
            a href={ "/events/" (event_id) "/timetable" } { (tr.t("cal-timetable")) }
        }
    }
}

/// The calendar links of the public list of events (all, or one programme's).
pub fn home_links(tr: Tr, programme: Option<&str>) -> Markup {
    let (calendar, feed) = match programme {
        Some(code) => (format!("/calendar?programme={code}"), format!("/calendar/programmes/{code}/events.ics")),
        None => ("/calendar".to_owned(), "/calendar/events.ics".to_owned()),
    };
    html! {
        p.calendar-links {
            a href=(calendar) { (tr.t("cal-home-calendar")) }
            " · "
            a href=(feed) { (tr.t("cal-home-subscribe")) }
        }
    }
}

/// The calendar links of an event's organiser page.
pub fn organiser_links(tr: Tr, event_id: i32, cancelled: bool) -> Markup {
    html! {
        p.calendar-links {
            a href={ "/organiser/events/" (event_id) "/calendar.ics" } { (tr.t("cal-download")) }
            @if !cancelled {
                " · "
                a href={ "/organiser/events/" (event_id) "/calendar-import" } { (tr.t("cal-import-link")) }
            }
            " · "
            a href={ "/organiser/events/" (event_id) "/changes" } { (tr.t("cal-changes-link")) }
        }
    }
}

/// The calendar part of a person's manage page: the download and the private feed.
pub fn manage_section(tr: Tr, token: &str, csrf: &str) -> Markup {
    html! {
        section #calendar {
            h2 { (tr.t("cal-manage-title")) }
            p { a href={ "/r/" (token) "/event.ics" } { (tr.t("reg-calendar")) } }
            p.hint { (tr.t("cal-feed-explain")) }
            form.inline method="post" action={ "/r/" (token) "/calendar-feed" } {
                (c::csrf_field(csrf))
                button type="submit" { (tr.t("cal-feed-issue")) }
            }
            form.inline method="post" action={ "/r/" (token) "/calendar-feed/revoke" } {
                (c::csrf_field(csrf))
                button.link.danger type="submit" { (tr.t("cal-feed-revoke")) }
            }
        }
    }
}
