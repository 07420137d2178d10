//! What a list of participants holds, independent of its format: sections in the UN order,
//! delegations alphabetical in the document's language, head of delegation first.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::names;
use crate::domain::{ParticipantRole, PersonName};
use crate::i18n::Lang;

/// The sections of the list, in the order they are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Member States (or States parties of a treaty meeting).
    States,
    /// States taking part as observers.
    ObserverStates,
    /// Intergovernmental and regional organisations.
    Intergovernmental,
    /// United Nations entities.
    UnEntities,
    /// Non-governmental organisations (those accredited to a meeting among them).
    Ngos,
    /// Academia, media, private sector and other civil society.
    CivilSociety,
    /// The secretariat servicing the meeting.
    Secretariat,
}

impl Section {
    /// Every section in print order.
    pub const ALL: [Section; 7] = [
        Self::States,
        Self::ObserverStates,
        Self::Intergovernmental,
        Self::UnEntities,
        Self::Ngos,
        Self::CivilSociety,
        Self::Secretariat,
    ];

    /// Stable code (API, CSV, catalog keys).
    pub fn code(self) -> &'static str {
        match self {
            Self::States => "states",
            Self::ObserverStates => "observer_states",
            Self::Intergovernmental => "intergovernmental",
            Self::UnEntities => "un_entities",
            Self::Ngos => "ngos",
            Self::CivilSociety => "civil_society",
            Self::Secretariat => "secretariat",
        }
    }

    /// Whether the section is made of States' delegations (grouped by State).
    pub fn is_states(self) -> bool {
        matches!(self, Self::States | Self::ObserverStates)
    }

    /// Where a participant is listed: secretariat staff last; then by organisation type; a
    /// government (or parliament, or unstated) participant with a State goes under that State,
    /// in the observer States when they come as observers or the State is an observer State.
    pub fn of(role: ParticipantRole, organisation_type: Option<&str>, has_state: bool, observer_state: bool) -> Self {
        if role == ParticipantRole::Staff {
            return Self::Secretariat;
        }
        match organisation_type {
            Some("intergovernmental") => Self::Intergovernmental,
            Some("un_entity") => Self::UnEntities,
            Some("ngo") => Self::Ngos,
            Some("government" | "parliament") | None if has_state => {
                if observer_state || role == ParticipantRole::Observer { Self::ObserverStates } else { Self::States }
            }
            _ => Self::CivilSociety,
        }
    }
}

/// One person as listed, frozen in an issued revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Entry {
    /// The section the person is listed in.
    pub section: Section,
    /// The delegation's name in English: the State, or the organisation.
    pub delegation_en: String,
    /// The delegation's name in French.
    pub delegation_fr: String,
    /// The delegation's name in every interface language, by BCP 47 tag (lists issued before
    /// the six languages have only the two names above).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub delegation_names: BTreeMap<String, String>,
    /// Head of the delegation.
    pub head: bool,
    /// Honorific (Mr., Ms., H.E.).
    pub title: Option<String>,
    /// Given name(s).
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Title or function.
    pub position: Option<String>,
    /// Ministry, office or organisation.
    pub organisation: Option<String>,
}

impl Entry {
    /// The delegation's name in `lang`.
    pub fn delegation(&self, lang: Lang) -> &str {
        match self.delegation_names.get(lang.code()) {
            Some(name) => name,
            None if lang.code() == "fr" => &self.delegation_fr,
            None => &self.delegation_en,
        }
    }

    /// "Ms. Amina Diallo".
    pub fn full_name(&self) -> String {
        PersonName::titled(self.title.as_deref(), &self.given_name, &self.family_name).to_string()
    }

    /// Function and, for States' delegations, the ministry or office, joined by a comma.
    pub fn function(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        if let Some(p) = self.position.as_deref().filter(|p| !p.is_empty()) {
            parts.push(p);
        }
        // In an organisation's section the organisation is already the heading.
        if self.section.is_states()
            && let Some(o) = self.organisation.as_deref().filter(|o| !o.is_empty())
        {
            parts.push(o);
        }
        parts.join(", ")
    }
}

/// Participants per section, counted by the database.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Figures {
    /// Everyone listed.
    pub participants: u64,
    /// States with a delegation (either State section).
    pub states: u64,
    /// Participants per section code, in print order.
    pub per_section: Vec<SectionCount>,
}

