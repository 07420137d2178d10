//! An event's texts in the API: a field written in several languages is either a plain string
//! (the original, as clients before versions send it) or a map from language code to text;
//! answers give the original as a string (as before) and every version in a map beside it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::entities::{event, event_session};
use crate::error::{Error, FieldErrors, Msg};
use crate::events::content;
use crate::events::versions::VersionsForm;
use crate::i18n::Lang;

/// A text in the original language, or versions by language code (`{"en": "…", "fr": "…"}`;
/// codes among ar, zh, en, fr, ru, es; the original language's entry is the original).
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(untagged)]
pub enum Localized {
    /// The original only.
    Plain(String),
    /// Versions by language code.
    ByLanguage(BTreeMap<String, String>),
}

impl Default for Localized {
    fn default() -> Self {
        Self::Plain(String::new())
    }
}

impl Localized {
    /// The text by language: a plain string is the original's; an unknown code names `field`.
    pub fn by_language(self, field: &'static str, original: Lang) -> Result<BTreeMap<Lang, String>, Error> {
        match self {
            Self::Plain(text) => Ok(BTreeMap::from([(original, text)])),
            Self::ByLanguage(map) => {
                let mut out = BTreeMap::new();
                for (code, text) in map {
                    let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) else {
                        return Err(FieldErrors::single(field, Msg::new("err-content-language").arg("code", code)));
                    };
                    out.insert(lang, text);
                }
                Ok(out)
            }
        }
    }
}

/// The event's original language as sent (absent or empty: English); another code is refused.
pub fn original_language(raw: Option<&str>) -> Result<Lang, Error> {
    let mut e = FieldErrors::new();
    match crate::events::versions::parse_original(&mut e, raw.unwrap_or_default()) {
        Some(lang) => Ok(lang),
        None => Err(Error::Invalid(e)),
    }
}

/// The event's texts split between the original's fields and the form of the other versions.
pub struct EventTexts {
    /// The original title.
    pub title: String,
    /// The original description.
    pub description: String,
    /// The original venue.
    pub venue_name: String,
    /// The original language and the other versions, as the HTML form has them.
    pub versions: VersionsForm,
}

/// Splits the three texts of an event payload by language.
pub fn event_texts(
    original: Lang,
    title: Localized,
    description: Option<Localized>,
    venue_name: Option<Localized>,
) -> Result<EventTexts, Error> {
    let mut titles = title.by_language("title", original)?;
    let mut descriptions = description.map(|d| d.by_language("description", original)).transpose()?.unwrap_or_default();
    let mut venues = venue_name.map(|v| v.by_language("venue_name", original)).transpose()?.unwrap_or_default();
    let mut versions = VersionsForm { original_language: original.code().to_owned(), ..Default::default() };
    for lang in Lang::ALL.into_iter().filter(|l| *l != original) {
        let version = content::Version {
            title: titles.remove(&lang).unwrap_or_default(),
            description: descriptions.remove(&lang).unwrap_or_default(),
            venue_name: venues.remove(&lang).unwrap_or_default(),
        };
        versions.set_version(lang, &version);
    }
    Ok(EventTexts {
        title: titles.remove(&original).unwrap_or_default(),
        description: descriptions.remove(&original).unwrap_or_default(),
        venue_name: venues.remove(&original).unwrap_or_default(),
        versions,
    })
}

/// Every language's text of one field, the original included, by code.
fn all_of(
    original: Lang,
    original_text: &str,
    versions: impl Iterator<Item = (Lang, String)>,
) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> =
        versions.filter(|(_, t)| !t.is_empty()).map(|(l, t)| (l.code().to_owned(), t)).collect();
    if !original_text.is_empty() {
        out.insert(original.code().to_owned(), original_text.to_owned());
    }
    out
}

/// An event's titles, descriptions and venues by language code (the original's included).
pub fn event_maps(e: &event::Model) -> [BTreeMap<String, String>; 3] {
    let original = content::original(e);
    let versions = content::versions(e);
    let of = |f: fn(&content::Version) -> &String| versions.iter().map(move |(l, v)| (*l, f(v).clone()));
    [
        all_of(original, &e.title, of(|v| &v.title)),
        all_of(original, &e.description, of(|v| &v.description)),
        all_of(original, e.venue_name.as_deref().unwrap_or_default(), of(|v| &v.venue_name)),
    ]
}

/// A session's titles by language code; `original` is its event's original language.
pub fn session_titles(original: Lang, s: &event_session::Model) -> BTreeMap<String, String> {
    all_of(original, &s.title, content::session_versions(s).into_iter())
}
