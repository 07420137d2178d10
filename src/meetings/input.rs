//! The forms of the agenda, the list of speakers, credentials, official documents and
//! statements, parsed into the rules' inputs; the API's bodies go through the same parsers.

use serde::Deserialize;

use super::agenda::{AgendaInput, MAX_TIME_LIMIT_MINUTES};
use super::documents::{DocumentInput, MAX_SYMBOL, MAX_TITLE as MAX_DOCUMENT_TITLE};
use super::speakers::{Direction, InscriptionInput, Speaker};
use super::statements::StatementInput;
use crate::domain::{
    AgendaNumber, CountryCode, Distribution, Language, SpeakerKind, SpeakerLevel, StatementPublication, checkbox,
    optional_text, parse_date, parse_field, parse_local_datetime, required_text,
};
use crate::error::{FieldErrors, Msg};

/// Longest agenda item title.
pub const MAX_TITLE: usize = 500;
/// Longest observer or group name.
pub const MAX_NAME: usize = 200;

/// The agenda item form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AgendaForm {
    /// "5(a)".
    pub number: String,
    /// The item's title.
    pub title: String,
    /// A ticked box: the list of speakers is open.
    pub list_open: Option<String>,
    /// Minutes per statement, or empty.
    pub time_limit: String,
}

impl AgendaForm {
    /// The form of an existing item.
    pub fn of(item: &crate::entities::agenda_item::Model) -> Self {
        Self {
            number: item.number.clone(),
            title: item.title.clone(),
            list_open: item.list_open.then(|| "on".to_owned()),
            time_limit: item.time_limit_minutes.map(|m| m.to_string()).unwrap_or_default(),
        }
    }

    /// The item as the rules take it, or the fields in error.
    pub fn parse(&self) -> Result<AgendaInput, FieldErrors> {
        let limit = match self.time_limit.trim() {
            "" => None,
            raw => Some(raw.parse::<i32>().unwrap_or(0)),
        };
        agenda_input(&self.number, &self.title, checkbox(self.list_open.as_deref()), limit)
    }
}

/// An agenda item from its parts (form or API).
pub fn agenda_input(
    number: &str,
    title: &str,
    list_open: bool,
    time_limit: Option<i32>,
) -> Result<AgendaInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let number = AgendaNumber::parse(number).map_err(|m| errors.add("number", m)).ok();
    let title = required_text(&mut errors, "title", title, MAX_TITLE);
    if time_limit.is_some_and(|m| !(1..=MAX_TIME_LIMIT_MINUTES).contains(&m)) {
        errors.add("time_limit", Msg::new("meet-err-time-limit").arg("max", MAX_TIME_LIMIT_MINUTES));
    }
    match number {
        Some(number) if errors.is_empty() => {
            Ok(AgendaInput { number, title, list_open, time_limit_minutes: time_limit })
        }
        _ => Err(errors),
    }
}

/// The secretariat's inscription form (the API's body has the same fields).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct InscriptionForm {
    /// `state` (the default) or `observer`.
    pub speaker: String,
    /// The State's code, for a State.
    pub country: String,
    /// The observer's name, for an observer.
    pub name: String,
    /// The protocol level.
    pub level: String,
    /// A UN regional group's code, or a group's name.
    pub on_behalf_of: String,
    /// A group's name typed on the form when it is not a regional group.
    pub other_group: String,
}

impl InscriptionForm {
    /// The inscription as the rules take it, or the fields in error.
    pub fn parse(&self) -> Result<InscriptionInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = if self.speaker.trim().is_empty() {
            Some(SpeakerKind::State)
        } else {
            parse_field::<SpeakerKind>(&mut errors, "speaker", &self.speaker)
        };
        let speaker = match kind {
            Some(SpeakerKind::State) => {
                CountryCode::parse(&self.country).map_err(|m| errors.add("country", m)).ok().map(Speaker::State)
            }
            Some(SpeakerKind::Observer) => {
                let name = required_text(&mut errors, "name", &self.name, MAX_NAME);
                // An observer speaks under its name; a State's code sent along is not used, but
                // one that is no code at all is still a mistake to name.
                if !self.country.trim().is_empty() {
                    let _ = CountryCode::parse(&self.country).map_err(|m| errors.add("country", m));
                }
                Some(Speaker::Observer(name))
            }
            None => None,
        };
        let level = parse_field::<SpeakerLevel>(&mut errors, "level", &self.level);
        let on_behalf_of = group(&mut errors, &self.on_behalf_of, &self.other_group);
        match (speaker, level) {
            (Some(speaker), Some(level)) if errors.is_empty() => Ok(InscriptionInput { speaker, level, on_behalf_of }),
            _ => Err(errors),
        }
    }
}

