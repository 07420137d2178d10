//! Check-in: scans, second scans, undo, refusals, offline batches replayed with duplicates,
//! walk-ins at capacity, the check-in staff role's limits and the QR code. The console's pages
//! and script are in `attendance_desk`.

use convene::attendance::{code, rules as attendance};
use convene::domain::{RegistrationState, Role, ScanDirection, ScanMethod};
use convene::entities::{attendance_day, attendance_scan};
use convene::registration::rules::Registered;
use reqwest::Method;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, extract_csrf, location};
use crate::support::factories::participants::person_form;
use crate::support::factories::staff::Staff;

/// An organiser of programme 1540 (org@example.org) and their published event.
struct Desk {
    event_id: i32,
    org: Staff,
}

/// The desk of an event with `capacity` seats.
async fn desk(app: &TestApp, capacity: usize) -> Desk {
    let org = app.organiser_at("org@example.org").await;
    let event_id = app.event(&org.browser).capacity(capacity).published().create().await;
    Desk { event_id, org }
}

/// Registers someone through the organiser's rule (confirmed while seats are free).
async fn register(app: &TestApp, d: &Desk, email: &str, given: &str, family: &str) -> Registered {
    app.add_by_hand(&d.org, d.event_id, email, &person_form(given, family)).await
}

fn code_of(app: &TestApp, r: &Registered) -> String {
    attendance::code_of(app.state.checkin_secret(), &r.registration)
}

pub(crate) async fn scans_of(app: &TestApp, registration_id: i32) -> Vec<attendance_scan::Model> {
    attendance_scan::Entity::find()
        .filter(attendance_scan::Column::RegistrationId.eq(registration_id))
        .all(&app.state.db.read)
        .await
        .unwrap()
}

