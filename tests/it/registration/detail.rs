//! The organiser's page of one registration: details, history, emails, check-ins, and the
//! moves posted from it.

use convene::domain::{RegistrationState, Role};

use super::{form, post, published_event, registration_of};
use crate::helpers::{TestApp, invite, location};
use crate::smtp::SmtpServer;

#[tokio::test]
async fn an_organiser_reviews_one_registration_and_approves_it_from_its_page() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let organiser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let event_id = published_event(&app, &organiser, "10", true, false).await;
    let token = invite(&app, event_id, "amina@example.org", None).await;
    let mut fields = form("Amina");
    fields.push(("phone", "+221 33 000 00 00".into()));
    fields.push(("needs", "Wheelchair access".into()));
    fields.push(("visa_letter", "on".into()));
    assert_eq!(post(&app, &app.new_browser(), &format!("/i/{token}"), &fields).await.status(), 303);
    smtp.wait_for_to("amina@example.org", 1).await;
    let r = registration_of(&app, event_id, "amina@example.org").await;
    let detail = format!("/organiser/events/{event_id}/registrations/{}", r.id);

    let (status, page) = app.get(&organiser, &detail).await;
    assert_eq!(status, 200);
    for shown in [
        "Ms. Amina Diallo",
        "amina@example.org",
        "+221 33 000 00 00",
        "Wheelchair access",
        "Counsellor",
        "Pending approval",
        "registration.create",
    ] {
        assert!(page.contains(shown), "the page shows {shown}");
    }
    assert!(page.contains("value=\"approve\"") && page.contains("value=\"reject\""), "a pending one can be decided");
    assert!(!page.contains("value=\"reset\""), "only moves that fit its state");

    let moved = app
        .post_form(
            &organiser,
            &format!("/organiser/events/{event_id}/registrations/move"),
            &[("id", &r.id.to_string()), ("action", "approve"), ("from", "detail")],
        )
        .await;
    assert_eq!(moved.status(), 303);
    assert_eq!(location(&moved), detail, "back to the page it was decided on");
    assert_eq!(registration_of(&app, event_id, "amina@example.org").await.state, RegistrationState::Confirmed);
    smtp.wait_for_to("amina@example.org", 2).await;
    let (_, page) = app.get(&organiser, &detail).await;
    assert!(page.contains("registration.approve") && page.contains("Confirmed"));
    assert!(page.contains("value=\"reset\"") && !page.contains("value=\"approve\""));
}

#[tokio::test]
async fn a_registration_page_is_only_for_its_events_organisers() {
    let app = TestApp::spawn().await;
    let organiser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let event_id = published_event(&app, &organiser, "10", false, false).await;
    let other_event = published_event(&app, &organiser, "10", false, false).await;
    let token = invite(&app, event_id, "amina@example.org", None).await;
    post(&app, &app.new_browser(), &format!("/i/{token}"), &form("Amina")).await;
    let r = registration_of(&app, event_id, "amina@example.org").await;

    let other = app.signed_in("salw@example.org", Role::Organiser, &["SALW"]).await;
    let detail = format!("/organiser/events/{event_id}/registrations/{}", r.id);
    assert_eq!(app.get(&other, &detail).await.0, 403, "another programme's organiser");
    assert_eq!(app.get(&app.new_browser(), &detail).await.0, 303, "signed out: to the sign-in page");
    let wrong_event = format!("/organiser/events/{other_event}/registrations/{}", r.id);
    assert_eq!(app.get(&organiser, &wrong_event).await.0, 404, "a registration of another event");
    for bad in ["0", "x", "99999999999"] {
        assert_eq!(
            app.get(&organiser, &format!("/organiser/events/{event_id}/registrations/{bad}")).await.0,
            404,
            "{bad}"
        );
    }
}
