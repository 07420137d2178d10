//! The person counts of an ended event, kept for reports over many events; current while
//! `computed_version` equals `version`, which triggers raise with every change that counts.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_figures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_id: i32,
    pub version: i64,
    pub computed_version: Option<i64>,
    /// JSON object of cell name to people.
    pub cells: Option<String>,
    pub computed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
