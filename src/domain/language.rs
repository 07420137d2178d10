//! The six official languages of the United Nations, alone and as stored lists.

code_enum!(
    /// The six official languages of the United Nations.
    Language {
        /// Arabic.
        Ar => "ar",
        /// Chinese.
        Zh => "zh",
        /// English.
        En => "en",
        /// French.
        Fr => "fr",
        /// Russian.
        Ru => "ru",
        /// Spanish.
        Es => "es",
    }
);

/// Parses a stored comma-separated language list, skipping unknown codes.
pub fn languages_from_stored(stored: &str) -> Vec<Language> {
    stored.split(',').filter_map(|s| s.parse().ok()).collect()
}

/// Stores a language list as comma-separated codes.
pub fn languages_to_stored(languages: &[Language]) -> String {
    languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code_enum::assert_codes;

    #[test]
    fn stored_codes() {
        assert_codes(Language::ALL, &["ar", "zh", "en", "fr", "ru", "es"]);
    }

    #[test]
    fn stored_lists_skip_unknown_codes() {
        assert_eq!(languages_from_stored("en,fr,xx"), vec![Language::En, Language::Fr]);
        assert_eq!(languages_to_stored(&[Language::Ar, Language::Zh]), "ar,zh");
        assert!(languages_from_stored("").is_empty());
    }
}
