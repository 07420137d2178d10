//! A notice of an event's changes sent to its participants (or the baseline taken when it was
//! published): the revision and a snapshot of what they were told.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "schedule_notices")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub revision: i32,
    #[sea_orm(column_type = "Text")]
    pub snapshot: String,
    pub recipients: i32,
    pub sent_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
