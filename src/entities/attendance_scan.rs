//! One scan at the check-in desk: an entry, an exit, or the undo of an earlier scan.

use sea_orm::entity::prelude::*;

use crate::domain::{ScanDirection, ScanMethod};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "attendance_scans")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub registration_id: i32,
    pub event_id: i32,
    pub day: Date,
    pub session_id: Option<i32>,
    pub direction: ScanDirection,
    pub undoes: Option<i32>,
    pub scanned_at: DateTimeUtc,
    pub recorded_at: DateTimeUtc,
    pub device: Option<String>,
    pub staff_user_id: Option<i32>,
    pub method: ScanMethod,
    #[sea_orm(unique)]
    pub idempotency_key: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The registration scanned.
    #[sea_orm(
        belongs_to = "super::registration::Entity",
        from = "Column::RegistrationId",
        to = "super::registration::Column::Id"
    )]
    Registration,
}

impl ActiveModelBehavior for ActiveModel {}
