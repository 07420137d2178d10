//! Calendars end to end: downloads and feeds parsed back with the `ical` crate and checked by
//! an independent validator (the `icalendar` crate, `tests/it/support/ics.rs`),
//! times in UTC for events in Kathmandu, Geneva (across a clock change) and New York; the
//! private feed; the REQUEST and CANCEL attachments of emails; import preview and round trip;
//! change notices sent once; the timetable and programme calendar pages; and bad input.

use std::io::BufReader;

use convene::domain::Role;
use convene::entities::{event_session, outbox_message};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use crate::helpers::{TestApp, location};
use crate::smtp::SmtpServer;

/// Places of events in three time zones.
const KATHMANDU: [(&str, &str); 3] = [("city", "Kathmandu"), ("country", "NPL"), ("time_zone", "Asia/Kathmandu")];
const GENEVA: [(&str, &str); 3] = [("city", "Geneva"), ("country", "CHE"), ("time_zone", "Europe/Zurich")];
const NEW_YORK: [(&str, &str); 3] = [("city", "New York"), ("country", "USA"), ("time_zone", "America/New_York")];

async fn download(app: &TestApp, client: &reqwest::Client, path: &str) -> String {
    let r = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    assert_eq!(r.headers()["content-type"], "text/calendar; charset=utf-8");
    r.text().await.unwrap()
}

/// Parses with the `ical` crate: (name, value) of each property of each VEVENT.
fn parse_with_ical(ics: &str) -> Vec<Vec<(String, String)>> {
    let mut out = Vec::new();
    for cal in ical::IcalParser::new(BufReader::new(ics.as_bytes())) {
        let cal = cal.expect("the ical crate parses our file");
        for ev in cal.events {
            out.push(ev.properties.into_iter().map(|p| (p.name, p.value.unwrap_or_default())).collect());
        }
    }
    out
}

fn prop<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    event.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// Runs the independent validator; panics with its reasons if the file is refused.
fn validate(ics: &str) -> Value {
    crate::support::ics::validate(ics)
}

fn validated_event<'a>(summary: &'a Value, uid_prefix: &str) -> Vec<&'a Value> {
    summary["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["uid"].as_str().unwrap().starts_with(uid_prefix))
        .collect()
}

