//! `server.trusted_proxies`: X-Forwarded-For is believed only from a trusted peer, and then the
//! audit log, the session list and the rate limits see the forwarded client.

use convene::config::TrustedProxies;
use convene::domain::Role;

use super::{audited_address, browser_with};
use crate::helpers::{PASSWORD, TestApp};

fn trusting_loopback(app: &mut convene::config::Settings) {
    app.server.trusted_proxies = TrustedProxies::try_from(vec!["127.0.0.1".to_owned()]).unwrap();
}

/// Signs `browser` in and creates an API token on the account page (an audited action).
async fn sign_in_and_make_a_token(app: &TestApp, browser: &reqwest::Client) {
    let r = app.post_form(browser, "/sign-in", &[("email", "a@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 303);
    let r = app.post_form(browser, "/account/tokens", &[("label", "desk"), ("scope", "read")]).await;
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn from_an_untrusted_peer_x_forwarded_for_is_ignored() {
    let app = TestApp::spawn().await;
    app.create_user("a@example.org", Role::Organiser, &["1540"]).await;
    let browser = browser_with(&[("x-forwarded-for", "203.0.113.7")]);
    sign_in_and_make_a_token(&app, &browser).await;
    assert_eq!(audited_address(&app, "api_token.create").await.as_deref(), Some("127.0.0.1"));
    let (_, page) = app.get(&browser, "/account/sessions").await;
    assert!(page.contains("127.0.0.1") && !page.contains("203.0.113.7"), "{page}");
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_forwarded_client_is_recorded() {
    let app = TestApp::spawn_with(trusting_loopback).await;
    app.create_user("a@example.org", Role::Organiser, &["1540"]).await;
    // The client made up the first entry; the proxy appended the address it saw.
    let browser = browser_with(&[("x-forwarded-for", "198.51.100.99, 203.0.113.7")]);
    sign_in_and_make_a_token(&app, &browser).await;
    assert_eq!(audited_address(&app, "api_token.create").await.as_deref(), Some("203.0.113.7"));
    let (_, page) = app.get(&browser, "/account/sessions").await;
    assert!(page.contains("203.0.113.7") && !page.contains("198.51.100.99"), "{page}");
}

#[tokio::test]
async fn a_bad_forwarded_header_is_ignored_not_an_error() {
    let app = TestApp::spawn_with(trusting_loopback).await;
    app.create_user("a@example.org", Role::Organiser, &["1540"]).await;
    for bad in ["unknown", "203.0.113.7, <script>", "999.0.0.1", ""] {
        let browser = browser_with(&[("x-forwarded-for", bad)]);
        sign_in_and_make_a_token(&app, &browser).await;
        assert_eq!(audited_address(&app, "api_token.create").await.as_deref(), Some("127.0.0.1"), "{bad:?}");
    }
}

async fn verify_page(app: &TestApp, forwarded: &str) -> u16 {
    let browser = browser_with(&[("x-forwarded-for", forwarded)]);
    browser.get(app.url("/certificates/verify")).send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn rate_limits_count_the_forwarded_client_behind_a_trusted_proxy() {
    let app = TestApp::spawn_with(|s| {
        trusting_loopback(s);
        s.registration.link_requests_per_minute = 2;
    })
    .await;
    assert_ne!(verify_page(&app, "203.0.113.7").await, 429);
    assert_ne!(verify_page(&app, "203.0.113.7").await, 429);
    assert_eq!(verify_page(&app, "203.0.113.7").await, 429, "the third request of one client in a minute");
    assert_ne!(verify_page(&app, "203.0.113.8").await, 429, "another client behind the same proxy");
}

#[tokio::test]
async fn rate_limits_count_the_peer_when_it_is_not_trusted() {
    let app = TestApp::spawn_with(|s| s.registration.link_requests_per_minute = 2).await;
    assert_ne!(verify_page(&app, "203.0.113.7").await, 429);
    assert_ne!(verify_page(&app, "203.0.113.8").await, 429);
    assert_eq!(verify_page(&app, "203.0.113.9").await, 429, "a made-up header does not reset the count");
}
