//! The focal point's credentials page behind its link (`/n/{token}/credentials`): the status,
//! the secretariat's note, the document sent. An upload is kept in the file store; it turns
//! "none" into "copy received", and replaces the previous document (which is removed).

use chrono::{DateTime, Utc};
use sea_orm::TransactionTrait;

use super::super::is_serviced;
use super::{CredentialsRow, list::rows_of, store};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::domain::CredentialsStatus;
use crate::entities::{credentials, event};
use crate::error::{Error, Msg, Result};
use crate::files::{Opened, Received};
use crate::i18n::Lang;

/// What the focal point's credentials page shows.
#[derive(Debug, Clone)]
pub struct LinkCredentials {
    /// The meeting.
    pub event: event::Model,
    /// The language of the focal point's invitation.
    pub language: String,
    /// The delegation's credentials, the State named in the reader's language.
    pub row: CredentialsRow,
}

/// The focal point's credentials page behind `token` (showing it changes nothing); 404 for an
/// event that is not a meeting.
pub async fn link_page(office: &Office, now: DateTime<Utc>, token: &str, lang: Lang) -> Result<LinkCredentials> {
    let db = &office.db.read;
    let (inv, event, d) = crate::invitations::delegations::by_link(db, token, now).await?;
    if !is_serviced(event.kind) {
        return Err(Error::NotFound);
    }
    let row = rows_of(db, &office.reference, event.id, lang)
        .await?
        .into_iter()
        .find(|r| r.delegation_id == d.id)
        .ok_or(Error::NotFound)?;
    Ok(LinkCredentials { event, language: inv.language, row })
}

/// The focal point sends its credentials (a checked PDF): kept, in place of the previous one;
/// "none" becomes "copy received". Audited as the focal point, without the file's bytes.
pub async fn upload_by_link(
    office: &Office,
    now: DateTime<Utc>,
    token: &str,
    received: Received,
) -> Result<credentials::Model> {
    let txn = office.db.write.begin().await?;
    let (inv, event, d) = crate::invitations::delegations::by_link(&txn, token, now).await?;
    if !is_serviced(event.kind) {
        return Err(Error::Conflict(Msg::new("meet-err-not-meeting")));
    }
    let before = store::locked_record(&txn, d.id).await?;
    let kept = crate::files::keep(&txn, &office.settings.documents, received, now).await?;
    let actor = Actor { user_id: None, label: format!("focal point (invitation {})", inv.id) };
    let status = match before.as_ref().map(|b| b.status) {
        None | Some(CredentialsStatus::None) => CredentialsStatus::CopyReceived,
        Some(other) => other,
    };
    let values = store::Values {
        status,
        note: before.as_ref().and_then(|b| b.note.clone()),
        stored_file_id: Some(kept.id),
        original_received_at: before.as_ref().and_then(|b| b.original_received_at),
        updated_by: actor.label.clone(),
        updated_at: now,
    };
    let after = store::save(&txn, d.id, before.as_ref(), values).await?;
    let removed = match before.as_ref().and_then(|b| b.stored_file_id) {
        Some(old) => crate::files::remove(&txn, &office.settings.documents, old).await?,
        None => crate::files::Removed::default(),
    };
    let change = Change::new("credentials.upload", "credentials", after.id, before.as_ref(), Some(&after));
    audit::record(&txn, &actor, now, change).await?;
    txn.commit().await.map_err(store::on_commit)?;
    removed.after_commit().await;
    Ok(after)
}

/// The document the delegation sent, for its focal point (404 when none).
pub async fn link_document(office: &Office, now: DateTime<Utc>, token: &str) -> Result<Opened> {
    let db = &office.db.read;
    let (_, event, d) = crate::invitations::delegations::by_link(db, token, now).await?;
    if !is_serviced(event.kind) {
        return Err(Error::NotFound);
    }
    let file_id =
        store::records_of(db, &[d.id]).await?.remove(&d.id).and_then(|r| r.stored_file_id).ok_or(Error::NotFound)?;
    crate::files::open(db, &office.settings.documents, file_id).await
}
