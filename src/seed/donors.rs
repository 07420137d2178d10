//! The demo's donors (`seeds/demo-donors.toml`): donors, their contacts, their contributions
//! with the allocations to the events they pay for, and each funded event's budget by category.
//! A donor already present (by name) is left as it is; a contact (by address) and an event's
//! budget are added only where missing.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use super::names::Draw;
use super::{SeedReport, bad_seed};
use crate::domain::EventKind;
use crate::donors::money::{Currency, parse_rate};
use crate::donors::{BudgetCategory, DonorKind, EarmarkKind};
use crate::entities::{allocation, contribution, donor, donor_contact, event, event_budget_line};
use crate::error::Result;

const DONORS: &str = include_str!("../../seeds/demo-donors.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    donor: Vec<DonorSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DonorSpec {
    name: String,
    kind: String,
    country: Option<String>,
    contacts: Vec<ContactSpec>,
    contribution: Vec<ContributionSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactSpec {
    name: String,
    email: String,
    language: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContributionSpec {
    currency: String,
    amount: i64,
    usd_rate: String,
    pledged: NaiveDate,
    received: Option<NaiveDate>,
    trust_fund: String,
    earmark: String,
    period: [NaiveDate; 2],
    conditions: String,
    allocations: BTreeMap<String, i64>,
}

/// The share of each category in a funded event's budget, in percent, by kind of event.
fn shares(kind: EventKind) -> [(BudgetCategory, i64); 6] {
    use BudgetCategory::{Experts, Interpretation, Materials, Other, Travel, Venue};
    match kind {
        EventKind::TrainingCourse => {
            [(Travel, 30), (Venue, 20), (Interpretation, 0), (Experts, 35), (Materials, 10), (Other, 5)]
        }
        _ => [(Travel, 50), (Venue, 15), (Interpretation, 15), (Experts, 10), (Materials, 5), (Other, 5)],
    }
}

/// Adds what is missing of the demo's donors, inside the demo's transaction.
pub async fn seed<C: ConnectionTrait>(db: &C, now: DateTime<Utc>, report: &mut SeedReport) -> Result<()> {
    let file: File = toml::from_str(DONORS).map_err(|e| bad_seed("demo-donors.toml", e))?;
    let events: HashMap<String, event::Model> = event::Entity::find()
        .filter(event::Column::SeedKey.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|e| Some((e.seed_key.clone()?, e)))
        .collect();
    // USD allocated to each event, for its budget.
    let mut funded: BTreeMap<String, i64> = BTreeMap::new();
    for d in &file.donor {
        let existing = donor::Entity::find().filter(donor::Column::Name.eq(d.name.as_str())).one(db).await?;
        let donor_id = match existing {
            Some(row) => {
                report.count(false);
                row.id
            }
            None => {
                let id = add_donor(db, d, &events, now).await?;
                report.count(true);
                id
            }
        };
        for c in &d.contacts {
            let known =
                donor_contact::Entity::find().filter(donor_contact::Column::Email.eq(c.email.as_str())).one(db).await?;
            if known.is_none() {
                donor_contact::ActiveModel {
                    donor_id: Set(donor_id),
                    name: Set(c.name.clone()),
                    email: Set(c.email.clone()),
                    language: Set(c.language.clone()),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(db)
                .await?;
            }
            report.count(known.is_none());
        }
        for c in &d.contribution {
            let (currency, rate) = money(c)?;
            for (key, amount) in &c.allocations {
                *funded.entry(key.clone()).or_default() +=
                    currency.to_usd(amount * 10i64.pow(currency.exponent()), rate);
            }
        }
    }
    for (key, usd_minor) in funded {
        let Some(e) = events.get(&key) else { continue };
        let budgeted =
            event_budget_line::Entity::find().filter(event_budget_line::Column::EventId.eq(e.id)).one(db).await?;
        if budgeted.is_none() {
            add_budget(db, e, usd_minor, now).await?;
        }
        report.count(budgeted.is_none());
    }
    Ok(())
}

fn money(c: &ContributionSpec) -> Result<(Currency, i64)> {
    let currency = Currency::parse(&c.currency).map_err(|_| bad_seed("demo-donors.toml", &c.currency))?;
    let rate = parse_rate(&c.usd_rate).map_err(|_| bad_seed("demo-donors.toml", &c.usd_rate))?;
    Ok((currency, rate))
}

async fn add_donor<C: ConnectionTrait>(
    db: &C,
    d: &DonorSpec,
    events: &HashMap<String, event::Model>,
    now: DateTime<Utc>,
) -> Result<i32> {
    let kind: DonorKind = d.kind.parse().map_err(|_| bad_seed(&d.name, "kind"))?;
    let row = donor::ActiveModel {
        name: Set(d.name.clone()),
        kind: Set(kind),
        country_iso3: Set(d.country.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for c in &d.contribution {
        let (currency, rate) = money(c)?;
        let minor = |major: i64| major * 10i64.pow(currency.exponent());
        let (earmark, target) = c.earmark.split_once(':').unwrap_or((c.earmark.as_str(), ""));
        let earmark: EarmarkKind = earmark.parse().map_err(|_| bad_seed(&d.name, &c.earmark))?;
        // An event is earmarked by its id, everything else by its code.
        let target = match earmark {
            EarmarkKind::Unearmarked => None,
            EarmarkKind::Event => Some(events.get(target).ok_or_else(|| bad_seed(&d.name, &c.earmark))?.id.to_string()),
            _ => Some(target.to_owned()),
        };
        let mut allocations = Vec::new();
        for (key, amount) in &c.allocations {
            let e = events.get(key).ok_or_else(|| bad_seed(&d.name, format!("unknown event {key}")))?;
            allocations.push((e.id, minor(*amount)));
        }
        let allocated: i64 = allocations.iter().map(|(_, a)| a).sum();
        if allocated > minor(c.amount) {
            return Err(bad_seed(&d.name, "allocations exceed the contribution"));
        }
        let saved = contribution::ActiveModel {
            donor_id: Set(row.id),
            amount_minor: Set(minor(c.amount)),
            currency: Set(currency.code().to_owned()),
            usd_rate_micros: Set(rate),
            usd_minor: Set(currency.to_usd(minor(c.amount), rate)),
            allocated_minor: Set(allocated),
            pledged_on: Set(c.pledged),
            received_on: Set(c.received),
            trust_fund: Set(c.trust_fund.clone()),
            earmark_kind: Set(earmark),
            earmark_ref: Set(target),
            conditions: Set(c.conditions.clone()),
            period_start: Set(c.period[0]),
            period_end: Set(c.period[1]),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for (event_id, amount) in allocations {
            allocation::ActiveModel {
                contribution_id: Set(saved.id),
                event_id: Set(event_id),
                amount_minor: Set(amount),
                usd_minor: Set(currency.to_usd(amount, rate)),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(row.id)
}

/// A funded event's budget: what was allocated to it, shared among the categories, planned;
/// spent a little under or over (Amman's Arabic interpretation cost more than planned).
async fn add_budget<C: ConnectionTrait>(db: &C, e: &event::Model, usd_minor: i64, now: DateTime<Utc>) -> Result<()> {
    let key = e.seed_key.clone().unwrap_or_default();
    let mut draw = Draw::new(&format!("budget/{key}"));
    for (category, percent) in shares(e.kind) {
        if percent == 0 {
            continue;
        }
        let planned = usd_minor * percent / 100;
        let spent = planned * i64::from(draw.between(88, 103)) / 100;
        let spent =
            if key == "W02" && category == BudgetCategory::Interpretation { planned * 131 / 100 } else { spent };
        event_budget_line::ActiveModel {
            event_id: Set(e.id),
            category: Set(category),
            planned_usd_minor: Set(planned),
            actual_usd_minor: Set(spent),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
