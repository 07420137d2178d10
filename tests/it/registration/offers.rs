//! A seat offered from the waiting list never outlasts the event: the offer ends at the
//! earliest of `offer_hours`, the registration deadline and the event's start, and with too
//! little time left nobody is offered; the organiser and the API say why.

use chrono::{TimeZone, Utc};
use convene::domain::RegistrationState;

use super::{registration_of, seats_taken};
use crate::helpers::TestApp;

#[tokio::test]
async fn a_seat_offer_ends_when_the_event_starts_and_comes_too_late_for_nobody() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    // 8–10 December 2026 in Lomé (UTC all year): it starts at 2026-12-08 00:00 UTC.
    let event_id = app.event(&org.browser).capacity(1).published().create().await;
    let browser = app.new_browser();
    let mut manage = Vec::new();
    for who in ["first", "second", "third"] {
        manage.push(app.register_invitee(event_id, &format!("{who}@example.org"), who).await);
    }
    let starts = Utc.with_ymd_and_hms(2026, 12, 8, 0, 0, 0).unwrap();

    // The day before, 12 hours before the start: the offer lasts until the start, not 48 hours.
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 7, 12, 0, 0).unwrap());
    assert_eq!(app.post_form(&browser, &format!("{}/cancel", manage[0]), &[]).await.status(), 200);
    let second = registration_of(&app, event_id, "second@example.org").await;
    assert_eq!(second.state, RegistrationState::Offered);
    assert_eq!(second.offer_expires_at, Some(starts));

    // An hour before the start (less than the 120 minutes configured), a freed seat is
    // offered to nobody: it stays free, and the third person stays in line.
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 7, 23, 0, 0).unwrap());
    let offer_link = super::links::emailed_manage_links(&app, second.id).await.pop().unwrap();
    let (_, page) = app.get(&browser, &offer_link).await;
    assert!(page.contains("Seat offered"), "{page}");
    assert_eq!(app.post_form(&browser, &format!("{offer_link}/cancel"), &[]).await.status(), 200);
    assert_eq!(registration_of(&app, event_id, "third@example.org").await.state, RegistrationState::Waitlisted);
    assert_eq!(seats_taken(&app, event_id).await, 0);

    // The organiser sees why.
    app.sign_in(&org.browser, &org.email).await;
    let (_, page) = org.get(&format!("/organiser/events/{event_id}/registrations")).await;
    assert!(
        page.contains("Seats that free up are not offered to the waiting list: less than 120 minutes are left before the event starts (8 December 2026 00:00 (Africa/Lome))"),
        "{page}"
    );
    // So does the API.
    let (_, wl) = org.api.get(&format!("/api/v1/events/{event_id}/waiting-list")).await;
    assert_eq!(wl["items"][0]["email"], "third@example.org");
    assert_eq!(wl["offers"]["open"], false, "{wl}");
    assert_eq!(wl["offers"]["limit"], "event_starts");
    assert_eq!(wl["offers"]["until"], "2026-12-08T00:00:00+00:00");
    assert_eq!(wl["offers"]["min_offer_minutes"], 120);
    let (_, doc) = org.api.get("/api/v1/openapi.json").await;
    let offers = &doc["components"]["schemas"]["OfferStatus"]["properties"];
    assert!(offers["open"].is_object() && offers["limit"].is_object(), "{}", doc["components"]["schemas"]);
}

#[tokio::test]
async fn a_seat_offer_ends_at_the_registration_deadline() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    // Registration closes on 30 November at noon, Lomé time (UTC).
    let event = app.event(&org.browser).capacity(1).set("registration_closes", "2026-11-30T12:00");
    let event_id = event.published().create().await;
    let browser = app.new_browser();
    let mut manage = Vec::new();
    for who in ["first", "second"] {
        manage.push(app.register_invitee(event_id, &format!("{who}@example.org"), who).await);
    }
    // On the 29th at 18:00 an offer ends at the deadline, 18 hours later.
    app.clock.set(Utc.with_ymd_and_hms(2026, 11, 29, 18, 0, 0).unwrap());
    app.post_form(&browser, &format!("{}/cancel", manage[0]), &[]).await;
    let second = registration_of(&app, event_id, "second@example.org").await;
    assert_eq!(second.offer_expires_at, Some(Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap()));
}