fn session_times(summary: &Value) -> Vec<(String, String, String)> {
    let mut v: Vec<_> = validated_event(summary, "session-")
        .into_iter()
        .map(|e| {
            (
                e["summary"].as_str().unwrap().to_owned(),
                e["dtstart"].as_str().unwrap().to_owned(),
                e["dtend"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn event_files_are_valid_with_utc_times_in_kathmandu_geneva_and_new_york() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let title = "Workshop; arms, trade \\ treaty — a long title that certainly needs folding at seventy-five octets";
    let kathmandu = app.event(&org.browser).title(title).with(&KATHMANDU);
    let kathmandu = kathmandu
        .session("Opening, welcome; remarks", "2026-12-08", "09:00", "10:30", "Hall A")
        .published()
        .create()
        .await;
    // Summer time ends on Sunday 31 October 2027: 09:00 is UTC+2 before, UTC+1 after.
    let geneva = app.event(&org.browser).with(&GENEVA).dates("2027-10-29", "2027-11-02");
    let geneva = geneva.session("Before the change", "2027-10-29", "09:00", "10:00", "");
    let geneva = geneva.session("After the change", "2027-11-01", "09:00", "10:00", "").published().create().await;
    let new_york = app.event(&org.browser).with(&NEW_YORK).dates("2026-12-14", "2026-12-14");
    let new_york =
        new_york.session("Briefing", "2026-12-14", "09:00", "11:00", "Conference Room 4").published().create().await;

    let public = app.new_browser();
    let ics = download(&app, &public, &format!("/events/{kathmandu}/calendar.ics")).await;
    assert!(ics.lines().all(|l| l.len() <= 76), "lines are folded (75 octets and CR)");
    let parsed = parse_with_ical(&ics);
    assert_eq!(parsed.len(), 2, "the event and its session");
    assert_eq!(prop(&parsed[0], "DTSTART"), "20261208");
    assert_eq!(prop(&parsed[0], "DTEND"), "20261211", "all-day DTEND is the day after the last day");
    assert_eq!(prop(&parsed[1], "DTSTART"), "20261208T031500Z");
    assert_eq!(prop(&parsed[1], "DTEND"), "20261208T044500Z");
    assert!(prop(&parsed[0], "ORGANIZER").starts_with("mailto:"));
    let summary = validate(&ics);
    assert_eq!(summary["method"], "PUBLISH");
    let event = validated_event(&summary, "event-")[0];
    assert_eq!(event["summary"], title, "escaped TEXT reads back as written");
    assert!(event["location"].as_str().unwrap().contains("Kathmandu"));
    assert!(event["description"].as_str().unwrap().contains("Border-control"));
    assert_eq!(
        session_times(&summary),
        vec![("Opening, welcome; remarks".into(), "20261208T031500Z".into(), "20261208T044500Z".into())]
    );
    let revision = event["sequence"].as_i64().unwrap();
    assert!(revision >= 2, "SEQUENCE is the event's revision");

    let summary = validate(&download(&app, &public, &format!("/events/{geneva}/calendar.ics")).await);
    assert_eq!(
        session_times(&summary),
        vec![
            ("After the change".into(), "20271101T080000Z".into(), "20271101T090000Z".into()),
            ("Before the change".into(), "20271029T070000Z".into(), "20271029T080000Z".into()),
        ]
    );
    let summary = validate(&download(&app, &public, &format!("/events/{new_york}/calendar.ics")).await);
    assert_eq!(
        session_times(&summary),
        vec![("Briefing".into(), "20261214T140000Z".into(), "20261214T160000Z".into())]
    );

    // The organiser's copy is the same file; the timetable shows each day's offset.
    let organiser_copy = download(&app, &org.browser, &format!("/organiser/events/{kathmandu}/calendar.ics")).await;
    assert_eq!(session_times(&validate(&organiser_copy)).len(), 1);
    let (status, page) = app.get(&public, &format!("/events/{kathmandu}/timetable")).await;
    assert_eq!(status, 200);
    assert!(page.contains("UTC+05:45") && page.contains("09:00"));
    let (_, page) = app.get(&public, &format!("/events/{geneva}/timetable")).await;
    assert!(page.contains("UTC+02:00") && page.contains("UTC+01:00"));
    let (_, page) = app.get(&public, &format!("/events/{geneva}")).await;
    assert!(page.contains(&format!("/events/{geneva}/calendar.ics")));
}

#[tokio::test]
async fn feeds_list_published_events_by_programme_and_unit_and_are_in_the_openapi_document() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("a@example.org", Role::Admin, &[]).await;
    let workshop = app.event(&admin).title("Workshop in Lomé").published().create().await;
    let course = app.event(&admin).title("Firearms course").programme("SALW").set("unit", "UNLIREC");
    let course = course.session("Module 1", "2026-12-09", "08:00", "12:00", "").published().create().await;
    let draft = app.event(&admin).title("Draft meeting").create().await;

    let public = app.new_browser();
    let all = download(&app, &public, "/calendar/events.ics").await;
    let summary = validate(&all);
    let uids: Vec<&str> = summary["events"].as_array().unwrap().iter().map(|e| e["uid"].as_str().unwrap()).collect();
    assert!(uids.iter().any(|u| u.starts_with(&format!("event-{workshop}@"))));
    assert!(uids.iter().any(|u| u.starts_with(&format!("event-{course}@"))));
    assert!(!uids.iter().any(|u| u.starts_with(&format!("event-{draft}@"))), "drafts are never published");
    assert_eq!(uids.iter().filter(|u| u.starts_with("session-")).count(), 1);
    assert!(all.contains("X-WR-CALNAME:Convene — all events"));

    let salw = validate(&download(&app, &public, "/calendar/programmes/SALW/events.ics").await);
    assert_eq!(validated_event(&salw, "event-").len(), 1);
    assert_eq!(validated_event(&salw, "event-")[0]["summary"], "Firearms course");
    let unrec = validate(&download(&app, &public, "/calendar/units/UNREC/events.ics").await);
    assert_eq!(validated_event(&unrec, "event-").len(), 1);
    assert_eq!(validated_event(&unrec, "event-")[0]["summary"], "Workshop in Lomé");

    // Unknown codes are 404; a malformed private token is 410.
    assert_eq!(app.get(&public, "/calendar/programmes/NOPE/events.ics").await.0, 404);
    assert_eq!(app.get(&public, "/calendar/units/NOPE/events.ics").await.0, 404);
    assert_eq!(app.get(&public, "/calendar/private/not-a-token/events.ics").await.0, 410);
    assert_eq!(app.get(&public, &format!("/events/{draft}/calendar.ics")).await.0, 404);
    assert_eq!(app.get(&public, "/events/abc/calendar.ics").await.0, 404);

    // A cancelled event stays in the feed, marked cancelled, so subscribers drop it.
    assert_eq!(app.post_form(&admin, &format!("/organiser/events/{course}/cancel"), &[]).await.status(), 303);
    let salw = validate(&download(&app, &public, "/calendar/programmes/SALW/events.ics").await);
    assert!(salw["events"].as_array().unwrap().iter().all(|e| e["status"] == "CANCELLED"));

    let (_, doc) = app.get(&public, "/api/v1/openapi.json").await;
    for path in [
        "/calendar/events.ics",
        "/calendar/programmes/{code}/events.ics",
        "/calendar/units/{code}/events.ics",
        "/calendar/private/{token}/events.ics",
        "/events/{id}/calendar.ics",
        "/r/{token}/event.ics",
    ] {
        assert!(doc.contains(&format!("\"{path}\"")), "OpenAPI lacks {path}");
    }
}

#[tokio::test]
async fn confirmations_carry_a_request_cancellations_a_cancel_and_the_private_feed_is_revocable() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let id = app.event(&org.browser).set("venue_name", "Hôtel 2 Février");
    let id = id.session("Opening", "2026-12-08", "09:00", "10:00", "Salle 1").published().create().await;
    let manage = app.register_invitee(id, "amina@example.org", "Amina").await;
    let mail = smtp.wait_for_to("amina@example.org", 1).await.remove(0);
    let (method, ics) = mail.calendar.clone().expect("the confirmation carries a calendar file");
    assert_eq!(method, "REQUEST");
    let summary = validate(&ics);
    assert_eq!(summary["method"], "REQUEST");
    assert!(ics.contains("ATTENDEE;CN=\"Amina Diallo\";ROLE=REQ-PARTICIPANT"));
    assert!(ics.replace("\r\n ", "").contains("mailto:amina@example.org"));
    assert_eq!(validated_event(&summary, "session-").len(), 1);
    let sequence = validated_event(&summary, "event-")[0]["sequence"].as_i64().unwrap();
    // Lomé is on UTC all year.
    assert_eq!(session_times(&summary), vec![("Opening".into(), "20261208T090000Z".into(), "20261208T100000Z".into())]);

    // The manage page offers the download and the private feed.
    let person = app.new_browser();
    let (status, page) = app.get(&person, &manage).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("{manage}/calendar-feed")));
    let download_ics = download(&app, &person, &format!("{manage}/event.ics")).await;
    assert_eq!(validate(&download_ics)["method"], "PUBLISH");

    let r = app.post_form(&person, &format!("{manage}/calendar-feed"), &[]).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    let start = page.find("/calendar/private/").expect("the feed link is shown");
    let feed_path: String = page[start..].chars().take_while(|c| *c != '"' && *c != '<').collect();
    let feed = validate(&download(&app, &app.new_browser(), &feed_path).await);
    assert_eq!(validated_event(&feed, &format!("event-{id}@")).len(), 1);
    // A new link replaces the first one; stopping it leaves none.
    let r = app.post_form(&person, &format!("{manage}/calendar-feed"), &[]).await;
    let page = r.text().await.unwrap();
    let start = page.find("/calendar/private/").unwrap();
    let second: String = page[start..].chars().take_while(|c| *c != '"' && *c != '<').collect();
    assert_ne!(second, feed_path);
    assert_eq!(app.get(&person, &feed_path).await.0, 410);
    assert_eq!(app.get(&person, &second).await.0, 200);
    assert_eq!(app.post_form(&person, &format!("{manage}/calendar-feed/revoke"), &[]).await.status(), 200);
    assert_eq!(app.get(&person, &second).await.0, 410);
    // Without the CSRF token nothing changes.
    let r = person.post(app.url(&format!("{manage}/calendar-feed"))).form(&[("x", "y")]).send().await.unwrap();
    assert_eq!(r.status(), 403);

    // Cancelling sends a CANCEL, newer than the entry sent before.
    assert_eq!(app.post_form(&person, &format!("{manage}/cancel"), &[]).await.status(), 200);
    let mail = smtp.wait_for_to("amina@example.org", 2).await.remove(1);
    let (method, ics) = mail.calendar.expect("the cancellation carries a calendar file");
    assert_eq!(method, "CANCEL");
    let summary = validate(&ics);
    assert_eq!(summary["method"], "CANCEL");
    for e in summary["events"].as_array().unwrap() {
        assert_eq!(e["status"], "CANCELLED");
        assert_eq!(e["sequence"].as_i64().unwrap(), sequence + 1);
    }
    // The manage link's download now withdraws the entry too.
    let after = download(&app, &person, &format!("{manage}/event.ics")).await;
    assert_eq!(validate(&after)["method"], "CANCEL");
}

