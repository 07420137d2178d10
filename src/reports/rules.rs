//! Rules of the reports: which events a report covers (a [`Selection`]), the outcomes of those
//! events ([`outcomes`]) and the report of one event ([`event_report`]).
//!
//! Every figure is computed by the database (`GROUP BY`, `COUNT(DISTINCT …)`): a report reads
//! a few hundred grouped rows at most, never the registrations or scans themselves. The SQL is
//! written once with `?` placeholders and numbered for PostgreSQL; it uses nothing that
//! SQLite and PostgreSQL do not share.
//!
//! Words, as the reports use them:
//! - *invited*: people with a personal invitation that was not withdrawn;
//! - *registered*: registrations that stand (pending, confirmed, on the waiting list or
//!   offered a seat), plus anyone who attended whatever their registration became;
//! - *confirmed*: registrations holding a confirmed seat;
//! - *attended*: registrations with an entry scan that no undo row takes back (exits do not
//!   take attendance back: someone who came and left was there), read from the day rows the
//!   scans keep (`attendance_days`);
//! - *States*, *regional groups*, *women*: counted among the confirmed participants; a State
//!   counts once however many delegates it sends and however many events they attend.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, QueryResult, Statement, Value};
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::StaffUser;
use crate::domain::{EventStatus, Gender, InvitationKind, InvitationState, RegistrationState, ScanDirection};
use crate::entities::{event, event_session, series};
use crate::error::{Error, FieldErrors, Msg};
use crate::reference::Reference;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};

/// What a report can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A filter is malformed or names something unknown; each field says why.
    #[error("invalid report filters")]
    InvalidFilters(FieldErrors),
    /// No such event.
    #[error("unknown event")]
    UnknownEvent,
    /// The staff member may not see this report (another programme's events, check-in staff).
    #[error("not allowed to see this report")]
    Forbidden,
    /// The database failed.
    #[error("database: {0}")]
    Db(#[from] DbErr),
}

impl From<ReportError> for Error {
    fn from(e: ReportError) -> Self {
        match e {
            ReportError::InvalidFilters(fields) => Error::Invalid(fields),
            ReportError::UnknownEvent => Error::NotFound,
            ReportError::Forbidden => Error::Forbidden,
            ReportError::Db(e) => Error::Db(e),
        }
    }
}

/// The filters of a report across events; `None` leaves a dimension open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Filters {
    /// Programme code, e.g. `1540`.
    pub programme: Option<String>,
    /// Series code.
    pub series: Option<String>,
    /// Unit code (a branch or regional centre).
    pub unit: Option<String>,
    /// First start date included.
    pub from: Option<NaiveDate>,
    /// Last start date included.
    pub to: Option<NaiveDate>,
}

/// The report filters as typed in a form or a query string.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct RawFilters {
    /// Programme code.
    pub programme: String,
    /// Series code.
    pub series: String,
    /// Unit code.
    pub unit: String,
    /// First start date, YYYY-MM-DD.
    pub from: String,
    /// Last start date, YYYY-MM-DD.
    pub to: String,
}

impl Filters {
    /// Parses typed filters: codes must be known, dates must be real and in order. The series
    /// is checked against the database by [`programme_report`].
    pub fn parse(raw: &RawFilters, reference: &Reference) -> Result<Self, ReportError> {
        let mut errors = FieldErrors::new();
        let code = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let programme = code(&raw.programme);
        if let Some(p) = &programme
            && !reference.has_programme(p)
        {
            errors.add("programme", Msg::new("rep-err-programme").arg("code", p));
        }
        let unit = code(&raw.unit);
        if let Some(u) = &unit
            && !reference.has_unit(u)
        {
            errors.add("unit", Msg::new("rep-err-unit").arg("code", u));
        }
        let mut date = |field: &'static str, s: &str| -> Option<NaiveDate> {
            let s = s.trim();
            if s.is_empty() {
                return None;
            }
            match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.add(field, Msg::new("rep-err-date"));
                    None
                }
            }
        };
        let from = date("from", &raw.from);
        let to = date("to", &raw.to);
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            errors.add("to", Msg::new("rep-err-range"));
        }
        let filters = Self { programme, series: code(&raw.series), unit, from, to };
        if errors.is_empty() { Ok(filters) } else { Err(ReportError::InvalidFilters(errors)) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Scope {
    Filters(Filters),
    Events(Vec<i32>),
}

/// The events a report covers: those matching [`Filters`], or an explicit list (the events a
/// donor funds). Only published events count; drafts and cancelled events are left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    scope: Scope,
    programmes: Option<Vec<String>>,
}

