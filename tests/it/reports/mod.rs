//! Reports: a hand-built data set whose right answers are worked out below, checked through
//! the rules, the pages, the exports (CSV and XLSX parsed back) and the API; access rules and
//! bad filters.
//!
//! The data set (programme 1540 unless said otherwise; "conf" = confirmed):
//!
//! | event | dates | who |
//! |---|---|---|
//! | A Kingston | 2007-05-10..11 | a1 JAM woman gov delegate conf: day 1 entry (session 1) + exit, day 2 entry; a2 JAM man gov head conf: day 1 entry (session 1) undone; a3 TTO woman gov conf: day 2 entry, day 2 exit undone; a4 USA man IGO expert pending; a5 FRA woman NGO cancelled; a6 no State, undisclosed, NGO observer conf |
//! | B Amman | 2007-09-03..04 | b1 JAM woman conf entry; b2 JOR man conf entry; b3 JOR woman conf |
//! | C Gaborone | 2007-11-27..28 | c1 BWA woman conf entry; c2 TTO man academia expert waitlisted; c3 JAM man conf |
//! | D Beijing | 2008-03-01 | d1 CHN woman conf entry |
//! | X cancelled | 2007-06-01 | x1 RUS woman conf |
//! | P (SALW) | 2007-06-01 | p1 GHA woman conf |
//!
//! Invitations of A: a1…a5 personal, plus one withdrawn (not counted) → 5 invited.
//! Certificates: A: a1 issued, a3 revoked; B: b1, b2 issued → 3 issued.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data as Cell, Reader, Xlsx, open_workbook_from_rs};
use chrono::NaiveDate;
use convene::auth::StaffUser;
use convene::domain::Role;
use convene::reports::rules::{self as reports, Filters, Selection};

use crate::helpers::TestApp;
use crate::support::api::fields_of;
use data::{Builder, data_set};

mod data;
mod phone;
mod sessions_and_stages;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn year_2007() -> Filters {
    Filters {
        programme: Some("1540".into()),
        from: Some(day("2007-01-01")),
        to: Some(day("2007-12-31")),
        ..Default::default()
    }
}

fn row<'a>(rows: &'a [reports::Row], code: Option<&str>) -> &'a reports::Row {
    rows.iter().find(|r| r.code.as_deref() == code).unwrap_or_else(|| panic!("no row {code:?} in {rows:?}"))
}

