//! Serviced meetings: the agenda, the lists of speakers and the credentials, through the pages
//! and the API.

mod agenda;
mod concurrency;
mod credentials;
mod documents;
mod ngos;
mod side_events;
mod speakers;
mod statements;

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::support::factories::staff::Staff;

/// An app, an organiser of programme 1540 and a published meeting of theirs.
async fn meeting() -> (TestApp, Staff, i32) {
    let app = TestApp::spawn().await;
    let org = app.organiser_at("secretariat@example.org").await;
    let id =
        app.event(&org.browser).title("Meeting of States Parties").set("kind", "meeting").published().create().await;
    (app, org, id)
}

/// Adds an agenda item through the API; returns its id.
async fn item(org: &Staff, event: i32, number: &str, title: &str) -> i64 {
    let (s, v) = org
        .api
        .post(
            &format!("/api/v1/events/{event}/agenda"),
            json!({"number": number, "title": title, "time_limit_minutes": 5}),
        )
        .await;
    assert_eq!(s, 201, "{v}");
    v["id"].as_i64().unwrap()
}

/// Inscribes a State through the API: the status and the answer.
async fn inscribe(org: &Staff, event: i32, item: i64, body: Value) -> (u16, Value) {
    org.api.post(&format!("/api/v1/events/{event}/agenda/{item}/speakers"), body).await
}

/// The names of the speakers not withdrawn, in place order, from an API list.
fn order(list: &Value) -> Vec<String> {
    list["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["state"] != "withdrawn")
        .map(|s| s["name"].as_str().unwrap().to_owned())
        .collect()
}
