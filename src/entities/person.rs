//! A person invited to or registered for events (reused across events by email).

use sea_orm::entity::prelude::*;

use crate::domain::Gender;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "people")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub organisation: Option<String>,
    pub organisation_type: Option<String>,
    pub country_iso3: Option<String>,
    pub gender: Option<Gender>,
    pub language: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
