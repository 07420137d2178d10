//! Rules of the calendar downloads and feeds: which events each one lists, and the private
//! per-person feed tokens (256 random bits, only the SHA-256 stored, revocable).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};

use crate::audit::{self, Actor};
use crate::auth::tokens;
use crate::db::Db;
use crate::domain::{EventStatus, RegistrationState};
use crate::entities::{calendar_feed, event, event_session, registration};
use crate::error::{Error, Msg, Result};
use crate::reference::Reference;

/// Which events a feed lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every published (or cancelled) event.
    All,
    /// The events of one programme.
    Programme(String),
    /// The events of one unit (a branch or regional centre).
    Unit(String),
    /// The events one person has an active registration for.
    Person(i32),
}

/// Registration states that keep an event in the person's own feed.
const ACTIVE: [RegistrationState; 4] = [
    RegistrationState::Pending,
    RegistrationState::Confirmed,
    RegistrationState::Waitlisted,
    RegistrationState::Offered,
];

/// Sessions of these events, by event, in time order (one query per 500 events).
pub async fn sessions_of<C: ConnectionTrait>(
    db: &C,
    event_ids: &[i32],
) -> Result<HashMap<i32, Vec<event_session::Model>>> {
    let mut out: HashMap<i32, Vec<event_session::Model>> = HashMap::new();
    for chunk in event_ids.chunks(500) {
        let rows = event_session::Entity::find()
            .filter(event_session::Column::EventId.is_in(chunk.to_vec()))
            .order_by_asc(event_session::Column::StartsAt)
            .order_by_asc(event_session::Column::Id)
            .all(db)
            .await?;
        for s in rows {
            out.entry(s.event_id).or_default().push(s);
        }
    }
    Ok(out)
}

/// The public events of a feed (drafts never appear; cancelled ones stay, marked cancelled,
/// so subscribed calendars drop them), oldest first. An unknown programme or unit is 404.
pub async fn events_in(db: &Db, reference: &Reference, scope: &Scope) -> Result<Vec<event::Model>> {
    let mut query = event::Entity::find().filter(event::Column::Status.ne(EventStatus::Draft));
    match scope {
        Scope::All => {}
        Scope::Programme(code) => {
            if !reference.has_programme(code) {
                return Err(Error::NotFound);
            }
            query = query.filter(event::Column::ProgrammeCode.eq(code.as_str()));
        }
        Scope::Unit(code) => {
            if !reference.has_unit(code) {
                return Err(Error::NotFound);
            }
            query = query.filter(event::Column::UnitCode.eq(code.as_str()));
        }
        Scope::Person(person_id) => {
            let ids: Vec<i32> = registration::Entity::find()
                .filter(registration::Column::PersonId.eq(*person_id))
                .filter(registration::Column::State.is_in(ACTIVE))
                .all(&db.read)
                .await?
                .into_iter()
                .map(|r| r.event_id)
                .collect();
            query = query.filter(event::Column::Id.is_in(ids));
        }
    }
    Ok(query.order_by_asc(event::Column::StartDate).order_by_asc(event::Column::Id).all(&db.read).await?)
}

/// The events of a feed whose sessions' remote links it may carry: in a person's private feed,
/// those of their confirmed registrations; none in a public feed.
pub async fn remote_links_in(db: &Db, scope: &Scope) -> Result<HashSet<i32>> {
    let Scope::Person(person_id) = scope else { return Ok(HashSet::new()) };
    let ids: Vec<i32> = registration::Entity::find()
        .select_only()
        .column(registration::Column::EventId)
        .filter(registration::Column::PersonId.eq(*person_id))
        .filter(registration::Column::State.eq(RegistrationState::Confirmed))
        .into_tuple()
        .all(&db.read)
        .await?;
    Ok(ids.into_iter().collect())
}

/// Non-draft events overlapping `from..=to`, optionally of one programme, soonest first.
pub async fn events_between(
    db: &Db,
    programme: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<event::Model>> {
    let mut query = event::Entity::find()
        .filter(event::Column::Status.ne(EventStatus::Draft))
        .filter(event::Column::StartDate.lte(to))
        .filter(event::Column::EndDate.gte(from));
    if let Some(p) = programme {
        query = query.filter(event::Column::ProgrammeCode.eq(p));
    }
    Ok(query.order_by_asc(event::Column::StartDate).order_by_asc(event::Column::Id).all(&db.read).await?)
}

fn participant() -> Actor {
    Actor { user_id: None, label: "participant".to_owned() }
}

/// Revokes the person's live feed token, if any (inside the caller's transaction).
async fn revoke_live<C: ConnectionTrait>(db: &C, person_id: i32, now: DateTime<Utc>) -> Result<u64> {
    Ok(calendar_feed::Entity::update_many()
        .col_expr(calendar_feed::Column::RevokedAt, Expr::value(now))
        .filter(calendar_feed::Column::PersonId.eq(person_id))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

/// Issues a new private feed token for a person (the one before stops working); returns it.
/// Only its SHA-256 is stored, so the link is shown once.
pub async fn issue_feed(db: &Db, person_id: i32, now: DateTime<Utc>) -> Result<String> {
    let token = tokens::generate()?;
    let txn = db.write.begin().await?;
    revoke_live(&txn, person_id, now).await?;
    let row = calendar_feed::ActiveModel {
        person_id: Set(person_id),
        token_hash: Set(tokens::hash(&token)),
        created_at: Set(now),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let logged = calendar_feed::Model { token_hash: String::new(), ..row.clone() };
    audit::record(
        &txn,
        &participant(),
        now,
        audit::Change::new("calendar_feed.issue", "calendar_feed", row.id, None, Some(&logged)),
    )
    .await?;
    txn.commit().await?;
    Ok(token)
}

/// Stops the person's private feed; returns how many links stopped working (0 or 1).
pub async fn revoke_feed(db: &Db, person_id: i32, now: DateTime<Utc>) -> Result<u64> {
    let txn = db.write.begin().await?;
    let n = revoke_live(&txn, person_id, now).await?;
    if n > 0 {
        audit::record(
            &txn,
            &participant(),
            now,
            audit::Change::new::<()>("calendar_feed.revoke", "person", person_id, None, None),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(n)
}

/// The person behind a private feed link; a revoked, unknown or malformed link is gone (410).
pub async fn person_of_feed(db: &Db, token: &str) -> Result<i32> {
    let gone = || Error::Gone(Msg::new("err-link-invalid"));
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(tokens::hash(token)))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .one(&db.read)
        .await?
        .map(|f| f.person_id)
        .ok_or_else(gone)
}
