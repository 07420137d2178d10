//! The outbox table: rows are written in the transaction of the change that causes them, then
//! claimed, sent and marked by the dispatcher.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Statement, TransactionTrait,
};

use crate::auth::tokens;
use crate::db::Db;
use crate::domain::{InvitationState, OutboxState};
use crate::entities::outbox_message::{self, Model};
use crate::error::Result;

/// A message to queue.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// Recipient address.
    pub to_address: String,
    /// Recipient name.
    pub to_name: String,
    /// Rendered content.
    pub email: emails::Email,
    /// The invitation it belongs to, for delivery state.
    pub invitation_id: Option<i32>,
    /// The registration it belongs to.
    pub registration_id: Option<i32>,
}

/// An iCalendar file sent with a message, with the iTIP method it declares (`REQUEST`,
/// `CANCEL` or `PUBLISH`): the row stores both, and the transport types the attachment with
/// the method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarFile {
    /// The iCalendar text.
    pub ics: String,
    /// Its METHOD.
    pub method: &'static str,
}

/// A new queued row with its Message-ID fixed now, so a retry or a second delivery after a
/// crash carries the same one.
pub fn new_row(
    domain: &str,
    msg: Outgoing,
    calendar: Option<CalendarFile>,
    now: DateTime<Utc>,
) -> Result<outbox_message::ActiveModel> {
    let unique = tokens::hash(&tokens::generate()?);
    Ok(outbox_message::ActiveModel {
        to_address: Set(msg.to_address),
        to_name: Set(msg.to_name),
        subject: Set(msg.email.subject),
        text_body: Set(msg.email.text),
        html_body: Set(msg.email.html),
        message_id: Set(format!("<convene.{}@{domain}>", &unique[..32])),
        state: Set(OutboxState::Queued),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        last_error: Set(None),
        sent_at: Set(None),
        created_at: Set(now),
        invitation_id: Set(msg.invitation_id),
        registration_id: Set(msg.registration_id),
        calendar_method: Set(calendar.as_ref().map(|c| c.method.to_owned())),
        calendar_attachment: Set(calendar.map(|c| c.ics)),
        ..Default::default()
    })
}

/// Queues a message inside the caller's transaction.
pub async fn enqueue<C: ConnectionTrait>(db: &C, domain: &str, msg: Outgoing, now: DateTime<Utc>) -> Result<Model> {
    Ok(new_row(domain, msg, None, now)?.insert(db).await?)
}

/// Queues a message with an iCalendar file attached (see [`crate::calendar`]).
pub async fn enqueue_with_calendar<C: ConnectionTrait>(
    db: &C,
    domain: &str,
    msg: Outgoing,
    calendar: CalendarFile,
    now: DateTime<Utc>,
) -> Result<Model> {
    Ok(new_row(domain, msg, Some(calendar), now)?.insert(db).await?)
}

/// Replaces the content and calendar file of the message about a registration queued
/// earlier in the caller's transaction.
pub async fn replace_content<C: ConnectionTrait>(
    db: &C,
    registration_id: i32,
    email: emails::Email,
    calendar: Option<CalendarFile>,
) -> Result<()> {
    outbox_message::Entity::update_many()
        .col_expr(outbox_message::Column::Subject, Expr::value(email.subject))
        .col_expr(outbox_message::Column::TextBody, Expr::value(email.text))
        .col_expr(outbox_message::Column::HtmlBody, Expr::value(email.html))
        .col_expr(outbox_message::Column::CalendarMethod, Expr::value(calendar.as_ref().map(|c| c.method)))
        .col_expr(outbox_message::Column::CalendarAttachment, Expr::value(calendar.map(|c| c.ics)))
        .filter(outbox_message::Column::RegistrationId.eq(registration_id))
        .filter(outbox_message::Column::State.eq(OutboxState::Queued))
        .exec(db)
        .await?;
    Ok(())
}

/// Claims up to `batch` due messages for `lease`; a claim whose lease ran out (its dispatcher
/// died mid-send) can be claimed again. On PostgreSQL `SKIP LOCKED` lets instances claim
/// disjoint batches; on SQLite the single writer serialises claims.
pub async fn claim(db: &Db, now: DateTime<Utc>, lease: Duration, batch: u32) -> Result<Vec<Model>> {
    let stmt = claim_statement(db.backend(), now, lease, batch);
    let mut rows = outbox_message::Entity::find().from_raw_sql(stmt).all(&db.write).await?;
    rows.sort_by_key(|r| r.id);
    Ok(rows)
}

