//! The erasure of an event's personal data: by the daily job for every event past its
//! retention period, or early by an admin for one event the next run would erase. Each event
//! erased is one audit entry with the counts of what went, never the data.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde::Serialize;

use super::Counts;
use super::plan::{self, DueEvent, kept_until, next_run};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::entities::{audit_entry, event};
use crate::error::{Error, Msg, Result};
use crate::privacy::store::{self, Scope};

/// The audit action of an event's erasure.
pub(super) const ERASE_EVENT: &str = "privacy.erase_event";

/// What the audit entry of an event's erasure records: what started it, and the counts.
#[derive(Debug, Serialize)]
struct Record {
    /// `schedule` (the job) or `early` (an admin).
    trigger: &'static str,
    counts: Counts,
}

/// Who the job is in the audit log.
fn job() -> Actor {
    Actor { user_id: None, label: "job privacy_erasure".to_owned() }
}

/// The job: erases every event past its retention period at `now`; returns how many events.
pub async fn erase_due(office: &Office, now: DateTime<Utc>) -> Result<u64> {
    let plan = plan::plan(&office.db.read, &office.settings.privacy, now).await?;
    let mut erased = 0;
    for due in &plan.due {
        let counts = erase(office, &job(), due.id, &plan.kept, "schedule", now).await?;
        if !counts.is_empty() {
            tracing::info!(event.id = due.id, privacy.registrations = counts.registrations, "personal data erased");
            erased += 1;
        }
    }
    Ok(erased)
}

/// Event `event_id` as the next run would erase it, for an admin's early run: unknown → not
/// found; still within its retention period then, or with nothing left to erase → refused,
/// saying why.
pub async fn due_event(office: &Office, event_id: i32, now: DateTime<Utc>) -> Result<(DueEvent, Vec<i32>)> {
    let at = next_run(office, now);
    let e = event::Entity::find_by_id(event_id).one(&office.db.read).await?.ok_or(Error::NotFound)?;
    let until = kept_until(e.end_date, e.retention_months, office.settings.privacy.retention_months);
    if until >= at.date_naive() {
        return Err(Error::Conflict(Msg::new("privacy-err-not-due").arg("date", until)));
    }
    let (_, kept) = plan::split(&office.db.read, &office.settings.privacy, at).await?;
    let with_lists = !office.settings.privacy.keep_issued_lists;
    let counts = store::remaining(&office.db.read, &[event_id], &kept, with_lists).await?.remove(&event_id);
    let Some(counts) = counts.filter(|c| !c.is_empty()) else {
        return Err(Error::Conflict(Msg::new("privacy-err-nothing-left")));
    };
    let due = DueEvent {
        id: e.id,
        title: e.title,
        start_date: e.start_date,
        end_date: e.end_date,
        precision: e.date_precision,
        kept_until: until,
        counts,
    };
    Ok((due, kept))
}

/// An admin's early run for one event: erases it now if the next run would (see
/// [`due_event`]); returns what went.
pub async fn erase_event(office: &Office, admin: &StaffUser, event_id: i32, now: DateTime<Utc>) -> Result<Counts> {
    let (_, kept) = due_event(office, event_id, now).await?;
    erase(office, &Actor::staff(admin), event_id, &kept, "early", now).await
}

/// Erases event `event_id` in one transaction with its audit entry; the people of the event
/// linked to none of the events `kept` go with it. Nothing to erase: nothing written.
async fn erase(
    office: &Office,
    actor: &Actor,
    event_id: i32,
    kept: &[i32],
    trigger: &'static str,
    now: DateTime<Utc>,
) -> Result<Counts> {
    let txn = office.db.write.begin().await?;
    let people = store::people_of_event(&txn, event_id, kept).await?;
    let delete_lists = !office.settings.privacy.keep_issued_lists;
    let counts = store::erase(&txn, Scope::Event(event_id), &people, delete_lists, now).await?;
    if counts.is_empty() {
        return Ok(counts);
    }
    let record = Record { trigger, counts };
    audit::record(&txn, actor, now, Change::new(ERASE_EVENT, "event", event_id, None, Some(&record))).await?;
    txn.commit().await?;
    Ok(counts)
}

/// When the latest erasure recorded as `action` of `entity` `id` ran, and what it erased.
pub(super) async fn last_erasure<C: ConnectionTrait>(
    db: &C,
    action: &str,
    entity: &str,
    id: i32,
) -> Result<Option<(DateTime<Utc>, Counts)>> {
    let entry = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .filter(audit_entry::Column::Entity.eq(entity))
        .filter(audit_entry::Column::EntityId.eq(id.to_string()))
        .order_by_desc(audit_entry::Column::Id)
        .one(db)
        .await?;
    Ok(entry.and_then(|e| {
        let after: serde_json::Value = serde_json::from_str(e.after.as_deref()?).ok()?;
        let counts = serde_json::from_value(after.get("counts")?.clone()).ok()?;
        Some((e.at, counts))
    }))
}
