//! The demo data set: its past events have participants, attendance, certificates and donors
//! from the first start; the README's example figures are what it produces; it is the same on
//! every run and either database, and a second run adds nothing.

use std::collections::BTreeSet;

use convene::domain::Role;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{TestApp, extract_csrf, location};

const README: &str = include_str!("../../README.md");

/// Whether the README says `sentence` (line breaks and indents count as single spaces).
fn readme_says(sentence: &str) -> bool {
    README.split_whitespace().collect::<Vec<_>>().join(" ").contains(sentence)
}

async fn get_json(app: &TestApp, token: &str, path: &str) -> Value {
    let r = app.client.get(app.url(path)).bearer_auth(token).send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    r.json().await.unwrap()
}

/// A count as the README writes it: "3,916".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A share as the report pages print it: "25.2".
fn percent(share: &Value) -> String {
    format!("{:.1}", share.as_f64().unwrap() * 100.0)
}

async fn admin_token(app: &TestApp) -> String {
    let admin = app.create_user("admin@example.org", Role::Admin, &[]).await;
    app.api_token(admin).await
}

#[tokio::test]
async fn the_readme_report_figures_are_the_demos_38_states_among_them() {
    let app = TestApp::spawn().await;
    app.load_demo().await;
    let token = admin_token(&app).await;

    // The three 2007 workshops of resolution 1540 reach the report's 38 States, none twice.
    let series = get_json(&app, &token, "/api/v1/reports?series=1540-2007").await;
    let o = &series["outcomes"];
    assert_eq!((o["events_held"].as_u64(), o["states"].as_u64()), (Some(3), Some(38)));
    let per_event: Vec<u64> = o["events"].as_array().unwrap().iter().map(|e| e["states"].as_u64().unwrap()).collect();
    assert_eq!(per_event, [11, 14, 13], "Kingston, Amman, Gaborone");
    assert_eq!(o["regional_groups"], 3);
    let sentence = format!(
        "{} workshops, {} States, {} confirmed participants, {} % women, {} % attended, {} certificates",
        o["events_held"],
        o["states"],
        o["confirmed"],
        percent(&o["women_share"]),
        percent(&o["attendance_rate"]),
        o["certificates"]
    );
    assert!(readme_says(&sentence), "README should say: {sentence}");

    // The README's example URL: the same 38 States, with the July information-exchange meeting.
    let year = get_json(&app, &token, "/api/v1/reports?programme=1540&from=2007-01-01&to=2007-12-31").await;
    let o = &year["outcomes"];
    assert_eq!((o["events_held"].as_u64(), o["states"].as_u64()), (Some(4), Some(38)));
    let sentence = format!(
        "{} events, {} States, {} confirmed participants, {} % women",
        o["events_held"],
        o["states"],
        o["confirmed"],
        percent(&o["women_share"])
    );
    assert!(readme_says(&sentence), "README should say: {sentence}");

    // The page shows the same.
    let admin = app.new_browser();
    app.sign_in(&admin, "admin@example.org").await;
    let (status, page) = app.get(&admin, "/organiser/reports?programme=1540&from=2007-01-01&to=2007-12-31").await;
    assert_eq!(status, 200);
    assert!(page.contains("Regional workshop on resolution 1540, Gaborone"));

    // Every past event with exact dates has people who came; courses and workshops with a
    // rule have certificates.
    let all = get_json(&app, &token, "/api/v1/reports?to=2009-12-31").await;
    for e in all["outcomes"]["events"].as_array().unwrap() {
        assert!(e["confirmed"].as_u64().unwrap() > 0, "{}", e["title"]);
    }
    let firearms = get_json(&app, &token, "/api/v1/reports?series=LAC-FIREARMS").await;
    assert!(firearms["outcomes"]["certificates"].as_u64().unwrap() > 50);
}

