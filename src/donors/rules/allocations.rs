//! Allocations of contributions to events, never more than a contribution's balance.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QuerySelect, TransactionTrait,
};
use serde::Serialize;

use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::db::Db;
use crate::donors::EarmarkKind;
use crate::donors::money::Currency;
use crate::entities::{allocation, contribution, event, series};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::events::rules::managed_event;

/// Audit snapshot of an allocation.
#[derive(Serialize)]
struct AllocationSnapshot {
    contribution_id: i32,
    event_id: i32,
    amount_minor: i64,
    usd_minor: i64,
}

/// Whether a contribution's earmarking allows spending it on `event`.
pub(super) async fn earmark_allows<C: ConnectionTrait>(
    db: &C,
    c: &contribution::Model,
    event: &event::Model,
) -> Result<bool> {
    let code = c.earmark_ref.as_deref().unwrap_or_default();
    Ok(match c.earmark_kind {
        EarmarkKind::Unearmarked => true,
        EarmarkKind::Programme => event.programme_code == code,
        EarmarkKind::Unit => event.unit_code == code,
        EarmarkKind::Event => event.id.to_string() == code,
        EarmarkKind::Series => match event.series_id {
            Some(id) => series::Entity::find_by_id(id).one(db).await?.is_some_and(|s| s.code == code),
            None => false,
        },
    })
}

/// Allocates part of a contribution to an event. The balance is taken by one conditional
/// update (`allocated + amount <= amount`), so concurrent allocations can never together
/// exceed the contribution, on SQLite as on PostgreSQL.
pub async fn allocate(
    db: &Db,
    staff: &StaffUser,
    event_id: i32,
    contribution_id: &str,
    amount: &str,
    now: DateTime<Utc>,
) -> Result<i32> {
    let contribution_id: i32 = contribution_id
        .trim()
        .parse()
        .map_err(|_| FieldErrors::single("contribution_id", Msg::new("err-contribution-unknown")))?;
    let event = managed_event(&db.read, staff, event_id).await?;
    let txn = db.write.begin().await?;
    // Locked (PostgreSQL) so a correction of the contribution's currency, rate or earmarking
    // is either wholly before this allocation or wholly after it.
    // An id that names no contribution is invalid input (the document lists those recorded);
    // one whose currency, earmarking or balance does not fit is a clash with it (409).
    let Some(c) = contribution::Entity::find_by_id(contribution_id).lock_exclusive().one(&txn).await? else {
        return Err(FieldErrors::single("contribution_id", Msg::new("err-contribution-unknown")));
    };
    let currency = Currency::parse(&c.currency).map_err(|_| Error::Internal("stored currency".into()))?;
    // Malformed whatever the currency: invalid; too many decimals for this one: a clash with it.
    let amount_minor = currency.parse_amount(amount).map_err(|m| {
        if crate::donors::money::is_amount(amount) {
            FieldErrors::clash("amount", m)
        } else {
            FieldErrors::single("amount", m)
        }
    })?;
    if !earmark_allows(&txn, &c, &event).await? {
        return Err(FieldErrors::clash("contribution_id", Msg::new("err-earmark-mismatch")));
    }
    take_from_balance(&txn, &c, currency, amount_minor, now).await?;
    let usd_minor = currency.to_usd(amount_minor, c.usd_rate_micros);
    let row = allocation::ActiveModel {
        contribution_id: Set(c.id),
        event_id: Set(event_id),
        amount_minor: Set(amount_minor),
        usd_minor: Set(usd_minor),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let snap = AllocationSnapshot { contribution_id: c.id, event_id, amount_minor, usd_minor };
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("allocation.create", "allocation", row.id, None, Some(&snap)),
    )
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

/// Takes `amount_minor` from a contribution's balance by one conditional update, so that
/// concurrent allocations never take more than the amount.
async fn take_from_balance(
    txn: &DatabaseTransaction,
    c: &contribution::Model,
    currency: Currency,
    amount_minor: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let taken = contribution::Entity::update_many()
        .col_expr(
            contribution::Column::AllocatedMinor,
            Expr::col(contribution::Column::AllocatedMinor).add(amount_minor),
        )
        .col_expr(contribution::Column::UpdatedAt, Expr::value(now))
        .filter(contribution::Column::Id.eq(c.id))
        .filter(
            Expr::col(contribution::Column::AllocatedMinor)
                .add(amount_minor)
                .lte(Expr::col(contribution::Column::AmountMinor)),
        )
        .exec(txn)
        .await?;
    if taken.rows_affected != 1 {
        // Read again for the message: another allocation may have just taken the balance.
        let left = contribution::Entity::find_by_id(c.id)
            .one(txn)
            .await?
            .map(|c| c.amount_minor - c.allocated_minor)
            .unwrap_or_default();
        return Err(FieldErrors::clash(
            "amount",
            Msg::new("err-allocation-over-balance").arg("balance", currency.format(left)),
        ));
    }
    Ok(())
}

/// Withdraws an allocation; its amount returns to the contribution's balance.
pub async fn withdraw_allocation(
    db: &Db,
    staff: &StaffUser,
    event_id: i32,
    allocation_id: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    managed_event(&db.read, staff, event_id).await?;
    let txn = db.write.begin().await?;
    let row = allocation::Entity::find_by_id(allocation_id)
        .filter(allocation::Column::EventId.eq(event_id))
        .one(&txn)
        .await?
        .ok_or(Error::NotFound)?;
    // The contribution first, as its correction locks it before its allocations: one order,
    // no deadlock.
    contribution::Entity::find_by_id(row.contribution_id).lock_exclusive().one(&txn).await?;
    let deleted = allocation::Entity::delete_by_id(row.id).exec(&txn).await?;
    if deleted.rows_affected != 1 {
        return Err(Error::NotFound);
    }
    contribution::Entity::update_many()
        .col_expr(
            contribution::Column::AllocatedMinor,
            Expr::col(contribution::Column::AllocatedMinor).sub(row.amount_minor),
        )
        .col_expr(contribution::Column::UpdatedAt, Expr::value(now))
        .filter(contribution::Column::Id.eq(row.contribution_id))
        .exec(&txn)
        .await?;
    let snap = AllocationSnapshot {
        contribution_id: row.contribution_id,
        event_id,
        amount_minor: row.amount_minor,
        usd_minor: row.usd_minor,
    };
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("allocation.withdraw", "allocation", row.id, Some(&snap), None),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
