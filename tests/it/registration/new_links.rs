//! "Email me a new link": where a dead personal link leads. A fresh link goes only to the
//! address on record, the answer is the same for any address, and a second request within
//! minutes sends nothing more.

use crate::helpers::TestApp;
use crate::smtp::SmtpServer;

#[tokio::test]
async fn a_dead_link_leads_to_a_form_that_emails_a_fresh_one_to_the_address_on_record() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let event = app.event(&org.browser).capacity(10).published().create().await;
    let old_manage = app.register_invitee(event, "amina@example.org", "Amina").await;
    smtp.wait_for_to("amina@example.org", 1).await;

    let visitor = app.new_browser();
    let (status, page) = app.get(&visitor, "/r/not-a-real-link").await;
    assert_eq!(status, 410);
    assert!(page.contains("href=\"/links/new\""), "the dead link's page offers a new one");
    let (status, page) = app.get(&visitor, "/links/new").await;
    assert_eq!(status, 200);
    assert!(page.contains("name=\"email\""));

    let known = app.post_form(&visitor, "/links/new", &[("email", "Amina@Example.org")]).await;
    let unknown = app.post_form(&visitor, "/links/new", &[("email", "nobody@example.org")]).await;
    assert_eq!((known.status().as_u16(), unknown.status().as_u16()), (303, 303));
    assert_eq!(known.headers()["location"], unknown.headers()["location"], "the same answer either way");
    let mail = smtp.wait_for_to("amina@example.org", 2).await.remove(1);
    let fresh = mail.path("/r/");
    assert_ne!(fresh, old_manage);
    assert_eq!(app.get(&app.new_browser(), &fresh).await.0, 200, "the new link works");
    assert_eq!(app.get(&app.new_browser(), &old_manage).await.0, 410, "the old one no longer does");

    // Asked again within minutes: nothing more is sent, the answer is unchanged.
    let again = app.post_form(&visitor, "/links/new", &[("email", "amina@example.org")]).await;
    assert_eq!(again.status(), 303);
    let (_, page) = app.get(&visitor, "/links/new?sent=1").await;
    assert!(page.contains("a new personal link is on its way"));
    assert_eq!(app.get(&app.new_browser(), &fresh).await.0, 200, "the last link still works");
    assert!(smtp.to("nobody@example.org").is_empty());
}

#[tokio::test]
async fn a_malformed_address_is_refused_naming_the_field() {
    let app = TestApp::spawn().await;
    for bad in ["", "not-an-address", "a@"] {
        let r = app.post_form(&app.new_browser(), "/links/new", &[("email", bad)]).await;
        assert_eq!(r.status(), 422, "{bad:?}");
        assert!(r.text().await.unwrap().contains("href=\"#email\""), "{bad:?}: the error names the field");
    }
}
