//! The secretariat records a delegation's credentials: a status and a note. Recording the
//! original's receipt dates it; that date stays while the credentials are in order, and goes
//! when the status falls back to a copy or nothing (the original is not with the secretariat).

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, TransactionTrait};

use super::super::managed_meeting;
use super::{CredentialsRow, list::rows_of, store};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::domain::CredentialsStatus;
use crate::entities::{credentials, delegation, event};
use crate::error::{Error, Result};
use crate::files::Opened;
use crate::i18n::Lang;
use crate::invitations::delegations::delegation_of;

/// A status and a note as the secretariat records them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordInput {
    /// The new status.
    pub status: CredentialsStatus,
    /// The note shown to the focal point; none clears it.
    pub note: Option<String>,
}

/// Delegation `delegation_id` of a meeting the staff member manages (404 for another event's).
async fn managed_delegation<C: ConnectionTrait>(
    db: &C,
    staff: &StaffUser,
    event_id: i32,
    delegation_id: i32,
) -> Result<(event::Model, delegation::Model)> {
    let event = managed_meeting(db, staff, event_id).await?;
    let d = delegation_of(db, &event, delegation_id).await?;
    Ok((event, d))
}

/// One delegation's credentials, for the secretariat's form.
pub async fn managed_row(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
    delegation_id: i32,
    lang: Lang,
) -> Result<(event::Model, CredentialsRow)> {
    let db = &office.db.read;
    let (event, d) = managed_delegation(db, staff, event_id, delegation_id).await?;
    let row = rows_of(db, &office.reference, event.id, lang)
        .await?
        .into_iter()
        .find(|r| r.delegation_id == d.id)
        .ok_or(Error::NotFound)?;
    Ok((event, row))
}

/// When the original was received, after a change to `status` from `before`.
fn original_date(
    before: Option<&credentials::Model>,
    status: CredentialsStatus,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let kept = before.and_then(|b| b.original_received_at);
    if status.is_formal() { Some(kept.unwrap_or(now)) } else { None }
}

/// Records a delegation's status and note, audited with the row before and after.
pub async fn record(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    delegation_id: i32,
    input: &RecordInput,
) -> Result<credentials::Model> {
    let txn = office.db.write.begin().await?;
    let (_, d) = managed_delegation(&txn, staff, event_id, delegation_id).await?;
    let before = store::locked_record(&txn, d.id).await?;
    let values = store::Values {
        status: input.status,
        note: input.note.clone(),
        stored_file_id: before.as_ref().and_then(|b| b.stored_file_id),
        original_received_at: original_date(before.as_ref(), input.status, now),
        updated_by: staff.email.clone(),
        updated_at: now,
    };
    let after = store::save(&txn, d.id, before.as_ref(), values).await?;
    let change = Change::new("credentials.record", "credentials", after.id, before.as_ref(), Some(&after));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    txn.commit().await.map_err(store::on_commit)?;
    Ok(after)
}

/// The document a delegation sent, for the secretariat (404 when none).
pub async fn staff_document(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
    delegation_id: i32,
) -> Result<(delegation::Model, Opened)> {
    let db = &office.db.read;
    let (_, d) = managed_delegation(db, staff, event_id, delegation_id).await?;
    let file_id =
        store::records_of(db, &[d.id]).await?.remove(&d.id).and_then(|r| r.stored_file_id).ok_or(Error::NotFound)?;
    let opened = crate::files::open(db, &office.settings.documents, file_id).await?;
    Ok((d, opened))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_originals_date_is_kept_while_formal_and_dropped_otherwise() {
        let t0 = chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap_or_default();
        let t1 = t0 + chrono::Duration::days(2);
        assert_eq!(original_date(None, CredentialsStatus::OriginalReceived, t0), Some(t0));
        let before = credentials::Model {
            id: 1,
            delegation_id: 1,
            status: CredentialsStatus::OriginalReceived,
            note: None,
            stored_file_id: None,
            original_received_at: Some(t0),
            updated_by: "x".into(),
            updated_at: t0,
        };
        assert_eq!(original_date(Some(&before), CredentialsStatus::InOrder, t1), Some(t0));
        assert_eq!(original_date(Some(&before), CredentialsStatus::OriginalReceived, t1), Some(t0));
        assert_eq!(original_date(Some(&before), CredentialsStatus::CopyReceived, t1), None);
        assert_eq!(original_date(None, CredentialsStatus::None, t1), None);
    }
}
