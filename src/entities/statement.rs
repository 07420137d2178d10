//! A delegation's statement under an agenda item, in one language, and when it is published.

use sea_orm::entity::prelude::*;

use crate::domain::StatementPublication;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "statements")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub agenda_item_id: i32,
    pub delegation_id: i32,
    pub language: String,
    pub stored_file_id: i32,
    pub publication: StatementPublication,
    pub publish_at: Option<DateTimeUtc>,
    pub uploaded_by: String,
    pub uploaded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
