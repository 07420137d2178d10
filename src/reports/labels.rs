//! The names a report shows for its codes, in the reader's language: States, UN regional
//! groups, genders, organisation types, roles and attendance modes (the same words as the rest of the service).

use crate::i18n::{Lang, Tr};
use crate::participants::names::{compare, state_name};
use crate::reference::Reference;

use super::rules::Row;

/// What a breakdown groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    /// UN regional group.
    RegionalGroup,
    /// Gender.
    Gender,
    /// Organisation type.
    OrganisationType,
    /// State.
    State,
    /// Role at the event.
    Role,
    /// In person or remote.
    AttendanceMode,
}

impl Dimension {
    /// Every breakdown, in the order the reports show them.
    pub const ALL: [Self; 6] =
        [Self::RegionalGroup, Self::Gender, Self::OrganisationType, Self::State, Self::Role, Self::AttendanceMode];

    /// Stable code (CSV `section` column, XLSX sheet order).
    pub fn code(self) -> &'static str {
        match self {
            Self::RegionalGroup => "regional_group",
            Self::Gender => "gender",
            Self::OrganisationType => "organisation_type",
            Self::State => "state",
            Self::Role => "role",
            Self::AttendanceMode => "attendance_mode",
        }
    }

    /// Catalog key of its heading.
    pub fn heading(self) -> &'static str {
        match self {
            Self::RegionalGroup => "rep-by-regional_group",
            Self::Gender => "rep-by-gender",
            Self::OrganisationType => "rep-by-organisation_type",
            Self::State => "rep-by-state",
            Self::Role => "rep-by-role",
            Self::AttendanceMode => "rep-by-attendance_mode",
        }
    }

    /// The rows of this breakdown in `o`.
    pub fn rows(self, o: &super::rules::Outcomes) -> &[Row] {
        match self {
            Self::RegionalGroup => &o.by_regional_group,
            Self::Gender => &o.by_gender,
            Self::OrganisationType => &o.by_organisation_type,
            Self::State => &o.by_state,
            Self::Role => &o.by_role,
            Self::AttendanceMode => &o.by_attendance_mode,
        }
    }
}

/// The rows of a breakdown with their names in `lang`, largest first as the rules ordered
/// them; rows of equal counts in the language's alphabetical order.
pub fn labelled<'a>(reference: &Reference, lang: Lang, dim: Dimension, rows: &'a [Row]) -> Vec<(String, &'a Row)> {
    let mut labelled: Vec<(String, &Row)> = rows.iter().map(|r| (label(reference, lang, dim, r), r)).collect();
    labelled.sort_by(|(la, a), (lb, b)| {
        (a.code.is_none(), std::cmp::Reverse(a.confirmed), std::cmp::Reverse(a.registered))
            .cmp(&(b.code.is_none(), std::cmp::Reverse(b.confirmed), std::cmp::Reverse(b.registered)))
            .then_with(|| compare(lang, la, lb))
    });
    labelled
}

/// The name of a breakdown row in `lang`; rows without a code are "not stated".
pub fn label(reference: &Reference, lang: Lang, dim: Dimension, row: &Row) -> String {
    let tr = Tr(lang);
    let Some(code) = row.code.as_deref() else { return tr.t("rep-not-stated") };
    // A code the catalog does not know (older data) shows as stored rather than as a key.
    let known = |key: String, fallback: &str| {
        let text = tr.t(&key);
        if text == key { fallback.to_owned() } else { text }
    };
    match dim {
        Dimension::State => state_name(reference, code, lang),
        Dimension::RegionalGroup => known(format!("group-{code}"), &row.label),
        Dimension::Gender => known(format!("gender-{code}"), code),
        Dimension::OrganisationType => known(format!("org-type-{code}"), &row.label),
        Dimension::Role => known(format!("role-p-{code}"), code),
        Dimension::AttendanceMode => known(format!("reg-attendance-{code}"), code),
    }
}
