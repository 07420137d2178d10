//! An event's dashboard, its first tab: seats, invitations, registrations, who is in today,
//! certificates, funding, and what needs doing next.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::figures::{self, NeedsAction};
use crate::attendance::rules::{local_day, present_per_day};
use crate::auth::StaffUser;
use crate::domain::{InvitationState, RegistrationState};
use crate::entities::{attendance_scan, event};
use crate::error::Result;

/// The figures of one event's dashboard.
#[derive(Debug, Clone)]
pub struct EventDashboard {
    /// Seats taken and capacity (none when unlimited).
    pub seats: (i32, Option<i32>),
    /// Registrations per state, every state in display order.
    pub registrations: Vec<(RegistrationState, i64)>,
    /// How far the invitations got.
    pub invitations: InvitationProgress,
    /// People in today, when today is one of the event's days.
    pub present_today: Option<usize>,
    /// Certificates issued and not revoked.
    pub certificates: i64,
    /// How the event is paid for.
    pub funding: Funding,
    /// What waits for the organiser.
    pub needs: NeedsAction,
}

/// Invitations sent, opened and answered (each step counts those that went further too).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InvitationProgress {
    /// Invitations not withdrawn.
    pub invited: i64,
    /// Accepted by the mail server.
    pub delivered: i64,
    /// Whose link was opened.
    pub opened: i64,
    /// Registered or declined.
    pub answered: i64,
    /// Whose email could not be delivered.
    pub failed: i64,
}

/// How an event is paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Funding {
    /// No contribution allocated.
    RegularBudget,
    /// Allocated from contributions, against the planned budget (USD cents).
    Extrabudgetary {
        /// Allocated, USD cents.
        allocated_usd_minor: i64,
        /// Planned in the budget lines, USD cents.
        planned_usd_minor: i64,
    },
}

/// The dashboard of event `e`, which `staff` manages, at `now`.
pub async fn event_dashboard<C: ConnectionTrait>(
    db: &C,
    staff: &StaffUser,
    e: &event::Model,
    now: DateTime<Utc>,
) -> Result<EventDashboard> {
    let ids = [e.id];
    let by_state = figures::registrations_by_state(db, &ids).await?;
    let count = |s: RegistrationState| by_state.get(&(e.id, s)).copied().unwrap_or(0);
    let registrations = RegistrationState::ALL.iter().map(|&s| (s, count(s))).collect();
    let invited = figures::invitations_by_state(db, &ids).await?;
    let invitations = progress(|s| invited.get(&(e.id, s)).copied().unwrap_or(0));
    let needs = figures::needs_action(db, &ids, &by_state, now).await?.remove(&e.id).unwrap_or_default();
    let certificates = figures::certificates_issued(db, &ids).await?.get(&e.id).copied().unwrap_or(0);
    let funding = crate::donors::rules::event_funding(db, staff, e.id).await?;
    let funding = if funding.sources.is_empty() {
        Funding::RegularBudget
    } else {
        Funding::Extrabudgetary {
            allocated_usd_minor: funding.sources.iter().map(|s| s.usd_minor).sum(),
            planned_usd_minor: funding.budget.iter().map(|b| b.planned_usd_minor).sum(),
        }
    };
    Ok(EventDashboard {
        seats: (e.seats_taken, e.capacity),
        registrations,
        invitations,
        present_today: present_today(db, e, now).await?,
        certificates,
        funding,
        needs,
    })
}

/// The invitation steps from the count of each state.
fn progress(n: impl Fn(InvitationState) -> i64) -> InvitationProgress {
    use InvitationState as S;
    let answered = n(S::Registered) + n(S::Declined);
    let opened = answered + n(S::Opened);
    let delivered = opened + n(S::Sent) + n(S::Expired);
    InvitationProgress {
        invited: delivered + n(S::Queued) + n(S::Failed),
        delivered,
        opened,
        answered,
        failed: n(S::Failed),
    }
}

/// People in today, if today (in the event's time zone) is one of its days.
async fn present_today<C: ConnectionTrait>(db: &C, e: &event::Model, now: DateTime<Utc>) -> Result<Option<usize>> {
    let today = local_day(e, now);
    if today < e.start_date || today > e.end_date {
        return Ok(None);
    }
    let log = attendance_scan::Entity::find()
        .filter(attendance_scan::Column::EventId.eq(e.id))
        .filter(attendance_scan::Column::Day.eq(today))
        .all(db)
        .await?;
    Ok(Some(present_per_day(&log).first().map_or(0, |(_, n)| *n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_invitation_step_counts_those_that_went_further() {
        let counts = |s: InvitationState| match s {
            InvitationState::Queued => 1,
            InvitationState::Sent => 2,
            InvitationState::Failed => 3,
            InvitationState::Opened => 4,
            InvitationState::Registered => 5,
            InvitationState::Declined => 6,
            InvitationState::Expired => 7,
            InvitationState::Revoked => 8,
        };
        let p = progress(counts);
        assert_eq!(p, InvitationProgress { invited: 28, delivered: 24, opened: 15, answered: 11, failed: 3 });
    }
}
