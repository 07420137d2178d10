//! The office: the one context that rules, jobs and the outbox dispatcher work with — the
//! database, the clock, the reference lists, where public links point, who sends the mail, and
//! the group writers and short-lived caches of this process. It is built once at start-up;
//! the web layer's `AppState` holds it (and derefs to it) beside what only the web needs.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::attendance::rules::{DeskEvents, ScanWriter};
use crate::auth::oidc::Provider;
use crate::auth::rules::ApiCallers;
use crate::calendar::SessionsKept;
use crate::calendar::ics::Publisher;
use crate::clock::Clock;
use crate::config::Settings;
use crate::db::Db;
use crate::load::RequestLoad;
use crate::mail::Mailer;
use crate::reference::Reference;
use crate::registration::rules::Writer;
use crate::webhooks::Hooks;

/// Everything the office's work needs, cheap to clone (shared parts are behind `Arc`).
#[derive(Clone)]
pub struct Office {
    /// Database connections.
    pub db: Db,
    /// Settings of this process.
    pub settings: Arc<Settings>,
    /// Source of "now".
    pub clock: Clock,
    /// Reference lists (States, regional groups, programmes …).
    pub reference: Arc<Reference>,
    /// Where the links in emails and documents point.
    pub links: Links,
    /// Wakes the outbox dispatcher after a commit that queued email.
    pub mailer: Mailer,
    /// Who publishes this instance's calendars (public links, UID domain, organiser).
    pub calendar: Arc<Publisher>,
    /// Group writer of registrations through invitation links.
    pub registration_writer: Arc<Writer>,
    /// Group writer of the check-in scan log.
    pub scan_writer: Arc<ScanWriter>,
    /// Events the check-in desks are working, kept for a second.
    pub desk_events: Arc<DeskEvents>,
    /// Callers behind API tokens, kept for a second.
    pub api_callers: Arc<ApiCallers>,
    /// Events' sessions for the calendar files of confirmations, kept per revision.
    pub event_sessions: Arc<SessionsKept>,
    /// Requests in flight: the dispatcher gives way to them while the server is saturated.
    pub load: RequestLoad,
    /// Whether any webhook endpoint is active, and the webhook dispatcher's wake-up.
    pub webhooks: Hooks,
    /// The single sign-on provider (its discovery kept for an hour once fetched).
    pub sso: Arc<Provider>,
}

impl Office {
    /// Builds the office of this process over a migrated database.
    pub async fn start(settings: Settings, db: Db, clock: Clock) -> Result<Self, crate::error::Error> {
        let reference = Arc::new(Reference::load(&db.read).await?);
        let links = Links::new(settings.public_base_url(), &settings.mail.from);
        let calendar = Arc::new(Publisher::new(links.base.clone(), links.mail_domain.clone(), &settings.mail.from));
        let webhooks = Hooks::default();
        webhooks.refresh(&db.read).await?;
        let sso = Arc::new(Provider::new(&settings.sso, &links.base)?);
        Ok(Self {
            registration_writer: Arc::new(Writer::start(&db)),
            scan_writer: Arc::new(ScanWriter::start(&db)),
            desk_events: Arc::default(),
            api_callers: Arc::default(),
            event_sessions: Arc::default(),
            calendar,
            links,
            db,
            settings: Arc::new(settings),
            clock,
            reference,
            mailer: Mailer::default(),
            load: RequestLoad::for_this_machine(),
            webhooks,
            sso,
        })
    }

    /// The current instant.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The domain of Message-IDs: the sender address's domain.
    pub fn mail_domain(&self) -> String {
        self.links.mail_domain.clone()
    }

    /// Who publishes this instance's calendars (public links, UID domain, organiser).
    pub fn calendar_publisher(&self) -> &Publisher {
        &self.calendar
    }

    /// The key that signs check-in codes.
    pub fn checkin_secret(&self) -> &[u8] {
        self.settings.security.checkin_secret.as_bytes()
    }
}

/// Where public links point: every link in an email or a document starts with the configured
/// public base URL, and Message-IDs end with the sender's domain.
#[derive(Debug, Clone)]
pub struct Links {
    /// The public base URL, without a trailing slash.
    pub base: String,
    /// The domain of the sender address.
    pub mail_domain: String,
}

impl Links {
    /// The links of a service served at `base` that sends from `from`.
    pub fn new(base: String, from: &str) -> Self {
        Self { base, mail_domain: sender_domain(from) }
    }

    /// A personal invitation's page.
    pub fn invitation(&self, token: &str) -> String {
        format!("{}/i/{token}", self.base)
    }

    /// A registration's private manage page.
    pub fn manage(&self, token: &str) -> String {
        format!("{}/r/{token}", self.base)
    }

    /// A focal point's nomination page.
    pub fn nomination(&self, token: &str) -> String {
        format!("{}/n/{token}", self.base)
    }

    /// An email verification of an open registration.
    pub fn verification(&self, token: &str) -> String {
        format!("{}/v/{token}", self.base)
    }

    /// An event's public page.
    pub fn event(&self, event_id: i32) -> String {
        format!("{}/events/{event_id}", self.base)
    }
}

/// The domain of a sender mailbox such as `Convene <no-reply@example.org>`.
fn sender_domain(from: &str) -> String {
    from.rsplit('@').next().map(|d| d.trim_end_matches('>').to_owned()).unwrap_or_else(|| "convene.invalid".into())
}

#[cfg(test)]
mod tests {
    use super::{Links, sender_domain};

    #[test]
    fn the_mail_domain_is_the_sender_address_domain() {
        assert_eq!(sender_domain("Convene <no-reply@example.org>"), "example.org");
        assert_eq!(sender_domain("no-reply@un.org"), "un.org");
    }

    #[test]
    fn links_start_with_the_public_base() {
        let links = Links::new("https://events.example.org".into(), "x@example.org");
        assert_eq!(links.manage("abc"), "https://events.example.org/r/abc");
        assert_eq!(links.invitation("t"), "https://events.example.org/i/t");
        assert_eq!(links.event(7), "https://events.example.org/events/7");
    }
}
