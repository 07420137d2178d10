//! Convene's languages and their one translation system, shared by the pages (the `convene`
//! crate) and the emails (the `emails` crate).
//!
//! - [`Lang`]: a language of the service, parsed from a stored code or an `Accept-Language` header.
//! - [`Tr`]: translates a message of the Fluent catalogue (`locales/<code>/*.ftl`, built into the
//!   binary) into one language; [`Msg`] is a message key with its arguments, translated where shown.
//!
//! - [`numbers`]: counts and amounts in the language's digits and grouping (ICU4X), which the
//!   catalogue also uses for the numbers passed to its messages.
//!
//! Adding a language is a variant of [`Lang`] (with its code and name) and a line in the
//! catalogue's table (`catalogue.rs`); the tests then demand every message, with the same
//! arguments, in its files.

mod catalogue;
pub mod numbers;

pub use catalogue::Tr;

/// A language of the service: of its pages, its emails and its documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// Arabic (written right to left).
    Ar,
    /// Chinese (simplified).
    Zh,
    /// English.
    #[default]
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, in the order of the language switch (the UN's: by English name).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 tag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language's own name, for the switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    /// The direction the language is written in, for HTML's `dir`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// Parses a tag such as `fr`, `fr-CH` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
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

/// A message from the catalog: its key and its arguments, translated where it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    /// Fluent message id, e.g. `err-required`.
    pub key: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, String)>,
}

impl Msg {
    /// A message without arguments.
    pub fn new(key: &'static str) -> Self {
        Self { key, args: Vec::new() }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

#[cfg(test)]
mod tests;
