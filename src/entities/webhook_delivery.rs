//! One delivery of one change to one webhook endpoint.

use sea_orm::entity::prelude::*;

use crate::domain::{WebhookDeliveryState, WebhookKind};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_deliveries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub endpoint_id: i32,
    pub event_type: WebhookKind,
    pub occurred_at: DateTimeUtc,
    /// The body's `data` object as JSON text, fixed when the change was written.
    #[sea_orm(column_type = "Text")]
    pub data: String,
    pub state: WebhookDeliveryState,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub claimed_until: Option<DateTimeUtc>,
    pub last_status: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    pub delivered_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
