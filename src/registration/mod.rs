//! Registration: through an invitation link or, for open events, after verifying an email
//! address; seats, approval, the waiting list and its time-limited offers; the private manage
//! link; and the organiser's registration list.

pub mod handlers;
pub mod input;
pub mod list;
pub mod offers;
pub mod relink;
pub mod rules;
pub mod views;

use crate::AppState;

impl AppState {
    /// What the registration rules need from the state.
    pub fn registration_context(&self) -> rules::Context<'_> {
        rules::Context {
            reference: &self.reference,
            base_url: self.settings.public_base_url(),
            mail_domain: self.mail_domain(),
            offer_hours: self.settings.registration.offer_hours,
            min_offer_minutes: self.settings.registration.min_offer_minutes,
            verification_minutes: self.settings.registration.verification_minutes,
            writer: &self.registration_writer,
            calendar: self.calendar_publisher(),
            sessions: &self.event_sessions,
        }
    }
}
