//! Copying the people of an earlier event.

use chrono::{DateTime, Utc};
use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait};

use super::common::{CHUNK, check_invitable, on_duplicate};
use super::create::create_personal;
use super::import::ImportOutcome;
use super::store::already_invited;
use crate::Office;
use crate::audit::Actor;
use crate::auth::StaffUser;
use crate::domain::{CountryCode, Email, InvitationKind, InvitationState, ParticipantRole, RegistrationState};
use crate::entities::{event, invitation, person, registration};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::events::access::managed_event;
use crate::invitations::input::{CopySource, Invitee};
use crate::people::PersonInput;

/// Earlier events `staff` manages that invitations can be copied from (not `event_id`).
pub async fn copy_sources(office: &Office, staff: &StaffUser, event_id: i32) -> Result<Vec<event::Model>> {
    let mut query = event::Entity::find().filter(event::Column::Id.ne(event_id));
    if !staff.is_admin() {
        query = query.filter(event::Column::ProgrammeCode.is_in(staff.programmes.clone()));
    }
    Ok(query
        .order_by_desc(event::Column::StartDate)
        .order_by_desc(event::Column::Id)
        .limit(500)
        .all(&office.db.read)
        .await?)
}

/// The people to copy from event `source_id`, as (person, role, language), in the order they
/// registered or were invited.
async fn picked_people<C: ConnectionTrait>(
    txn: &C,
    source_id: i32,
    what: CopySource,
) -> Result<Vec<(i32, ParticipantRole, String)>> {
    Ok(match what {
        CopySource::Participants => {
            registration::Entity::find()
                .select_only()
                .columns([registration::Column::PersonId, registration::Column::Role, registration::Column::Language])
                .filter(registration::Column::EventId.eq(source_id))
                .filter(registration::Column::State.is_in([RegistrationState::Confirmed, RegistrationState::Pending]))
                .order_by_asc(registration::Column::Id)
                .into_tuple()
                .all(txn)
                .await?
        }
        CopySource::Invitees => {
            invitation::Entity::find()
                .select_only()
                .columns([invitation::Column::PersonId, invitation::Column::Role, invitation::Column::Language])
                .filter(invitation::Column::EventId.eq(source_id))
                .filter(invitation::Column::Kind.eq(InvitationKind::Personal))
                .filter(invitation::Column::State.ne(InvitationState::Revoked))
                .order_by_asc(invitation::Column::Id)
                .into_tuple()
                .all(txn)
                .await?
        }
    })
}

/// Invites the participants (registrations confirmed or pending) or the personal invitees
/// of an earlier event, in their roles there; people already invited are skipped.
pub async fn copy_from(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    from_event: i32,
    what: CopySource,
) -> Result<ImportOutcome> {
    let txn = office.db.write.begin().await?;
    let event = managed_event(&txn, staff, event_id).await?;
    check_invitable(&event, now)?;
    if from_event == event_id {
        return Err(FieldErrors::clash("from_event", Msg::new("inv-err-copy-same")));
    }
    let source = match managed_event(&txn, staff, from_event).await {
        Err(Error::NotFound) => return Err(FieldErrors::single("from_event", Msg::new("err-choice"))),
        other => other?,
    };
    let picked = picked_people(&txn, source.id, what).await?;
    let mut invitees = Vec::with_capacity(picked.len());
    let mut skipped = 0;
    for chunk in picked.chunks(CHUNK) {
        let ids: Vec<i32> = chunk.iter().map(|(id, _, _)| *id).collect();
        let people: HashMap<i32, person::Model> = person::Entity::find()
            .filter(person::Column::Id.is_in(ids))
            .all(&txn)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        for (person_id, role, language) in chunk {
            let Some(p) = people.get(person_id) else { continue };
            let Ok(email) = Email::parse(&p.email) else {
                skipped += 1;
                continue;
            };
            invitees.push(Invitee {
                person: PersonInput {
                    email,
                    title: p.title.clone(),
                    given_name: p.given_name.clone(),
                    family_name: p.family_name.clone(),
                    organisation: p.organisation.clone(),
                    organisation_type: p.organisation_type.clone(),
                    country: p.country_iso3.as_deref().and_then(|c| CountryCode::parse(c).ok()),
                    language: crate::mail::ui_lang(language),
                },
                role: *role,
                position: None,
            });
        }
    }
    let emails: Vec<String> = invitees.iter().map(|i| i.person.email.as_str().to_owned()).collect();
    let invited = already_invited(&txn, event.id, &emails).await?;
    let before = invitees.len();
    invitees.retain(|i| !invited.contains(i.person.email.as_str()));
    skipped += before - invitees.len();
    let created = create_personal(&txn, office, now, &Actor::staff(staff), &event, &invitees, None)
        .await
        .map_err(|e| on_duplicate(e, || Error::Conflict(Msg::new("inv-err-concurrent"))))?;
    txn.commit().await.map_err(|e| on_duplicate(e.into(), || Error::Conflict(Msg::new("inv-err-concurrent"))))?;
    office.mailer.wake();
    Ok(ImportOutcome { created: created.len(), skipped, bad: Vec::new() })
}
