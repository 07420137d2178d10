//! Email: the transactional outbox, the dispatcher that drains it, the SMTP and file
//! transports (the development mailbox page over the outbox is in [`crate::admin`]).

pub mod dispatcher;
pub mod outbox;
pub mod transport;

use std::sync::Arc;

use tokio::sync::Notify;

use crate::entities::event;
use crate::i18n::{Lang, Tr, format};
use crate::participants::names::state_name;
use crate::reference::Reference;

/// Wakes this instance's dispatcher when a message is queued (other instances pick it up on
/// their next tick).
#[derive(Clone, Default)]
pub struct Mailer {
    notify: Arc<Notify>,
}

impl Mailer {
    /// Tells the dispatcher there is work; call after the transaction commits.
    pub fn wake(&self) {
        self.notify.notify_one();
    }

    /// Waits until woken.
    pub async fn woken(&self) {
        self.notify.notified().await;
    }
}

/// The language (of pages and emails alike) matching a stored code.
pub fn ui_lang(code: &str) -> Lang {
    Lang::from_tag(code).unwrap_or_default()
}

/// What every message says about its event, in the recipient's language.
pub fn event_summary(e: &event::Model, reference: &Reference, lang: Lang, base_url: &str) -> emails::EventSummary {
    // The title and venue in the recipient's language where the event has them.
    let e = &crate::events::content::for_reader(e, lang);
    let precision = e.date_precision;
    let place = match (&e.venue_name, &e.country_iso3) {
        (Some(v), Some(c)) => format!("{v}, {}, {}", e.city, state_name(reference, c, lang)),
        (None, Some(c)) => format!("{}, {}", e.city, state_name(reference, c, lang)),
        (Some(v), None) => format!("{v}, {}", e.city),
        (None, None) => e.city.clone(),
    };
    emails::EventSummary {
        title: e.title.clone(),
        dates: format::date_range(Tr(lang), e.start_date, e.end_date, precision),
        place,
        url: format!("{base_url}/events/{}", e.id),
    }
}
