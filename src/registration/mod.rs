//! Registration: through an invitation link or, for open events, after verifying an email
//! address; seats, approval, the waiting list and its time-limited offers; the private manage
//! link; and the organiser's registration list.

pub mod handlers;
pub mod input;
pub mod list;
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
            verification_minutes: self.settings.registration.verification_minutes,
            calendar: self.calendar_publisher(),
        }
    }
}

/// Lapses expired seat offers every minute (each lapse is claimed by a conditional update,
/// so several instances can run this together).
pub fn spawn_offer_expiry(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let ctx = state.registration_context();
            match rules::expire_offers(&state.db, &ctx, state.clock.now()).await {
                Ok(0) => {}
                Ok(n) => {
                    tracing::info!(offers.lapsed = n, "seat offers lapsed");
                    state.mailer.wake();
                }
                Err(e) => tracing::error!(error = %e, "offer expiry failed"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        }
    })
}
