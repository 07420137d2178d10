//! Rules of the funding records: donors, contacts, contributions, allocations and event
//! budgets. Staff (organisers and admins) record donors and contributions; allocations and
//! budgets of an event need the right to manage its programme. Every change is audited.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use serde::Serialize;

use super::input::{BudgetLine, NewContact, NewContribution, NewDonor};
use super::money::Currency;
use super::{DonorKind, EarmarkKind};
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::db::{Db, is_unique_violation};
use crate::entities::{
    allocation, contribution, donor, donor_contact, donor_report_notice, event, event_budget_line, series,
};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::events::rules::managed_event;
use crate::reference::Reference;

/// A donor with its contacts and contributions.
#[derive(Debug, Clone)]
pub struct DonorFile {
    /// The donor.
    pub donor: donor::Model,
    /// Its contacts.
    pub contacts: Vec<donor_contact::Model>,
    /// Its contributions, newest first.
    pub contributions: Vec<contribution::Model>,
}

/// Audit snapshot of a donor.
#[derive(Serialize)]
struct DonorSnapshot<'a> {
    name: &'a str,
    kind: &'a str,
    country: Option<&'a str>,
}

impl<'a> DonorSnapshot<'a> {
    fn of(d: &'a donor::Model) -> Self {
        Self { name: &d.name, kind: &d.kind, country: d.country_iso3.as_deref() }
    }
}

/// Every donor, by name.
pub async fn list_donors<C: ConnectionTrait>(db: &C) -> Result<Vec<donor::Model>> {
    Ok(donor::Entity::find().order_by_asc(donor::Column::Name).all(db).await?)
}

