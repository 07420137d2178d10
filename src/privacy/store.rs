//! The SQL of erasure: what personal data an event or a person still has, and the statements
//! that erase it. Every statement changes only the columns that hold personal data (never a
//! registration's state, gender, State, organisation type or role, nor an attended day), and
//! only rows not erased yet, so a second run changes nothing and counts nothing.
//!
//! Ids are integers the database gave us; they are written into the SQL text (never text that
//! came from a person) so that one statement takes any number of them on both databases,
//! whose limits on bound values differ.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, QueryResult, Statement, Value};

use super::ERASED;
use super::rules::Counts;
use crate::domain::OutboxState;

/// What replaces an address, a token hash or a link in a row that was erased: a prefix no
/// SHA-256 hash and no deliverable address starts with, then the row's id, so unique keys hold.
const PREFIX: &str = "erased-";

/// Whose personal data a statement reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// Everything of one event.
    Event(i32),
    /// Everything of one person, across events.
    Person(i32),
}

impl Scope {
    /// The condition on `registrations` (and on `invitations`, which have the same columns).
    fn of_event_or_person(self) -> String {
        match self {
            Scope::Event(id) => format!("event_id = {id}"),
            Scope::Person(id) => format!("person_id = {id}"),
        }
    }

    /// The condition on `documents`: the notes verbales of the event's delegations, or of the
    /// delegations the person was the focal point of.
    fn documents(self) -> String {
        match self {
            Scope::Event(id) => format!("delegation_id IN (SELECT id FROM delegations WHERE event_id = {id})"),
            Scope::Person(id) => format!("delegation_id IN (SELECT id FROM delegations WHERE focal_point_id = {id})"),
        }
    }

    /// The condition on `attendance_scans`.
    fn scans(self) -> String {
        match self {
            Scope::Event(id) => format!("event_id = {id}"),
            Scope::Person(id) => format!("registration_id IN (SELECT id FROM registrations WHERE person_id = {id})"),
        }
    }

    /// The condition on `outbox`: messages about the scope's invitations and registrations, and
    /// any message to the addresses of the people `people`.
    fn outbox(self, people: &[i32]) -> String {
        let s = self.of_event_or_person();
        let mut cond = format!(
            "(invitation_id IN (SELECT id FROM invitations WHERE {s}) \
             OR registration_id IN (SELECT id FROM registrations WHERE {s})"
        );
        if !people.is_empty() {
            cond.push_str(&format!(" OR to_address IN (SELECT email FROM people WHERE id IN ({}))", ids(people)));
        }
        cond.push(')');
        cond
    }
}

/// `1, 2, 3`, or `NULL` for none (`IN (NULL)` matches nothing).
fn ids(list: &[i32]) -> String {
    if list.is_empty() { "NULL".to_owned() } else { list.iter().map(i32::to_string).collect::<Vec<_>>().join(", ") }
}

/// A statement for `backend` from SQL written with `?` placeholders (PostgreSQL numbers them).
fn statement(backend: DbBackend, sql: &str, values: Vec<Value>) -> Statement {
    if backend != DbBackend::Postgres {
        return Statement::from_sql_and_values(backend, sql, values);
    }
    let mut numbered = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            numbered.push_str(&format!("${n}"));
        } else {
            numbered.push(c);
        }
    }
    Statement::from_sql_and_values(backend, numbered, values)
}

async fn execute<C: ConnectionTrait>(db: &C, sql: &str, values: Vec<Value>) -> Result<u64, DbErr> {
    Ok(db.execute_raw(statement(db.get_database_backend(), sql, values)).await?.rows_affected())
}

async fn query<C: ConnectionTrait>(db: &C, sql: &str) -> Result<Vec<QueryResult>, DbErr> {
    db.query_all_raw(statement(db.get_database_backend(), sql, Vec::new())).await
}

fn count(row: &QueryResult) -> Result<u64, DbErr> {
    Ok(u64::try_from(row.try_get::<i64>("", "n")?).unwrap_or(0))
}

