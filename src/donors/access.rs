//! Donor contacts' sign-in: a one-time link emailed on request (no password), then a short
//! session. Tokens come from [`crate::auth::tokens`] (256 random bits, SHA-256 stored) and
//! live in their own tables, so a donor's link or session can never act as a staff one.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait,
};

use super::DonorContact;
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::tokens;
use crate::config::DonorSettings;
use crate::db::Db;
use crate::domain::Email;
use crate::entities::{donor, donor_contact, donor_session, donor_sign_in_token};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::mail::outbox::{self, Outgoing};

/// The cookie of a donor contact's session (never the staff session cookie).
pub const COOKIE: &str = "convene_donor";

fn contact_of(c: donor_contact::Model) -> DonorContact {
    DonorContact { id: c.id, donor_id: c.donor_id, name: c.name, language: c.language }
}

/// The donor contact behind a session token, if the session is live.
pub async fn session_contact<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<DonorContact>> {
    if !tokens::well_formed(token) {
        return Ok(None);
    }
    let Some(session) = donor_session::Entity::find_by_id(tokens::hash(token)).one(db).await? else {
        return Ok(None);
    };
    if session.expires_at <= now {
        return Ok(None);
    }
    Ok(donor_contact::Entity::find_by_id(session.contact_id).one(db).await?.map(contact_of))
}

/// Emails a one-time sign-in link to `email` if it is a donor contact's address. Says nothing
/// either way, so the form does not tell who is a contact.
pub async fn request_link(office: &Office, email: &str, now: DateTime<Utc>) -> Result<bool> {
    let db = &office.db;
    let email = Email::parse(email).map_err(|m| FieldErrors::single("email", m))?;
    let Some(contact) =
        donor_contact::Entity::find().filter(donor_contact::Column::Email.eq(email.as_str())).one(&db.read).await?
    else {
        return Ok(false);
    };
    let txn = db.write.begin().await?;
    queue_link(&txn, office, &contact, now).await?;
    txn.commit().await?;
    Ok(true)
}

/// Creates a link for `contact` and queues its email, in the caller's transaction.
async fn queue_link<C: ConnectionTrait>(
    db: &C,
    office: &Office,
    contact: &donor_contact::Model,
    now: DateTime<Utc>,
) -> Result<()> {
    let settings = &office.settings.donors;
    let token = tokens::generate()?;
    donor_sign_in_token::ActiveModel {
        token_hash: Set(tokens::hash(&token)),
        contact_id: Set(contact.id),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(i64::from(settings.link_minutes))),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    let donor_name = donor::Entity::find_by_id(contact.donor_id).one(db).await?.map(|d| d.name).unwrap_or_default();
    let lang = crate::mail::ui_lang(&contact.language);
    let ctx = emails::donor_sign_in::DonorSignIn {
        donor: donor_name,
        sign_in_url: format!("{}/donor/link/{token}", office.links.base),
        minutes: settings.link_minutes,
    };
    let email = emails::donor_sign_in::render(&ctx, lang);
    let msg = Outgoing {
        to_address: contact.email.clone(),
        to_name: contact.name.clone(),
        email,
        invitation_id: None,
        registration_id: None,
    };
    outbox::enqueue(db, &office.links.mail_domain, msg, now).await?;
    Ok(())
}

/// Whether a link is still usable (for the page a GET shows; changes nothing).
pub async fn check_link<C: ConnectionTrait>(db: &C, token: &str, now: DateTime<Utc>) -> Result<()> {
    let gone = || Error::Gone(Msg::new("err-link-invalid"));
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    match donor_sign_in_token::Entity::find_by_id(tokens::hash(token)).one(db).await? {
        Some(t) if t.used_at.is_none() && t.expires_at > now => Ok(()),
        _ => Err(gone()),
    }
}

/// Uses a link once (a conditional update, so two clicks cannot both win) and opens a
/// session; returns its token.
pub async fn use_link(db: &Db, settings: &DonorSettings, token: &str, now: DateTime<Utc>) -> Result<String> {
    let gone = || Error::Gone(Msg::new("err-link-invalid"));
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    let hash = tokens::hash(token);
    let txn = db.write.begin().await?;
    let used = donor_sign_in_token::Entity::update_many()
        .col_expr(donor_sign_in_token::Column::UsedAt, Expr::value(now))
        .filter(donor_sign_in_token::Column::TokenHash.eq(hash.as_str()))
        .filter(donor_sign_in_token::Column::UsedAt.is_null())
        .filter(donor_sign_in_token::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(gone());
    }
    let link = donor_sign_in_token::Entity::find_by_id(hash).one(&txn).await?.ok_or_else(gone)?;
    let session = tokens::generate()?;
    donor_session::ActiveModel {
        id_hash: Set(tokens::hash(&session)),
        contact_id: Set(link.contact_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(i64::from(settings.session_minutes))),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &Actor { user_id: None, label: format!("donor_contact:{}", link.contact_id) },
        now,
        Change::new::<()>("donor_contact.sign_in", "donor_contact", link.contact_id, None, None),
    )
    .await?;
    txn.commit().await?;
    Ok(session)
}

/// Ends a donor session.
pub async fn sign_out<C: ConnectionTrait>(db: &C, token: &str) -> Result<()> {
    donor_session::Entity::delete_by_id(tokens::hash(token)).exec(db).await?;
    Ok(())
}

/// Ends every session and sign-in link of a contact, in the caller's transaction: used when
/// the contact is removed or its address changes, so it is signed out at once.
pub async fn end_contact_access<C: ConnectionTrait>(db: &C, contact_id: i32) -> Result<()> {
    // Links first: a link being used meanwhile is either gone before it opens a session, or
    // its session is committed before the sessions are deleted.
    donor_sign_in_token::Entity::delete_many()
        .filter(donor_sign_in_token::Column::ContactId.eq(contact_id))
        .exec(db)
        .await?;
    donor_session::Entity::delete_many().filter(donor_session::Column::ContactId.eq(contact_id)).exec(db).await?;
    Ok(())
}
