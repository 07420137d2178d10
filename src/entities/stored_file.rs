//! A file a meeting keeps (official document, statement, credentials): what it is and where its
//! bytes are.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "stored_files")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub filename: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    /// `database` (chunks in `stored_file_chunks`) or `folder` (`documents.dir`).
    pub location: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