/// The people linked to the events `events` (invited, registered, focal point or head of a
/// delegation) whose data is not erased yet and who are linked to none of the events `kept`:
/// `SELECT event_id, person_id`.
fn people_sql(events: &[i32], kept: &[i32]) -> String {
    let links = |events: &str| {
        format!(
            "SELECT event_id, person_id FROM registrations WHERE event_id IN ({events}) \
             UNION SELECT event_id, person_id FROM invitations WHERE event_id IN ({events}) \
             UNION SELECT event_id, focal_point_id FROM delegations WHERE event_id IN ({events}) \
             UNION SELECT event_id, head_person_id FROM delegations \
             WHERE event_id IN ({events}) AND head_person_id IS NOT NULL"
        )
    };
    format!(
        "SELECT l.event_id AS event_id, l.person_id AS person_id FROM ({}) l \
         JOIN people p ON p.id = l.person_id WHERE p.email NOT LIKE '{PREFIX}%' \
         AND l.person_id NOT IN (SELECT k.person_id FROM ({}) k)",
        links(&ids(events)),
        links(&ids(kept)),
    )
}

/// Sets one kind of count.
type SetCount = fn(&mut Counts, u64);

/// What each of `events` still holds, the people counted as `people_sql` has them.
pub(super) async fn remaining<C: ConnectionTrait>(
    db: &C,
    events: &[i32],
    kept: &[i32],
    with_lists: bool,
) -> Result<HashMap<i32, Counts>, DbErr> {
    let mut out: HashMap<i32, Counts> = HashMap::new();
    if events.is_empty() {
        return Ok(out);
    }
    let e = ids(events);
    let mut parts: Vec<(SetCount, String)> = vec![
        (
            |c, n| c.registrations = n,
            format!(
                "SELECT event_id, COUNT(*) AS n FROM registrations WHERE event_id IN ({e}) \
                 AND given_name <> '{ERASED}' GROUP BY event_id"
            ),
        ),
        (
            |c, n| c.invitations = n,
            format!(
                "SELECT event_id, COUNT(*) AS n FROM invitations WHERE event_id IN ({e}) \
                 AND token_hash NOT LIKE '{PREFIX}%' GROUP BY event_id"
            ),
        ),
        (
            |c, n| c.files = n,
            format!(
                "SELECT d.event_id AS event_id, COUNT(*) AS n FROM documents x JOIN delegations d \
                 ON d.id = x.delegation_id WHERE d.event_id IN ({e}) AND x.filename <> '{ERASED}' \
                 GROUP BY d.event_id"
            ),
        ),
        (
            |c, n| c.scans = n,
            format!(
                "SELECT event_id, COUNT(*) AS n FROM attendance_scans WHERE event_id IN ({e}) \
                 AND device IS NOT NULL GROUP BY event_id"
            ),
        ),
        (
            |c, n| c.emails = n,
            format!(
                "SELECT COALESCE(i.event_id, r.event_id) AS event_id, COUNT(*) AS n FROM outbox o \
                 LEFT JOIN invitations i ON i.id = o.invitation_id \
                 LEFT JOIN registrations r ON r.id = o.registration_id \
                 WHERE (i.event_id IN ({e}) OR r.event_id IN ({e})) AND o.to_address NOT LIKE '{PREFIX}%' \
                 GROUP BY COALESCE(i.event_id, r.event_id)"
            ),
        ),
        (
            |c, n| c.people = n,
            format!(
                "SELECT x.event_id AS event_id, COUNT(DISTINCT x.person_id) AS n FROM ({}) x GROUP BY x.event_id",
                people_sql(events, kept)
            ),
        ),
    ];
    if with_lists {
        parts.push((
            |c, n| c.lists = n,
            format!("SELECT event_id, COUNT(*) AS n FROM participant_lists WHERE event_id IN ({e}) GROUP BY event_id"),
        ));
    }
    for (set, sql) in parts {
        for row in query(db, &sql).await? {
            set(out.entry(row.try_get::<i32>("", "event_id")?).or_default(), count(&row)?);
        }
    }
    Ok(out)
}

