//! The link confirming an NGO's contact address: a GET shows the application, a POST confirms
//! it (once; the token is cleared), and the application goes to the secretariat.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, TransactionTrait,
};

use super::listing::{Application, with_representatives};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::tokens;
use crate::domain::NgoApplicationState;
use crate::entities::{event, ngo_application};
use crate::error::{Error, Msg, Result};

fn gone() -> Error {
    Error::Gone(Msg::new("ngo-err-link-gone"))
}

async fn by_token<C: sea_orm::ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(ngo_application::Model, event::Model)> {
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    let a = ngo_application::Entity::find()
        .filter(ngo_application::Column::TokenHash.eq(tokens::hash(token)))
        .one(db)
        .await?
        .ok_or_else(gone)?;
    if a.token_expires_at.is_none_or(|t| t <= now) || a.state != NgoApplicationState::Unverified {
        return Err(gone());
    }
    let e = event::Entity::find_by_id(a.event_id).one(db).await?.ok_or(Error::NotFound)?;
    Ok((a, e))
}

/// The application behind a confirmation link that still works, with its meeting.
pub async fn pending_confirmation(
    office: &Office,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(Application, event::Model)> {
    let db = &office.db.read;
    let (a, e) = by_token(db, token, now).await?;
    Ok((with_representatives(db, a).await?, e))
}

/// Confirms the contact address: the application now awaits the secretariat's decision.
pub async fn confirm(
    office: &Office,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(ngo_application::Model, event::Model)> {
    let txn = office.db.write.begin().await?;
    let (before, e) = by_token(&txn, token, now).await?;
    let mut model = before.clone().into_active_model();
    model.state = Set(NgoApplicationState::Pending);
    model.token_hash = Set(None);
    model.token_expires_at = Set(None);
    model.verified_at = Set(Some(now));
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    // The contact has no account; the audit names the role, never the address.
    let actor = Actor { user_id: None, label: "ngo contact".to_owned() };
    let change = Change::new("ngos.verify", "ngo_application", after.id, Some(&before), Some(&after));
    audit::record(&txn, &actor, now, change).await?;
    txn.commit().await?;
    Ok((after, e))
}