pub(crate) async fn scan_count(app: &TestApp, event_id: i32) -> u64 {
    attendance_scan::Entity::find()
        .filter(attendance_scan::Column::EventId.eq(event_id))
        .count(&app.state.db.read)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_scan_a_second_scan_and_an_undo() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 40).await;
    let amina = register(&app, &d, "amina@example.org", "Amina", "Diallo").await;
    let scan = format!("/api/v1/events/{}/checkin/scan", d.event_id);

    let (status, first) =
        d.org.api.post(&scan, json!({"key": "scan-0001", "code": code_of(&app, &amina), "device": "Door A"})).await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(first["result"], "recorded");
    assert_eq!(first["registration_id"], amina.registration.id);

    // The same key again (a retry): nothing new, the same row.
    let (status, again) = d.org.api.post(&scan, json!({"key": "scan-0001", "code": code_of(&app, &amina)})).await;
    assert_eq!((status, again["result"].as_str(), &again["scan_id"]), (200, Some("duplicate"), &first["scan_id"]));

    // A second scan at the door: a warning naming when they came in; nothing recorded.
    let (status, second) = d.org.api.post(&scan, json!({"key": "scan-0002", "code": code_of(&app, &amina)})).await;
    assert_eq!((status, second["result"].as_str()), (200, Some("already_in")));
    assert_eq!(second["scan_id"], first["scan_id"]);
    assert!(second["since"].as_str().unwrap().starts_with("2026-11-27T10:00:00"));
    assert_eq!(scans_of(&app, amina.registration.id).await.len(), 1);

    // The console shows who is in.
    let (status, page) = d.org.get(&format!("/checkin/events/{}", d.event_id)).await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"count-inside\">1</dd>") && page.contains("id=\"count-expected\">1</dd>"), "{page}");

    // Undo is another row; then the person can be scanned in again.
    let undo = format!("/api/v1/events/{}/checkin/undo", d.event_id);
    let (status, undone) = d.org.api.post(&undo, json!({"key": "undo-0001", "undoes_key": "scan-0001"})).await;
    assert_eq!((status, undone["result"].as_str()), (201, Some("recorded")));
    let (status, twice) = d.org.api.post(&undo, json!({"key": "undo-0002", "undoes_key": "scan-0001"})).await;
    assert_eq!((status, twice["message"].as_str()), (409, Some("This scan is already taken back.")));
    let (status, undo_undo) = d.org.api.post(&undo, json!({"key": "undo-0003", "undoes_key": "undo-0001"})).await;
    assert_eq!(status, 409, "{undo_undo}");
    assert_eq!(d.org.api.post(&undo, json!({"key": "undo-0004", "undoes_key": "nobody-ever"})).await.0, 404);
    let (status, back) =
        d.org.api.post(&scan, json!({"key": "scan-0003", "registration_id": amina.registration.id})).await;
    assert_eq!((status, back["result"].as_str()), (201, Some("recorded")));
    let (status, out) =
        d.org.api.post(&scan, json!({"key": "scan-0004", "code": code_of(&app, &amina), "kind": "exit"})).await;
    assert_eq!((status, out["result"].as_str()), (201, Some("recorded")));
    let (status, out_again) =
        d.org.api.post(&scan, json!({"key": "scan-0005", "code": code_of(&app, &amina), "kind": "exit"})).await;
    assert_eq!((status, out_again["result"].as_str()), (200, Some("already_in")));
    assert_eq!(out_again["since"], Value::Null);
    let r = d
        .org
        .post_form(
            &format!("/checkin/events/{}/scan", d.event_id),
            &[("registration_id", &amina.registration.id.to_string()), ("kind", "exit"), ("key", "scan-form-01")],
        )
        .await;
    let page = r.text().await.unwrap();
    assert!(page.contains("data-panel=\"not-in\"") && page.contains("Not in today: no exit to record."), "{page}");

    let (status, body) = d
        .org
        .api
        .post(&scan, json!({"key": "scan-0006", "registration_id": amina.registration.id, "session_id": 999}))
        .await;
    assert_eq!((status, body["fields"][0]["field"].as_str()), (422, Some("session_id")));

    let log = scans_of(&app, amina.registration.id).await;
    let kinds: Vec<(&str, &str)> = log.iter().map(|s| (s.direction.as_str(), s.method.as_str())).collect();
    assert_eq!(kinds, [("entry", "qr"), ("undo", "qr"), ("entry", "search"), ("exit", "qr")]);
    assert_eq!(log[0].device.as_deref(), Some("Door A"));
    assert_eq!(log[0].day.to_string(), "2026-11-27");
    assert_eq!(log[1].undoes, Some(log[0].id));
    assert_eq!(log[0].staff_user_id, Some(d.org.id));

    let (status, att) = d.org.api.get(&format!("/api/v1/events/{}/attendance", d.event_id)).await;
    assert_eq!(status, 200);
    assert_eq!(att["days"], json!([{"day": "2026-11-27", "people": 1}]));
    assert_eq!(att["scans"].as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn whether_someone_is_in_follows_their_latest_scan_not_taken_back() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 40).await;
    let amina = register(&app, &d, "amina@example.org", "Amina", "Diallo").await;
    let scan = format!("/api/v1/events/{}/checkin/scan", d.event_id);
    let undo = format!("/api/v1/events/{}/checkin/undo", d.event_id);
    let code = code_of(&app, &amina);

    // In and out many times in one day: each scan is judged by the latest one.
    let mut last_entry = Value::Null;
    for round in 0..6 {
        let (status, entry) = d.org.api.post(&scan, json!({"key": format!("in-{round:05}"), "code": code})).await;
        assert_eq!((status, entry["result"].as_str()), (201, Some("recorded")), "{entry}");
        last_entry = entry["scan_id"].clone();
        let (status, exit) =
            d.org.api.post(&scan, json!({"key": format!("out-{round:05}"), "code": code, "kind": "exit"})).await;
        assert_eq!((status, exit["result"].as_str()), (201, Some("recorded")), "{exit}");
    }
    // Taking back the last exit puts her back in, since the last entry.
    let (status, undone) = d.org.api.post(&undo, json!({"key": "undo-00001", "undoes_key": "out-00005"})).await;
    assert_eq!((status, undone["result"].as_str()), (201, Some("recorded")));
    let (status, again) = d.org.api.post(&scan, json!({"key": "in-again-01", "code": code})).await;
    assert_eq!((status, again["result"].as_str()), (200, Some("already_in")), "{again}");
    assert_eq!(again["scan_id"], last_entry);
    // Taking back that entry too leaves her out: the exit before it counts.
    let (status, _) = d.org.api.post(&undo, json!({"key": "undo-00002", "undoes_key": "in-00005"})).await;
    assert_eq!(status, 201);
    let (status, out) = d.org.api.post(&scan, json!({"key": "out-again-1", "code": code, "kind": "exit"})).await;
    assert_eq!((status, out["result"].as_str(), &out["since"]), (200, Some("already_in"), &Value::Null), "{out}");
    let (status, entry) = d.org.api.post(&scan, json!({"key": "in-again-02", "code": code})).await;
    assert_eq!((status, entry["result"].as_str()), (201, Some("recorded")), "{entry}");
    // A key used before still answers with its own row, whatever came after.
    let (status, replay) = d.org.api.post(&scan, json!({"key": "in-00002", "code": code})).await;
    assert_eq!((status, replay["result"].as_str()), (200, Some("duplicate")));
    assert_eq!(scans_of(&app, amina.registration.id).await.len(), 15);
}

