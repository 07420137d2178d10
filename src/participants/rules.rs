//! Rules of the list of participants: who is listed (confirmed registrations), the live
//! draft, its figures (counted by the database), and issuing frozen revisions.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, QuerySelect, TransactionTrait,
};

use super::document::{Document, Entry, Figures, Heading, Issue, Section, SectionCount, Snapshot};
use super::names::state_name;
use crate::audit::{Actor, Change};
use crate::auth::StaffUser;
use crate::db::{self, Db};
use crate::domain::{self, DatePrecision, RegistrationState};
use crate::entities::{delegation, event, participant_list, registration};
use crate::error::{Error, FieldErrors, Msg, Result};
use crate::events::content;
use crate::events::rules::managed_event;
use crate::i18n::{Lang, Tr};
use crate::reference::Reference;

/// Longest document symbol.
const SYMBOL_MAX: usize = 80;

/// Which list: the live draft or an issued one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// The current state, not issued.
    Draft,
    /// An issued list: 0 for the original, n for Rev.n.
    Revision(i32),
}

impl Version {
    /// `draft` or a revision number; anything else names no document (404).
    pub fn parse(raw: &str) -> Result<Self> {
        match raw {
            "draft" => Ok(Self::Draft),
            n => n.parse::<i32>().ok().filter(|n| *n >= 0).map(Self::Revision).ok_or(Error::NotFound),
        }
    }
}

/// The files a list is offered as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Printable HTML.
    Html,
    /// Comma-separated values.
    Csv,
    /// Excel workbook.
    Xlsx,
    /// PDF.
    Pdf,
}

impl Format {
    /// `html`, `csv`, `xlsx` or `pdf`; anything else names no file (404).
    pub fn parse(raw: &str) -> Result<Self> {
        match raw {
            "html" => Ok(Self::Html),
            "csv" => Ok(Self::Csv),
            "xlsx" => Ok(Self::Xlsx),
            "pdf" => Ok(Self::Pdf),
            _ => Err(Error::NotFound),
        }
    }

    /// File extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
            Self::Pdf => "pdf",
        }
    }
}

/// A document symbol as the organiser typed it (`BWC/MSP/2026/INF.1`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol(String);

impl Symbol {
    /// Trimmed, one line, at most 80 characters; empty means "keep the previous one".
    pub fn parse(raw: &str) -> Result<Option<Self>> {
        let mut errors = FieldErrors::new();
        let value = domain::optional_text(&mut errors, "symbol", raw, SYMBOL_MAX);
        errors.into_result(value.map(Self))
    }
}

/// The language a document is asked for in: one of the six codes, or empty for the reader's
/// language.
pub fn parse_lang(raw: &str, reader: Lang) -> Result<Lang> {
    match raw.trim() {
        "" => Ok(reader),
        code => Lang::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| FieldErrors::single("lang", Msg::new("err-choice"))),
    }
}

/// An issued list without its rows.
#[derive(Debug, Clone, FromQueryResult)]
pub struct RevisionSummary {
    /// 0 for the original.
    pub revision: i32,
    /// Document symbol.
    pub symbol: Option<String>,
    /// When.
    pub issued_at: DateTime<Utc>,
    /// Who (staff email, as the audit log shows it).
    pub issued_by: String,
    /// People listed.
    pub participant_count: i32,
}

impl RevisionSummary {
    /// The symbol with its Rev. suffix.
    pub fn label(&self) -> String {
        Issue { revision: self.revision, symbol: self.symbol.clone(), issued_at: self.issued_at }.label()
    }
}

/// The organiser's page: the draft's figures and the issued revisions.
#[derive(Debug, Clone)]
pub struct Overview {
    /// The event.
    pub event: event::Model,
    /// The draft as a document.
    pub draft: Document,
    /// Issued lists, latest first.
    pub revisions: Vec<RevisionSummary>,
}

