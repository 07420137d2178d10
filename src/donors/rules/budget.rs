//! An event's budget lines: planned and actual spending by category.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};
use serde::Serialize;

use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::db::Db;
use crate::donors::input::BudgetLine;
use crate::entities::event_budget_line;
use crate::error::Result;
use crate::events::rules::managed_event;

/// Audit snapshot of a budget line.
#[derive(Serialize)]
struct BudgetSnapshot<'a> {
    event_id: i32,
    category: &'a str,
    planned_usd_minor: i64,
    actual_usd_minor: i64,
}

/// Sets the planned and actual amounts of one category of an event's budget.
pub async fn set_budget_line(
    db: &Db,
    staff: &StaffUser,
    event_id: i32,
    line: BudgetLine,
    now: DateTime<Utc>,
) -> Result<()> {
    managed_event(&db.read, staff, event_id).await?;
    let txn = db.write.begin().await?;
    let existing = event_budget_line::Entity::find()
        .filter(event_budget_line::Column::EventId.eq(event_id))
        .filter(event_budget_line::Column::Category.eq(line.category))
        .one(&txn)
        .await?;
    let before = existing.as_ref().map(|e| BudgetSnapshot {
        event_id,
        category: line.category.as_str(),
        planned_usd_minor: e.planned_usd_minor,
        actual_usd_minor: e.actual_usd_minor,
    });
    let id = match existing {
        Some(e) => {
            let mut m: event_budget_line::ActiveModel = e.into();
            m.planned_usd_minor = Set(line.planned_usd_minor);
            m.actual_usd_minor = Set(line.actual_usd_minor);
            m.updated_at = Set(now);
            m.update(&txn).await?.id
        }
        None => {
            event_budget_line::ActiveModel {
                event_id: Set(event_id),
                category: Set(line.category),
                planned_usd_minor: Set(line.planned_usd_minor),
                actual_usd_minor: Set(line.actual_usd_minor),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?
            .id
        }
    };
    let after = BudgetSnapshot {
        event_id,
        category: line.category.as_str(),
        planned_usd_minor: line.planned_usd_minor,
        actual_usd_minor: line.actual_usd_minor,
    };
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("budget_line.set", "event_budget_line", id, before.as_ref(), Some(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
