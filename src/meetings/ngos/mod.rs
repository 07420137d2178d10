//! NGO accreditation to a meeting that admits NGOs: an NGO applies on a public form (its
//! organisation, ECOSOC status and representatives), confirms its contact address by an
//! emailed link, and the secretariat accredits or declines it with a reason. Accrediting invites
//! each representative like any invitee; the list of participants shows them under "NGOs".
//!
//! - [`input`]: the application form, parsed.
//! - [`admit`]: whether a meeting admits NGOs.
//! - [`apply`]: the application and the email confirming its contact address.
//! - [`verify`]: the confirmation behind that link.
//! - [`decide`]: accrediting (with the representatives' invitations) or declining.
//! - [`listing`]: a meeting's applications for the secretariat and the API.

pub mod admit;
pub mod apply;
pub mod decide;
pub mod input;
pub mod listing;
pub mod verify;

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use crate::Office;
use crate::entities::{event, ngo_application};
use crate::i18n::Lang;
use crate::mail::{self, outbox};

/// Most representatives one application may name.
pub const MAX_REPRESENTATIVES: usize = 10;

/// Queues the email telling the application's contact where it stands, in their language.
async fn write_to_contact<C: ConnectionTrait>(
    db: &C,
    office: &Office,
    e: &event::Model,
    a: &ngo_application::Model,
    step: emails::ngo_application::NgoStep,
    now: DateTime<Utc>,
) -> crate::error::Result<()> {
    let lang = Lang::from_tag(&a.language).unwrap_or_default();
    let summary = mail::event_summary(e, &office.reference, lang, &office.links.base);
    let ctx = emails::ngo_application::NgoApplication { organisation: a.organisation.clone(), event: summary, step };
    let msg = outbox::Outgoing {
        to_address: a.contact_email.clone(),
        to_name: a.organisation.clone(),
        email: emails::ngo_application::render(&ctx, lang),
        invitation_id: None,
        registration_id: None,
    };
    outbox::enqueue(db, &office.links.mail_domain, msg, now).await?;
    Ok(())
}
