//! The organiser home: my events under way and to come, and what needs action on each.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::figures::{self, NeedsAction};
use crate::auth::StaffUser;
use crate::domain::{EventStatus, RegistrationState};
use crate::entities::event;
use crate::error::Result;

/// One event on the home page.
#[derive(Debug, Clone)]
pub struct HomeEvent {
    /// The event.
    pub event: event::Model,
    /// Under way today (otherwise to come).
    pub running: bool,
    /// Confirmed registrations.
    pub confirmed: i64,
    /// What waits for the organiser.
    pub needs: NeedsAction,
}

/// The organiser home's read model.
#[derive(Debug, Clone, Default)]
pub struct Home {
    /// Events under way, then to come, soonest first.
    pub events: Vec<HomeEvent>,
}

impl Home {
    /// The events with something waiting, for the "needs action" list.
    pub fn needing_action(&self) -> impl Iterator<Item = &HomeEvent> {
        self.events.iter().filter(|e| !e.needs.is_empty())
    }
}

/// The events `staff` manages that have not ended by `today` (UTC dates are close enough for a
/// list; each figure uses exact times), with their counts.
pub async fn home<C: ConnectionTrait>(db: &C, staff: &StaffUser, now: DateTime<Utc>) -> Result<Home> {
    let today: NaiveDate = now.date_naive();
    let events: Vec<event::Model> = event::Entity::find()
        .filter(event::Column::EndDate.gte(today))
        .filter(event::Column::Status.ne(EventStatus::Cancelled))
        .order_by_asc(event::Column::StartDate)
        .order_by_asc(event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|e| staff.can_manage(&e.programme_code))
        .collect();
    let ids: Vec<i32> = events.iter().map(|e| e.id).collect();
    let by_state = figures::registrations_by_state(db, &ids).await?;
    let mut needs = figures::needs_action(db, &ids, &by_state, now).await?;
    let mut list: Vec<HomeEvent> = events
        .into_iter()
        .map(|e| HomeEvent {
            running: e.start_date <= today,
            confirmed: by_state.get(&(e.id, RegistrationState::Confirmed)).copied().unwrap_or(0),
            needs: needs.remove(&e.id).unwrap_or_default(),
            event: e,
        })
        .collect();
    // Under way first; the order by start date holds within each.
    list.sort_by_key(|h| !h.running);
    Ok(Home { events: list })
}