/// Sends a scan that must be refused (409); the reason given.
async fn refused(d: &Desk, body: Value) -> String {
    let (status, body) = d.org.api.post(&format!("/api/v1/events/{}/checkin/scan", d.event_id), body).await;
    assert_eq!(status, 409, "{body}");
    body["message"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn refused_scans_say_why_and_change_nothing() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 1).await;
    let seated = register(&app, &d, "a@example.org", "Amina", "Diallo").await;
    let waiting = register(&app, &d, "b@example.org", "Kofi", "Mensah").await;
    assert_eq!(waiting.registration.state, RegistrationState::Waitlisted);
    let scan = format!("/api/v1/events/{}/checkin/scan", d.event_id);

    // Someone on the waiting list, a forged code, another event's code, a revoked code.
    let good = code_of(&app, &seated);
    let forged = format!("{}A", &good[..good.len() - 1]);
    let forged = if forged == good { format!("{}B", &good[..good.len() - 1]) } else { forged };
    let other = code::sign(app.state.checkin_secret(), seated.registration.id, d.event_id + 1, 1);
    for (case, body, reason) in [
        ("on the waiting list", json!({"key": "key-waiting", "code": code_of(&app, &waiting)}), "waiting list"),
        ("a forged code", json!({"key": "key-forged", "code": forged}), "not a valid check-in code"),
        ("another event's code", json!({"key": "key-other", "code": other}), "another event"),
    ] {
        assert!(refused(&d, body).await.contains(reason), "{case}");
    }
    let revoke = format!("/api/v1/events/{}/registrations/{}/checkin-code/revoke", d.event_id, seated.registration.id);
    let (status, revoked) = d.org.api.post(&revoke, json!({})).await;
    assert_eq!((status, revoked["checkin_version"].as_i64()), (200, Some(2)));
    assert!(refused(&d, json!({"key": "key-revoked", "code": good})).await.contains("replaced by a newer one"));
    let fresh = code::sign(app.state.checkin_secret(), seated.registration.id, d.event_id, 2);
    assert_eq!(d.org.api.post(&scan, json!({"key": "key-fresh", "code": fresh})).await.0, 201);

    // Cancelled: refused with the reason.
    let moved = d
        .org
        .api
        .post(
            &format!("/api/v1/events/{}/registrations/move", d.event_id),
            json!({"ids": [seated.registration.id], "action": "cancel"}),
        )
        .await;
    assert_eq!(moved.0, 200, "{}", moved.1);
    assert!(
        refused(&d, json!({"key": "key-cancelled", "registration_id": seated.registration.id}))
            .await
            .contains("cancelled")
    );
    // A scan recorded before the cancellation, sent again, is still a no-op answer.
    let (status, replay) = d.org.api.post(&scan, json!({"key": "key-fresh", "code": fresh})).await;
    assert_eq!((status, replay["result"].as_str()), (200, Some("duplicate")));
    // The freed seat went to the waiting list as an offer: still no seat to check in with.
    assert!(
        refused(&d, json!({"key": "key-offered", "registration_id": waiting.registration.id}))
            .await
            .contains("waiting list")
    );

    // Bad input names the field; unknown registrations are 404.
    for (body, field) in [
        (json!({"code": fresh}), "key"),
        (json!({"key": "short", "code": "x"}), "key"),
        (json!({"key": "key-nothing"}), "code"),
        (json!({"key": "key-both", "code": "x", "registration_id": 1}), "code"),
        (json!({"key": "key-kind", "registration_id": 1, "kind": "sideways"}), "kind"),
        (json!({"key": "key-method", "registration_id": 1, "method": "walk_in"}), "method"),
        (json!({"key": "key-time", "registration_id": 1, "scanned_at": "soon"}), "scanned_at"),
        (json!({"key": "key-future", "registration_id": 1, "scanned_at": "2026-11-28T10:00:00Z"}), "scanned_at"),
        (json!({"key": 5}), "body"),
    ] {
        let (status, body) = d.org.api.post(&scan, body).await;
        assert_eq!(status, 422, "{field}: {body}");
        assert_eq!(body["fields"][0]["field"], field, "{body}");
    }
    assert_eq!(d.org.api.post(&scan, json!({"key": "key-unknown", "registration_id": 999_999})).await.0, 404);
    assert_eq!(
        d.org
            .api
            .post("/api/v1/events/999999/checkin/scan", json!({"key": "key-noevent", "registration_id": 1}))
            .await
            .0,
        404
    );
    // Only the fresh code's scan was recorded.
    assert_eq!(scan_count(&app, d.event_id).await, 1);
}