impl Selection {
    /// The published events matching `filters`.
    pub fn from_filters(filters: Filters) -> Self {
        Self { scope: Scope::Filters(filters), programmes: None }
    }

    /// The published events among `ids`.
    pub fn from_events(ids: impl IntoIterator<Item = i32>) -> Self {
        Self { scope: Scope::Events(ids.into_iter().collect()), programmes: None }
    }

    /// Only the events of these programmes (an organiser's), whatever else is selected.
    pub fn within_programmes(mut self, programmes: Vec<String>) -> Self {
        self.programmes = Some(programmes);
        self
    }

    /// The `SELECT e.id FROM events e …` of the selection, with its values.
    fn sql(&self) -> (String, Vec<Value>) {
        let mut sql = format!("SELECT e.id FROM events e WHERE e.status = '{}'", EventStatus::Published.as_str());
        let mut values: Vec<Value> = Vec::new();
        match &self.scope {
            Scope::Filters(f) => {
                if let Some(p) = &f.programme {
                    sql.push_str(" AND e.programme_code = ?");
                    values.push(p.clone().into());
                }
                if let Some(s) = &f.series {
                    sql.push_str(" AND e.series_id IN (SELECT s.id FROM series s WHERE s.code = ?)");
                    values.push(s.clone().into());
                }
                if let Some(u) = &f.unit {
                    sql.push_str(" AND e.unit_code = ?");
                    values.push(u.clone().into());
                }
                if let Some(d) = f.from {
                    sql.push_str(" AND e.start_date >= ?");
                    values.push(d.into());
                }
                if let Some(d) = f.to {
                    sql.push_str(" AND e.start_date <= ?");
                    values.push(d.into());
                }
            }
            Scope::Events(ids) => push_in(&mut sql, &mut values, "e.id", ids.iter().map(|id| Value::from(*id))),
        }
        if let Some(programmes) = &self.programmes {
            push_in(&mut sql, &mut values, "e.programme_code", programmes.iter().map(|p| Value::from(p.clone())));
        }
        (sql, values)
    }
}

/// Appends `AND column IN (?, …)`, or a condition nothing meets for an empty list.
pub(super) fn push_in(sql: &mut String, values: &mut Vec<Value>, column: &str, items: impl Iterator<Item = Value>) {
    let before = values.len();
    values.extend(items);
    let n = values.len() - before;
    if n == 0 {
        sql.push_str(" AND 1 = 0");
    } else {
        sql.push_str(&format!(" AND {column} IN ({})", vec!["?"; n].join(", ")));
    }
}

/// A statement for `backend` from SQL written with `?` placeholders (PostgreSQL numbers them).
pub(super) fn statement(backend: DbBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = if backend == DbBackend::Postgres {
        let mut numbered = String::with_capacity(sql.len() + 16);
        let mut n = 0;
        for c in sql.chars() {
            if c == '?' {
                n += 1;
                numbered.push_str(&format!("${n}"));
            } else {
                numbered.push(c);
            }
        }
        numbered
    } else {
        sql.to_owned()
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// Registrations, confirmed and attended in one row of a breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Row {
    /// Stable code (ISO3, regional group, gender, organisation type or role); `None` when the
    /// participants did not state it.
    pub code: Option<String>,
    /// English name from the reference data (the code for genders and roles; empty when
    /// not stated); pages translate by `code`.
    pub label: String,
    /// Registered.
    pub registered: u64,
    /// Confirmed.
    pub confirmed: u64,
    /// Attended.
    pub attended: u64,
}

/// One event of a report across events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct EventRow {
    /// Event id.
    pub event_id: i32,
    /// Title.
    pub title: String,
    /// Programme code.
    pub programme: String,
    /// City.
    pub city: String,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Registered.
    pub registered: u64,
    /// Confirmed.
    pub confirmed: u64,
    /// Attended.
    pub attended: u64,
    /// Distinct States of the confirmed participants.
    pub states: u64,
    /// Confirmed women.
    pub women: u64,
}