#[tokio::test]
async fn a_confirmation_after_a_schedule_change_carries_the_new_schedule() {
    // The server keeps an event's sessions for confirmations by the event's revision; a change
    // moves the revision, so the next confirmation reads the schedule again.
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let id = app.event(&org.browser).session("Opening", "2026-12-08", "09:00", "10:00", "").published().create().await;
    app.register_invitee(id, "first@example.org", "Amina").await;
    let first = smtp.wait_for_to("first@example.org", 1).await.remove(0);
    let (_, ics) = first.calendar.expect("the confirmation carries a calendar file");
    assert_eq!(validated_event(&validate(&ics), "session-").len(), 1);

    app.add_session(&org.browser, id, ["Closing", "2026-12-08", "16:00", "17:00", ""]).await;
    app.register_invitee(id, "second@example.org", "Amina").await;
    let second = smtp.wait_for_to("second@example.org", 1).await.remove(0);
    let (_, ics) = second.calendar.expect("the confirmation carries a calendar file");
    let summary = validate(&ics);
    let mut titles: Vec<String> = session_times(&summary).into_iter().map(|(title, _, _)| title).collect();
    titles.sort();
    assert_eq!(titles, ["Closing", "Opening"]);
}

#[tokio::test]
async fn an_accepted_seat_offer_is_confirmed_with_the_calendar_entry() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let id = app.event(&org.browser).capacity(1).published().create().await;
    let first = app.register_invitee(id, "first@example.org", "Amina").await;
    let second = app.register_invitee(id, "second@example.org", "Amina").await;
    let waitlisted = smtp.wait_for_to("second@example.org", 1).await.remove(0);
    assert!(waitlisted.calendar.is_none(), "no calendar entry while waiting");
    assert!(!second.is_empty());
    assert_eq!(app.post_form(&app.new_browser(), &format!("{first}/cancel"), &[]).await.status(), 200);
    let offer = smtp.wait_for_to("second@example.org", 2).await.remove(1);
    assert!(offer.calendar.is_none(), "an offer is not a confirmation");
    let manage = offer.path("/r/");
    assert_eq!(app.post_form(&app.new_browser(), &format!("{manage}/accept"), &[]).await.status(), 303);
    let confirmed = smtp.wait_for_to("second@example.org", 3).await.remove(2);
    let (method, ics) = confirmed.calendar.expect("the confirmation carries the entry");
    assert_eq!(method, "REQUEST");
    assert!(ics.replace("\r\n ", "").contains("mailto:second@example.org"));
    validate(&ics);
}

