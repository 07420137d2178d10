//! Inscribing on a list of speakers: by the secretariat on a delegation's or observer's behalf,
//! or by a delegation's focal point through its link. The item's row lock makes inscriptions
//! on one list one at a time, so each takes the place the order rule gives it.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, TransactionTrait,
};

use super::super::agenda::managed_item;
use super::super::order::{OrderKey, Placed, place_for};
use super::super::store;
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::domain::{CountryCode, InscriptionState, SpeakerKind, SpeakerLevel};
use crate::entities::{agenda_item, delegation, speaker_inscription};
use crate::error::{Error, FieldErrors, Msg, Result};

/// Who takes the floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// A State, by its code.
    State(CountryCode),
    /// An observer State or organisation, by its name.
    Observer(String),
}

/// An inscription as the secretariat or a focal point makes it.
#[derive(Debug, Clone)]
pub struct InscriptionInput {
    /// Who speaks.
    pub speaker: Speaker,
    /// At what level.
    pub level: SpeakerLevel,
    /// The group it speaks for: a UN regional group's code, or a group's name.
    pub on_behalf_of: Option<String>,
}

/// What a new inscription is, besides its input.
struct Inscribing<'a> {
    item_id: i32,
    input: &'a InscriptionInput,
    delegation_id: Option<i32>,
    actor: Actor,
    now: DateTime<Utc>,
}

/// The order key of a stored inscription.
fn key_of(i: &speaker_inscription::Model) -> OrderKey {
    OrderKey::new(i.on_behalf_of.is_some(), i.speaker, i.level, i.inscribed_at, Some(i.id))
}

/// Inscribes in the caller's transaction: takes the item's lock, refuses a closed list and a
/// second inscription of the same speaker for the same group, places it by the order rule.
async fn inscribe_in(txn: &DatabaseTransaction, new: Inscribing<'_>) -> Result<speaker_inscription::Model> {
    let item: agenda_item::Model = store::lock_item(txn, new.item_id).await?;
    if !item.list_open {
        return Err(Error::Conflict(Msg::new("meet-err-list-closed")));
    }
    let (kind, country, name, field) = match &new.input.speaker {
        Speaker::State(c) => (SpeakerKind::State, Some(c.as_str().to_owned()), None, "country"),
        Speaker::Observer(n) => (SpeakerKind::Observer, None, Some(n.clone()), "name"),
    };
    let list = store::inscriptions_of(txn, item.id).await?;
    let twice = list.iter().any(|i| {
        i.state != InscriptionState::Withdrawn
            && i.country_iso3 == country
            && i.speaker_name == name
            && i.on_behalf_of == new.input.on_behalf_of
    });
    if twice {
        return Err(FieldErrors::clash(field, Msg::new("meet-err-inscribed-already")));
    }
    let placed: Vec<Placed> = list.iter().map(|i| Placed { place: i.place, state: i.state, key: key_of(i) }).collect();
    let key = OrderKey::new(new.input.on_behalf_of.is_some(), kind, new.input.level, new.now, None);
    let place = place_for(key, &placed);
    if list.iter().any(|i| i.place >= place) {
        store::make_room(txn, item.id, place).await?;
    }
    let created = speaker_inscription::ActiveModel {
        agenda_item_id: Set(item.id),
        speaker: Set(kind),
        country_iso3: Set(country),
        speaker_name: Set(name),
        on_behalf_of: Set(new.input.on_behalf_of.clone()),
        level: Set(new.input.level),
        place: Set(place),
        state: Set(InscriptionState::Inscribed),
        delegation_id: Set(new.delegation_id),
        inscribed_by: Set(new.actor.label.clone()),
        inscribed_at: Set(new.now),
        spoke_at: Set(None),
        withdrawn_at: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let change = Change::new("speakers.inscribe", "speaker_inscription", created.id, None, Some(&created));
    audit::record(txn, &new.actor, new.now, change).await?;
    Ok(created)
}

/// The secretariat inscribes a State or an observer on an item's list. A State's inscription
/// belongs to its delegation when it has one.
pub async fn inscribe(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    item_id: i32,
    input: &InscriptionInput,
) -> Result<speaker_inscription::Model> {
    if let Speaker::State(c) = &input.speaker
        && !office.reference.has_country(c.as_str())
    {
        return Err(FieldErrors::single("country", Msg::new("err-country-unknown")));
    }
    let txn = office.db.write.begin().await?;
    let (event, item) = managed_item(&txn, staff, event_id, item_id).await?;
    let delegation_id = match &input.speaker {
        Speaker::State(c) => delegation::Entity::find()
            .filter(delegation::Column::EventId.eq(event.id))
            .filter(delegation::Column::CountryIso3.eq(c.as_str()))
            .one(&txn)
            .await?
            .map(|d| d.id),
        Speaker::Observer(_) => None,
    };
    let new = Inscribing { item_id: item.id, input, delegation_id, actor: Actor::staff(staff), now };
    let created = inscribe_in(&txn, new).await?;
    txn.commit().await?;
    Ok(created)
}

/// A delegation's focal point inscribes its State through its link (`input.speaker` is
/// replaced by the delegation's State).
pub async fn inscribe_by_link(
    office: &Office,
    now: DateTime<Utc>,
    token: &str,
    item_id: i32,
    level: SpeakerLevel,
    on_behalf_of: Option<String>,
) -> Result<speaker_inscription::Model> {
    let txn = office.db.write.begin().await?;
    let (inv, event, d) = crate::invitations::delegations::by_link(&txn, token, now).await?;
    if !super::super::is_serviced(event.kind) {
        return Err(Error::Conflict(Msg::new("meet-err-not-meeting")));
    }
    let item = agenda_item::Entity::find_by_id(item_id)
        .filter(agenda_item::Column::EventId.eq(event.id))
        .one(&txn)
        .await?
        .ok_or_else(|| FieldErrors::single("item", Msg::new("meet-err-item-unknown")))?;
    let country = CountryCode::parse(&d.country_iso3).map_err(|_| Error::NotFound)?;
    let input = InscriptionInput { speaker: Speaker::State(country), level, on_behalf_of };
    let actor = Actor { user_id: None, label: format!("focal point (invitation {})", inv.id) };
    let new = Inscribing { item_id: item.id, input: &input, delegation_id: Some(d.id), actor, now };
    let created = inscribe_in(&txn, new).await?;
    txn.commit().await?;
    Ok(created)
}
