//! Webhooks against a real HTTP receiver started here: signatures verify, bodies carry ids
//! only unless the endpoint may receive personal data, a receiver that fails three times gets
//! each delivery once, a killed server loses none, and addresses of the internal network are
//! refused when registered and, after DNS, at delivery. [`kinds`]: check-in, certificate issued
//! and invitation declined; [`erasure`]: erasure reaching the deliveries still in the log.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use convene::domain::{Role, WebhookDeliveryState};
use convene::entities::webhook_delivery;
use hmac::{KeyInit as _, Mac as _};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::support::api::Api;

mod erasure;
mod kinds;

/// One request the receiver got.
#[derive(Debug, Clone)]
struct Hit {
    id: String,
    timestamp: i64,
    signature: String,
    body: Vec<u8>,
    /// What the receiver answered.
    status: u16,
}

impl Hit {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// A receiver on 127.0.0.1 that answers 500 to the first `fail_first` attempts of each
/// delivery id, then 200.
#[derive(Clone)]
struct Receiver {
    hits: Arc<Mutex<Vec<Hit>>>,
    fail_first: usize,
    port: u16,
}

async fn receive(State(r): State<Receiver>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let id = header("convene-webhook-id");
    let mut hits = r.hits.lock().unwrap();
    let before = hits.iter().filter(|h| h.id == id).count();
    let status = if before < r.fail_first { 500 } else { 200 };
    hits.push(Hit {
        id,
        timestamp: header("convene-webhook-timestamp").parse().unwrap_or(0),
        signature: header("convene-webhook-signature"),
        body: body.to_vec(),
        status,
    });
    StatusCode::from_u16(status).unwrap()
}

impl Receiver {
    async fn start(fail_first: usize) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let r = Self { hits: Arc::default(), fail_first, port };
        let router = axum::Router::new().route("/hook/{name}", axum::routing::post(receive)).with_state(r.clone());
        tokio::spawn(async move { axum::serve(listener, router).await.ok() });
        r
    }

    fn url(&self, name: &str) -> String {
        format!("http://127.0.0.1:{}/hook/{name}", self.port)
    }

    fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }
}

/// The signature computed here with the hmac crate, apart from Convene's own code.
fn expected_signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(body);
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    format!("v1={hex}")
}

/// An app whose webhooks may post to 127.0.0.1 over http, with its webhook dispatcher.
async fn app() -> (TestApp, convene::webhooks::dispatcher::Dispatcher, Api) {
    let app = TestApp::spawn_with(|s| {
        s.webhooks.allowed_hosts = vec!["127.0.0.1".into()];
        s.webhooks.retry_base_seconds = 1;
        s.webhooks.dispatch_interval_seconds = 1;
        s.webhooks.timeout_seconds = 5;
    })
    .await;
    let dispatcher = convene::webhooks::dispatcher::spawn(app.state.office.clone());
    let api = app.api_of(app.create_user("hooks-admin@example.org", Role::Admin, &[]).await).await;
    (app, dispatcher, api)
}

/// Registers an endpoint through the API; its id and secret.
async fn endpoint(api: &Api, body: Value) -> (i64, String) {
    let (s, v) = api.post("/api/v1/admin/webhooks", body).await;
    assert_eq!(s, 201, "{v}");
    (v["id"].as_i64().unwrap(), v["secret"].as_str().unwrap().to_owned())
}

/// A draft invitation-only event of programme 1540, made through the API; its id.
async fn draft_event(api: &Api) -> i64 {
    let body = json!({
        "title": "Regional workshop on resolution 1540", "kind": "workshop", "programme": "1540",
        "unit": "UNREC", "city": "Lomé", "country": "TGO", "time_zone": "Africa/Lome",
        "start_date": "2026-12-08", "end_date": "2026-12-10", "registration_mode": "invitation", "languages": ["en"]
    });
    let (s, v) = api.post("/api/v1/events", body).await;
    assert_eq!(s, 201, "{v}");
    v["id"].as_i64().unwrap()
}

async fn publish(api: &Api, event: i64) {
    let (s, v) = api.post(&format!("/api/v1/events/{event}/publish"), json!({})).await;
    assert_eq!(s, 200, "{v}");
}

/// Registers `email` to `event` on the organiser's behalf; the registration's id.
async fn register(api: &Api, event: i64, email: &str) -> i64 {
    let body =
        json!({"email": email, "given_name": "Amara", "family_name": "Diallo", "gender": "woman", "country": "TGO"});
    let (s, v) = api.post(&format!("/api/v1/events/{event}/registrations"), body).await;
    assert_eq!(s, 201, "{v}");
    v["id"].as_i64().unwrap()
}

