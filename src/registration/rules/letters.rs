//! The emails of registration: who they go to, which notice, and the text in the person's
//! language, composed without the database.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::domain::{PersonName, RegistrationState};
use crate::entities::{event, registration};
use crate::error::Result;
use crate::mail::{self, outbox};
use crate::reference::Reference;

/// What composing an email needs, owned so a write can run on the writer thread.
pub(in crate::registration) struct Mailing {
    pub(in crate::registration) reference: Arc<Reference>,
    pub(in crate::registration) base_url: String,
    pub(in crate::registration) mail_domain: String,
    /// Whether webhook endpoints want changes, and how to record them.
    pub(in crate::registration) webhooks: crate::webhooks::Hooks,
}

/// Which message a registration's state calls for.
pub(in crate::registration) enum Notice {
    Received,
    Confirmed,
    Waitlisted(u32),
    Offered(DateTime<Utc>),
    Declined(Option<String>),
    Cancelled,
}

/// Who an email about a registration goes to.
pub(in crate::registration) struct Addressee<'a> {
    pub(in crate::registration) email: &'a str,
    pub(in crate::registration) given_name: &'a str,
    pub(in crate::registration) family_name: &'a str,
    pub(in crate::registration) language: &'a str,
}

/// Composes the email a registration's state calls for (its registration id left empty).
pub(in crate::registration) fn compose(
    mailing: &Mailing,
    e: &event::Model,
    to: &Addressee<'_>,
    token: &str,
    notice: Notice,
) -> outbox::Outgoing {
    let lang = mail::ui_lang(to.language);
    let summary = mail::event_summary(e, &mailing.reference, lang, &mailing.base_url);
    let name = PersonName::new(to.given_name, to.family_name).to_string();
    let manage_url = format!("{}/r/{token}", mailing.base_url);
    let rendered = match notice {
        Notice::Received => emails::registration_received::render(
            &emails::registration_received::RegistrationReceived { name: name.clone(), event: summary, manage_url },
            lang,
        ),
        Notice::Confirmed => emails::registration_confirmed::render(
            &emails::registration_confirmed::RegistrationConfirmed {
                name: name.clone(),
                event: summary,
                manage_url,
                // A confirmed registration of an event with an approval step was approved.
                approved: e.approval_required,
            },
            lang,
        ),
        Notice::Waitlisted(position) => emails::registration_waitlisted::render(
            &emails::registration_waitlisted::RegistrationWaitlisted {
                name: name.clone(),
                event: summary,
                position,
                manage_url,
            },
            lang,
        ),
        Notice::Offered(until) => {
            let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
            let local = until.with_timezone(&tz);
            let expires = format!(
                "{} {} ({})",
                crate::i18n::format::date(crate::i18n::Tr(lang), local.date_naive()),
                local.format("%H:%M"),
                e.time_zone
            );
            emails::seat_offered::render(
                &emails::seat_offered::SeatOffered {
                    name: name.clone(),
                    event: summary,
                    accept_url: manage_url,
                    expires,
                },
                lang,
            )
        }
        Notice::Declined(reason) => emails::registration_declined::render(
            &emails::registration_declined::RegistrationDeclined { name: name.clone(), event: summary, reason },
            lang,
        ),
        Notice::Cancelled => emails::registration_cancelled::render(
            &emails::registration_cancelled::RegistrationCancelled { name: name.clone(), event: summary },
            lang,
        ),
    };
    outbox::Outgoing {
        to_address: to.email.to_owned(),
        to_name: name,
        email: rendered,
        invitation_id: None,
        registration_id: None,
    }
}

/// Position of a waitlisted registration in its event's line (1 = next).
pub(in crate::registration) async fn waitlist_position<C: ConnectionTrait>(
    db: &C,
    r: &registration::Model,
) -> Result<u32> {
    let Some(at) = r.waitlisted_at else { return Ok(0) };
    let ahead = registration::Entity::find()
        .filter(registration::Column::EventId.eq(r.event_id))
        .filter(registration::Column::State.eq(RegistrationState::Waitlisted))
        .filter(Condition::any().add(registration::Column::WaitlistedAt.lt(at)).add(
            Condition::all().add(registration::Column::WaitlistedAt.eq(at)).add(registration::Column::Id.lt(r.id)),
        ))
        .count(db)
        .await?;
    Ok(u32::try_from(ahead).unwrap_or(u32::MAX).saturating_add(1))
}

/// What writing a registration's emails needs: the mailing, the calendar publisher for the
/// confirmation's entry, and the events' sessions it lists.
pub(in crate::registration) struct Post<'a> {
    /// Reference data, links and Message-IDs.
    pub(in crate::registration) mailing: Mailing,
    /// Publisher of calendar entries.
    pub(in crate::registration) calendar: &'a crate::calendar::ics::Publisher,
    /// Events' sessions.
    pub(in crate::registration) sessions: &'a crate::calendar::SessionsKept,
}
