//! The report across events: the filters a staff member gave, checked against the programmes
//! they may see, and the outcomes of the events selected.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::Serialize;
use utoipa::ToSchema;

use super::outcomes::Outcomes;
use super::selection::{Filters, ReportError, Selection};
use super::store::{aggregate, event_rows};
use crate::auth::StaffUser;
use crate::entities::series;
use crate::error::{FieldErrors, Msg};

/// The outcomes of the events of `selection`, all computed by the database in one statement.
pub async fn outcomes(db: &DatabaseConnection, selection: &Selection) -> Result<Outcomes, ReportError> {
    let (sel, values) = selection.sql();
    let mut o = aggregate(db, &sel, values.clone()).await?;
    o.events = event_rows(db, &sel, values, &o.events).await?;
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

/// The report across the events matching `filters` that `staff` may see: admins every
/// programme, organisers theirs (naming another programme is refused), check-in staff none.
pub async fn programme_report(
    db: &DatabaseConnection,
    staff: &StaffUser,
    filters: Filters,
) -> Result<ProgrammeReport, ReportError> {
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
    Ok(ProgrammeReport { filters, outcomes: outcomes(db, &selection).await? })
}