#[tokio::test]
async fn an_offline_batch_replayed_with_duplicates_records_each_scan_once() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 40).await;
    let a = register(&app, &d, "a@example.org", "Amina", "Diallo").await;
    let b = register(&app, &d, "b@example.org", "Kofi", "Mensah").await;
    let c = register(&app, &d, "c@example.org", "Ana", "Lima").await;
    let moved = d
        .org
        .api
        .post(
            &format!("/api/v1/events/{}/registrations/move", d.event_id),
            json!({"ids": [c.registration.id], "action": "cancel"}),
        )
        .await;
    assert_eq!(moved.0, 200);
    let batch = json!({"items": [
        {"key": "dev1-0001", "code": code_of(&app, &a), "scanned_at": "2026-11-27T08:01:00Z", "device": "laptop"},
        {"key": "dev1-0002", "code": code_of(&app, &b), "scanned_at": "2026-11-27T08:02:00Z"},
        {"key": "dev1-0003", "code": code_of(&app, &a), "scanned_at": "2026-11-27T08:03:00Z"},
        {"key": "dev1-0004", "kind": "undo", "undoes_key": "dev1-0002", "scanned_at": "2026-11-27T08:04:00Z"},
        {"key": "dev1-0005", "code": code_of(&app, &c), "scanned_at": "2026-11-27T08:05:00Z"},
        {"key": "dev1-0006", "code": code_of(&app, &b), "kind": "sideways"},
        {"key": "dev1-0001", "code": code_of(&app, &a), "scanned_at": "2026-11-27T08:01:00Z"},
    ]});
    let sync = format!("/api/v1/events/{}/checkin/sync", d.event_id);
    let results = |v: &Value| -> Vec<String> {
        v["items"].as_array().unwrap().iter().map(|i| i["result"].as_str().unwrap().to_owned()).collect()
    };
    let (status, first) = d.org.api.post(&sync, batch.clone()).await;
    assert_eq!(status, 200, "{first}");
    assert_eq!(results(&first), ["recorded", "recorded", "already_in", "recorded", "refused", "invalid", "duplicate"]);
    assert_eq!(first["items"][4]["reason"], "att-refused-cancelled");
    assert_eq!(first["items"][5]["fields"], json!(["kind"]));
    // The whole batch again (its answer was lost on the way back): nothing new.
    let (status, second) = d.org.api.post(&sync, batch).await;
    assert_eq!(status, 200);
    assert_eq!(
        results(&second),
        ["duplicate", "duplicate", "already_in", "duplicate", "refused", "invalid", "duplicate"]
    );
    assert_eq!(scan_count(&app, d.event_id).await, 3);
    let a_log = scans_of(&app, a.registration.id).await;
    assert_eq!(a_log.len(), 1);
    assert_eq!(a_log[0].scanned_at.to_rfc3339(), "2026-11-27T08:01:00+00:00");
    assert_eq!(a_log[0].recorded_at, app.clock.now());

    // The console's own endpoint takes the same batch with the session cookie and CSRF header.
    let console_sync = format!("/checkin/events/{}/sync", d.event_id);
    let csrf = app.csrf(&d.org.browser).await;
    let late = json!({"items": [{"key": "dev2-0001", "registration_id": b.registration.id, "method": "search"}]});
    let r = d.org.browser.post(app.url(&console_sync)).json(&late).send().await.unwrap();
    assert_eq!(r.status(), 403, "no CSRF token");
    let r = d.org.browser.post(app.url(&console_sync)).header("x-csrf-token", &csrf).json(&late).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["items"][0]["result"], "recorded");
    let too_many: Vec<Value> = (0..501).map(|i| json!({"key": format!("bulk-{i:05}"), "registration_id": 1})).collect();
    let (status, body) = d.org.api.post(&sync, json!({"items": too_many})).await;
    assert_eq!((status, body["fields"][0]["field"].as_str()), (422, Some("items")));
    assert_eq!(scan_count(&app, d.event_id).await, 4);
}

