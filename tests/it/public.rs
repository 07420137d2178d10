//! Public pages: upcoming events, per programme, event pages, drafts invisible, languages.

use convene::domain::Role;

use crate::helpers::{TestApp, location};

#[tokio::test]
async fn drafts_are_invisible_until_published() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let id = app.event(&org.browser).create().await;
    let public = app.new_browser();
    assert_eq!(app.get(&public, &format!("/events/{id}")).await.0, 404);
    assert!(!app.get(&public, "/").await.1.contains("Regional workshop on resolution 1540"));
    assert_eq!(org.post_form(&format!("/organiser/events/{id}/publish"), &[]).await.status(), 303);
    let (status, body) = app.get(&public, &format!("/events/{id}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("Regional workshop on resolution 1540"));
    assert!(body.contains("Lomé, Togo"));
    assert!(app.get(&public, "/").await.1.contains(&format!("/events/{id}")));
    assert!(app.get(&public, "/programmes/1540").await.1.contains(&format!("/events/{id}")));
    assert!(!app.get(&public, "/programmes/SALW").await.1.contains(&format!("/events/{id}")));
    assert_eq!(app.get(&public, "/programmes/NOPE").await.0, 404);
    // Cancelled events stay reachable with a notice, and leave the upcoming list.
    assert_eq!(org.post_form(&format!("/organiser/events/{id}/cancel"), &[]).await.status(), 303);
    let (status, body) = app.get(&public, &format!("/events/{id}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("This event has been cancelled."));
    assert!(!app.get(&public, "/").await.1.contains(&format!("/events/{id}")));
}

#[tokio::test]
async fn the_demo_home_page_lists_upcoming_events_with_their_schedules() {
    let app = TestApp::spawn().await;
    app.load_demo().await;
    let public = app.new_browser();
    let (status, home) = app.get(&public, "/").await;
    assert_eq!(status, 200);
    assert!(home.contains("Upcoming events"));
    // Historical events are not upcoming; drafts never show.
    assert!(!home.contains("Gaborone"));
    let first = home.split("href=\"/events/").nth(1).unwrap();
    let id: String = first.chars().take_while(|c| c.is_ascii_digit()).collect();
    let (status, _) = app.get(&public, &format!("/events/{id}")).await;
    assert_eq!(status, 200);
    // A historical published event is reachable by its page.
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let gaborone = convene::entities::event::Entity::find()
        .filter(convene::entities::event::Column::SeedKey.eq("W03"))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    let (status, page) = app.get(&public, &format!("/events/{}", gaborone.id)).await;
    assert_eq!(status, 200);
    assert!(page.contains("27–28 November 2007"));
    assert!(page.contains("(UTC+02:00)"));
}

#[tokio::test]
async fn kathmandu_schedules_show_the_quarter_hour_offset() {
    let app = TestApp::spawn().await;
    let org = app.staff("o@example.org", Role::Organiser, &["SALW"]).await;
    let event = app.event(&org.browser).programme("SALW").set("unit", "UNRCPD").set("time_zone", "Asia/Kathmandu");
    let event =
        event.set("city", "Kathmandu").set("country", "NPL").session("Opening", "2026-12-08", "09:00", "10:30", "");
    let id = event.published().create().await;
    let (_, page) = app.get(&app.new_browser(), &format!("/events/{id}")).await;
    assert!(page.contains("(UTC+05:45)"));
    assert!(page.contains("datetime=\"2026-12-08T03:15:00+00:00\""));
    assert!(page.contains(">09:00<"));
}

#[tokio::test]
async fn language_follows_the_switch_then_accept_language() {
    let app = TestApp::spawn().await;
    let browser = app.new_browser();
    assert!(app.get(&browser, "/").await.1.contains("Upcoming events"));
    let r = browser.get(app.url("/")).header("accept-language", "fr-CH, fr;q=0.9, en;q=0.5").send().await.unwrap();
    assert!(r.text().await.unwrap().contains("lang=\"fr\""));
    let r = browser.get(app.url("/language?lang=fr&next=%2Fprogrammes%2F1540")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/programmes/1540");
    let (_, body) = app.get(&browser, "/").await;
    assert!(body.contains("<html lang=\"fr\""));
    assert!(body.contains("Événements"));
    // The remembered choice wins over the header.
    let r = browser.get(app.url("/")).header("accept-language", "en").send().await.unwrap();
    assert!(r.text().await.unwrap().contains("<html lang=\"fr\""));
    // Bad input: unknown language, off-site return path.
    assert_eq!(app.get(&browser, "/language?lang=xx&next=%2F").await.0, 422);
    let r = browser.get(app.url("/language?lang=en&next=https%3A%2F%2Fevil.example")).send().await.unwrap();
    assert_eq!(location(&r), "/");
}

#[tokio::test]
async fn error_pages_are_translated_and_never_500_on_bad_input() {
    let app = TestApp::spawn().await;
    let browser = app.new_browser();
    let (status, body) = app.get(&browser, "/no/such/page").await;
    assert_eq!(status, 404);
    assert!(body.contains("This page does not exist."));
    let r = browser.get(app.url("/events/1")).header("accept-language", "fr").send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert!(r.text().await.unwrap().contains("lang=\"fr\""));
    for path in ["/events/-1", "/events/99999999999", "/events/%00", "/assets/nope.css"] {
        assert_eq!(app.get(&browser, path).await.0, 404, "{path}");
    }
}
