//! A person of a donor who receives its reports.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "donor_contacts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub donor_id: i32,
    pub name: String,
    #[sea_orm(unique)]
    pub email: String,
    pub language: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