/// How many participants one section lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SectionCount {
    /// The section.
    pub section: Section,
    /// Its participants.
    pub participants: u64,
}

/// The heading of the list, frozen with each revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Heading {
    /// The event's title (in its original language).
    pub title: String,
    /// The title in every interface language (the original where it has no version), by BCP 47
    /// tag (absent from older revisions).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub titles: BTreeMap<String, String>,
    /// Venue, city and State, the State in English.
    pub place: String,
    /// The same in every interface language, by BCP 47 tag (absent from older revisions).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub places: BTreeMap<String, String>,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// `day` or `month`.
    pub date_precision: String,
}

impl Heading {
    /// The event's title in `lang`.
    pub fn title(&self, lang: Lang) -> &str {
        self.titles.get(lang.code()).unwrap_or(&self.title)
    }

    /// Venue, city and State in `lang`.
    pub fn place(&self, lang: Lang) -> &str {
        self.places.get(lang.code()).unwrap_or(&self.place)
    }
}

/// Everything an issued revision keeps (stored as JSON): rendering it again gives the same
/// document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The event as it was.
    pub heading: Heading,
    /// The counts as they were.
    pub figures: Figures,
    /// Everyone listed.
    pub entries: Vec<Entry>,
}

/// Which document: the live draft or one issued revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// 0 for the original, then 1, 2… for Rev.1, Rev.2…
    pub revision: i32,
    /// Document symbol, e.g. `BWC/MSP/2026/INF.1`.
    pub symbol: Option<String>,
    /// When it was issued.
    pub issued_at: DateTime<Utc>,
}

impl Issue {
    /// "BWC/MSP/2026/INF.1/Rev.2", or "Rev.2" without a symbol, or the symbol alone for the
    /// original (empty when there is neither).
    pub fn label(&self) -> String {
        let rev = (self.revision > 0).then(|| format!("Rev.{}", self.revision));
        match (self.symbol.as_deref(), rev) {
            (Some(s), Some(r)) => format!("{s}/{r}"),
            (Some(s), None) => s.to_owned(),
            (None, Some(r)) => r,
            (None, None) => String::new(),
        }
    }
}

/// A list of participants ready to render in one language.
#[derive(Debug, Clone)]
pub struct Document {
    /// The language of the document.
    pub lang: Lang,
    /// The event as listed.
    pub heading: Heading,
    /// `None` for the draft.
    pub issue: Option<Issue>,
    /// Counts.
    pub figures: Figures,
    /// Non-empty sections in print order.
    pub sections: Vec<SectionBlock>,
}

/// One section with its delegations.
#[derive(Debug, Clone)]
pub struct SectionBlock {
    /// Which section.
    pub section: Section,
    /// Delegations alphabetical by name in the document's language.
    pub delegations: Vec<Delegation>,
}

/// A State's or an organisation's people.
#[derive(Debug, Clone)]
pub struct Delegation {
    /// Name in the document's language.
    pub name: String,
    /// Head(s) first, then the members alphabetical by family name.
    pub people: Vec<Entry>,
}

impl Document {
    /// Arranges `entries` in the UN layout for `lang`.
    pub fn arrange(lang: Lang, heading: Heading, issue: Option<Issue>, figures: Figures, entries: &[Entry]) -> Self {
        let mut sections = Vec::new();
        for section in Section::ALL {
            let mut delegations: Vec<Delegation> = Vec::new();
            for e in entries.iter().filter(|e| e.section == section) {
                let name = e.delegation(lang);
                match delegations.iter_mut().find(|d| d.name == name) {
                    Some(d) => d.people.push(e.clone()),
                    None => delegations.push(Delegation { name: name.to_owned(), people: vec![e.clone()] }),
                }
            }
            if delegations.is_empty() {
                continue;
            }
            delegations.sort_by(|a, b| names::compare(lang, &a.name, &b.name));
            for d in &mut delegations {
                d.people.sort_by(|a, b| {
                    b.head
                        .cmp(&a.head)
                        .then_with(|| names::compare(lang, &a.family_name, &b.family_name))
                        .then_with(|| names::compare(lang, &a.given_name, &b.given_name))
                });
            }
            sections.push(SectionBlock { section, delegations });
        }
        Self { lang, heading, issue, figures, sections }
    }

