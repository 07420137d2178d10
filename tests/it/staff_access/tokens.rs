//! API token scopes and expiry, enforced in the API's one extractor: a read token changes
//! nothing on any route of the OpenAPI document, a write token writes, a check-in token reaches
//! only the check-in routes, an expired or revoked token is 401; the account's tokens page.

use chrono::Duration;
use convene::audit::Actor;
use convene::auth::rules::{self, NewApiToken};
use convene::auth::scopes::ApiScopes;
use convene::domain::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, extract_csrf, location};
use crate::support::api::Api;

fn scopes(text: &str) -> ApiScopes {
    ApiScopes::parse(text).unwrap()
}

fn event_payload() -> Value {
    json!({
        "title": "Regional workshop", "kind": "workshop", "programme": "1540", "unit": "GENEVA",
        "venue_name": "UN House", "city": "Lomé", "country": "TGO", "time_zone": "Africa/Lome",
        "start_date": "2027-03-01", "end_date": "2027-03-03", "registration_mode": "invitation",
        "approval_required": false, "capacity": 40, "languages": ["en", "fr"], "description": "Workshop."
    })
}

/// `path` with each parameter given a value: enough to reach its route.
fn reachable(path: &str) -> String {
    path.split('/').map(|s| if s.starts_with('{') { "1" } else { s }).collect::<Vec<_>>().join("/")
}

fn takes_bearer(operation: &Value) -> bool {
    operation["security"].as_array().is_some_and(|list| list.iter().any(|s| s.get("bearer").is_some()))
}

#[tokio::test]
async fn a_read_token_changes_nothing_on_any_route_of_the_document() {
    let app = TestApp::spawn().await;
    let admin = app.create_user("admin@example.org", Role::Admin, &[]).await;
    let read = Api::new(&app, app.api_token_scoped(admin, scopes("read")).await);
    let r = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap();
    let doc: Value = r.json().await.unwrap();
    let (mut refused, mut read_ok) = (0, 0);
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            if !takes_bearer(operation) {
                continue;
            }
            let url = reachable(path);
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let (status, body) = read.send(method.clone(), &url, Some(json!({}))).await;
            if method == Method::GET {
                assert!(status != 401 && status != 403, "GET {url} with a read token: {status} {body}");
                read_ok += 1;
            } else {
                assert_eq!(status, 403, "{method} {url} with a read token: {body}");
                refused += 1;
            }
        }
    }
    assert!(refused > 30 && read_ok > 20, "{refused} changes refused, {read_ok} reads");
    // Nothing was made on the way.
    let (_, events) = read.get("/api/v1/events").await;
    assert_eq!(events["items"].as_array().map(Vec::len).unwrap_or(0), 0, "{events}");
}

#[tokio::test]
async fn a_write_token_writes_and_a_read_token_does_not() {
    let app = TestApp::spawn().await;
    let user = app.create_user("o@example.org", Role::Organiser, &["1540"]).await;
    let read = Api::new(&app, app.api_token_scoped(user, scopes("read")).await);
    let write = Api::new(&app, app.api_token_scoped(user, scopes("write")).await);
    let (status, body) = read.post("/api/v1/events", event_payload()).await;
    assert_eq!(status, 403, "{body}");
    let (status, created) = write.post("/api/v1/events", event_payload()).await;
    assert_eq!(status, 201, "{created}");
    // Write alone does not read: each scope is its own.
    assert_eq!(write.get("/api/v1/events").await.0, 403);
    let (status, list) = read.get("/api/v1/events").await;
    assert_eq!(status, 200);
    assert!(list.to_string().contains("Regional workshop"));
}

#[tokio::test]
async fn a_checkin_token_reaches_only_the_check_in_routes() {
    let app = TestApp::spawn().await;
    let user = app.create_user("o@example.org", Role::Organiser, &["1540"]).await;
    let desk = Api::new(&app, app.api_token_scoped(user, scopes("checkin")).await);
    let read = Api::new(&app, app.api_token_scoped(user, scopes("read")).await);
    assert_eq!(desk.get("/api/v1/events").await.0, 403);
    assert_eq!(desk.post("/api/v1/events", event_payload()).await.0, 403);
    // The check-in scan route: past the token check, the event is simply not there.
    let scan = json!({"code": "nonsense"});
    let (status, body) = desk.post("/api/v1/events/999/checkin/scan", scan.clone()).await;
    assert!(status != 401 && status != 403, "{status} {body}");
    assert_eq!(read.post("/api/v1/events/999/checkin/scan", scan).await.0, 403);
}