pub(super) async fn deliveries(app: &TestApp, endpoint: i64) -> Vec<webhook_delivery::Model> {
    webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::EndpointId.eq(i32::try_from(endpoint).unwrap()))
        .order_by_asc(webhook_delivery::Column::Id)
        .all(&app.state.db.read)
        .await
        .unwrap()
}

/// Waits until every delivery of `endpoint` is settled (delivered or failed), moving the
/// app's frozen clock past each retry time; at least `n` of them.
async fn settled(app: &TestApp, endpoint: i64, n: usize) -> Vec<webhook_delivery::Model> {
    for _ in 0..600 {
        let all = deliveries(app, endpoint).await;
        let open = all.iter().any(|d| matches!(d.state, WebhookDeliveryState::Queued | WebhookDeliveryState::Sending));
        if all.len() >= n && !open {
            return all;
        }
        app.clock.set(app.clock.now() + chrono::Duration::minutes(10));
        app.state.webhooks.wake();
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("deliveries of endpoint {endpoint} never settled: {:?}", deliveries(app, endpoint).await);
}

#[tokio::test]
async fn deliveries_are_signed_and_carry_ids_unless_personal_data_is_allowed() {
    let receiver = Receiver::start(0).await;
    let (app, _dispatcher, api) = app().await;
    let kinds = json!(["event.published", "registration.created", "registration.changed", "event.cancelled"]);
    let (ids_only, ids_secret) =
        endpoint(&api, json!({"url": receiver.url("ids"), "event_types": kinds, "description": "ids"})).await;
    let (personal, personal_secret) =
        endpoint(&api, json!({"url": receiver.url("personal"), "event_types": kinds, "personal_data": true})).await;
    // Another programme's endpoint hears nothing of this event.
    let (other, _) =
        endpoint(&api, json!({"url": receiver.url("other"), "event_types": kinds, "programme": "MISSILES"})).await;
    let event = draft_event(&api).await;
    publish(&api, event).await;
    let registration = register(&api, event, "amara.diallo@example.org").await;
    let (s, v) = api
        .post(&format!("/api/v1/events/{event}/registrations/move"), json!({"ids": [registration], "action": "cancel"}))
        .await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = api.post(&format!("/api/v1/events/{event}/cancel"), json!({})).await;
    assert_eq!(s, 200, "{v}");

    for (endpoint, secret, allowed) in [(ids_only, &ids_secret, false), (personal, &personal_secret, true)] {
        let rows = settled(&app, endpoint, 4).await;
        assert!(rows.iter().all(|d| d.state == WebhookDeliveryState::Delivered && d.last_status == Some(200)));
        let kinds: Vec<&str> = rows.iter().map(|d| d.event_type.as_str()).collect();
        assert_eq!(kinds, ["event.published", "registration.created", "registration.changed", "event.cancelled"]);
        let hits: Vec<Hit> =
            receiver.hits().into_iter().filter(|h| rows.iter().any(|d| h.id == format!("whd_{}", d.id))).collect();
        assert_eq!(hits.len(), 4, "{hits:?}");
        for hit in &hits {
            assert_eq!(hit.signature, expected_signature(secret, hit.timestamp, &hit.body), "{}", hit.id);
            assert!(convene::webhooks::sign::verify(secret, hit.timestamp, &hit.body, &hit.signature));
            assert!(!convene::webhooks::sign::verify("another secret", hit.timestamp, &hit.body, &hit.signature));
            let body = hit.json();
            assert_eq!(body["id"], json!(hit.id));
            assert_eq!(body["data"]["event_id"], json!(event));
            let text = String::from_utf8_lossy(&hit.body).to_string();
            if body["type"] == "registration.created" {
                assert_eq!(body["data"]["registration_id"], json!(registration));
                assert!(body["data"]["person_id"].is_i64());
                assert_eq!(text.contains("amara.diallo@example.org"), allowed, "{text}");
                assert_eq!(text.contains("Diallo"), allowed, "{text}");
                if allowed {
                    assert_eq!(body["data"]["person"]["state"], "TGO");
                }
            } else if body["type"].as_str().unwrap().starts_with("event.") {
                assert!(body["data"]["registration_id"].is_null(), "{body}");
            }
            if !allowed {
                assert!(body["data"]["person"].is_null(), "{body}");
            }
        }
    }
    assert!(deliveries(&app, other).await.is_empty(), "another programme's endpoint heard nothing");
}

#[tokio::test]
async fn a_receiver_that_fails_three_times_gets_each_delivery_once() {
    let receiver = Receiver::start(3).await;
    let (app, _dispatcher, api) = app().await;
    let event = draft_event(&api).await;
    publish(&api, event).await;
    let (hook, _) =
        endpoint(&api, json!({"url": receiver.url("flaky"), "event_types": ["registration.created"]})).await;
    for n in 0..5 {
        register(&api, event, &format!("p{n}@example.org")).await;
    }
    let rows = settled(&app, hook, 5).await;
    assert_eq!(rows.len(), 5);
    let hits = receiver.hits();
    for d in &rows {
        assert_eq!(d.state, WebhookDeliveryState::Delivered, "{d:?}");
        assert_eq!(d.attempts, 4, "three failures, then the success: {d:?}");
        assert_eq!(d.last_status, Some(200));
        let id = format!("whd_{}", d.id);
        let mine: Vec<&Hit> = hits.iter().filter(|h| h.id == id).collect();
        assert_eq!(mine.iter().filter(|h| h.status == 200).count(), 1, "{id} accepted once");
        assert_eq!(mine.len(), 4, "{id}: {mine:?}");
        // Every attempt carries the same body (the receiver deduplicates by its id).
        assert!(mine.iter().all(|h| h.body == mine[0].body));
    }
    // The log (API) says the same, newest first.
    let (s, log) = api.get(&format!("/api/v1/admin/webhooks/{hook}/deliveries")).await;
    assert_eq!(s, 200, "{log}");
    let listed = log["deliveries"].as_array().unwrap();
    assert_eq!(listed.len(), 5);
    assert!(listed.iter().all(|d| d["state"] == "delivered" && d["last_status"] == 200 && d["attempts"] == 4));
    assert_eq!(api.get(&format!("/api/v1/admin/webhooks/{hook}/deliveries?page=0")).await.0, 422);
    // "Send again": the same id once more.
    let first = rows[0].id;
    let (s, v) = api.post(&format!("/api/v1/admin/webhooks/{hook}/deliveries/{first}/redeliver"), json!({})).await;
    assert_eq!(s, 202, "{v}");
    settled(&app, hook, 5).await;
    let again = receiver.hits().iter().filter(|h| h.id == format!("whd_{first}") && h.status == 200).count();
    assert_eq!(again, 2);
    assert_eq!(api.post(&format!("/api/v1/admin/webhooks/{hook}/deliveries/999999/redeliver"), json!({})).await.0, 404);
}

#[tokio::test]
async fn addresses_of_the_internal_network_are_refused() {
    let receiver = Receiver::start(0).await;
    let (app, _dispatcher, api) = app().await;
    for (url, field) in [
        ("http://hooks.example.org/in", "url"),
        ("https://127.0.0.2/in", "url"),
        ("https://10.1.2.3/in", "url"),
        ("https://169.254.169.254/latest/meta-data", "url"),
        ("https://[::1]/in", "url"),
        ("https://[fd00::1]/in", "url"),
        ("https://user:secret@hooks.example.org/in", "url"),
        ("hooks.example.org", "url"),
    ] {
        let (s, v) = api.post("/api/v1/admin/webhooks", json!({"url": url, "event_types": ["check_in"]})).await;
        assert_eq!(s, 422, "{url}: {v}");
        assert_eq!(v["fields"][0]["field"], field, "{url}: {v}");
    }
    let (s, v) = api
        .post("/api/v1/admin/webhooks", json!({"url": "https://hooks.example.org/in", "event_types": ["nope"]}))
        .await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("event_type")), "{v}");
    let (s, v) =
        api.post("/api/v1/admin/webhooks", json!({"url": "https://hooks.example.org/in", "event_types": []})).await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("event_type")), "{v}");
    // A name is accepted when registered, but where it resolves to loopback the delivery is
    // refused after the lookup and never retried; nothing reaches the receiver.
    let sneaky = format!("https://localhost:{}/hook/sneaky", receiver.port);
    let (hook, _) = endpoint(&api, json!({"url": sneaky, "event_types": ["event.published"]})).await;
    let event = draft_event(&api).await;
    publish(&api, event).await;
    let rows = settled(&app, hook, 1).await;
    assert_eq!(rows[0].state, WebhookDeliveryState::Failed, "{:?}", rows[0]);
    assert_eq!(rows[0].attempts, 1);
    assert!(rows[0].last_error.as_deref().unwrap_or_default().contains("network"), "{:?}", rows[0]);
    assert!(receiver.hits().is_empty());
    // Organisers may not manage webhooks.
    let organiser = app.api_of(app.create_user("hooks-organiser@example.org", Role::Organiser, &["1540"]).await).await;
    assert_eq!(organiser.get("/api/v1/admin/webhooks").await.0, 403);
}