    /// Every person in print order with their section and delegation (for CSV and XLSX).
    pub fn rows(&self) -> impl Iterator<Item = (&SectionBlock, &Delegation, &Entry)> {
        self.sections
            .iter()
            .flat_map(|s| s.delegations.iter().flat_map(move |d| d.people.iter().map(move |p| (s, d, p))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(section: Section, en: &str, fr: &str, head: bool, family: &str) -> Entry {
        Entry {
            section,
            delegation_en: en.into(),
            delegation_fr: fr.into(),
            delegation_names: BTreeMap::new(),
            head,
            title: None,
            given_name: "A".into(),
            family_name: family.into(),
            position: None,
            organisation: None,
        }
    }

    #[test]
    fn sections_follow_role_organisation_type_and_state() {
        assert_eq!(Section::of(ParticipantRole::Delegate, Some("government"), true, false), Section::States);
        assert_eq!(Section::of(ParticipantRole::Delegate, None, true, false), Section::States);
        assert_eq!(Section::of(ParticipantRole::Observer, Some("government"), true, false), Section::ObserverStates);
        assert_eq!(
            Section::of(ParticipantRole::HeadOfDelegation, Some("government"), true, true),
            Section::ObserverStates
        );
        assert_eq!(
            Section::of(ParticipantRole::Delegate, Some("intergovernmental"), true, false),
            Section::Intergovernmental
        );
        assert_eq!(Section::of(ParticipantRole::Expert, Some("un_entity"), false, false), Section::UnEntities);
        assert_eq!(Section::of(ParticipantRole::Observer, Some("ngo"), true, false), Section::Ngos);
        assert_eq!(Section::of(ParticipantRole::Delegate, Some("government"), false, false), Section::CivilSociety);
        assert_eq!(Section::of(ParticipantRole::Staff, Some("un_entity"), false, false), Section::Secretariat);
    }

    #[test]
    fn delegations_sort_in_the_document_language_and_heads_come_first() {
        let entries = vec![
            entry(Section::States, "United States of America", "États-Unis d'Amérique", false, "Zed"),
            entry(Section::States, "United States of America", "États-Unis d'Amérique", true, "Young"),
            entry(Section::States, "Germany", "Allemagne", false, "Müller"),
            entry(Section::States, "Spain", "Espagne", false, "García"),
            entry(Section::CivilSociety, "Small Arms Survey", "Small Arms Survey", false, "Ødegaard"),
        ];
        let h = Heading {
            title: "T".into(),
            place: "P".into(),
            places: BTreeMap::new(),
            titles: BTreeMap::new(),
            start_date: NaiveDate::default(),
            end_date: NaiveDate::default(),
            date_precision: "day".into(),
        };
        let en = Document::arrange(Lang::En, h.clone(), None, Figures::default(), &entries);
        let names: Vec<&str> = en.sections[0].delegations.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["Germany", "Spain", "United States of America"]);
        assert_eq!(en.sections[0].delegations[2].people[0].family_name, "Young");
        let fr = Document::arrange(Lang::Fr, h, None, Figures::default(), &entries);
        let names: Vec<&str> = fr.sections[0].delegations.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["Allemagne", "Espagne", "États-Unis d'Amérique"]);
        assert_eq!(fr.sections.len(), 2);
    }

    #[test]
    fn names_by_language_win_over_the_two_older_fields() {
        let mut e = entry(Section::States, "Egypt", "Egypte", false, "Said");
        assert_eq!(e.delegation(Lang::Fr), "Egypte");
        e.delegation_names = [("en", "Egypt"), ("fr", "Égypte")].map(|(k, v)| (k.to_owned(), v.to_owned())).into();
        assert_eq!(e.delegation(Lang::Fr), "Égypte");
        assert_eq!(e.delegation(Lang::En), "Egypt");
    }

    #[test]
    fn revision_labels() {
        let at = DateTime::<Utc>::default();
        let issue =
            |revision, symbol: Option<&str>| Issue { revision, symbol: symbol.map(str::to_owned), issued_at: at };
        assert_eq!(issue(0, Some("X/INF.1")).label(), "X/INF.1");
        assert_eq!(issue(2, Some("X/INF.1")).label(), "X/INF.1/Rev.2");
        assert_eq!(issue(1, None).label(), "Rev.1");
        assert_eq!(issue(0, None).label(), "");
    }
}