/// Records a new donor; a government's State must be in the reference list.
pub async fn create_donor(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    input: NewDonor,
    now: DateTime<Utc>,
) -> Result<i32> {
    let country = donor_country(reference, &input)?;
    let txn = db.write.begin().await?;
    let row = donor::ActiveModel {
        name: Set(input.name.clone()),
        kind: Set(input.kind.as_str().to_owned()),
        country_iso3: Set(country.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(donor_name_taken)?;
    let snap = DonorSnapshot::of(&row);
    audit::record(&txn, &Actor::staff(staff), now, Change::new("donor.create", "donor", row.id, None, Some(&snap)))
        .await?;
    txn.commit().await?;
    Ok(row.id)
}

/// The stored State of a donor: a government's, which must be in the reference list.
fn donor_country(reference: &Reference, input: &NewDonor) -> Result<Option<String>> {
    if let Some(c) = &input.country
        && !reference.has_country(c.as_str())
    {
        return Err(FieldErrors::single("country", Msg::new("err-country-unknown")));
    }
    Ok(if input.kind == DonorKind::Government { input.country.as_ref().map(|c| c.as_str().to_owned()) } else { None })
}

/// A donor's name is unique: a clash names the field.
fn donor_name_taken(e: sea_orm::DbErr) -> Error {
    if is_unique_violation(&e) { FieldErrors::clash("name", Msg::new("err-donor-exists")) } else { e.into() }
}

/// Corrects a donor's name, kind or State, with the same checks as [`create_donor`].
pub async fn update_donor(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    id: i32,
    input: NewDonor,
    now: DateTime<Utc>,
) -> Result<donor::Model> {
    let country = donor_country(reference, &input)?;
    let txn = db.write.begin().await?;
    let old = donor::Entity::find_by_id(id).one(&txn).await?.ok_or(Error::NotFound)?;
    let mut row: donor::ActiveModel = old.clone().into();
    row.name = Set(input.name);
    row.kind = Set(input.kind.as_str().to_owned());
    row.country_iso3 = Set(country);
    row.updated_at = Set(now);
    let row = row.update(&txn).await.map_err(donor_name_taken)?;
    let change =
        Change::new("donor.update", "donor", id, Some(&DonorSnapshot::of(&old)), Some(&DonorSnapshot::of(&row)));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await?;
    Ok(row)
}

/// One donor with its contacts and contributions.
pub async fn donor_file<C: ConnectionTrait>(db: &C, id: i32) -> Result<DonorFile> {
    let donor = donor::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound)?;
    let contacts = donor_contact::Entity::find()
        .filter(donor_contact::Column::DonorId.eq(id))
        .order_by_asc(donor_contact::Column::Name)
        .all(db)
        .await?;
    let contributions = donor_contributions(db, id).await?;
    Ok(DonorFile { donor, contacts, contributions })
}

/// A donor's contributions, newest pledge first.
pub async fn donor_contributions<C: ConnectionTrait>(db: &C, donor_id: i32) -> Result<Vec<contribution::Model>> {
    Ok(contribution::Entity::find()
        .filter(contribution::Column::DonorId.eq(donor_id))
        .order_by_desc(contribution::Column::PledgedOn)
        .order_by_desc(contribution::Column::Id)
        .all(db)
        .await?)
}

/// Adds a contact to a donor; an address belongs to one contact only.
pub async fn add_contact(
    db: &Db,
    staff: &StaffUser,
    donor_id: i32,
    input: NewContact,
    now: DateTime<Utc>,
) -> Result<i32> {
    let txn = db.write.begin().await?;
    donor::Entity::find_by_id(donor_id).one(&txn).await?.ok_or(Error::NotFound)?;
    let row = donor_contact::ActiveModel {
        donor_id: Set(donor_id),
        name: Set(input.name),
        email: Set(input.email.as_str().to_owned()),
        language: Set(input.language.code().to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| {
        if is_unique_violation(&e) { FieldErrors::clash("email", Msg::new("err-contact-exists")) } else { e.into() }
    })?;
    // The address is personal data: the audit keeps only which donor gained a contact.
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("donor_contact.create", "donor_contact", row.id, None, Some(&donor_id)),
    )
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

/// A contact of `donor_id`; another donor's contact is not found.
async fn contact_of<C: ConnectionTrait>(db: &C, donor_id: i32, contact_id: i32) -> Result<donor_contact::Model> {
    donor_contact::Entity::find_by_id(contact_id)
        .filter(donor_contact::Column::DonorId.eq(donor_id))
        .one(db)
        .await?
        .ok_or(Error::NotFound)
}

/// Audit of a contact's change: ids and which fields changed, never the personal data itself.
#[derive(Serialize)]
struct ContactAudit {
    donor_id: i32,
    changed: Vec<&'static str>,
}

/// Corrects a contact's name, address or language. A new address ends the contact's sessions
/// and unused links: they were given to the old one.
pub async fn update_contact(
    db: &Db,
    staff: &StaffUser,
    donor_id: i32,
    contact_id: i32,
    input: NewContact,
    now: DateTime<Utc>,
) -> Result<donor_contact::Model> {
    let txn = db.write.begin().await?;
    let old = contact_of(&txn, donor_id, contact_id).await?;
    let email = input.email.as_str().to_owned();
    let language = input.language.code().to_owned();
    let changed: Vec<&'static str> =
        [("name", old.name != input.name), ("email", old.email != email), ("language", old.language != language)]
            .into_iter()
            .filter_map(|(field, differs)| differs.then_some(field))
            .collect();
    let mut row: donor_contact::ActiveModel = old.into();
    row.name = Set(input.name);
    row.email = Set(email);
    row.language = Set(language);
    let row = row.update(&txn).await.map_err(|e| {
        if is_unique_violation(&e) { FieldErrors::clash("email", Msg::new("err-contact-exists")) } else { e.into() }
    })?;
    if changed.contains(&"email") {
        super::access::end_contact_access(&txn, contact_id).await?;
    }
    let snap = ContactAudit { donor_id, changed };
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("donor_contact.update", "donor_contact", contact_id, None, Some(&snap)),
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

/// Removes a contact; its sessions and links end in the same transaction, so a removed
/// contact is signed out at once.
pub async fn remove_contact(
    db: &Db,
    staff: &StaffUser,
    donor_id: i32,
    contact_id: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    let txn = db.write.begin().await?;
    contact_of(&txn, donor_id, contact_id).await?;
    super::access::end_contact_access(&txn, contact_id).await?;
    donor_report_notice::Entity::delete_many()
        .filter(donor_report_notice::Column::ContactId.eq(contact_id))
        .exec(&txn)
        .await?;
    let deleted = donor_contact::Entity::delete_by_id(contact_id).exec(&txn).await?;
    if deleted.rows_affected != 1 {
        return Err(Error::NotFound);
    }
    // As on creation, the audit keeps only which donor the contact belonged to.
    audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("donor_contact.delete", "donor_contact", contact_id, Some(&donor_id), None),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

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
    earmark: &'a str,
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
            earmark: &c.earmark_kind,
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
        earmark_kind: Set(input.earmark.as_str().to_owned()),
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
    let kind = c.earmark_kind.parse::<EarmarkKind>().map_err(|_| Error::Internal("stored earmark".into()))?;
    match check_earmark(db, reference, staff, kind, c.earmark_ref.as_deref()).await {
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
    if input.earmark.as_str() != old.earmark_kind || input.earmark_ref != old.earmark_ref {
        let proposed = contribution::Model {
            earmark_kind: input.earmark.as_str().to_owned(),
            earmark_ref: input.earmark_ref.clone(),
            ..old.clone()
        };
        if let Some(title) = excluded_event(&txn, &proposed, &allocations).await? {
            return Err(FieldErrors::clash("earmark", Msg::new("err-earmark-excludes").arg("event", title)));
        }
    }
    let usd_minor = input.currency.to_usd(input.amount_minor, input.usd_rate_micros);
    // Conditional like an allocation's update: whatever the backend's locking, no allocation
    // can end above the amount, nor in another currency.
    let updated = contribution::Entity::update_many()
        .col_expr(contribution::Column::AmountMinor, Expr::value(input.amount_minor))
        .col_expr(contribution::Column::Currency, Expr::value(input.currency.code()))
        .col_expr(contribution::Column::UsdRateMicros, Expr::value(input.usd_rate_micros))
        .col_expr(contribution::Column::UsdMinor, Expr::value(usd_minor))
        .col_expr(contribution::Column::PledgedOn, Expr::value(input.pledged_on))
        .col_expr(contribution::Column::ReceivedOn, Expr::value(input.received_on))
        .col_expr(contribution::Column::TrustFund, Expr::value(input.trust_fund))
        .col_expr(contribution::Column::EarmarkKind, Expr::value(input.earmark.as_str()))
        .col_expr(contribution::Column::EarmarkRef, Expr::value(input.earmark_ref))
        .col_expr(contribution::Column::Conditions, Expr::value(input.conditions))
        .col_expr(contribution::Column::PeriodStart, Expr::value(input.period.0))
        .col_expr(contribution::Column::PeriodEnd, Expr::value(input.period.1))
        .col_expr(contribution::Column::UpdatedAt, Expr::value(now))
        .filter(contribution::Column::Id.eq(old.id))
        .filter(contribution::Column::AllocatedMinor.lte(input.amount_minor))
        .filter(
            Condition::any()
                .add(contribution::Column::Currency.eq(input.currency.code()))
                .add(contribution::Column::AllocatedMinor.eq(0)),
        )
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        // Allocated meanwhile: say what now stands in the way.
        let allocated =
            contribution::Entity::find_by_id(old.id).one(&txn).await?.ok_or(Error::NotFound)?.allocated_minor;
        return Err(if allocated > input.amount_minor { below(allocated) } else { fixed() });
    }
    if input.usd_rate_micros != old.usd_rate_micros {
        // As `allocate` computes them: the allocation's amount at the contribution's rate.
        for a in &allocations {
            allocation::Entity::update_many()
                .col_expr(
                    allocation::Column::UsdMinor,
                    Expr::value(input.currency.to_usd(a.amount_minor, input.usd_rate_micros)),
                )
                .filter(allocation::Column::Id.eq(a.id))
                .exec(&txn)
                .await?;
        }
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

/// Audit snapshot of an allocation.
#[derive(Serialize)]
struct AllocationSnapshot {
    contribution_id: i32,
    event_id: i32,
    amount_minor: i64,
    usd_minor: i64,
}

/// Whether a contribution's earmarking allows spending it on `event`.
async fn earmark_allows<C: ConnectionTrait>(db: &C, c: &contribution::Model, event: &event::Model) -> Result<bool> {
    let code = c.earmark_ref.as_deref().unwrap_or_default();
    Ok(match c.earmark_kind.parse::<EarmarkKind>().unwrap_or(EarmarkKind::Unearmarked) {
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
        if super::money::is_amount(amount) { FieldErrors::clash("amount", m) } else { FieldErrors::single("amount", m) }
    })?;
    if !earmark_allows(&txn, &c, &event).await? {
        return Err(FieldErrors::clash("contribution_id", Msg::new("err-earmark-mismatch")));
    }
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
        .exec(&txn)
        .await?;
    if taken.rows_affected != 1 {
        // Read again for the message: another allocation may have just taken the balance.
        let left = contribution::Entity::find_by_id(c.id)
            .one(&txn)
            .await?
            .map(|c| c.amount_minor - c.allocated_minor)
            .unwrap_or_default();
        return Err(FieldErrors::clash(
            "amount",
            Msg::new("err-allocation-over-balance").arg("balance", currency.format(left)),
        ));
    }
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
        .filter(event_budget_line::Column::Category.eq(line.category.as_str()))
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
                category: Set(line.category.as_str().to_owned()),
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

/// One allocation to an event, with where the money comes from.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FundingSource {
    /// Allocation id.
    pub allocation_id: i32,
    /// Contribution id.
    pub contribution_id: i32,
    /// Donor id.
    pub donor_id: i32,
    /// Donor name.
    pub donor: String,
    /// Trust fund or project code.
    pub trust_fund: String,
    /// Currency of the contribution.
    pub currency: String,
    /// Amount in the contribution's minor units.
    pub amount_minor: i64,
    /// USD equivalent in cents.
    pub usd_minor: i64,
}

/// How an event is funded: the regular budget, or extrabudgetary contributions.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EventFunding {
    /// Event id.
    pub event_id: i32,
    /// `regular_budget` when no contribution is allocated, otherwise `extrabudgetary`.
    pub funding: String,
    /// The allocations.
    pub sources: Vec<FundingSource>,
    /// Budget by category: (category, planned USD cents, actual USD cents).
    pub budget: Vec<BudgetRow>,
}

/// One category of an event's budget.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct BudgetRow {
    /// Category code.
    pub category: String,
    /// Planned, USD cents.
    pub planned_usd_minor: i64,
    /// Spent, USD cents.
    pub actual_usd_minor: i64,
}

/// The funding of an event, for staff who may manage it.
pub async fn event_funding<C: ConnectionTrait>(db: &C, staff: &StaffUser, event_id: i32) -> Result<EventFunding> {
    managed_event(db, staff, event_id).await?;
    let allocations = allocation::Entity::find()
        .filter(allocation::Column::EventId.eq(event_id))
        .order_by_asc(allocation::Column::Id)
        .all(db)
        .await?;
    let mut sources = Vec::with_capacity(allocations.len());
    for a in allocations {
        let Some(c) = contribution::Entity::find_by_id(a.contribution_id).one(db).await? else { continue };
        let donor = donor::Entity::find_by_id(c.donor_id).one(db).await?.map(|d| d.name).unwrap_or_default();
        sources.push(FundingSource {
            allocation_id: a.id,
            contribution_id: c.id,
            donor_id: c.donor_id,
            donor,
            trust_fund: c.trust_fund,
            currency: c.currency,
            amount_minor: a.amount_minor,
            usd_minor: a.usd_minor,
        });
    }
    let budget = event_budget_line::Entity::find()
        .filter(event_budget_line::Column::EventId.eq(event_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| BudgetRow {
            category: l.category,
            planned_usd_minor: l.planned_usd_minor,
            actual_usd_minor: l.actual_usd_minor,
        })
        .collect();
    let funding = if sources.is_empty() { "regular_budget" } else { "extrabudgetary" };
    Ok(EventFunding { event_id, funding: funding.to_owned(), sources, budget })
}

/// Contributions an allocation to `event_id` may draw on (with a balance left), for the form.
pub async fn open_contributions<C: ConnectionTrait>(db: &C) -> Result<Vec<(contribution::Model, String)>> {
    let rows = contribution::Entity::find()
        .filter(Expr::col(contribution::Column::AllocatedMinor).lt(Expr::col(contribution::Column::AmountMinor)))
        .order_by_asc(contribution::Column::Id)
        .all(db)
        .await?;
    let donors = list_donors(db).await?;
    Ok(rows
        .into_iter()
        .map(|c| {
            let name = donors.iter().find(|d| d.id == c.donor_id).map(|d| d.name.clone()).unwrap_or_default();
            (c, name)
        })
        .collect())
}