#[tokio::test]
async fn a_donor_contact_signs_in_through_the_mailbox_and_sees_figures() {
    let app = TestApp::spawn().await;
    app.load_demo().await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    // The README's way in: ask for a link as the contact, read it in the admins' mailbox.
    let contact = "ingrid.haugen@mfa.nor.example";
    assert!(README.contains(contact));
    let donor = app.new_browser();
    let r = app.post_form(&donor, "/donor/sign-in", &[("email", contact)]).await;
    assert_eq!(r.status(), 303);
    let message = convene::entities::outbox_message::Entity::find()
        .filter(convene::entities::outbox_message::Column::ToAddress.eq(contact))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("a sign-in email");
    let (status, page) = app.get(&admin, &format!("/admin/mailbox/{}", message.id)).await;
    assert_eq!(status, 200);
    let at = page.find("/donor/link/").expect("the link in the message");
    let path: String = page[at..].chars().take_while(|c| !matches!(c, '"' | '<' | ' ' | '\n')).collect();
    let (status, form) = app.get(&donor, &path).await;
    assert_eq!(status, 200);
    let csrf = extract_csrf(&form).unwrap();
    let r = donor.post(app.url(&path)).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/donor".to_owned()));

    let report: Value = donor.get(app.url("/api/v1/donor/report")).send().await.unwrap().json().await.unwrap();
    assert_eq!(report["donor"], "Norway");
    assert_eq!(report["outcomes"]["events_held"], 3);
    assert_eq!(report["outcomes"]["states"], 38, "Kingston, Amman and Gaborone");
    assert_eq!(report["outcomes"]["participants"]["kind"], "shown");
    assert!(report["outcomes"]["certificates"]["value"].as_u64().unwrap() > 0);
    assert!(report["categories"].as_array().unwrap().iter().any(|c| c["category"] == "travel"));
    let (status, page) = app.get(&donor, "/donor").await;
    assert_eq!(status, 200);
    assert!(page.contains("Regional workshop on resolution 1540, Gaborone"));

    // The consolidated view across donors, as the README gives it.
    let token = app.api_token(app.create_user("a2@example.org", Role::Admin, &[]).await).await;
    let funding = get_json(&app, &token, "/api/v1/admin/funding").await;
    let total = &funding["total"];
    let sentence = format!(
        "{} activities funded, {} States reached, funded by {} donors",
        total["activities"], total["states"], total["donors"]
    );
    assert!(readme_says(&sentence), "README should say: {sentence}");
}

/// What the demo wrote, without ids or random credentials: the same on every run and database.
async fn fingerprint(app: &TestApp) -> BTreeSet<String> {
    use convene::entities::{attendance_scan, certificate, contribution, event, person, registration};
    let db = &app.state.db.read;
    let events: std::collections::HashMap<i32, String> = event::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.id, e.seed_key.unwrap_or_default()))
        .collect();
    let people: std::collections::HashMap<i32, String> =
        person::Entity::find().all(db).await.unwrap().into_iter().map(|p| (p.id, p.email)).collect();
    let registrations = registration::Entity::find().all(db).await.unwrap();
    let who: std::collections::HashMap<i32, (String, String)> =
        registrations.iter().map(|r| (r.id, (events[&r.event_id].clone(), people[&r.person_id].clone()))).collect();
    let mut out = BTreeSet::new();
    for r in &registrations {
        out.insert(format!(
            "reg {:?} {} {} {} {:?} {:?} {:?} {:?} {}",
            who[&r.id], r.state, r.role, r.gender, r.country_iso3, r.organisation, r.position, r.title, r.created_at
        ));
    }
    for s in attendance_scan::Entity::find().all(db).await.unwrap() {
        out.insert(format!("scan {:?} {} {} {}", who[&s.registration_id], s.day, s.scanned_at, s.idempotency_key));
    }
    for c in certificate::Entity::find().all(db).await.unwrap() {
        out.insert(format!("certificate {:?} {}/{}", who[&c.registration_id], c.days_attended, c.days_total));
    }
    for c in contribution::Entity::find().all(db).await.unwrap() {
        out.insert(format!("contribution {} {} {} {}", c.currency, c.amount_minor, c.allocated_minor, c.usd_minor));
    }
    out
}

#[tokio::test]
async fn the_demo_is_the_same_on_every_run_and_database_and_a_second_run_adds_nothing() {
    let app = TestApp::spawn().await;
    let first = convene::seed::demo(&app.state.db, app.clock.today()).await.unwrap();
    let print = fingerprint(&app).await;
    assert!(print.len() > 10_000, "thousands of registrations and scans: {}", print.len());
    let db = &app.state.db.read;
    let people = convene::entities::person::Entity::find().count(db).await.unwrap();
    let registrations = convene::entities::registration::Entity::find().count(db).await.unwrap();
    let confirmed = convene::entities::registration::Entity::find()
        .filter(convene::entities::registration::Column::State.eq("confirmed"))
        .count(db)
        .await
        .unwrap();
    let sentence = format!(
        "{} registrations ({} confirmed) of {} people",
        thousands(registrations),
        thousands(confirmed),
        thousands(people)
    );
    assert!(readme_says(&sentence), "README should say: {sentence}");
    let second = convene::seed::demo(&app.state.db, app.clock.today()).await.unwrap();
    assert_eq!((second.added, second.present), (0, first.added));
    assert_eq!(fingerprint(&app).await, print, "a second run changes nothing");

    // Another database (SQLite, whatever the first was) gets exactly the same data.
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("other.db").display());
    let other = TestApp::spawn_with(|s| s.database.url = url).await;
    convene::seed::demo(&other.state.db, other.clock.today()).await.unwrap();
    assert_eq!(fingerprint(&other).await, print);
    let scans = convene::entities::attendance_day::Entity::find().count(&other.state.db.read).await.unwrap();
    assert!(scans > 1_000, "attended days are kept by the check-in rules: {scans}");
}