/// Sends `ics` as the calendar file of the import form at `path`.
async fn post_multipart(app: &TestApp, client: &reqwest::Client, path: &str, ics: &str) -> reqwest::Response {
    app.post_multipart(client, path, &[("file", Some("in.ics"), ics.as_bytes())]).await
}

async fn sessions_of(
    app: &TestApp,
    id: i32,
) -> Vec<(String, String, chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>, Option<String>)> {
    event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(id))
        .order_by_asc(event_session::Column::StartsAt)
        .all(&app.state.db.read)
        .await
        .unwrap()
        .into_iter()
        .map(|s| (s.title, s.kind.as_str().to_owned(), s.starts_at, s.ends_at, s.room))
        .collect()
}

#[tokio::test]
async fn an_exported_schedule_imports_into_a_new_event_after_a_preview() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let geneva = || app.event(&org.browser).with(&GENEVA).dates("2027-10-29", "2027-11-02");
    let source = geneva()
        .session("Plenary, day one", "2027-10-29", "09:00", "12:00", "Room XVIII")
        .session("Working group; export controls", "2027-11-01", "14:00", "17:30", "")
        .session("Closing", "2027-11-02", "16:00", "17:00", "Room XIX");
    let source = source.published().create().await;
    let exported = download(&app, &org.browser, &format!("/organiser/events/{source}/calendar.ics")).await;

    let target = geneva().create().await;
    let r = post_multipart(&app, &org.browser, &format!("/organiser/events/{target}/calendar-import"), &exported).await;
    assert_eq!(r.status(), 200);
    let preview = r.text().await.unwrap();
    assert!(preview.contains("3 sessions would be created"), "{preview}");
    assert!(preview.contains("An all-day entry is not a session."), "the event's own entry is listed");
    assert!(preview.contains("UTC+02:00") && preview.contains("UTC+01:00"));
    assert!(sessions_of(&app, target).await.is_empty(), "a preview saves nothing");

    let r =
        post_multipart(&app, &org.browser, &format!("/organiser/events/{target}/calendar-import/confirm"), &exported)
            .await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), format!("/organiser/events/{target}#schedule"));
    assert_eq!(sessions_of(&app, target).await, sessions_of(&app, source).await, "same sessions");
}

