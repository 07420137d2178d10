//! The staff member's sessions page: every live session listed with its browser and address,
//! the current one marked; one or all others ended; an admin ends another account's sessions.

use convene::domain::Role;

use super::{browser_with, session_keys};
use crate::helpers::{PASSWORD, TestApp, location};

async fn signed_in_with(app: &TestApp, email: &str, agent: &str) -> reqwest::Client {
    let browser = browser_with(&[("user-agent", agent)]);
    let r = app.post_form(&browser, "/sign-in", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 303);
    browser
}

async fn is_signed_in(app: &TestApp, browser: &reqwest::Client) -> bool {
    app.get(browser, "/organiser/events").await.0 == 200
}

#[tokio::test]
async fn sessions_are_listed_and_the_others_can_be_ended_at_once() {
    let app = TestApp::spawn().await;
    app.create_user("a@example.org", Role::Organiser, &["1540"]).await;
    let laptop = signed_in_with(&app, "a@example.org", "Laptop/1.0").await;
    let phone = signed_in_with(&app, "a@example.org", "Phone/2.0").await;
    let (status, page) = app.get(&laptop, "/account/sessions").await;
    assert_eq!(status, 200);
    assert_eq!(session_keys(&page).len(), 2);
    assert!(page.contains("Laptop/1.0") && page.contains("Phone/2.0"));
    assert_eq!(page.matches("This session").count(), 1);

    let r = app.post_form(&laptop, "/account/sessions/end-others", &[]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/account/sessions?done=ended");
    assert!(is_signed_in(&app, &laptop).await);
    assert!(!is_signed_in(&app, &phone).await, "the other session ended");
    let (_, page) = app.get(&laptop, "/account/sessions?done=ended").await;
    assert_eq!(session_keys(&page).len(), 1);
    assert!(page.contains("The session has been ended."));
}

#[tokio::test]
async fn one_session_is_ended_by_its_owner_only() {
    let app = TestApp::spawn().await;
    app.create_user("a@example.org", Role::Organiser, &["1540"]).await;
    app.create_user("b@example.org", Role::Organiser, &["1540"]).await;
    let laptop = signed_in_with(&app, "a@example.org", "Laptop/1.0").await;
    let phone = signed_in_with(&app, "a@example.org", "Phone/2.0").await;
    let other = signed_in_with(&app, "b@example.org", "Other/3.0").await;
    let (_, page) = app.get(&laptop, "/account/sessions").await;
    let phone_key = page
        .split("<tr>")
        .find(|row| row.contains("Phone/2.0"))
        .and_then(|row| session_keys(row).into_iter().next())
        .expect("the phone's row");

    // Another person's session, or a key no session has, is not found and nothing ends.
    for (browser, key) in [(&other, phone_key.as_str()), (&laptop, "0000"), (&laptop, "")] {
        let r = app.post_form(browser, "/account/sessions/end", &[("session", key)]).await;
        assert_eq!(r.status(), 404, "{key:?}");
    }
    assert!(is_signed_in(&app, &phone).await);

    let r = app.post_form(&laptop, "/account/sessions/end", &[("session", &phone_key)]).await;
    assert_eq!(r.status(), 303);
    assert!(!is_signed_in(&app, &phone).await);
    assert!(is_signed_in(&app, &laptop).await && is_signed_in(&app, &other).await);

    // Ending the current session signs out.
    let (_, page) = app.get(&laptop, "/account/sessions").await;
    let own = session_keys(&page).pop().unwrap();
    let r = app.post_form(&laptop, "/account/sessions/end", &[("session", &own)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/sign-in".to_owned()));
    assert!(!is_signed_in(&app, &laptop).await);
}

#[tokio::test]
async fn an_admin_ends_every_session_of_an_account() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let id = app.create_user("a@example.org", Role::Organiser, &["1540"]).await;
    let laptop = signed_in_with(&app, "a@example.org", "Laptop/1.0").await;
    let phone = signed_in_with(&app, "a@example.org", "Phone/2.0").await;

    // An organiser may not.
    let r = app.post_form(&laptop, &format!("/admin/users/{id}/sessions/end"), &[]).await;
    assert_eq!(r.status(), 403);
    assert!(is_signed_in(&app, &phone).await);

    let (_, page) = app.get(&admin, &format!("/admin/users/{id}")).await;
    assert!(page.contains(&format!("/admin/users/{id}/sessions/end")));
    let r = app.post_form(&admin, &format!("/admin/users/{id}/sessions/end"), &[]).await;
    assert_eq!(r.status(), 303);
    assert!(!is_signed_in(&app, &laptop).await && !is_signed_in(&app, &phone).await);
    assert!(is_signed_in(&app, &admin).await);
    let r = app.post_form(&admin, "/admin/users/99999/sessions/end", &[]).await;
    assert_eq!(r.status(), 404);
}