/// What `scope` (a person) still holds; `people` is 1 unless the person is erased already.
pub(super) async fn remaining_of_person<C: ConnectionTrait>(db: &C, person_id: i32) -> Result<Counts, DbErr> {
    let scope = Scope::Person(person_id);
    let s = scope.of_event_or_person();
    let one = |sql: String| async move {
        let rows = query(db, &sql).await?;
        rows.first().map(count).transpose().map(Option::unwrap_or_default)
    };
    Ok(Counts {
        registrations: one(format!("SELECT COUNT(*) AS n FROM registrations WHERE {s} AND given_name <> '{ERASED}'"))
            .await?,
        invitations: one(format!(
            "SELECT COUNT(*) AS n FROM invitations WHERE {s} AND token_hash NOT LIKE '{PREFIX}%'"
        ))
        .await?,
        people: one(format!("SELECT COUNT(*) AS n FROM people WHERE id = {person_id} AND email NOT LIKE '{PREFIX}%'"))
            .await?,
        files: one(format!(
            "SELECT COUNT(*) AS n FROM documents WHERE {} AND filename <> '{ERASED}'",
            scope.documents()
        ))
        .await?,
        scans: one(format!(
            "SELECT COUNT(*) AS n FROM attendance_scans WHERE {} AND device IS NOT NULL",
            scope.scans()
        ))
        .await?,
        emails: one(format!(
            "SELECT COUNT(*) AS n FROM outbox WHERE {} AND to_address NOT LIKE '{PREFIX}%'",
            scope.outbox(&[person_id])
        ))
        .await?,
        lists: 0,
    })
}

/// The people of `event` to erase with it: linked to it, not erased yet, and linked to none of
/// the events `kept`.
pub(super) async fn people_of_event<C: ConnectionTrait>(db: &C, event: i32, kept: &[i32]) -> Result<Vec<i32>, DbErr> {
    let sql = format!("SELECT DISTINCT x.person_id AS person_id FROM ({}) x", people_sql(&[event], kept));
    query(db, &sql).await?.iter().map(|r| r.try_get::<i32>("", "person_id")).collect()
}

/// Erases the personal data `scope` reaches, and the people `people` themselves; deletes the
/// event's issued lists of participants when `delete_lists` (event scope only). Returns what
/// changed. Run inside the caller's transaction; the people go last, as the statements before
/// find their messages by their addresses.
pub(super) async fn erase<C: ConnectionTrait>(
    db: &C,
    scope: Scope,
    people: &[i32],
    delete_lists: bool,
    now: DateTime<Utc>,
) -> Result<Counts, DbErr> {
    clear_audit_snapshots(db, scope).await?;
    let emails = erase_emails(db, scope, people).await?;
    let verifications = match scope {
        Scope::Event(id) => format!("event_id = {id}"),
        Scope::Person(_) => "1 = 0".to_owned(),
    };
    let sql = format!(
        "DELETE FROM email_verifications WHERE {verifications} OR email IN (SELECT email FROM people WHERE id IN ({}))",
        ids(people)
    );
    execute(db, &sql, Vec::new()).await?;
    let mut counts = erase_records(db, scope, now).await?;
    counts.emails = emails;
    // Before the people go: deliveries name them by id, not by address.
    let (event, whose) = match scope {
        Scope::Event(id) => (Some(id), people.to_vec()),
        Scope::Person(id) => (None, vec![id]),
    };
    crate::webhooks::erase_personal(db, event, &whose).await?;
    erase_meeting_contacts(db, scope).await?;
    counts.people = erase_people(db, people, now).await?;
    if let (Scope::Event(id), true) = (scope, delete_lists) {
        counts.lists = execute(db, &format!("DELETE FROM participant_lists WHERE event_id = {id}"), Vec::new()).await?;
    }
    Ok(counts)
}

