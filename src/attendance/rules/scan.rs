//! A scan at the desk: entries and exits, their refusals, undo as another row, and offline
//! batches replayed without duplicates.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use super::store::{Day, DayEffect, NewScan, ScanContext, ScanHook, scan_by_key, scan_context};
use crate::attendance::code;
use crate::auth::StaffUser;
use crate::db;
use crate::domain::{EventStatus, RegistrationState, ScanDirection, ScanMethod, WebhookKind};
use crate::entities::{attendance_scan, event, event_session, registration};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::{Office, webhooks};

/// Most items in one offline batch.
pub const BATCH_LIMIT: usize = 500;

/// The event's time zone, the venue's (UTC should a stored name ever fail to parse).
pub fn venue_zone(e: &event::Model) -> chrono_tz::Tz {
    e.time_zone.parse().unwrap_or(chrono_tz::UTC)
}

/// The day a scan counts for: its date in the event's time zone.
pub fn local_day(e: &event::Model, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&venue_zone(e)).date_naive()
}

/// The check-in code of a registration as it stands (its QR code carries it).
pub fn code_of(secret: &[u8], r: &registration::Model) -> String {
    code::sign(secret, r.id, r.event_id, r.checkin_version)
}

/// The refusal of a registration that may not be checked in, or `None` when it may.
fn refusal(r: &registration::Model) -> Option<Msg> {
    let key = match r.state {
        RegistrationState::Confirmed => return None,
        RegistrationState::Pending => "att-refused-pending",
        RegistrationState::Waitlisted | RegistrationState::Offered => "att-refused-waitlisted",
        RegistrationState::Rejected => "att-refused-rejected",
        RegistrationState::Cancelled => "att-refused-cancelled",
        RegistrationState::Lapsed => "att-refused-lapsed",
    };
    Some(Msg::new(key))
}

/// Who a scan is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The text of a check-in code (scanned or typed).
    Code(String),
    /// A registration found by search.
    Registration(i32),
}

/// One scan as the desk (or the API) sends it, parsed.
#[derive(Debug, Clone)]
pub struct ScanRequest {
    /// Who.
    pub target: Target,
    /// Entry or exit (an undo is [`UndoRequest`]).
    pub direction: ScanDirection,
    /// How the person was found.
    pub method: ScanMethod,
    /// The session, when the desk checks in per session.
    pub session_id: Option<i32>,
    /// When the scan happened (the device's clock for offline scans), or now.
    pub scanned_at: Option<DateTime<Utc>>,
    /// Name of the device (e.g. "Door A laptop").
    pub device: Option<String>,
    /// Unique per scan, chosen by the device: a scan sent twice is recorded once.
    pub idempotency_key: String,
}

/// The undo of an earlier scan, identified by that scan's idempotency key.
#[derive(Debug, Clone)]
pub struct UndoRequest {
    /// The key of the scan taken back.
    pub undoes_key: String,
    /// When the undo happened, or now.
    pub scanned_at: Option<DateTime<Utc>>,
    /// Name of the device.
    pub device: Option<String>,
    /// Unique per undo.
    pub idempotency_key: String,
}

/// One item of an offline batch.
#[derive(Debug, Clone)]
pub enum BatchItem {
    /// An entry or exit.
    Scan(ScanRequest),
    /// An undo.
    Undo(UndoRequest),
}

/// What became of a scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A new row in the log.
    Recorded(attendance_scan::Model),
    /// The key was already used: the row recorded then, and nothing new.
    Duplicate(attendance_scan::Model),
    /// An entry for someone already in (or an exit for someone not in): a warning, nothing
    /// recorded; `since` is the scan that let them in, if any.
    AlreadyIn {
        /// The registration.
        registration_id: i32,
        /// The entry that counts.
        since: Option<attendance_scan::Model>,
    },
}

impl Outcome {
    /// The registration the outcome is about.
    pub fn registration_id(&self) -> i32 {
        match self {
            Self::Recorded(s) | Self::Duplicate(s) => s.registration_id,
            Self::AlreadyIn { registration_id, .. } => *registration_id,
        }
    }
}

/// The answer for one item of a batch: its key, whom it is about when known, and its outcome
/// or refusal.
#[derive(Debug)]
pub struct ItemResult {
    /// The item's idempotency key.
    pub key: String,
    /// The registration scanned (also when refused, so the desk can name the person), when
    /// the item names one of the event's.
    pub registration_id: Option<i32>,
    /// What happened.
    pub result: Result<Outcome>,
}

