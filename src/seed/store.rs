//! Writes the demo's participants ([`super::participants`]) in bulk: people, invitations and
//! registrations as multi-row inserts in the demo's transaction; then attendance through the
//! attendance rules' bulk path (`record_scans`, which keeps the attended days); then the
//! certificates the attendance earns.
//!
//! Each part is skipped for an event that already has it (registrations, its planned scans by
//! key, certificates), so a second run adds nothing and a run cut short finishes the rest.
//! Stored token hashes and certificate codes are random, as everywhere: they are credentials,
//! never figures, and a seed must not make guessable ones.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone as _, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use super::participants::{EventPlan, Participant};
use crate::attendance::rules as scan_rules;
use crate::certificates::code::VerificationCode;
use crate::certificates::rules as cert_rules;
use crate::db::Db;
use crate::domain::{
    AttendanceMode, DatePrecision, EventStatus, Gender, InvitationKind, InvitationState, RegistrationState,
    ScanDirection, ScanMethod, TimeZone,
};
use crate::entities::{attendance_scan, certificate, event, invitation, person, registration};
use crate::error::{Error, Result};

/// Rows per multi-row insert: under SQLite's 32,766 bound values for the widest table.
const CHUNK: usize = 400;

/// Scans per call of `record_scans` (twelve values a row).
const SCAN_CHUNK: usize = 1_000;

/// When a registration was made: weeks before the event, in the morning (UTC).
fn before(e: &event::Model, days: i64, minute: i64) -> DateTime<Utc> {
    let day = e.start_date - Duration::days(days);
    Utc.from_utc_datetime(&day.and_hms_opt(9, 0, 0).unwrap_or_default()) + Duration::minutes(minute)
}

