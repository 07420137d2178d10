//! Donors, their contacts, contributions, allocations and budget lines, all through the
//! JSON API as an organiser records them.

use serde_json::{Value, json};

use crate::support::api::Api;

/// A contribution as the API takes it: received, unearmarked, with the test data's dates
/// (pledged 15 January 2025, received 1 February 2025, for 2025–2026) and trust fund
/// `TF-{currency}`; each call changes one field.
#[derive(Clone)]
pub struct Contribution(Value);

/// A contribution of `amount` in `currency` (at no stated rate: fit for USD).
pub fn contribution(currency: &str, amount: &str) -> Contribution {
    Contribution(json!({
        "currency": currency, "amount": amount, "usd_rate": "", "pledged_on": "2025-01-15",
        "received_on": "2025-02-01", "trust_fund": format!("TF-{currency}"), "earmark": "unearmarked",
        "earmark_ref": "", "conditions": "Report yearly.", "period_start": "2025-01-01", "period_end": "2026-12-31",
    }))
}

impl Contribution {
    /// The USD rate.
    pub fn rate(self, rate: &str) -> Self {
        self.set("usd_rate", rate)
    }

    /// Pledged, not yet received.
    pub fn pledged_only(self) -> Self {
        self.set("received_on", "")
    }

    /// Earmarked to a programme, unit or event (`kind`) by its code or id.
    pub fn earmark(self, kind: &str, reference: &str) -> Self {
        self.set("earmark", kind).set("earmark_ref", reference)
    }

    /// Sets any field.
    pub fn set(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.0[key] = value.into();
        self
    }

    /// Sets every field of `changes` (a JSON object).
    pub fn with(self, changes: Value) -> Self {
        changes.as_object().unwrap().iter().fold(self, |c, (k, v)| c.set(k, v.clone()))
    }

    /// The request body.
    pub fn body(&self) -> Value {
        self.0.clone()
    }
}

impl Api {
    /// Records a donor; its id.
    pub async fn donor(&self, name: &str, kind: &str, country: &str) -> i64 {
        let (s, v) = self.post("/api/v1/donors", json!({"name": name, "kind": kind, "country": country})).await;
        assert_eq!(s, 201, "{v}");
        v["id"].as_i64().unwrap()
    }

    /// Records a contact of `donor` at `email`, writing in English; its id.
    pub async fn contact(&self, donor: i64, email: &str) -> i64 {
        let body = json!({"name": format!("Contact {email}"), "email": email, "language": "en"});
        let (s, v) = self.post(&format!("/api/v1/donors/{donor}/contacts"), body).await;
        assert_eq!(s, 201, "{v}");
        v["id"].as_i64().unwrap()
    }

    /// Records a contribution of `donor`; its id.
    pub async fn contribution(&self, donor: i64, contribution: Contribution) -> i64 {
        let (s, v) = self.post(&format!("/api/v1/donors/{donor}/contributions"), contribution.0).await;
        assert_eq!(s, 201, "{v}");
        v["id"].as_i64().unwrap()
    }

    /// Allocates `amount` of `contribution` to `event`: the answer, refused or not.
    pub async fn allocate(&self, event: i32, contribution: i64, amount: &str) -> (u16, Value) {
        let body = json!({"contribution_id": contribution.to_string(), "amount": amount});
        self.post(&format!("/api/v1/events/{event}/funding/allocations"), body).await
    }

    /// Sets the budget line `category` of `event`.
    pub async fn budget(&self, event: i32, category: &str, planned: &str, actual: &str) {
        let body = json!({"category": category, "planned": planned, "actual": actual});
        let (s, v) = self.put(&format!("/api/v1/events/{event}/funding/budget"), body).await;
        assert_eq!(s, 204, "{v}");
    }
}