/// The outcomes of a set of events: what a programme manager or a donor asks for.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Outcomes {
    /// Published events in the selection.
    pub events_held: u64,
    /// People personally invited (invitations not withdrawn).
    pub invited: u64,
    /// Registrations that stand, plus anyone who attended.
    pub registered: u64,
    /// Confirmed registrations.
    pub confirmed: u64,
    /// Registrations with an entry not undone.
    pub attended: u64,
    /// Distinct States of the confirmed participants (once across all events).
    pub states: u64,
    /// Distinct States of the participants who attended.
    pub states_attended: u64,
    /// Distinct UN regional groups of the confirmed participants.
    pub regional_groups: u64,
    /// Confirmed women.
    pub women: u64,
    /// Women among the confirmed participants, 0 to 1 (`None` without confirmed participants).
    pub women_share: Option<f64>,
    /// Attended over confirmed, 0 to 1 (`None` without confirmed participants).
    pub attendance_rate: Option<f64>,
    /// Certificates of attendance issued and not revoked.
    pub certificates: u64,
    /// Per UN regional group (States without a group and non-State participants under `None`).
    pub by_regional_group: Vec<Row>,
    /// Per gender.
    pub by_gender: Vec<Row>,
    /// Per organisation type.
    pub by_organisation_type: Vec<Row>,
    /// Per State.
    pub by_state: Vec<Row>,
    /// Per role at the event.
    pub by_role: Vec<Row>,
    /// Per event, by start date.
    pub events: Vec<EventRow>,
}

/// The share `part / whole`, or `None` when `whole` is 0.
pub fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

fn count(row: &QueryResult, column: &str) -> Result<u64, DbErr> {
    // COUNT and SUM come back as 64-bit integers on both databases; SUM of nothing is NULL.
    Ok(u64::try_from(row.try_get::<Option<i64>>("", column)?.unwrap_or(0)).unwrap_or(0))
}

/// The outcomes of the events of `selection`, all computed by the database in one statement.
pub async fn outcomes(db: &DatabaseConnection, selection: &Selection) -> Result<Outcomes, ReportError> {
    let (sel, values) = selection.sql();
    let mut o = aggregate(db, &sel, values.clone()).await?;
    o.events = event_rows(db, &sel, values, &o.events).await?;
    Ok(o)
}

