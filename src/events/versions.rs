//! The versions of an event's texts as typed on its form (one fieldset per language beside the
//! original) or sent to the API, parsed into [`content::Version`]s. The original's own fields
//! (`title`, `description`, `venue_name`) are parsed with the rest of the event.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::content::Version;
use crate::domain;
use crate::error::{FieldErrors, Msg};
use crate::i18n::Lang;

/// The longest title accepted, in any language.
pub const TITLE_MAX: usize = 300;
/// The longest venue name accepted.
pub const VENUE_MAX: usize = 200;
/// The longest description accepted.
pub const DESCRIPTION_MAX: usize = 20_000;

/// The form's fields of the original language and of the other languages' versions.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VersionsForm {
    /// Code of the language the original fields are written in (empty: English).
    pub original_language: String,
    pub title_ar: String,
    pub title_zh: String,
    pub title_en: String,
    pub title_fr: String,
    pub title_ru: String,
    pub title_es: String,
    pub description_ar: String,
    pub description_zh: String,
    pub description_en: String,
    pub description_fr: String,
    pub description_ru: String,
    pub description_es: String,
    pub venue_name_ar: String,
    pub venue_name_zh: String,
    pub venue_name_en: String,
    pub venue_name_fr: String,
    pub venue_name_ru: String,
    pub venue_name_es: String,
}

/// The names of a language's fields on the form: title, description, venue.
pub fn field_names(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Ar => ["title_ar", "description_ar", "venue_name_ar"],
        Lang::Zh => ["title_zh", "description_zh", "venue_name_zh"],
        Lang::En => ["title_en", "description_en", "venue_name_en"],
        Lang::Fr => ["title_fr", "description_fr", "venue_name_fr"],
        Lang::Ru => ["title_ru", "description_ru", "venue_name_ru"],
        Lang::Es => ["title_es", "description_es", "venue_name_es"],
    }
}

impl VersionsForm {
    fn slots(&mut self, lang: Lang) -> [&mut String; 3] {
        match lang {
            Lang::Ar => [&mut self.title_ar, &mut self.description_ar, &mut self.venue_name_ar],
            Lang::Zh => [&mut self.title_zh, &mut self.description_zh, &mut self.venue_name_zh],
            Lang::En => [&mut self.title_en, &mut self.description_en, &mut self.venue_name_en],
            Lang::Fr => [&mut self.title_fr, &mut self.description_fr, &mut self.venue_name_fr],
            Lang::Ru => [&mut self.title_ru, &mut self.description_ru, &mut self.venue_name_ru],
            Lang::Es => [&mut self.title_es, &mut self.description_es, &mut self.venue_name_es],
        }
    }

    /// One language's version as typed.
    pub fn version(&self, lang: Lang) -> Version {
        let mut copy = self.clone();
        let [title, description, venue_name] = copy.slots(lang);
        Version { title: title.clone(), description: description.clone(), venue_name: venue_name.clone() }
    }

    /// Fills one language's fields (to show a stored event on its form).
    pub fn set_version(&mut self, lang: Lang, v: &Version) {
        let [title, description, venue_name] = self.slots(lang);
        *title = v.title.clone();
        *description = v.description.clone();
        *venue_name = v.venue_name.clone();
    }

    /// The original language: one of the six codes, English when left empty.
    pub fn original(&self, e: &mut FieldErrors) -> Option<Lang> {
        parse_original(e, &self.original_language)
    }

    /// The versions besides `original`, checked; empty ones are left out.
    pub fn parse(&self, e: &mut FieldErrors, original: Lang) -> BTreeMap<Lang, Version> {
        let mut kept = BTreeMap::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != original) {
            let typed = self.version(lang);
            let [title, description, venue] = field_names(lang);
            let v = Version {
                title: domain::optional_text(e, title, &typed.title, TITLE_MAX).unwrap_or_default(),
                description: domain::long_text(e, description, &typed.description, DESCRIPTION_MAX),
                venue_name: domain::optional_text(e, venue, &typed.venue_name, VENUE_MAX).unwrap_or_default(),
            };
            if !v.is_empty() {
                kept.insert(lang, v);
            }
        }
        kept
    }
}

/// An original language as typed: exactly one of the six codes (empty: English).
pub fn parse_original(e: &mut FieldErrors, raw: &str) -> Option<Lang> {
    match raw.trim() {
        "" => Some(Lang::En),
        code => match Lang::ALL.into_iter().find(|l| l.code() == code) {
            Some(lang) => Some(lang),
            None => {
                e.add("original_language", Msg::new("err-choice"));
                None
            }
        },
    }
}

/// A session form's titles in the other languages.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SessionTitlesForm {
    pub title_ar: String,
    pub title_zh: String,
    pub title_en: String,
    pub title_fr: String,
    pub title_ru: String,
    pub title_es: String,
}

impl SessionTitlesForm {
    fn slot(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::Ar => &mut self.title_ar,
            Lang::Zh => &mut self.title_zh,
            Lang::En => &mut self.title_en,
            Lang::Fr => &mut self.title_fr,
            Lang::Ru => &mut self.title_ru,
            Lang::Es => &mut self.title_es,
        }
    }

    /// One language's title as typed.
    pub fn title(&self, lang: Lang) -> String {
        self.clone().slot(lang).clone()
    }

    /// Fills one language's title.
    pub fn set_title(&mut self, lang: Lang, title: &str) {
        *self.slot(lang) = title.to_owned();
    }

    /// The titles typed, checked; empty ones are left out (and the event's original language,
    /// unknown here, is left out when stored).
    pub fn parse(&self, e: &mut FieldErrors) -> BTreeMap<Lang, String> {
        Lang::ALL
            .into_iter()
            .filter_map(|lang| {
                let field = field_names(lang)[0];
                domain::optional_text(e, field, &self.title(lang), TITLE_MAX).map(|t| (lang, t))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_keep_what_was_typed_beside_the_original() {
        let form = VersionsForm {
            original_language: "en".into(),
            title_fr: " Atelier ".into(),
            title_en: "ignored: the original is in the main fields".into(),
            description_es: "Solo la descripción".into(),
            ..Default::default()
        };
        let mut e = FieldErrors::new();
        let original = form.original(&mut e);
        let v = form.parse(&mut e, Lang::En);
        assert!(e.is_empty());
        assert_eq!(original, Some(Lang::En));
        assert_eq!(v.keys().copied().collect::<Vec<_>>(), vec![Lang::Fr, Lang::Es]);
        assert_eq!(v[&Lang::Fr].title, "Atelier");
        assert_eq!(v[&Lang::Es].title, "");
    }

    #[test]
    fn an_unknown_original_language_is_refused() {
        let mut e = FieldErrors::new();
        assert_eq!(parse_original(&mut e, "de"), None);
        assert_eq!(parse_original(&mut e, "fr-CA"), None);
        assert_eq!(e.0.len(), 2);
    }

    #[test]
    fn a_too_long_version_names_its_field() {
        let form = VersionsForm { title_ru: "я".repeat(TITLE_MAX + 1), ..Default::default() };
        let mut e = FieldErrors::new();
        form.parse(&mut e, Lang::En);
        assert_eq!(e.0[0].field, "title_ru");
    }
}
