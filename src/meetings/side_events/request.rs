//! A request for a side event through the public form: recorded unconfirmed with a link
//! emailed to its contact; the secretariat sees it only once confirmed ([`super::verify`]).

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, TransactionTrait};

use super::input::{RequestInput, slot_date_field};
use super::{place, slots_to_stored};
use crate::Office;
use crate::auth::tokens;
use crate::domain::{EventStatus, SideEventState};
use crate::entities::{event, side_event};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::i18n::Lang;
use crate::mail::{self, outbox};

/// Records a request for a side event of published meeting `event_id` and queues the link
/// that confirms it. Each preferred slot must fall within the meeting's dates.
pub async fn request(
    office: &Office,
    now: DateTime<Utc>,
    event_id: i32,
    input: &RequestInput,
    lang: Lang,
) -> Result<event::Model> {
    let txn = office.db.write.begin().await?;
    let e = super::super::public_meeting(&txn, event_id).await?;
    if e.status == EventStatus::Cancelled {
        return Err(Error::Conflict(Msg::new("err-event-cancelled")));
    }
    if now.date_naive() > e.end_date {
        return Err(Error::Conflict(Msg::new("meet-err-side-events-over")));
    }
    let mut errors = FieldErrors::new();
    let mut slots = Vec::with_capacity(input.slots.len());
    for (i, slot) in input.slots.iter().enumerate() {
        match place(&e, slot, slot_date_field(i)) {
            Ok(Some(span)) => slots.push(span),
            Ok(None) => errors.add(slot_date_field(i), Msg::new("meet-err-slot-outside")),
            Err(Error::Invalid(f)) => return Err(Error::Invalid(f)),
            Err(other) => return Err(other),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let token = tokens::generate()?;
    let minutes = i64::from(office.settings.registration.verification_minutes);
    let created = side_event::ActiveModel {
        event_id: Set(e.id),
        title: Set(input.title.clone()),
        organisers: Set(input.organisers.clone()),
        co_sponsors: Set(input.co_sponsors.clone()),
        contact_name: Set(input.contact_name.clone()),
        contact_email: Set(input.contact_email.as_str().to_owned()),
        language: Set(lang.code().to_owned()),
        expected_audience: Set(input.expected_audience),
        interpretation: Set(input.interpretation),
        webcast: Set(input.webcast),
        preferred_slots: Set(slots_to_stored(&slots)),
        state: Set(SideEventState::Unconfirmed),
        room: Set(None),
        starts_at: Set(None),
        ends_at: Set(None),
        decline_reason: Set(None),
        token_hash: Set(Some(tokens::hash(&token))),
        token_expires_at: Set(Some(now + Duration::minutes(minutes))),
        requested_at: Set(now),
        confirmed_at: Set(None),
        decided_at: Set(None),
        decided_by: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let rendered = emails::side_event_request::render(
        &emails::side_event_request::SideEventRequest {
            name: created.contact_name.clone(),
            title: created.title.clone(),
            event: mail::event_summary(&e, &office.reference, lang, &office.links.base),
            confirm_url: format!("{}/side-events/confirm/{token}", office.links.base),
        },
        lang,
    );
    let msg = outbox::Outgoing {
        to_address: created.contact_email.clone(),
        to_name: created.contact_name.clone(),
        email: rendered,
        invitation_id: None,
        registration_id: None,
    };
    outbox::enqueue(&txn, &office.links.mail_domain, msg, now).await?;
    txn.commit().await?;
    Ok(e)
}
