//! The organiser's list of an event's invitations, with counts and delivery progress.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait, Func};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Select,
};
use serde::Serialize;

use super::common::{CHUNK, OPEN_STATES, PER_PAGE, shown_state};
use super::lifecycle::managed_invitation;
use crate::Office;
use crate::auth::StaffUser;
use crate::domain::{InvitationKind, InvitationState, OutboxState};
use crate::entities::{delegation, event, invitation, person};
use crate::error::{Error, Result};
use crate::events::access::managed_event;
use crate::invitations::input::ListFilter;
use crate::mail::outbox::{self};

/// The delivery of an invitation's latest email.
#[derive(Debug, Clone, Serialize)]
pub struct Delivery {
    /// Where its latest email is.
    pub state: OutboxState,
    /// The mail server's reply or the transport's error, when it failed or is retried.
    pub error: Option<String>,
}

/// One invitation as the organiser's list shows it.
#[derive(Debug, Clone)]
pub struct InvitationRow {
    /// The invitation.
    pub invitation: invitation::Model,
    /// The invited person.
    pub person: person::Model,
    /// Its state as shown (expiry applied).
    pub shown: InvitationState,
    /// Its latest email's delivery.
    pub delivery: Option<Delivery>,
    /// For a focal point's invitation: the State.
    pub delegation_country: Option<String>,
}

/// Delivery counts over each invitation's latest email.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Progress {
    /// Waiting to be sent (or being sent).
    pub queued: u64,
    /// Accepted by the mail server.
    pub sent: u64,
    /// Could not be delivered.
    pub failed: u64,
    /// All of them.
    pub total: u64,
}

/// One page of an event's invitations.
#[derive(Debug, Clone)]
pub struct Listing {
    /// The event.
    pub event: event::Model,
    /// The invitations on this page.
    pub rows: Vec<InvitationRow>,
    /// Matching invitations in all pages.
    pub total: u64,
    /// This page (from 1).
    pub page: u64,
    /// Number of pages.
    pub pages: u64,
    /// Invitations per shown state (all of the event's, unfiltered).
    pub counts: Vec<(InvitationState, u64)>,
    /// Delivery progress.
    pub progress: Progress,
}

fn filtered(event_id: i32, filter: &ListFilter, now: DateTime<Utc>) -> Select<invitation::Entity> {
    let mut query = invitation::Entity::find().filter(invitation::Column::EventId.eq(event_id));
    match filter.state {
        None => {}
        Some(InvitationState::Expired) => {
            query = query.filter(invitation::Column::ExpiresAt.lt(now)).filter(
                invitation::Column::State
                    .is_in(OPEN_STATES.iter().copied().chain([InvitationState::Expired]).collect::<Vec<_>>()),
            );
        }
        Some(
            s @ (InvitationState::Queued | InvitationState::Sent | InvitationState::Failed | InvitationState::Opened),
        ) => {
            query = query.filter(invitation::Column::State.eq(s)).filter(invitation::Column::ExpiresAt.gte(now));
        }
        Some(s) => query = query.filter(invitation::Column::State.eq(s)),
    }
    if let Some(words) = &filter.search {
        let pattern = format!("%{}%", words.to_lowercase().replace(['%', '_', '\\'], ""));
        let lower = |c: person::Column| Expr::expr(Func::lower(Expr::col(c)));
        let matching = person::Entity::find()
            .select_only()
            .column(person::Column::Id)
            .filter(
                Condition::any()
                    .add(lower(person::Column::Email).like(pattern.clone()))
                    .add(lower(person::Column::GivenName).like(pattern.clone()))
                    .add(lower(person::Column::FamilyName).like(pattern)),
            )
            .into_query();
        query = query.filter(invitation::Column::PersonId.in_subquery(matching));
    }
    query.order_by_desc(invitation::Column::Id)
}