/// The group spoken for: the chosen one, or the one typed; none when both are empty.
pub fn group(errors: &mut FieldErrors, chosen: &str, typed: &str) -> Option<String> {
    optional_text(errors, "on_behalf_of", chosen, MAX_NAME)
        .or_else(|| optional_text(errors, "other_group", typed, MAX_NAME))
}

/// A focal point's inscription form: the item, the level, the group.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LinkInscriptionForm {
    /// The agenda item's id.
    pub item: String,
    /// The protocol level.
    pub level: String,
    /// A UN regional group's code, or empty.
    pub on_behalf_of: String,
    /// A group's name typed when it is not a regional group.
    pub other_group: String,
}

impl LinkInscriptionForm {
    /// (item id, level, group), or the fields in error.
    pub fn parse(&self) -> Result<(i32, SpeakerLevel, Option<String>), FieldErrors> {
        let mut errors = FieldErrors::new();
        let item =
            self.item.trim().parse::<i32>().map_err(|_| errors.add("item", Msg::new("meet-err-item-unknown"))).ok();
        let level = parse_field::<SpeakerLevel>(&mut errors, "level", &self.level);
        let on_behalf_of = group(&mut errors, &self.on_behalf_of, &self.other_group);
        match (item, level) {
            (Some(item), Some(level)) if errors.is_empty() => Ok((item, level, on_behalf_of)),
            _ => Err(errors),
        }
    }
}

/// The move form: `up` or `down`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    /// `up` or `down`.
    pub direction: String,
}

impl MoveForm {
    /// The direction, or the field in error.
    pub fn parse(&self) -> Result<Direction, FieldErrors> {
        self.direction.parse::<Direction>().map_err(|m| {
            let mut errors = FieldErrors::new();
            errors.add("direction", m);
            errors
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agenda_items() {
        let form = AgendaForm {
            number: "5(a)".into(),
            title: "General debate".into(),
            list_open: Some("on".into()),
            time_limit: "5".into(),
        };
        let input = form.parse().ok();
        assert_eq!(
            input.as_ref().map(|i| (i.number.as_str(), i.list_open, i.time_limit_minutes)),
            Some(("5(a)", true, Some(5)))
        );
        let bad = AgendaForm { number: "x".into(), title: " ".into(), list_open: None, time_limit: "0".into() };
        let errors = bad.parse().err().unwrap_or_default();
        for field in ["number", "title", "time_limit"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
        let words = AgendaForm { time_limit: "five".into(), ..form };
        assert!(words.parse().err().unwrap_or_default().get("time_limit").is_some());
    }

    #[test]
    fn inscriptions() {
        let form = InscriptionForm {
            country: "bwa".into(),
            level: "minister".into(),
            on_behalf_of: "AFRICAN".into(),
            ..Default::default()
        };
        let input = form.parse().ok();
        assert_eq!(
            input.as_ref().map(|i| (i.level, i.on_behalf_of.clone())),
            Some((SpeakerLevel::Minister, Some("AFRICAN".into())))
        );
        let typed = InscriptionForm {
            speaker: "observer".into(),
            name: "ICRC".into(),
            level: "other".into(),
            other_group: "Non-Aligned Movement".into(),
            ..Default::default()
        };
        assert_eq!(typed.parse().ok().and_then(|i| i.on_behalf_of), Some("Non-Aligned Movement".into()));
        let bad = InscriptionForm { speaker: "ngo".into(), level: "king".into(), ..Default::default() };
        let errors = bad.parse().err().unwrap_or_default();
        assert!(errors.get("speaker").is_some() && errors.get("level").is_some());
        let no_name = InscriptionForm { speaker: "observer".into(), level: "other".into(), ..Default::default() };
        assert!(no_name.parse().err().unwrap_or_default().get("name").is_some());
        // An observer with a State's code: the code is not used; with something else, refused.
        let coded = InscriptionForm { country: "CHE".into(), ..typed.clone() };
        assert!(coded.parse().is_ok());
        let garbled = InscriptionForm { country: "\u{e8}\u{c3}`@".into(), ..typed };
        assert!(garbled.parse().err().unwrap_or_default().get("country").is_some());
    }

    #[test]
    fn moves() {
        assert_eq!(MoveForm { direction: "up".into() }.parse().ok(), Some(Direction::Up));
        assert!(MoveForm { direction: "sideways".into() }.parse().is_err());
    }
}

/// The secretariat's credentials form (the API's body has the same fields).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CredentialsForm {
    /// none, copy_received, original_received, in_order.
    pub status: String,
    /// The note shown to the focal point; empty for none.
    pub note: String,
}

impl CredentialsForm {
    /// The form of a delegation's credentials as recorded.
    pub fn of(row: &super::credentials::CredentialsRow) -> Self {
        Self { status: row.status.as_str().to_owned(), note: row.note.clone().unwrap_or_default() }
    }

    /// The status and note as the rules take them, or the fields in error.
    pub fn parse(&self) -> Result<super::credentials::RecordInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let status = parse_field::<crate::domain::CredentialsStatus>(&mut errors, "status", &self.status);
        let note = crate::domain::long_text(&mut errors, "note", &self.note, super::credentials::MAX_NOTE_CHARS);
        match status {
            Some(status) if errors.is_empty() => {
                Ok(super::credentials::RecordInput { status, note: (!note.is_empty()).then_some(note) })
            }
            _ => Err(errors),
        }
    }
}

/// The filters of the secretariat's credentials list and its CSV.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CredentialsQuery {
    /// A status's code, or empty for all.
    pub status: String,
    /// A UN regional group's code, or empty for all.
    pub group: String,
}

impl CredentialsQuery {
    /// The filter, or the fields in error (an unknown status or group).
    pub fn parse(
        &self,
        reference: &crate::reference::Reference,
    ) -> Result<super::credentials::CredentialsFilter, FieldErrors> {
        let mut errors = FieldErrors::new();
        let status = (!self.status.trim().is_empty())
            .then(|| parse_field::<crate::domain::CredentialsStatus>(&mut errors, "status", &self.status))
            .flatten();
        let group = Some(self.group.trim().to_owned()).filter(|g| !g.is_empty());
        if group.as_ref().is_some_and(|g| !reference.regional_groups.iter().any(|r| &r.code == g)) {
            errors.add("group", Msg::new("err-choice"));
        }
        if errors.is_empty() { Ok(super::credentials::CredentialsFilter { status, group }) } else { Err(errors) }
    }

