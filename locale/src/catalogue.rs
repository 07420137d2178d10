//! The Fluent catalogue: every language's `.ftl` files, embedded at compile time (nothing is
//! read at run time), and [`Tr`], which formats its messages.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::{Lang, Msg};

/// The catalogue files of the language `$code`, each with its area: the same areas in every
/// language, each a file `locales/<code>/<area>.ftl`.
macro_rules! sources {
    ($code:literal) => {
        sources!(@areas $code; "core", "invitations", "registration", "mail", "jobs", "calendar", "participants",
            "attendance", "certificates", "donors", "reports", "interface", "emails", "privacy", "reference", "meetings", "webhooks")
    };
    (@areas $code:literal; $($area:literal),+) => {
        [$(($area, include_str!(concat!("../../locales/", $code, "/", $area, ".ftl")))),+]
    };
}

/// How many files (areas) each language's catalogue has.
const AREAS: usize = 17;

/// One catalogue file: its area and its text.
pub(crate) type Source = (&'static str, &'static str);

/// Every language's catalogue, one row per language of [`Lang::ALL`]: adding a language is a
/// variant of [`Lang`] and a row here.
const CATALOGUES: [(Lang, [Source; AREAS]); Lang::ALL.len()] = [
    (Lang::Ar, sources!("ar")),
    (Lang::Zh, sources!("zh")),
    (Lang::En, sources!("en")),
    (Lang::Fr, sources!("fr")),
    (Lang::Ru, sources!("ru")),
    (Lang::Es, sources!("es")),
];

/// The catalogue files of `lang`, for the tests that compare languages.
#[cfg(test)]
pub(crate) fn sources(lang: Lang) -> &'static [Source] {
    CATALOGUES.iter().find(|(l, _)| *l == lang).map_or(&[], |(_, sources)| sources.as_slice())
}

/// The parsed catalogues, one per row of [`CATALOGUES`], each parsed when its language is first
/// asked for: a parsed catalogue takes over a megabyte, and most servers read in few languages.
static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// The parsed catalogue of `lang`, parsed now if no one has asked for it yet.
fn parsed(lang: Lang) -> Option<&'static FluentBundle<FluentResource>> {
    let row = CATALOGUES.iter().position(|(l, _)| *l == lang)?;
    let (_, sources) = CATALOGUES.get(row)?;
    Some(BUNDLES.get(row)?.get_or_init(|| bundle(lang, sources)))
}

fn bundle(lang: Lang, sources: &[Source]) -> FluentBundle<FluentResource> {
    let tag = lang.code();
    let langid = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks keep a Latin name or a number inside right-to-left text from reordering
    // the sentence around it; left-to-right languages need none.
    bundle.set_use_isolating(lang.dir() == "rtl");
    // A count passed to a message is grouped as the pages group it ("1 234" in French).
    bundle.set_formatter(Some(crate::numbers::in_message));
    for (area, text) in sources {
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(res, errors)| {
            tracing::error!(
                catalog.lang = tag,
                catalog.area = area,
                errors = errors.len(),
                "message catalog has syntax errors"
            );
            res
        });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(
                catalog.lang = tag,
                catalog.area = area,
                errors = errors.len(),
                "message catalog has duplicate ids"
            );
        }
    }
    bundle
}

/// The parsed catalogue of `lang`, then English, where a missing message falls back.
fn bundles(lang: Lang) -> impl Iterator<Item = &'static FluentBundle<FluentResource>> {
    parsed(lang).into_iter().chain((lang != Lang::En).then(|| parsed(Lang::En)).flatten())
}

/// Arguments of the catalogue's messages that are names, codes, identifiers or what someone
/// typed: text even when all digits, so never grouped ("Contribution #1234", revision 1234).
const TEXT_ARGUMENTS: &[&str] = &[
    "id", "code", "value", "version", "revision", "current", "title", "name", "event", "donor", "email", "reason",
    "quarter", "url",
];

/// Translates for one language; views and emails get one of these.
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
        bundles(self.0).any(|bundle| bundle.has_message(key))
    }

    /// A rule's message.
    pub fn msg(self, msg: &Msg) -> String {
        let args: Vec<(&str, &str)> = msg.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.format(msg.key, &args)
    }

    fn format(self, key: &str, args: &[(&str, &str)]) -> String {
        for bundle in bundles(self.0) {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut fluent_args = FluentArgs::new();
                for (name, value) in args {
                    // Numbers as numbers, so plural rules apply and the language groups their
                    // digits; only when written as a number reads, so "007" or "+41" stay text,
                    // and never a name, code or identifier (a programme "1540", contribution
                    // no. 1234), which keeps its digits as they are.
                    match value.parse::<i64>() {
                        Ok(n) if n.to_string() == *value && !TEXT_ARGUMENTS.contains(name) => {
                            fluent_args.set(*name, FluentValue::from(n));
                        }
                        _ => fluent_args.set(*name, FluentValue::from(*value)),
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
