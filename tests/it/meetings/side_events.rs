//! Side events of a meeting: the public request confirmed by its emailed link, the
//! secretariat's approval with a room and a time (never a room a session or another side event
//! holds) or decline with a reason, the emails, the programme page and its .ics feed, the API,
//! and twenty approvals into one room at once (SQLite and, with `CONVENE_TEST_DATABASE_URL`,
//! PostgreSQL).

use convene::domain::SideEventState;
use convene::entities::side_event;
use reqwest::Method;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, location, test_now};
use crate::smtp::SmtpServer;
use crate::support::factories::staff::Staff;
use crate::support::ics;

/// An app sending mail to `smtp`, an organiser and their published meeting (8–10 December
/// 2026, Africa/Lome, UTC+0).
async fn meeting_with_mail(smtp: &SmtpServer) -> (TestApp, Staff, i32) {
    let app = TestApp::spawn_with_smtp(smtp).await;
    let org = app.organiser_at("secretariat@example.org").await;
    let id =
        app.event(&org.browser).title("Meeting of States Parties").set("kind", "meeting").published().create().await;
    (app, org, id)
}

/// A good request form, changed by `changes`.
fn request_form<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("title", "Universalization of the Convention"),
        ("organisers", "Permanent Mission of Ghana"),
        ("co_sponsors", "VERTIC"),
        ("contact_name", "Ama Mensah"),
        ("contact_email", "Ama.Mensah@Example.org"),
        ("expected_audience", "40"),
        ("interpretation", "on"),
        ("slot1_date", "2026-12-08"),
        ("slot1_start", "13:15"),
        ("slot1_end", "14:45"),
        ("slot2_date", "2026-12-09"),
        ("slot2_start", "13:15"),
        ("slot2_end", "14:45"),
    ];
    for (k, v) in changes {
        fields.retain(|(f, _)| f != k);
        fields.push((k, v));
    }
    fields
}

