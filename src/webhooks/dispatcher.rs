//! The webhook dispatcher: claims due deliveries, posts them and records each answer. It runs
//! in every `serve` instance beside the email dispatcher; claims keep instances from posting
//! the same delivery twice, and a claim left by a dead instance is taken over after its lease.

use std::collections::HashMap;
use std::time::Duration;

use serde::Serialize;
use tokio::task::JoinSet;

use super::address::EndpointUrl;
use super::client::{self, Outcome, Post};
use super::{sign, store};
use crate::Office;
use crate::domain::WebhookDeliveryState;
use crate::entities::{webhook_delivery, webhook_endpoint};
use crate::mail::dispatcher::backoff;

/// How long the dispatcher waits after being woken: a change wakes it before its transaction
/// commits, and the pause lets the commit land and more changes join the round.
const SETTLE: Duration = Duration::from_millis(50);

/// The body posted for a delivery: the same bytes on every attempt.
#[derive(Serialize)]
struct Body<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'a str,
    occurred_at: String,
    data: serde_json::Value,
}

/// The body of `delivery`, as posted.
pub fn body(delivery: &webhook_delivery::Model) -> Vec<u8> {
    let data = serde_json::from_str(&delivery.data).unwrap_or_default();
    let body = Body {
        id: delivery_id(delivery.id),
        kind: delivery.event_type.as_str(),
        occurred_at: delivery.occurred_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        data,
    };
    serde_json::to_vec(&body).unwrap_or_default()
}

/// The id a receiver deduplicates by (`Convene-Webhook-Id` and the body's `id`).
pub fn delivery_id(id: i32) -> String {
    format!("whd_{id}")
}

/// Posts everything due now, round after round until nothing is left; returns how many
/// deliveries it handled.
pub async fn drain(office: &Office) -> crate::error::Result<usize> {
    let settings = &office.settings.webhooks;
    let mut handled = 0;
    loop {
        let now = office.clock.now();
        let lease = chrono::Duration::seconds(i64::from(settings.claim_lease_seconds.max(1)));
        let batch = store::claim(&office.db, now, lease, settings.batch_size).await?;
        if batch.is_empty() {
            return Ok(handled);
        }
        handled += batch.len();
        let mut ids: Vec<i32> = batch.iter().map(|d| d.endpoint_id).collect();
        ids.dedup();
        let endpoints: HashMap<i32, webhook_endpoint::Model> =
            store::endpoints_by_id(&office.db.read, ids).await?.into_iter().map(|e| (e.id, e)).collect();
        let mut posts = JoinSet::new();
        for delivery in batch {
            let Some(endpoint) = endpoints.get(&delivery.endpoint_id).cloned() else { continue };
            let settings = settings.clone();
            let now = office.clock.now();
            posts.spawn(async move {
                let outcome = post(&endpoint, &delivery, &settings, now).await;
                (delivery, outcome)
            });
        }
        while let Some(joined) = posts.join_next().await {
            let Ok((delivery, outcome)) = joined else { continue };
            record(office, &delivery, outcome).await?;
        }
    }
}

/// One attempt at `delivery`.
async fn post(
    endpoint: &webhook_endpoint::Model,
    delivery: &webhook_delivery::Model,
    settings: &crate::config::WebhookSettings,
    now: chrono::DateTime<chrono::Utc>,
) -> Outcome {
    // The address is checked again as the rules stand now (not as when it was registered).
    let url = match EndpointUrl::parse(&endpoint.url, settings) {
        Ok(url) => url,
        Err(_) => return Outcome::Refused,
    };
    let body = body(delivery);
    let id = delivery_id(delivery.id);
    let timestamp = now.timestamp();
    let signature = sign::signature(&endpoint.secret, timestamp, &body);
    client::send(&url, Post { id: &id, timestamp, signature, body }, settings).await
}

/// Records what became of an attempt.
async fn record(office: &Office, delivery: &webhook_delivery::Model, outcome: Outcome) -> crate::error::Result<()> {
    let settings = &office.settings.webhooks;
    let now = office.clock.now();
    let last_try = delivery.attempts >= i32::try_from(settings.max_attempts).unwrap_or(i32::MAX);
    let (status, error) = match &outcome {
        Outcome::Answered(status) if (200..300).contains(status) => {
            return store::mark(
                &office.db,
                delivery.id,
                WebhookDeliveryState::Delivered,
                Some(*status),
                None,
                None,
                now,
            )
            .await;
        }
        Outcome::Answered(status) => (Some(*status), format!("answered {status}")),
        Outcome::Unreachable(e) => (None, e.clone()),
        Outcome::Refused => {
            tracing::warn!(webhook.delivery = delivery.id, "webhook address not allowed; not retried");
            let reason = "the endpoint's address is on a network webhooks may not reach";
            return store::mark(&office.db, delivery.id, WebhookDeliveryState::Failed, None, Some(reason), None, now)
                .await;
        }
    };
    if last_try {
        tracing::warn!(
            webhook.delivery = delivery.id,
            attempts = delivery.attempts,
            "webhook delivery failed for good"
        );
        store::mark(&office.db, delivery.id, WebhookDeliveryState::Failed, status, Some(&error), None, now).await
    } else {
        let at = now + backoff(settings.retry_base_seconds, delivery.attempts);
        store::mark(&office.db, delivery.id, WebhookDeliveryState::Queued, status, Some(&error), Some(at), now).await
    }
}

/// The running dispatcher; dropping it stops the loop.
pub struct Dispatcher {
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Dispatcher {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Starts the background loop: look whether endpoints exist, drain, then sleep until woken
/// or the interval passes.
pub fn spawn(office: Office) -> Dispatcher {
    let interval = Duration::from_secs(office.settings.webhooks.dispatch_interval_seconds.max(1));
    let task = tokio::spawn(async move {
        loop {
            match office.webhooks.refresh(&office.db.read).await {
                // With no endpoint, deliveries left over (from a disabled endpoint) wait.
                Ok(false) => {}
                Ok(true) => {
                    if let Err(e) = drain(&office).await {
                        tracing::error!(error = %e, "webhook dispatch failed; will try again");
                    }
                }
                Err(e) => tracing::error!(error = %e, "cannot read the webhook endpoints; will try again"),
            }
            tokio::select! {
                () = office.webhooks.woken() => tokio::time::sleep(SETTLE).await,
                () = tokio::time::sleep(interval) => {},
            }
        }
    });
    Dispatcher { task }
}
