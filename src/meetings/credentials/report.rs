//! The figures of the Credentials Committee's report: how many States have submitted formal
//! credentials (the original, received or in order), how many have communicated them by copy,
//! how many have sent nothing — each with the States named in alphabetical order — and the
//! report's paragraphs drafted from them in the reader's language.

use super::{CredentialsRow, list::rows_of};
use crate::Office;
use crate::auth::StaffUser;
use crate::domain::CredentialsStatus;
use crate::entities::event;
use crate::error::Result;
use crate::i18n::{Lang, Tr};

/// A State as the report names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedState {
    /// Its code.
    pub iso3: String,
    /// Its name in the reader's language.
    pub name: String,
}

/// The report's figures: the States of each group, in alphabetical order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportFigures {
    /// Formal credentials: the original received, or examined and in order.
    pub formal: Vec<NamedState>,
    /// Communicated by copy only.
    pub copy: Vec<NamedState>,
    /// Nothing received.
    pub none: Vec<NamedState>,
}

impl ReportFigures {
    /// The figures of `rows` (already in alphabetical order).
    pub fn of(rows: &[CredentialsRow]) -> Self {
        let mut figures = Self::default();
        for r in rows {
            let named = NamedState { iso3: r.country_iso3.clone(), name: r.state.clone() };
            match r.status {
                s if s.is_formal() => figures.formal.push(named),
                CredentialsStatus::CopyReceived => figures.copy.push(named),
                _ => figures.none.push(named),
            }
        }
        figures
    }
}

/// The figures of a meeting the staff member manages, States named in `lang`.
pub async fn report(
    office: &Office,
    staff: &StaffUser,
    event_id: i32,
    lang: Lang,
) -> Result<(event::Model, ReportFigures)> {
    let db = &office.db.read;
    let event = super::super::managed_meeting(db, staff, event_id).await?;
    let rows = rows_of(db, &office.reference, event.id, lang).await?;
    Ok((event, ReportFigures::of(&rows)))
}

/// What separates the names of a list in `lang`.
fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::Ar => "، ",
        _ => ", ",
    }
}

/// One paragraph: the sentence of `key` with the count and the States named.
fn paragraph(tr: Tr, key: &str, states: &[NamedState]) -> String {
    let names: Vec<&str> = states.iter().map(|s| s.name.as_str()).collect();
    let list = names.join(separator(tr.lang()));
    tr.ta(key, &[("count", &states.len().to_string()), ("states", &list)])
}

/// The drafted paragraphs of the report in `tr`'s language: formal credentials, copies, and
/// the States still to send theirs (left out when there are none).
pub fn paragraphs(tr: Tr, figures: &ReportFigures) -> Vec<String> {
    let mut out =
        vec![paragraph(tr, "cred-report-formal", &figures.formal), paragraph(tr, "cred-report-copy", &figures.copy)];
    if !figures.none.is_empty() {
        out.push(paragraph(tr, "cred-report-none", &figures.none));
    }
    out
}
