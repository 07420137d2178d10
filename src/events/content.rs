//! An event's content in several languages: its title, description and venue (and each
//! session's title) are written in the event's original language, in the row's own columns,
//! and may have versions in the other five, kept as JSON beside them (`translations`,
//! `title_translations`). Every reader of an event (pages, emails, calendar files, PDFs)
//! already holds the row, so each picks the reader's version here without another query.
//!
//! [`pick`] is the one rule: the reader's version if there is one, else the original, and in
//! either case the language the chosen text is written in, for HTML's `lang` and iCalendar's
//! `LANGUAGE`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::entities::{event, event_session};
use crate::i18n::Lang;

/// A text and the language it is written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The words.
    pub text: String,
    /// Their language.
    pub lang: Lang,
}

/// One language's version of an event's texts; an empty field falls back to the original.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// Title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Description (plain text, paragraphs separated by blank lines).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Name of the venue.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub venue_name: String,
}

impl Version {
    /// Whether the version says nothing (it is then not kept).
    pub fn is_empty(&self) -> bool {
        self.title.is_empty() && self.description.is_empty() && self.venue_name.is_empty()
    }
}

/// Chooses the text a reader of `reader`'s language sees: the version in that language when
/// there is one (and it is not empty), otherwise the original.
pub fn pick(reader: Lang, original: Lang, original_text: &str, version: Option<&str>) -> Text {
    match version.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) if reader != original => Text { text: v.to_owned(), lang: reader },
        _ => Text { text: original_text.to_owned(), lang: original },
    }
}

/// The language an event's own columns are written in.
pub fn original(e: &event::Model) -> Lang {
    Lang::from_tag(&e.original_language).unwrap_or_default()
}

/// An event's versions besides the original, by language (a damaged value reads as none).
pub fn versions(e: &event::Model) -> BTreeMap<Lang, Version> {
    let stored: BTreeMap<String, Version> = serde_json::from_str(&e.translations).unwrap_or_default();
    stored.into_iter().filter_map(|(code, v)| Some((Lang::from_tag(&code)?, v))).collect()
}

/// A session's titles besides the original, by language.
pub fn session_versions(s: &event_session::Model) -> BTreeMap<Lang, String> {
    let stored: BTreeMap<String, String> = serde_json::from_str(&s.title_translations).unwrap_or_default();
    stored.into_iter().filter_map(|(code, t)| Some((Lang::from_tag(&code)?, t))).collect()
}

/// The stored form of an event's versions (the original's language and empty versions left out).
pub fn versions_to_stored(original: Lang, versions: &BTreeMap<Lang, Version>) -> String {
    let kept: BTreeMap<&str, &Version> =
        versions.iter().filter(|(l, v)| **l != original && !v.is_empty()).map(|(l, v)| (l.code(), v)).collect();
    serde_json::to_string(&kept).unwrap_or_else(|_| "{}".to_owned())
}

/// The stored form of a session's titles in other languages.
pub fn session_versions_to_stored(original: Lang, titles: &BTreeMap<Lang, String>) -> String {
    let kept: BTreeMap<&str, &str> = titles
        .iter()
        .filter(|(l, t)| **l != original && !t.trim().is_empty())
        .map(|(l, t)| (l.code(), t.as_str()))
        .collect();
    serde_json::to_string(&kept).unwrap_or_else(|_| "{}".to_owned())
}

fn field(e: &event::Model, reader: Lang, original_text: &str, of: impl Fn(&Version) -> &str) -> Text {
    let versions = versions(e);
    pick(reader, original(e), original_text, versions.get(&reader).map(of))
}

/// The event's title for a reader.
pub fn title(e: &event::Model, reader: Lang) -> Text {
    field(e, reader, &e.title, |v| &v.title)
}

/// The event's description for a reader (a version without one falls back to the original's).
pub fn description(e: &event::Model, reader: Lang) -> Text {
    field(e, reader, &e.description, |v| &v.description)
}

/// The event's venue for a reader, if it names one.
pub fn venue(e: &event::Model, reader: Lang) -> Option<Text> {
    let original_venue = e.venue_name.as_deref()?;
    Some(field(e, reader, original_venue, |v| &v.venue_name))
}

/// A session's title for a reader; `e` is its event (whose original language it shares).
pub fn session_title(e: &event::Model, s: &event_session::Model, reader: Lang) -> Text {
    let versions = session_versions(s);
    pick(reader, original(e), &s.title, versions.get(&reader).map(String::as_str))
}

/// The event as a reader of `reader`'s language reads it: title, description and venue
/// replaced by the chosen texts (for emails, calendar files and documents, which show text
/// without marking its language).
pub fn for_reader(e: &event::Model, reader: Lang) -> event::Model {
    let mut read = e.clone();
    read.title = title(e, reader).text;
    read.description = description(e, reader).text;
    read.venue_name = venue(e, reader).map(|v| v.text);
    read
}

/// The session as a reader of `reader`'s language reads it.
pub fn session_for_reader(e: &event::Model, s: &event_session::Model, reader: Lang) -> event_session::Model {
    let mut read = s.clone();
    read.title = session_title(e, s, reader).text;
    read
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readers_version_wins_and_names_its_language() {
        let t = pick(Lang::Fr, Lang::En, "Workshop", Some("Atelier"));
        assert_eq!(t, Text { text: "Atelier".into(), lang: Lang::Fr });
    }

    #[test]
    fn without_a_version_the_original_is_shown_in_its_language() {
        assert_eq!(pick(Lang::Ru, Lang::En, "Workshop", None), Text { text: "Workshop".into(), lang: Lang::En });
        assert_eq!(pick(Lang::Es, Lang::En, "Workshop", Some("  ")).lang, Lang::En);
    }

    #[test]
    fn a_reader_of_the_original_language_reads_the_original() {
        assert_eq!(pick(Lang::Fr, Lang::Fr, "Atelier", Some("autre")).text, "Atelier");
    }

    #[test]
    fn stored_versions_leave_out_the_original_and_empty_ones() {
        let mut v = BTreeMap::new();
        v.insert(Lang::En, Version { title: "x".into(), ..Default::default() });
        v.insert(Lang::Es, Version::default());
        v.insert(Lang::Fr, Version { title: "Atelier".into(), ..Default::default() });
        assert_eq!(versions_to_stored(Lang::En, &v), r#"{"fr":{"title":"Atelier"}}"#);
    }
}