/// The grouped figures of the events `sel` selects. Per-event rows come back without their
/// titles and dates, which [`event_rows`] adds.
async fn aggregate(db: &DatabaseConnection, sel: &str, values: Vec<Value>) -> Result<Outcomes, ReportError> {
    let confirmed = RegistrationState::Confirmed.as_str();
    let standing = [
        RegistrationState::Pending,
        RegistrationState::Confirmed,
        RegistrationState::Waitlisted,
        RegistrationState::Offered,
    ]
    .map(|s| format!("'{}'", s.as_str()))
    .join(", ");
    let woman = Gender::Woman.as_str();
    let personal = InvitationKind::Personal.as_str();
    let revoked = InvitationState::Revoked.as_str();
    // Attendance: a day row (`attendance_days`, kept by the scans). The two engines want it
    // asked differently. SQLite does best with one index seek per registration; PostgreSQL
    // would turn that lookup into a hash of every day row in the table, so it gets the day
    // rows of the selected events only, as a set to look registrations up in.
    let (attended_cte, came) = match db.get_database_backend() {
        DbBackend::Postgres => (
            "att AS (SELECT DISTINCT d.registration_id AS id FROM attendance_days d \
             WHERE d.event_id IN (SELECT id FROM sel)), "
                .to_owned(),
            "r.id IN (SELECT id FROM att)".to_owned(),
        ),
        _ => (String::new(), "EXISTS (SELECT 1 FROM attendance_days d WHERE d.registration_id = r.id)".to_owned()),
    };
    // `cube` groups the people by every breakdown at once, so each breakdown reads a few
    // thousand grouped rows rather than every registration. `reg` is materialised so that
    // attendance is worked out once per registration. Sums are cast because PostgreSQL widens
    // SUM(bigint) to numeric.
    let sql = format!(
        "WITH sel AS ({sel}), {attended_cte}\
         reg AS MATERIALIZED (SELECT r.event_id AS event_id, r.state AS state, r.gender AS gender, r.role AS role, \
             r.country_iso3 AS country, r.organisation_type AS otype, \
             CASE WHEN r.state = '{confirmed}' THEN 1 ELSE 0 END AS conf, \
             CASE WHEN {came} THEN 1 ELSE 0 END AS came \
             FROM registrations r WHERE r.event_id IN (SELECT id FROM sel)), \
         base AS (SELECT event_id, gender, role, country, otype, conf, came FROM reg \
             WHERE state IN ({standing}) OR came = 1), \
         cube AS (SELECT b.gender AS gender, b.role AS role, b.country AS country, c.regional_group AS rgroup, \
             b.otype AS otype, COUNT(*) AS n, SUM(b.conf) AS conf, SUM(b.came) AS came \
             FROM base b LEFT JOIN countries c ON c.iso3 = b.country \
             GROUP BY b.gender, b.role, b.country, c.regional_group, b.otype) \
         SELECT 'total' AS dim, CAST(NULL AS TEXT) AS k, CAST(NULL AS TEXT) AS label, \
             CAST(SUM(n) AS BIGINT) AS a, CAST(SUM(conf) AS BIGINT) AS b, CAST(SUM(came) AS BIGINT) AS c, \
             COUNT(DISTINCT CASE WHEN conf > 0 THEN country END) AS d, \
             COUNT(DISTINCT CASE WHEN came > 0 THEN country END) AS e, \
             COUNT(DISTINCT CASE WHEN conf > 0 THEN rgroup END) AS f FROM cube \
         UNION ALL SELECT 'invited', NULL, NULL, COUNT(DISTINCT i.person_id), 0, 0, 0, 0, 0 FROM invitations i \
             JOIN sel ON sel.id = i.event_id WHERE i.kind = '{personal}' AND i.state <> '{revoked}' \
         UNION ALL SELECT 'events', NULL, NULL, COUNT(*), 0, 0, 0, 0, 0 FROM sel \
         UNION ALL SELECT 'certificates', NULL, NULL, COUNT(*), 0, 0, 0, 0, 0 FROM certificates ce \
             JOIN sel ON sel.id = ce.event_id WHERE ce.revoked_at IS NULL \
         UNION ALL SELECT 'gender', gender, NULL, {sums} FROM cube GROUP BY gender \
         UNION ALL SELECT 'role', role, NULL, {sums} FROM cube GROUP BY role \
         UNION ALL SELECT 'state', x.country, MIN(l.name), {xsums} FROM cube x \
             LEFT JOIN countries l ON l.iso3 = x.country GROUP BY x.country \
         UNION ALL SELECT 'group', x.rgroup, MIN(l.name), {xsums} FROM cube x \
             LEFT JOIN regional_groups l ON l.code = x.rgroup GROUP BY x.rgroup \
         UNION ALL SELECT 'otype', x.otype, MIN(l.name), {xsums} FROM cube x \
             LEFT JOIN organisation_types l ON l.code = x.otype GROUP BY x.otype \
         UNION ALL SELECT 'event', CAST(event_id AS TEXT), NULL, COUNT(*), CAST(SUM(conf) AS BIGINT), \
             CAST(SUM(came) AS BIGINT), COUNT(DISTINCT CASE WHEN conf = 1 THEN country END), \
             CAST(SUM(CASE WHEN conf = 1 AND gender = '{woman}' THEN 1 ELSE 0 END) AS BIGINT), 0 \
             FROM base GROUP BY event_id",
        sums = "CAST(SUM(n) AS BIGINT), CAST(SUM(conf) AS BIGINT), CAST(SUM(came) AS BIGINT), 0, 0, 0",
        xsums = "CAST(SUM(x.n) AS BIGINT), CAST(SUM(x.conf) AS BIGINT), CAST(SUM(x.came) AS BIGINT), 0, 0, 0",
    );
    let rows = run_report_query(db, statement(db.get_database_backend(), &sql, values)).await?;

    let mut o = Outcomes {
        events_held: 0,
        invited: 0,
        registered: 0,
        confirmed: 0,
        attended: 0,
        states: 0,
        states_attended: 0,
        regional_groups: 0,
        women: 0,
        women_share: None,
        attendance_rate: None,
        certificates: 0,
        by_regional_group: Vec::new(),
        by_gender: Vec::new(),
        by_organisation_type: Vec::new(),
        by_state: Vec::new(),
        by_role: Vec::new(),
        events: Vec::new(),
    };
    for row in rows {
        let dim: String = row.try_get("", "dim")?;
        let code: Option<String> = row.try_get("", "k")?;
        let (a, b, c) = (count(&row, "a")?, count(&row, "b")?, count(&row, "c")?);
        let label =
            || row.try_get::<Option<String>>("", "label").map(|l| l.or_else(|| code.clone()).unwrap_or_default());
        let breakdown = |label: String| Row { code: code.clone(), label, registered: a, confirmed: b, attended: c };
        match dim.as_str() {
            "total" => {
                (o.registered, o.confirmed, o.attended) = (a, b, c);
                (o.states, o.states_attended, o.regional_groups) =
                    (count(&row, "d")?, count(&row, "e")?, count(&row, "f")?);
            }
            "invited" => o.invited = a,
            "events" => o.events_held = a,
            "certificates" => o.certificates = a,
            "gender" => o.by_gender.push(breakdown(label()?)),
            "role" => o.by_role.push(breakdown(label()?)),
            "state" => o.by_state.push(breakdown(label()?)),
            "group" => o.by_regional_group.push(breakdown(label()?)),
            "otype" => o.by_organisation_type.push(breakdown(label()?)),
            "event" => {
                let Some(id) = code.as_deref().and_then(|c| c.parse::<i32>().ok()) else { continue };
                o.events.push(EventRow {
                    event_id: id,
                    title: String::new(),
                    programme: String::new(),
                    city: String::new(),
                    start_date: NaiveDate::MIN,
                    end_date: NaiveDate::MIN,
                    registered: a,
                    confirmed: b,
                    attended: c,
                    states: count(&row, "d")?,
                    women: count(&row, "e")?,
                });
            }
            _ => {}
        }
    }
    o.women = o.by_gender.iter().filter(|r| r.code.as_deref() == Some(woman)).map(|r| r.confirmed).sum();
    o.women_share = share(o.women, o.confirmed);
    o.attendance_rate = share(o.attended, o.confirmed);
    for rows in
        [&mut o.by_regional_group, &mut o.by_gender, &mut o.by_organisation_type, &mut o.by_state, &mut o.by_role]
    {
        // Largest first; "not stated" last; ties by name so the order is stable.
        rows.sort_by(|x, y| {
            x.code
                .is_none()
                .cmp(&y.code.is_none())
                .then(y.confirmed.cmp(&x.confirmed))
                .then(y.registered.cmp(&x.registered))
                .then(x.label.cmp(&y.label))
        });
    }
    Ok(o)
}

