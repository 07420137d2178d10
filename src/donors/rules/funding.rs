//! An event's funding as its page and the API show it: sources, budget and open contributions.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

use super::donors::list_donors;
use crate::auth::StaffUser;
use crate::entities::{allocation, contribution, donor, event_budget_line};
use crate::error::Result;
use crate::events::rules::managed_event;

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
            category: l.category.as_str().to_owned(),
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
