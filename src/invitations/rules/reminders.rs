//! Reminders to those who have not answered, by hand and by the daily job, and the organiser's
//! own paragraph in the emails.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Condition;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, TransactionTrait,
};

use super::common::{CHUNK, check_open};
use super::letters::Letters;
use super::lifecycle::letter_for;
use super::store::{new_token, record_all};
use crate::Office;
use crate::audit::{Actor, Change};
use crate::auth::StaffUser;
use crate::domain::{EventStatus, InvitationKind, InvitationState};
use crate::entities::{event, invitation, invitation_follow_up, person};
use crate::error::Result;
use crate::events::access::managed_event;
use crate::mail::outbox::{self};

/// Reminds everyone who has not answered (queued, sent or opened, not expired; focal points
/// who have not nominated yet): each gets the email again with a new link. Returns how many.
pub async fn remind_all(office: &Office, now: DateTime<Utc>, staff: &StaffUser, event_id: i32) -> Result<usize> {
    let txn = office.db.write.begin().await?;
    let event = managed_event(&txn, staff, event_id).await?;
    check_open(&event)?;
    let pending = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event.id))
        .filter(invitation::Column::State.is_in([
            InvitationState::Queued,
            InvitationState::Sent,
            InvitationState::Opened,
        ]))
        .filter(invitation::Column::ExpiresAt.gte(now))
        .filter(
            Condition::any()
                .add(invitation::Column::Kind.eq(InvitationKind::Personal))
                .add(invitation::Column::RespondedAt.is_null()),
        )
        .order_by_asc(invitation::Column::Id)
        .all(&txn)
        .await?;
    let reminded = remind_each(&txn, office, now, &event, &pending, &Actor::staff(staff)).await?;
    txn.commit().await?;
    office.mailer.wake();
    Ok(reminded)
}

/// Sends each of `pending` (unanswered invitations of `event`) again with a new link, counting
/// the reminder: one multi-row insert of emails and of audit entries per chunk.
async fn remind_each(
    txn: &sea_orm::DatabaseTransaction,
    office: &Office,
    now: DateTime<Utc>,
    event: &event::Model,
    pending: &[invitation::Model],
    actor: &Actor,
) -> Result<usize> {
    let mut letters = Letters::new(event, office)?;
    let mut reminded = 0;
    for chunk in pending.chunks(CHUNK) {
        let person_ids: Vec<i32> = chunk.iter().map(|i| i.person_id).collect();
        let people: HashMap<i32, person::Model> = person::Entity::find()
            .filter(person::Column::Id.is_in(person_ids))
            .all(txn)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        let ids: Vec<i32> = chunk.iter().map(|i| i.id).collect();
        outbox::withdraw_queued(txn, &ids).await?;
        let mut out = Vec::with_capacity(chunk.len());
        let mut changes = Vec::with_capacity(chunk.len());
        for before in chunk {
            let Some(person) = people.get(&before.person_id) else { continue };
            let (token, hash) = new_token()?;
            let mut model = before.clone().into_active_model();
            model.token_hash = Set(hash);
            model.reminders_sent = Set(before.reminders_sent + 1);
            model.last_reminded_at = Set(Some(now));
            model.updated_at = Set(now);
            let after = model.update(txn).await?;
            out.push(letter_for(txn, &mut letters, &after, person, &token).await?);
            changes.push(Change::new("invitation.remind", "invitation", after.id, Some(before), Some(&after)));
        }
        reminded += out.len();
        outbox::enqueue_many(txn, &office.links.mail_domain, out, now).await?;
        record_all(txn, actor, now, changes).await?;
    }
    Ok(reminded)
}