/// The statement of [`claim`] on `backend`: it marks the oldest due messages sending and
/// returns them.
pub fn claim_statement(backend: DbBackend, now: DateTime<Utc>, lease: Duration, batch: u32) -> Statement {
    // The partial index of messages still to send gives them in id order, so a claim stops
    // at its `batch`th; SQLite's planner has to be told to use it (migration 000072).
    let (sql, lock, index) = match backend {
        DbBackend::Postgres => ("$1", " FOR UPDATE SKIP LOCKED", ""),
        _ => ("?", "", " INDEXED BY idx_outbox_pending"),
    };
    let p = |n: usize| if sql == "$1" { format!("${n}") } else { "?".to_owned() };
    let query = format!(
        "UPDATE outbox SET state = 'sending', claimed_until = {}, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM outbox{index} WHERE state IN ('queued', 'sending') AND next_attempt_at <= {} \
         AND (claimed_until IS NULL OR claimed_until < {}) ORDER BY id LIMIT {}{lock}) RETURNING *",
        p(1),
        p(2),
        p(3),
        p(4)
    );
    Statement::from_sql_and_values(
        backend,
        query,
        [(now + lease).into(), now.into(), now.into(), i64::from(batch).into()],
    )
}

/// Moves the invitation a message belongs to into a delivery state, unless the invitee has
/// already acted on it.
async fn set_invitation_delivery<C: ConnectionTrait>(
    db: &C,
    invitation_ids: Vec<i32>,
    delivered: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    use crate::entities::invitation;
    if invitation_ids.is_empty() {
        return Ok(());
    }
    let mut update = invitation::Entity::update_many()
        .col_expr(
            invitation::Column::State,
            Expr::value(if delivered { InvitationState::Sent } else { InvitationState::Failed }),
        )
        .col_expr(invitation::Column::UpdatedAt, Expr::value(now))
        .filter(invitation::Column::Id.is_in(invitation_ids))
        .filter(invitation::Column::State.is_in([
            InvitationState::Queued,
            InvitationState::Failed,
            InvitationState::Sent,
        ]));
    if delivered {
        update = update.col_expr(invitation::Column::SentAt, Expr::value(now));
    }
    update.exec(db).await?;
    Ok(())
}

/// Records the delivery of several messages at once (two statements for a whole round).
pub async fn mark_sent(db: &Db, rows: &[Model], now: DateTime<Utc>) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let sent = outbox_message::Entity::update_many()
        .col_expr(outbox_message::Column::State, Expr::value(OutboxState::Sent))
        .col_expr(outbox_message::Column::SentAt, Expr::value(now))
        .col_expr(outbox_message::Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(outbox_message::Column::LastError, Expr::value(Option::<String>::None))
        .filter(outbox_message::Column::Id.is_in(rows.iter().map(|r| r.id).collect::<Vec<_>>()));
    record_outcome(db, sent, rows.iter().filter_map(|r| r.invitation_id).collect(), true, now).await
}

/// Writes the outcome of messages (`outcome`) and the delivery state of their invitations in
/// one transaction, so an invitation is never shown sent or failed while its message is not
/// (or without the server's reply); on SQLite it runs on the writer thread.
async fn record_outcome(
    db: &Db,
    outcome: sea_orm::UpdateMany<outbox_message::Entity>,
    invitation_ids: Vec<i32>,
    delivered: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    let write = db.write.clone();
    db.on_writer(async move {
        let txn = write.begin().await?;
        set_invitation_delivery(&txn, invitation_ids, delivered, now).await?;
        outcome.exec(&txn).await?;
        txn.commit().await?;
        Ok(())
    })
    .await?
}