#[tokio::test]
async fn outcomes_across_events_count_states_once() {
    let app = TestApp::spawn().await;
    let data = data_set(&app).await;
    let o = reports::outcomes(&app.state, &Selection::from_filters(year_2007()), app.clock.now()).await.unwrap();
    assert_eq!(o.events_held, 3, "A, B, C (not the cancelled one, not 2008, not SALW)");
    assert_eq!((o.invited, o.registered, o.confirmed, o.attended), (5, 11, 9, 5));
    assert_eq!(o.states, 4, "JAM (three events, several delegates), TTO, JOR, BWA");
    assert_eq!(o.states_attended, 4, "JAM, TTO, JOR, BWA");
    assert_eq!(o.regional_groups, 3, "GRULAC, Asia-Pacific, African");
    assert_eq!(o.women, 5);
    assert!((o.women_share.unwrap() - 5.0 / 9.0).abs() < 1e-9);
    assert!((o.attendance_rate.unwrap() - 5.0 / 9.0).abs() < 1e-9);
    assert_eq!(o.certificates, 3, "a1, b1, b2; a3's is revoked");

    let grulac = row(&o.by_regional_group, Some("GRULAC"));
    assert_eq!((grulac.registered, grulac.confirmed, grulac.attended), (6, 5, 3));
    assert_eq!(grulac.label, "Latin American and Caribbean States");
    let weog = row(&o.by_regional_group, Some("WEOG"));
    assert_eq!((weog.registered, weog.confirmed, weog.attended), (1, 0, 0));
    let none = row(&o.by_regional_group, None);
    assert_eq!((none.registered, none.confirmed), (1, 1));
    let women = row(&o.by_gender, Some("woman"));
    assert_eq!((women.registered, women.confirmed, women.attended), (5, 5, 4));
    let men = row(&o.by_gender, Some("man"));
    assert_eq!((men.registered, men.confirmed, men.attended), (5, 3, 1));
    let jam = row(&o.by_state, Some("JAM"));
    assert_eq!((jam.registered, jam.confirmed, jam.attended), (4, 4, 2));
    assert_eq!(jam.label, "Jamaica");
    let gov = row(&o.by_organisation_type, Some("government"));
    assert_eq!((gov.registered, gov.confirmed, gov.attended), (8, 8, 5));
    let expert = row(&o.by_role, Some("expert"));
    assert_eq!((expert.registered, expert.confirmed), (2, 0));

    let ids: Vec<i32> = o.events.iter().map(|e| e.event_id).collect();
    assert_eq!(ids, vec![data.a, data.b, data.c], "per event, by date");
    let a = &o.events[0];
    assert_eq!((a.registered, a.confirmed, a.attended, a.states, a.women), (5, 4, 2, 2, 2));
    let b = &o.events[1];
    assert_eq!((b.registered, b.confirmed, b.attended, b.states, b.women), (3, 3, 2, 2, 2));

    // The same events named explicitly, as the donor portal does, give the same outcomes;
    // cancelled events are left out even when named.
    let listed = reports::outcomes(&app.state, &Selection::from_events([data.a, data.b, data.c]), app.clock.now())
        .await
        .unwrap();
    assert_eq!(listed, o);
    let with_d = Selection::from_events([data.a, data.d, data.p]).within_programmes(vec!["1540".into()]);
    let o = reports::outcomes(&app.state, &with_d, app.clock.now()).await.unwrap();
    assert_eq!((o.events_held, o.states), (2, 3), "A and D: JAM, TTO, CHN; P is another programme's");
    let none = reports::outcomes(&app.state, &Selection::from_events(Vec::new()), app.clock.now()).await.unwrap();
    assert_eq!((none.events_held, none.registered, none.women_share), (0, 0, None));

    // The series: A and B (the cancelled one left out).
    let series = Filters { series: Some("1540-WS".into()), ..Default::default() };
    let o = reports::outcomes(&app.state, &Selection::from_filters(series), app.clock.now()).await.unwrap();
    assert_eq!((o.events_held, o.states, o.confirmed), (2, 3, 7));
}

fn admin() -> StaffUser {
    StaffUser {
        id: 0,
        email: "admin@example.org".into(),
        display_name: "Admin".into(),
        role: Role::Admin,
        programmes: Vec::new(),
        has_password: true,
        checkin_event: None,
    }
}

#[tokio::test]
async fn per_event_report_counts_days_and_sessions_with_exits_and_undone_scans() {
    let app = TestApp::spawn().await;
    let data = data_set(&app).await;
    let r = reports::event_report(&app.state, &admin(), data.a, app.clock.now()).await.unwrap();
    let o = &r.outcomes;
    assert_eq!((o.invited, o.registered, o.confirmed, o.attended), (5, 5, 4, 2));
    assert_eq!((o.states, o.regional_groups, o.women, o.certificates), (2, 1, 2, 1));
    let days: Vec<(NaiveDate, u64)> = r.days.iter().map(|d| (d.day, d.attended)).collect();
    assert_eq!(days, vec![(day("2007-05-10"), 1), (day("2007-05-11"), 2)], "a2's entry was undone; exits do not count");
    assert_eq!(r.sessions.len(), 1);
    assert_eq!((r.sessions[0].session_id, r.sessions[0].attended), (data.session, 1));
    let d = reports::event_report(&app.state, &admin(), data.c, app.clock.now()).await.unwrap();
    assert_eq!(d.days.iter().map(|d| d.attended).collect::<Vec<_>>(), vec![1, 0], "every day shows, even empty");
}

