//! Every user-facing string comes from a Fluent catalog (`locales/*.ftl`, built into the
//! binary). English and French are complete; Fluent's plural rules carry Arabic and Russian
//! when they come.

pub mod format;

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::error::Msg;

/// A language of the user interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// Every interface language.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 tag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, for the switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// Parses a tag such as `fr`, `fr-CH` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// Picks the best supported language from an `Accept-Language` header.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut candidates: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let lang = Lang::from_tag(pieces.next()?)?;
                let q =
                    pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
                (q > 0.0).then_some((q, lang))
            })
            .collect();
        // Stable sort keeps header order among equal weights.
        candidates.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        candidates.first().map(|c| c.1)
    }
}

struct Catalog {
    en: FluentBundle<FluentResource>,
    fr: FluentBundle<FluentResource>,
}

fn bundle(tag: &str, sources: &[&'static str]) -> FluentBundle<FluentResource> {
    let langid = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks are for mixed-direction text; the interface escapes and lays out itself.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(res, errors)| {
            tracing::error!(catalog = tag, errors = errors.len(), "message catalog has syntax errors");
            res
        });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(catalog = tag, errors = errors.len(), "message catalog has duplicate ids");
        }
    }
    bundle
}

static CATALOG: LazyLock<Catalog> =
    LazyLock::new(|| Catalog { en: bundle("en", &EN_SOURCES), fr: bundle("fr", &FR_SOURCES) });

/// The English catalog, one file per capability.
pub const EN_SOURCES: [&str; 13] = [
    include_str!("../locales/en/core.ftl"),
    include_str!("../locales/en/invitations.ftl"),
    include_str!("../locales/en/registration.ftl"),
    include_str!("../locales/en/mail.ftl"),
    include_str!("../locales/en/jobs.ftl"),
    include_str!("../locales/en/calendar.ftl"),
    include_str!("../locales/en/participants.ftl"),
    include_str!("../locales/en/attendance.ftl"),
    include_str!("../locales/en/certificates.ftl"),
    include_str!("../locales/en/donors.ftl"),
    include_str!("../locales/en/reports.ftl"),
    include_str!("../locales/en/interface.ftl"),
    include_str!("../locales/en/privacy.ftl"),
];
/// The French catalog, file for file.
pub const FR_SOURCES: [&str; 13] = [
    include_str!("../locales/fr/core.ftl"),
    include_str!("../locales/fr/invitations.ftl"),
    include_str!("../locales/fr/registration.ftl"),
    include_str!("../locales/fr/mail.ftl"),
    include_str!("../locales/fr/jobs.ftl"),
    include_str!("../locales/fr/calendar.ftl"),
    include_str!("../locales/fr/participants.ftl"),
    include_str!("../locales/fr/attendance.ftl"),
    include_str!("../locales/fr/certificates.ftl"),
    include_str!("../locales/fr/donors.ftl"),
    include_str!("../locales/fr/reports.ftl"),
    include_str!("../locales/fr/interface.ftl"),
    include_str!("../locales/fr/privacy.ftl"),
];

/// Translates for one language; views get one of these.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tr(pub Lang);

impl Tr {
    /// The language.
    pub fn lang(self) -> Lang {
        self.0
    }

    /// The message `key` without arguments.
    pub fn t(self, key: &str) -> String {
        self.format(key, &[])
    }

    /// The message `key` with named arguments.
    pub fn ta(self, key: &str, args: &[(&str, &str)]) -> String {
        self.format(key, args)
    }

    /// Whether the catalog has a message `key` (in this language or in English).
    pub fn has(self, key: &str) -> bool {
        let catalog = &*CATALOG;
        let primary = match self.0 {
            Lang::En => &catalog.en,
            Lang::Fr => &catalog.fr,
        };
        primary.has_message(key) || catalog.en.has_message(key)
    }

    /// A rule's message.
    pub fn msg(self, msg: &Msg) -> String {
        let args: Vec<(&str, &str)> = msg.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.format(msg.key, &args)
    }

    fn format(self, key: &str, args: &[(&str, &str)]) -> String {
        let catalog = &*CATALOG;
        let primary = match self.0 {
            Lang::En => &catalog.en,
            Lang::Fr => &catalog.fr,
        };
        for bundle in [primary, &catalog.en] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut fluent_args = FluentArgs::new();
                for (name, value) in args {
                    // Numbers as numbers, so plural rules apply.
                    match value.parse::<i64>() {
                        Ok(n) => fluent_args.set(*name, FluentValue::from(n)),
                        Err(_) => fluent_args.set(*name, FluentValue::from(*value)),
                    }
                }
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
            }
        }
        tracing::warn!(message.key = key, "missing message in catalog");
        key.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(sources: &[&str]) -> Vec<String> {
        sources
            .iter()
            .flat_map(|s| s.lines())
            .filter(|l| !l.starts_with(['#', ' ', '\t', '.', '*', '[']) && l.contains(" ="))
            .filter_map(|l| l.split(" =").next().map(|k| k.trim().to_owned()))
            .collect()
    }

    #[test]
    fn catalogs_parse_and_have_the_same_keys() {
        for (tag, src) in EN_SOURCES.iter().map(|s| ("en", s)).chain(FR_SOURCES.iter().map(|s| ("fr", s))) {
            assert!(FluentResource::try_new((*src).to_owned()).is_ok(), "a {tag} catalog file has syntax errors");
        }
        let mut en = ids(&EN_SOURCES);
        let mut fr = ids(&FR_SOURCES);
        en.sort();
        fr.sort();
        let missing_fr: Vec<_> = en.iter().filter(|k| !fr.contains(k)).collect();
        let missing_en: Vec<_> = fr.iter().filter(|k| !en.contains(k)).collect();
        assert!(missing_fr.is_empty(), "missing in fr.ftl: {missing_fr:?}");
        assert!(missing_en.is_empty(), "missing in en.ftl: {missing_en:?}");
    }

    #[test]
    fn every_key_used_in_the_code_exists() {
        let en = ids(&EN_SOURCES);
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for pat in [".t(\"", ".ta(\"", "Msg::new(\""] {
                    for piece in text.split(pat).skip(1) {
                        let key: String = piece.chars().take_while(|c| *c != '"').collect();
                        if !key.is_empty() && !key.contains('{') && !en.contains(&key) {
                            missing.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "keys used but not in en.ftl: {missing:#?}");
    }

    #[test]
    fn accept_language_and_plurals() {
        assert_eq!(Lang::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"), Some(Lang::Fr));
        assert_eq!(Lang::from_accept_language("de, en;q=0.5, fr;q=0.7"), Some(Lang::Fr));
        assert_eq!(Lang::from_accept_language("de"), None);
        assert_eq!(Tr(Lang::Fr).t("nav-events"), "Événements");
        assert_eq!(Tr(Lang::En).ta("events-count", &[("count", "1")]), "1 event");
        assert_eq!(Tr(Lang::En).ta("events-count", &[("count", "3")]), "3 events");
    }
}
