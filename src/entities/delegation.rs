//! A State's delegation to one event.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "delegations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub country_iso3: String,
    pub focal_point_id: i32,
    pub seat_quota: i32,
    pub seats_taken: i32,
    pub head_person_id: Option<i32>,
    pub note_verbale_ref: Option<String>,
    pub note_verbale_date: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
