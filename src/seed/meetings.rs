//! The demo's serviced meetings (`seeds/demo-meetings.toml`): each meeting's agenda and its
//! lists of speakers, placed by the order rule as if inscribed one by one at the times given,
//! its delegations' credentials ([`super::credentials`]) and its official documents
//! (`super::documents`). A meeting whose agenda already has items is left as it is; so are its
//! side events (one approved in a room, one confirmed request) once it has some.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};
use serde::Deserialize;

use super::{SeedReport, bad_seed};
use crate::domain::{
    AgendaNumber, EcosocStatus, InscriptionState, NgoApplicationState, SideEventState, SpeakerKind, SpeakerLevel,
};
use crate::entities::{
    agenda_item, event, event_session, ngo_application, ngo_representative, session_agenda_item, side_event,
    speaker_inscription,
};
use crate::error::Result;
use crate::meetings::order::{OrderKey, Placed, place_for};

const MEETINGS: &str = include_str!("../../seeds/demo-meetings.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    meeting: Vec<MeetingSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeetingSpec {
    event: String,
    /// Whether the meeting admits NGOs.
    #[serde(default)]
    admits_ngos: bool,
    item: Vec<ItemSpec>,
    #[serde(default)]
    credentials: Vec<super::credentials::CredentialsSpec>,
    #[serde(default)]
    document: Vec<super::documents::DocumentSpec>,
    #[serde(default)]
    side_event: Vec<SideEventSpec>,
    #[serde(default)]
    ngo: Vec<NgoSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SideEventSpec {
    title: String,
    organisers: String,
    #[serde(default)]
    co_sponsors: String,
    contact_name: String,
    contact_email: String,
    language: String,
    audience: i32,
    interpretation: bool,
    webcast: bool,
    day: i64,
    start: String,
    end: String,
    /// With a room, approved there at that time; without, a confirmed request.
    room: Option<String>,
}

/// An NGO accredited to the meeting, with its representatives (given, family name, email).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NgoSpec {
    organisation: String,
    ecosoc_status: String,
    country: Option<String>,
    website: Option<String>,
    contact_email: String,
    representatives: Vec<[String; 3]>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemSpec {
    number: String,
    title: String,
    open: bool,
    time_limit_minutes: Option<i32>,
    /// The titles of the event's sessions that take the item up.
    #[serde(default)]
    sessions: Vec<String>,
    #[serde(default)]
    speaker: Vec<SpeakerSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpeakerSpec {
    country: Option<String>,
    name: Option<String>,
    level: String,
    on_behalf_of: Option<String>,
    minutes: i64,
}

/// Writes the agendas and lists of speakers of the demo's meetings.
pub async fn seed<C: ConnectionTrait>(db: &C, now: DateTime<Utc>, report: &mut SeedReport) -> Result<()> {
    let file: File = toml::from_str(MEETINGS).map_err(|e| bad_seed("demo-meetings.toml", e))?;
    for m in &file.meeting {
        let Some(e) = event::Entity::find().filter(event::Column::SeedKey.eq(m.event.as_str())).one(db).await? else {
            continue;
        };
        super::credentials::seed(db, &e, &m.credentials, now).await?;
        let present = agenda_item::Entity::find().filter(agenda_item::Column::EventId.eq(e.id)).count(db).await? > 0;
        side_events(db, &e, now, &m.side_event).await?;
        report.count(!present);
        if present {
            continue;
        }
        // The lists opened a week before the meeting, at 09:00 UTC.
        let opened = (e.start_date - Duration::days(7)).and_time(NaiveTime::MIN).and_utc() + Duration::hours(9);
        for spec in &m.item {
            let number = AgendaNumber::parse(&spec.number).map_err(|_| bad_seed(&spec.number, "agenda number"))?;
            let item = agenda_item::ActiveModel {
                event_id: Set(e.id),
                number: Set(number.as_str().to_owned()),
                title: Set(spec.title.clone()),
                position: Set(number.leading()),
                list_open: Set(spec.open),
                time_limit_minutes: Set(spec.time_limit_minutes),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
            speakers(db, item.id, opened, &spec.speaker).await?;
            sessions(db, e.id, item.id, &spec.sessions).await?;
        }
        let items = crate::meetings::agenda::items_of(db, e.id).await?;
        super::documents::seed(db, &e, &items, &m.document, now).await?;
        if m.admits_ngos {
            event::Entity::update_many()
                .col_expr(event::Column::AdmitsNgos, sea_orm::sea_query::Expr::value(true))
                .filter(event::Column::Id.eq(e.id))
                .exec(db)
                .await?;
        }
        for ngo in &m.ngo {
            accredited_ngo(db, e.id, now, ngo).await?;
        }
    }
    Ok(())
}

/// An NGO accredited before the meeting (a past meeting: no invitations are sent).
async fn accredited_ngo<C: ConnectionTrait>(db: &C, event_id: i32, now: DateTime<Utc>, n: &NgoSpec) -> Result<()> {
    let status: EcosocStatus = n.ecosoc_status.parse().map_err(|_| bad_seed(&n.ecosoc_status, "ECOSOC status"))?;
    let application = ngo_application::ActiveModel {
        event_id: Set(event_id),
        organisation: Set(n.organisation.clone()),
        ecosoc_status: Set(status),
        country_iso3: Set(n.country.clone()),
        website: Set(n.website.clone()),
        contact_email: Set(n.contact_email.clone()),
        language: Set("en".into()),
        state: Set(NgoApplicationState::Accredited),
        token_hash: Set(None),
        token_expires_at: Set(None),
        verified_at: Set(Some(now)),
        decided_at: Set(Some(now)),
        decision_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for [given, family, email] in &n.representatives {
        ngo_representative::ActiveModel {
            application_id: Set(application.id),
            given_name: Set(given.clone()),
            family_name: Set(family.clone()),
            email: Set(email.clone()),
            invitation_id: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Links item `item_id` to the sessions of event `event_id` titled `titles`.
async fn sessions<C: ConnectionTrait>(db: &C, event_id: i32, item_id: i32, titles: &[String]) -> Result<()> {
    for title in titles {
        let session = event_session::Entity::find()
            .filter(event_session::Column::EventId.eq(event_id))
            .filter(event_session::Column::Title.eq(title.as_str()))
            .one(db)
            .await?
            .ok_or_else(|| bad_seed(title, "session of the meeting"))?;
        session_agenda_item::ActiveModel { session_id: Set(session.id), agenda_item_id: Set(item_id) }
            .insert(db)
            .await?;
    }
    Ok(())
}

/// Inscribes `specs` on item `item_id` in the order of their times, each at its rule's place.
async fn speakers<C: ConnectionTrait>(
    db: &C,
    item_id: i32,
    opened: DateTime<Utc>,
    specs: &[SpeakerSpec],
) -> Result<()> {
    let mut by_time: Vec<&SpeakerSpec> = specs.iter().collect();
    by_time.sort_by_key(|s| s.minutes);
    let mut placed: Vec<(Placed, &SpeakerSpec, DateTime<Utc>)> = Vec::new();
    for (n, s) in by_time.into_iter().enumerate() {
        let level: SpeakerLevel = s.level.parse().map_err(|_| bad_seed(&s.level, "speaker level"))?;
        let kind = if s.country.is_some() { SpeakerKind::State } else { SpeakerKind::Observer };
        let at = opened + Duration::minutes(s.minutes);
        let id = i32::try_from(n).unwrap_or(i32::MAX);
        let key = OrderKey::new(s.on_behalf_of.is_some(), kind, level, at, Some(id));
        let list: Vec<Placed> = placed.iter().map(|p| p.0).collect();
        let place = place_for(OrderKey::new(s.on_behalf_of.is_some(), kind, level, at, None), &list);
        for p in placed.iter_mut().filter(|p| p.0.place >= place) {
            p.0.place += 1;
        }
        placed.push((Placed { place, state: InscriptionState::Inscribed, key }, s, at));
    }
    for (p, s, at) in placed {
        let level: SpeakerLevel = s.level.parse().map_err(|_| bad_seed(&s.level, "speaker level"))?;
        speaker_inscription::ActiveModel {
            agenda_item_id: Set(item_id),
            speaker: Set(if s.country.is_some() { SpeakerKind::State } else { SpeakerKind::Observer }),
            country_iso3: Set(s.country.clone()),
            speaker_name: Set(s.name.clone()),
            on_behalf_of: Set(s.on_behalf_of.clone()),
            level: Set(level),
            place: Set(p.place),
            state: Set(InscriptionState::Inscribed),
            delegation_id: Set(None),
            inscribed_by: Set("demo".to_owned()),
            inscribed_at: Set(at),
            spoke_at: Set(None),
            withdrawn_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Writes the meeting's side events, unless it has some already.
async fn side_events<C: ConnectionTrait>(
    db: &C,
    e: &event::Model,
    now: DateTime<Utc>,
    specs: &[SideEventSpec],
) -> Result<()> {
    let present = side_event::Entity::find().filter(side_event::Column::EventId.eq(e.id)).count(db).await? > 0;
    if present {
        return Ok(());
    }
    let tz: chrono_tz::Tz = e.time_zone.parse().map_err(|_| bad_seed(&e.time_zone, "time zone"))?;
    for s in specs {
        let day = e.start_date + Duration::days(s.day - 1);
        let local = |t: &str| -> Result<DateTime<Utc>> {
            let time = NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| bad_seed(t, "time"))?;
            day.and_time(time)
                .and_local_timezone(tz)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .ok_or_else(|| bad_seed(t, "local time"))
        };
        let (starts, ends) = (local(&s.start)?, local(&s.end)?);
        let slots = serde_json::to_string(&[[starts.to_rfc3339(), ends.to_rfc3339()]]).unwrap_or_default();
        let approved = s.room.is_some();
        side_event::ActiveModel {
            event_id: Set(e.id),
            title: Set(s.title.clone()),
            organisers: Set(s.organisers.clone()),
            co_sponsors: Set(s.co_sponsors.clone()),
            contact_name: Set(s.contact_name.clone()),
            contact_email: Set(s.contact_email.clone()),
            language: Set(s.language.clone()),
            expected_audience: Set(s.audience),
            interpretation: Set(s.interpretation),
            webcast: Set(s.webcast),
            preferred_slots: Set(slots),
            state: Set(if approved { SideEventState::Approved } else { SideEventState::Pending }),
            room: Set(s.room.clone()),
            starts_at: Set(approved.then_some(starts)),
            ends_at: Set(approved.then_some(ends)),
            decline_reason: Set(None),
            token_hash: Set(None),
            token_expires_at: Set(None),
            requested_at: Set(now),
            confirmed_at: Set(Some(now)),
            decided_at: Set(approved.then_some(now)),
            decided_by: Set(approved.then(|| "demo".to_owned())),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