/// Invitations per shown state.
async fn state_counts<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<(InvitationState, u64)>> {
    let live: Vec<(InvitationState, i64)> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::State)
        .column_as(invitation::Column::Id.count(), "n")
        .filter(invitation::Column::EventId.eq(event_id))
        .filter(
            Condition::any().add(invitation::Column::ExpiresAt.gte(now)).add(
                invitation::Column::State
                    .is_not_in(OPEN_STATES.iter().copied().chain([InvitationState::Expired]).collect::<Vec<_>>()),
            ),
        )
        .group_by(invitation::Column::State)
        .into_tuple()
        .all(db)
        .await?;
    let expired = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event_id))
        .filter(invitation::Column::ExpiresAt.lt(now))
        .filter(
            invitation::Column::State
                .is_in(OPEN_STATES.iter().copied().chain([InvitationState::Expired]).collect::<Vec<_>>()),
        )
        .count(db)
        .await?;
    Ok(InvitationState::ALL
        .iter()
        .map(|s| {
            let n = if *s == InvitationState::Expired {
                expired
            } else {
                live.iter().filter(|(k, _)| k == s).map(|(_, n)| u64::try_from(*n).unwrap_or(0)).sum()
            };
            (*s, n)
        })
        .collect())
}

/// Delivery progress of an event's invitations (each one's latest email).
pub async fn progress_of<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Progress> {
    let counts = outbox::delivery_counts_for_event(db, event_id).await?;
    let get = |k: OutboxState| counts.get(&k).copied().unwrap_or(0);
    let queued = get(OutboxState::Queued) + get(OutboxState::Sending);
    let (sent, failed) = (get(OutboxState::Sent), get(OutboxState::Failed));
    Ok(Progress { queued, sent, failed, total: queued + sent + failed })
}

/// Delivery progress, for an event `staff` manages.
pub async fn progress(office: &Office, staff: &StaffUser, event_id: i32) -> Result<Progress> {
    managed_event(&office.db.read, staff, event_id).await?;
    progress_of(&office.db.read, event_id).await
}

/// Completes invitations with their people, delivery and State.
async fn rows_for<C: ConnectionTrait>(
    db: &C,
    invitations: Vec<invitation::Model>,
    now: DateTime<Utc>,
) -> Result<Vec<InvitationRow>> {
    let ids: Vec<i32> = invitations.iter().map(|i| i.id).collect();
    let mut deliveries = outbox::latest_for_invitations(db, &ids).await?;
    let mut people: HashMap<i32, person::Model> = HashMap::new();
    let person_ids: Vec<i32> = invitations.iter().map(|i| i.person_id).collect();
    for chunk in person_ids.chunks(CHUNK) {
        for p in person::Entity::find().filter(person::Column::Id.is_in(chunk.to_vec())).all(db).await? {
            people.insert(p.id, p);
        }
    }
    let delegation_ids: Vec<i32> =
        invitations.iter().filter(|i| i.kind == InvitationKind::Nomination).filter_map(|i| i.delegation_id).collect();
    let countries: HashMap<i32, String> = if delegation_ids.is_empty() {
        HashMap::new()
    } else {
        delegation::Entity::find()
            .filter(delegation::Column::Id.is_in(delegation_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|d| (d.id, d.country_iso3))
            .collect()
    };
    Ok(invitations
        .into_iter()
        .filter_map(|inv| {
            let person = people.get(&inv.person_id)?.clone();
            let delivery = deliveries.remove(&inv.id).map(|m| Delivery { state: m.state, error: m.last_error });
            let delegation_country = (inv.kind == InvitationKind::Nomination)
                .then(|| inv.delegation_id.and_then(|d| countries.get(&d).cloned()))
                .flatten();
            Some(InvitationRow { shown: shown_state(&inv, now), invitation: inv, person, delivery, delegation_country })
        })
        .collect())
}

/// One page of an event's invitations, filtered, with counts and delivery progress.
pub async fn list(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    filter: &ListFilter,
) -> Result<Listing> {
    let db = &office.db.read;
    let event = managed_event(db, staff, event_id).await?;
    let paginator = filtered(event.id, filter, now).paginate(db, PER_PAGE);
    let totals = paginator.num_items_and_pages().await?;
    let pages = std::cmp::max(totals.number_of_pages, 1);
    let page = filter.page.clamp(1, pages);
    let invitations = paginator.fetch_page(page - 1).await?;
    let rows = rows_for(db, invitations, now).await?;
    let counts = state_counts(db, event.id, now).await?;
    let progress = progress_of(db, event.id).await?;
    Ok(Listing { event, rows, total: totals.number_of_items, page, pages, counts, progress })
}

/// One invitation of an event, as lists show it.
pub async fn one(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    invitation_id: i32,
) -> Result<InvitationRow> {
    let db = &office.db.read;
    let (_, inv, _) = managed_invitation(db, staff, event_id, invitation_id).await?;
    rows_for(db, vec![inv], now).await?.into_iter().next().ok_or(Error::NotFound)
}
