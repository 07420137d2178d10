//! Who may manage an event: its programme's organisers and the admins.

use sea_orm::{ConnectionTrait, EntityTrait};

use crate::auth::StaffUser;
use crate::entities::event;
use crate::error::{Error, Result};

/// An event the staff member may manage: 404 when it does not exist, 403 when it is another
/// programme's.
pub async fn managed_event<C: ConnectionTrait>(db: &C, staff: &StaffUser, id: i32) -> Result<event::Model> {
    let event = event::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound)?;
    if staff.can_manage(&event.programme_code) { Ok(event) } else { Err(Error::Forbidden) }
}
