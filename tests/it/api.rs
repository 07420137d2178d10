//! The JSON API: bearer tokens, the same rules as the pages, 422 naming fields, OpenAPI.

use convene::domain::Role;
use serde_json::{Value, json};

use crate::helpers::TestApp;

fn payload(programme: &str) -> Value {
    json!({
        "title": "Meeting of States Parties",
        "kind": "meeting",
        "programme": programme,
        "unit": "GENEVA",
        "venue_name": "Palais des Nations",
        "city": "Geneva",
        "country": "CHE",
        "time_zone": "Europe/Zurich",
        "start_date": "2027-12-06",
        "end_date": "2027-12-10",
        "registration_mode": "invitation",
        "approval_required": true,
        "capacity": 600,
        "languages": ["en", "fr", "es"],
        "description": "Annual meeting."
    })
}

async fn api(app: &TestApp, token: &str, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Value) {
    let mut request = app.client.request(method, app.url(path)).bearer_auth(token);
    if let Some(b) = body {
        request = request.json(&b);
    }
    let r = request.send().await.unwrap();
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn events_and_sessions_through_the_api() {
    let app = TestApp::spawn().await;
    let user = app.create_user("api@example.org", Role::Organiser, &["BWC"]).await;
    let token = app.api_token(user).await;
    let (status, created) = api(&app, &token, reqwest::Method::POST, "/api/v1/events", Some(payload("BWC"))).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["status"], "draft");
    assert_eq!(created["languages"], json!(["en", "fr", "es"]));
    let id = created["id"].as_i64().unwrap();

    let mut changed = payload("BWC");
    changed["title"] = json!("BWC Meeting of States Parties");
    let (status, updated) =
        api(&app, &token, reqwest::Method::PUT, &format!("/api/v1/events/{id}"), Some(changed)).await;
    assert_eq!(status, 200);
    assert_eq!(updated["revision"], 2);

    let session = json!({"title": "Opening", "date": "2027-12-06", "start_time": "10:00", "end_time": "13:00", "room": "Room XVIII"});
    let (status, s) =
        api(&app, &token, reqwest::Method::POST, &format!("/api/v1/events/{id}/sessions"), Some(session)).await;
    assert_eq!(status, 201, "{s}");
    assert_eq!(s["starts_at"], "2027-12-06T09:00:00+00:00");
    let sid = s["id"].as_i64().unwrap();
    let (status, list) = api(&app, &token, reqwest::Method::GET, &format!("/api/v1/events/{id}/sessions"), None).await;
    assert_eq!(status, 200);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let moved = json!({"title": "Opening", "date": "2027-12-07", "start_time": "10:00", "end_time": "11:00"});
    assert_eq!(
        api(&app, &token, reqwest::Method::PUT, &format!("/api/v1/events/{id}/sessions/{sid}"), Some(moved)).await.0,
        200
    );
    assert_eq!(
        api(&app, &token, reqwest::Method::DELETE, &format!("/api/v1/events/{id}/sessions/{sid}"), None).await.0,
        204
    );

    let (status, published) =
        api(&app, &token, reqwest::Method::POST, &format!("/api/v1/events/{id}/publish"), None).await;
    assert_eq!(status, 200);
    assert_eq!(published["status"], "published");
    let (status, list) = api(&app, &token, reqwest::Method::GET, "/api/v1/events?status=published", None).await;
    assert_eq!(status, 200);
    assert_eq!(list["total"], 1);
    let (status, cancelled) =
        api(&app, &token, reqwest::Method::POST, &format!("/api/v1/events/{id}/cancel"), None).await;
    assert_eq!(status, 200);
    assert_eq!(cancelled["status"], "cancelled");
    let (status, body) =
        api(&app, &token, reqwest::Method::PUT, &format!("/api/v1/events/{id}"), Some(payload("BWC"))).await;
    assert_eq!(status, 409);
    assert_eq!(body["error"], "conflict");
}

