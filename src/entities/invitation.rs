//! An invitation to an event: personal, or a nomination request to a focal point.

use sea_orm::entity::prelude::*;

use crate::domain::{InvitationKind, InvitationState, ParticipantRole};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub person_id: i32,
    pub delegation_id: Option<i32>,
    pub kind: InvitationKind,
    pub role: ParticipantRole,
    pub state: InvitationState,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub expires_at: DateTimeUtc,
    pub language: String,
    pub sent_at: Option<DateTimeUtc>,
    pub opened_at: Option<DateTimeUtc>,
    pub responded_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decline_reason: Option<String>,
    pub reminders_sent: i32,
    pub last_reminded_at: Option<DateTimeUtc>,
    pub position: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The event invited to.
    #[sea_orm(belongs_to = "super::event::Entity", from = "Column::EventId", to = "super::event::Column::Id")]
    Event,
    /// The invitee.
    #[sea_orm(belongs_to = "super::person::Entity", from = "Column::PersonId", to = "super::person::Column::Id")]
    Person,
}

impl Related<super::event::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Event.def()
    }
}

impl Related<super::person::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Person.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