/// Scans from many desks at once share group commits; a key sent twice at the same moment
/// (two requests racing, one of them a retry) is still one row, answered to both.
#[tokio::test]
async fn scans_from_many_desks_at_once_record_each_key_once() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 40).await;
    let mut people = Vec::new();
    for i in 0..30 {
        people.push(register(&app, &d, &format!("p{i}@example.org"), "Given", &format!("Family{i}")).await);
    }
    let scan = format!("/api/v1/events/{}/checkin/scan", d.event_id);
    let mut set = tokio::task::JoinSet::new();
    for (i, p) in people.iter().enumerate() {
        let body = json!({"key": format!("door-{i:04}"), "code": code_of(&app, p), "device": "door"});
        for _ in 0..2 {
            let request = d.org.api.request(Method::POST, &scan, Some(body.clone()));
            set.spawn(async move {
                let r = request.send().await.unwrap();
                (r.status().as_u16(), r.json::<Value>().await.unwrap())
            });
        }
    }
    let mut recorded = 0;
    while let Some(answer) = set.join_next().await {
        let (status, body) = answer.unwrap();
        match (status, body["result"].as_str()) {
            (201, Some("recorded")) => recorded += 1,
            (200, Some("duplicate")) => {}
            other => panic!("unexpected answer {other:?}: {body}"),
        }
    }
    assert_eq!(recorded, 30, "each key recorded by exactly one of its two requests");
    assert_eq!(scan_count(&app, d.event_id).await, 30);
    for p in &people {
        assert_eq!(scans_of(&app, p.registration.id).await.len(), 1);
    }
}

/// The day rows (`attendance_days`) of a registration: (day, entries not undone).
async fn days_of(app: &TestApp, registration_id: i32) -> Vec<(String, i32)> {
    attendance_day::Entity::find()
        .filter(attendance_day::Column::RegistrationId.eq(registration_id))
        .all(&app.state.db.read)
        .await
        .unwrap()
        .into_iter()
        .map(|d| (d.day.to_string(), d.entries))
        .collect()
}

#[tokio::test]
async fn the_days_attended_follow_entries_exits_and_undos() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 40).await;
    let amina = register(&app, &d, "amina@example.org", "Amina", "Diallo").await;
    let id = amina.registration.id;
    let scan = format!("/api/v1/events/{}/checkin/scan", d.event_id);
    let undo = format!("/api/v1/events/{}/checkin/undo", d.event_id);
    let today = "2026-11-27".to_owned();

    assert_eq!(days_of(&app, id).await, []);
    assert_eq!(d.org.api.post(&scan, json!({"key": "in-000001", "registration_id": id})).await.0, 201);
    assert_eq!(days_of(&app, id).await, [(today.clone(), 1)]);
    // An exit and its undo leave the day as it is: someone who came and left was there.
    assert_eq!(d.org.api.post(&scan, json!({"key": "out-00001", "registration_id": id, "kind": "exit"})).await.0, 201);
    assert_eq!(d.org.api.post(&undo, json!({"key": "undo-out-1", "undoes_key": "out-00001"})).await.0, 201);
    assert_eq!(days_of(&app, id).await, [(today.clone(), 1)]);
    assert_eq!(d.org.api.post(&scan, json!({"key": "out-00002", "registration_id": id, "kind": "exit"})).await.0, 201);
    assert_eq!(d.org.api.post(&scan, json!({"key": "in-000002", "registration_id": id})).await.0, 201);
    assert_eq!(days_of(&app, id).await, [(today.clone(), 2)]);
    // Taking one entry back leaves the other.
    assert_eq!(d.org.api.post(&undo, json!({"key": "undo-in-01", "undoes_key": "in-000001"})).await.0, 201);
    assert_eq!(days_of(&app, id).await, [(today.clone(), 1)]);

    // Two desks take the last entry back at the same moment: one undo is recorded, the other
    // is refused, and the day goes once.
    let mut set = tokio::task::JoinSet::new();
    for key in ["undo-in-2a", "undo-in-2b"] {
        let request = d.org.api.request(Method::POST, &undo, Some(json!({"key": key, "undoes_key": "in-000002"})));
        set.spawn(async move { request.send().await.unwrap().status().as_u16() });
    }
    let mut answers = Vec::new();
    while let Some(status) = set.join_next().await {
        answers.push(status.unwrap());
    }
    answers.sort_unstable();
    assert_eq!(answers, [201, 409]);
    assert_eq!(days_of(&app, id).await, []);
    let undos = scans_of(&app, id).await.into_iter().filter(|s| s.direction == ScanDirection::Undo).count();
    assert_eq!(undos, 3, "one undo of the exit, one of each entry");

    let (status, report) = d.org.api.get(&format!("/api/v1/events/{}/report", d.event_id)).await;
    assert_eq!(status, 200);
    assert_eq!(report["outcomes"]["attended"], 0, "{report}");
}