#[tokio::test]
async fn validation_errors_are_422_naming_each_field() {
    let app = TestApp::spawn().await;
    let user = app.create_user("api@example.org", Role::Admin, &[]).await;
    let token = app.api_token(user).await;
    let mut bad = payload("BWC");
    bad["title"] = json!("");
    bad["time_zone"] = json!("Mars/Base");
    bad["end_date"] = json!("2027-12-01");
    bad["capacity"] = json!(-5);
    bad["languages"] = json!([]);
    let (status, body) = api(&app, &token, reqwest::Method::POST, "/api/v1/events", Some(bad)).await;
    assert_eq!(status, 422);
    assert_eq!(body["error"], "invalid");
    let fields: Vec<&str> = body["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["title", "time_zone", "end_date", "capacity", "languages"]);
    // Wrong JSON types and broken JSON name the body.
    let mut typed = payload("BWC");
    typed["approval_required"] = json!("yes");
    let (status, body) = api(&app, &token, reqwest::Method::POST, "/api/v1/events", Some(typed)).await;
    assert_eq!(status, 422);
    assert_eq!(body["fields"][0]["field"], "body");
    let r = app
        .client
        .post(app.url("/api/v1/events"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = app.client.post(app.url("/api/v1/events")).bearer_auth(&token).body("title=x").send().await.unwrap();
    assert!(r.status().is_client_error());
    assert_eq!(r.headers()["content-type"], "application/json");
    let (status, body) = api(&app, &token, reqwest::Method::GET, "/api/v1/events?year=soon", None).await;
    assert_eq!(status, 422);
    assert_eq!(body["fields"][0]["field"], "year");
    let mut unknown_language = payload("BWC");
    unknown_language["languages"] = json!(["en", "tlh"]);
    assert_eq!(api(&app, &token, reqwest::Method::POST, "/api/v1/events", Some(unknown_language)).await.0, 422);
}

#[tokio::test]
async fn tokens_are_required_revocable_and_bound_to_programmes() {
    let app = TestApp::spawn().await;
    let r = app.client.get(app.url("/api/v1/events")).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["www-authenticate"], "Bearer");
    assert_eq!(api(&app, "not-a-token", reqwest::Method::GET, "/api/v1/events", None).await.0, 401);
    // A browser session does not authenticate API calls.
    let browser = app.signed_in("a@example.org", Role::Admin, &[]).await;
    assert_eq!(browser.get(app.url("/api/v1/events")).send().await.unwrap().status(), 401);

    let bwc = app.create_user("bwc@example.org", Role::Organiser, &["BWC"]).await;
    let bwc_token = app.api_token(bwc).await;
    let (_, created) = api(&app, &bwc_token, reqwest::Method::POST, "/api/v1/events", Some(payload("BWC"))).await;
    let id = created["id"].as_i64().unwrap();
    let other = app.create_user("npt@example.org", Role::Organiser, &["NPT"]).await;
    let npt_token = app.api_token(other).await;
    assert_eq!(api(&app, &npt_token, reqwest::Method::GET, &format!("/api/v1/events/{id}"), None).await.0, 403);
    assert_eq!(
        api(&app, &npt_token, reqwest::Method::PUT, &format!("/api/v1/events/{id}"), Some(payload("NPT"))).await.0,
        403
    );
    assert_eq!(api(&app, &npt_token, reqwest::Method::POST, &format!("/api/v1/events/{id}/cancel"), None).await.0, 403);
    assert_eq!(api(&app, &npt_token, reqwest::Method::POST, "/api/v1/events", Some(payload("BWC"))).await.0, 403);
    assert_eq!(api(&app, &npt_token, reqwest::Method::GET, "/api/v1/events", None).await.1["total"], 0);
    assert_eq!(api(&app, &npt_token, reqwest::Method::GET, "/api/v1/events/424242", None).await.0, 404);

    use sea_orm::{EntityTrait, QueryOrder};
    let row = convene::entities::api_token::Entity::find()
        .order_by_desc(convene::entities::api_token::Column::Id)
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    convene::auth::rules::revoke_api_token(&app.state.db, &convene::audit::Actor::cli(), row.id, app.clock.now())
        .await
        .unwrap();
    // The server keeps a token's caller for a second (API_CALLER_TTL); after that it is refused.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(api(&app, &npt_token, reqwest::Method::GET, "/api/v1/events", None).await.0, 401);
}

#[tokio::test]
async fn the_openapi_document_lists_every_operation() {
    let app = TestApp::spawn().await;
    let r = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let doc: Value = r.json().await.unwrap();
    let paths = doc["paths"].as_object().unwrap();
    for (path, methods) in [
        ("/api/v1/events", &["get", "post"][..]),
        ("/api/v1/events/{id}", &["get", "put"][..]),
        ("/api/v1/events/{id}/publish", &["post"][..]),
        ("/api/v1/events/{id}/cancel", &["post"][..]),
        ("/api/v1/events/{id}/sessions", &["get", "post"][..]),
        ("/api/v1/events/{id}/sessions/{session_id}", &["put", "delete"][..]),
    ] {
        for m in methods {
            assert!(paths[path][m].is_object(), "{m} {path} missing");
        }
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    assert!(doc["components"]["schemas"]["EventPayload"].is_object());
}
