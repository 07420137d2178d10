//! Reports that say what is true: a check-in for the whole day counts at each session of that
//! day (and only that day, in the event's time zone); events held, under way and planned are
//! told apart by their dates where they take place; and a chart of nothing is a sentence
//! saying why.

use chrono::{DateTime, TimeZone, Utc};
use convene::domain::{Role, SessionKind};
use convene::entities::{event, event_session};
use convene::reports::rules::{self as reports, EventStage, Filters, Selection};
use sea_orm::{ActiveModelTrait, ActiveValue::Set};

use super::{Builder, admin, cell, day, download, parse_csv};
use crate::helpers::TestApp;

/// Moves event `id` to time zone `tz`.
async fn zone(app: &TestApp, id: i32, tz: &str) {
    event::ActiveModel { id: Set(id), time_zone: Set(tz.into()), ..Default::default() }
        .update(&app.state.db.write)
        .await
        .unwrap();
}

/// A session of `event_id` starting at `at` (UTC).
async fn session(app: &TestApp, event_id: i32, title: &str, at: DateTime<Utc>) -> i32 {
    event_session::ActiveModel {
        event_id: Set(event_id),
        title: Set(title.into()),
        kind: Set(SessionKind::Plenary),
        starts_at: Set(at),
        ends_at: Set(at + chrono::Duration::hours(2)),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .unwrap()
    .id
}

fn utc(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

#[tokio::test]
async fn a_check_in_for_the_whole_day_counts_at_every_session_of_that_day_only() {
    let app = TestApp::spawn().await;
    let mut b = Builder { db: &app.state.db.write, n: 0 };
    let e = b.event("Tokyo", "1540", None, "2007-05-10", "2007-05-11", "published").await;
    zone(&app, e, "Asia/Tokyo").await;
    // Tokyo is UTC+9: the first morning starts on 9 May in UTC, the second on 10 May, so a
    // day read in UTC would put each in the wrong day.
    let day1_morning = session(&app, e, "Day 1 morning", utc(2007, 5, 9, 23)).await;
    let day1_afternoon = session(&app, e, "Day 1 afternoon", utc(2007, 5, 10, 5)).await;
    let day2_morning = session(&app, e, "Day 2 morning", utc(2007, 5, 10, 23)).await;
    let day2_afternoon = session(&app, e, "Day 2 afternoon", utc(2007, 5, 11, 5)).await;

    let whole_day = b.register(e, Some("JAM"), "woman", "government", "delegate", "confirmed").await;
    b.scan(whole_day, e, "2007-05-10", "entry", None, None).await;
    // Also scanned in for the first session: still one person there.
    b.scan(whole_day, e, "2007-05-10", "entry", Some(day1_morning), None).await;
    let session_only = b.register(e, Some("TTO"), "man", "government", "delegate", "confirmed").await;
    b.scan(session_only, e, "2007-05-11", "entry", Some(day2_morning), None).await;
    let undone = b.register(e, Some("BWA"), "woman", "government", "delegate", "confirmed").await;
    let scan = b.scan(undone, e, "2007-05-10", "entry", None, None).await;
    b.scan(undone, e, "2007-05-10", "undo", None, Some(scan)).await;

    let r = reports::event_report(&app.state, &admin(), e, app.clock.now()).await.unwrap();
    let present: Vec<(i32, chrono::NaiveDate, u64)> =
        r.sessions.iter().map(|s| (s.session_id, s.day, s.attended)).collect();
    assert_eq!(
        present,
        vec![
            (day1_morning, day("2007-05-10"), 1),
            (day1_afternoon, day("2007-05-10"), 1),
            (day2_morning, day("2007-05-11"), 1),
            (day2_afternoon, day("2007-05-11"), 0),
        ],
        "the whole-day check-in counts at both sessions of day 1 and none of day 2; an undone one nowhere"
    );

    // The page says so, beside the sessions' days.
    let browser = app.signed_in("organiser@example.org", Role::Organiser, &["1540"]).await;
    let (status, html) = app.get(&browser, &format!("/organiser/events/{e}/report")).await;
    assert_eq!(status, 200);
    assert!(html.contains("A check-in for the whole day counts as present at every session of that day."));
    assert!(html.contains("Day 1 afternoon (10 May 2007): 1"), "the chart's description");
}

#[tokio::test]
async fn events_held_under_way_and_planned_are_told_apart_where_they_take_place() {
    let app = TestApp::spawn().await;
    // The tests' "now": 27 November 2026, 10:00 UTC — already 28 November at Kiritimati (UTC+14).
    assert_eq!(app.clock.now(), utc(2026, 11, 27, 10));
    let mut b = Builder { db: &app.state.db.write, n: 0 };
    let held = b.event("Vienna", "1540", None, "2026-11-20", "2026-11-21", "published").await;
    zone(&app, held, "Europe/Vienna").await;
    let under_way = b.event("Kiritimati", "1540", None, "2026-11-28", "2026-11-28", "published").await;
    zone(&app, under_way, "Pacific/Kiritimati").await;
    let planned = b.event("Geneva", "1540", None, "2027-02-01", "2027-02-03", "published").await;
    zone(&app, planned, "Europe/Zurich").await;
    b.register(planned, Some("JAM"), "woman", "government", "delegate", "confirmed").await;

    let filters = Filters { programme: Some("1540".into()), from: Some(day("2026-01-01")), ..Default::default() };
    let o = reports::outcomes(&app.state, &Selection::from_filters(filters), app.clock.now()).await.unwrap();
    assert_eq!((o.events_held, o.events_under_way, o.events_planned), (1, 1, 1));
    let stages: Vec<(i32, EventStage)> = o.events.iter().map(|e| (e.event_id, e.stage)).collect();
    assert_eq!(
        stages,
        vec![(held, EventStage::Held), (under_way, EventStage::UnderWay), (planned, EventStage::Planned)]
    );

    let browser = app.signed_in("organiser@example.org", Role::Organiser, &["1540"]).await;
    let query = "programme=1540&from=2026-01-01";
    let (status, html) = app.get(&browser, &format!("/organiser/reports?{query}")).await;
    assert_eq!(status, 200);
    for text in ["Events held", "Events under way", "Events planned", "Held (1)", "Under way (1)", "Planned (1)"] {
        assert!(html.contains(text), "{text}");
    }
    // Each list holds its own event.
    let under_way_list = &html[html.find("Under way (1)").unwrap()..html.find("Planned (1)").unwrap()];
    assert!(under_way_list.contains("Kiritimati") && !under_way_list.contains("Vienna"));

    let (_, _, body) = download(&browser, app.url(&format!("/organiser/reports.csv?{query}"))).await;
    let rows = parse_csv(&body);
    assert_eq!(cell(&rows, "summary", "events_held", "value"), "1");
    assert_eq!(cell(&rows, "summary", "events_under_way", "value"), "1");
    assert_eq!(cell(&rows, "summary", "events_planned", "value"), "1");
    assert_eq!(cell(&rows, "event", &under_way.to_string(), "value"), "under_way");

    let api = app.api_of(app.create_user("api@example.org", Role::Organiser, &["1540"]).await).await;
    let (status, json) = api.get(&format!("/api/v1/reports?{query}")).await;
    assert_eq!(status, 200);
    assert_eq!(
        (&json["outcomes"]["events_held"], &json["outcomes"]["events_under_way"], &json["outcomes"]["events_planned"]),
        (&1.into(), &1.into(), &1.into())
    );
    assert_eq!(json["outcomes"]["events"][1]["stage"], "under_way");
    let (_, json) = api.get(&format!("/api/v1/events/{planned}/report")).await;
    assert_eq!(json["stage"], "planned");
}

#[tokio::test]
async fn charts_of_nothing_are_sentences_saying_why() {
    let app = TestApp::spawn().await;
    let mut b = Builder { db: &app.state.db.write, n: 0 };
    // Planned, nobody invited or registered, no sessions: not one chart.
    let empty = b.event("Lima", "1540", None, "2027-03-01", "2027-03-02", "published").await;
    // Held, with confirmed participants and sessions, but nobody was scanned in.
    let unscanned = b.event("Lomé", "1540", None, "2026-10-01", "2026-10-02", "published").await;
    session(&app, unscanned, "Opening", utc(2026, 10, 1, 9)).await;
    b.register(unscanned, Some("TGO"), "man", "government", "delegate", "confirmed").await;
    // Under way, someone registered but not yet confirmed.
    let running = b.event("Suva", "1540", None, "2026-11-26", "2026-11-28", "published").await;
    b.register(running, Some("FJI"), "woman", "government", "delegate", "pending").await;

    let browser = app.signed_in("organiser@example.org", Role::Organiser, &["1540"]).await;
    let page = |id: i32| {
        let (app, browser) = (&app, &browser);
        async move {
            let (status, html) = app.get(browser, &format!("/organiser/events/{id}/report")).await;
            assert_eq!(status, 200);
            html
        }
    };

    let html = page(empty).await;
    assert!(!html.contains("<svg"), "no chart at all");
    assert!(html.contains("Nothing to chart yet: nobody has been invited or has registered."));
    assert!(html.contains("No check-ins yet: the event has not started."));
    assert!(html.contains("The schedule has no sessions"));
    assert!(html.contains("Nobody has registered yet."));

    let html = page(unscanned).await;
    assert!(html.contains("Registered: 1; Confirmed: 1"), "the funnel is drawn");
    assert_eq!(html.matches("No check-ins were recorded: the event is over").count(), 2, "per day and per session");
    assert!(!html.contains("People present per day</title>") && !html.contains("People present per session</title>"));

    let html = page(running).await;
    assert!(html.contains("No check-ins yet: nobody has been scanned in at the desk so far."));
    assert!(html.contains("No chart: nobody is confirmed yet."), "the breakdowns' charts count the confirmed");
    assert!(html.contains("Fiji"), "the table still lists the registration");

    // Across events: no event matches, nothing is drawn.
    let (status, html) = app.get(&browser, "/organiser/reports?programme=1540&from=2030-01-01").await;
    assert_eq!(status, 200);
    assert!(!html.contains("<svg") && html.contains("No published event matches these filters."));
}