#[tokio::test]
async fn entries_from_two_desks_at_once_each_count_once_in_the_day() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 40).await;
    let mut people = Vec::new();
    for i in 0..10 {
        people.push(register(&app, &d, &format!("p{i}@example.org"), "Given", &format!("Family{i}")).await);
    }
    let scan = format!("/api/v1/events/{}/checkin/scan", d.event_id);
    let mut set = tokio::task::JoinSet::new();
    for (i, p) in people.iter().enumerate() {
        // Two desks, two keys, the same person: one or both may be recorded, depending on the
        // interleaving; the day row must count what the log holds.
        for desk in ["a", "b"] {
            let body = json!({"key": format!("door-{desk}-{i:04}"), "code": code_of(&app, p)});
            let request = d.org.api.request(Method::POST, &scan, Some(body.clone()));
            set.spawn(async move { request.send().await.unwrap().status().as_u16() });
        }
    }
    while let Some(status) = set.join_next().await {
        assert!(matches!(status.unwrap(), 200 | 201));
    }
    for p in &people {
        let entries = scans_of(&app, p.registration.id).await.len();
        assert!((1..=2).contains(&entries));
        let entries = i32::try_from(entries).unwrap();
        assert_eq!(days_of(&app, p.registration.id).await, [("2026-11-27".to_owned(), entries)]);
    }
}

/// A scan row for `record_scans`: on 2026-11-27 at 10:00.
fn loaded_scan(registration_id: i32, event_id: i32, direction: &str, key: &str) -> attendance_scan::ActiveModel {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-27T10:00:00Z").unwrap().to_utc();
    attendance_scan::ActiveModel {
        registration_id: sea_orm::Set(registration_id),
        event_id: sea_orm::Set(event_id),
        day: sea_orm::Set(at.date_naive()),
        direction: sea_orm::Set(direction.parse().unwrap()),
        scanned_at: sea_orm::Set(at),
        recorded_at: sea_orm::Set(at),
        method: sea_orm::Set(ScanMethod::Qr),
        idempotency_key: sea_orm::Set(key.to_owned()),
        ..Default::default()
    }
}

#[tokio::test]
async fn scans_written_together_count_each_entry_in_the_day() {
    // The statements the group writer uses for a group of scans: one insert of every row and
    // one upsert of the days, each day once with its number of entries.
    let app = TestApp::spawn().await;
    let d = desk(&app, 40).await;
    let amina = register(&app, &d, "amina@example.org", "Amina", "Diallo").await.registration.id;
    let bruno = register(&app, &d, "bruno@example.org", "Bruno", "Costa").await.registration.id;
    let db = &app.state.db.write;
    let rows = vec![
        loaded_scan(amina, d.event_id, "entry", "desk-a-0001"),
        loaded_scan(bruno, d.event_id, "entry", "desk-a-0002"),
        loaded_scan(amina, d.event_id, "entry", "desk-b-0001"),
        loaded_scan(bruno, d.event_id, "exit", "desk-b-0002"),
    ];
    let saved = attendance::record_scans(db, rows).await.unwrap();
    let keys: Vec<&str> = saved.iter().map(|s| s.idempotency_key.as_str()).collect();
    assert_eq!(keys, ["desk-a-0001", "desk-a-0002", "desk-b-0001", "desk-b-0002"]);
    assert_eq!(
        (saved[0].registration_id, saved[3].registration_id, saved[3].direction.as_str()),
        (amina, bruno, "exit")
    );
    assert_eq!(days_of(&app, amina).await, [("2026-11-27".to_owned(), 2)]);
    assert_eq!(days_of(&app, bruno).await, [("2026-11-27".to_owned(), 1)]);

    // A day row already there is added to.
    let more = vec![
        loaded_scan(amina, d.event_id, "exit", "desk-a-0003"),
        loaded_scan(amina, d.event_id, "entry", "desk-a-0004"),
    ];
    attendance::record_scans(db, more).await.unwrap();
    assert_eq!(days_of(&app, amina).await, [("2026-11-27".to_owned(), 3)]);

    // A key used before fails the whole group, and none of it is written.
    let again = vec![
        loaded_scan(bruno, d.event_id, "entry", "desk-a-0005"),
        loaded_scan(amina, d.event_id, "entry", "desk-a-0001"),
    ];
    let failed = attendance::record_scans(db, again).await.unwrap_err();
    assert!(convene::db::is_unique_violation(&failed), "{failed}");
    assert_eq!(scans_of(&app, bruno).await.len(), 2);
    assert_eq!(days_of(&app, bruno).await, [("2026-11-27".to_owned(), 1)]);

    // Undos are not written in groups.
    let undo = vec![loaded_scan(amina, d.event_id, "undo", "desk-a-0006")];
    assert!(attendance::record_scans(db, undo).await.is_err());
    assert_eq!(scans_of(&app, amina).await.len(), 4);

    // A larger group: every entry counts in the one day, and the rows come back in the order
    // given.
    let keys: Vec<String> = (0..21).map(|i| format!("desk-c-{i:04}")).collect();
    let many = keys.iter().map(|key| loaded_scan(bruno, d.event_id, "entry", key)).collect();
    let saved = attendance::record_scans(db, many).await.unwrap();
    assert_eq!(saved.iter().map(|s| s.idempotency_key.as_str()).collect::<Vec<_>>(), keys);
    assert_eq!(days_of(&app, bruno).await, [("2026-11-27".to_owned(), 22)]);
}