/// A confirmed request written straight to the database (for the tests about allocation).
async fn pending(app: &TestApp, event: i32, title: &str) -> i32 {
    let starts = test_now() + chrono::Duration::days(11) + chrono::Duration::hours(3);
    let slots =
        serde_json::to_string(&[[starts.to_rfc3339(), (starts + chrono::Duration::hours(1)).to_rfc3339()]]).unwrap();
    side_event::ActiveModel {
        event_id: Set(event),
        title: Set(title.to_owned()),
        organisers: Set("An NGO".to_owned()),
        co_sponsors: Set(String::new()),
        contact_name: Set("Contact".to_owned()),
        contact_email: Set(format!("{}@example.org", title.to_lowercase().replace(' ', "-"))),
        language: Set("en".to_owned()),
        expected_audience: Set(30),
        interpretation: Set(false),
        webcast: Set(false),
        preferred_slots: Set(slots),
        state: Set(SideEventState::Pending),
        requested_at: Set(test_now()),
        confirmed_at: Set(Some(test_now())),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .unwrap()
    .id
}

#[tokio::test]
async fn a_request_confirmed_by_its_link_is_approved_emailed_and_on_the_programme() {
    let smtp = SmtpServer::start();
    let (app, org, event) = meeting_with_mail(&smtp).await;
    let visitor = app.new_browser();
    let form = format!("/events/{event}/side-events/request");
    assert_eq!(app.get(&visitor, &form).await.0, 200);
    let r = app.post_form(&visitor, &form, &request_form(&[])).await;
    assert_eq!(r.status(), 200);
    // Unconfirmed: the secretariat does not see it.
    let (_, list) = org.api.get(&format!("/api/v1/events/{event}/side-events")).await;
    assert_eq!(list["side_events"].as_array().unwrap().len(), 0, "{list}");
    let (_, page) = app.get(&org.browser, &format!("/organiser/events/{event}/side-events")).await;
    assert!(!page.contains("Universalization"));

    let mail = smtp.wait_for_to("ama.mensah@example.org", 1).await.remove(0);
    let confirm = mail.path("/side-events/confirm/");
    // Opening the link (a mail scanner) changes nothing; the button does.
    let (status, page) = app.get(&visitor, &confirm).await;
    assert_eq!(status, 200);
    assert!(page.contains("Universalization of the Convention"));
    assert_eq!(org.api.get(&format!("/api/v1/events/{event}/side-events")).await.1["side_events"][0], json!(null));
    assert_eq!(app.post_form(&visitor, &confirm, &[]).await.status(), 200);
    assert_eq!(app.get(&visitor, &confirm).await.0, 410, "the link works once");

    let (_, list) = org.api.get(&format!("/api/v1/events/{event}/side-events")).await;
    let request = &list["side_events"][0];
    assert_eq!(request["state"], "pending");
    assert_eq!(request["preferred_slots"].as_array().unwrap().len(), 2);
    assert_eq!(request["interpretation"], true);
    let id = request["id"].as_i64().unwrap();
    let detail = format!("/organiser/events/{event}/side-events/{id}");
    let (status, page) = app.get(&org.browser, &detail).await;
    assert_eq!(status, 200);
    assert!(page.contains("VERTIC"));

    // Approved in the second preferred slot.
    let r = app.post_form(&org.browser, &format!("{detail}/approve"), &[("room", "Room XXIV"), ("slot", "2")]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), format!("/organiser/events/{event}/side-events"));
    let decided = smtp.wait_for_to("ama.mensah@example.org", 2).await;
    let notice = &decided[1];
    assert!(notice.text.contains("Room XXIV"), "{}", notice.text);
    assert!(notice.text.contains("13:15"), "{}", notice.text);
    assert!(notice.link(&format!("/events/{event}/side-events")).is_some());
    // Audited.
    let approvals = convene::entities::audit_entry::Entity::find()
        .filter(convene::entities::audit_entry::Column::Action.eq("side_event.approve"))
        .count(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(approvals, 1);

    // The programme: the page and the feed.
    let (status, page) = app.get(&visitor, &format!("/events/{event}/side-events")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Universalization of the Convention") && page.contains("Room XXIV"));
    let r = visitor.get(app.url(&format!("/events/{event}/side-events.ics"))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
    let summary = ics::validate(&r.text().await.unwrap());
    let events = summary["events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{summary}");
    assert_eq!(events[0]["summary"], "Universalization of the Convention");
    assert_eq!(events[0]["dtstart"], "20261209T131500Z");
    assert_eq!(events[0]["dtend"], "20261209T144500Z");
    let uid = events[0]["uid"].as_str().unwrap().to_owned();
    assert!(uid.starts_with(&format!("side-event-{id}@")));
    // The UID is stable.
    let again = visitor.get(app.url(&format!("/events/{event}/side-events.ics"))).send().await.unwrap();
    assert_eq!(ics::validate(&again.text().await.unwrap())["events"][0]["uid"], uid.as_str());

    // Decided once only.
    let r = app.post_form(&org.browser, &format!("{detail}/decline"), &[("reason", "Too late")]).await;
    assert_eq!(r.status(), 409);
}

#[tokio::test]
async fn a_declined_request_is_emailed_with_its_reason_in_the_requesters_language() {
    let smtp = SmtpServer::start();
    let (app, org, event) = meeting_with_mail(&smtp).await;
    let visitor = app.new_browser();
    // The requester reads French: their emails are in French.
    visitor.get(app.url("/language?lang=fr&next=/")).send().await.unwrap();
    let r = app.post_form(&visitor, &format!("/events/{event}/side-events/request"), &request_form(&[])).await;
    assert_eq!(r.status(), 200);
    let mail = smtp.wait_for_to("ama.mensah@example.org", 1).await.remove(0);
    assert_eq!(app.post_form(&visitor, &mail.path("/side-events/confirm/"), &[]).await.status(), 200);
    let (_, list) = org.api.get(&format!("/api/v1/events/{event}/side-events")).await;
    let id = list["side_events"][0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/events/{event}/side-events/{id}/decline");
    let (status, v) = org.api.post(&path, json!({"reason": ""})).await;
    assert_eq!(status, 422, "{v}");
    let (status, v) = org.api.post(&path, json!({"reason": "Every room is taken at lunchtime."})).await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["state"], "declined");
    assert_eq!(v["decline_reason"], "Every room is taken at lunchtime.");
    let notice = smtp.wait_for_to("ama.mensah@example.org", 2).await.remove(1);
    assert!(notice.text.contains("Every room is taken at lunchtime."), "{}", notice.text);
    assert_eq!(v["language"], "fr");
    assert!(notice.subject.contains("manifestation parallèle"), "{}", notice.subject);
    let (_, page) = app.get(&visitor, &format!("/events/{event}/side-events")).await;
    assert!(!page.contains("Universalization"), "a declined side event is not on the programme");
}

#[tokio::test]
async fn bad_requests_are_refused_naming_the_field_and_record_nothing() {
    let smtp = SmtpServer::start();
    let (app, org, event) = meeting_with_mail(&smtp).await;
    let visitor = app.new_browser();
    let form = format!("/events/{event}/side-events/request");
    for (changes, field) in [
        (vec![("slot1_date", "2026-12-20")], "slot1_date"),
        (vec![("slot2_end", "12:00")], "slot2_end"),
        (vec![("title", "  ")], "title"),
        (vec![("contact_email", "not an email")], "contact_email"),
        (vec![("expected_audience", "lots")], "expected_audience"),
    ] {
        let r = app.post_form(&visitor, &form, &request_form(&changes)).await;
        assert_eq!(r.status(), 422, "{changes:?}");
        let page = r.text().await.unwrap();
        assert!(page.contains(&format!("id=\"{field}-error\"")) || page.contains(&format!("{field}-error")), "{field}");
    }
    assert_eq!(side_event::Entity::find().count(&app.state.db.read).await.unwrap(), 0);
    // A workshop has no side events; an unknown meeting neither.
    let workshop = app.event(&org.browser).published().create().await;
    assert_eq!(app.get(&visitor, &format!("/events/{workshop}/side-events/request")).await.0, 404);
    assert_eq!(app.get(&visitor, "/events/999999/side-events").await.0, 404);
    // A made-up confirmation link is gone.
    assert_eq!(app.get(&visitor, &format!("/side-events/confirm/{}", "A".repeat(43))).await.0, 410);
    // An unconfirmed request is invisible to the secretariat, its page too.
    app.post_form(&visitor, &form, &request_form(&[])).await;
    let s = side_event::Entity::find().one(&app.state.db.read).await.unwrap().unwrap();
    assert_eq!(s.state, SideEventState::Unconfirmed);
    assert_eq!(app.get(&org.browser, &format!("/organiser/events/{event}/side-events/{}", s.id)).await.0, 404);
    let (status, _) = org
        .api
        .post(&format!("/api/v1/events/{event}/side-events/{}/approve", s.id), json!({"room": "R", "slot": 1}))
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_room_held_by_a_session_or_another_side_event_is_refused_and_a_session_cannot_take_it() {
    let smtp = SmtpServer::start();
    let (app, org, event) = meeting_with_mail(&smtp).await;
    app.add_session(&org.browser, event, ["Working group", "2026-12-08", "13:00", "14:00", "Room XXIV"]).await;
    let first = pending(&app, event, "First").await;
    let second = pending(&app, event, "Second").await;
    let approve = |id: i32| format!("/organiser/events/{event}/side-events/{id}/approve");
    // The preferred slot is 2026-12-08 13:00–14:00 UTC: the session holds the room.
    let r = app.post_form(&org.browser, &approve(first), &[("room", "room xxiv"), ("slot", "1")]).await;
    assert_eq!(r.status(), 409);
    let page = r.text().await.unwrap();
    assert!(page.contains("Working group"), "the clash names what holds the room");
    // Another room is free.
    let r = app.post_form(&org.browser, &approve(first), &[("room", "Room XXV"), ("slot", "1")]).await;
    assert_eq!(r.status(), 303);
    // The second side event cannot take Room XXV then, nor half an hour later.
    let (status, v) = org
        .api
        .post(
            &format!("/api/v1/events/{event}/side-events/{second}/approve"),
            json!({"room": "Room XXV", "date": "2026-12-08", "start_time": "13:30", "end_time": "14:30"}),
        )
        .await;
    assert_eq!(status, 409, "{v}");
    assert!(v.to_string().contains("First"), "{v}");
    // Outside the meeting's dates, and backwards, refused.
    let other = |date: &str, start: &str, end: &str| json!({"room": "Room XXVI", "date": date, "start_time": start, "end_time": end});
    let path = format!("/api/v1/events/{event}/side-events/{second}/approve");
    assert_eq!(org.api.post(&path, other("2026-12-20", "13:00", "14:00")).await.0, 409);
    assert_eq!(org.api.post(&path, other("2026-12-08", "14:00", "13:00")).await.0, 422);
    // Right after it, it fits.
    let (status, v) = org
        .api
        .post(&path, json!({"room": "Room XXV", "date": "2026-12-08", "start_time": "14:00", "end_time": "15:00"}))
        .await;
    assert_eq!(status, 200, "{v}");
    // A session cannot take a room a side event holds.
    let r = app
        .post_form(
            &org.browser,
            &format!("/organiser/events/{event}/sessions"),
            &[
                ("title", "Informal consultations"),
                ("date", "2026-12-08"),
                ("start_time", "14:30"),
                ("end_time", "15:30"),
                ("room", "Room XXV"),
            ],
        )
        .await;
    // The session form shows the clash on the form, as for a session's clash with another.
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Second"));
    let session = json!({"title": "Informal consultations", "date": "2026-12-08", "start_time": "14:30", "end_time": "15:30", "room": "room xxv"});
    let (status, v) = org.api.post(&format!("/api/v1/events/{event}/sessions"), session).await;
    assert_eq!(status, 409, "{v}");
    // The same time in another room is free.
    let session = json!({"title": "Informal consultations", "date": "2026-12-08", "start_time": "14:30", "end_time": "15:30", "room": "Room XXVI"});
    assert_eq!(org.api.post(&format!("/api/v1/events/{event}/sessions"), session).await.0, 201);
    // Nor can a session imported from a calendar file.
    let file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other tool//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n\
SUMMARY:Drafting group\r\nDTSTART:20261208T141500Z\r\nDTEND:20261208T144500Z\r\nLOCATION:ROOM XXV\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";
    let import = format!("/organiser/events/{event}/calendar-import");
    let page = post_calendar(&app, &org, &import, file).await.text().await.unwrap();
    assert!(page.contains("The room is already booked then (for Second)."), "{page}");
    assert_eq!(post_calendar(&app, &org, &format!("{import}/confirm"), file).await.status(), 422);
}

/// Sends a calendar file to the import form at `path`.
async fn post_calendar(app: &TestApp, org: &Staff, path: &str, ics: &str) -> reqwest::Response {
    app.post_multipart(&org.browser, path, &[("file", Some("in.ics"), ics.as_bytes())]).await
}

#[tokio::test]
async fn twenty_approvals_into_one_room_at_once_give_it_to_exactly_one() {
    let smtp = SmtpServer::start();
    let (app, org, event) = meeting_with_mail(&smtp).await;
    let mut ids = Vec::new();
    for n in 0..20 {
        ids.push(pending(&app, event, &format!("Side event {n}")).await);
    }
    let requests: Vec<_> = ids
        .iter()
        .map(|id| {
            let path = format!("/api/v1/events/{event}/side-events/{id}/approve");
            let request = org.api.request(Method::POST, &path, Some(json!({"room": "Room XXIV", "slot": 1})));
            tokio::spawn(async move { request.send().await.map(|r| r.status().as_u16()) })
        })
        .collect();
    let mut statuses = Vec::new();
    for r in requests {
        statuses.push(r.await.unwrap().unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 19, "{statuses:?}");
    let approved = side_event::Entity::find()
        .filter(side_event::Column::EventId.eq(event))
        .filter(side_event::Column::State.eq(SideEventState::Approved))
        .count(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(approved, 1);
}