#[tokio::test]
async fn an_import_preview_lists_every_problem_and_bad_files_are_refused() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let id = app.event(&org.browser).set("time_zone", "Europe/Zurich").dates("2027-03-27", "2027-03-29").create().await;
    let file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other tool//EN\r\n\
BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:No start\r\nDTEND:20270327T100000Z\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Too late\r\nDTSTART:20270401T090000Z\r\nDTEND:20270401T100000Z\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:3\r\nSUMMARY:Odd zone\r\nDTSTART;TZID=Mars/Olympus:20270327T090000\r\nDTEND;TZID=Mars/Olympus:20270327T100000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:4\r\nSUMMARY:In the gap\r\nDTSTART;TZID=Europe/Zurich:20270328T023000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:5\r\nSUMMARY:Backwards\r\nDTSTART:20270327T100000Z\r\nDTEND:20270327T090000Z\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:6\r\nSUMMARY:Weekly\r\nDTSTART:20270327T100000Z\r\nDTEND:20270327T110000Z\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:7\r\nSUMMARY:Good\\, floating\r\nDTSTART:20270329T090000\r\nDURATION:PT1H30M\r\nLOCATION:Room 2\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:8\r\nSUMMARY:Same room\r\nDTSTART:20270329T100000\r\nDTEND:20270329T110000\r\nLOCATION:room 2\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";
    let r = post_multipart(&app, &org.browser, &format!("/organiser/events/{id}/calendar-import"), file).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    for reason in [
        "No start time (DTSTART).",
        "Outside the event's dates (2027-04-01).",
        "Unknown time zone: Mars/Olympus.",
        "2027-03-28 02:30 does not exist in Europe/Zurich",
        "The end is not after the start.",
        "Repeating entries (RRULE, RDATE) are not imported",
        "The room is already booked then (for Good, floating).",
    ] {
        assert!(page.contains(reason), "the preview lacks “{reason}”:\n{page}");
    }
    assert!(page.contains("One session would be created; 7 entries are left out."), "{page}");
    assert!(page.contains("Good, floating"));
    let r = post_multipart(&app, &org.browser, &format!("/organiser/events/{id}/calendar-import/confirm"), file).await;
    assert_eq!(r.status(), 303);
    let created = sessions_of(&app, id).await;
    assert_eq!(created.len(), 1);
    assert_eq!(created[0].0, "Good, floating");
    assert_eq!(
        created[0].2.to_rfc3339(),
        "2027-03-29T07:00:00+00:00",
        "floating time read in the event's zone (UTC+2)"
    );
    assert_eq!(created[0].4.as_deref(), Some("Room 2"));

    // Not a calendar, nothing sent, or nothing importable.
    let r =
        post_multipart(&app, &org.browser, &format!("/organiser/events/{id}/calendar-import"), "name,email\n").await;
    assert!(r.text().await.unwrap().contains("This is not an iCalendar file"));
    let r = post_multipart(&app, &org.browser, &format!("/organiser/events/{id}/calendar-import"), "").await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Choose a file or paste its text."));
    let empty = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    let r = post_multipart(&app, &org.browser, &format!("/organiser/events/{id}/calendar-import"), empty).await;
    assert!(r.text().await.unwrap().contains("The file holds no events."));
    let r = post_multipart(&app, &org.browser, &format!("/organiser/events/{id}/calendar-import/confirm"), empty).await;
    assert_eq!(r.status(), 422);
    // Another programme's organiser may not import.
    let other = app.signed_in("p@example.org", Role::Organiser, &["SALW"]).await;
    let r = post_multipart(&app, &other, &format!("/organiser/events/{id}/calendar-import"), file).await;
    assert_eq!(r.status(), 403);
    assert_eq!(sessions_of(&app, id).await.len(), 1);
}

