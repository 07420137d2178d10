//! The secretariat approves a request with a room and a time: one of the preferred slots or
//! another within the meeting's dates. The room must be free then — no session and no other
//! side event holds it (`events::rooms`, under the meeting's schedule lock, so concurrent
//! approvals into one room give it to one only). Audited, and emailed to the requester.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

use super::input::{Allocation, When};
use super::{Span, notify, place, programme_url, slots_of, when_text};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::domain::{EventStatus, SideEventState};
use crate::entities::{event, side_event};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::events::rooms::{self, Booking};
use crate::i18n::Tr;

/// A confirmed request of a meeting the staff member manages, read in `db`.
pub(super) async fn managed_request<C: sea_orm::ConnectionTrait>(
    db: &C,
    staff: &StaffUser,
    event_id: i32,
    id: i32,
) -> Result<(event::Model, side_event::Model)> {
    let e = super::super::managed_meeting(db, staff, event_id).await?;
    let s = side_event::Entity::find_by_id(id)
        .filter(side_event::Column::EventId.eq(e.id))
        .filter(side_event::Column::State.ne(SideEventState::Unconfirmed))
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    Ok((e, s))
}

/// When the allocation places the side event, in UTC.
fn span_of(e: &event::Model, s: &side_event::Model, when: When) -> Result<Span> {
    match when {
        When::Preferred(i) => {
            slots_of(s).get(i).copied().ok_or_else(|| FieldErrors::single("slot", Msg::new("err-choice")))
        }
        When::Other(slot) => {
            place(e, &slot, "date")?.ok_or_else(|| FieldErrors::clash("date", Msg::new("meet-err-slot-outside")))
        }
    }
}

/// Approves request `id` of meeting `event_id` with a room and a time.
pub async fn approve(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    id: i32,
    allocation: &Allocation,
) -> Result<side_event::Model> {
    let txn = office.db.write.begin().await?;
    let (e, before) = managed_request(&txn, staff, event_id, id).await?;
    if e.status == EventStatus::Cancelled {
        return Err(Error::Conflict(Msg::new("err-event-cancelled")));
    }
    if before.state != SideEventState::Pending {
        return Err(Error::Conflict(Msg::new("meet-err-side-event-decided")));
    }
    let (starts, ends) = span_of(&e, &before, allocation.when)?;
    rooms::lock_schedule(&txn, e.id).await?;
    let holder = rooms::holder(&txn, e.id, &allocation.room, starts, ends, Booking::SideEvent(id)).await?;
    if let Some(h) = holder {
        let local = |t: DateTime<Utc>| super::zone(&e).map(|tz| t.with_timezone(&tz.0).format("%H:%M").to_string());
        return Err(FieldErrors::clash(
            "room",
            Msg::new("meet-err-room-held")
                .arg("room", &allocation.room)
                .arg("title", &h.title)
                .arg("start", local(h.starts_at)?)
                .arg("end", local(h.ends_at)?),
        ));
    }
    // Conditional on the state: a request decided meanwhile is not decided twice.
    let done = side_event::Entity::update_many()
        .col_expr(side_event::Column::State, Expr::value(SideEventState::Approved.as_str()))
        .col_expr(side_event::Column::Room, Expr::value(allocation.room.clone()))
        .col_expr(side_event::Column::StartsAt, Expr::value(starts))
        .col_expr(side_event::Column::EndsAt, Expr::value(ends))
        .col_expr(side_event::Column::DecidedAt, Expr::value(now))
        .col_expr(side_event::Column::DecidedBy, Expr::value(staff.email.clone()))
        .filter(side_event::Column::Id.eq(id))
        .filter(side_event::Column::State.eq(SideEventState::Pending))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(Error::Conflict(Msg::new("meet-err-side-event-decided")));
    }
    let after = side_event::Entity::find_by_id(id).one(&txn).await?.ok_or(Error::NotFound)?;
    let change = Change::new("side_event.approve", "side_event", id, Some(&before), Some(&after));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    let lang = crate::mail::ui_lang(&after.language);
    let decision = emails::side_event_decision::Decision::Approved {
        room: allocation.room.clone(),
        when: when_text(Tr(lang), &e, (starts, ends)),
        programme_url: programme_url(office, e.id),
    };
    notify(&txn, office, &e, &after, decision, now).await?;
    txn.commit().await?;
    Ok(after)
}
