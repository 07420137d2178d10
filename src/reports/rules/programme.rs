//! The report across events: the filters a staff member gave, checked against the programmes
//! they may see, and the outcomes of the events selected.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Serialize;
use utoipa::ToSchema;

use super::outcomes::Outcomes;
use super::selection::{Filters, ReportError, Selection};
use super::store::{aggregate, event_rows};
use crate::auth::StaffUser;
use crate::entities::series;
use crate::error::{FieldErrors, Msg};
use crate::office::Office;

/// The outcomes of the events of `selection` as of `now`, all computed by the database in one
/// statement; the events told apart by whether they are held, under way or planned.
pub async fn outcomes(office: &Office, selection: &Selection, now: DateTime<Utc>) -> Result<Outcomes, ReportError> {
    let db = &office.db.read;
    let (sel, values) = selection.sql();
    let mut o = aggregate(db, &sel, values.clone()).await?;
    o.events = event_rows(db, &sel, values, &o.events, now).await?;
    o.count_stages();
    Ok(o)
}

/// A report across events: the filters it was built from and the outcomes.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ProgrammeReport {
    /// The filters applied.
    pub filters: Filters,
    /// The outcomes of the selected events.
    pub outcomes: Outcomes,
}

/// The report across the events matching `filters` that `staff` may see, as of `now`: admins
/// every programme, organisers theirs (naming another programme is refused), check-in staff
/// none.
pub async fn programme_report(
    office: &Office,
    staff: &StaffUser,
    filters: Filters,
    now: DateTime<Utc>,
) -> Result<ProgrammeReport, ReportError> {
    let db = &office.db.read;
    if staff.is_checkin_only() {
        return Err(ReportError::Forbidden);
    }
    if let Some(p) = &filters.programme
        && !staff.can_manage(p)
    {
        return Err(ReportError::Forbidden);
    }
    if let Some(code) = &filters.series
        && series::Entity::find().filter(series::Column::Code.eq(code.as_str())).one(db).await?.is_none()
    {
        let mut errors = FieldErrors::new();
        errors.add("series", Msg::new("rep-err-series").arg("code", code));
        return Err(ReportError::InvalidFilters(errors));
    }
    let mut selection = Selection::from_filters(filters.clone());
    if !staff.is_admin() {
        selection = selection.within_programmes(staff.programmes.clone());
    }
    Ok(ProgrammeReport { filters, outcomes: outcomes(office, &selection, now).await? })
}
