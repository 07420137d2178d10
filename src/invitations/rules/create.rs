//! Inviting people: one by one, or a list of them at once.

use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};

use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait};

use super::common::{check_invitable, default_expiry, on_duplicate};
use super::letters::Letters;
use super::store::{already_invited, new_token, people_for, record_all};
use crate::Office;
use crate::audit::{Actor, Change};
use crate::auth::StaffUser;
use crate::domain::{InvitationKind, InvitationState};
use crate::entities::{event, invitation};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::events::access::managed_event;
use crate::invitations::input::Invitee;
use crate::mail::outbox::{self};
use crate::people::PersonInput;

/// Creates personal invitations to `event` for `invitees` (distinct addresses, none invited
/// yet): people, invitations, their emails and audit entries, in multi-row inserts inside the
/// caller's transaction. Members of a delegation carry its id.
pub(crate) async fn create_personal<C: ConnectionTrait>(
    db: &C,
    office: &Office,
    now: DateTime<Utc>,
    actor: &Actor,
    event: &event::Model,
    invitees: &[Invitee],
    delegation_id: Option<i32>,
) -> Result<Vec<invitation::Model>> {
    let expires_at = default_expiry(event)?;
    let mut letters = Letters::new(event, office)?;
    let mut created = Vec::with_capacity(invitees.len());
    for chunk in invitees.chunks(crate::db::bulk_rows(db.get_database_backend())) {
        let inputs: Vec<&PersonInput> = chunk.iter().map(|i| &i.person).collect();
        let people = people_for(db, &inputs, now).await?;
        let mut tokens = HashMap::new();
        let mut rows = Vec::with_capacity(chunk.len());
        let mut seen = HashSet::new();
        for invitee in chunk {
            let email = invitee.person.email.as_str();
            let Some(person) = people.get(email) else { continue };
            if !seen.insert(person.id) {
                continue;
            }
            let (token, hash) = new_token()?;
            tokens.insert(hash.clone(), (token, person.clone()));
            rows.push(invitation::ActiveModel {
                event_id: Set(event.id),
                person_id: Set(person.id),
                delegation_id: Set(delegation_id),
                kind: Set(InvitationKind::Personal),
                role: Set(invitee.role),
                state: Set(InvitationState::Queued),
                token_hash: Set(hash),
                expires_at: Set(expires_at),
                language: Set(invitee.person.language.code().to_owned()),
                sent_at: Set(None),
                opened_at: Set(None),
                responded_at: Set(None),
                decline_reason: Set(None),
                reminders_sent: Set(0),
                last_reminded_at: Set(None),
                position: Set(invitee.position.clone()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            });
        }
        if rows.is_empty() {
            continue;
        }
        invitation::Entity::insert_many(rows).exec_without_returning(db).await?;
        let hashes: Vec<String> = tokens.keys().cloned().collect();
        let mut inserted =
            invitation::Entity::find().filter(invitation::Column::TokenHash.is_in(hashes)).all(db).await?;
        inserted.sort_by_key(|i| i.id);
        let mut letters_out = Vec::with_capacity(inserted.len());
        let mut changes = Vec::with_capacity(inserted.len());
        for inv in &inserted {
            if let Some((token, person)) = tokens.get(&inv.token_hash) {
                letters_out.push(letters.invitation(inv, person, token));
            }
            changes.push(Change::new("invitation.create", "invitation", inv.id, None, Some(inv)));
        }
        outbox::enqueue_many(db, &office.links.mail_domain, letters_out, now).await?;
        record_all(db, actor, now, changes).await?;
        created.extend(inserted);
    }
    Ok(created)
}

/// Invites one person; a second personal invitation to the same event is refused, naming
/// the email field.
pub async fn invite_one(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    invitee: &Invitee,
) -> Result<invitation::Model> {
    let duplicate = || FieldErrors::clash("email", Msg::new("inv-err-already-invited"));
    let txn = office.db.write.begin().await?;
    let event = managed_event(&txn, staff, event_id).await?;
    check_invitable(&event, now)?;
    if let Some(c) = &invitee.person.country
        && !office.reference.has_country(c.as_str())
    {
        return Err(FieldErrors::single("country", Msg::new("err-country-unknown")));
    }
    let email = invitee.person.email.as_str().to_owned();
    if !already_invited(&txn, event.id, std::slice::from_ref(&email)).await?.is_empty() {
        return Err(duplicate());
    }
    let created = create_personal(&txn, office, now, &Actor::staff(staff), &event, std::slice::from_ref(invitee), None)
        .await
        .map_err(|e| on_duplicate(e, duplicate))?;
    txn.commit().await.map_err(|e| on_duplicate(e.into(), duplicate))?;
    office.mailer.wake();
    created.into_iter().next().ok_or_else(|| Error::Internal("invitation not created".into()))
}