#[tokio::test]
async fn the_desk_learns_of_a_cancelled_event_within_a_second() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 40).await;
    let amina = register(&app, &d, "amina@example.org", "Amina", "Diallo").await;
    let scan = format!("/api/v1/events/{}/checkin/scan", d.event_id);
    let body = |key: &str| json!({"key": key, "code": code_of(&app, &amina)});
    assert_eq!(d.org.api.post(&scan, body("before-01")).await.0, 201);
    let (status, _) = d.org.api.post(&format!("/api/v1/events/{}/cancel", d.event_id), json!({})).await;
    assert_eq!(status, 200);
    // The desk keeps the event it read for a second (DESK_EVENT_TTL); after that, scans are
    // refused with the reason.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let (status, refused) = d
        .org
        .api
        .post(&scan, json!({"key": "after-001", "registration_id": amina.registration.id, "kind": "exit"}))
        .await;
    assert_eq!(status, 409, "{refused}");
    assert!(refused["message"].as_str().unwrap().contains("cancelled"), "{refused}");
}

#[tokio::test]
async fn walk_ins_follow_the_registration_rules_at_capacity() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 1).await;
    let walk_in = format!("/checkin/events/{}/walk-in", d.event_id);
    let (status, form) = d.org.get(&walk_in).await;
    assert_eq!(status, 200);
    let key = |n: u32| format!("walk-in-key-{n:04}");
    let person = |email: &'static str, given: &'static str, k: String| {
        vec![
            ("email", email.to_owned()),
            ("given_name", given.to_owned()),
            ("family_name", "Walker".to_owned()),
            ("gender", "man".to_owned()),
            ("country", "GHA".to_owned()),
            ("key", k),
        ]
    };
    assert!(form.contains("name=\"key\""));
    // Walk-in while a seat is free: registered, confirmed and checked in.
    let fields = person("kwame@example.org", "Kwame", key(1));
    let r = d.org.post_fields(&walk_in, &fields).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("data-panel=\"admitted\"") && page.contains("<p class=\"panel-name\">Kwame Walker</p>"));
    let scans = attendance_scan::Entity::find().all(&app.state.db.read).await.unwrap();
    assert_eq!((scans.len(), scans[0].method.as_str()), (1, "walk_in"));

    // At capacity: waitlisted like anyone else, and not checked in.
    let fields = person("yaw@example.org", "Yaw", key(2));
    let r = d.org.post_fields(&walk_in, &fields).await;
    assert_eq!(r.status(), 409);
    let body = r.text().await.unwrap();
    assert!(
        body.contains("data-panel=\"refused\"") && body.contains("<p class=\"panel-name\">Yaw Walker</p>"),
        "{body}"
    );
    assert!(body.contains("Yaw is registered.") && body.contains("waiting list"), "{body}");
    assert_eq!(scan_count(&app, d.event_id).await, 1);
    let (_, list) = d.org.api.get(&format!("/api/v1/events/{}/registrations", d.event_id)).await;
    let states: Vec<&str> = list["items"].as_array().unwrap().iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states.iter().filter(|s| **s == "confirmed").count(), 1);
    assert_eq!(states.iter().filter(|s| **s == "waitlisted").count(), 1);

    // The same form sent twice registers once and scans once.
    let fields = person("kwame@example.org", "Kwame", key(1));
    assert_eq!(d.org.post_fields(&walk_in, &fields).await.status(), 200);
    assert_eq!(scan_count(&app, d.event_id).await, 1);

    // Bad input re-renders the form naming the fields and registers nobody.
    let r = d.org.post_form(&walk_in, &[("email", "not an address"), ("key", "walk-in-key-0003")]).await;
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    for field in ["#email", "#given_name", "#family_name", "#gender"] {
        assert!(body.contains(field), "{field} not named");
    }
    let (_, list) = d.org.api.get(&format!("/api/v1/events/{}/registrations", d.event_id)).await;
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn check_in_staff_reach_only_their_events_desk() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 40).await;
    let amina = register(&app, &d, "amina@example.org", "Amina", "Diallo").await;
    let other = app.event(&d.org.browser).title("Another workshop").create().await;

    let door = app.desk_officer("door@example.org", d.event_id).await;
    let r = door.browser.get(app.url("/checkin")).send().await.unwrap();
    assert_eq!(location(&r), format!("/checkin/events/{}", d.event_id));
    let (status, console) = door.get(&format!("/checkin/events/{}", d.event_id)).await;
    assert_eq!(status, 200);
    assert!(console.contains("href=\"/checkin\"") && !console.contains("href=\"/organiser/events\""));
    assert_eq!(door.get(&format!("/checkin/events/{}/search?q=diallo", d.event_id)).await.0, 200);
    assert_eq!(door.get("/account/password").await.0, 200);
    for path in [
        format!("/checkin/events/{other}"),
        format!("/checkin/events/{other}/walk-in"),
        "/organiser/events".to_owned(),
        format!("/organiser/events/{}", d.event_id),
        format!("/organiser/events/{}/registrations", d.event_id),
        "/organiser/events/new".to_owned(),
        "/admin/users".to_owned(),
        "/admin/mailbox".to_owned(),
    ] {
        assert_eq!(door.get(&path).await.0, 403, "{path}");
    }
    assert_eq!(door.post_form(&format!("/organiser/events/{}/publish", d.event_id), &[]).await.status(), 403);
    // Their desk works: scan through the page form.
    let fields = [("code", code_of(&app, &amina)), ("key", "door-0001".to_owned())];
    let r = door.post_fields(&format!("/checkin/events/{}/scan", d.event_id), &fields).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("data-panel=\"admitted\"") && page.contains("<p class=\"panel-name\">Amina Diallo</p>"));

    // The API: the check-in endpoints of their event only.
    let scan = |event: i32| format!("/api/v1/events/{event}/checkin/scan");
    let (status, body) =
        door.api.post(&scan(d.event_id), json!({"key": "door-0002", "registration_id": amina.registration.id})).await;
    assert_eq!((status, body["result"].as_str()), (200, Some("already_in")));
    assert_eq!(door.api.get(&format!("/api/v1/events/{}/attendance", d.event_id)).await.0, 200);
    assert_eq!(door.api.post(&scan(other), json!({"key": "door-0003", "registration_id": 1})).await.0, 403);
    assert_eq!(door.api.get("/api/v1/events").await.0, 403);
    assert_eq!(door.api.get(&format!("/api/v1/events/{}/registrations", d.event_id)).await.0, 403);
    let revoke = format!("/api/v1/events/{}/registrations/{}/checkin-code/revoke", d.event_id, amina.registration.id);
    assert_eq!(door.api.post(&revoke, json!({})).await.0, 403);

    // Organisers of other programmes have no desk here; an event is given only to check-in staff.
    let npt = app.signed_in("npt@example.org", Role::Organiser, &["NPT"]).await;
    assert_eq!(app.get(&npt, &format!("/checkin/events/{}", d.event_id)).await.0, 403);
    let cli = convene::audit::Actor::cli();
    for (user, event) in [(d.org.id, d.event_id), (door.id, 999_999)] {
        let err = convene::auth::rules::assign_checkin_event(&app.state.db, &cli, user, event, app.clock.now()).await;
        assert!(matches!(err, Err(convene::error::Error::Invalid(_))), "user {user}, event {event}");
    }
    // A signed-out visitor is sent to sign in.
    assert_eq!(app.get(&app.new_browser(), &format!("/checkin/events/{}", d.event_id)).await.0, 303);
}

