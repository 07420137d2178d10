//! Contributions: pledged, received, earmarked, corrected while what is allocated allows it.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use serde::Serialize;

use super::allocations::earmark_allows;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::db::Db;
use crate::donors::EarmarkKind;
use crate::donors::input::NewContribution;
use crate::donors::money::Currency;
use crate::entities::{allocation, contribution, donor, event, series};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::reference::Reference;

/// Audit snapshot of a contribution.
#[derive(Serialize)]
struct ContributionSnapshot<'a> {
    donor_id: i32,
    amount_minor: i64,
    currency: &'a str,
    usd_rate_micros: i64,
    usd_minor: i64,
    allocated_minor: i64,
    pledged_on: chrono::NaiveDate,
    received_on: Option<chrono::NaiveDate>,
    trust_fund: &'a str,
    earmark: EarmarkKind,
    earmark_ref: Option<&'a str>,
    conditions: &'a str,
    period_start: chrono::NaiveDate,
    period_end: chrono::NaiveDate,
}

impl<'a> ContributionSnapshot<'a> {
    fn of(c: &'a contribution::Model) -> Self {
        Self {
            donor_id: c.donor_id,
            amount_minor: c.amount_minor,
            currency: &c.currency,
            usd_rate_micros: c.usd_rate_micros,
            usd_minor: c.usd_minor,
            allocated_minor: c.allocated_minor,
            pledged_on: c.pledged_on,
            received_on: c.received_on,
            trust_fund: &c.trust_fund,
            earmark: c.earmark_kind,
            earmark_ref: c.earmark_ref.as_deref(),
            conditions: &c.conditions,
            period_start: c.period_start,
            period_end: c.period_end,
        }
    }
}

/// Checks what a contribution is earmarked to, and that an organiser may fund it.
async fn check_earmark<C: ConnectionTrait>(
    db: &C,
    reference: &Reference,
    staff: &StaffUser,
    kind: EarmarkKind,
    reference_code: Option<&str>,
) -> Result<()> {
    let bad = || FieldErrors::single("earmark_ref", Msg::new("err-earmark-unknown"));
    let code = reference_code.unwrap_or_default();
    let programme = match kind {
        EarmarkKind::Unearmarked => return Ok(()),
        EarmarkKind::Unit => return if reference.has_unit(code) { Ok(()) } else { Err(bad()) },
        EarmarkKind::Programme => reference.has_programme(code).then(|| code.to_owned()).ok_or_else(bad)?,
        EarmarkKind::Series => {
            series::Entity::find().filter(series::Column::Code.eq(code)).one(db).await?.ok_or_else(bad)?.programme_code
        }
        EarmarkKind::Event => {
            let id: i32 = code.parse().map_err(|_| bad())?;
            event::Entity::find_by_id(id).one(db).await?.ok_or_else(bad)?.programme_code
        }
    };
    if staff.can_manage(&programme) { Ok(()) } else { Err(Error::Forbidden) }
}