fn heading(reference: &Reference, e: &event::Model) -> Heading {
    let place = |lang: Lang| {
        let mut place = String::new();
        if let Some(v) = content::venue(e, lang).filter(|v| !v.text.is_empty()) {
            place.push_str(&v.text);
            place.push_str(", ");
        }
        place.push_str(&e.city);
        if let Some(c) = e.country_iso3.as_deref() {
            place.push_str(", ");
            place.push_str(&state_name(reference, c, lang));
        }
        place
    };
    Heading {
        title: e.title.clone(),
        titles: Lang::ALL.iter().map(|l| (l.code().to_owned(), content::title(e, *l).text)).collect(),
        place: place(Lang::En),
        places: Lang::ALL.iter().map(|l| (l.code().to_owned(), place(*l))).collect(),
        start_date: e.start_date,
        end_date: e.end_date,
        date_precision: e.date_precision.as_str().to_owned(),
    }
}

fn listed(event_id: i32) -> sea_orm::Select<registration::Entity> {
    registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::State.eq(RegistrationState::Confirmed))
}

fn is_observer_state(reference: &Reference, iso3: Option<&str>) -> bool {
    iso3.and_then(|c| reference.countries.iter().find(|x| x.iso3 == c)).is_some_and(|c| c.status == "observer")
}

/// Counts per section, States represented and the total, by one GROUP BY in the database:
/// the section depends only on role, organisation type and State.
async fn figures<C: ConnectionTrait>(conn: &C, reference: &Reference, event_id: i32) -> Result<Figures> {
    let groups: Vec<(domain::ParticipantRole, Option<String>, Option<String>, i64)> = listed(event_id)
        .select_only()
        .column(registration::Column::Role)
        .column(registration::Column::OrganisationType)
        .column(registration::Column::CountryIso3)
        .column_as(Expr::col(registration::Column::Id).count(), "n")
        .group_by(registration::Column::Role)
        .group_by(registration::Column::OrganisationType)
        .group_by(registration::Column::CountryIso3)
        .into_tuple()
        .all(conn)
        .await?;
    let mut per_section: BTreeMap<Section, u64> = BTreeMap::new();
    let mut states: HashSet<String> = HashSet::new();
    let mut participants = 0;
    for (role, kind, country, n) in groups {
        let n = u64::try_from(n).unwrap_or(0);
        let observer = is_observer_state(reference, country.as_deref());
        let section = Section::of(role, kind.as_deref(), country.is_some(), observer);
        if section.is_states()
            && let Some(c) = country
        {
            states.insert(c);
        }
        *per_section.entry(section).or_default() += n;
        participants += n;
    }
    Ok(Figures {
        participants,
        states: states.len() as u64,
        per_section: per_section
            .into_iter()
            .map(|(section, participants)| SectionCount { section, participants })
            .collect(),
    })
}

/// The rows of the list as they stand now, with the figures and heading.
async fn current<C: ConnectionTrait>(conn: &C, reference: &Reference, e: &event::Model) -> Result<Snapshot> {
    let regs = listed(e.id).order_by_asc(registration::Column::Id).all(conn).await?;
    // The head named in a State's nomination leads even if registered with another role.
    let heads: HashSet<i32> = delegation::Entity::find()
        .filter(delegation::Column::EventId.eq(e.id))
        .filter(delegation::Column::HeadPersonId.is_not_null())
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|d| d.head_person_id)
        .collect();
    let entries = regs
        .into_iter()
        .map(|r| {
            let observer = is_observer_state(reference, r.country_iso3.as_deref());
            let section = Section::of(r.role, r.organisation_type.as_deref(), r.country_iso3.is_some(), observer);
            let organisation = r.organisation.clone().filter(|o| !o.trim().is_empty());
            let name = |lang: Lang| match (&r.country_iso3, section.is_states(), &organisation) {
                (Some(c), true, _) => state_name(reference, c, lang),
                (_, _, Some(o)) => o.clone(),
                _ => Tr(lang).t("lop-no-organisation"),
            };
            Entry {
                section,
                delegation_en: name(Lang::En),
                delegation_fr: name(Lang::Fr),
                delegation_names: Lang::ALL.iter().map(|l| (l.code().to_owned(), name(*l))).collect(),
                head: r.role == domain::ParticipantRole::HeadOfDelegation || heads.contains(&r.person_id),
                title: r.title.filter(|t| !t.trim().is_empty()),
                given_name: r.given_name,
                family_name: r.family_name,
                position: r.position.filter(|p| !p.trim().is_empty()),
                organisation,
            }
        })
        .collect();
    Ok(Snapshot { heading: heading(reference, e), figures: figures(conn, reference, e.id).await?, entries })
}

