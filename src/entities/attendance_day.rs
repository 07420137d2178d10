//! A day a participant attended: an entry scan not undone that day, kept by the scan's own
//! transaction so that reports and certificates need not work it out of the log.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "attendance_days")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub registration_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub day: Date,
    pub event_id: i32,
    /// Entry scans of the day that no undo takes back (at least 1; the row goes at 0).
    pub entries: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
