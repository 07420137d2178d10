//! Check-in, certificate issued and invitation declined: each delivers one signed delivery per
//! endpoint, with the documented body (ids, the answer, and the person only where allowed).

use chrono::{TimeZone, Utc};
use convene::domain::WebhookDeliveryState;
use convene::entities::certificate;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use super::{Hit, Receiver, app, endpoint, expected_signature, publish, register, settled};
use crate::helpers::invite;
use crate::support::api::Api;

/// A published one-day workshop (8 December 2026, Lomé) issuing certificates from full
/// attendance; its id.
pub(super) async fn one_day_course(api: &Api) -> i64 {
    let body = json!({
        "title": "Regional workshop on resolution 1540", "kind": "workshop", "programme": "1540",
        "unit": "UNREC", "city": "Lomé", "country": "TGO", "time_zone": "Africa/Lome",
        "start_date": "2026-12-08", "end_date": "2026-12-08", "registration_mode": "invitation",
        "languages": ["en"], "certificate_min_attendance_percent": 100
    });
    let (s, v) = api.post("/api/v1/events", body).await;
    assert_eq!(s, 201, "{v}");
    let event = v["id"].as_i64().unwrap();
    publish(api, event).await;
    event
}

#[tokio::test]
async fn check_in_certificate_and_a_declined_invitation_each_deliver_one_signed_body() {
    let receiver = Receiver::start(0).await;
    let (app, _dispatcher, api) = app().await;
    let kinds = json!(["check_in", "certificate.issued", "invitation.answered"]);
    let (ids_only, ids_secret) = endpoint(&api, json!({"url": receiver.url("ids"), "event_types": kinds})).await;
    let (personal, personal_secret) =
        endpoint(&api, json!({"url": receiver.url("personal"), "event_types": kinds, "personal_data": true})).await;
    let event = one_day_course(&api).await;
    let registration = register(&api, event, "amara.diallo@example.org").await;

    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 8, 9, 0, 0).unwrap());
    let scan = format!("/api/v1/events/{event}/checkin/scan");
    let (s, v) = api.post(&scan, json!({"key": "door-0001", "registration_id": registration})).await;
    assert_eq!(s, 201, "{v}");
    // A second scan and an exit are no new check-in.
    let (s, _) = api.post(&scan, json!({"key": "door-0002", "registration_id": registration})).await;
    assert_eq!(s, 200);
    let (s, v) = api.post(&scan, json!({"key": "door-0003", "registration_id": registration, "kind": "exit"})).await;
    assert_eq!(s, 201, "{v}");

    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 9, 12, 0, 0).unwrap());
    let (s, v) = api.post(&format!("/api/v1/events/{event}/certificates/issue"), json!({})).await;
    assert_eq!((s, &v["issued"]), (200, &json!(1)), "{v}");
    let cert = certificate::Entity::find()
        .filter(certificate::Column::EventId.eq(i32::try_from(event).unwrap()))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("the certificate");

    let token = invite(&app, i32::try_from(event).unwrap(), "kabo.molefe@example.org", None).await;
    let person = app.new_browser();
    let r = app.post_form(&person, &format!("/i/{token}/decline"), &[("reason", "Travel not possible")]).await;
    assert_eq!(r.status(), 200);

    for (endpoint, secret, allowed) in [(ids_only, &ids_secret, false), (personal, &personal_secret, true)] {
        let rows = settled(&app, endpoint, 3).await;
        let kinds: Vec<&str> = rows.iter().map(|d| d.event_type.as_str()).collect();
        assert_eq!(kinds, ["check_in", "certificate.issued", "invitation.answered"], "one delivery each");
        assert!(rows.iter().all(|d| d.state == WebhookDeliveryState::Delivered && d.attempts == 1));
        for d in &rows {
            let id = format!("whd_{}", d.id);
            let hits: Vec<Hit> = receiver.hits().into_iter().filter(|h| h.id == id).collect();
            assert_eq!(hits.len(), 1, "{id}");
            let hit = &hits[0];
            assert_eq!(hit.signature, expected_signature(secret, hit.timestamp, &hit.body));
            let body = hit.json();
            assert_eq!((&body["id"], &body["type"]), (&json!(id), &json!(d.event_type.as_str())));
            assert!(body["occurred_at"].as_str().unwrap().ends_with('Z'), "{body}");
            let data = &body["data"];
            assert_eq!(data["event_id"], json!(event));
            assert!(data["person_id"].is_i64(), "{body}");
            let email = match d.event_type.as_str() {
                "check_in" => {
                    assert_eq!(data["registration_id"], json!(registration));
                    assert!(data["certificate_id"].is_null() && data["answer"].is_null(), "{body}");
                    "amara.diallo@example.org"
                }
                "certificate.issued" => {
                    assert_eq!(data["registration_id"], json!(registration));
                    assert_eq!(data["certificate_id"], json!(cert.id));
                    "amara.diallo@example.org"
                }
                _ => {
                    assert_eq!(data["answer"], "declined", "{body}");
                    assert!(data["invitation_id"].is_i64() && data["registration_id"].is_null(), "{body}");
                    "kabo.molefe@example.org"
                }
            };
            if allowed {
                assert_eq!(data["person"]["email"], email, "{body}");
            } else {
                assert!(data["person"].is_null(), "{body}");
                assert!(!String::from_utf8_lossy(&hit.body).contains(email), "{body}");
            }
        }
    }
}
