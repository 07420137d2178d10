//! The CSV import: each row checked, a preview, then the good rows invited.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, TransactionTrait};

use super::common::{check_invitable, on_duplicate};
use super::create::create_personal;
use super::store::already_invited;
use crate::Office;
use crate::audit::Actor;
use crate::auth::StaffUser;
use crate::entities::event;
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::events::access::managed_event;
use crate::invitations::csv::{self, Problem, Row};
use crate::invitations::input::Invitee;

/// What an import would do: every row with its problems (none for a good row).
#[derive(Debug, Clone)]
pub struct ImportPreview {
    /// The event.
    pub event: event::Model,
    /// Every data row, in file order.
    pub rows: Vec<Row>,
}

impl ImportPreview {
    /// Rows that would be invited.
    pub fn good(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.problems.is_empty())
    }

    /// Rows that would be left out, with their reasons.
    pub fn bad(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| !r.problems.is_empty())
    }
}

/// What an import or a copy did.
#[derive(Debug, Clone)]
pub struct ImportOutcome {
    /// Invitations created (and queued).
    pub created: usize,
    /// Rows or people left out.
    pub skipped: usize,
    /// The rows left out, with their problems (imports only).
    pub bad: Vec<Row>,
}

/// Parses the CSV and checks each row against the reference lists and the event's
/// invitations.
async fn check_rows<C: ConnectionTrait>(db: &C, office: &Office, event: &event::Model, text: &str) -> Result<Vec<Row>> {
    let mut rows = csv::parse(text).map_err(|e| FieldErrors::single("csv", e.message()))?;
    for row in &mut rows {
        let unknown = row
            .invitee
            .as_ref()
            .and_then(|i| i.person.country.as_ref())
            .is_some_and(|c| !office.reference.has_country(c.as_str()));
        if unknown {
            row.problems.push(Problem::UnknownCountry);
            row.invitee = None;
        }
    }
    let emails: Vec<String> =
        rows.iter().filter_map(|r| r.invitee.as_ref()).map(|i| i.person.email.as_str().to_owned()).collect();
    let invited = already_invited(db, event.id, &emails).await?;
    for row in &mut rows {
        if row.invitee.as_ref().is_some_and(|i| invited.contains(i.person.email.as_str())) {
            row.problems.push(Problem::AlreadyInvited);
            row.invitee = None;
        }
    }
    Ok(rows)
}

/// The preview of an import: nothing is saved.
pub async fn preview_import(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    text: &str,
) -> Result<ImportPreview> {
    let txn = office.db.read.begin().await?;
    plan_for_values(&txn).await?;
    let event = managed_event(&txn, staff, event_id).await?;
    check_invitable(&event, now)?;
    let rows = check_rows(&txn, office, &event, text).await?;
    txn.commit().await?;
    Ok(ImportPreview { event, rows })
}

/// On PostgreSQL, plans the statements of this transaction for their values at each run. An
/// import runs the same lookups (addresses, tokens) dozens of times, and after five runs
/// PostgreSQL may keep a generic plan made while the tables were small (a sequential scan):
/// the plan stays as the imports grow the tables, and the fifth import of 20,000 into one
/// event took 51 s against 2.9 s for the first. Planning each lookup costs far less.
async fn plan_for_values<C: ConnectionTrait>(txn: &C) -> Result<()> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("SET LOCAL plan_cache_mode = force_custom_plan").await?;
    }
    Ok(())
}

/// Imports the CSV: the good rows are invited in one transaction, the others left out (the
/// checks run again, so a row invited since the preview is skipped, not doubled).
pub async fn import(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    text: &str,
) -> Result<ImportOutcome> {
    let txn = office.db.write.begin().await?;
    plan_for_values(&txn).await?;
    let event = managed_event(&txn, staff, event_id).await?;
    check_invitable(&event, now)?;
    let rows = check_rows(&txn, office, &event, text).await?;
    let (good, bad): (Vec<Row>, Vec<Row>) = rows.into_iter().partition(|r| r.problems.is_empty());
    let skipped = bad.len();
    let invitees: Vec<Invitee> = good.into_iter().filter_map(|r| r.invitee).collect();
    let created = create_personal(&txn, office, now, &Actor::staff(staff), &event, &invitees, None)
        .await
        .map_err(|e| on_duplicate(e, || Error::Conflict(Msg::new("inv-err-concurrent"))))?;
    txn.commit().await.map_err(|e| on_duplicate(e.into(), || Error::Conflict(Msg::new("inv-err-concurrent"))))?;
    office.mailer.wake();
    Ok(ImportOutcome { created: created.len(), skipped, bad })
}
