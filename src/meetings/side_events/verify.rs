//! The confirmation of a request by the link emailed to its contact: a GET shows the request
//! ([`confirmation`]), a POST confirms it ([`confirm`]) and the link is spent. Mail scanners
//! open links; only a person's click on the button confirms.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait};

use crate::Office;
use crate::auth::tokens;
use crate::domain::SideEventState;
use crate::entities::{event, side_event};
use crate::error::{Error, Msg, Result};

fn gone() -> Error {
    Error::Gone(Msg::new("err-link-invalid"))
}

/// The unconfirmed request behind a live link, with its meeting.
pub async fn confirmation<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(side_event::Model, event::Model)> {
    if !tokens::well_formed(token) {
        return Err(gone());
    }
    let s = side_event::Entity::find()
        .filter(side_event::Column::TokenHash.eq(tokens::hash(token)))
        .one(db)
        .await?
        .ok_or_else(gone)?;
    if s.state != SideEventState::Unconfirmed || s.token_expires_at.is_none_or(|t| t <= now) {
        return Err(gone());
    }
    let e = event::Entity::find_by_id(s.event_id).one(db).await?.ok_or(Error::NotFound)?;
    Ok((s, e))
}

/// Confirms the request behind the link: it reaches the secretariat, and the link is spent.
pub async fn confirm(office: &Office, now: DateTime<Utc>, token: &str) -> Result<(side_event::Model, event::Model)> {
    let txn = office.db.write.begin().await?;
    let (s, e) = confirmation(&txn, token, now).await?;
    // Conditional on the state, so two clicks at once confirm once.
    let done = side_event::Entity::update_many()
        .col_expr(side_event::Column::State, Expr::value(SideEventState::Pending.as_str()))
        .col_expr(side_event::Column::ConfirmedAt, Expr::value(now))
        .col_expr(side_event::Column::TokenHash, Expr::value(Option::<String>::None))
        .col_expr(side_event::Column::TokenExpiresAt, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(side_event::Column::Id.eq(s.id))
        .filter(side_event::Column::State.eq(SideEventState::Unconfirmed))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(gone());
    }
    let after = side_event::Entity::find_by_id(s.id).one(&txn).await?.ok_or(Error::NotFound)?;
    txn.commit().await?;
    Ok((after, e))
}
