//! The SQL of places on a list of speakers. Every change of places runs in a transaction that
//! first takes the agenda item's row lock ([`lock_item`]), so inscriptions on one list are
//! placed one at a time on PostgreSQL (SQLite has one writer anyway); the unique key on
//! (item, place) is the backstop.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::{agenda_item, speaker_inscription};
use crate::error::{Error, Result};

/// Takes the item's row lock until the transaction ends, and reads the item under it.
pub(super) async fn lock_item<C: ConnectionTrait>(db: &C, item_id: i32) -> Result<agenda_item::Model> {
    // Sets a column to itself: a write, so PostgreSQL locks the row, and nothing changes.
    agenda_item::Entity::update_many()
        .col_expr(agenda_item::Column::ListOpen, Expr::col(agenda_item::Column::ListOpen))
        .filter(agenda_item::Column::Id.eq(item_id))
        .exec(db)
        .await?;
    agenda_item::Entity::find_by_id(item_id).one(db).await?.ok_or(Error::NotFound)
}

/// Every inscription of the item (withdrawn ones too: they keep their places), in place order.
pub(super) async fn inscriptions_of<C: ConnectionTrait>(
    db: &C,
    item_id: i32,
) -> Result<Vec<speaker_inscription::Model>> {
    Ok(speaker_inscription::Entity::find()
        .filter(speaker_inscription::Column::AgendaItemId.eq(item_id))
        .order_by_asc(speaker_inscription::Column::Place)
        .all(db)
        .await?)
}

/// Moves every inscription at `from` or after one place down, making room at `from`. Two
/// statements through negative places, so that no row ever takes a place another still holds.
pub(super) async fn make_room<C: ConnectionTrait>(db: &C, item_id: i32, from: i32) -> Result<()> {
    use speaker_inscription::Column::{AgendaItemId, Place};
    speaker_inscription::Entity::update_many()
        .col_expr(Place, Expr::col(Place).mul(-1).sub(1))
        .filter(AgendaItemId.eq(item_id))
        .filter(Place.gte(from))
        .exec(db)
        .await?;
    speaker_inscription::Entity::update_many()
        .col_expr(Place, Expr::col(Place).mul(-1))
        .filter(AgendaItemId.eq(item_id))
        .filter(Place.lt(0))
        .exec(db)
        .await?;
    Ok(())
}

async fn set_place<C: ConnectionTrait>(db: &C, id: i32, place: i32) -> Result<()> {
    speaker_inscription::Entity::update_many()
        .col_expr(speaker_inscription::Column::Place, Expr::value(place))
        .filter(speaker_inscription::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Swaps the places of two inscriptions of one item (through place 0, which none holds).
pub(super) async fn swap<C: ConnectionTrait>(
    db: &C,
    a: &speaker_inscription::Model,
    b: &speaker_inscription::Model,
) -> Result<()> {
    set_place(db, a.id, 0).await?;
    set_place(db, b.id, a.place).await?;
    set_place(db, a.id, b.place).await
}
