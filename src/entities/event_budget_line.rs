//! One category of an event's budget: planned and actual, in USD minor units.

use sea_orm::entity::prelude::*;

use crate::donors::BudgetCategory;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_budget_lines")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub category: BudgetCategory,
    pub planned_usd_minor: i64,
    pub actual_usd_minor: i64,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