    /// The query string of the filters, for the CSV link.
    pub fn query(&self) -> String {
        crate::domain::filters_query(&[("status", &self.status), ("group", &self.group)])
    }
}

#[cfg(test)]
mod credentials_tests {
    use super::*;

    #[test]
    fn credentials_forms_name_their_bad_fields() {
        let ok = CredentialsForm { status: "original_received".into(), note: "  Received 3 December. ".into() };
        let input = ok.parse().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(input.note.as_deref(), Some("Received 3 December."));
        let bad = CredentialsForm { status: "lost".into(), note: "x".repeat(1001) };
        let fields: Vec<&str> = bad.parse().err().map(|e| e.0.iter().map(|f| f.field).collect()).unwrap_or_default();
        assert_eq!(fields, ["status", "note"]);
        let empty = CredentialsForm::default().parse().err().unwrap_or_default();
        assert_eq!(empty.0[0].message.key, "err-required");
    }
}

/// The official document form (the API's body has the same fields).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DocumentForm {
    /// "BWC/MSP/2026/3".
    pub symbol: String,
    /// The document's title.
    pub title: String,
    /// The agenda item's id, or empty.
    pub agenda_item: String,
    /// YYYY-MM-DD.
    pub issued_on: String,
    /// general, limited or restricted.
    pub distribution: String,
}

impl DocumentForm {
    /// The form of an existing document.
    pub fn of(doc: &crate::entities::official_document::Model) -> Self {
        Self {
            symbol: doc.symbol.clone(),
            title: doc.title.clone(),
            agenda_item: doc.agenda_item_id.map(|i| i.to_string()).unwrap_or_default(),
            issued_on: doc.issued_on.to_string(),
            distribution: doc.distribution.as_str().to_owned(),
        }
    }

    /// The document as the rules take it, or the fields in error.
    pub fn parse(&self) -> Result<DocumentInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let symbol = document_symbol(&self.symbol).map_err(|m| errors.add("symbol", m)).ok();
        let title = required_text(&mut errors, "title", &self.title, MAX_DOCUMENT_TITLE);
        let agenda_item_id = match self.agenda_item.trim() {
            "" => None,
            raw => raw.parse::<i32>().map_err(|_| errors.add("agenda_item", Msg::new("meet-err-item-unknown"))).ok(),
        };
        let issued_on = parse_date(&self.issued_on).map_err(|m| errors.add("issued_on", m)).ok();
        let distribution = parse_field::<Distribution>(&mut errors, "distribution", &self.distribution);
        match (symbol, issued_on, distribution) {
            (Some(symbol), Some(issued_on), Some(distribution)) if errors.is_empty() => {
                Ok(DocumentInput { symbol, title, agenda_item_id, issued_on, distribution })
            }
            _ => Err(errors),
        }
    }
}