#[tokio::test]
async fn admins_manage_endpoints_and_read_the_log_on_the_pages() {
    let receiver = Receiver::start(1).await;
    let (app, _dispatcher, api) = app().await;
    let admin = app.signed_in("hooks-page@example.org", Role::Admin, &[]).await;
    let r = app
        .post_form(
            &admin,
            "/admin/webhooks",
            &[
                ("url", &receiver.url("page")),
                ("description", "Registration desk"),
                ("programme", "1540"),
                ("event_type", "event.published"),
                ("event_type", "event.changed"),
                ("active", "on"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let page = crate::helpers::location(&r);
    let id: i64 = page.rsplit('/').next().unwrap().parse().unwrap();
    let (s, html) = app.get(&admin, &page).await;
    assert_eq!(s, 200);
    assert!(html.contains("whsec_"), "the secret is shown to the admin");
    let (s, html) = app.get(&admin, "/admin/webhooks").await;
    assert_eq!(s, 200);
    assert!(html.contains(&receiver.url("page")) && html.contains("Registration desk"));
    // A refused address re-renders the form naming the field.
    let r =
        app.post_form(&admin, "/admin/webhooks", &[("url", "https://10.0.0.8/x"), ("event_type", "check_in")]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("link-local"));
    let event = draft_event(&api).await;
    publish(&api, event).await;
    let rows = settled(&app, id, 1).await;
    assert_eq!((rows[0].attempts, rows[0].last_status), (2, Some(200)));
    let (s, html) = app.get(&admin, &format!("/admin/webhooks/{id}/deliveries")).await;
    assert_eq!(s, 200);
    assert!(html.contains(&format!("whd_{}", rows[0].id)) && html.contains(">200<"), "{html}");
    let r = app.post_form(&admin, &format!("/admin/webhooks/{id}/deliveries/{}/redeliver", rows[0].id), &[]).await;
    assert_eq!(r.status(), 303);
    settled(&app, id, 1).await;
    assert_eq!(receiver.hits().iter().filter(|h| h.status == 200).count(), 2);
    // Disabling (the box unticked) pauses deliveries; they go once it is on again.
    let r = app
        .post_form(
            &admin,
            &format!("/admin/webhooks/{id}"),
            &[("url", &receiver.url("page")), ("event_type", "event.changed")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let (_, v) = api.get(&format!("/api/v1/admin/webhooks/{id}")).await;
    assert_eq!((v["active"].as_bool(), v["event_types"].clone()), (Some(false), json!(["event.changed"])));
    // The CLI lists it.
    let mut out = Vec::new();
    convene::commands::webhooks_list((*app.state.settings).clone(), &mut out).await.unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains(&receiver.url("page")) && out.contains("disabled") && out.contains("delivered 1"), "{out}");
    let r = app.post_form(&admin, &format!("/admin/webhooks/{id}/delete"), &[]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(api.get(&format!("/api/v1/admin/webhooks/{id}")).await.0, 404);
    assert!(deliveries(&app, id).await.is_empty(), "the log goes with the endpoint");
}

/// Starts the real `convene serve` over `url`, its webhooks allowed to post to 127.0.0.1.
fn start_server(url: &str) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("CONVENE_ENV", "test")
        .env("CONVENE_CONFIG_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/config"))
        .env("DATABASE_URL", url)
        .env("CONVENE__WEBHOOKS__ALLOWED_HOSTS", "[\"127.0.0.1\"]")
        .env("CONVENE__WEBHOOKS__BATCH_SIZE", "20")
        .env("CONVENE__WEBHOOKS__CLAIM_LEASE_SECONDS", "1")
        .env("CONVENE__WEBHOOKS__DISPATCH_INTERVAL_SECONDS", "1")
        .env("CONVENE__WEBHOOKS__RETRY_BASE_SECONDS", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start convene serve")
}

#[tokio::test]
async fn a_server_killed_mid_delivery_loses_none_after_a_restart() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let receiver = Receiver::start(0).await;
    let mut settings = crate::helpers::test_settings();
    let (url, _dir, _pg) = crate::helpers::fresh_database().await;
    settings.database.url = url.clone();
    let db = convene::db::Db::connect(&settings.database).await.unwrap();
    db.migrate_up().await.unwrap();
    convene::seed::reference(&db).await.unwrap();
    let now = chrono::Utc::now();
    let endpoint = convene::entities::webhook_endpoint::ActiveModel {
        url: Set(receiver.url("kill")),
        secret: Set("whsec_kill".into()),
        event_types: Set(",check_in,".into()),
        programme_code: Set(None),
        personal_data: Set(false),
        active: Set(true),
        description: Set(String::new()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&db.write)
    .await
    .unwrap();
    // Enough that the kill comes mid-dispatch.
    let total = 600;
    let hooks = convene::webhooks::Hooks::default();
    for n in 0..total {
        let change = convene::webhooks::Change {
            kind: convene::domain::WebhookKind::CheckIn,
            programme_code: "1540".into(),
            ids: convene::webhooks::Ids { event_id: 1, registration_id: Some(n), ..Default::default() },
            personal: None,
        };
        hooks.record(&db.write, change, now).await.unwrap();
    }
    let ids: Vec<String> = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::EndpointId.eq(endpoint.id))
        .all(&db.read)
        .await
        .unwrap()
        .iter()
        .map(|d| format!("whd_{}", d.id))
        .collect();
    assert_eq!(ids.len(), total as usize);
    let mut first = start_server(&url);
    for _ in 0..600 {
        if receiver.hits().len() >= 30 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    first.kill().expect("kill -9");
    let _ = first.wait();
    assert!(receiver.hits().len() < total as usize, "the process died mid-dispatch");
    let mut second = start_server(&url);
    let mut distinct = std::collections::HashSet::new();
    for _ in 0..1200 {
        distinct = receiver.hits().into_iter().map(|h| h.id).collect();
        let open = webhook_delivery::Entity::find()
            .filter(webhook_delivery::Column::State.ne(WebhookDeliveryState::Delivered))
            .count(&db.read)
            .await
            .unwrap();
        if distinct.len() == ids.len() && open == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    second.kill().ok();
    let _ = second.wait();
    for id in &ids {
        assert!(distinct.contains(id), "{id} was lost");
    }
    let states: HashMap<String, usize> =
        webhook_delivery::Entity::find().all(&db.read).await.unwrap().iter().fold(HashMap::new(), |mut m, d| {
            *m.entry(d.state.to_string()).or_default() += 1;
            m
        });
    assert_eq!(states.get("delivered"), Some(&(total as usize)), "{states:?}");
    // Only deliveries in flight when the process died can arrive twice: at most one batch.
    let duplicates = receiver.hits().len() - total as usize;
    assert!(duplicates <= 20, "{duplicates} duplicates");
}

#[tokio::test]
async fn the_nightly_purge_deletes_finished_deliveries_past_their_keeping_time() {
    use convene::domain::WebhookKind;
    use convene::entities::webhook_endpoint;
    use convene::jobs::JobName;
    use sea_orm::{ActiveModelTrait, Set};

    let app = TestApp::spawn().await;
    let now = app.clock.now();
    let days = |n: i64| now - chrono::Duration::days(n);
    let endpoint = webhook_endpoint::ActiveModel {
        url: Set("https://hooks.example.org/convene".into()),
        secret: Set("whsec_test".into()),
        event_types: Set(",registration.created,".into()),
        programme_code: Set(None),
        personal_data: Set(true),
        active: Set(true),
        description: Set(String::new()),
        created_at: Set(days(60)),
        updated_at: Set(days(60)),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .unwrap();
    // Written 40 days ago: delivered and failed ones go, the one still queued stays; a delivered
    // one written yesterday stays.
    for (written, state) in [
        (days(40), WebhookDeliveryState::Delivered),
        (days(40), WebhookDeliveryState::Failed),
        (days(40), WebhookDeliveryState::Queued),
        (days(1), WebhookDeliveryState::Delivered),
    ] {
        webhook_delivery::ActiveModel {
            endpoint_id: Set(endpoint.id),
            event_type: Set(WebhookKind::RegistrationCreated),
            occurred_at: Set(written),
            data: Set(r#"{"person":{"email":"someone@example.org"}}"#.into()),
            state: Set(state),
            attempts: Set(1),
            next_attempt_at: Set(written),
            created_at: Set(written),
            ..Default::default()
        }
        .insert(&app.state.db.write)
        .await
        .unwrap();
    }
    let purged = convene::jobs::work(&app.state, JobName::TokenPurge, now).await.unwrap();
    assert_eq!(purged, 2);
    let left: Vec<_> = webhook_delivery::Entity::find()
        .order_by_asc(webhook_delivery::Column::Id)
        .all(&app.state.db.read)
        .await
        .unwrap()
        .into_iter()
        .map(|d| (d.state, d.created_at > days(2)))
        .collect();
    assert_eq!(left, vec![(WebhookDeliveryState::Queued, false), (WebhookDeliveryState::Delivered, true)]);
    assert_eq!(convene::jobs::work(&app.state, JobName::TokenPurge, now).await.unwrap(), 0);
}
