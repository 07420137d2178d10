//! The secretariat declines a request with a reason the requester reads. Audited, and emailed
//! to the requester in their language.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

use super::approve::managed_request;
use super::notify;
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::StaffUser;
use crate::domain::SideEventState;
use crate::entities::side_event;
use crate::error::{Error, Msg, Result};

/// Declines pending request `id` of meeting `event_id` for `reason`.
pub async fn decline(
    office: &Office,
    now: DateTime<Utc>,
    staff: &StaffUser,
    event_id: i32,
    id: i32,
    reason: &str,
) -> Result<side_event::Model> {
    let txn = office.db.write.begin().await?;
    let (e, before) = managed_request(&txn, staff, event_id, id).await?;
    let done = side_event::Entity::update_many()
        .col_expr(side_event::Column::State, Expr::value(SideEventState::Declined.as_str()))
        .col_expr(side_event::Column::DeclineReason, Expr::value(reason.to_owned()))
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
    let change = Change::new("side_event.decline", "side_event", id, Some(&before), Some(&after));
    audit::record(&txn, &Actor::staff(staff), now, change).await?;
    let decision = emails::side_event_decision::Decision::Declined { reason: reason.to_owned() };
    notify(&txn, office, &e, &after, decision, now).await?;
    txn.commit().await?;
    Ok(after)
}