/// Runs a report's statement. On PostgreSQL, without JIT compilation: for a query planned
/// once and run in a few hundred milliseconds, compiling it costs more than it saves (it
/// added over a second to a report of 200,000 scans).
async fn run_report_query(db: &DatabaseConnection, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return db.query_all_raw(stmt).await;
    }
    let txn = db.begin().await?;
    txn.execute_unprepared("SET LOCAL jit = off").await?;
    let rows = txn.query_all_raw(stmt).await?;
    txn.commit().await?;
    Ok(rows)
}

/// Every selected event with its figures (zero for events nobody registered for), by date.
async fn event_rows<C: ConnectionTrait>(
    db: &C,
    sel: &str,
    values: Vec<Value>,
    figures: &[EventRow],
) -> Result<Vec<EventRow>, ReportError> {
    let sql = format!(
        "SELECT e.id AS id, e.title AS title, e.programme_code AS programme, e.city AS city, \
         e.start_date AS start_date, e.end_date AS end_date FROM events e \
         WHERE e.id IN ({sel}) ORDER BY e.start_date, e.id"
    );
    let rows = db.query_all_raw(statement(db.get_database_backend(), &sql, values)).await?;
    let by_id: HashMap<i32, &EventRow> = figures.iter().map(|f| (f.event_id, f)).collect();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let id: i32 = row.try_get("", "id")?;
        let f = by_id.get(&id);
        out.push(EventRow {
            event_id: id,
            title: row.try_get("", "title")?,
            programme: row.try_get("", "programme")?,
            city: row.try_get("", "city")?,
            start_date: row.try_get("", "start_date")?,
            end_date: row.try_get("", "end_date")?,
            registered: f.map_or(0, |f| f.registered),
            confirmed: f.map_or(0, |f| f.confirmed),
            attended: f.map_or(0, |f| f.attended),
            states: f.map_or(0, |f| f.states),
            women: f.map_or(0, |f| f.women),
        });
    }
    Ok(out)
}

