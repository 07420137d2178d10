//! An issued list of participants (original or revision) with its frozen rows.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "participant_lists")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub revision: i32,
    pub symbol: Option<String>,
    pub issued_at: DateTimeUtc,
    pub issued_by_user_id: Option<i32>,
    pub issued_by: String,
    pub participant_count: i32,
    #[sea_orm(column_type = "Text")]
    #[serde(skip)]
    pub snapshot: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
