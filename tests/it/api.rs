//! The JSON API: bearer tokens, the same rules as the pages, 422 naming fields, OpenAPI.

use convene::domain::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::support::api::{Api, fields_of, merged};

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

#[tokio::test]
async fn events_and_sessions_through_the_api() {
    let app = TestApp::spawn().await;
    let user = app.create_user("api@example.org", Role::Organiser, &["BWC"]).await;
    let api = app.api_of(user).await;
    let (status, created) = api.post("/api/v1/events", payload("BWC")).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["status"], "draft");
    assert_eq!(created["languages"], json!(["en", "fr", "es"]));
    let id = created["id"].as_i64().unwrap();

    let mut changed = payload("BWC");
    changed["title"] = json!("BWC Meeting of States Parties");
    let (status, updated) = api.put(&format!("/api/v1/events/{id}"), changed).await;
    assert_eq!(status, 200);
    assert_eq!(updated["revision"], 2);

    let session = json!({"title": "Opening", "date": "2027-12-06", "start_time": "10:00", "end_time": "13:00", "room": "Room XVIII"});
    let (status, s) = api.post(&format!("/api/v1/events/{id}/sessions"), session).await;
    assert_eq!(status, 201, "{s}");
    assert_eq!(s["starts_at"], "2027-12-06T09:00:00+00:00");
    let sid = s["id"].as_i64().unwrap();
    let (status, list) = api.get(&format!("/api/v1/events/{id}/sessions")).await;
    assert_eq!(status, 200);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let moved = json!({"title": "Opening", "date": "2027-12-07", "start_time": "10:00", "end_time": "11:00"});
    assert_eq!(api.put(&format!("/api/v1/events/{id}/sessions/{sid}"), moved).await.0, 200);
    assert_eq!(api.delete(&format!("/api/v1/events/{id}/sessions/{sid}")).await.0, 204);

    let (status, published) = api.send(Method::POST, &format!("/api/v1/events/{id}/publish"), None).await;
    assert_eq!(status, 200);
    assert_eq!(published["status"], "published");
    let (status, list) = api.get("/api/v1/events?status=published").await;
    assert_eq!(status, 200);
    assert_eq!(list["total"], 1);
    let (status, cancelled) = api.send(Method::POST, &format!("/api/v1/events/{id}/cancel"), None).await;
    assert_eq!(status, 200);
    assert_eq!(cancelled["status"], "cancelled");
    let (status, body) = api.put(&format!("/api/v1/events/{id}"), payload("BWC")).await;
    assert_eq!(status, 409);
    assert_eq!(body["error"], "conflict");
}

#[tokio::test]
async fn validation_errors_are_422_naming_each_field() {
    let app = TestApp::spawn().await;
    let user = app.create_user("api@example.org", Role::Admin, &[]).await;
    let api = app.api_of(user).await;
    // Bad values and a wrong JSON type name the fields; `error` says the input is invalid.
    let bad = |changes: Value| merged(&payload("BWC"), changes);
    let values =
        json!({"title": "", "time_zone": "Mars/Base", "end_date": "2027-12-01", "capacity": -5, "languages": []});
    for (case, body, named) in [
        ("bad values", bad(values), &["title", "time_zone", "end_date", "capacity", "languages"][..]),
        ("a string for yes or no", bad(json!({"approval_required": "yes"})), &["body"]),
        ("an unknown language", bad(json!({"languages": ["en", "tlh"]})), &["languages"]),
    ] {
        let (status, body) = api.post("/api/v1/events", body).await;
        assert_eq!((status, body["error"].as_str()), (422, Some("invalid")), "{case}: {body}");
        assert_eq!(fields_of(&body), named, "{case}");
    }
    // Broken JSON is refused too, and any refusal is answered in JSON.
    let post = || api.request(Method::POST, "/api/v1/events", None);
    let r = post().header("content-type", "application/json").body("{not json").send().await.unwrap();
    assert_eq!(r.status(), 422);
    let r = post().body("title=x").send().await.unwrap();
    assert!(r.status().is_client_error());
    assert_eq!(r.headers()["content-type"], "application/json");
    let (status, body) = api.get("/api/v1/events?year=soon").await;
    assert_eq!(status, 422);
    assert_eq!(body["fields"][0]["field"], "year");
}

#[tokio::test]
async fn tokens_are_required_revocable_and_bound_to_programmes() {
    let app = TestApp::spawn().await;
    let r = app.client.get(app.url("/api/v1/events")).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["www-authenticate"], "Bearer");
    assert_eq!(Api::new(&app, "not-a-token").get("/api/v1/events").await.0, 401);
    // A browser session does not authenticate API calls.
    let browser = app.signed_in("a@example.org", Role::Admin, &[]).await;
    assert_eq!(browser.get(app.url("/api/v1/events")).send().await.unwrap().status(), 401);

    let bwc = app.create_user("bwc@example.org", Role::Organiser, &["BWC"]).await;
    let bwc = app.api_of(bwc).await;
    let (_, created) = bwc.post("/api/v1/events", payload("BWC")).await;
    let id = created["id"].as_i64().unwrap();
    let other = app.create_user("npt@example.org", Role::Organiser, &["NPT"]).await;
    let npt = app.api_of(other).await;
    assert_eq!(npt.get(&format!("/api/v1/events/{id}")).await.0, 403);
    assert_eq!(npt.put(&format!("/api/v1/events/{id}"), payload("NPT")).await.0, 403);
    assert_eq!(npt.send(Method::POST, &format!("/api/v1/events/{id}/cancel"), None).await.0, 403);
    assert_eq!(npt.post("/api/v1/events", payload("BWC")).await.0, 403);
    assert_eq!(npt.get("/api/v1/events").await.1["total"], 0);
    assert_eq!(npt.get("/api/v1/events/424242").await.0, 404);

    use sea_orm::{EntityTrait, QueryOrder};
    let row = convene::entities::api_token::Entity::find()
        .order_by_desc(convene::entities::api_token::Column::Id)
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    convene::auth::rules::revoke_api_token(&app.state.db, &convene::audit::Actor::cli(), row.id, None, app.clock.now())
        .await
        .unwrap();
    // The server keeps a token's caller for a second (API_CALLER_TTL); after that it is refused.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(npt.get("/api/v1/events").await.0, 401);
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
