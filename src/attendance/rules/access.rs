//! Who may work an event's desk, and the events the desks are working, kept for a second.

use std::sync::Arc;

use sea_orm::{ConnectionTrait, EntityTrait};

use crate::Office;
use crate::auth::StaffUser;
use crate::domain::Role;
use crate::entities::event;
use crate::error::{Error, Result};

/// Whether `staff` may work the check-in desk of `e`: its organisers and admins, and the
/// check-in staff appointed to it.
pub fn may_check_in(staff: &StaffUser, e: &event::Model) -> bool {
    match staff.role {
        Role::CheckIn => staff.checkin_event == Some(e.id),
        Role::Admin | Role::Organiser => staff.can_manage(&e.programme_code),
    }
}

/// The event of a desk, once the staff member's right to it is checked.
pub async fn desk_event<C: ConnectionTrait>(db: &C, staff: &StaffUser, event_id: i32) -> Result<event::Model> {
    let e = event::Entity::find_by_id(event_id).one(db).await?.ok_or(Error::NotFound)?;
    if !may_check_in(staff, &e) {
        return Err(Error::Forbidden);
    }
    Ok(e)
}

/// How long the desk keeps an event it has read: a busy door scans many times a second and
/// every scan needs its event (time zone, status, programme), which seldom changes.
const DESK_EVENT_TTL: std::time::Duration = std::time::Duration::from_secs(1);
/// Events kept at most.
const DESK_EVENTS_KEPT: u64 = 256;

/// The events the check-in desks are working, each kept for [`DESK_EVENT_TTL`]: a change to
/// an event (cancelled, moved to another time zone) reaches the desks within a second.
pub struct DeskEvents(moka::sync::Cache<i32, Arc<event::Model>>);

impl Default for DeskEvents {
    fn default() -> Self {
        Self(moka::sync::Cache::builder().max_capacity(DESK_EVENTS_KEPT).time_to_live(DESK_EVENT_TTL).build())
    }
}

impl DeskEvents {
    /// The event of `id`, from the last second's read or from the database.
    async fn get<C: ConnectionTrait>(&self, db: &C, id: i32) -> Result<Option<Arc<event::Model>>> {
        if let Some(e) = self.0.get(&id) {
            return Ok(Some(e));
        }
        let Some(e) = event::Entity::find_by_id(id).one(db).await?.map(Arc::new) else { return Ok(None) };
        self.0.insert(id, Arc::clone(&e));
        Ok(Some(e))
    }
}

/// The event of a desk for a scan, read at most once a second (see [`DeskEvents`]), once the
/// staff member's right to it is checked.
pub async fn scan_desk_event(office: &Office, staff: &StaffUser, event_id: i32) -> Result<Arc<event::Model>> {
    let e = office.desk_events.get(&office.db.read, event_id).await?.ok_or(Error::NotFound)?;
    if !may_check_in(staff, &e) {
        return Err(Error::Forbidden);
    }
    Ok(e)
}
