//! An NGO's application for accreditation to a meeting.

use sea_orm::entity::prelude::*;

use crate::domain::{EcosocStatus, NgoApplicationState};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "ngo_applications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub organisation: String,
    pub ecosoc_status: EcosocStatus,
    pub country_iso3: Option<String>,
    pub website: Option<String>,
    pub contact_email: String,
    /// Code of the language the contact wrote in: their emails are in it.
    pub language: String,
    pub state: NgoApplicationState,
    /// SHA-256 of the link confirming the contact address; cleared once used.
    #[serde(skip)]
    pub token_hash: Option<String>,
    pub token_expires_at: Option<DateTimeUtc>,
    pub verified_at: Option<DateTimeUtc>,
    pub decided_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
