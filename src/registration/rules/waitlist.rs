//! The waiting list: seats offered in turn for a time, offers that lapse.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, TransactionTrait,
};

use super::common::state_only;
use super::context::offer_window;
use super::letters::Notice;
use super::notices::{changed, notify};
use super::seats::{release_quota, release_seat, take_seat};
use crate::Office;
use crate::audit::{self, Actor, Change};
use crate::auth::tokens;
use crate::db::Db;
use crate::domain::RegistrationState;
use crate::entities::{event, person, registration};
use crate::error::{Error, Result};
use crate::registration::offers::OfferWindow;

/// Offers freed seats to the waiting list, first come first served, while seats are free
/// and enough time is left to take one up (see [`offer_window`]).
async fn promote(txn: &DatabaseTransaction, office: &Office, event_id: i32, now: DateTime<Utc>) -> Result<u32> {
    let event = event::Entity::find_by_id(event_id).one(txn).await?.ok_or(Error::NotFound)?;
    let OfferWindow::Open { until, .. } = offer_window(office, txn, &event, now).await? else {
        return Ok(0);
    };
    let mut offered = 0;
    loop {
        let Some(next) = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::State.eq(RegistrationState::Waitlisted))
            .order_by_asc(registration::Column::WaitlistedAt)
            .order_by_asc(registration::Column::Id)
            .one(txn)
            .await?
        else {
            return Ok(offered);
        };
        if !take_seat(txn, event_id).await? {
            return Ok(offered);
        }
        let token = tokens::generate()?;
        let mut model = next.clone().into_active_model();
        model.state = Set(RegistrationState::Offered);
        model.holds_seat = Set(true);
        model.offer_expires_at = Set(Some(until));
        model.manage_token_hash = Set(tokens::hash(&token));
        model.updated_at = Set(now);
        let after = model.update(txn).await?;
        let person = person::Entity::find_by_id(after.person_id).one(txn).await?.ok_or(Error::NotFound)?;
        notify(txn, office, &event, &after, &person.email, &token, Notice::Offered(until), now).await?;
        changed(txn, office, &event, &after, &person.email, now).await?;
        audit::record(
            txn,
            &Actor { user_id: None, label: "waiting list".into() },
            now,
            Change::new(
                "registration.offer",
                "registration",
                after.id,
                Some(&state_only(&next)),
                Some(&state_only(&after)),
            ),
        )
        .await?;
        offered += 1;
    }
}

/// Ends a registration (the person's own cancellation, an organiser's rejection or
/// cancellation, or a lapsed offer), frees its seat and offers it to the waiting list.
pub(super) async fn end(
    txn: &DatabaseTransaction,
    office: &Office,
    r: &registration::Model,
    to: RegistrationState,
    reason: Option<String>,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<registration::Model> {
    let mut model = r.clone().into_active_model();
    model.state = Set(to);
    model.holds_seat = Set(false);
    model.offer_expires_at = Set(None);
    model.decision_reason = Set(reason.clone().or(r.decision_reason.clone()));
    model.updated_at = Set(now);
    let after = model.update(txn).await?;
    if r.holds_seat {
        release_seat(txn, r.event_id).await?;
    }
    release_quota(txn, r.delegation_id).await?;
    let action = match to {
        RegistrationState::Rejected => "registration.reject",
        RegistrationState::Lapsed => "registration.lapse",
        _ => "registration.cancel",
    };
    audit::record(
        txn,
        actor,
        now,
        Change::new(action, "registration", r.id, Some(&state_only(r)), Some(&state_only(&after))),
    )
    .await?;
    let event = event::Entity::find_by_id(r.event_id).one(txn).await?.ok_or(Error::NotFound)?;
    let person = person::Entity::find_by_id(r.person_id).one(txn).await?.ok_or(Error::NotFound)?;
    let notice = match to {
        RegistrationState::Rejected => Some(Notice::Declined(reason)),
        RegistrationState::Cancelled => Some(Notice::Cancelled),
        _ => None,
    };
    if let Some(notice) = notice {
        notify(txn, office, &event, &after, &person.email, &tokens::generate()?, notice, now).await?;
    }
    changed(txn, office, &event, &after, &person.email, now).await?;
    if r.holds_seat {
        promote(txn, office, r.event_id, now).await?;
    }
    Ok(after)
}

/// Lets every seat offer whose time ran out lapse, and offers those seats to the next people.
/// Safe to run on several instances at once: each lapse is a conditional update.
pub async fn expire_offers(db: &Db, office: &Office, now: DateTime<Utc>) -> Result<u32> {
    let due = registration::Entity::find()
        .filter(registration::Column::State.eq(RegistrationState::Offered))
        .filter(registration::Column::OfferExpiresAt.lte(now))
        .all(&db.read)
        .await?;
    let mut lapsed = 0;
    for r in due {
        let txn = db.write.begin().await?;
        let claimed = registration::Entity::update_many()
            .col_expr(registration::Column::UpdatedAt, Expr::value(now))
            .filter(registration::Column::Id.eq(r.id))
            .filter(registration::Column::State.eq(RegistrationState::Offered))
            .filter(registration::Column::OfferExpiresAt.lte(now))
            .exec(&txn)
            .await?;
        if claimed.rows_affected == 1 {
            end(
                &txn,
                office,
                &r,
                RegistrationState::Lapsed,
                None,
                &Actor { user_id: None, label: "waiting list".into() },
                now,
            )
            .await?;
            lapsed += 1;
        }
        txn.commit().await?;
    }
    Ok(lapsed)
}
