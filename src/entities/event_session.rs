//! A session of an event's schedule (times in UTC).

use sea_orm::entity::prelude::*;

use crate::domain::SessionKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "event_sessions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub title: String,
    pub kind: SessionKind,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub room: Option<String>,
    /// The title in other languages than the event's original: JSON by language code (read
    /// through `events::content`).
    #[sea_orm(column_type = "Text")]
    pub title_translations: String,
    /// The remote link (https), shown only to confirmed participants; `None`: in person only.
    pub remote_url: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