/// The registration of the event an item names, as far as can be told without the database:
/// the one searched for, or the one a genuine code of this event carries.
fn named_registration(secret: &[u8], e: &event::Model, item: &BatchItem) -> Option<i32> {
    match item {
        BatchItem::Scan(ScanRequest { target: Target::Registration(id), .. }) => Some(*id),
        BatchItem::Scan(ScanRequest { target: Target::Code(text), .. }) => {
            code::verify(secret, text).filter(|c| c.event_id == e.id).map(|c| c.registration_id)
        }
        BatchItem::Undo(_) => None,
    }
}

pub(super) fn check_key(key: &str) -> Result<()> {
    let ok = (8..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok { Ok(()) } else { Err(FieldErrors::single("key", Msg::new("att-err-key"))) }
}

/// Records an entry or exit at the desk of `e` (whose right the caller checked with
/// [`desk_event`]). Refuses codes that are forged, of another event or revoked, and
/// registrations that are not confirmed, with the reason; warns on a second entry.
pub async fn scan(
    office: &Office,
    secret: &[u8],
    staff: &StaffUser,
    e: &event::Model,
    req: &ScanRequest,
    now: DateTime<Utc>,
) -> Result<Outcome> {
    check_key(&req.idempotency_key)?;
    // Each query is a round trip to the database, the main cost of a scan: the registration,
    // today's log and the key check are one query, and the insert joins a group commit.
    let (registration_id, version) = match &req.target {
        Target::Code(text) => {
            let c = code::verify(secret, text).ok_or_else(|| Error::Conflict(Msg::new("att-refused-code")))?;
            if c.event_id != e.id {
                return Err(Error::Conflict(Msg::new("att-refused-other-event")));
            }
            (c.registration_id, Some(c.version))
        }
        Target::Registration(id) => (*id, None),
    };
    let at = req.scanned_at.unwrap_or(now);
    let day = local_day(e, at);
    let found = scan_context(&office.db.read, registration_id, e.id, day, &req.idempotency_key).await?;
    let ScanContext { registration: r, latest, under_key } = match (found, version) {
        (Some(found), _) => found,
        (None, Some(_)) => return Err(Error::Conflict(Msg::new("att-refused-code"))),
        (None, None) => return Err(Error::NotFound),
    };
    // A replayed key is answered before any refusal, so a batch sent twice is a no-op even
    // when the registration changed in between.
    if let Some(done) = under_key {
        return Ok(Outcome::Duplicate(done));
    }
    if e.status == EventStatus::Cancelled {
        return Err(Error::Conflict(Msg::new("err-event-cancelled")));
    }
    if version.is_some_and(|v| v != r.checkin_version) {
        return Err(Error::Conflict(Msg::new("att-refused-revoked")));
    }
    if let Some(reason) = refusal(&r) {
        return Err(Error::Conflict(reason));
    }
    if let Some(session_id) = req.session_id {
        let session = event_session::Entity::find_by_id(session_id).one(&office.db.read).await?;
        if session.is_none_or(|s| s.event_id != e.id) {
            return Err(FieldErrors::single("session_id", Msg::new("att-err-session")));
        }
    }
    let inside = latest.filter(|s| s.direction == ScanDirection::Entry);
    let entering = req.direction == ScanDirection::Entry;
    if entering == inside.is_some() {
        return Ok(Outcome::AlreadyIn { registration_id: r.id, since: inside });
    }
    let row = attendance_scan::ActiveModel {
        registration_id: Set(r.id),
        event_id: Set(e.id),
        day: Set(day),
        session_id: Set(req.session_id),
        direction: Set(req.direction),
        undoes: Set(None),
        scanned_at: Set(at),
        recorded_at: Set(now),
        device: Set(req.device.clone()),
        staff_user_id: Set(Some(staff.id)),
        method: Set(req.method),
        idempotency_key: Set(req.idempotency_key.clone()),
        ..Default::default()
    };
    let effect = if entering { DayEffect::Entry } else { DayEffect::Unchanged };
    let day = Day { registration_id: r.id, event_id: e.id, day };
    let hook = if entering && office.webhooks.any() {
        let change = webhooks::Change {
            kind: WebhookKind::CheckIn,
            programme_code: e.programme_code.clone(),
            ids: webhooks::Ids {
                event_id: e.id,
                registration_id: Some(r.id),
                invitation_id: r.invitation_id,
                person_id: Some(r.person_id),
                certificate_id: None,
                answer: None,
            },
            personal: office.webhooks.person(&office.db.read, r.person_id).await?,
        };
        Some(ScanHook { hooks: office.webhooks.clone(), change, at: now })
    } else {
        None
    };
    insert_scan(office, NewScan { row, day, effect, hook }, &req.idempotency_key).await
}

/// Takes back an entry or exit of this event: a new `undo` row pointing at it. Undoing an
/// undo, or a scan already undone, is refused.
pub async fn undo(
    office: &Office,
    staff: &StaffUser,
    e: &event::Model,
    req: &UndoRequest,
    now: DateTime<Utc>,
) -> Result<Outcome> {
    check_key(&req.idempotency_key)?;
    if let Some(done) = scan_by_key(&office.db.read, &req.idempotency_key).await? {
        return Ok(Outcome::Duplicate(done));
    }
    let target =
        scan_by_key(&office.db.read, &req.undoes_key).await?.filter(|s| s.event_id == e.id).ok_or(Error::NotFound)?;
    if target.direction == ScanDirection::Undo {
        return Err(Error::Conflict(Msg::new("att-err-undo-undo")));
    }
    let already = attendance_scan::Entity::find()
        .filter(attendance_scan::Column::Undoes.eq(target.id))
        .one(&office.db.read)
        .await?
        .is_some();
    if already {
        return Err(Error::Conflict(Msg::new("att-err-undone")));
    }
    let row = attendance_scan::ActiveModel {
        registration_id: Set(target.registration_id),
        event_id: Set(e.id),
        day: Set(target.day),
        session_id: Set(target.session_id),
        direction: Set(ScanDirection::Undo),
        undoes: Set(Some(target.id)),
        scanned_at: Set(req.scanned_at.unwrap_or(now)),
        recorded_at: Set(now),
        device: Set(req.device.clone()),
        staff_user_id: Set(Some(staff.id)),
        method: Set(target.method),
        idempotency_key: Set(req.idempotency_key.clone()),
        ..Default::default()
    };
    let effect =
        if target.direction == ScanDirection::Entry { DayEffect::EntryTakenBack } else { DayEffect::Unchanged };
    let day = Day { registration_id: target.registration_id, event_id: e.id, day: target.day };
    match insert_scan(office, NewScan { row, day, effect, hook: None }, &req.idempotency_key).await {
        // `undoes` is unique: another desk took the same scan back a moment ago.
        Err(Error::Db(e)) if db::is_unique_violation(&e) => Err(Error::Conflict(Msg::new("att-err-undone"))),
        other => other,
    }
}

/// Replays a batch queued by a console while offline, in its order; each item (parsed, or
/// the fields it got wrong) is answered on its own (a refusal does not stop the others) and a
/// key seen before is a no-op.
pub async fn sync(
    office: &Office,
    secret: &[u8],
    staff: &StaffUser,
    e: &event::Model,
    items: Vec<(String, std::result::Result<BatchItem, FieldErrors>)>,
    now: DateTime<Utc>,
) -> Result<Vec<ItemResult>> {
    if items.len() > BATCH_LIMIT {
        return Err(FieldErrors::single("items", Msg::new("att-err-batch").arg("max", BATCH_LIMIT)));
    }
    let mut results = Vec::with_capacity(items.len());
    for (key, item) in items {
        let named = item.as_ref().ok().and_then(|i| named_registration(secret, e, i));
        let result = match item {
            Ok(BatchItem::Scan(s)) => scan(office, secret, staff, e, &s, now).await,
            Ok(BatchItem::Undo(u)) => undo(office, staff, e, &u, now).await,
            Err(fields) => Err(Error::Invalid(fields)),
        };
        // A database failure stops the batch (the console keeps the rest queued); refusals
        // are answers.
        if let Err(err @ (Error::Db(_) | Error::Internal(_))) = result {
            return Err(err);
        }
        let registration_id = match &result {
            Ok(outcome) => Some(outcome.registration_id()),
            // A refusal is about a registration found (cancelled, waitlisted, revoked code...).
            Err(Error::Conflict(_) | Error::Gone(_)) => named,
            Err(_) => None,
        };
        results.push(ItemResult { key, registration_id, result });
    }
    Ok(results)
}

/// Inserts a scan; a key already used (even by a concurrent request) returns the first row.
pub(super) async fn insert_scan(office: &Office, scan: NewScan, key: &str) -> Result<Outcome> {
    match office.scan_writer.0.write(scan).await {
        Ok(saved) => Ok(Outcome::Recorded(saved)),
        Err(e) if db::is_unique_violation(&e) => {
            scan_by_key(&office.db.write, key).await?.map(Outcome::Duplicate).ok_or(Error::Db(e))
        }
        Err(e) => Err(e.into()),
    }
}