/// Erases the contacts of side event requests and NGO applications (an event's run) and the
/// names and addresses of NGO representatives (an event's run, or the person's invitations):
/// organisations' names and what was decided stay.
async fn erase_meeting_contacts<C: ConnectionTrait>(db: &C, scope: Scope) -> Result<(), DbErr> {
    let representatives = match scope {
        Scope::Event(id) => format!("application_id IN (SELECT id FROM ngo_applications WHERE event_id = {id})"),
        Scope::Person(id) => format!("invitation_id IN (SELECT id FROM invitations WHERE person_id = {id})"),
    };
    let sql = format!(
        "UPDATE ngo_representatives SET given_name = '{ERASED}', family_name = '{ERASED}', \
         email = '{PREFIX}' || CAST(id AS TEXT) || '@invalid' WHERE {representatives} AND email NOT LIKE '{PREFIX}%'"
    );
    execute(db, &sql, Vec::new()).await?;
    let Scope::Event(id) = scope else { return Ok(()) };
    let sql = format!(
        "UPDATE side_events SET contact_name = '{ERASED}', contact_email = '{PREFIX}' || CAST(id AS TEXT) || '@invalid', \
         token_hash = NULL WHERE event_id = {id} AND contact_email NOT LIKE '{PREFIX}%'"
    );
    execute(db, &sql, Vec::new()).await?;
    let sql = format!(
        "UPDATE ngo_applications SET contact_email = '{PREFIX}' || CAST(id AS TEXT) || '@invalid', token_hash = NULL \
         WHERE event_id = {id} AND contact_email NOT LIKE '{PREFIX}%'"
    );
    execute(db, &sql, Vec::new()).await?;
    Ok(())
}

/// The audit entries about the rows erased keep who did what and when, not their snapshots.
async fn clear_audit_snapshots<C: ConnectionTrait>(db: &C, scope: Scope) -> Result<u64, DbErr> {
    let (s, docs) = (scope.of_event_or_person(), scope.documents());
    let sql = format!(
        "UPDATE audit_log SET \"before\" = NULL, \"after\" = NULL \
         WHERE ((entity = 'registration' AND entity_id IN (SELECT CAST(id AS TEXT) FROM registrations WHERE {s})) \
         OR (entity = 'invitation' AND entity_id IN (SELECT CAST(id AS TEXT) FROM invitations WHERE {s})) \
         OR (entity = 'document' AND entity_id IN (SELECT CAST(id AS TEXT) FROM documents WHERE {docs}))) \
         AND (\"before\" IS NOT NULL OR \"after\" IS NOT NULL)"
    );
    execute(db, &sql, Vec::new()).await
}

/// Erases the addresses and bodies of the emails `scope` reaches (and of every email to the
/// people `people`); a message not sent yet is never sent. Returns how many.
async fn erase_emails<C: ConnectionTrait>(db: &C, scope: Scope, people: &[i32]) -> Result<u64, DbErr> {
    let outbox = scope.outbox(people);
    let give_up = format!(
        "UPDATE outbox SET state = '{failed}' \
         WHERE {outbox} AND state = '{queued}' AND to_address NOT LIKE '{PREFIX}%'",
        failed = OutboxState::Failed.as_str(),
        queued = OutboxState::Queued.as_str(),
    );
    execute(db, &give_up, Vec::new()).await?;
    let sql = format!(
        "UPDATE outbox SET to_address = '{PREFIX}' || CAST(id AS TEXT) || '@invalid', to_name = '{ERASED}', \
         text_body = '{ERASED}', html_body = '{ERASED}', calendar_attachment = NULL, last_error = NULL \
         WHERE {outbox} AND to_address NOT LIKE '{PREFIX}%'"
    );
    execute(db, &sql, Vec::new()).await
}

/// Erases what registrations, invitations, notes verbales and scans hold of people; their
/// links stop working (a token hash no token has). Returns those four counts.
async fn erase_records<C: ConnectionTrait>(db: &C, scope: Scope, now: DateTime<Utc>) -> Result<Counts, DbErr> {
    let s = scope.of_event_or_person();
    let registrations = format!(
        "UPDATE registrations SET title = NULL, given_name = '{ERASED}', family_name = '{ERASED}', \
         organisation = NULL, position = NULL, phone = NULL, needs = NULL, visa_letter = FALSE, \
         decision_reason = NULL, manage_token_hash = '{PREFIX}' || CAST(id AS TEXT), updated_at = ? \
         WHERE {s} AND given_name <> '{ERASED}'"
    );
    let invitations = format!(
        "UPDATE invitations SET position = NULL, decline_reason = NULL, \
         token_hash = '{PREFIX}' || CAST(id AS TEXT), updated_at = ? WHERE {s} AND token_hash NOT LIKE '{PREFIX}%'"
    );
    let files = format!(
        "UPDATE documents SET filename = '{ERASED}', content = ?, size = 0 WHERE {} AND filename <> '{ERASED}'",
        scope.documents()
    );
    let scans = format!("UPDATE attendance_scans SET device = NULL WHERE {} AND device IS NOT NULL", scope.scans());
    Ok(Counts {
        registrations: execute(db, &registrations, vec![now.into()]).await?,
        invitations: execute(db, &invitations, vec![now.into()]).await?,
        files: execute(db, &files, vec![Value::Bytes(Some(Vec::new()))]).await?,
        scans: execute(db, &scans, Vec::new()).await?,
        ..Counts::default()
    })
}

