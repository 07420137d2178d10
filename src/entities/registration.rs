//! A person's registration for an event.

use sea_orm::entity::prelude::*;

use crate::domain::{AttendanceMode, Gender, ParticipantRole, RegistrationState};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "registrations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub person_id: i32,
    pub invitation_id: Option<i32>,
    pub delegation_id: Option<i32>,
    pub role: ParticipantRole,
    pub state: RegistrationState,
    pub holds_seat: bool,
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub gender: Gender,
    pub country_iso3: Option<String>,
    pub organisation: Option<String>,
    pub organisation_type: Option<String>,
    pub position: Option<String>,
    pub phone: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub needs: Option<String>,
    pub visa_letter: bool,
    pub consent_at: DateTimeUtc,
    pub waitlisted_at: Option<DateTimeUtc>,
    pub offer_expires_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_reason: Option<String>,
    #[sea_orm(unique)]
    pub manage_token_hash: String,
    pub language: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub checkin_version: i32,
    /// The data-protection notice's version the person accepted (none when staff registered them).
    pub notice_version: Option<String>,
    /// When they accepted it.
    pub notice_accepted_at: Option<DateTimeUtc>,
    /// In person or remote (always in person where the event offers no remote attendance).
    pub attendance_mode: AttendanceMode,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
