//! Reference data and the demo data set (`seeds/`, built into the binary). Loading is
//! idempotent: rows are matched by their natural keys and only missing ones are added, so
//! running a seed twice changes nothing.

mod credentials;
mod documents;
mod donors;
mod meetings;
mod names;
mod participants;
mod store;

use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, Duration, Months, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use serde::Deserialize;

use crate::db::Db;
use crate::domain::{self, DatePrecision, EventStatus, RemoteUrl, languages_to_stored};
use crate::entities::{
    country, event, event_session, organisation_type, programme, regional_group, registration, series, unit,
};
use crate::error::{Error, Result};
use crate::events::content::{self, Version};
use crate::events::input::{EventForm, EventInput, SessionForm, SessionInput, local_to_utc};
use crate::events::versions::SessionTitlesForm;
use crate::i18n::Lang;

const REFERENCE: &str = include_str!("../seeds/reference.toml");
const MEMBER_STATES: &str = include_str!("../seeds/member-states.csv");
const DEMO: &str = include_str!("../seeds/demo-events.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceFile {
    regional_group: Vec<Named>,
    organisation_type: Vec<Named>,
    programme: Vec<Named>,
    unit: Vec<UnitRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Named {
    code: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitRow {
    code: String,
    name: String,
    city: String,
    country: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoFile {
    series: Vec<DemoSeries>,
    event: Vec<DemoEvent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoSeries {
    key: String,
    title: String,
    programme: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoEvent {
    key: String,
    title: String,
    kind: String,
    programme: String,
    unit: String,
    series: Option<String>,
    mandate: Option<String>,
    venue: Option<String>,
    city: String,
    country: Option<String>,
    time_zone: String,
    status: String,
    start: Option<String>,
    end: Option<String>,
    start_month: Option<String>,
    end_month: Option<String>,
    offset_months: Option<u32>,
    duration_days: Option<u32>,
    month_only: Option<bool>,
    capacity: Option<i32>,
    certificate_percent: Option<i32>,
    registration: String,
    approval_required: bool,
    /// Participants may attend remotely.
    #[serde(default)]
    remote_attendance: bool,
    languages: Vec<String>,
    description: String,
    /// Versions of the title in other languages than English, by language code.
    #[serde(default)]
    titles: BTreeMap<String, String>,
    #[serde(default)]
    session: Vec<DemoSession>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoSession {
    day: u32,
    start: String,
    end: String,
    title: String,
    kind: String,
    room: Option<String>,
    /// The remote link (https).
    remote_url: Option<String>,
    /// The title in other languages than English, by language code.
    #[serde(default)]
    titles: BTreeMap<String, String>,
}

/// How many rows a seed added.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SeedReport {
    /// Rows inserted.
    pub added: usize,
    /// Rows already present.
    pub present: usize,
}

impl SeedReport {
    fn count(&mut self, added: bool) {
        if added { self.added += 1 } else { self.present += 1 }
    }
}

fn bad_seed(what: &str, detail: impl std::fmt::Display) -> Error {
    Error::Internal(format!("seed data {what}: {detail}"))
}

/// Loads States, regional groups, organisation types, programmes and units.
pub async fn reference(db: &Db) -> Result<SeedReport> {
    let file: ReferenceFile = toml::from_str(REFERENCE).map_err(|e| bad_seed("reference.toml", e))?;
    let mut report = SeedReport::default();
    let txn = db.write.begin().await?;
    let groups: HashSet<String> = regional_group::Entity::find().all(&txn).await?.into_iter().map(|g| g.code).collect();
    for g in &file.regional_group {
        let add = !groups.contains(&g.code);
        if add {
            regional_group::ActiveModel { code: Set(g.code.clone()), name: Set(g.name.clone()) }.insert(&txn).await?;
        }
        report.count(add);
    }
    let types: HashSet<String> =
        organisation_type::Entity::find().all(&txn).await?.into_iter().map(|g| g.code).collect();
    for t in &file.organisation_type {
        let add = !types.contains(&t.code);
        if add {
            organisation_type::ActiveModel { code: Set(t.code.clone()), name: Set(t.name.clone()) }
                .insert(&txn)
                .await?;
        }
        report.count(add);
    }
    let programmes: HashSet<String> = programme::Entity::find().all(&txn).await?.into_iter().map(|g| g.code).collect();
    for p in &file.programme {
        let add = !programmes.contains(&p.code);
        if add {
            programme::ActiveModel { code: Set(p.code.clone()), name: Set(p.name.clone()) }.insert(&txn).await?;
        }
        report.count(add);
    }
    let units: HashSet<String> = unit::Entity::find().all(&txn).await?.into_iter().map(|g| g.code).collect();
    for u in &file.unit {
        let add = !units.contains(&u.code);
        if add {
            unit::ActiveModel {
                code: Set(u.code.clone()),
                name: Set(u.name.clone()),
                city: Set(u.city.clone()),
                country: Set(u.country.clone()),
            }
            .insert(&txn)
            .await?;
        }
        report.count(add);
    }
    let countries: HashSet<String> = country::Entity::find().all(&txn).await?.into_iter().map(|c| c.iso3).collect();
    let mut csv = csv::Reader::from_reader(MEMBER_STATES.as_bytes());
    for row in csv.records() {
        let row = row.map_err(|e| bad_seed("member-states.csv", e))?;
        let (iso3, name, group_name, status) = (&row[0], &row[1], &row[2], &row[3]);
        let group = if group_name.is_empty() {
            None
        } else {
            let code = file.regional_group.iter().find(|g| g.name == group_name).map(|g| g.code.clone());
            Some(code.ok_or_else(|| bad_seed("member-states.csv", format!("unknown group {group_name}")))?)
        };
        let add = !countries.contains(iso3);
        if add {
            country::ActiveModel {
                iso3: Set(iso3.to_owned()),
                name: Set(name.to_owned()),
                regional_group: Set(group),
                status: Set(status.to_owned()),
            }
            .insert(&txn)
            .await?;
        }
        report.count(add);
    }
    txn.commit().await?;
    Ok(report)
}

/// The ISO3 code and status (`member`, `observer`) of every State in `member-states.csv`.
fn member_states() -> Result<Vec<(String, String)>> {
    let mut csv = csv::Reader::from_reader(MEMBER_STATES.as_bytes());
    let mut out = Vec::new();
    for row in csv.records() {
        let row = row.map_err(|e| bad_seed("member-states.csv", e))?;
        out.push((row[0].to_owned(), row[3].to_owned()));
    }
    Ok(out)
}

/// Loads the demo data set: the events (planned ones placed relative to `today`), the donors,
/// and the participants of past events with their attendance and certificates (see
/// `seeds/demo-participants.toml`). Everything but link tokens and certificate codes is the
/// same on every run; what is present already is left alone.
pub async fn demo(db: &Db, today: NaiveDate) -> Result<SeedReport> {
    let file: DemoFile = toml::from_str(DEMO).map_err(|e| bad_seed("demo-events.toml", e))?;
    let mut report = SeedReport::default();
    let now = Utc::now();
    let mut planner = participants::Planner::load()?;
    let txn = db.write.begin().await?;
    for s in &file.series {
        let exists = series::Entity::find().filter(series::Column::Code.eq(s.key.as_str())).one(&txn).await?.is_some();
        if !exists {
            series::ActiveModel {
                code: Set(s.key.clone()),
                title: Set(s.title.clone()),
                programme_code: Set(s.programme.clone()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        report.count(!exists);
    }
    for e in &file.event {
        let exists = event::Entity::find().filter(event::Column::SeedKey.eq(e.key.as_str())).one(&txn).await?.is_some();
        if !exists {
            insert_demo_event(&txn, e, today, now).await?;
        }
        report.count(!exists);
    }
    donors::seed(&txn, now, &mut report).await?;
    meetings::seed(&txn, now, &mut report).await?;
    // The past events' participants: planned in memory, written in bulk.
    let events = event::Entity::find()
        .filter(event::Column::SeedKey.is_in(planner.keys()))
        .filter(event::Column::EndDate.lt(today))
        .order_by_asc(event::Column::Id)
        .all(&txn)
        .await?;
    let mut plans = Vec::with_capacity(events.len());
    for e in &events {
        plans.push(planner.plan(e)?);
    }
    let people = store::people(&txn, &plans, now).await?;
    let filled: HashSet<i32> = registration::Entity::find()
        .select_only()
        .column(registration::Column::EventId)
        .distinct()
        .filter(registration::Column::EventId.is_in(events.iter().map(|e| e.id)))
        .into_tuple::<i32>()
        .all(&txn)
        .await?
        .into_iter()
        .collect();
    for (e, plan) in events.iter().zip(&plans) {
        let fill = !filled.contains(&e.id);
        if fill {
            store::registrations(&txn, e, plan, &people).await?;
        }
        report.count(fill);
    }
    txn.commit().await?;
    // Attendance goes through the check-in rules' own transactions, then the certificates it
    // earns are issued.
    for (e, plan) in events.iter().zip(&plans) {
        let planned = plan.participants.iter().any(|p| !p.cancelled && !p.arrivals.is_empty());
        if planned {
            report.count(store::attendance(db, e, plan, &people).await? > 0);
        }
        if let Some(added) = store::certificates(db, e).await? {
            report.count(added > 0);
        }
    }
    Ok(report)
}

fn demo_dates(e: &DemoEvent, today: NaiveDate) -> Result<(String, String, DatePrecision)> {
    let iso = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    match (&e.start, &e.end, &e.start_month, &e.end_month, e.offset_months) {
        (Some(s), Some(f), None, None, None) => Ok((s.clone(), f.clone(), DatePrecision::Day)),
        (None, None, Some(s), f, None) => Ok((s.clone(), f.clone().unwrap_or_default(), DatePrecision::Month)),
        (None, None, None, None, Some(offset)) => {
            let start =
                today.checked_add_months(Months::new(offset)).ok_or_else(|| bad_seed(&e.key, "offset out of range"))?;
            let end = start + Duration::days(i64::from(e.duration_days.unwrap_or(1).max(1)) - 1);
            if e.month_only.unwrap_or(false) {
                let month = |d: NaiveDate| format!("{:04}-{:02}", d.year(), d.month());
                Ok((month(start), month(end), DatePrecision::Month))
            } else {
                Ok((iso(start), iso(end), DatePrecision::Day))
            }
        }
        _ => Err(bad_seed(&e.key, "needs exactly one of start/end, start_month/end_month, offset_months")),
    }
}

/// The event form a demo event fills in, so that it is parsed and checked like an organiser's.
fn demo_form(e: &DemoEvent, today: NaiveDate) -> Result<EventForm> {
    let (start_date, end_date, precision) = demo_dates(e, today)?;
    let mut form = EventForm {
        title: e.title.clone(),
        kind: e.kind.clone(),
        programme: e.programme.clone(),
        unit: e.unit.clone(),
        series: e.series.clone().unwrap_or_default(),
        mandate: e.mandate.clone().unwrap_or_default(),
        venue_name: e.venue.clone().unwrap_or_default(),
        city: e.city.clone(),
        country: e.country.clone().unwrap_or_default(),
        time_zone: e.time_zone.clone(),
        date_precision: precision.as_str().to_owned(),
        start_date,
        end_date,
        capacity: e.capacity.map(|c| c.to_string()).unwrap_or_default(),
        certificate_min_attendance_percent: e.certificate_percent.map(|p| p.to_string()).unwrap_or_default(),
        registration_mode: e.registration.clone(),
        approval_required: e.approval_required.then(|| "on".to_owned()),
        remote_attendance: e.remote_attendance.then(|| "on".to_owned()),
        description: e.description.clone(),
        ..Default::default()
    };
    for (code, title) in &e.titles {
        let lang = Lang::from_tag(code).ok_or_else(|| bad_seed(&e.key, format!("title language {code}")))?;
        let version = Version { title: title.clone(), ..Default::default() };
        form.versions.set_version(lang, &version);
    }
    let languages: Vec<domain::Language> = e
        .languages
        .iter()
        .map(|l| l.parse().map_err(|_| bad_seed(&e.key, format!("language {l}"))))
        .collect::<Result<_>>()?;
    form.set_languages(&languages);
    Ok(form)
}

async fn insert_demo_event<C: ConnectionTrait>(
    db: &C,
    e: &DemoEvent,
    today: NaiveDate,
    now: chrono::DateTime<Utc>,
) -> Result<()> {
    let form = demo_form(e, today)?;
    let input = EventInput::parse(&form).map_err(|errors| bad_seed(&e.key, format!("{errors:?}")))?;
    let status: EventStatus = e.status.parse().map_err(|_| bad_seed(&e.key, "status"))?;
    let series_id = match &input.series {
        Some(code) => Some(
            series::Entity::find()
                .filter(series::Column::Code.eq(code.as_str()))
                .one(db)
                .await?
                .ok_or_else(|| bad_seed(&e.key, "unknown series"))?
                .id,
        ),
        None => None,
    };
    let created = event::ActiveModel {
        seed_key: Set(Some(e.key.clone())),
        title: Set(input.title.clone()),
        kind: Set(input.kind),
        status: Set(status),
        programme_code: Set(input.programme.clone()),
        unit_code: Set(input.unit.clone()),
        series_id: Set(series_id),
        mandate: Set(input.mandate.clone()),
        venue_name: Set(input.venue_name.clone()),
        city: Set(input.city.clone()),
        country_iso3: Set(input.country.as_ref().map(|c| c.as_str().to_owned())),
        time_zone: Set(input.time_zone.0.name().to_owned()),
        start_date: Set(input.dates.start),
        end_date: Set(input.dates.end),
        date_precision: Set(input.dates.precision),
        registration_opens_at: Set(None),
        registration_closes_at: Set(None),
        capacity: Set(input.capacity),
        registration_mode: Set(input.registration_mode),
        approval_required: Set(input.approval_required),
        remote_attendance: Set(input.remote_attendance),
        certificate_min_attendance_percent: Set(input.certificate_min_attendance_percent),
        languages: Set(languages_to_stored(&input.languages)),
        description: Set(input.description.clone()),
        original_language: Set(input.original_language.code().to_owned()),
        translations: Set(content::versions_to_stored(input.original_language, &input.versions)),
        revision: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for s in &e.session {
        insert_demo_session(db, e, &input, created.id, s).await?;
    }
    Ok(())
}

/// One session of a demo event, on its day in the event's time zone.
async fn insert_demo_session<C: ConnectionTrait>(
    db: &C,
    e: &DemoEvent,
    input: &EventInput,
    event_id: i32,
    s: &DemoSession,
) -> Result<()> {
    let date = input.dates.start + Duration::days(i64::from(s.day.max(1)) - 1);
    let form = SessionForm {
        title: s.title.clone(),
        kind: s.kind.clone(),
        date: date.format("%Y-%m-%d").to_string(),
        start_time: s.start.clone(),
        end_time: s.end.clone(),
        room: s.room.clone().unwrap_or_default(),
        remote_url: s.remote_url.clone().unwrap_or_default(),
        titles: {
            let mut titles = SessionTitlesForm::default();
            for (code, title) in &s.titles {
                let lang = Lang::from_tag(code).ok_or_else(|| bad_seed(&e.key, format!("session language {code}")))?;
                titles.set_title(lang, title);
            }
            titles
        },
        rest: Default::default(),
    };
    let session = SessionInput::parse(&form).map_err(|errors| bad_seed(&e.key, format!("session {errors:?}")))?;
    let starts =
        local_to_utc(input.time_zone, session.date.and_time(session.start)).map_err(|m| bad_seed(&e.key, m.key))?;
    let ends =
        local_to_utc(input.time_zone, session.date.and_time(session.end)).map_err(|m| bad_seed(&e.key, m.key))?;
    event_session::ActiveModel {
        event_id: Set(event_id),
        title: Set(session.title),
        kind: Set(session.kind),
        starts_at: Set(starts),
        ends_at: Set(ends),
        room: Set(session.room),
        remote_url: Set(session.remote_url.map(RemoteUrl::into_inner)),
        title_translations: Set(content::session_versions_to_stored(input.original_language, &session.titles)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
