//! One email in the outbox.

use sea_orm::entity::prelude::*;

use crate::domain::OutboxState;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub text_body: String,
    #[sea_orm(column_type = "Text")]
    pub html_body: String,
    #[sea_orm(unique)]
    pub message_id: String,
    pub state: OutboxState,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub claimed_until: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    pub sent_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub invitation_id: Option<i32>,
    pub registration_id: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub calendar_attachment: Option<String>,
    /// The iTIP method of `calendar_attachment` (REQUEST, CANCEL or PUBLISH).
    pub calendar_method: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
