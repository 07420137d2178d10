//! Open registration: the address verified first, by an emailed link.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait,
};

use super::common::{check_open, end_of_event, gone};
use crate::Office;
use crate::auth::tokens;
use crate::db::Db;
use crate::domain::{Email, EventStatus, RegistrationMode};
use crate::entities::{email_verification, event, person};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::i18n::Lang;
use crate::mail::{self, outbox};

/// Starts an open registration: records an email check and queues its link. The response is
/// the same whether or not the address is known.
pub async fn request_verification(
    db: &Db,
    office: &Office,
    event_id: i32,
    email: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<event::Model> {
    let email = Email::parse(email).map_err(|m| FieldErrors::single("email", m))?;
    let txn = db.write.begin().await?;
    let e = event::Entity::find_by_id(event_id).one(&txn).await?.ok_or(Error::NotFound)?;
    if e.status == EventStatus::Draft {
        return Err(Error::NotFound);
    }
    if e.registration_mode != RegistrationMode::Open {
        return Err(Error::Conflict(Msg::new("err-registration-invitation-only")));
    }
    check_open(&e, now)?;
    let token = tokens::generate()?;
    email_verification::ActiveModel {
        token_hash: Set(tokens::hash(&token)),
        event_id: Set(event_id),
        email: Set(email.as_str().to_owned()),
        language: Set(lang.code().to_owned()),
        created_at: Set(now),
        expires_at: Set(std::cmp::min(
            now + Duration::minutes(i64::from(office.settings.registration.verification_minutes)),
            end_of_event(&e),
        )),
        used_at: Set(None),
    }
    .insert(&txn)
    .await?;
    let summary = mail::event_summary(&e, &office.reference, lang, &office.links.base);
    let rendered = emails::email_verification::render(
        &emails::email_verification::EmailVerification {
            event: summary,
            verify_url: format!("{}/v/{token}", office.links.base),
        },
        lang,
    );
    let msg = outbox::Outgoing {
        to_address: email.as_str().to_owned(),
        to_name: String::new(),
        email: rendered,
        invitation_id: None,
        registration_id: None,
    };
    outbox::enqueue(&txn, &office.links.mail_domain, msg, now).await?;
    txn.commit().await?;
    Ok(e)
}

/// The email check behind a link, if usable, with its event.
pub async fn usable_verification<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(email_verification::Model, event::Model)> {
    let (v, e) = verification(db, token, now).await?;
    if v.used_at.is_some() {
        return Err(gone());
    }
    Ok((v, e))
}

/// The email check behind a link that has not expired, used or not, with its event.
pub(in crate::registration) async fn verification<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(email_verification::Model, event::Model)> {
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    let v = email_verification::Entity::find_by_id(tokens::hash(token)).one(db).await?.ok_or_else(gone)?;
    if v.expires_at <= now {
        return Err(gone());
    }
    let e = event::Entity::find_by_id(v.event_id).one(db).await?.ok_or(Error::NotFound)?;
    Ok((v, e))
}

/// The person with the address an email check verified, if there is one.
pub(in crate::registration) async fn verified_person<C: ConnectionTrait>(
    db: &C,
    v: &email_verification::Model,
) -> Result<Option<person::Model>> {
    Ok(person::Entity::find().filter(person::Column::Email.eq(v.email.as_str())).one(db).await?)
}
