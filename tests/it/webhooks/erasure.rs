//! Erasure reaching webhook deliveries: a person's erasure, and an event's after its retention
//! period, take the person out of the bodies still in the delivery log (ids stay, as an endpoint
//! not allowed personal data gets them); other people's and ids-only bodies are untouched.

use chrono::{TimeZone, Utc};
use serde_json::{Value, json};

use super::kinds::one_day_course;
use super::{Receiver, app, deliveries, endpoint, register, settled};

fn data(d: &convene::entities::webhook_delivery::Model) -> Value {
    serde_json::from_str(&d.data).unwrap()
}

#[tokio::test]
async fn erasure_takes_the_person_out_of_the_deliveries_in_the_log() {
    let receiver = Receiver::start(0).await;
    let (app, _dispatcher, api) = app().await;
    let kinds = json!(["registration.created"]);
    let (personal, _) =
        endpoint(&api, json!({"url": receiver.url("personal"), "event_types": kinds, "personal_data": true})).await;
    let (ids_only, _) = endpoint(&api, json!({"url": receiver.url("ids"), "event_types": kinds})).await;
    let event = one_day_course(&api).await;
    let amara = register(&api, event, "amara.diallo@example.org").await;
    let kabo = register(&api, event, "kabo.molefe@example.org").await;
    let rows = settled(&app, personal, 2).await;
    settled(&app, ids_only, 2).await;
    assert_eq!(data(&rows[0])["registration_id"], json!(amara));
    assert_eq!(data(&rows[0])["person"]["email"], "amara.diallo@example.org");
    let amara_person = data(&rows[0])["person_id"].as_i64().unwrap();
    let ids_bodies: Vec<String> = deliveries(&app, ids_only).await.into_iter().map(|d| d.data).collect();

    let (s, v) = api
        .post(&format!("/api/v1/admin/privacy/people/{amara_person}/erase"), json!({"reason": "Request DP/7"}))
        .await;
    assert_eq!(s, 200, "{v}");
    let rows = deliveries(&app, personal).await;
    assert_eq!(rows.len(), 2, "the log keeps its deliveries");
    let first = data(&rows[0]);
    assert!(first.get("person").is_none(), "{first}");
    assert!(!rows[0].data.contains("Diallo") && !rows[0].data.contains("amara"), "{}", rows[0].data);
    assert_eq!((&first["registration_id"], first["person_id"].as_i64()), (&json!(amara), Some(amara_person)));
    assert_eq!(data(&rows[1])["person"]["email"], "kabo.molefe@example.org", "another person's body is untouched");
    let after: Vec<String> = deliveries(&app, ids_only).await.into_iter().map(|d| d.data).collect();
    assert_eq!(after, ids_bodies, "ids-only bodies carry nothing to erase");

    // The event's erasure, past its retention period, takes everyone's.
    app.clock.set(Utc.with_ymd_and_hms(2029, 6, 1, 3, 0, 0).unwrap());
    let (s, v) = api.post(&format!("/api/v1/admin/privacy/events/{event}/erase"), json!({})).await;
    assert_eq!(s, 200, "{v}");
    let rows = deliveries(&app, personal).await;
    assert!(rows.iter().all(|d| !d.data.contains("\"person\"") && !d.data.contains("Molefe")), "{rows:?}");
    assert_eq!(data(&rows[1])["registration_id"], json!(kabo));
}