/// The automatic follow-up of unanswered invitations before the registration deadline (the
/// event's registration closing time, or the link's expiry when that comes first): for each
/// of `days_before`, at most one follow-up per invitation, recorded in
/// `invitation_follow_ups` in the transaction that queues it. Only the latest follow-up due
/// is sent, and none for an invitation sent after it was due.
pub async fn follow_up_unanswered(office: &Office, now: DateTime<Utc>, days_before: &[u32]) -> Result<usize> {
    let mut kinds = days_before.to_vec();
    kinds.sort_unstable_by(|a, b| b.cmp(a));
    kinds.dedup();
    let Some(furthest) = kinds.first().copied() else { return Ok(0) };
    let horizon = now + Duration::days(i64::from(furthest));
    let open = invitation::Entity::find()
        .filter(invitation::Column::State.is_in([InvitationState::Sent, InvitationState::Opened]))
        .filter(invitation::Column::RespondedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .order_by_asc(invitation::Column::EventId)
        .order_by_asc(invitation::Column::Id)
        .all(&office.db.read)
        .await?;
    let event_ids: HashSet<i32> = open.iter().map(|i| i.event_id).collect();
    let events: HashMap<i32, event::Model> = event::Entity::find()
        .filter(event::Column::Id.is_in(event_ids))
        .filter(event::Column::Status.eq(EventStatus::Published))
        .all(&office.db.read)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    // The follow-up due now for each invitation, if any: (days before, invitation).
    let mut due: Vec<(i32, invitation::Model)> = Vec::new();
    for inv in open {
        let Some(e) = events.get(&inv.event_id) else { continue };
        if let Some(d) = follow_up_due(e, &inv, &kinds, now, horizon) {
            due.push((d, inv));
        }
    }
    let due = not_yet_followed_up(&office.db.read, due).await?;
    let actor = Actor { user_id: None, label: "scheduler".to_owned() };
    let mut followed = 0;
    let mut by_event: std::collections::BTreeMap<i32, Vec<(i32, invitation::Model)>> = Default::default();
    for (d, inv) in due {
        by_event.entry(inv.event_id).or_default().push((d, inv));
    }
    for (event_id, group) in &by_event {
        let Some(e) = events.get(event_id) else { continue };
        for chunk in group.chunks(CHUNK) {
            let txn = office.db.write.begin().await?;
            let rows = chunk.iter().map(|(d, inv)| invitation_follow_up::ActiveModel {
                invitation_id: Set(inv.id),
                days_before: Set(*d),
                sent_at: Set(now),
                ..Default::default()
            });
            // A run started at the same moment may have written some of these marks: only
            // the invitations whose mark this run wrote are followed up here.
            let key = [invitation_follow_up::Column::InvitationId, invitation_follow_up::Column::DaysBefore];
            let marked: HashSet<i32> =
                crate::db::insert_new(&txn, rows.collect(), key, invitation_follow_up::Column::InvitationId)
                    .await?
                    .into_iter()
                    .collect();
            let pending: Vec<invitation::Model> =
                chunk.iter().filter(|(_, inv)| marked.contains(&inv.id)).map(|(_, inv)| inv.clone()).collect();
            followed += remind_each(&txn, office, now, e, &pending, &actor).await?;
            txn.commit().await?;
        }
    }
    if followed > 0 {
        office.mailer.wake();
    }
    Ok(followed)
}

/// The follow-up due now for an invitation to `e`, as days before its deadline (the earliest
/// of the registration deadline and the link's expiry), if any: the latest of `kinds` (in
/// decreasing order) already reached and not sent before the invitation existed.
fn follow_up_due(
    e: &event::Model,
    inv: &invitation::Model,
    kinds: &[u32],
    now: DateTime<Utc>,
    horizon: DateTime<Utc>,
) -> Option<i32> {
    let deadline = e.registration_closes_at.map_or(inv.expires_at, |c| std::cmp::min(c, inv.expires_at));
    if deadline <= now || deadline > horizon + Duration::days(1) {
        return None;
    }
    let at = |d: u32| deadline - Duration::days(i64::from(d));
    let current = kinds.iter().enumerate().find(|(i, d)| {
        let until = kinds.get(i + 1).map_or(deadline, |next| at(*next));
        at(**d) <= now && now < until
    });
    match current {
        Some((_, d)) if inv.created_at < at(*d) => Some(i32::try_from(*d).unwrap_or(i32::MAX)),
        _ => None,
    }
}

/// Drops the follow-ups already recorded.
async fn not_yet_followed_up<C: ConnectionTrait>(
    db: &C,
    mut due: Vec<(i32, invitation::Model)>,
) -> Result<Vec<(i32, invitation::Model)>> {
    let mut done: HashSet<(i32, i32)> = HashSet::new();
    for chunk in due.chunks(CHUNK) {
        let ids: Vec<i32> = chunk.iter().map(|(_, i)| i.id).collect();
        done.extend(
            invitation_follow_up::Entity::find()
                .filter(invitation_follow_up::Column::InvitationId.is_in(ids))
                .all(db)
                .await?
                .into_iter()
                .map(|f| (f.invitation_id, f.days_before)),
        );
    }
    due.retain(|(d, inv)| !done.contains(&(inv.id, *d)));
    Ok(due)
}

/// Sets (or, with `None`, removes) the organiser's paragraph added to the event's invitations.
pub async fn set_paragraph(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    paragraph: Option<String>,
) -> Result<event::Model> {
    let txn = office.db.write.begin().await?;
    let before = managed_event(&txn, staff, event_id).await?;
    check_open(&before)?;
    let mut model = before.clone().into_active_model();
    model.email_paragraph = Set(paragraph);
    model.updated_at = Set(now);
    let after = model.update(&txn).await?;
    crate::audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("event.email_paragraph", "event", after.id, Some(&before), Some(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
