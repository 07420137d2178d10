//! One registration as its organiser reviews it: every detail the person gave, what happened to
//! it (the audit log), the emails sent about it and its check-ins.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::auth::StaffUser;
use crate::entities::{attendance_scan, audit_entry, event, outbox_message, person, registration};
use crate::error::{Error, Result};
use crate::events::access::managed_event;

/// The registration detail page's read model.
#[derive(Debug, Clone)]
pub struct RegistrationDetail {
    /// The event.
    pub event: event::Model,
    /// The registration.
    pub registration: registration::Model,
    /// The address its emails go to.
    pub email: String,
    /// What happened to it, oldest first.
    pub history: Vec<audit_entry::Model>,
    /// The emails about it, oldest first.
    pub emails: Vec<SentEmail>,
    /// Its check-in scans, oldest first.
    pub scans: Vec<attendance_scan::Model>,
}

/// An email about a registration as the detail page lists it (no body, no error text).
#[derive(Debug, Clone)]
pub struct SentEmail {
    /// Its subject.
    pub subject: String,
    /// queued, sending, sent or failed.
    pub state: String,
    /// When it was queued.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// When the mail server accepted it.
    pub sent_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Delivery attempts so far.
    pub attempts: i32,
}

/// The registration `registration_id` of event `event_id`, if `staff` manages the event.
pub async fn registration_detail<C: ConnectionTrait>(
    db: &C,
    staff: &StaffUser,
    event_id: i32,
    registration_id: i32,
) -> Result<RegistrationDetail> {
    let event = managed_event(db, staff, event_id).await?;
    let registration = registration::Entity::find_by_id(registration_id)
        .filter(registration::Column::EventId.eq(event_id))
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    let email = person::Entity::find_by_id(registration.person_id).one(db).await?.map(|p| p.email).unwrap_or_default();
    let history = audit_entry::Entity::find()
        .filter(audit_entry::Column::Entity.eq("registration"))
        .filter(audit_entry::Column::EntityId.eq(registration_id.to_string()))
        .order_by_asc(audit_entry::Column::Id)
        .all(db)
        .await?;
    let emails = outbox_message::Entity::find()
        .filter(outbox_message::Column::RegistrationId.eq(registration_id))
        .order_by_asc(outbox_message::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| SentEmail {
            subject: m.subject,
            state: m.state.to_string(),
            created_at: m.created_at,
            sent_at: m.sent_at,
            attempts: m.attempts,
        })
        .collect();
    let scans = attendance_scan::Entity::find()
        .filter(attendance_scan::Column::RegistrationId.eq(registration_id))
        .order_by_asc(attendance_scan::Column::ScannedAt)
        .all(db)
        .await?;
    Ok(RegistrationDetail { event, registration, email, history, emails, scans })
}
