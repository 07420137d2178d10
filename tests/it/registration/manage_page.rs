//! The manage page states each registration's state as a panel of its own: what it means and
//! what the person can do. The check-in code and the calendar come only with a confirmed seat,
//! and while the event is under way the code comes first; a rejection shows the secretariat's
//! reason and whom to write to.

use chrono::{TimeZone, Utc};
use convene::domain::RegistrationState;
use serde_json::json;

use super::links::emailed_manage_links;
use super::registration_of;
use crate::helpers::TestApp;

/// Where `needle` starts in `page`; the test fails when it is missing.
fn at(page: &str, needle: &str) -> usize {
    page.find(needle).unwrap_or_else(|| panic!("`{needle}` is not on the page:\n{page}"))
}

/// The manage page behind `link`, as the person's browser sees it.
async fn manage_page(app: &TestApp, link: &str) -> String {
    let (status, page) = app.get(&app.new_browser(), link).await;
    assert_eq!(status, 200, "{page}");
    page
}

#[tokio::test]
async fn only_a_confirmed_seat_shows_the_check_in_code_and_the_calendar() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let open = app.event(&org.browser).published().create().await;
    let confirmed = manage_page(&app, &app.register_invitee(open, "seated@example.org", "Seated").await).await;
    assert!(confirmed.contains("registration-panel panel-confirmed"), "{confirmed}");
    assert!(confirmed.contains("Your seat is confirmed."));
    assert!(confirmed.contains("badge reg-confirmed"));
    // Outside the event's days, the panel comes first, then the code, the calendar, the form.
    let code = at(&confirmed, "section class=\"checkin-code\"");
    assert!(at(&confirmed, "registration-panel") < code);
    assert!(
        code < at(&confirmed, "/event.ics") && at(&confirmed, "/event.ics") < at(&confirmed, "name=\"given_name\"")
    );
    assert!(!confirmed.contains("checkin-code now"));

    let approval = app.event(&org.browser).approval().published().create().await;
    let pending = manage_page(&app, &app.register_invitee(approval, "pending@example.org", "Pending").await).await;
    assert!(pending.contains("registration-panel panel-pending"), "{pending}");
    assert!(pending.contains("while the secretariat reviews your registration"));
    assert!(!pending.contains("checkin.svg") && !pending.contains("event.ics") && !pending.contains("calendar-feed"));
    assert!(pending.contains("name=\"given_name\"") && pending.contains("Cancel my registration"));
}

#[tokio::test]
async fn the_waiting_list_a_seat_offer_and_a_cancellation_each_have_their_panel() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(1).published().create().await;
    let first = app.register_invitee(event_id, "first@example.org", "First").await;
    let second = app.register_invitee(event_id, "second@example.org", "Second").await;

    let waiting = manage_page(&app, &second).await;
    assert!(waiting.contains("registration-panel panel-waitlisted"), "{waiting}");
    assert!(waiting.contains("you are on the waiting list") && waiting.contains("Your place on the waiting list: 1."));
    assert!(!waiting.contains("checkin.svg") && !waiting.contains("event.ics"));
    assert!(waiting.contains("name=\"given_name\"") && waiting.contains("Cancel my registration"));

    // The first person cancels: their page says so, with nothing left to change, and as no
    // contact address is configured, it points to the secretariat in general.
    assert_eq!(app.post_form(&app.new_browser(), &format!("{first}/cancel"), &[]).await.status(), 200);
    let cancelled = manage_page(&app, &first).await;
    assert!(cancelled.contains("registration-panel panel-cancelled"), "{cancelled}");
    assert!(cancelled.contains("you no longer hold a seat"));
    assert!(cancelled.contains("please contact the secretariat of the event") && !cancelled.contains("mailto:"));
    assert!(!cancelled.contains("name=\"given_name\"") && !cancelled.contains("checkin.svg"));

    // The freed seat is offered to the second person, until 48 hours later, in Lomé's time.
    let r = registration_of(&app, event_id, "second@example.org").await;
    assert_eq!(r.state, RegistrationState::Offered);
    let offer_link = emailed_manage_links(&app, r.id).await.pop().unwrap();
    let offered = manage_page(&app, &offer_link).await;
    assert!(offered.contains("registration-panel panel-offered"), "{offered}");
    assert!(offered.contains("Accept it before 29 November 2026, 10:00 (Africa/Lome)"), "{offered}");
    let panel = &offered[at(&offered, "registration-panel")..];
    assert!(panel.contains(&format!("action=\"{offer_link}/accept\"")) && panel.contains("Accept the seat"));
    assert!(panel.contains(&format!("action=\"{offer_link}/cancel\"")) && panel.contains("Decline the seat"));
    assert!(!offered.contains("Cancel my registration"), "declining is the panel's button");
    assert!(!offered.contains("checkin.svg") && !offered.contains("event.ics"));

    // Declining is the same cancellation.
    assert_eq!(app.post_form(&app.new_browser(), &format!("{offer_link}/cancel"), &[]).await.status(), 200);
    assert_eq!(registration_of(&app, event_id, "second@example.org").await.state, RegistrationState::Cancelled);
}

