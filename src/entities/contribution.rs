//! A voluntary contribution of a donor.

use sea_orm::entity::prelude::*;

use crate::donors::EarmarkKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contributions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub donor_id: i32,
    pub amount_minor: i64,
    pub currency: String,
    pub usd_rate_micros: i64,
    pub usd_minor: i64,
    pub allocated_minor: i64,
    pub pledged_on: Date,
    pub received_on: Option<Date>,
    pub trust_fund: String,
    pub earmark_kind: EarmarkKind,
    pub earmark_ref: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub conditions: String,
    pub period_start: Date,
    pub period_end: Date,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