/// A document symbol as the United Nations writes them: letters, digits and `/ . - ( ) *`, no
/// spaces, at most [`MAX_SYMBOL`] characters ("BWC/MSP/2026/L.1/Rev.1").
pub fn document_symbol(raw: &str) -> Result<String, Msg> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(Msg::new("err-required"));
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-' | '(' | ')' | '*');
    if v.chars().count() > MAX_SYMBOL || !v.chars().all(allowed) || !v.starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return Err(Msg::new("doc-err-symbol").arg("max", MAX_SYMBOL));
    }
    Ok(v.to_owned())
}

/// A language version's language: one of the six UN languages.
pub fn version_language(raw: &str) -> Result<Language, FieldErrors> {
    raw.trim().parse::<Language>().map_err(|m| {
        let mut errors = FieldErrors::new();
        errors.add("language", m);
        errors
    })
}

/// The focal point's statement form, read from the upload's text fields.
#[derive(Debug, Clone, Default)]
pub struct StatementForm {
    /// The agenda item's id.
    pub item: String,
    /// The statement's language.
    pub language: String,
    /// after_speaking or at_time.
    pub publication: String,
    /// For at_time: YYYY-MM-DDTHH:MM on the meeting's clock.
    pub publish_at: String,
}

impl StatementForm {
    /// The statement as the rules take it, or the fields in error.
    pub fn parse(&self) -> Result<StatementInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let item_id =
            self.item.trim().parse::<i32>().map_err(|_| errors.add("item", Msg::new("meet-err-item-unknown"))).ok();
        let language = parse_field::<Language>(&mut errors, "language", &self.language);
        let publication = parse_field::<StatementPublication>(&mut errors, "publication", &self.publication);
        let publish_at = match (publication, self.publish_at.trim()) {
            (Some(StatementPublication::AtTime), "") => {
                errors.add("publish_at", Msg::new("err-required"));
                None
            }
            (Some(StatementPublication::AtTime), raw) => {
                parse_local_datetime(raw).map_err(|m| errors.add("publish_at", m)).ok()
            }
            _ => None,
        };
        match (item_id, language, publication) {
            (Some(item_id), Some(language), Some(publication)) if errors.is_empty() => {
                Ok(StatementInput { item_id, language, publication, publish_at })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod document_tests {
    use super::*;

    #[test]
    fn documents() {
        let form = DocumentForm {
            symbol: " BWC/MSP/2026/L.1/Rev.1 ".into(),
            title: "Draft report".into(),
            agenda_item: "".into(),
            issued_on: "2026-12-07".into(),
            distribution: "limited".into(),
        };
        let input = form.parse().ok();
        assert_eq!(input.as_ref().map(|i| i.symbol.as_str()), Some("BWC/MSP/2026/L.1/Rev.1"));
        assert_eq!(input.map(|i| i.distribution), Some(Distribution::Limited));
        let bad = DocumentForm {
            symbol: "BWC MSP".into(),
            distribution: "secret".into(),
            agenda_item: "x".into(),
            ..DocumentForm::default()
        };
        let errors = bad.parse().err().unwrap_or_default();
        for field in ["symbol", "title", "agenda_item", "issued_on", "distribution"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
        assert!(document_symbol(&"A".repeat(MAX_SYMBOL + 1)).is_err());
        assert!(document_symbol("/BWC").is_err());
        assert!(version_language("zh").is_ok() && version_language("de").is_err());
    }

    #[test]
    fn statements() {
        let form = StatementForm {
            item: "3".into(),
            language: "fr".into(),
            publication: "at_time".into(),
            publish_at: "2026-12-08T10:00".into(),
        };
        assert!(form.parse().is_ok_and(|i| i.publish_at.is_some() && i.language == Language::Fr));
        let no_time = StatementForm { publish_at: String::new(), ..form.clone() };
        assert!(no_time.parse().err().unwrap_or_default().get("publish_at").is_some());
        let after = StatementForm { publication: "after_speaking".into(), publish_at: String::new(), ..form };
        assert!(after.parse().is_ok_and(|i| i.publish_at.is_none()));
        let bad = StatementForm {
            item: "x".into(),
            language: "de".into(),
            publication: "never".into(),
            ..Default::default()
        };
        let errors = bad.parse().err().unwrap_or_default();
        for field in ["item", "language", "publication"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }
}
