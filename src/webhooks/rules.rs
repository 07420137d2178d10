//! The admin's actions on webhook endpoints: list, add, edit (disable), delete, read the log
//! of deliveries and send one again. Each change is audited (never the secret) and refreshes
//! this instance's "any endpoint?" flag; other instances see it at their dispatcher's tick.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, TransactionTrait,
};
use serde::Serialize;

use super::input::{NewEndpoint, kinds_of, stored_kinds};
use super::store;
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::{StaffUser, tokens};
use crate::domain::WebhookKind;
use crate::entities::{webhook_delivery, webhook_endpoint};
use crate::error::{Error, Result};

/// Deliveries per page of an endpoint's log.
pub const PER_PAGE: u64 = 50;

/// What the audit log keeps of an endpoint: everything but its secret.
#[derive(Debug, Clone, Serialize)]
struct Record<'a> {
    url: &'a str,
    description: &'a str,
    programme_code: Option<&'a str>,
    event_types: Vec<WebhookKind>,
    personal_data: bool,
    active: bool,
}

fn record_of(e: &webhook_endpoint::Model) -> Record<'_> {
    Record {
        url: &e.url,
        description: &e.description,
        programme_code: e.programme_code.as_deref(),
        event_types: kinds_of(&e.event_types),
        personal_data: e.personal_data,
        active: e.active,
    }
}

/// Every endpoint, oldest first.
pub async fn list(office: &Office) -> Result<Vec<webhook_endpoint::Model>> {
    store::endpoints(&office.db.read).await
}

/// Every endpoint with its number of deliveries in each state (what `convene webhooks list`
/// prints).
pub async fn overview(
    office: &Office,
) -> Result<Vec<(webhook_endpoint::Model, Vec<(crate::domain::WebhookDeliveryState, i64)>)>> {
    let counts = store::counts(&office.db.read).await?;
    Ok(store::endpoints(&office.db.read)
        .await?
        .into_iter()
        .map(|e| {
            let mine = counts.iter().filter(|(id, _, _)| *id == e.id).map(|(_, s, n)| (*s, *n)).collect();
            (e, mine)
        })
        .collect())
}

/// One endpoint.
pub async fn get(office: &Office, id: i32) -> Result<webhook_endpoint::Model> {
    webhook_endpoint::Entity::find_by_id(id).one(&office.db.read).await?.ok_or(Error::NotFound)
}

/// Registers an endpoint with a new secret (256 random bits), which signs its deliveries.
pub async fn create(
    office: &Office,
    admin: &StaffUser,
    new: NewEndpoint,
    now: DateTime<Utc>,
) -> Result<webhook_endpoint::Model> {
    if !admin.is_admin() {
        return Err(Error::Forbidden);
    }
    let row = webhook_endpoint::ActiveModel {
        url: Set(new.url.to_string()),
        secret: Set(format!("whsec_{}", tokens::generate()?)),
        event_types: Set(stored_kinds(&new.kinds)),
        programme_code: Set(new.programme_code),
        personal_data: Set(new.personal_data),
        active: Set(new.active),
        description: Set(new.description),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let txn = office.db.write.begin().await?;
    let created = row.insert(&txn).await?;
    let after = record_of(&created);
    audit::record(
        &txn,
        &Actor::staff(admin),
        now,
        Change::new("webhook.create", "webhook", created.id, None, Some(&after)),
    )
    .await?;
    txn.commit().await?;
    office.webhooks.refresh(&office.db.write).await?;
    Ok(created)
}

/// Changes an endpoint (disabling it pauses its deliveries; they wait, and go once it is on).
pub async fn update(
    office: &Office,
    admin: &StaffUser,
    id: i32,
    new: NewEndpoint,
    now: DateTime<Utc>,
) -> Result<webhook_endpoint::Model> {
    if !admin.is_admin() {
        return Err(Error::Forbidden);
    }
    let txn = office.db.write.begin().await?;
    let before = webhook_endpoint::Entity::find_by_id(id).one(&txn).await?.ok_or(Error::NotFound)?;
    let mut row = before.clone().into_active_model();
    row.url = Set(new.url.to_string());
    row.event_types = Set(stored_kinds(&new.kinds));
    row.programme_code = Set(new.programme_code);
    row.personal_data = Set(new.personal_data);
    row.active = Set(new.active);
    row.description = Set(new.description);
    row.updated_at = Set(now);
    let after = row.update(&txn).await?;
    let change = Change::new("webhook.update", "webhook", id, Some(&record_of(&before)), Some(&record_of(&after)));
    audit::record(&txn, &Actor::staff(admin), now, change).await?;
    txn.commit().await?;
    office.webhooks.refresh(&office.db.write).await?;
    Ok(after)
}

/// Deletes an endpoint and its log.
pub async fn delete(office: &Office, admin: &StaffUser, id: i32, now: DateTime<Utc>) -> Result<()> {
    if !admin.is_admin() {
        return Err(Error::Forbidden);
    }
    let txn = office.db.write.begin().await?;
    let before = webhook_endpoint::Entity::find_by_id(id).one(&txn).await?.ok_or(Error::NotFound)?;
    // The log goes with it (also by the foreign key, which SQLite enforces only when asked).
    webhook_delivery::Entity::delete_many().filter(webhook_delivery::Column::EndpointId.eq(id)).exec(&txn).await?;
    webhook_endpoint::Entity::delete_by_id(id).exec(&txn).await?;
    let change = Change::new("webhook.delete", "webhook", id, Some(&record_of(&before)), None);
    audit::record(&txn, &Actor::staff(admin), now, change).await?;
    txn.commit().await?;
    office.webhooks.refresh(&office.db.write).await?;
    Ok(())
}

/// An endpoint's log: one page of its deliveries, newest first, and the number of pages.
pub struct Log {
    /// The endpoint.
    pub endpoint: webhook_endpoint::Model,
    /// The deliveries of this page.
    pub deliveries: Vec<webhook_delivery::Model>,
    /// This page's number.
    pub page: u64,
    /// How many pages there are.
    pub pages: u64,
}

/// One page of an endpoint's deliveries.
pub async fn log(office: &Office, id: i32, page: u64) -> Result<Log> {
    let endpoint = get(office, id).await?;
    let (deliveries, pages) = store::deliveries(&office.db.read, id, page.max(1), PER_PAGE).await?;
    Ok(Log { endpoint, deliveries, page: page.max(1), pages })
}

/// Sends a delivery again at once, with the same id (the receiver deduplicates by it).
pub async fn redeliver(
    office: &Office,
    admin: &StaffUser,
    endpoint_id: i32,
    id: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    if !admin.is_admin() {
        return Err(Error::Forbidden);
    }
    let txn = office.db.write.begin().await?;
    if !store::redeliver(&txn, endpoint_id, id, now).await? {
        return Err(Error::NotFound);
    }
    let change = Change::new::<()>("webhook.redeliver", "webhook_delivery", id, None, None);
    audit::record(&txn, &Actor::staff(admin), now, change).await?;
    txn.commit().await?;
    office.webhooks.wake();
    Ok(())
}
