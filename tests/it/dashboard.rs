//! The organiser home and an event's dashboard, over HTTP: which events are listed, what is
//! counted, and where each "needs action" item leads.

use convene::domain::Role;
use convene::entities::outbox_message;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{PASSWORD, TestApp, create_event, event_fields, invite, location};

/// Creates and publishes an event of `programme` from `start` to `end`, with approval.
async fn event_on(
    app: &TestApp,
    organiser: &reqwest::Client,
    programme: &str,
    title: &str,
    start: &str,
    end: &str,
) -> i32 {
    let mut fields = event_fields(programme);
    for (k, v) in fields.iter_mut() {
        match *k {
            "title" => *v = title.to_owned(),
            "start_date" => *v = start.to_owned(),
            "end_date" => *v = end.to_owned(),
            "capacity" => *v = "10".to_owned(),
            _ => {}
        }
    }
    fields.push(("approval_required", "on".into()));
    let id = create_event(app, organiser, &fields).await;
    assert_eq!(app.post_form(organiser, &format!("/organiser/events/{id}/publish"), &[]).await.status(), 303);
    id
}

async fn register(app: &TestApp, event_id: i32, email: &str) {
    let token = invite(app, event_id, email, None).await;
    let fields = [
        ("given_name", "Amina"),
        ("family_name", "Diallo"),
        ("gender", "woman"),
        ("country", "SEN"),
        ("organisation", "Ministry of Foreign Affairs"),
        ("organisation_type", "government"),
        ("consent", "on"),
    ];
    assert_eq!(app.post_form(&app.new_browser(), &format!("/i/{token}"), &fields).await.status(), 303);
}

#[tokio::test]
async fn the_home_lists_my_events_under_way_and_to_come_and_what_needs_action() {
    let app = TestApp::spawn().await;
    // Today is 2026-11-27 in tests.
    let organiser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let running = event_on(&app, &organiser, "1540", "Running workshop", "2026-11-26", "2026-11-28").await;
    let coming = event_on(&app, &organiser, "1540", "Coming workshop", "2026-12-08", "2026-12-10").await;
    event_on(&app, &organiser, "1540", "Past workshop", "2026-10-01", "2026-10-02").await;
    let other = app.signed_in("salw@example.org", Role::Organiser, &["SALW"]).await;
    event_on(&app, &other, "SALW", "Another programme's course", "2026-12-01", "2026-12-02").await;
    register(&app, coming, "amina@example.org").await;

    let (status, page) = app.get(&organiser, "/organiser").await;
    assert_eq!(status, 200);
    assert!(page.contains("Running workshop") && page.contains("Coming workshop"));
    assert!(!page.contains("Past workshop"), "ended events are not on the home");
    assert!(!page.contains("Another programme"), "only events the organiser manages");
    let under_way = page.find("Running workshop").unwrap();
    assert!(under_way < page.rfind("Coming workshop").unwrap(), "under way first");
    assert!(page.contains("1 registration(s) waiting for approval"));
    assert!(page.contains(&format!("/organiser/events/{coming}/registrations?state=pending")));
    assert!(page.contains(&format!("/organiser/events/{running}")));
    let (_, other_home) = app.get(&other, "/organiser").await;
    assert!(other_home.contains("Nothing waits for you"), "the SALW organiser has nothing pending");
}

#[tokio::test]
async fn signing_in_leads_to_the_home_and_check_in_staff_on_to_their_desk() {
    let app = TestApp::spawn().await;
    app.create_user("o@example.org", Role::Organiser, &["1540"]).await;
    let browser = app.new_browser();
    let r = app.post_form(&browser, "/sign-in", &[("email", "o@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(location(&r), "/organiser");
    app.create_user("door@example.org", Role::CheckIn, &[]).await;
    let door = app.new_browser();
    app.post_form(&door, "/sign-in", &[("email", "door@example.org"), ("password", PASSWORD)]).await;
    let r = door.get(app.url("/organiser")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/checkin");
    assert_eq!(app.get(&app.new_browser(), "/organiser").await.0, 303, "signed out: to the sign-in page");
}

#[tokio::test]
async fn an_events_page_opens_with_its_figures_and_what_waits() {
    let app = TestApp::spawn().await;
    let organiser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let id = event_on(&app, &organiser, "1540", "Running workshop", "2026-11-26", "2026-11-28").await;
    let (_, page) = app.get(&organiser, &format!("/organiser/events/{id}")).await;
    assert!(page.contains("At a glance") && page.contains("Nothing waits for you on this event."));
    assert!(page.contains("0 / 10") && page.contains("regular budget"));
    assert!(page.contains("in today"), "today is one of its days");
    register(&app, id, "amina@example.org").await;
    register(&app, id, "badru@example.org").await;
    let (_, page) = app.get(&organiser, &format!("/organiser/events/{id}")).await;
    assert!(page.contains("2 registration(s) waiting for approval"));
    assert!(page.contains("2 / 10"), "pending registrations hold their seats");
    assert!(page.contains(&format!("/organiser/events/{id}/registrations?state=pending")));
    // An email the mail server refused for good is counted against the event it is about.
    outbox_message::Entity::update_many()
        .col_expr(outbox_message::Column::State, Expr::value("failed"))
        .filter(outbox_message::Column::RegistrationId.is_not_null())
        .exec(&app.state.db.write)
        .await
        .unwrap();
    let (_, page) = app.get(&organiser, &format!("/organiser/events/{id}")).await;
    assert!(page.contains("2 email(s) could not be delivered"), "one per registration");
}