/// Records a contribution of `donor_id`, with its USD equivalent at the recorded rate.
pub async fn create_contribution(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    donor_id: i32,
    input: NewContribution,
    now: DateTime<Utc>,
) -> Result<i32> {
    let txn = db.write.begin().await?;
    donor::Entity::find_by_id(donor_id).one(&txn).await?.ok_or(Error::NotFound)?;
    check_earmark(&txn, reference, staff, input.earmark, input.earmark_ref.as_deref()).await?;
    let usd_minor = input.currency.to_usd(input.amount_minor, input.usd_rate_micros);
    let row = contribution::ActiveModel {
        donor_id: Set(donor_id),
        amount_minor: Set(input.amount_minor),
        currency: Set(input.currency.code().to_owned()),
        usd_rate_micros: Set(input.usd_rate_micros),
        usd_minor: Set(usd_minor),
        allocated_minor: Set(0),
        pledged_on: Set(input.pledged_on),
        received_on: Set(input.received_on),
        trust_fund: Set(input.trust_fund),
        earmark_kind: Set(input.earmark),
        earmark_ref: Set(input.earmark_ref),
        conditions: Set(input.conditions),
        period_start: Set(input.period.0),
        period_end: Set(input.period.1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let snap = ContributionSnapshot::of(&row);
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("contribution.create", "contribution", row.id, None, Some(&snap)),
    )
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

/// A contribution of `donor_id`; another donor's contribution is not found.
fn contribution_of(donor_id: i32, contribution_id: i32) -> sea_orm::Select<contribution::Entity> {
    contribution::Entity::find_by_id(contribution_id).filter(contribution::Column::DonorId.eq(donor_id))
}

/// An organiser changes only a contribution they could have recorded: unearmarked, or
/// earmarked within their programmes (the rule of [`check_earmark`]).
async fn check_may_change<C: ConnectionTrait>(
    db: &C,
    reference: &Reference,
    staff: &StaffUser,
    c: &contribution::Model,
) -> Result<()> {
    match check_earmark(db, reference, staff, c.earmark_kind, c.earmark_ref.as_deref()).await {
        // What it is earmarked to no longer resolves to a programme: only an admin may say.
        Err(Error::Invalid(_)) if !staff.is_admin() => Err(Error::Forbidden),
        Err(Error::Invalid(_)) => Ok(()),
        other => other,
    }
}

/// A contribution with its donor and the events it funds, for its page.
#[derive(Debug, Clone)]
pub struct ContributionFile {
    /// The donor.
    pub donor: donor::Model,
    /// The contribution.
    pub contribution: contribution::Model,
    /// Its allocations, each with its event's title.
    pub allocations: Vec<(allocation::Model, String)>,
}

/// One contribution of `donor_id` with its allocations.
pub async fn contribution_file<C: ConnectionTrait>(
    db: &C,
    donor_id: i32,
    contribution_id: i32,
) -> Result<ContributionFile> {
    let donor = donor::Entity::find_by_id(donor_id).one(db).await?.ok_or(Error::NotFound)?;
    let contribution = contribution_of(donor_id, contribution_id).one(db).await?.ok_or(Error::NotFound)?;
    let rows = allocation::Entity::find()
        .filter(allocation::Column::ContributionId.eq(contribution.id))
        .order_by_asc(allocation::Column::Id)
        .all(db)
        .await?;
    let mut allocations = Vec::with_capacity(rows.len());
    for a in rows {
        let title = event::Entity::find_by_id(a.event_id).one(db).await?.map(|e| e.title).unwrap_or_default();
        allocations.push((a, title));
    }
    Ok(ContributionFile { donor, contribution, allocations })
}

/// The title of the first event funded by `allocations` that `c`'s earmarking does not allow.
async fn excluded_event<C: ConnectionTrait>(
    db: &C,
    c: &contribution::Model,
    allocations: &[allocation::Model],
) -> Result<Option<String>> {
    for a in allocations {
        let event = event::Entity::find_by_id(a.event_id)
            .one(db)
            .await?
            .ok_or_else(|| Error::Internal("allocation without its event".into()))?;
        if !earmark_allows(db, c, &event).await? {
            return Ok(Some(event.title));
        }
    }
    Ok(None)
}

/// Corrects a contribution (most often: records that a pledge was received) with the checks
/// of [`create_contribution`], and keeps its allocations whole: the amount never below what
/// is allocated, the currency fixed once anything is allocated (allocations are in it), an
/// earmarking that still allows every funded event. The USD equivalents follow the rate.
pub async fn update_contribution(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    donor_id: i32,
    contribution_id: i32,
    input: NewContribution,
    now: DateTime<Utc>,
) -> Result<contribution::Model> {
    let txn = db.write.begin().await?;
    // The row lock (PostgreSQL; SQLite has one writer) holds allocations back until this
    // commits, so the checks below see every allocation and none is made on the old terms.
    let old = contribution_of(donor_id, contribution_id).lock_exclusive().one(&txn).await?.ok_or(Error::NotFound)?;
    check_may_change(&txn, reference, staff, &old).await?;
    check_earmark(&txn, reference, staff, input.earmark, input.earmark_ref.as_deref()).await?;
    let allocations = allocation::Entity::find()
        .filter(allocation::Column::ContributionId.eq(old.id))
        .order_by_asc(allocation::Column::Id)
        .all(&txn)
        .await?;
    let stored = Currency::parse(&old.currency).map_err(|_| Error::Internal("stored currency".into()))?;
    let below = |allocated: i64| {
        FieldErrors::clash("amount", Msg::new("err-amount-below-allocated").arg("allocated", stored.format(allocated)))
    };
    let fixed = || FieldErrors::clash("currency", Msg::new("err-currency-allocated").arg("currency", stored.code()));
    if input.amount_minor < old.allocated_minor {
        return Err(below(old.allocated_minor));
    }
    if input.currency != stored && old.allocated_minor > 0 {
        return Err(fixed());
    }
    if input.earmark != old.earmark_kind || input.earmark_ref != old.earmark_ref {
        let proposed =
            contribution::Model { earmark_kind: input.earmark, earmark_ref: input.earmark_ref.clone(), ..old.clone() };
        if let Some(title) = excluded_event(&txn, &proposed, &allocations).await? {
            return Err(FieldErrors::clash("earmark", Msg::new("err-earmark-excludes").arg("event", title)));
        }
    }
    let usd_minor = input.currency.to_usd(input.amount_minor, input.usd_rate_micros);
    let updated = corrected(old.id, &input, usd_minor, now).exec(&txn).await?;
    if updated.rows_affected != 1 {
        // Allocated meanwhile: say what now stands in the way.
        let allocated =
            contribution::Entity::find_by_id(old.id).one(&txn).await?.ok_or(Error::NotFound)?.allocated_minor;
        return Err(if allocated > input.amount_minor { below(allocated) } else { fixed() });
    }
    if input.usd_rate_micros != old.usd_rate_micros {
        restate_in_usd(&txn, &allocations, input.currency, input.usd_rate_micros).await?;
    }
    let row = contribution::Entity::find_by_id(old.id).one(&txn).await?.ok_or(Error::NotFound)?;
    let change = Change::new(
        "contribution.update",
        "contribution",
        row.id,
        Some(&ContributionSnapshot::of(&old)),
        Some(&ContributionSnapshot::of(&row)),
    );
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await?;
    Ok(row)
}

/// The correction of contribution `id` as one conditional update: whatever the backend's
/// locking, no allocation can end above the amount, nor in another currency.
fn corrected(
    id: i32,
    input: &NewContribution,
    usd_minor: i64,
    now: DateTime<Utc>,
) -> sea_orm::UpdateMany<contribution::Entity> {
    contribution::Entity::update_many()
        .col_expr(contribution::Column::AmountMinor, Expr::value(input.amount_minor))
        .col_expr(contribution::Column::Currency, Expr::value(input.currency.code()))
        .col_expr(contribution::Column::UsdRateMicros, Expr::value(input.usd_rate_micros))
        .col_expr(contribution::Column::UsdMinor, Expr::value(usd_minor))
        .col_expr(contribution::Column::PledgedOn, Expr::value(input.pledged_on))
        .col_expr(contribution::Column::ReceivedOn, Expr::value(input.received_on))
        .col_expr(contribution::Column::TrustFund, Expr::value(input.trust_fund.clone()))
        .col_expr(contribution::Column::EarmarkKind, Expr::value(input.earmark))
        .col_expr(contribution::Column::EarmarkRef, Expr::value(input.earmark_ref.clone()))
        .col_expr(contribution::Column::Conditions, Expr::value(input.conditions.clone()))
        .col_expr(contribution::Column::PeriodStart, Expr::value(input.period.0))
        .col_expr(contribution::Column::PeriodEnd, Expr::value(input.period.1))
        .col_expr(contribution::Column::UpdatedAt, Expr::value(now))
        .filter(contribution::Column::Id.eq(id))
        .filter(contribution::Column::AllocatedMinor.lte(input.amount_minor))
        .filter(
            Condition::any()
                .add(contribution::Column::Currency.eq(input.currency.code()))
                .add(contribution::Column::AllocatedMinor.eq(0)),
        )
}

/// Restates allocations in USD at a contribution's new rate, as `allocate` computes them: the
/// allocation's amount at the contribution's rate.
async fn restate_in_usd(
    txn: &sea_orm::DatabaseTransaction,
    allocations: &[allocation::Model],
    currency: Currency,
    usd_rate_micros: i64,
) -> Result<()> {
    for a in allocations {
        allocation::Entity::update_many()
            .col_expr(allocation::Column::UsdMinor, Expr::value(currency.to_usd(a.amount_minor, usd_rate_micros)))
            .filter(allocation::Column::Id.eq(a.id))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// Deletes a contribution recorded in error. Nothing may be allocated from it: the delete is
/// conditional, so an allocation made meanwhile turns it into a refusal, never an orphan.
pub async fn delete_contribution(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    donor_id: i32,
    contribution_id: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    let txn = db.write.begin().await?;
    let old = contribution_of(donor_id, contribution_id).one(&txn).await?.ok_or(Error::NotFound)?;
    check_may_change(&txn, reference, staff, &old).await?;
    let deleted = contribution::Entity::delete_many()
        .filter(contribution::Column::Id.eq(old.id))
        .filter(contribution::Column::AllocatedMinor.eq(0))
        .exec(&txn)
        .await?;
    if deleted.rows_affected != 1 {
        let now_allocated = contribution::Entity::find_by_id(old.id).one(&txn).await?.ok_or(Error::NotFound)?;
        let currency = Currency::parse(&old.currency).map_err(|_| Error::Internal("stored currency".into()))?;
        return Err(Error::Conflict(
            Msg::new("err-contribution-allocated").arg("allocated", currency.format(now_allocated.allocated_minor)),
        ));
    }
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("contribution.delete", "contribution", old.id, Some(&ContributionSnapshot::of(&old)), None),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
