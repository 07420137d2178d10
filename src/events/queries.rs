//! What the event pages read from their query strings: the organiser's list filters and the
//! notice a copy's page shows after a clone.

use serde::Deserialize;

use super::clone::Cloned;
use super::rules::{EventFilter, When};
use super::shift::Shift;
use crate::domain::{self, EventKind, EventStatus};
use crate::error::{Error, FieldErrors, Msg};
use crate::reference::Reference;

/// Filters of the organiser's list, as typed.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Programme code.
    pub programme: String,
    /// Kind of event.
    pub kind: String,
    /// draft, published or cancelled.
    pub status: String,
    /// Year the event starts in.
    pub year: String,
    /// upcoming, past or all.
    pub when: String,
    /// Words in the title.
    pub q: String,
    /// Page number, from 1.
    pub page: String,
}

impl ListQuery {
    /// Parses the filters; a bad value (a programme not in the reference data too) names its field.
    pub fn parse(&self, reference: &Reference) -> Result<(EventFilter, u64), Error> {
        let mut e = FieldErrors::new();
        let programme = (!self.programme.trim().is_empty())
            .then(|| domain::parse_code(&self.programme).map_err(|m| e.add("programme", m)).ok())
            .flatten();
        if let Some(code) = &programme
            && !reference.has_programme(code)
        {
            e.add("programme", Msg::new("err-choice"));
        }
        let kind = (!self.kind.trim().is_empty())
            .then(|| domain::parse_field::<EventKind>(&mut e, "kind", &self.kind))
            .flatten();
        let status = (!self.status.trim().is_empty())
            .then(|| domain::parse_field::<EventStatus>(&mut e, "status", &self.status))
            .flatten();
        let year = match self.year.trim() {
            "" => None,
            y => match y.parse::<i32>() {
                Ok(y) if (1945..=2200).contains(&y) => Some(y),
                _ => {
                    e.add("year", Msg::new("err-year"));
                    None
                }
            },
        };
        let when = match self.when.trim() {
            "" | "all" => When::All,
            "upcoming" => When::Upcoming,
            "past" => When::Past,
            _ => {
                e.add("when", Msg::new("err-choice"));
                When::All
            }
        };
        let page = domain::parse_page(&self.page).unwrap_or_else(|m| {
            e.add("page", m);
            1
        });
        let search = Some(self.q.trim().chars().take(100).collect::<String>()).filter(|s| !s.is_empty());
        e.into_result((EventFilter { programme, kind, status, year, when, search }, page))
    }

    /// The query string without the page, for pagination links.
    pub fn without_page(&self) -> String {
        crate::domain::filters_query(&[
            ("programme", &self.programme),
            ("kind", &self.kind),
            ("status", &self.status),
            ("year", &self.year),
            ("when", &self.when),
            ("q", &self.q),
        ])
    }
}

/// What the copy's page says after a clone (`?cloned=…&adjusted=…`): how far it moved and
/// which of its times could not keep their local time exactly.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CloneNotice {
    /// `+364d` or `+12m`; empty when the page was not opened by a clone.
    pub cloned: String,
    /// Adjusted session ids, comma-separated.
    pub adjusted: String,
    /// Set when a registration date was adjusted.
    pub window: String,
}

impl CloneNotice {
    pub(super) fn query(c: &Cloned) -> String {
        let moved = match c.shift {
            Shift::Days(n) => format!("{n:+}d"),
            Shift::Months(n) => format!("{n:+}m"),
        };
        let mut ids: Vec<String> = c.adjustments.iter().filter_map(|a| a.session_id).map(|id| id.to_string()).collect();
        ids.dedup();
        let window = c.adjustments.iter().any(|a| a.session_id.is_none());
        let pairs = [("cloned", moved), ("adjusted", ids.join(",")), ("window", if window { "1" } else { "" }.into())];
        let kept: Vec<(&str, String)> = pairs.into_iter().filter(|(_, v)| !v.is_empty()).collect();
        serde_urlencoded::to_string(kept).unwrap_or_default()
    }

    /// Days or months moved, as the notice shows them.
    pub fn shift(&self) -> Option<Shift> {
        let raw = self.cloned.trim();
        let (n, unit) = raw.split_at(raw.len().checked_sub(1)?);
        let n: i64 = n.parse().ok()?;
        match unit {
            "d" => Some(Shift::Days(n)),
            "m" => i32::try_from(n).ok().map(Shift::Months),
            _ => None,
        }
    }

    /// The adjusted sessions' ids (anything else in the query is ignored).
    pub fn adjusted_sessions(&self) -> Vec<i32> {
        self.adjusted.split(',').filter_map(|s| s.trim().parse().ok()).collect()
    }
}
