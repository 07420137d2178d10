//! The reports' SQL: every figure grouped by the database in one statement, the per-event
//! rows, and the per-day and per-session attendance of one event.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, QueryResult, Statement, Value};

use super::outcomes::{EventRow, Outcomes, Row, share};
use super::selection::{ReportError, statement};
use super::stage::{EventStage, stage};
use crate::domain::{Gender, InvitationKind, InvitationState, RegistrationState, ScanDirection};
use sea_orm::TransactionTrait;

/// The grouped figures of the events `sel` selects. Per-event rows come back without their
/// titles and dates, which [`event_rows`] adds.
pub(super) async fn aggregate(db: &DatabaseConnection, sel: &str, values: Vec<Value>) -> Result<Outcomes, ReportError> {
    let sql = aggregate_sql(db.get_database_backend(), sel);
    let rows = run_report_query(db, statement(db.get_database_backend(), &sql, values)).await?;
    let mut o = Outcomes::default();
    for row in rows {
        fold_row(&mut o, &row)?;
    }
    let woman = Gender::Woman.as_str();
    o.women = o.by_gender.iter().filter(|r| r.code.as_deref() == Some(woman)).map(|r| r.confirmed).sum();
    o.women_share = share(o.women, o.confirmed);
    o.attendance_rate = share(o.attended, o.confirmed);
    for rows in [
        &mut o.by_regional_group,
        &mut o.by_gender,
        &mut o.by_organisation_type,
        &mut o.by_state,
        &mut o.by_role,
        &mut o.by_attendance_mode,
    ] {
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

/// The statement behind [`aggregate`]: the selected events' registrations grouped by every
/// breakdown at once, one row per figure (`dim` names which).
fn aggregate_sql(backend: DbBackend, sel: &str) -> String {
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
    let (attended_cte, came) = match backend {
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
    format!(
        "WITH sel AS ({sel}), {attended_cte}\
         reg AS MATERIALIZED (SELECT r.event_id AS event_id, r.state AS state, r.gender AS gender, r.role AS role, \
             r.country_iso3 AS country, r.organisation_type AS otype, r.attendance_mode AS mode, \
             CASE WHEN r.state = '{confirmed}' THEN 1 ELSE 0 END AS conf, \
             CASE WHEN {came} THEN 1 ELSE 0 END AS came \
             FROM registrations r WHERE r.event_id IN (SELECT id FROM sel)), \
         base AS (SELECT event_id, gender, role, country, otype, mode, conf, came FROM reg \
             WHERE state IN ({standing}) OR came = 1), \
         cube AS (SELECT b.gender AS gender, b.role AS role, b.country AS country, c.regional_group AS rgroup, \
             b.otype AS otype, b.mode AS mode, COUNT(*) AS n, SUM(b.conf) AS conf, SUM(b.came) AS came \
             FROM base b LEFT JOIN countries c ON c.iso3 = b.country \
             GROUP BY b.gender, b.role, b.country, c.regional_group, b.otype, b.mode) \
         SELECT 'total' AS dim, CAST(NULL AS TEXT) AS k, CAST(NULL AS TEXT) AS label, \
             CAST(SUM(n) AS BIGINT) AS a, CAST(SUM(conf) AS BIGINT) AS b, CAST(SUM(came) AS BIGINT) AS c, \
             COUNT(DISTINCT CASE WHEN conf > 0 THEN country END) AS d, \
             COUNT(DISTINCT CASE WHEN came > 0 THEN country END) AS e, \
             COUNT(DISTINCT CASE WHEN conf > 0 THEN rgroup END) AS f FROM cube \
         UNION ALL SELECT 'invited', NULL, NULL, COUNT(DISTINCT i.person_id), 0, 0, 0, 0, 0 FROM invitations i \
             JOIN sel ON sel.id = i.event_id WHERE i.kind = '{personal}' AND i.state <> '{revoked}' \
         UNION ALL SELECT 'certificates', NULL, NULL, COUNT(*), 0, 0, 0, 0, 0 FROM certificates ce \
             JOIN sel ON sel.id = ce.event_id WHERE ce.revoked_at IS NULL \
         UNION ALL SELECT 'gender', gender, NULL, {sums} FROM cube GROUP BY gender \
         UNION ALL SELECT 'role', role, NULL, {sums} FROM cube GROUP BY role \
         UNION ALL SELECT 'mode', mode, NULL, {sums} FROM cube GROUP BY mode \
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
    )
}

/// Adds one row of [`aggregate_sql`] to the outcomes.
fn fold_row(o: &mut Outcomes, row: &QueryResult) -> Result<(), DbErr> {
    let dim: String = row.try_get("", "dim")?;
    let code: Option<String> = row.try_get("", "k")?;
    let (a, b, c) = (count(row, "a")?, count(row, "b")?, count(row, "c")?);
    let label = || row.try_get::<Option<String>>("", "label").map(|l| l.or_else(|| code.clone()).unwrap_or_default());
    let breakdown = |label: String| Row { code: code.clone(), label, registered: a, confirmed: b, attended: c };
    match dim.as_str() {
        "total" => {
            (o.registered, o.confirmed, o.attended) = (a, b, c);
            (o.states, o.states_attended, o.regional_groups) = (count(row, "d")?, count(row, "e")?, count(row, "f")?);
        }
        "invited" => o.invited = a,
        "certificates" => o.certificates = a,
        "gender" => o.by_gender.push(breakdown(label()?)),
        "role" => o.by_role.push(breakdown(label()?)),
        "mode" => o.by_attendance_mode.push(breakdown(label()?)),
        "state" => o.by_state.push(breakdown(label()?)),
        "group" => o.by_regional_group.push(breakdown(label()?)),
        "otype" => o.by_organisation_type.push(breakdown(label()?)),
        "event" => {
            let Some(id) = code.as_deref().and_then(|c| c.parse::<i32>().ok()) else { return Ok(()) };
            o.events.push(EventRow {
                event_id: id,
                title: String::new(),
                programme: String::new(),
                city: String::new(),
                start_date: NaiveDate::MIN,
                end_date: NaiveDate::MIN,
                stage: EventStage::Planned,
                registered: a,
                confirmed: b,
                attended: c,
                states: count(row, "d")?,
                women: count(row, "e")?,
            });
        }
        _ => {}
    }
    Ok(())
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

/// Every selected event with its figures (zero for events nobody registered for) and its
/// stage as of `now`, by date.
pub(super) async fn event_rows<C: ConnectionTrait>(
    db: &C,
    sel: &str,
    values: Vec<Value>,
    figures: &[EventRow],
    now: DateTime<Utc>,
) -> Result<Vec<EventRow>, ReportError> {
    let sql = format!(
        "SELECT e.id AS id, e.title AS title, e.programme_code AS programme, e.city AS city, \
         e.start_date AS start_date, e.end_date AS end_date, e.time_zone AS time_zone FROM events e \
         WHERE e.id IN ({sel}) ORDER BY e.start_date, e.id"
    );
    let rows = db.query_all_raw(statement(db.get_database_backend(), &sql, values)).await?;
    let by_id: HashMap<i32, &EventRow> = figures.iter().map(|f| (f.event_id, f)).collect();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let id: i32 = row.try_get("", "id")?;
        let f = by_id.get(&id);
        let (start_date, end_date) = (row.try_get("", "start_date")?, row.try_get("", "end_date")?);
        let time_zone: String = row.try_get("", "time_zone")?;
        out.push(EventRow {
            event_id: id,
            title: row.try_get("", "title")?,
            programme: row.try_get("", "programme")?,
            city: row.try_get("", "city")?,
            start_date,
            end_date,
            stage: stage(start_date, end_date, &time_zone, now),
            registered: f.map_or(0, |f| f.registered),
            confirmed: f.map_or(0, |f| f.confirmed),
            attended: f.map_or(0, |f| f.attended),
            states: f.map_or(0, |f| f.states),
            women: f.map_or(0, |f| f.women),
        });
    }
    Ok(out)
}

/// People present per day of event `event_id`: the days with someone scanned in.
pub(super) async fn present_per_day(db: &DatabaseConnection, event_id: i32) -> Result<Vec<(NaiveDate, u64)>, DbErr> {
    let sql = "SELECT d.day AS day, COUNT(*) AS n FROM attendance_days d WHERE d.event_id = ? GROUP BY d.day";
    let rows = db.query_all_raw(statement(db.get_database_backend(), sql, vec![event_id.into()])).await?;
    rows.iter().map(|row| Ok((row.try_get("", "day")?, count(row, "n")?))).collect()
}

/// People present at each of the sessions of event `event_id`, given with the day each is
/// held on (in the event's time zone): those with an entry not undone for the session, and
/// those with an entry not undone for the whole of its day (a scan without a session).
pub(super) async fn present_per_session(
    db: &DatabaseConnection,
    event_id: i32,
    sessions: &[(i32, NaiveDate)],
) -> Result<HashMap<i32, u64>, DbErr> {
    if sessions.is_empty() {
        return Ok(HashMap::new());
    }
    // The sessions and their days come in as a table of values: the days are worked out in
    // the event's time zone, which the two databases would not do alike.
    let mut values: Vec<Value> = Vec::with_capacity(2 * sessions.len() + 1);
    for (id, day) in sessions {
        values.push((*id).into());
        values.push((*day).into());
    }
    values.push(event_id.into());
    let table = vec!["(?, ?)"; sessions.len()].join(", ");
    let sql = format!(
        "WITH sd (session_id, day) AS (VALUES {table}) \
         SELECT sd.session_id AS session_id, COUNT(DISTINCT s.registration_id) AS n \
         FROM sd JOIN attendance_scans s ON s.event_id = ? \
             AND (s.session_id = sd.session_id OR (s.session_id IS NULL AND s.day = sd.day)) \
         WHERE s.direction = '{}' AND NOT EXISTS (SELECT 1 FROM attendance_scans u WHERE u.undoes = s.id) \
         GROUP BY sd.session_id",
        ScanDirection::Entry.as_str()
    );
    let rows = db.query_all_raw(statement(db.get_database_backend(), &sql, values)).await?;
    rows.iter().map(|row| Ok((row.try_get("", "session_id")?, count(row, "n")?))).collect()
}

pub(super) fn count(row: &QueryResult, column: &str) -> Result<u64, DbErr> {
    // COUNT and SUM come back as 64-bit integers on both databases; SUM of nothing is NULL.
    Ok(u64::try_from(row.try_get::<Option<i64>>("", column)?.unwrap_or(0)).unwrap_or(0))
}
