//! A webhook endpoint registered by an admin.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_endpoints")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub url: String,
    pub secret: String,
    /// The kinds of change sent, as `,code,code,` (so one `LIKE '%,code,%'` picks endpoints).
    pub event_types: String,
    pub programme_code: Option<String>,
    pub personal_data: bool,
    pub active: bool,
    pub description: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
