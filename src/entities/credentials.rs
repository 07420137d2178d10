//! The credentials of a State's delegation to a meeting: status, note, document.

use sea_orm::entity::prelude::*;

use crate::domain::CredentialsStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "credentials")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub delegation_id: i32,
    pub status: CredentialsStatus,
    /// The secretariat's note, shown to the focal point.
    pub note: Option<String>,
    /// The document the focal point sent last (`stored_files`).
    pub stored_file_id: Option<i32>,
    /// When the secretariat recorded receipt of the original.
    pub original_received_at: Option<DateTimeUtc>,
    /// Who made the last change (a staff email, or the focal point's invitation).
    pub updated_by: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
