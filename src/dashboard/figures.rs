//! The figures of the dashboards, counted in the database for a set of events at once, so the
//! organiser home costs the same few queries however many events it lists.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QuerySelect};

use crate::domain::{InvitationState, OutboxState, RegistrationState};
use crate::entities::{certificate, invitation, outbox_message, participant_list, registration};
use crate::error::Result;

/// How long before it lapses an offered seat counts as "about to lapse".
pub const LAPSING_WITHIN_HOURS: i64 = 24;

/// Counts per (event, state), e.g. registrations per state.
pub type CountsByState<S> = HashMap<(i32, S), i64>;

/// What needs an organiser's action on one event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NeedsAction {
    /// Registrations waiting for approval.
    pub pending: i64,
    /// Emails about the event's invitations or registrations that could not be delivered.
    pub failed_emails: i64,
    /// Seat offers that lapse within [`LAPSING_WITHIN_HOURS`].
    pub offers_lapsing: i64,
    /// Confirmed participants but no list of participants issued yet.
    pub list_not_issued: bool,
}

impl NeedsAction {
    /// Whether nothing waits for the organiser.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Registrations of `events` per state.
pub async fn registrations_by_state<C: ConnectionTrait>(
    db: &C,
    events: &[i32],
) -> Result<CountsByState<RegistrationState>> {
    let rows: Vec<(i32, RegistrationState, i64)> = registration::Entity::find()
        .select_only()
        .column(registration::Column::EventId)
        .column(registration::Column::State)
        .column_as(registration::Column::Id.count(), "n")
        .filter(registration::Column::EventId.is_in(events.iter().copied()))
        .group_by(registration::Column::EventId)
        .group_by(registration::Column::State)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(e, s, n)| ((e, s), n)).collect())
}

/// Invitations of `events` per state.
pub async fn invitations_by_state<C: ConnectionTrait>(
    db: &C,
    events: &[i32],
) -> Result<CountsByState<InvitationState>> {
    let rows: Vec<(i32, InvitationState, i64)> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::EventId)
        .column(invitation::Column::State)
        .column_as(invitation::Column::Id.count(), "n")
        .filter(invitation::Column::EventId.is_in(events.iter().copied()))
        .group_by(invitation::Column::EventId)
        .group_by(invitation::Column::State)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(e, s, n)| ((e, s), n)).collect())
}

/// Certificates of `events` issued and not revoked.
pub async fn certificates_issued<C: ConnectionTrait>(db: &C, events: &[i32]) -> Result<HashMap<i32, i64>> {
    let rows: Vec<(i32, i64)> = certificate::Entity::find()
        .select_only()
        .column(certificate::Column::EventId)
        .column_as(certificate::Column::Id.count(), "n")
        .filter(certificate::Column::EventId.is_in(events.iter().copied()))
        .filter(certificate::Column::RevokedAt.is_null())
        .group_by(certificate::Column::EventId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// What needs action on each of `events` at `now`, from the counts already read.
pub async fn needs_action<C: ConnectionTrait>(
    db: &C,
    events: &[i32],
    registrations: &CountsByState<RegistrationState>,
    now: DateTime<Utc>,
) -> Result<HashMap<i32, NeedsAction>> {
    let failed = failed_emails(db, events).await?;
    let lapsing = offers_lapsing(db, events, now).await?;
    let issued = lists_issued(db, events).await?;
    let count = |e: i32, s: RegistrationState| registrations.get(&(e, s)).copied().unwrap_or(0);
    Ok(events
        .iter()
        .map(|&e| {
            let needs = NeedsAction {
                pending: count(e, RegistrationState::Pending),
                failed_emails: failed.get(&e).copied().unwrap_or(0),
                offers_lapsing: lapsing.get(&e).copied().unwrap_or(0),
                list_not_issued: count(e, RegistrationState::Confirmed) > 0 && !issued.contains(&e),
            };
            (e, needs)
        })
        .collect())
}

/// Undeliverable emails per event, through the invitation or the registration they are about.
async fn failed_emails<C: ConnectionTrait>(db: &C, events: &[i32]) -> Result<HashMap<i32, i64>> {
    let mut per_event = HashMap::new();
    let by_registration: Vec<(i32, i64)> = outbox_message::Entity::find()
        .select_only()
        .column(registration::Column::EventId)
        .column_as(outbox_message::Column::Id.count(), "n")
        .join(
            JoinType::InnerJoin,
            outbox_message::Entity::belongs_to(registration::Entity)
                .from(outbox_message::Column::RegistrationId)
                .to(registration::Column::Id)
                .into(),
        )
        .filter(outbox_message::Column::State.eq(OutboxState::Failed))
        .filter(registration::Column::EventId.is_in(events.iter().copied()))
        .group_by(registration::Column::EventId)
        .into_tuple()
        .all(db)
        .await?;
    let by_invitation: Vec<(i32, i64)> = outbox_message::Entity::find()
        .select_only()
        .column(invitation::Column::EventId)
        .column_as(outbox_message::Column::Id.count(), "n")
        .join(
            JoinType::InnerJoin,
            outbox_message::Entity::belongs_to(invitation::Entity)
                .from(outbox_message::Column::InvitationId)
                .to(invitation::Column::Id)
                .into(),
        )
        .filter(outbox_message::Column::State.eq(OutboxState::Failed))
        .filter(outbox_message::Column::RegistrationId.is_null())
        .filter(invitation::Column::EventId.is_in(events.iter().copied()))
        .group_by(invitation::Column::EventId)
        .into_tuple()
        .all(db)
        .await?;
    for (event, n) in by_registration.into_iter().chain(by_invitation) {
        *per_event.entry(event).or_insert(0) += n;
    }
    Ok(per_event)
}

/// Offered seats per event that lapse within [`LAPSING_WITHIN_HOURS`] of `now`.
async fn offers_lapsing<C: ConnectionTrait>(db: &C, events: &[i32], now: DateTime<Utc>) -> Result<HashMap<i32, i64>> {
    let rows: Vec<(i32, i64)> = registration::Entity::find()
        .select_only()
        .column(registration::Column::EventId)
        .column_as(registration::Column::Id.count(), "n")
        .filter(registration::Column::EventId.is_in(events.iter().copied()))
        .filter(registration::Column::State.eq(RegistrationState::Offered))
        .filter(Expr::col(registration::Column::OfferExpiresAt).lt(now + Duration::hours(LAPSING_WITHIN_HOURS)))
        .group_by(registration::Column::EventId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// The events among `events` that have issued a list of participants.
async fn lists_issued<C: ConnectionTrait>(db: &C, events: &[i32]) -> Result<std::collections::HashSet<i32>> {
    let rows: Vec<i32> = participant_list::Entity::find()
        .select_only()
        .column(participant_list::Column::EventId)
        .filter(participant_list::Column::EventId.is_in(events.iter().copied()))
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}
