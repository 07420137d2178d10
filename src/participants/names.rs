//! Names in the reader's language and the order they sort in: State names in the six official
//! languages (the reference data holds English ones; the others are seed tables beside it),
//! and ICU collation per language, so that "Égypte" files under E in French, Russian names go
//! in Cyrillic order and Chinese ones as the Chinese collator orders them.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};

use crate::i18n::Lang;
use crate::i18n::format::locale;
use crate::reference::Reference;

/// The seed tables of State names, by BCP 47 tag (`iso3,name` after a header line).
const STATE_NAMES: [(&str, &str); 5] = [
    ("fr", include_str!("../../seeds/member-states.fr.csv")),
    ("ar", include_str!("../../seeds/member-states.ar.csv")),
    ("zh", include_str!("../../seeds/member-states.zh.csv")),
    ("ru", include_str!("../../seeds/member-states.ru.csv")),
    ("es", include_str!("../../seeds/member-states.es.csv")),
];

type Names = HashMap<&'static str, &'static str>;

static NAMES: LazyLock<HashMap<&'static str, Names>> = LazyLock::new(|| {
    STATE_NAMES
        .iter()
        .map(|(tag, csv)| (*tag, csv.lines().skip(1).filter_map(|line| line.split_once(',')).collect()))
        .collect()
});

/// A State's name in `lang`: English from the reference data, other languages from their
/// seed table, falling back to English for a code (or a language) it lacks.
pub fn state_name(reference: &Reference, iso3: &str, lang: Lang) -> String {
    state_name_in(reference, iso3, lang.code())
}

/// [`state_name`] for a BCP 47 tag.
fn state_name_in(reference: &Reference, iso3: &str, tag: &str) -> String {
    match NAMES.get(tag).and_then(|names| names.get(iso3)) {
        Some(name) => (*name).to_owned(),
        None => reference.country_name(iso3).to_owned(),
    }
}

/// Every State as (code, name in `lang`), in the language's alphabetical order: the choices
/// of a State select.
pub fn state_choices(reference: &Reference, lang: Lang) -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> =
        reference.countries.iter().map(|c| (c.iso3.clone(), state_name(reference, &c.iso3, lang))).collect();
    choices.sort_by(|a, b| compare(lang, &a.1, &b.1));
    choices
}

/// A collator per interface language, built once (CLDR's tailorings compiled in).
static COLLATORS: LazyLock<Vec<(Lang, Option<CollatorBorrowed<'static>>)>> =
    LazyLock::new(|| Lang::ALL.iter().map(|lang| (*lang, collator(lang.code()))).collect());

/// The collator of the BCP 47 `tag`, with CLDR's defaults (accents and case only break ties).
fn collator(tag: &str) -> Option<CollatorBorrowed<'static>> {
    Collator::try_new(locale(tag).into(), CollatorOptions::default())
        .inspect_err(|e| tracing::error!(lang = tag, error = %e, "no ICU collator; names sort by code point"))
        .ok()
}

/// Compares two names as a reader of `lang` expects them in a list; names the collator finds
/// equal fall back to the exact text so the order is always the same.
pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
    let collator = COLLATORS.iter().find(|(l, _)| *l == lang).and_then(|(_, c)| c.as_ref());
    collator.map_or(Ordering::Equal, |c| c.compare(a, b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::country;

    fn sorted(tag: &str, names: &[&'static str]) -> Vec<&'static str> {
        let collator = collator(tag).unwrap();
        let mut names = names.to_vec();
        names.sort_by(|a, b| collator.compare(a, b));
        names
    }

    #[test]
    fn french_accents_do_not_decide_the_order() {
        assert_eq!(
            sorted("fr", &["Zambie", "Espagne", "États-Unis d'Amérique", "Égypte", "Danemark", "Estonie", "Équateur"]),
            ["Danemark", "Égypte", "Équateur", "Espagne", "Estonie", "États-Unis d'Amérique", "Zambie"]
        );
        assert_eq!(
            sorted("fr", &["Olsen", "Ødegaard", "Nguyễn", "Nilsson"]),
            ["Nguyễn", "Nilsson", "Ødegaard", "Olsen"]
        );
    }

    #[test]
    fn spanish_orders_ñ_after_n() {
        assert_eq!(
            sorted("es", &["Omán", "Noruega", "Ñandú", "Nueva Zelandia", "Níger"]),
            ["Níger", "Noruega", "Nueva Zelandia", "Ñandú", "Omán"]
        );
    }

    #[test]
    fn russian_orders_cyrillic_before_latin() {
        assert_eq!(
            sorted("ru", &["Эстония", "Египет", "Ёлкин", "Zimbabwe", "Дания", "Австрия", "Ямайка"]),
            ["Австрия", "Дания", "Египет", "Ёлкин", "Эстония", "Ямайка", "Zimbabwe"]
        );
    }

    #[test]
    fn chinese_orders_by_pinyin() {
        // 阿富汗 (Āfùhàn), 丹麦 (Dānmài), 埃及 (Āijí), 中国 (Zhōngguó), 西班牙 (Xībānyá).
        assert_eq!(
            sorted("zh", &["中国", "西班牙", "丹麦", "埃及", "阿富汗"]),
            ["阿富汗", "埃及", "丹麦", "西班牙", "中国"]
        );
    }

    #[test]
    fn arabic_orders_arabic_letters_alphabetically() {
        // بلجيكا (bāʼ), تونس (tāʼ), مصر (mīm); Latin letters after the Arabic ones.
        assert_eq!(sorted("ar", &["مصر", "تونس", "بلجيكا", "Zambia"]), ["بلجيكا", "تونس", "مصر", "Zambia"]);
    }

    #[test]
    fn every_state_has_a_name_in_every_language() {
        let english = include_str!("../../seeds/member-states.csv");
        let codes: Vec<&str> = english.lines().skip(1).filter_map(|l| l.split(',').next()).collect();
        assert_eq!(codes.len(), 195);
        let reference = Reference {
            countries: vec![country::Model {
                iso3: "XKX".into(),
                name: "Kosovo".into(),
                regional_group: None,
                status: "observer".into(),
            }],
            ..Reference::default()
        };
        for (tag, _) in STATE_NAMES {
            for code in &codes {
                let name = state_name_in(&reference, code, tag);
                assert!(NAMES[tag].contains_key(code) && name != *code, "no {tag} name for {code}");
            }
        }
        assert_eq!(state_name_in(&reference, "EGY", "fr"), "Égypte");
        assert_eq!(state_name_in(&reference, "EGY", "ru"), "Египет");
        assert_eq!(state_name_in(&reference, "EGY", "zh"), "埃及");
        assert_eq!(state_name_in(&reference, "EGY", "es"), "Egipto");
        assert_eq!(state_name_in(&reference, "EGY", "ar"), "مصر");
        // English, and a code a seed table lacks, come from the reference data.
        assert_eq!(state_name_in(&reference, "XKX", "en"), "Kosovo");
        assert_eq!(state_name_in(&reference, "XKX", "fr"), "Kosovo");
    }
}