#[tokio::test]
async fn each_malformed_entry_is_left_out_with_its_reason() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let id = app.event(&org.browser).create().await;
    let long = "x".repeat(301);
    let entries = [
        ("DTSTART:20261208T090000Z\r\nDTEND:20261208T100000Z\r\n", "No title (SUMMARY)."),
        ("SUMMARY:Open-ended\r\nDTSTART:20261208T090000Z\r\n", "No end time (DTEND or DURATION)."),
        ("SUMMARY:Odd length\r\nDTSTART:20261208T090000Z\r\nDURATION:1 hour\r\n", "Unreadable duration: 1 hour."),
        (
            "SUMMARY:Garbled\r\nDTSTART:2026-12-08 09:00\r\nDTEND:20261208T100000Z\r\n",
            "Unreadable date or time: 2026-12-08 09:00.",
        ),
        (
            "SUMMARY:Overnight\r\nDTSTART:20261208T200000Z\r\nDTEND:20261209T080000Z\r\n",
            "The session ends on another day",
        ),
        (
            "SUMMARY:Dropped\r\nSTATUS:CANCELLED\r\nDTSTART:20261208T090000Z\r\nDTEND:20261208T100000Z\r\n",
            "The entry is marked cancelled.",
        ),
        (
            &format!("SUMMARY:{long}\r\nDTSTART:20261208T090000Z\r\nDTEND:20261208T100000Z\r\n"),
            "The title is longer than 300 characters.",
        ),
    ];
    let mut file = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n");
    for (body, _) in &entries {
        file.push_str(&format!("BEGIN:VEVENT\r\nUID:x\r\n{body}END:VEVENT\r\n"));
    }
    file.push_str("END:VCALENDAR\r\n");
    let r = post_multipart(&app, &org.browser, &format!("/organiser/events/{id}/calendar-import"), &file).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    for (_, reason) in &entries {
        assert!(page.contains(reason), "the preview lacks “{reason}”");
    }
    assert!(page.contains("No session would be created") || page.contains("0 sessions would be created"), "{page}");
    assert!(!page.contains("calendar-import/confirm"), "nothing to confirm");

    // A file that is not UTF-8 is refused, naming the field.
    let file: &[u8] = b"BEGIN:VCALENDAR\xff\r\n";
    let path = format!("/organiser/events/{id}/calendar-import");
    let r = app.post_multipart(&org.browser, &path, &[("file", Some("x.ics"), file)]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("The file is not UTF-8 text."));
    assert!(sessions_of(&app, id).await.is_empty());
}

