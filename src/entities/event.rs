//! An event: meeting, workshop, training course, conference or briefing.

use sea_orm::entity::prelude::*;

use crate::domain::{DatePrecision, EventKind, EventStatus, RegistrationMode};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub seed_key: Option<String>,
    pub title: String,
    pub kind: EventKind,
    pub status: EventStatus,
    pub programme_code: String,
    pub unit_code: String,
    pub series_id: Option<i32>,
    pub mandate: Option<String>,
    pub venue_name: Option<String>,
    pub city: String,
    pub country_iso3: Option<String>,
    pub time_zone: String,
    pub start_date: Date,
    pub end_date: Date,
    pub date_precision: DatePrecision,
    pub registration_opens_at: Option<DateTimeUtc>,
    pub registration_closes_at: Option<DateTimeUtc>,
    pub capacity: Option<i32>,
    pub registration_mode: RegistrationMode,
    pub approval_required: bool,
    pub languages: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub revision: i32,
    pub seats_taken: i32,
    #[sea_orm(column_type = "Text", nullable)]
    pub email_paragraph: Option<String>,
    pub reminders_enabled: bool,
    /// Share of the event's days (percent) a participant must attend to earn a certificate;
    /// `None`: the event issues no certificates.
    pub certificate_min_attendance_percent: Option<i32>,
    /// Months after the last day that its participants' personal data is kept; `None`: the
    /// office's default (`privacy.retention_months`).
    pub retention_months: Option<i32>,
    /// Code of the language the title, description and venue above are written in.
    pub original_language: String,
    /// The same texts in other languages: JSON by language code (read through
    /// `events::content`).
    #[sea_orm(column_type = "Text")]
    pub translations: String,
    /// Participants may attend remotely: the registration form asks how each attends.
    pub remote_attendance: bool,
    /// Whether NGOs may apply for accreditation (meetings only).
    pub admits_ngos: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