/// Puts a message back in the queue for a later attempt.
pub async fn mark_retry(db: &Db, id: i32, error: &str, at: DateTime<Utc>) -> Result<()> {
    outbox_message::Entity::update_many()
        .col_expr(outbox_message::Column::State, Expr::value(OutboxState::Queued))
        .col_expr(outbox_message::Column::NextAttemptAt, Expr::value(at))
        .col_expr(outbox_message::Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(outbox_message::Column::LastError, Expr::value(error))
        .filter(outbox_message::Column::Id.eq(id))
        .exec(&db.write)
        .await?;
    Ok(())
}

/// Marks a message failed for good, keeping the server's reply; its invitation fails with it.
pub async fn mark_failed(db: &Db, row: &Model, error: &str, now: DateTime<Utc>) -> Result<()> {
    let failed = outbox_message::Entity::update_many()
        .col_expr(outbox_message::Column::State, Expr::value(OutboxState::Failed))
        .col_expr(outbox_message::Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(outbox_message::Column::LastError, Expr::value(error))
        .filter(outbox_message::Column::Id.eq(row.id));
    record_outcome(db, failed, row.invitation_id.into_iter().collect(), false, now).await
}

/// Queues failed messages again (one by id, or all); returns how many.
pub async fn retry_failed<C: ConnectionTrait>(db: &C, id: Option<i32>, now: DateTime<Utc>) -> Result<u64> {
    let mut update = outbox_message::Entity::update_many()
        .col_expr(outbox_message::Column::State, Expr::value(OutboxState::Queued))
        .col_expr(outbox_message::Column::Attempts, Expr::value(0))
        .col_expr(outbox_message::Column::NextAttemptAt, Expr::value(now))
        .filter(outbox_message::Column::State.eq(OutboxState::Failed));
    if let Some(id) = id {
        update = update.filter(outbox_message::Column::Id.eq(id));
    }
    Ok(update.exec(db).await?.rows_affected)
}

/// Number of messages in each state.
pub async fn counts<C: ConnectionTrait>(db: &C) -> Result<Vec<(OutboxState, u64)>> {
    let mut out = Vec::new();
    for s in OutboxState::ALL.iter().copied() {
        out.push((s, outbox_message::Entity::find().filter(outbox_message::Column::State.eq(s)).count(db).await?));
    }
    Ok(out)
}

/// How the queue stands: what `convene outbox status` and the mailbox page show. A queue
/// whose messages all fail and wait for their next attempt (the mail server down) is not
/// simply "queued": the messages being retried are shown with their attempts and last reply.
#[derive(Debug, Clone, Default)]
pub struct QueueStatus {
    /// Messages in each state.
    pub counts: Vec<(OutboxState, u64)>,
    /// Messages still to send that failed at least once (the first few, oldest first).
    pub retrying: Vec<Model>,
    /// How many messages still to send failed at least once.
    pub retrying_total: u64,
    /// The oldest message still to send: its id and when it was queued.
    pub oldest_waiting: Option<(i32, DateTime<Utc>)>,
    /// Messages given up on (the latest few, newest first).
    pub failed: Vec<Model>,
}

impl QueueStatus {
    /// Messages in `state`.
    pub fn count(&self, state: OutboxState) -> u64 {
        self.counts.iter().find(|(s, _)| *s == state).map_or(0, |(_, n)| *n)
    }
}

/// The queue's state, listing at most `limit` messages being retried and `limit` failed.
pub async fn status<C: ConnectionTrait>(db: &C, limit: u64) -> Result<QueueStatus> {
    use sea_orm::QuerySelect;
    let waiting = || outbox_message::Column::State.is_in([OutboxState::Queued, OutboxState::Sending]);
    let retrying = || {
        outbox_message::Entity::find()
            .filter(waiting())
            .filter(outbox_message::Column::Attempts.gt(0))
            .filter(outbox_message::Column::LastError.is_not_null())
    };
    let oldest_waiting: Option<(i32, DateTime<Utc>)> = outbox_message::Entity::find()
        .select_only()
        .column(outbox_message::Column::Id)
        .column(outbox_message::Column::CreatedAt)
        .filter(waiting())
        .order_by_asc(outbox_message::Column::Id)
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    Ok(QueueStatus {
        counts: counts(db).await?,
        retrying: retrying().order_by_asc(outbox_message::Column::Id).limit(limit).all(db).await?,
        retrying_total: retrying().count(db).await?,
        oldest_waiting,
        failed: outbox_message::Entity::find()
            .filter(outbox_message::Column::State.eq(OutboxState::Failed))
            .order_by_desc(outbox_message::Column::Id)
            .limit(limit)
            .all(db)
            .await?,
    })
}

/// The first line of a server's reply, shortened for a listing.
pub fn short_reply(reply: &str) -> String {
    let line = reply.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    match line.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_owned(),
    }
}

/// One page of messages, newest first.
pub async fn page<C: ConnectionTrait>(db: &C, page: u64, per_page: u64) -> Result<(Vec<Model>, u64)> {
    let paginator = outbox_message::Entity::find().order_by_desc(outbox_message::Column::Id).paginate(db, per_page);
    let total = paginator.num_pages().await?;
    Ok((paginator.fetch_page(page.saturating_sub(1)).await?, total))
}

/// One message.
pub async fn get<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Model>> {
    Ok(outbox_message::Entity::find_by_id(id).one(db).await?)
}

/// The latest message of each invitation (its delivery state).
pub async fn latest_for_invitations<C: ConnectionTrait>(db: &C, invitation_ids: &[i32]) -> Result<HashMap<i32, Model>> {
    let mut out: HashMap<i32, Model> = HashMap::new();
    for chunk in invitation_ids.chunks(500) {
        let rows = outbox_message::Entity::find()
            .filter(outbox_message::Column::InvitationId.is_in(chunk.to_vec()))
            .order_by_asc(outbox_message::Column::Id)
            .all(db)
            .await?;
        for r in rows {
            if let Some(inv) = r.invitation_id {
                out.insert(inv, r);
            }
        }
    }
    Ok(out)
}

/// Invitations per `IN (…)` list when withdrawing their messages.
const WITHDRAW_CHUNK: usize = 500;

/// Queues many messages inside the caller's transaction with multi-row inserts (bulk
/// invitations); each gets its own Message-ID, as with [`enqueue`].
pub async fn enqueue_many<C: ConnectionTrait>(
    db: &C,
    domain: &str,
    msgs: Vec<Outgoing>,
    now: DateTime<Utc>,
) -> Result<u64> {
    enqueue_many_with_calendars(db, domain, msgs.into_iter().map(|m| (m, None)).collect(), now).await
}

/// Same as [`enqueue_many`], each message with its own optional iCalendar attachment.
pub async fn enqueue_many_with_calendars<C: ConnectionTrait>(
    db: &C,
    domain: &str,
    msgs: Vec<(Outgoing, Option<CalendarFile>)>,
    now: DateTime<Utc>,
) -> Result<u64> {
    let mut rows = Vec::with_capacity(msgs.len());
    for (msg, calendar) in msgs {
        rows.push(new_row(domain, msg, calendar, now)?);
    }
    let mut queued = 0;
    let mut rows = rows.into_iter();
    let per_insert = crate::db::bulk_rows(db.get_database_backend());
    loop {
        let chunk: Vec<_> = rows.by_ref().take(per_insert).collect();
        if chunk.is_empty() {
            return Ok(queued);
        }
        queued += outbox_message::Entity::insert_many(chunk).exec_without_returning(db).await?;
    }
}

/// Withdraws the messages of these invitations that no dispatcher has claimed yet (their
/// link was replaced or revoked, so sending them would only confuse); returns how many.
pub async fn withdraw_queued<C: ConnectionTrait>(db: &C, invitation_ids: &[i32]) -> Result<u64> {
    let mut withdrawn = 0;
    for chunk in invitation_ids.chunks(WITHDRAW_CHUNK) {
        withdrawn += outbox_message::Entity::delete_many()
            .filter(outbox_message::Column::InvitationId.is_in(chunk.to_vec()))
            .filter(outbox_message::Column::State.eq(OutboxState::Queued))
            .exec(db)
            .await?
            .rows_affected;
    }
    Ok(withdrawn)
}

/// Delivery counts over the latest message of each invitation of `event_id`: how far a bulk
/// sending has gone.
pub async fn delivery_counts_for_event<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<HashMap<OutboxState, u64>> {
    use crate::entities::invitation;
    use sea_orm::sea_query::Query;
    use sea_orm::{QuerySelect, QueryTrait as _};
    let latest = Query::select()
        .expr(outbox_message::Column::Id.max())
        .from(outbox_message::Entity)
        .and_where(
            outbox_message::Column::InvitationId.in_subquery(
                invitation::Entity::find()
                    .select_only()
                    .column(invitation::Column::Id)
                    .filter(invitation::Column::EventId.eq(event_id))
                    .into_query(),
            ),
        )
        .group_by_col(outbox_message::Column::InvitationId)
        .to_owned();
    let rows: Vec<(OutboxState, i64)> = outbox_message::Entity::find()
        .select_only()
        .column(outbox_message::Column::State)
        .column_as(outbox_message::Column::Id.count(), "n")
        .filter(outbox_message::Column::Id.in_subquery(latest))
        .group_by(outbox_message::Column::State)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(s, n)| (s, u64::try_from(n).unwrap_or(0))).collect())
}