/// A report across events: the filters it was built from and the outcomes.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ProgrammeReport {
    /// The filters applied.
    pub filters: Filters,
    /// The outcomes of the selected events.
    pub outcomes: Outcomes,
}

/// The report across the events matching `filters` that `staff` may see: admins every
/// programme, organisers theirs (naming another programme is refused), check-in staff none.
pub async fn programme_report(
    db: &DatabaseConnection,
    staff: &StaffUser,
    filters: Filters,
) -> Result<ProgrammeReport, ReportError> {
    if staff.is_checkin_only() {
        return Err(ReportError::Forbidden);
    }
    if let Some(p) = &filters.programme
        && !staff.can_manage(p)
    {
        return Err(ReportError::Forbidden);
    }
    if let Some(code) = &filters.series
        && series::Entity::find().filter(series::Column::Code.eq(code.as_str())).one(db).await?.is_none()
    {
        let mut errors = FieldErrors::new();
        errors.add("series", Msg::new("rep-err-series").arg("code", code));
        return Err(ReportError::InvalidFilters(errors));
    }
    let mut selection = Selection::from_filters(filters.clone());
    if !staff.is_admin() {
        selection = selection.within_programmes(staff.programmes.clone());
    }
    Ok(ProgrammeReport { filters, outcomes: outcomes(db, &selection).await? })
}

/// People present on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct DayAttendance {
    /// The day, in the event's time zone.
    pub day: NaiveDate,
    /// Distinct registrations with an entry not undone that day.
    pub attended: u64,
}

/// People present at one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct SessionAttendance {
    /// Session id.
    pub session_id: i32,
    /// Its title.
    pub title: String,
    /// When it starts.
    pub starts_at: chrono::DateTime<chrono::Utc>,
    /// Distinct registrations with an entry not undone for the session.
    pub attended: u64,
}

/// The report of one event.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct EventReport {
    /// Event id.
    pub event_id: i32,
    /// Title.
    pub title: String,
    /// Programme code.
    pub programme: String,
    /// City.
    pub city: String,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Its outcomes (its own row only in `events`).
    pub outcomes: Outcomes,
    /// Every day of the event (and any other day with entries), in order.
    pub days: Vec<DayAttendance>,
    /// Every session of the schedule, in order.
    pub sessions: Vec<SessionAttendance>,
}

