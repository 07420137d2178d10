//! Which events a report covers: the filters as asked, checked, and the SQL that selects them.

use chrono::NaiveDate;
use sea_orm::{DbBackend, DbErr, Statement, Value};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::EventStatus;
use crate::error::{Error, FieldErrors, Msg};
use crate::reference::Reference;

/// What a report can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A filter is malformed or names something unknown; each field says why.
    #[error("invalid report filters")]
    InvalidFilters(FieldErrors),
    /// No such event.
    #[error("unknown event")]
    UnknownEvent,
    /// The staff member may not see this report (another programme's events, check-in staff).
    #[error("not allowed to see this report")]
    Forbidden,
    /// The database failed.
    #[error("database: {0}")]
    Db(#[from] DbErr),
}

impl From<ReportError> for Error {
    fn from(e: ReportError) -> Self {
        match e {
            ReportError::InvalidFilters(fields) => Error::Invalid(fields),
            ReportError::UnknownEvent => Error::NotFound,
            ReportError::Forbidden => Error::Forbidden,
            ReportError::Db(e) => Error::Db(e),
        }
    }
}

/// The filters of a report across events; `None` leaves a dimension open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Filters {
    /// Programme code, e.g. `1540`.
    pub programme: Option<String>,
    /// Series code.
    pub series: Option<String>,
    /// Unit code (a branch or regional centre).
    pub unit: Option<String>,
    /// First start date included.
    pub from: Option<NaiveDate>,
    /// Last start date included.
    pub to: Option<NaiveDate>,
}

/// The report filters as typed in a form or a query string.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct RawFilters {
    /// Programme code.
    pub programme: String,
    /// Series code.
    pub series: String,
    /// Unit code.
    pub unit: String,
    /// First start date, YYYY-MM-DD.
    pub from: String,
    /// Last start date, YYYY-MM-DD.
    pub to: String,
}

impl Filters {
    /// Parses typed filters: codes must be known, dates must be real and in order. The series
    /// is checked against the database by [`programme_report`].
    pub fn parse(raw: &RawFilters, reference: &Reference) -> Result<Self, ReportError> {
        let mut errors = FieldErrors::new();
        let code = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let programme = code(&raw.programme);
        if let Some(p) = &programme
            && !reference.has_programme(p)
        {
            errors.add("programme", Msg::new("rep-err-programme").arg("code", p));
        }
        let unit = code(&raw.unit);
        if let Some(u) = &unit
            && !reference.has_unit(u)
        {
            errors.add("unit", Msg::new("rep-err-unit").arg("code", u));
        }
        let mut date = |field: &'static str, s: &str| -> Option<NaiveDate> {
            let s = s.trim();
            if s.is_empty() {
                return None;
            }
            match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.add(field, Msg::new("rep-err-date"));
                    None
                }
            }
        };
        let from = date("from", &raw.from);
        let to = date("to", &raw.to);
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            errors.add("to", Msg::new("rep-err-range"));
        }
        let filters = Self { programme, series: code(&raw.series), unit, from, to };
        if errors.is_empty() { Ok(filters) } else { Err(ReportError::InvalidFilters(errors)) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Scope {
    Filters(Filters),
    Events(Vec<i32>),
}

/// The events a report covers: those matching [`Filters`], or an explicit list (the events a
/// donor funds). Only published events count; drafts and cancelled events are left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    scope: Scope,
    programmes: Option<Vec<String>>,
}

impl Selection {
    /// The published events matching `filters`.
    pub fn from_filters(filters: Filters) -> Self {
        Self { scope: Scope::Filters(filters), programmes: None }
    }

    /// The published events among `ids`.
    pub fn from_events(ids: impl IntoIterator<Item = i32>) -> Self {
        Self { scope: Scope::Events(ids.into_iter().collect()), programmes: None }
    }

    /// Only the events of these programmes (an organiser's), whatever else is selected.
    pub fn within_programmes(mut self, programmes: Vec<String>) -> Self {
        self.programmes = Some(programmes);
        self
    }

    /// The `SELECT e.id FROM events e …` of the selection, with its values.
    pub(super) fn sql(&self) -> (String, Vec<Value>) {
        let mut sql = format!("SELECT e.id FROM events e WHERE e.status = '{}'", EventStatus::Published.as_str());
        let mut values: Vec<Value> = Vec::new();
        match &self.scope {
            Scope::Filters(f) => {
                if let Some(p) = &f.programme {
                    sql.push_str(" AND e.programme_code = ?");
                    values.push(p.clone().into());
                }
                if let Some(s) = &f.series {
                    sql.push_str(" AND e.series_id IN (SELECT s.id FROM series s WHERE s.code = ?)");
                    values.push(s.clone().into());
                }
                if let Some(u) = &f.unit {
                    sql.push_str(" AND e.unit_code = ?");
                    values.push(u.clone().into());
                }
                if let Some(d) = f.from {
                    sql.push_str(" AND e.start_date >= ?");
                    values.push(d.into());
                }
                if let Some(d) = f.to {
                    sql.push_str(" AND e.start_date <= ?");
                    values.push(d.into());
                }
            }
            Scope::Events(ids) => push_in(&mut sql, &mut values, "e.id", ids.iter().map(|id| Value::from(*id))),
        }
        if let Some(programmes) = &self.programmes {
            push_in(&mut sql, &mut values, "e.programme_code", programmes.iter().map(|p| Value::from(p.clone())));
        }
        (sql, values)
    }
}

/// Appends `AND column IN (?, …)`, or a condition nothing meets for an empty list.
pub(in crate::reports) fn push_in(
    sql: &mut String,
    values: &mut Vec<Value>,
    column: &str,
    items: impl Iterator<Item = Value>,
) {
    let before = values.len();
    values.extend(items);
    let n = values.len() - before;
    if n == 0 {
        sql.push_str(" AND 1 = 0");
    } else {
        sql.push_str(&format!(" AND {column} IN ({})", vec!["?"; n].join(", ")));
    }
}

/// A statement for `backend` from SQL written with `?` placeholders (PostgreSQL numbers them).
pub(in crate::reports) fn statement(backend: DbBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = if backend == DbBackend::Postgres {
        let mut numbered = String::with_capacity(sql.len() + 16);
        let mut n = 0;
        for c in sql.chars() {
            if c == '?' {
                n += 1;
                numbered.push_str(&format!("${n}"));
            } else {
                numbered.push(c);
            }
        }
        numbered
    } else {
        sql.to_owned()
    };
    Statement::from_sql_and_values(backend, sql, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_numbers_placeholders() {
        let s = statement(DbBackend::Postgres, "a = ? AND b IN (?, ?)", vec![1.into(), 2.into(), 3.into()]);
        assert_eq!(s.sql, "a = $1 AND b IN ($2, $3)");
        let s = statement(DbBackend::Sqlite, "a = ?", vec![1.into()]);
        assert_eq!(s.sql, "a = ?");
    }

    #[test]
    fn an_empty_list_selects_nothing() {
        let (sql, values) = Selection::from_events(Vec::new()).sql();
        assert!(sql.ends_with("AND 1 = 0"));
        assert!(values.is_empty());
        let (sql, values) = Selection::from_events([3, 4]).within_programmes(vec!["1540".into()]).sql();
        assert!(sql.contains("e.id IN (?, ?)") && sql.contains("e.programme_code IN (?)"));
        assert_eq!(values.len(), 3);
    }
}
