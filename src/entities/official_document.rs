//! An official document of a serviced meeting: its symbol, title, agenda item, date and
//! distribution (its language versions are `official_document_version`).

use sea_orm::entity::prelude::*;

use crate::domain::Distribution;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "official_documents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    #[sea_orm(unique)]
    pub symbol: String,
    pub title: String,
    pub agenda_item_id: Option<i32>,
    pub issued_on: Date,
    pub distribution: Distribution,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
