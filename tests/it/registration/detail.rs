//! The organiser's page of one registration: details, history, emails, check-ins, and the
//! moves posted from it.

use convene::domain::{RegistrationState, Role};

use super::registration_of;
use crate::helpers::{TestApp, invite, location};
use crate::smtp::SmtpServer;
use crate::support::factories::participants::registration_form;

#[tokio::test]
async fn an_organiser_reviews_one_registration_and_approves_it_from_its_page() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(10).approval().published().create().await;
    let token = invite(&app, event_id, "amina@example.org", None).await;
    let mut fields = registration_form("Amina");
    fields.push(("phone", "+221 33 000 00 00".into()));
    fields.push(("needs", "Wheelchair access".into()));
    fields.push(("visa_letter", "on".into()));
    assert_eq!(app.post_fields(&app.new_browser(), &format!("/i/{token}"), &fields).await.status(), 303);
    smtp.wait_for_to("amina@example.org", 1).await;
    let r = registration_of(&app, event_id, "amina@example.org").await;
    let detail = format!("/organiser/events/{event_id}/registrations/{}", r.id);

    let (_, list) = org.get(&format!("/organiser/events/{event_id}/registrations")).await;
    assert!(list.contains(&format!("href=\"{detail}\"")), "the list's names open the registration");
    assert!(list.contains(">Needs<") && list.contains(">Visa letter<"), "the list shows needs and visa letters");
    let (status, page) = org.get(&detail).await;
    assert_eq!(status, 200);
    for shown in [
        "Ms. Amina Diallo",
        "amina@example.org",
        "+221 33 000 00 00",
        "Wheelchair access",
        "Counsellor",
        "Pending approval",
        "Registered",
    ] {
        assert!(page.contains(shown), "the page shows {shown}");
    }
    assert!(page.contains("value=\"approve\"") && page.contains("value=\"reject\""), "a pending one can be decided");
    assert!(!page.contains("value=\"reset\""), "only moves that fit its state");

    let moved = org
        .post_form(
            &format!("/organiser/events/{event_id}/registrations/move"),
            &[("id", &r.id.to_string()), ("action", "approve"), ("from", "detail")],
        )
        .await;
    assert_eq!(moved.status(), 303);
    assert_eq!(location(&moved), detail, "back to the page it was decided on");
    assert_eq!(registration_of(&app, event_id, "amina@example.org").await.state, RegistrationState::Confirmed);
    smtp.wait_for_to("amina@example.org", 2).await;
    let (_, page) = org.get(&detail).await;
    assert!(page.contains("Registration approved") && page.contains("Confirmed"));
    assert!(page.contains("value=\"reset\"") && !page.contains("value=\"approve\""));
}

#[tokio::test]
async fn a_registration_page_is_only_for_its_events_organisers() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(10).published().create().await;
    let other_event = app.event(&org.browser).capacity(10).published().create().await;
    app.register_invitee(event_id, "amina@example.org", "Amina").await;
    let r = registration_of(&app, event_id, "amina@example.org").await;

    let other = app.signed_in("salw@example.org", Role::Organiser, &["SALW"]).await;
    let detail = format!("/organiser/events/{event_id}/registrations/{}", r.id);
    assert_eq!(app.get(&other, &detail).await.0, 403, "another programme's organiser");
    assert_eq!(app.get(&app.new_browser(), &detail).await.0, 303, "signed out: to the sign-in page");
    let wrong_event = format!("/organiser/events/{other_event}/registrations/{}", r.id);
    assert_eq!(org.get(&wrong_event).await.0, 404, "a registration of another event");
    for bad in ["0", "x", "99999999999"] {
        assert_eq!(org.get(&format!("/organiser/events/{event_id}/registrations/{bad}")).await.0, 404, "{bad}");
    }
}
