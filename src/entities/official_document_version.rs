//! One language version of an official document: its PDF in the file store.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "official_document_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub official_document_id: i32,
    pub language: String,
    pub stored_file_id: i32,
    pub uploaded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
