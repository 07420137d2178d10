//! Names in the document's language and the order they sort in: French State names (the
//! reference CSV holds English ones) and an accent-insensitive sort key, so that "États-Unis"
//! files under E and "Ødegaard" under O.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::i18n::Lang;
use crate::reference::Reference;

const FRENCH_NAMES: &str = include_str!("../../seeds/member-states.fr.csv");

static FRENCH: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| FRENCH_NAMES.lines().skip(1).filter_map(|line| line.split_once(',')).collect());

/// A State's name in `lang` (English from the reference data; French from the table beside
/// it, falling back to English for a code it lacks).
pub fn state_name(reference: &Reference, iso3: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => match FRENCH.get(iso3) {
            Some(name) => (*name).to_owned(),
            None => reference.country_name(iso3).to_owned(),
        },
        _ => reference.country_name(iso3).to_owned(),
    }
}

/// The key a name sorts by: accents and case ignored, letters that do not decompose
/// (ø, æ, œ, ß, đ, ł) spelled out as their base letters.
pub fn sort_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.nfd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'ø' | 'Ø' => key.push('o'),
            'æ' | 'Æ' => key.push_str("ae"),
            'œ' | 'Œ' => key.push_str("oe"),
            'ß' => key.push_str("ss"),
            'đ' | 'Đ' => key.push('d'),
            'ł' | 'Ł' => key.push('l'),
            'ı' => key.push('i'),
            // Apostrophes and hyphens do not decide the order ("Côte d'Ivoire", "Guinée-Bissau").
            '\'' | '’' | '-' => {}
            c => key.extend(c.to_lowercase()),
        }
    }
    key
}

/// Compares two names as a reader of the list expects (accents ignored); equal keys fall back
/// to the exact text so the order is always the same.
pub fn compare(a: &str, b: &str) -> Ordering {
    sort_key(a).cmp(&sort_key(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_do_not_decide_the_order() {
        let mut names = vec!["Zambie", "États-Unis d'Amérique", "Égypte", "Espagne", "Estonie", "Émirats arabes unis"];
        names.sort_by(|a, b| compare(a, b));
        assert_eq!(names, ["Égypte", "Émirats arabes unis", "Espagne", "Estonie", "États-Unis d'Amérique", "Zambie"]);
    }

    #[test]
    fn letters_without_decomposition_sort_as_their_base_letter() {
        assert_eq!(sort_key("Ødegaard"), "odegaard");
        assert_eq!(sort_key("Nguyễn"), "nguyen");
        assert_eq!(sort_key("Müller"), "muller");
        assert_eq!(sort_key("Straße"), "strasse");
        let mut names = vec!["Olsen", "Ødegaard", "Nguyễn", "Nilsson"];
        names.sort_by(|a, b| compare(a, b));
        assert_eq!(names, ["Nguyễn", "Nilsson", "Ødegaard", "Olsen"]);
    }

    #[test]
    fn every_state_has_a_french_name() {
        let english = include_str!("../../seeds/member-states.csv");
        for line in english.lines().skip(1) {
            let code = line.split(',').next().unwrap_or_default();
            assert!(FRENCH.contains_key(code), "no French name for {code}");
        }
    }
}