/// The organiser's overview: the draft in `lang` and the issued revisions.
pub async fn overview(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    event_id: i32,
    lang: Lang,
) -> Result<Overview> {
    let event = managed_event(&db.read, staff, event_id).await?;
    let snapshot = current(&db.read, reference, &event).await?;
    let draft = Document::arrange(lang, snapshot.heading, None, snapshot.figures, &snapshot.entries);
    let revisions = summaries(&db.read, event_id).await?;
    Ok(Overview { event, draft, revisions })
}

async fn summaries<C: ConnectionTrait>(conn: &C, event_id: i32) -> Result<Vec<RevisionSummary>> {
    Ok(participant_list::Entity::find()
        .select_only()
        .column(participant_list::Column::Revision)
        .column(participant_list::Column::Symbol)
        .column(participant_list::Column::IssuedAt)
        .column(participant_list::Column::IssuedBy)
        .column(participant_list::Column::ParticipantCount)
        .filter(participant_list::Column::EventId.eq(event_id))
        .order_by_desc(participant_list::Column::Revision)
        .into_model::<RevisionSummary>()
        .all(conn)
        .await?)
}

/// The issued lists of an event, latest first.
pub async fn revisions(db: &Db, staff: &StaffUser, event_id: i32) -> Result<(event::Model, Vec<RevisionSummary>)> {
    let event = managed_event(&db.read, staff, event_id).await?;
    let list = summaries(&db.read, event_id).await?;
    Ok((event, list))
}

/// One list as a document in `lang`: the draft as it stands, or an issued revision exactly
/// as it was issued.
pub async fn document(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    event_id: i32,
    version: Version,
    lang: Lang,
) -> Result<(event::Model, Document)> {
    let event = managed_event(&db.read, staff, event_id).await?;
    let doc = match version {
        Version::Draft => {
            let s = current(&db.read, reference, &event).await?;
            Document::arrange(lang, s.heading, None, s.figures, &s.entries)
        }
        Version::Revision(n) => {
            let row = participant_list::Entity::find()
                .filter(participant_list::Column::EventId.eq(event_id))
                .filter(participant_list::Column::Revision.eq(n))
                .one(&db.read)
                .await?
                .ok_or(Error::NotFound)?;
            let s: Snapshot = serde_json::from_str(&row.snapshot)
                .map_err(|e| Error::Internal(format!("participant list {} snapshot: {e}", row.id)))?;
            let issue = Issue { revision: row.revision, symbol: row.symbol, issued_at: row.issued_at };
            Document::arrange(lang, s.heading, Some(issue), s.figures, &s.entries)
        }
    };
    Ok((event, doc))
}

