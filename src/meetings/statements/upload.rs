//! A focal point uploads its delegation's statement under an agenda item, in one language,
//! with when it is published; a statement in the same language on the same item is replaced,
//! unless it is public already.

use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, TransactionTrait,
};

use super::{has_spoken, is_published};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::domain::{Language, StatementPublication, TimeZone};
use crate::entities::{agenda_item, statement};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::files::{self, Received};

/// A statement as the focal point sends it.
#[derive(Debug, Clone)]
pub struct StatementInput {
    /// The agenda item's id.
    pub item_id: i32,
    /// The statement's language.
    pub language: Language,
    /// When it is published.
    pub publication: StatementPublication,
    /// For a publication at a time: that time, on the meeting's clock.
    pub publish_at: Option<NaiveDateTime>,
}

/// The publication time in UTC: required for a publication at a time, on the meeting's clock.
fn publish_at(input: &StatementInput, time_zone: &str) -> Result<Option<DateTime<Utc>>> {
    if input.publication != StatementPublication::AtTime {
        return Ok(None);
    }
    let local = input.publish_at.ok_or_else(|| FieldErrors::single("publish_at", Msg::new("err-required")))?;
    let tz: TimeZone = time_zone.parse().map_err(|_| Error::Internal(format!("time zone {time_zone}")))?;
    crate::events::input::local_to_utc(tz, local).map(Some).map_err(|m| FieldErrors::single("publish_at", m))
}

/// Keeps the statement the focal point behind `token` uploaded.
pub async fn upload_by_link(
    office: &Office,
    now: DateTime<Utc>,
    token: &str,
    input: &StatementInput,
    received: Received,
) -> Result<statement::Model> {
    let txn = office.db.write.begin().await?;
    let (inv, event, d) = crate::invitations::delegations::by_link(&txn, token, now).await?;
    if !super::super::is_serviced(event.kind) {
        return Err(Error::Conflict(Msg::new("meet-err-not-meeting")));
    }
    let item = agenda_item::Entity::find_by_id(input.item_id)
        .filter(agenda_item::Column::EventId.eq(event.id))
        .one(&txn)
        .await?
        .ok_or_else(|| FieldErrors::single("item", Msg::new("meet-err-item-unknown")))?;
    let at = publish_at(input, &event.time_zone)?;
    let before = statement::Entity::find()
        .filter(statement::Column::DelegationId.eq(d.id))
        .filter(statement::Column::AgendaItemId.eq(item.id))
        .filter(statement::Column::Language.eq(input.language.as_str()))
        .one(&txn)
        .await?;
    if let Some(old) = &before
        && is_published(old, has_spoken(&txn, item.id, d.id).await?, now)
    {
        return Err(Error::Conflict(Msg::new("stmt-err-published")));
    }
    let actor = Actor { user_id: None, label: format!("focal point (invitation {})", inv.id) };
    let file = files::keep(&txn, &office.settings.documents, received, now).await?;
    let (after, removed) = match &before {
        Some(old) => {
            let mut model = old.clone().into_active_model();
            model.stored_file_id = Set(file.id);
            model.publication = Set(input.publication);
            model.publish_at = Set(at);
            model.uploaded_by = Set(actor.label.clone());
            model.uploaded_at = Set(now);
            let after = model.update(&txn).await?;
            (after, files::remove(&txn, &office.settings.documents, old.stored_file_id).await?)
        }
        None => statement::ActiveModel {
            event_id: Set(event.id),
            agenda_item_id: Set(item.id),
            delegation_id: Set(d.id),
            language: Set(input.language.as_str().to_owned()),
            stored_file_id: Set(file.id),
            publication: Set(input.publication),
            publish_at: Set(at),
            uploaded_by: Set(actor.label.clone()),
            uploaded_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .map(|after| (after, files::Removed::default()))?,
    };
    audit::record(
        &txn,
        &actor,
        now,
        Change::new("statements.upload", "statement", after.id, before.as_ref(), Some(&after)),
    )
    .await?;
    txn.commit().await?;
    removed.after_commit().await;
    Ok(after)
}
