//! An invitation's link: the page it opens, and declining it.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait};

use super::common::{gone, participant};
use crate::audit::{self, Change};
use crate::auth::tokens;
use crate::db::Db;
use crate::domain::{InvitationKind, InvitationState, WebhookKind};
use crate::entities::{event, invitation, person, registration};
use crate::error::{Error, Msg, Result};
use crate::{Office, webhooks};

/// The invitation behind a link, if it can still be used.
pub async fn usable_invitation<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<invitation::Model> {
    let inv = personal_invitation(token)?.one(db).await?.ok_or_else(gone)?;
    check_usable(&inv, now)?;
    Ok(inv)
}

/// The query for the personal invitation behind a link; a malformed link is gone at once.
pub(super) fn personal_invitation(token: &str) -> Result<sea_orm::Select<invitation::Entity>> {
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    Ok(invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(tokens::hash(token)))
        .filter(invitation::Column::Kind.eq(InvitationKind::Personal)))
}

pub(super) fn check_usable(inv: &invitation::Model, now: DateTime<Utc>) -> Result<()> {
    if inv.state == InvitationState::Revoked || inv.expires_at <= now {
        return Err(gone());
    }
    Ok(())
}

/// What the invitation page shows: the invitation, its event and person, and the
/// registration if one exists.
#[derive(Debug, Clone)]
pub struct InvitationView {
    /// The invitation.
    pub invitation: invitation::Model,
    /// Its event.
    pub event: event::Model,
    /// The invitee.
    pub person: person::Model,
    /// Their registration, if any.
    pub registration: Option<registration::Model>,
}

/// Opens an invitation link: records the first opening (that is what "opened" means, even
/// for a mail scanner) and returns what the page shows. Registering needs a POST.
pub async fn open_invitation(db: &Db, token: &str, now: DateTime<Utc>) -> Result<InvitationView> {
    let inv = usable_invitation(&db.read, token, now).await?;
    if inv.opened_at.is_none() {
        let mut update = invitation::Entity::update_many()
            .col_expr(invitation::Column::OpenedAt, Expr::value(now))
            .filter(invitation::Column::Id.eq(inv.id))
            .filter(invitation::Column::OpenedAt.is_null());
        if matches!(inv.state, InvitationState::Queued | InvitationState::Sent | InvitationState::Failed) {
            update = update.col_expr(invitation::Column::State, Expr::value(InvitationState::Opened));
        }
        update.exec(&db.write).await?;
    }
    let event = event::Entity::find_by_id(inv.event_id).one(&db.read).await?.ok_or(Error::NotFound)?;
    let person = person::Entity::find_by_id(inv.person_id).one(&db.read).await?.ok_or(Error::NotFound)?;
    let registration = registration::Entity::find()
        .filter(registration::Column::EventId.eq(inv.event_id))
        .filter(registration::Column::PersonId.eq(inv.person_id))
        .one(&db.read)
        .await?;
    Ok(InvitationView { invitation: inv, event, person, registration })
}

/// Declines an invitation (one click, optional reason).
pub async fn decline_invitation(
    office: &Office,
    token: &str,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> Result<event::Model> {
    let txn = office.db.write.begin().await?;
    let inv = usable_invitation(&txn, token, now).await?;
    if inv.state == InvitationState::Registered {
        return Err(Error::Conflict(Msg::new("err-already-registered")));
    }
    invitation::Entity::update_many()
        .col_expr(invitation::Column::State, Expr::value(InvitationState::Declined))
        .col_expr(invitation::Column::RespondedAt, Expr::value(now))
        .col_expr(invitation::Column::DeclineReason, Expr::value(reason))
        .col_expr(invitation::Column::UpdatedAt, Expr::value(now))
        .filter(invitation::Column::Id.eq(inv.id))
        .exec(&txn)
        .await?;
    audit::record(&txn, &participant(), now, Change::new::<()>("invitation.decline", "invitation", inv.id, None, None))
        .await?;
    let event = event::Entity::find_by_id(inv.event_id).one(&txn).await?.ok_or(Error::NotFound)?;
    let change = webhooks::Change {
        kind: WebhookKind::InvitationAnswered,
        programme_code: event.programme_code.clone(),
        ids: webhooks::Ids {
            event_id: event.id,
            invitation_id: Some(inv.id),
            person_id: Some(inv.person_id),
            answer: Some("declined"),
            ..Default::default()
        },
        personal: office.webhooks.person(&txn, inv.person_id).await?,
    };
    office.webhooks.record(&txn, change, now).await?;
    txn.commit().await?;
    Ok(event)
}