/// CSV rows as maps from column name to cell.
fn parse_csv(bytes: &[u8]) -> Vec<HashMap<String, String>> {
    let mut r = csv::Reader::from_reader(bytes);
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header, convene::reports::export::CSV_HEADER);
    r.records().map(|rec| header.iter().cloned().zip(rec.unwrap().iter().map(str::to_owned)).collect()).collect()
}

/// The cell of column `column` in the CSV row of `section` and `code`.
fn cell<'a>(rows: &'a [HashMap<String, String>], section: &str, code: &str, column: &str) -> &'a str {
    rows.iter()
        .find(|r| r["section"] == section && r["code"] == code)
        .unwrap_or_else(|| panic!("no {section}/{code} row"))[column]
        .as_str()
}

/// The rows of sheet `name` of a workbook.
fn sheet(bytes: Vec<u8>, name: &str) -> Vec<Vec<Cell>> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range(name).unwrap();
    range.rows().map(<[Cell]>::to_vec).collect()
}

async fn download(client: &reqwest::Client, url: String) -> (u16, String, Vec<u8>) {
    let r = client.get(url).send().await.unwrap();
    let status = r.status().as_u16();
    let kind = r.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    (status, kind, r.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn event_report_page_and_files() {
    let app = TestApp::spawn().await;
    let data = data_set(&app).await;
    let browser = app.signed_in("organiser@example.org", Role::Organiser, &["1540"]).await;

    let (status, event_page) = app.get(&browser, &format!("/organiser/events/{}", data.a)).await;
    assert_eq!(status, 200);
    assert!(event_page.contains(&format!("href=\"/organiser/events/{}/report\"", data.a)), "linked from the event");
    assert!(event_page.contains("href=\"/organiser/reports\""), "in the navigation");

    let (status, html) = app.get(&browser, &format!("/organiser/events/{}/report", data.a)).await;
    assert_eq!(status, 200);
    assert!(html.contains("Report: Kingston"));
    assert!(html.contains("<svg") && html.contains("role=\"img\"") && html.contains("<desc"));
    assert!(
        html.contains("Invited: 5 (100 %); Registered: 5 (100 %); Confirmed: 4 (80 %); Attended: 2 (40 %)"),
        "the funnel's numbers and shares as text"
    );
    assert!(html.contains("Latin American and Caribbean States"));
    assert!(html.contains("Opening plenary"));

    let (status, kind, body) = download(&browser, app.url(&format!("/organiser/events/{}/report.csv", data.a))).await;
    assert_eq!((status, kind.as_str()), (200, "text/csv; charset=utf-8"));
    let rows = parse_csv(&body);
    assert_eq!(cell(&rows, "summary", "states", "value"), "2");
    assert_eq!(cell(&rows, "summary", "women_share_percent", "value"), "50.0");
    assert_eq!(cell(&rows, "summary", "certificates", "value"), "1");
    assert_eq!(cell(&rows, "gender", "woman", "attended"), "2");
    assert_eq!(cell(&rows, "state", "JAM", "label"), "Jamaica");
    assert_eq!(cell(&rows, "state", "JAM", "confirmed"), "2");
    assert_eq!(cell(&rows, "state", "JAM", "attended"), "1", "a2's entry was undone");
    let days: Vec<(&str, &str)> =
        rows.iter().filter(|r| r["section"] == "day").map(|r| (r["date"].as_str(), r["attended"].as_str())).collect();
    assert_eq!(days, vec![("2007-05-10", "1"), ("2007-05-11", "2")]);
    assert_eq!(cell(&rows, "session", &data.session.to_string(), "attended"), "1");

    let (status, _, body) = download(&browser, app.url(&format!("/organiser/events/{}/report.xlsx", data.a))).await;
    assert_eq!(status, 200);
    let summary = sheet(body.clone(), "Summary");
    let states = summary.iter().find(|r| r[0] == Cell::String("states".into())).unwrap();
    assert_eq!(states[2], Cell::Float(2.0));
    let days = sheet(body, "Days");
    assert_eq!(days[1], vec![Cell::String("2007-05-10".into()), Cell::Float(1.0)]);
    assert_eq!(days[2], vec![Cell::String("2007-05-11".into()), Cell::Float(2.0)]);

    // In French.
    let fr = app.new_browser();
    app.sign_in(&fr, "organiser@example.org").await;
    let r = fr
        .get(app.url(&format!("/organiser/events/{}/report", data.a)))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    let html = r.text().await.unwrap();
    assert!(html.contains("Rapport : Kingston"), "the page in French");
    assert!(html.contains(">États d’Amérique latine et des Caraïbes<"), "the regional group in French");
}

#[tokio::test]
async fn programme_report_page_files_and_api() {
    let app = TestApp::spawn().await;
    let data = data_set(&app).await;
    let browser = app.signed_in("organiser@example.org", Role::Organiser, &["1540"]).await;
    let query = "programme=1540&from=2007-01-01&to=2007-12-31";

    let (status, html) = app.get(&browser, &format!("/organiser/reports?{query}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Kingston") && html.contains("Amman") && html.contains("Gaborone"));
    assert!(!html.contains("Beijing") && !html.contains("Accra"));
    assert!(html.contains("55.6 %"), "women's share, 5 of 9");

    let (status, _, body) = download(&browser, app.url(&format!("/organiser/reports.csv?{query}"))).await;
    assert_eq!(status, 200);
    let rows = parse_csv(&body);
    for (code, value) in [
        ("events_held", "3"),
        ("invited", "5"),
        ("registered", "11"),
        ("confirmed", "9"),
        ("attended", "5"),
        ("states", "4"),
        ("regional_groups", "3"),
        ("women", "5"),
        ("women_share_percent", "55.6"),
        ("certificates", "3"),
    ] {
        assert_eq!(cell(&rows, "summary", code, "value"), value, "{code}");
    }
    assert_eq!(cell(&rows, "regional_group", "GRULAC", "registered"), "6");
    assert_eq!(cell(&rows, "event", &data.b.to_string(), "states"), "2");
    assert_eq!(cell(&rows, "organisation_type", "government", "attended"), "5");

    let (status, _, body) = download(&browser, app.url(&format!("/organiser/reports.xlsx?{query}"))).await;
    assert_eq!(status, 200);
    let events = sheet(body.clone(), "Events");
    assert_eq!(events.len(), 4, "header and three events");
    let groups = sheet(body, "Regional groups");
    let grulac = groups.iter().find(|r| r[0] == Cell::String("GRULAC".into())).unwrap();
    assert_eq!(&grulac[2..5], &[Cell::Float(6.0), Cell::Float(5.0), Cell::Float(3.0)]);

    // The API gives the same figures.
    let api = app.api_of(app.create_user("api@example.org", Role::Organiser, &["1540"]).await).await;
    let (status, json) = api.get(&format!("/api/v1/reports?{query}")).await;
    assert_eq!(status, 200);
    assert_eq!(json["outcomes"]["states"], 4);
    assert_eq!(json["outcomes"]["events_held"], 3);
    assert_eq!(json["outcomes"]["certificates"], 3);
    assert_eq!(json["filters"]["programme"], "1540");
    let (status, json) = api.get(&format!("/api/v1/events/{}/report", data.a)).await;
    assert_eq!(status, 200);
    assert_eq!(json["outcomes"]["attended"], 2);
    assert_eq!(json["days"][1]["attended"], 2);
    let (_, doc) = api.get("/api/v1/openapi.json").await;
    assert!(doc["paths"]["/api/v1/reports"]["get"].is_object());
    assert!(doc["paths"]["/api/v1/events/{id}/report"]["get"].is_object());

    // An organiser without a programme filter sees their programmes only: 1540's four events.
    let (_, _, body) = download(&browser, app.url("/organiser/reports.csv")).await;
    let rows = parse_csv(&body);
    assert_eq!(cell(&rows, "summary", "events_held", "value"), "4");
    assert_eq!(cell(&rows, "summary", "states", "value"), "5", "CHN joins in 2008");
    assert!(rows.iter().all(|r| r["section"] != "event" || r["code"] != data.p.to_string()));
}

#[tokio::test]
async fn report_access_rules() {
    let app = TestApp::spawn().await;
    let data = data_set(&app).await;
    let salw = app.staff("salw@example.org", Role::Organiser, &["SALW"]).await;
    let other = &salw.browser;
    for path in [
        format!("/organiser/events/{}/report", data.a),
        format!("/organiser/events/{}/report.csv", data.a),
        format!("/organiser/events/{}/report.xlsx", data.a),
        "/organiser/reports?programme=1540".to_owned(),
        "/organiser/reports.csv?programme=1540".to_owned(),
    ] {
        assert_eq!(salw.get(&path).await.0, 403, "{path}");
    }
    // Their own programme only.
    let (status, _, body) = download(other, app.url("/organiser/reports.csv")).await;
    assert_eq!(status, 200);
    let rows = parse_csv(&body);
    assert_eq!(cell(&rows, "summary", "events_held", "value"), "1");
    assert_eq!(cell(&rows, "event", &data.p.to_string(), "confirmed"), "1");
    assert_eq!(salw.get(&format!("/organiser/events/{}/report", data.p)).await.0, 200);

    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    assert_eq!(app.get(&admin, "/organiser/events/999999/report").await.0, 404);
    assert_eq!(app.get(&admin, "/organiser/events/abc/report").await.0, 404);
    let (_, _, body) = download(&admin, app.url("/organiser/reports.csv?from=2007-01-01&to=2007-12-31")).await;
    assert_eq!(cell(&parse_csv(&body), "summary", "events_held", "value"), "4", "A, B, C and P");

    assert_eq!(salw.api.get(&format!("/api/v1/events/{}/report", data.a)).await.0, 403);
    assert_eq!(salw.api.get("/api/v1/events/999999/report").await.0, 404);
    assert_eq!(salw.api.get("/api/v1/reports?programme=1540").await.0, 403);
    assert_eq!(app.client.get(app.url("/api/v1/reports")).send().await.unwrap().status(), 401);

    // Check-in staff: no report at all.
    let door = app.desk_officer("door@example.org", data.a).await;
    for path in [format!("/organiser/events/{}/report", data.a), "/organiser/reports".to_owned()] {
        assert_eq!(door.get(&path).await.0, 403, "{path}");
    }
    assert_eq!(door.api.get(&format!("/api/v1/events/{}/report", data.a)).await.0, 403);
}

#[tokio::test]
async fn bad_filters_are_named_never_a_server_error() {
    let app = TestApp::spawn().await;
    data_set(&app).await;
    let browser = app.signed_in("organiser@example.org", Role::Organiser, &["1540"]).await;
    for (query, message) in [
        ("from=2007-13-45", "Enter a date as YYYY-MM-DD"),
        ("from=yesterday", "Enter a date as YYYY-MM-DD"),
        ("from=2007-12-31&to=2007-01-01", "The end date is before the start date."),
        ("programme=NOPE", "There is no programme with the code"),
        ("unit=NOPE", "There is no unit with the code"),
        ("programme=1540&series=NOPE", "There is no series with the code"),
    ] {
        let (status, html) = app.get(&browser, &format!("/organiser/reports?{query}")).await;
        assert_eq!(status, 400, "{query}");
        assert!(html.contains(message), "{query}: {message}");
        assert!(html.contains("<form"), "{query}: the form is shown again");
        assert_eq!(app.get(&browser, &format!("/organiser/reports.csv?{query}")).await.0, 400, "{query}");
        assert_eq!(app.get(&browser, &format!("/organiser/reports.xlsx?{query}")).await.0, 400, "{query}");
    }
    let api = app.api_of(app.create_user("api@example.org", Role::Organiser, &["1540"]).await).await;
    let (status, json) = api.get("/api/v1/reports?from=2007-02-30&to=2006-01-01&programme=NOPE").await;
    assert_eq!(status, 400);
    let fields = fields_of(&json);
    assert!(fields.contains(&"from".to_owned()) && fields.contains(&"programme".to_owned()), "{json}");
}