#[tokio::test]
async fn the_manage_page_shows_the_qr_code_of_a_confirmed_registration() {
    let app = TestApp::spawn().await;
    let d = desk(&app, 1).await;
    let seated = register(&app, &d, "a@example.org", "Amina", "Diallo").await;
    let waiting = register(&app, &d, "b@example.org", "Kofi", "Mensah").await;
    let visitor = app.new_browser();
    let (status, page) = app.get(&visitor, &format!("/r/{}", seated.manage_token)).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("/r/{}/checkin.svg", seated.manage_token)));
    let r = visitor.get(app.url(&format!("/r/{}/checkin.svg", seated.manage_token))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "image/svg+xml");
    assert!(r.text().await.unwrap().starts_with("<?xml"));
    let (_, page) = app.get(&visitor, &format!("/r/{}", waiting.manage_token)).await;
    assert!(!page.contains("checkin.svg"));
    assert_eq!(app.get(&visitor, &format!("/r/{}/checkin.svg", waiting.manage_token)).await.0, 404);
    assert_eq!(app.get(&visitor, "/r/not-a-token/checkin.svg").await.0, 410);
    // The console embeds hashes of the codes, never the codes.
    let (_, console) = d.org.get(&format!("/checkin/events/{}", d.event_id)).await;
    assert!(!console.contains(&code_of(&app, &seated)));
    assert!(console.contains(&convene::auth::tokens::hash(&code_of(&app, &seated))));
    let _ = extract_csrf(&console).expect("forms carry CSRF tokens");
}
