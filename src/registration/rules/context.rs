//! What the registration rules take from the [`Office`]: the mailing of their emails and the
//! window of an offered seat.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use super::letters::{Mailing, Post};
use crate::Office;
use crate::entities::event;
use crate::error::Result;
use crate::registration::offers::OfferWindow;

/// The window of an offer of a seat of `e` made at `now`, with the office's offer settings.
pub async fn offer_window<C: ConnectionTrait>(
    office: &Office,
    db: &C,
    e: &event::Model,
    now: DateTime<Utc>,
) -> Result<OfferWindow> {
    let sessions = office.event_sessions.of(db, e).await?;
    let settings = &office.settings.registration;
    Ok(OfferWindow::of(e, &sessions, now, settings.offer_hours, settings.min_offer_minutes))
}

impl Mailing {
    /// The mailing of `office`, owned so a write can run on the writer thread.
    pub(in crate::registration) fn of(office: &Office) -> Self {
        Self {
            reference: Arc::clone(&office.reference),
            base_url: office.links.base.clone(),
            mail_domain: office.mail_domain(),
            webhooks: office.webhooks.clone(),
        }
    }
}

impl<'a> Post<'a> {
    /// What a registration's emails need from `office`.
    pub(in crate::registration) fn of(office: &'a Office) -> Self {
        Self { mailing: Mailing::of(office), calendar: &office.calendar, sessions: &office.event_sessions }
    }
}