#[tokio::test]
async fn a_rejected_registration_shows_the_reason_and_whom_to_write_to() {
    let app = TestApp::spawn_with(|s| s.office.contact_email = "meetings@unoda.example".into()).await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).approval().published().create().await;
    let link = app.register_invitee(event_id, "applicant@example.org", "Applicant").await;
    let id = registration_of(&app, event_id, "applicant@example.org").await.id;
    // The reason is the organiser's text, shown as text.
    let reason = "The workshop is for <b>government officials</b> only.";
    let reject = json!({"ids": [id], "action": "reject", "reason": reason});
    assert_eq!(org.api.post(&format!("/api/v1/events/{event_id}/registrations/move"), reject).await.0, 200);

    let page = manage_page(&app, &link).await;
    assert!(page.contains("registration-panel panel-rejected"), "{page}");
    assert!(page.contains("badge reg-rejected") && page.contains("not able to accept your registration"));
    assert!(page.contains("Reason given by the secretariat:"));
    assert!(page.contains("The workshop is for &lt;b&gt;government officials&lt;/b&gt; only."), "{page}");
    assert!(page.contains("href=\"mailto:meetings@unoda.example\""), "{page}");
    assert!(!page.contains("name=\"given_name\"") && !page.contains("checkin.svg") && !page.contains("event.ics"));
    assert!(!page.contains("Cancel my registration"));
}

#[tokio::test]
async fn a_rejection_without_a_reason_shows_no_empty_reason() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).approval().published().create().await;
    let link = app.register_invitee(event_id, "applicant@example.org", "Applicant").await;
    let id = registration_of(&app, event_id, "applicant@example.org").await.id;
    let reject = json!({"ids": [id], "action": "reject"});
    assert_eq!(org.api.post(&format!("/api/v1/events/{event_id}/registrations/move"), reject).await.0, 200);
    let page = manage_page(&app, &link).await;
    assert!(page.contains("registration-panel panel-rejected"), "{page}");
    assert!(!page.contains("Reason given by the secretariat") && !page.contains("decision-reason"));
    assert!(page.contains("please contact the secretariat of the event"));
}

#[tokio::test]
async fn while_the_event_is_under_way_the_check_in_code_comes_first() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    // 8–10 December 2026 in Lomé (UTC all year), one seat.
    let event_id = app.event(&org.browser).capacity(1).published().create().await;
    let seated = app.register_invitee(event_id, "seated@example.org", "Seated").await;
    let waiting = app.register_invitee(event_id, "waiting@example.org", "Waiting").await;

    // The evening before, the page is as usual.
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 7, 23, 30, 0).unwrap());
    let before = manage_page(&app, &seated).await;
    assert!(!before.contains("checkin-code now"), "{before}");
    assert!(at(&before, "registration-panel") < at(&before, "checkin.svg"));

    for day in [8, 10] {
        app.clock.set(Utc.with_ymd_and_hms(2026, 12, day, 7, 0, 0).unwrap());
        let page = manage_page(&app, &seated).await;
        let code = at(&page, "section class=\"checkin-code now\"");
        assert!(code > at(&page, "<h1>"), "the event's title stays the page's heading");
        assert!(code < at(&page, "registration-panel"), "the code comes before the state panel");
        assert!(code < at(&page, "name=\"given_name\""), "the code comes before the details form");
        assert!(page.contains("The event is under way: show this code at the entrance."));
        assert!(page[code..].contains("width=\"320\""), "the code is larger");
        // Only a confirmed seat has a code, even during the event.
        let other = manage_page(&app, &waiting).await;
        assert!(other.contains("panel-waitlisted") && !other.contains("checkin.svg"), "{other}");
    }
}
