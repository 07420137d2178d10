//! Seats and delegation quotas, taken and released by conditional updates: capacity is never
//! exceeded, even by concurrent requests.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryTrait};

use crate::entities::{delegation, event};
use crate::error::Result;

/// Takes a seat if one is free: `seats_taken + 1 WHERE seats_taken + 1 <= capacity`,
/// race-free.
pub(super) async fn take_seat<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<bool> {
    Ok(seat_update(event_id).exec(db).await?.rows_affected == 1)
}

/// The conditional update that takes one of an event's seats, or none.
fn seat_update(event_id: i32) -> sea_orm::UpdateMany<event::Entity> {
    event::Entity::update_many()
        .col_expr(event::Column::SeatsTaken, Expr::col(event::Column::SeatsTaken).add(1))
        .filter(event::Column::Id.eq(event_id))
        .filter(
            Condition::any()
                .add(event::Column::Capacity.is_null())
                .add(Expr::col(event::Column::SeatsTaken).add(1).lte(Expr::col(event::Column::Capacity))),
        )
}

/// [`seat_update`] returning the event's id only when it took the seat.
pub(super) fn seats_taking(event_id: i32) -> sea_orm::sea_query::UpdateStatement {
    let mut update = seat_update(event_id).into_query();
    update.returning_col(event::Column::Id);
    update
}

pub(super) async fn release_seat<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<()> {
    event::Entity::update_many()
        .col_expr(event::Column::SeatsTaken, Expr::col(event::Column::SeatsTaken).sub(1))
        .filter(event::Column::Id.eq(event_id))
        .filter(event::Column::SeatsTaken.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// Takes one of a delegation's quota places, race-free like a seat.
pub(super) async fn take_quota<C: ConnectionTrait>(db: &C, delegation_id: i32) -> Result<bool> {
    let done = delegation::Entity::update_many()
        .col_expr(delegation::Column::SeatsTaken, Expr::col(delegation::Column::SeatsTaken).add(1))
        .filter(delegation::Column::Id.eq(delegation_id))
        .filter(Expr::col(delegation::Column::SeatsTaken).lt(Expr::col(delegation::Column::SeatQuota)))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

pub(super) async fn release_quota<C: ConnectionTrait>(db: &C, delegation_id: Option<i32>) -> Result<()> {
    if let Some(id) = delegation_id {
        delegation::Entity::update_many()
            .col_expr(delegation::Column::SeatsTaken, Expr::col(delegation::Column::SeatsTaken).sub(1))
            .filter(delegation::Column::Id.eq(id))
            .filter(delegation::Column::SeatsTaken.gt(0))
            .exec(db)
            .await?;
    }
    Ok(())
}
