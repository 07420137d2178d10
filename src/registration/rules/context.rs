//! What the registration rules need besides the database, built from the [`crate::Office`].

use std::sync::Arc;

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use super::letters::{Mailing, Post};
use super::store::Writer;
use crate::entities::event;
use crate::error::Result;
use crate::reference::Reference;
use crate::registration::offers::OfferWindow;

/// What the rules need besides the database: where links point and how long offers last.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// Reference lists (country names in emails).
    pub reference: &'a Arc<Reference>,
    /// Base of links in emails.
    pub base_url: String,
    /// Domain of Message-IDs.
    pub mail_domain: String,
    /// Hours to accept an offered seat.
    pub offer_hours: u32,
    /// Least time, in minutes, an offer must leave to accept it; with less, nobody is offered.
    pub min_offer_minutes: u32,
    /// Minutes a verification link lives.
    pub verification_minutes: u32,
    /// Where registrations through invitation links are written.
    pub writer: &'a Writer,
    /// Publisher of the calendar entries attached to confirmations and cancellations.
    pub calendar: &'a crate::calendar::ics::Publisher,
    /// Events' sessions, for those entries.
    pub sessions: &'a crate::calendar::SessionsKept,
}

impl Context<'_> {
    /// The window of an offer of a seat of `e` made at `now`.
    pub async fn offer_window<C: ConnectionTrait>(
        &self,
        db: &C,
        e: &event::Model,
        now: DateTime<Utc>,
    ) -> Result<OfferWindow> {
        let sessions = self.sessions.of(db, e).await?;
        Ok(OfferWindow::of(e, &sessions, now, self.offer_hours, self.min_offer_minutes))
    }
}

impl<'a> Context<'a> {
    /// The mailing of this context, owned so a write can run on the writer thread.
    pub(in crate::registration) fn mailing(&self) -> Mailing {
        Mailing {
            reference: Arc::clone(self.reference),
            base_url: self.base_url.clone(),
            mail_domain: self.mail_domain.clone(),
        }
    }

    /// What a registration's emails need.
    pub(in crate::registration) fn post(&self) -> Post<'a> {
        Post { mailing: self.mailing(), calendar: self.calendar, sessions: self.sessions }
    }
}