#[tokio::test]
async fn an_expired_or_revoked_token_is_unauthenticated() {
    let app = TestApp::spawn().await;
    let user = app.create_user("o@example.org", Role::Organiser, &["1540"]).await;
    let security = &app.state.settings.security;
    let new = NewApiToken { label: "old".into(), scopes: ApiScopes::FULL, days: Some(1) };
    let long_ago = app.clock.now() - Duration::days(2);
    let expired = rules::create_api_token(&app.state.db, security, &Actor::cli(), user, new, long_ago).await.unwrap();
    assert_eq!(Api::new(&app, expired).get("/api/v1/events").await.0, 401);

    let new = NewApiToken { label: "today".into(), scopes: ApiScopes::FULL, days: Some(1) };
    let live =
        rules::create_api_token(&app.state.db, security, &Actor::cli(), user, new, app.clock.now()).await.unwrap();
    assert_eq!(Api::new(&app, live.clone()).get("/api/v1/events").await.0, 200);
    // A day and a second later it has expired (the caller cache checks the expiry too).
    app.clock.set(app.clock.now() + Duration::days(1) + Duration::seconds(1));
    assert_eq!(Api::new(&app, live).get("/api/v1/events").await.0, 401);
}

#[tokio::test]
async fn lifetimes_beyond_the_maximum_are_refused() {
    let app = TestApp::spawn().await;
    let user = app.create_user("o@example.org", Role::Organiser, &["1540"]).await;
    let security = &app.state.settings.security;
    for days in [0, security.api_token_max_days + 1] {
        let new = NewApiToken { label: "x".into(), scopes: ApiScopes::FULL, days: Some(days) };
        let r = rules::create_api_token(&app.state.db, security, &Actor::cli(), user, new, app.clock.now()).await;
        assert!(matches!(r, Err(convene::error::Error::Invalid(_))), "{days} days");
    }
}

/// The token shown once on the tokens page after creating one.
fn new_token(html: &str) -> String {
    let start = html.find(r#"id="new-token">"#).expect("the new token") + r#"id="new-token">"#.len();
    html[start..].split('<').next().unwrap().to_owned()
}

#[tokio::test]
async fn the_tokens_page_creates_lists_and_revokes_a_persons_own_tokens() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let r = app
        .post_form(&browser, "/account/tokens", &[("label", "Desk tablet"), ("scope", "checkin"), ("days", "7")])
        .await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    let token = new_token(&page);
    assert_eq!(token.len(), 43);
    assert!(page.contains("Desk tablet") && page.contains("check-in") && page.contains("Active"), "{page}");
    assert_eq!(Api::new(&app, token.clone()).get("/api/v1/events").await.0, 403, "check-in scope only");

    let (_, page) = app.get(&browser, "/account/tokens").await;
    assert!(!page.contains("new-token"), "a token is shown once");
    let revoke = page.split("action=\"").skip(1).find(|a| a.contains("/revoke")).unwrap().split('"').next().unwrap();
    let revoke = revoke.to_owned();

    // Someone else's token is not found; nothing is revoked.
    let other = app.signed_in("p@example.org", Role::Organiser, &["1540"]).await;
    assert_eq!(app.post_form(&other, &revoke, &[]).await.status(), 404);
    let r = app.post_form(&browser, &revoke, &[]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/account/tokens?done=revoked".to_owned()));
    // The service forgets a caller within a second; a fresh look finds no caller at all.
    let fresh = rules::ApiCallers::default();
    assert!(rules::api_user(&app.state.db, &fresh, &token, app.clock.now()).await.unwrap().is_none());
    let (_, page) = app.get(&browser, "/account/tokens?done=revoked").await;
    assert!(page.contains("Revoked") && page.contains("The token has been revoked."));
    assert_eq!(app.post_form(&browser, &revoke, &[]).await.status(), 404, "revoked once");
}

#[tokio::test]
async fn bad_token_forms_name_the_field_and_create_nothing() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let max = app.state.settings.security.api_token_max_days;
    // The page groups the number's digits as English does (3,650).
    let shown = if max >= 1000 { format!("{},{:03}", max / 1000, max % 1000) } else { max.to_string() };
    let (too_long, between) = ((max + 1).to_string(), format!("between 1 and {shown}"));
    let cases: [(&[(&str, &str)], &str); 5] = [
        (&[("label", "x")], "Tick at least one scope"),
        (&[("label", "x"), ("scope", "admin")], "Tick at least one scope"),
        (&[("label", "x"), ("scope", "read"), ("days", "0")], &between),
        (&[("label", "x"), ("scope", "read"), ("days", &too_long)], &between),
        (&[("label", " "), ("scope", "read"), ("days", "abc")], &between),
    ];
    for (fields, message) in cases {
        let r = app.post_form(&browser, "/account/tokens", fields).await;
        assert_eq!(r.status(), 422, "{fields:?}");
        let page = r.text().await.unwrap();
        assert!(page.contains(message), "{fields:?}: {page}");
        assert!(extract_csrf(&page).is_some());
    }
    let r = app.post_form(&browser, "/account/tokens", &[("label", ""), ("scope", "read")]).await;
    assert_eq!(r.status(), 422);
    let user =
        convene::auth::rules::find_user(&app.state.db.read, &convene::domain::Email::parse("o@example.org").unwrap())
            .await
            .unwrap()
            .unwrap();
    assert!(rules::api_tokens_of(&app.state.db.read, user.id).await.unwrap().is_empty());
}