async fn outbox_count(app: &TestApp) -> u64 {
    outbox_message::Entity::find().count(&app.state.db.read).await.unwrap()
}

#[tokio::test]
async fn organisers_see_the_changes_and_each_confirmed_participant_gets_one_update() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    // The schedule is ready when the event is published: that is what participants first see.
    let id = app.event(&org.browser).session("Opening", "2026-12-08", "09:00", "10:00", "Salle 1");
    let id = id.session("Field visit", "2026-12-09", "09:00", "12:00", "").published().create().await;
    let (_, page) = org.get(&format!("/organiser/events/{id}/changes")).await;
    assert!(page.contains("Participants already know everything"), "nothing to notify right after publishing");
    app.register_invitee(id, "amina@example.org", "Amina").await;
    app.register_invitee(id, "kofi@example.org", "Amina").await;
    smtp.wait_for(2).await;

    // Move one session, remove another, add a third.
    let opening = sessions_of(&app, id).await;
    assert_eq!(opening.len(), 2);
    let ids: Vec<i32> = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(id))
        .order_by_asc(event_session::Column::StartsAt)
        .all(&app.state.db.read)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    let r = org
        .post_form(
            &format!("/organiser/events/{id}/sessions/{}", ids[0]),
            &[
                ("title", "Opening"),
                ("kind", "plenary"),
                ("date", "2026-12-08"),
                ("start_time", "09:30"),
                ("end_time", "10:30"),
                ("room", "Salle 2"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(org.post_form(&format!("/organiser/events/{id}/sessions/{}/delete", ids[1]), &[]).await.status(), 303);
    app.add_session(&org.browser, id, ["Closing", "2026-12-10", "15:00", "16:00", ""]).await;

    let (status, page) = org.get(&format!("/organiser/events/{id}/changes")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Opening changed: 8 December 2026 09:00–10:00 Salle 1 → 8 December 2026 09:30–10:30 Salle 2"),
        "{page}"
    );
    assert!(page.contains("Session removed: Field visit"));
    assert!(page.contains("New session: Closing"));
    assert!(page.contains("2 confirmed participants will be notified"));
    assert!(page.contains("amina@example.org") && page.contains("kofi@example.org"));

    let before = outbox_count(&app).await;
    let r = org.post_form(&format!("/organiser/events/{id}/changes/send"), &[]).await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("2 update emails are on their way."));
    assert_eq!(outbox_count(&app).await, before + 2);
    let update = smtp.wait_for_to("kofi@example.org", 2).await.remove(1);
    assert!(update.subject.starts_with("Programme updated"), "{}", update.subject);
    assert!(update.text.contains("New session: Closing"));
    let (method, ics) = update.calendar.expect("the update carries the new calendar entry");
    assert_eq!(method, "REQUEST");
    let summary = validate(&ics);
    let revision =
        convene::entities::event::Entity::find_by_id(id).one(&app.state.db.read).await.unwrap().unwrap().revision;
    assert!(summary["events"].as_array().unwrap().iter().all(|e| e["sequence"].as_i64() == Some(i64::from(revision))));
    let removed: Vec<_> =
        validated_event(&summary, "session-").into_iter().filter(|e| e["status"] == "CANCELLED").collect();
    assert_eq!(removed.len(), 1, "the removed session is withdrawn from calendars");
    assert_eq!(removed[0]["summary"], "Field visit");

    // Pressing again sends nothing new.
    let r = org.post_form(&format!("/organiser/events/{id}/changes/send"), &[]).await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Participants already know everything"));
    assert_eq!(outbox_count(&app).await, before + 2);

    // Cancelling the event: the notice removes it from calendars.
    assert_eq!(org.post_form(&format!("/organiser/events/{id}/cancel"), &[]).await.status(), 303);
    let (_, page) = org.get(&format!("/organiser/events/{id}/changes")).await;
    assert!(page.contains("The event has been cancelled."));
    assert_eq!(org.post_form(&format!("/organiser/events/{id}/changes/send"), &[]).await.status(), 200);
    let cancelled = smtp.wait_for_to("amina@example.org", 3).await.remove(2);
    assert!(cancelled.subject.starts_with("Event cancelled"));
    let (method, ics) = cancelled.calendar.unwrap();
    assert_eq!(method, "CANCEL");
    assert_eq!(validate(&ics)["method"], "CANCEL");

    // Another programme's organiser sees nothing and sends nothing.
    let other = app.signed_in("p@example.org", Role::Organiser, &["SALW"]).await;
    assert_eq!(app.get(&other, &format!("/organiser/events/{id}/changes")).await.0, 403);
    assert_eq!(app.post_form(&other, &format!("/organiser/events/{id}/changes/send"), &[]).await.status(), 403);
}

#[tokio::test]
async fn the_programme_calendar_shows_months_and_lists_and_names_bad_input() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("a@example.org", Role::Admin, &[]).await;
    app.event(&admin).title("December workshop").published().create().await;
    let course = app.event(&admin).title("Course of the small-arms programme").programme("SALW");
    course.dates("2027-01-11", "2027-01-12").published().create().await;
    let public = app.new_browser();
    let (status, page) = app.get(&public, "/calendar?month=2026-12").await;
    assert_eq!(status, 200);
    assert!(page.contains("December workshop") && !page.contains("Course of the small-arms programme"));
    assert!(page.contains("/calendar/events.ics"));
    let (status, page) = app.get(&public, "/calendar?view=list&month=2026-12&programme=SALW").await;
    assert_eq!(status, 200);
    assert!(page.contains("Course of the small-arms programme") && !page.contains("December workshop"));
    assert!(page.contains("/calendar/programmes/SALW/events.ics"));
    let (status, page) = app.get(&public, "/calendar").await;
    assert_eq!(status, 200, "the current month by default");
    assert!(page.contains("November 2026"));
    for (case, query, says) in [
        ("a thirteenth month", "month=2026-13", "Give a month as YYYY-MM"),
        ("an unknown view", "view=year", ""),
        ("an unknown programme", "programme=NOPE", ""),
    ] {
        let (status, page) = app.get(&public, &format!("/calendar?{query}")).await;
        assert_eq!(status, 422, "{case}");
        assert!(page.contains(says), "{case}");
    }
    let (_, home) = app.get(&public, "/").await;
    assert!(home.contains("href=\"/calendar\""));
}
