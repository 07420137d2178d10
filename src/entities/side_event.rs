//! A side event of a serviced meeting: the request as sent, the secretariat's decision, and the
//! room and time it allocated (times in UTC).

use sea_orm::entity::prelude::*;

use crate::domain::SideEventState;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "side_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub title: String,
    pub organisers: String,
    /// Empty when none.
    pub co_sponsors: String,
    pub contact_name: String,
    pub contact_email: String,
    /// The requester's language (their emails are in it).
    pub language: String,
    pub expected_audience: i32,
    pub interpretation: bool,
    pub webcast: bool,
    /// Up to three preferred slots: JSON `[["start", "end"], …]`, RFC 3339 in UTC (read through
    /// `meetings::side_events::slots_of`).
    #[sea_orm(column_type = "Text")]
    pub preferred_slots: String,
    pub state: SideEventState,
    pub room: Option<String>,
    pub starts_at: Option<DateTimeUtc>,
    pub ends_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decline_reason: Option<String>,
    /// SHA-256 of the confirmation link's token, until it is used; never shown.
    #[serde(skip)]
    pub token_hash: Option<String>,
    pub token_expires_at: Option<DateTimeUtc>,
    pub requested_at: DateTimeUtc,
    pub confirmed_at: Option<DateTimeUtc>,
    pub decided_at: Option<DateTimeUtc>,
    pub decided_by: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