/// The report of event `event_id`, for a staff member who manages it (whatever its status).
pub async fn event_report(
    db: &DatabaseConnection,
    staff: &StaffUser,
    event_id: i32,
) -> Result<EventReport, ReportError> {
    let e = event::Entity::find_by_id(event_id).one(db).await?.ok_or(ReportError::UnknownEvent)?;
    if !staff.can_manage(&e.programme_code) {
        return Err(ReportError::Forbidden);
    }
    let sel = "SELECT e.id FROM events e WHERE e.id = ?";
    let mut outcomes = aggregate(db, sel, vec![event_id.into()]).await?;
    outcomes.events = event_rows(db, sel, vec![event_id.into()], &outcomes.events).await?;
    let backend = db.get_database_backend();
    let per_day = db
        .query_all_raw(statement(
            backend,
            "SELECT d.day AS day, COUNT(*) AS n FROM attendance_days d WHERE d.event_id = ? GROUP BY d.day",
            vec![event_id.into()],
        ))
        .await?;
    let mut days: std::collections::BTreeMap<NaiveDate, u64> = std::collections::BTreeMap::new();
    // Every day of the event shows, with 0 when nobody was scanned in.
    let mut d = e.start_date;
    while d <= e.end_date && days.len() < 366 {
        days.insert(d, 0);
        d = d.succ_opt().unwrap_or(NaiveDate::MAX);
    }
    for row in per_day {
        days.insert(row.try_get("", "day")?, count(&row, "n")?);
    }

    let per_session = db
        .query_all_raw(statement(
            backend,
            &format!(
                "SELECT s.session_id AS session_id, COUNT(DISTINCT s.registration_id) AS n \
                 FROM attendance_scans s WHERE s.event_id = ? AND s.session_id IS NOT NULL \
                 AND s.direction = '{}' AND NOT EXISTS (SELECT 1 FROM attendance_scans u WHERE u.undoes = s.id) \
                 GROUP BY s.session_id",
                ScanDirection::Entry.as_str()
            ),
            vec![event_id.into()],
        ))
        .await?;
    let mut by_session: HashMap<i32, u64> = HashMap::new();
    for row in per_session {
        by_session.insert(row.try_get("", "session_id")?, count(&row, "n")?);
    }
    let sessions = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event_id))
        .order_by_asc(event_session::Column::StartsAt)
        .order_by_asc(event_session::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|s| SessionAttendance {
            attended: by_session.get(&s.id).copied().unwrap_or(0),
            session_id: s.id,
            title: s.title,
            starts_at: s.starts_at,
        })
        .collect();

    Ok(EventReport {
        event_id,
        title: e.title,
        programme: e.programme_code,
        city: e.city,
        start_date: e.start_date,
        end_date: e.end_date,
        outcomes,
        days: days.into_iter().map(|(day, attended)| DayAttendance { day, attended }).collect(),
        sessions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_numbers_placeholders() {
        let s = statement(DbBackend::Postgres, "a = ? AND b IN (?, ?)", vec![1.into(), 2.into(), 3.into()]);
        assert_eq!(s.sql, "a = $1 AND b IN ($2, $3)");
        let s = statement(DbBackend::Sqlite, "a = ?", vec![1.into()]);
        assert_eq!(s.sql, "a = ?");
    }

    #[test]
    fn an_empty_list_selects_nothing() {
        let (sql, values) = Selection::from_events(Vec::new()).sql();
        assert!(sql.ends_with("AND 1 = 0"));
        assert!(values.is_empty());
        let (sql, values) = Selection::from_events([3, 4]).within_programmes(vec!["1540".into()]).sql();
        assert!(sql.contains("e.id IN (?, ?)") && sql.contains("e.programme_code IN (?)"));
        assert_eq!(values.len(), 3);
    }

    #[test]
    fn shares() {
        assert_eq!(share(1, 4), Some(0.25));
        assert_eq!(share(0, 0), None);
    }
}
