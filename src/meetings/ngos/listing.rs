//! A meeting's NGO applications as the secretariat and the API read them: confirmed ones only
//! (an unconfirmed address may be anyone's), newest first, with their representatives.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::Office;
use crate::auth::StaffUser;
use crate::domain::NgoApplicationState;
use crate::entities::{event, ngo_application, ngo_representative};
use crate::error::{Error, Result};
use crate::meetings::managed_meeting;

/// An application with its representatives.
#[derive(Debug, Clone)]
pub struct Application {
    /// The application.
    pub application: ngo_application::Model,
    /// Its representatives, in the order given.
    pub representatives: Vec<ngo_representative::Model>,
}

/// The representatives of application `a`.
pub(super) async fn with_representatives<C: ConnectionTrait>(db: &C, a: ngo_application::Model) -> Result<Application> {
    let representatives = ngo_representative::Entity::find()
        .filter(ngo_representative::Column::ApplicationId.eq(a.id))
        .order_by_asc(ngo_representative::Column::Id)
        .all(db)
        .await?;
    Ok(Application { application: a, representatives })
}

/// The confirmed applications of a meeting the staff member manages, newest first.
pub async fn applications(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
) -> Result<(event::Model, Vec<Application>)> {
    let db = &office.db.read;
    let e = managed_meeting(db, staff, event_id).await?;
    let rows = ngo_application::Entity::find()
        .filter(ngo_application::Column::EventId.eq(e.id))
        .filter(ngo_application::Column::State.ne(NgoApplicationState::Unverified))
        .order_by_desc(ngo_application::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|a| a.id).collect();
    let reps = ngo_representative::Entity::find()
        .filter(ngo_representative::Column::ApplicationId.is_in(ids))
        .order_by_asc(ngo_representative::Column::Id)
        .all(db)
        .await?;
    let out = rows
        .into_iter()
        .map(|a| {
            let representatives = reps.iter().filter(|r| r.application_id == a.id).cloned().collect();
            Application { application: a, representatives }
        })
        .collect();
    Ok((e, out))
}

/// One confirmed application of a meeting the staff member manages (in the caller's
/// transaction, for a decision).
pub(super) async fn managed_application<C: ConnectionTrait>(
    db: &C,
    staff: &StaffUser,
    event_id: i32,
    application_id: i32,
) -> Result<(event::Model, Application)> {
    let e = managed_meeting(db, staff, event_id).await?;
    let a = ngo_application::Entity::find_by_id(application_id)
        .filter(ngo_application::Column::EventId.eq(e.id))
        .filter(ngo_application::Column::State.ne(NgoApplicationState::Unverified))
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    Ok((e, with_representatives(db, a).await?))
}
