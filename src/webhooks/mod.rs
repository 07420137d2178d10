//! Webhooks: admins register endpoints that are told of changes (an invitation answered, a
//! registration made or changed, a check-in, a certificate issued, an event published, changed
//! or cancelled), for one programme or all. A change writes its deliveries in its own
//! transaction ([`Hooks::record`]), as the outbox does for email; the [`dispatcher`] claims
//! them with a lease, posts them signed ([`sign`]), retries with backoff and keeps each
//! answer's status for the delivery log. Bodies carry ids only, unless the endpoint is allowed
//! personal data. Endpoint addresses are checked when registered and again after DNS at every
//! delivery ([`address`]).
//!
//! - [`rules`]: the admin's actions (list, add, edit, disable, delete, log, send again).
//! - `store`: the SQL. [`client`]: one post. [`input`], [`handlers`], [`views`]: the pages.

pub mod address;
pub mod client;
pub mod dispatcher;
pub mod handlers;
pub mod input;
pub mod rules;
pub mod sign;
mod store;
pub mod views;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use serde::Serialize;
use tokio::sync::Notify;

use crate::domain::WebhookKind;
use crate::error::Result;

/// This instance's view of webhooks: whether any endpoint is active (so that writes skip
/// recording when none is, without a query), and the dispatcher's wake-up.
#[derive(Clone)]
pub struct Hooks {
    inner: Arc<Inner>,
}

struct Inner {
    any: AtomicBool,
    notify: Notify,
}

impl Default for Hooks {
    fn default() -> Self {
        // Until the first look at the table, assume endpoints exist: a change is never missed.
        Self { inner: Arc::new(Inner { any: AtomicBool::new(true), notify: Notify::new() }) }
    }
}

/// The ids a change concerns (all that any body carries, unless the endpoint may receive
/// personal data).
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Ids {
    /// The event.
    pub event_id: i32,
    /// The registration, if the change is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration_id: Option<i32>,
    /// The invitation, if the change is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invitation_id: Option<i32>,
    /// The person, if the change is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_id: Option<i32>,
    /// The certificate, for `certificate.issued`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_id: Option<i32>,
    /// The answer, for `invitation.answered`: `accepted` (registered) or `declined`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<&'static str>,
}

/// What an endpoint allowed personal data also gets about the person.
#[derive(Debug, Clone, Serialize)]
pub struct Personal {
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Email address.
    pub email: String,
    /// The Member State or other State represented (ISO 3166 alpha-3), if any.
    pub state: Option<String>,
}

impl Personal {
    /// What a person's record says.
    pub fn of_person(p: &crate::entities::person::Model) -> Self {
        Self {
            given_name: p.given_name.clone(),
            family_name: p.family_name.clone(),
            email: p.email.clone(),
            state: p.country_iso3.clone(),
        }
    }

    /// What a registration says (its own name and State, its person's address).
    pub fn of_registration(r: &crate::entities::registration::Model, email: &str) -> Self {
        Self {
            given_name: r.given_name.clone(),
            family_name: r.family_name.clone(),
            email: email.to_owned(),
            state: r.country_iso3.clone(),
        }
    }
}

/// Erases the personal data of event `event_id` (if any) and of `people` from the deliveries
/// still in the log, inside the caller's transaction (retention and erasure on request): their
/// bodies keep the ids, as an endpoint not allowed personal data gets them. Returns how many.
pub async fn erase_personal<C: ConnectionTrait>(
    db: &C,
    event_id: Option<i32>,
    people: &[i32],
) -> Result<u64, sea_orm::DbErr> {
    store::erase_personal(db, event_id, people).await
}

/// One change to tell the endpoints about.
#[derive(Debug, Clone)]
pub struct Change {
    /// Its kind.
    pub kind: WebhookKind,
    /// The programme of its event (endpoints may be limited to one).
    pub programme_code: String,
    /// The ids it concerns.
    pub ids: Ids,
    /// The person, for endpoints allowed personal data.
    pub personal: Option<Personal>,
}

impl Change {
    /// A change of registration `r` of an event of `programme_code`; `email` is its person's
    /// address (the personal data goes only to endpoints allowed it).
    pub fn registration(
        kind: WebhookKind,
        programme_code: &str,
        r: &crate::entities::registration::Model,
        email: &str,
    ) -> Self {
        Self {
            kind,
            programme_code: programme_code.to_owned(),
            ids: Ids {
                event_id: r.event_id,
                registration_id: Some(r.id),
                invitation_id: r.invitation_id,
                person_id: Some(r.person_id),
                certificate_id: None,
                answer: None,
            },
            personal: Some(Personal::of_registration(r, email)),
        }
    }
}

#[derive(Serialize)]
struct WithPerson<'a> {
    #[serde(flatten)]
    ids: &'a Ids,
    #[serde(skip_serializing_if = "Option::is_none")]
    person: Option<&'a Personal>,
}

impl Hooks {
    /// Writes the deliveries of `change` inside the caller's transaction (`db`), one per
    /// active endpoint that wants it; costs nothing when no endpoint is active. Call
    /// [`Hooks::wake`] after the commit, or let the dispatcher's next tick find them.
    pub async fn record<C: ConnectionTrait>(&self, db: &C, change: Change, now: DateTime<Utc>) -> Result<()> {
        if !self.inner.any.load(Ordering::Relaxed) {
            return Ok(());
        }
        let ids = serde_json::to_string(&change.ids).map_err(|e| crate::error::Error::Internal(e.to_string()))?;
        let personal = match &change.personal {
            Some(p) => serde_json::to_string(&WithPerson { ids: &change.ids, person: Some(p) })
                .map_err(|e| crate::error::Error::Internal(e.to_string()))?,
            None => ids.clone(),
        };
        let queued = store::queue(db, change.kind, &change.programme_code, &ids, &personal, now).await?;
        if queued > 0 {
            self.wake();
        }
        Ok(())
    }

    /// Looks again whether any endpoint is active (at start, after an admin's change, and on
    /// the dispatcher's every tick, so other instances' changes are seen within one).
    pub async fn refresh<C: ConnectionTrait>(&self, db: &C) -> Result<bool> {
        let any = store::any_active(db).await?;
        self.inner.any.store(any, Ordering::Relaxed);
        Ok(any)
    }

    /// The person's data for endpoints allowed it, read only while an endpoint is active.
    pub async fn person<C: ConnectionTrait>(&self, db: &C, person_id: i32) -> Result<Option<Personal>> {
        use sea_orm::EntityTrait as _;
        if !self.any() {
            return Ok(None);
        }
        let person = crate::entities::person::Entity::find_by_id(person_id).one(db).await?;
        Ok(person.as_ref().map(Personal::of_person))
    }

    /// Whether an active endpoint was seen at the last look.
    pub fn any(&self) -> bool {
        self.inner.any.load(Ordering::Relaxed)
    }

    /// Tells the dispatcher there may be work.
    pub fn wake(&self) {
        self.inner.notify.notify_one();
    }

    /// Waits until woken.
    pub async fn woken(&self) {
        self.inner.notify.notified().await;
    }
}