/// Issues the list as it stands: the original first, then Rev.1, Rev.2…, each with a frozen
/// copy of its rows, its date and who issued it, and an audit entry. A blank symbol keeps
/// the previous issue's. Nobody listed yet → 409.
pub async fn issue(
    db: &Db,
    reference: &Reference,
    staff: &StaffUser,
    event_id: i32,
    symbol: Option<Symbol>,
    now: DateTime<Utc>,
) -> Result<RevisionSummary> {
    let txn = db.write.begin().await?;
    let event = managed_event(&txn, staff, event_id).await?;
    let snapshot = current(&txn, reference, &event).await?;
    if snapshot.figures.participants == 0 {
        return Err(Error::Conflict(Msg::new("lop-err-empty")));
    }
    let previous = participant_list::Entity::find()
        .filter(participant_list::Column::EventId.eq(event_id))
        .order_by_desc(participant_list::Column::Revision)
        .one(&txn)
        .await?;
    let revision = previous.as_ref().map_or(0, |p| p.revision + 1);
    let symbol = symbol.map(|s| s.0).or_else(|| previous.and_then(|p| p.symbol));
    let count = i32::try_from(snapshot.figures.participants).unwrap_or(i32::MAX);
    let json = serde_json::to_string(&snapshot).map_err(|e| Error::Internal(format!("snapshot: {e}")))?;
    let row = participant_list::ActiveModel {
        event_id: Set(event_id),
        revision: Set(revision),
        symbol: Set(symbol),
        issued_at: Set(now),
        issued_by_user_id: Set(Some(staff.id)),
        issued_by: Set(staff.email.clone()),
        participant_count: Set(count),
        snapshot: Set(json),
        ..Default::default()
    };
    let inserted = match row.insert(&txn).await {
        Ok(m) => m,
        // Another organiser issued the same revision a moment ago.
        Err(e) if db::is_unique_violation(&e) => return Err(Error::Conflict(Msg::new("lop-err-concurrent"))),
        Err(e) => return Err(e.into()),
    };
    crate::audit::record(
        &txn,
        &Actor::staff(staff),
        now,
        Change::new("participants.issue", "participant_list", inserted.id, None, Some(&inserted)),
    )
    .await?;
    txn.commit().await?;
    Ok(RevisionSummary {
        revision: inserted.revision,
        symbol: inserted.symbol,
        issued_at: inserted.issued_at,
        issued_by: inserted.issued_by,
        participant_count: inserted.participant_count,
    })
}

/// How the heading's dates are printed.
pub fn date_precision(heading: &Heading) -> DatePrecision {
    heading.date_precision.parse().unwrap_or(DatePrecision::Day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_and_formats_parse_or_name_nothing() {
        assert_eq!(Version::parse("draft").ok(), Some(Version::Draft));
        assert_eq!(Version::parse("0").ok(), Some(Version::Revision(0)));
        assert_eq!(Version::parse("3").ok(), Some(Version::Revision(3)));
        assert!(matches!(Version::parse("-1"), Err(Error::NotFound)));
        assert!(matches!(Version::parse("rev1"), Err(Error::NotFound)));
        assert_eq!(Format::parse("pdf").ok(), Some(Format::Pdf));
        assert!(matches!(Format::parse("docx"), Err(Error::NotFound)));
    }

    #[test]
    fn symbols_and_languages_name_their_field_when_bad() {
        assert_eq!(Symbol::parse("  ").ok(), Some(None));
        assert_eq!(Symbol::parse(" X/INF.1 ").ok(), Some(Some(Symbol("X/INF.1".into()))));
        assert!(matches!(Symbol::parse(&"x".repeat(81)), Err(Error::Invalid(e)) if e.get("symbol").is_some()));
        assert!(matches!(Symbol::parse("a\u{7}b"), Err(Error::Invalid(e)) if e.get("symbol").is_some()));
        assert_eq!(parse_lang("", Lang::Fr).ok(), Some(Lang::Fr));
        assert_eq!(parse_lang("en", Lang::Fr).ok(), Some(Lang::En));
        assert_eq!(parse_lang("ar", Lang::En).ok(), Some(Lang::Ar));
        assert!(parse_lang("ar-EG", Lang::En).is_err(), "a code exactly as the links write it");
        assert!(matches!(parse_lang("de", Lang::En), Err(Error::Invalid(e)) if e.get("lang").is_some()));
    }
}