/// The people of `plans` by address, created where missing; answers every address's id.
pub async fn people<C: ConnectionTrait>(
    db: &C,
    plans: &[EventPlan],
    now: DateTime<Utc>,
) -> Result<HashMap<String, i32>> {
    let mut wanted: Vec<&Participant> = Vec::new();
    let mut seen = HashSet::new();
    for p in plans.iter().flat_map(|p| p.participants.iter().chain(&p.declined)) {
        if seen.insert(p.person.email.as_str()) {
            wanted.push(p);
        }
    }
    let mut ids = existing_people(db, &wanted).await?;
    let missing: Vec<person::ActiveModel> = wanted
        .iter()
        .filter(|p| !ids.contains_key(&p.person.email))
        .map(|p| person::ActiveModel {
            email: Set(p.person.email.clone()),
            title: Set(Some(if p.person.woman { "Ms." } else { "Mr." }.to_owned())),
            given_name: Set(p.person.given.clone()),
            family_name: Set(p.person.family.clone()),
            organisation: Set(Some(p.organisation.clone())),
            organisation_type: Set(Some(p.organisation_type.clone())),
            country_iso3: Set(p.country.clone()),
            gender: Set(Some(gender(p))),
            language: Set(p.person.language.clone()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .collect();
    if !missing.is_empty() {
        for chunk in missing.chunks(CHUNK) {
            person::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
        }
        ids = existing_people(db, &wanted).await?;
    }
    Ok(ids)
}

async fn existing_people<C: ConnectionTrait>(db: &C, wanted: &[&Participant]) -> Result<HashMap<String, i32>> {
    let mut ids = HashMap::with_capacity(wanted.len());
    for chunk in wanted.chunks(CHUNK) {
        let emails: Vec<String> = chunk.iter().map(|p| p.person.email.clone()).collect();
        let rows: Vec<(i32, String)> = person::Entity::find()
            .select_only()
            .column(person::Column::Id)
            .column(person::Column::Email)
            .filter(person::Column::Email.is_in(emails))
            .into_tuple()
            .all(db)
            .await?;
        ids.extend(rows.into_iter().map(|(id, email)| (email, id)));
    }
    Ok(ids)
}

fn gender(p: &Participant) -> Gender {
    if p.person.woman { Gender::Woman } else { Gender::Man }
}

/// Stored token hashes for `n` rows whose links are never sent: random values, which no
/// token hashes to (as good as the hash of a random token, without hashing thousands).
fn unusable_token_hashes(n: usize) -> Result<Vec<String>> {
    let mut bytes = vec![0u8; n * 32];
    getrandom::fill(&mut bytes).map_err(|e| Error::Internal(format!("no randomness: {e}")))?;
    Ok(bytes.chunks(32).map(|c| c.iter().map(|b| format!("{b:02x}")).collect()).collect())
}

/// The id of a planned person.
fn id_of(people: &HashMap<String, i32>, p: &Participant) -> Result<i32> {
    people.get(&p.person.email).copied().ok_or_else(|| Error::Internal(format!("demo person {}", p.person.email)))
}

/// Writes the personal invitations of one event's plan (answered, or declined); answers the
/// invitation of each person. None for an open event: people registered on their own.
async fn invitations<C: ConnectionTrait>(
    db: &C,
    e: &event::Model,
    plan: &EventPlan,
    people: &HashMap<String, i32>,
) -> Result<HashMap<i32, i32>> {
    if e.registration_mode == crate::domain::RegistrationMode::Open {
        return Ok(HashMap::new());
    }
    let answered = plan.participants.iter().map(|p| (p, InvitationState::Registered));
    let declined = plan.declined.iter().map(|p| (p, InvitationState::Declined));
    let mut hashes = unusable_token_hashes(plan.participants.len() + plan.declined.len())?.into_iter();
    let mut rows = Vec::with_capacity(plan.participants.len() + plan.declined.len());
    for (n, (p, state)) in answered.chain(declined).enumerate() {
        let sent = before(e, 45, i64::try_from(n).unwrap_or(0));
        let answered = sent + Duration::days(2 + i64::try_from(n % 19).unwrap_or(0));
        rows.push(invitation::ActiveModel {
            event_id: Set(e.id),
            person_id: Set(id_of(people, p)?),
            delegation_id: Set(None),
            kind: Set(InvitationKind::Personal),
            role: Set(p.role),
            state: Set(state),
            token_hash: Set(hashes.next().unwrap_or_default()),
            expires_at: Set(before(e, -1, 0)),
            language: Set(p.person.language.clone()),
            sent_at: Set(Some(sent)),
            opened_at: Set(Some(answered - Duration::minutes(20))),
            responded_at: Set(Some(answered)),
            decline_reason: Set(None),
            reminders_sent: Set(0),
            last_reminded_at: Set(None),
            position: Set(Some(p.position.clone())),
            created_at: Set(sent),
            updated_at: Set(answered),
            ..Default::default()
        });
    }
    for chunk in rows.chunks(CHUNK) {
        invitation::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    Ok(invitation::Entity::find()
        .select_only()
        .column(invitation::Column::PersonId)
        .column(invitation::Column::Id)
        .filter(invitation::Column::EventId.eq(e.id))
        .into_tuple::<(i32, i32)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// Writes the invitations and registrations of one event's plan; answers how many seats they
/// hold. The event had none.
pub async fn registrations<C: ConnectionTrait>(
    db: &C,
    e: &event::Model,
    plan: &EventPlan,
    people: &HashMap<String, i32>,
) -> Result<i32> {
    let invitation_ids = invitations(db, e, plan, people).await?;
    let mut rows = Vec::with_capacity(plan.participants.len());
    let mut hashes = unusable_token_hashes(plan.participants.len())?.into_iter();
    let mut seats = 0;
    for (n, p) in plan.participants.iter().enumerate() {
        let person_id = id_of(people, p)?;
        let at = before(e, 24, i64::try_from(n).unwrap_or(0) * 7);
        let state = if p.cancelled { RegistrationState::Cancelled } else { RegistrationState::Confirmed };
        seats += i32::from(!p.cancelled);
        rows.push(registration::ActiveModel {
            event_id: Set(e.id),
            person_id: Set(person_id),
            invitation_id: Set(invitation_ids.get(&person_id).copied()),
            delegation_id: Set(None),
            role: Set(p.role),
            state: Set(state),
            holds_seat: Set(!p.cancelled),
            title: Set(Some(p.title.clone())),
            given_name: Set(p.person.given.clone()),
            family_name: Set(p.person.family.clone()),
            gender: Set(gender(p)),
            country_iso3: Set(p.country.clone()),
            organisation: Set(Some(p.organisation.clone())),
            organisation_type: Set(Some(p.organisation_type.clone())),
            position: Set(Some(p.position.clone())),
            phone: Set(None),
            needs: Set(None),
            visa_letter: Set(p.visa_letter),
            consent_at: Set(at),
            waitlisted_at: Set(None),
            offer_expires_at: Set(None),
            decision_reason: Set(None),
            manage_token_hash: Set(hashes.next().unwrap_or_default()),
            language: Set(p.person.language.clone()),
            created_at: Set(at),
            updated_at: Set(if p.cancelled { at + Duration::days(6) } else { at }),
            checkin_version: Set(1),
            attendance_mode: Set(if attends_remotely(e, n) {
                AttendanceMode::Remote
            } else {
                AttendanceMode::InPerson
            }),
            ..Default::default()
        });
    }
    for chunk in rows.chunks(CHUNK) {
        registration::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    event::Entity::update_many()
        .col_expr(event::Column::SeatsTaken, Expr::value(seats))
        .filter(event::Column::Id.eq(e.id))
        .exec(db)
        .await?;
    Ok(seats)
}

/// Whether the `n`th participant of a demo event attends remotely: one in eight, where the event
/// allows it (they are never scanned at the desk).
fn attends_remotely(e: &event::Model, n: usize) -> bool {
    e.remote_attendance && n % 8 == 5
}

/// The idempotency key of a demo scan: event, person and day, so that a run finds what an
/// earlier one wrote.
fn scan_key(key: &str, person_id: i32, day: NaiveDate) -> String {
    format!("demo-{key}-{person_id}-{}", day.format("%Y%m%d"))
}

/// Records the entries of one event's plan not yet recorded; answers how many it recorded.
pub async fn attendance(db: &Db, e: &event::Model, plan: &EventPlan, people: &HashMap<String, i32>) -> Result<usize> {
    let tz: TimeZone = e.time_zone.parse().map_err(|_| Error::Internal("stored time zone is invalid".into()))?;
    let registrations: HashMap<i32, i32> = registration::Entity::find()
        .select_only()
        .column(registration::Column::PersonId)
        .column(registration::Column::Id)
        .filter(registration::Column::EventId.eq(e.id))
        .into_tuple::<(i32, i32)>()
        .all(&db.read)
        .await?
        .into_iter()
        .collect();
    let recorded: HashSet<String> = attendance_scan::Entity::find()
        .select_only()
        .column(attendance_scan::Column::IdempotencyKey)
        .filter(attendance_scan::Column::EventId.eq(e.id))
        .into_tuple::<String>()
        .all(&db.read)
        .await?
        .into_iter()
        .collect();
    let mut rows = Vec::new();
    let in_person = plan.participants.iter().enumerate().filter(|(n, p)| !p.cancelled && !attends_remotely(e, *n));
    for (_, p) in in_person {
        let Some(person_id) = people.get(&p.person.email) else { continue };
        let Some(registration_id) = registrations.get(person_id) else { continue };
        for arrival in &p.arrivals {
            let key = scan_key(&plan.key, *person_id, arrival.date());
            if recorded.contains(&key) {
                continue;
            }
            let at = local(tz, *arrival);
            rows.push(attendance_scan::ActiveModel {
                registration_id: Set(*registration_id),
                event_id: Set(e.id),
                day: Set(arrival.date()),
                session_id: Set(None),
                direction: Set(ScanDirection::Entry),
                undoes: Set(None),
                scanned_at: Set(at),
                recorded_at: Set(at),
                device: Set(Some("Registration desk".to_owned())),
                staff_user_id: Set(None),
                method: Set(if p.person.email.len() % 9 == 0 { ScanMethod::Search } else { ScanMethod::Qr }),
                idempotency_key: Set(key),
                ..Default::default()
            });
        }
    }
    let added = rows.len();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(SCAN_CHUNK).collect();
        scan_rules::record_scans(&db.write, chunk).await?;
    }
    Ok(added)
}

fn local(tz: TimeZone, t: NaiveDateTime) -> DateTime<Utc> {
    // Arrivals are in the morning, never inside a change of the clocks.
    tz.0.from_local_datetime(&t).earliest().map_or_else(|| Utc.from_utc_datetime(&t), |l| l.with_timezone(&Utc))
}

/// Issues the certificates an ended event's attendance earns, when it has none yet (no email:
/// the demo's people have no mailbox). `None` for an event that issues none; else how many it
/// issued now (0 when they were issued before).
pub async fn certificates(db: &Db, e: &event::Model) -> Result<Option<usize>> {
    let Some(percent) = e.certificate_min_attendance_percent else { return Ok(None) };
    if e.status != EventStatus::Published || e.date_precision != DatePrecision::Day {
        return Ok(None);
    }
    let issued = certificate::Entity::find().filter(certificate::Column::EventId.eq(e.id)).one(&db.read).await?;
    if issued.is_some() {
        return Ok(Some(0));
    }
    let total = cert_rules::days_total(e);
    let days = cert_rules::days_attended(&db.read, e).await?;
    let issued_at = Utc.from_utc_datetime(&(e.end_date + Duration::days(3)).and_hms_opt(10, 0, 0).unwrap_or_default());
    let mut earned: Vec<(i32, i32)> =
        days.into_iter().filter(|(_, d)| cert_rules::qualifies(percent, *d, total)).collect();
    earned.sort_unstable();
    let mut rows = Vec::with_capacity(earned.len());
    for (registration_id, attended) in earned {
        rows.push(certificate::ActiveModel {
            event_id: Set(e.id),
            registration_id: Set(registration_id),
            verification_code: Set(VerificationCode::generate()?.as_str().to_owned()),
            days_attended: Set(attended),
            days_total: Set(total),
            issued_at: Set(issued_at),
            emailed_at: Set(None),
            revoked_at: Set(None),
            ..Default::default()
        });
    }
    let added = rows.len();
    for chunk in rows.chunks(CHUNK) {
        certificate::Entity::insert_many(chunk.to_vec()).exec_without_returning(&db.write).await?;
    }
    // Nothing earned: nothing to find next time either, so say "none" rather than "added".
    Ok((added > 0).then_some(added))
}
