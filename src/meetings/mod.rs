//! Serviced meetings: what the secretariat does for an intergovernmental meeting beyond
//! invitations and registration. So far the agenda (numbered items, each with its list of
//! speakers' settings) and the list of speakers (inscriptions by the delegations' focal points or
//! by the secretariat, the order rule, the chair's view, the published list and its PDF).
//! Only events of the kind `meeting` have them; workshops, courses, conferences and briefings
//! show none. Later parts (documents, side events) sit beside these as rooms of their own under
//! `meetings/`.
//!
//! - [`agenda`]: the agenda's items, read and written.
//! - [`credentials`]: each delegation's credentials, the focal point's upload, the report's figures.
//! - [`ngos`]: NGO accreditation (apply, confirm, accredit or decline); [`ngo_handlers`] its pages.
//! - [`speakers`]: inscribing, withdrawing, moving, "spoke", and the lists as read models.
//! - [`documents`]: official documents and their language versions; who may read them.
//! - [`statements`]: delegations' statements and when they are published.
//! - [`order`]: the order rule, one pure function.
//! - `store`: the SQL of places (the item's lock, shifting places, swapping two).
//! - [`side_events`]: requests for side events, their confirmation, approval with a room and a
//!   time, decline, and the programme; [`side_event_handlers`] are their pages.
//! - [`input`], [`handlers`], [`views`], [`pdf`]: the pages and the printed list.

pub mod agenda;
pub mod credentials;
pub mod document_handlers;
pub mod documents;
pub mod handlers;
pub mod input;
pub mod ngo_handlers;
pub mod ngos;
pub mod order;
pub mod pdf;
pub mod side_event_handlers;
pub mod side_events;
pub mod speakers;
pub mod statement_handlers;
pub mod statements;
mod store;
pub mod views;

use sea_orm::{ConnectionTrait, EntityTrait};

use crate::auth::StaffUser;
use crate::domain::{EventKind, EventStatus};
use crate::entities::event;
use crate::error::{Error, Msg, Result};

/// Whether events of `kind` are serviced meetings, with an agenda and lists of speakers.
pub fn is_serviced(kind: EventKind) -> bool {
    kind == EventKind::Meeting
}

/// A meeting the staff member may manage: 404 or 403 as for any event, 409 for an event that
/// is not a meeting (a workshop has no agenda).
pub async fn managed_meeting<C: ConnectionTrait>(db: &C, staff: &StaffUser, id: i32) -> Result<event::Model> {
    let event = crate::events::access::managed_event(db, staff, id).await?;
    if !is_serviced(event.kind) {
        return Err(Error::Conflict(Msg::new("meet-err-not-meeting")));
    }
    Ok(event)
}

/// A published meeting, as the public sees it: 404 for anything else.
pub async fn public_meeting<C: ConnectionTrait>(db: &C, id: i32) -> Result<event::Model> {
    let event = event::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound)?;
    if !is_serviced(event.kind) || event.status == EventStatus::Draft {
        return Err(Error::NotFound);
    }
    Ok(event)
}
