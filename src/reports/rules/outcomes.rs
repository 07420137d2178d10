//! The outcomes of a selection of events, and the report across events built from filters.

use chrono::NaiveDate;
use sea_orm::{DatabaseConnection, DbErr, QueryResult};
use serde::Serialize;
use utoipa::ToSchema;

use super::selection::{Filters, ReportError, Selection};
use super::store::{aggregate, event_rows};
use crate::auth::StaffUser;
use crate::entities::series;
use crate::error::{FieldErrors, Msg};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Registrations, confirmed and attended in one row of a breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Row {
    /// Stable code (ISO3, regional group, gender, organisation type or role); `None` when the
    /// participants did not state it.
    pub code: Option<String>,
    /// English name from the reference data (the code for genders and roles; empty when
    /// not stated); pages translate by `code`.
    pub label: String,
    /// Registered.
    pub registered: u64,
    /// Confirmed.
    pub confirmed: u64,
    /// Attended.
    pub attended: u64,
}

/// One event of a report across events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct EventRow {
    /// Event id.
    pub event_id: i32,
    /// Title.
    pub title: String,
    /// Programme code.
    pub programme: String,
    /// City.
    pub city: String,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Registered.
    pub registered: u64,
    /// Confirmed.
    pub confirmed: u64,
    /// Attended.
    pub attended: u64,
    /// Distinct States of the confirmed participants.
    pub states: u64,
    /// Confirmed women.
    pub women: u64,
}

/// The outcomes of a set of events: what a programme manager or a donor asks for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct Outcomes {
    /// Published events in the selection.
    pub events_held: u64,
    /// People personally invited (invitations not withdrawn).
    pub invited: u64,
    /// Registrations that stand, plus anyone who attended.
    pub registered: u64,
    /// Confirmed registrations.
    pub confirmed: u64,
    /// Registrations with an entry not undone.
    pub attended: u64,
    /// Distinct States of the confirmed participants (once across all events).
    pub states: u64,
    /// Distinct States of the participants who attended.
    pub states_attended: u64,
    /// Distinct UN regional groups of the confirmed participants.
    pub regional_groups: u64,
    /// Confirmed women.
    pub women: u64,
    /// Women among the confirmed participants, 0 to 1 (`None` without confirmed participants).
    pub women_share: Option<f64>,
    /// Attended over confirmed, 0 to 1 (`None` without confirmed participants).
    pub attendance_rate: Option<f64>,
    /// Certificates of attendance issued and not revoked.
    pub certificates: u64,
    /// Per UN regional group (States without a group and non-State participants under `None`).
    pub by_regional_group: Vec<Row>,
    /// Per gender.
    pub by_gender: Vec<Row>,
    /// Per organisation type.
    pub by_organisation_type: Vec<Row>,
    /// Per State.
    pub by_state: Vec<Row>,
    /// Per role at the event.
    pub by_role: Vec<Row>,
    /// Per event, by start date.
    pub events: Vec<EventRow>,
}

/// The share `part / whole`, or `None` when `whole` is 0.
pub fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

pub(super) fn count(row: &QueryResult, column: &str) -> Result<u64, DbErr> {
    // COUNT and SUM come back as 64-bit integers on both databases; SUM of nothing is NULL.
    Ok(u64::try_from(row.try_get::<Option<i64>>("", column)?.unwrap_or(0)).unwrap_or(0))
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares() {
        assert_eq!(share(1, 4), Some(0.25));
        assert_eq!(share(0, 0), None);
    }
}
