//! An NGO applies: the application and its representatives are written unverified, with a
//! link confirming the contact address emailed in the same transaction. The secretariat sees
//! the application only once that address is confirmed.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, TransactionTrait};

use super::input::ApplicationInput;
use super::write_to_contact;
use crate::Office;
use crate::auth::tokens;
use crate::domain::NgoApplicationState;
use crate::entities::{event, ngo_application, ngo_representative};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::i18n::Lang;
use crate::meetings::public_meeting;

/// How long the link confirming the contact address works.
pub const VERIFICATION_HOURS: i64 = 48;

/// A published meeting that admits NGOs, as the public form sees it: 404 for anything else.
pub async fn open_meeting<C: sea_orm::ConnectionTrait>(db: &C, event_id: i32) -> Result<event::Model> {
    let e = public_meeting(db, event_id).await?;
    if !e.admits_ngos {
        return Err(Error::NotFound);
    }
    if e.status != crate::domain::EventStatus::Published {
        return Err(Error::Conflict(Msg::new("ngo-err-closed")));
    }
    Ok(e)
}

/// Records an application to meeting `event_id` and emails its contact the confirmation link.
pub async fn apply(
    office: &Office,
    now: DateTime<Utc>,
    event_id: i32,
    input: &ApplicationInput,
    lang: Lang,
) -> Result<event::Model> {
    if let Some(c) = &input.country
        && !office.reference.has_country(c.as_str())
    {
        return Err(FieldErrors::single("country", Msg::new("err-country-unknown")));
    }
    let txn = office.db.write.begin().await?;
    let e = open_meeting(&txn, event_id).await?;
    if e.end_date < now.date_naive() {
        return Err(Error::Conflict(Msg::new("ngo-err-closed")));
    }
    let token = tokens::generate()?;
    let application = ngo_application::ActiveModel {
        event_id: Set(e.id),
        organisation: Set(input.organisation.clone()),
        ecosoc_status: Set(input.ecosoc_status),
        country_iso3: Set(input.country.as_ref().map(|c| c.as_str().to_owned())),
        website: Set(input.website.clone()),
        contact_email: Set(input.contact_email.as_str().to_owned()),
        language: Set(lang.code().to_owned()),
        state: Set(NgoApplicationState::Unverified),
        token_hash: Set(Some(tokens::hash(&token))),
        token_expires_at: Set(Some(now + Duration::hours(VERIFICATION_HOURS))),
        verified_at: Set(None),
        decided_at: Set(None),
        decision_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let rows = input.representatives.iter().map(|r| ngo_representative::ActiveModel {
        application_id: Set(application.id),
        given_name: Set(r.given_name.clone()),
        family_name: Set(r.family_name.clone()),
        email: Set(r.email.as_str().to_owned()),
        invitation_id: Set(None),
        ..Default::default()
    });
    ngo_representative::Entity::insert_many(rows).exec_without_returning(&txn).await?;
    let step = emails::ngo_application::NgoStep::Verify { verify_url: format!("{}/ngo/v/{token}", office.links.base) };
    write_to_contact(&txn, office, &e, &application, step, now).await?;
    txn.commit().await?;
    office.mailer.wake();
    Ok(e)
}