/// Erases the people `people`: their names, address and organisation (gender, State,
/// organisation type and language stay), and their private calendar feeds.
async fn erase_people<C: ConnectionTrait>(db: &C, people: &[i32], now: DateTime<Utc>) -> Result<u64, DbErr> {
    if people.is_empty() {
        return Ok(0);
    }
    let list = ids(people);
    execute(db, &format!("DELETE FROM calendar_feeds WHERE person_id IN ({list})"), Vec::new()).await?;
    execute(
        db,
        &format!(
            "UPDATE people SET email = '{PREFIX}' || CAST(id AS TEXT) || '@invalid', title = NULL, \
             given_name = '{ERASED}', family_name = '{ERASED}', organisation = NULL, updated_at = ? \
             WHERE id IN ({list}) AND email NOT LIKE '{PREFIX}%'"
        ),
        vec![now.into()],
    )
    .await
}

/// The events person `id` is linked to: invited, registered, focal point or head of a delegation.
pub(super) async fn events_of_person<C: ConnectionTrait>(db: &C, id: i32) -> Result<Vec<i32>, DbErr> {
    let sql = format!(
        "SELECT event_id FROM registrations WHERE person_id = {id} \
         UNION SELECT event_id FROM invitations WHERE person_id = {id} \
         UNION SELECT event_id FROM delegations WHERE focal_point_id = {id} OR head_person_id = {id}"
    );
    query(db, &sql).await?.iter().map(|r| r.try_get::<i32>("", "event_id")).collect()
}

/// Whether an address is one erasure put in place of a person's.
pub fn is_erased_address(email: &str) -> bool {
    email.starts_with(PREFIX) && email.ends_with("@invalid")
}

/// The issued lists of participants of the events `person` registered for, with the names they
/// registered under: (list id, snapshot, given name, family name).
pub(super) async fn lists_naming<C: ConnectionTrait>(
    db: &C,
    person: i32,
) -> Result<Vec<(i32, String, String, String)>, DbErr> {
    let rows = query(
        db,
        &format!(
            "SELECT l.id AS id, l.snapshot AS snapshot, r.given_name AS given_name, r.family_name AS family_name \
             FROM participant_lists l JOIN registrations r ON r.event_id = l.event_id \
             WHERE r.person_id = {person} AND r.given_name <> '{ERASED}' ORDER BY l.id"
        ),
    )
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("", "id")?,
                r.try_get("", "snapshot")?,
                r.try_get("", "given_name")?,
                r.try_get("", "family_name")?,
            ))
        })
        .collect()
}

/// Replaces an issued list's snapshot.
pub(super) async fn replace_snapshot<C: ConnectionTrait>(db: &C, list: i32, snapshot: String) -> Result<(), DbErr> {
    execute(db, &format!("UPDATE participant_lists SET snapshot = ? WHERE id = {list}"), vec![snapshot.into()]).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_lists_never_leave_an_empty_in() {
        assert_eq!(ids(&[]), "NULL");
        assert_eq!(ids(&[3, 14]), "3, 14");
    }

    #[test]
    fn placeholders_are_numbered_for_postgresql_only() {
        let pg = statement(DbBackend::Postgres, "UPDATE t SET a = ?, b = ? WHERE c = 1", vec![1.into(), 2.into()]);
        assert_eq!(pg.sql, "UPDATE t SET a = $1, b = $2 WHERE c = 1");
        let lite = statement(DbBackend::Sqlite, "UPDATE t SET a = ?", vec![1.into()]);
        assert_eq!(lite.sql, "UPDATE t SET a = ?");
    }

    #[test]
    fn erased_addresses_are_recognised() {
        assert!(is_erased_address("erased-17@invalid"));
        assert!(!is_erased_address("amina@example.org"));
    }
}
