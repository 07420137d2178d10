//! Numbers as each language writes them — digits, grouping and decimal separator from CLDR
//! through ICU4X, its data compiled in — for the pages, the documents and the catalogue's
//! messages alike: a count passed to a message is formatted by the same formatter as the
//! count printed beside it.

use std::sync::LazyLock;

use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use crate::Lang;

/// The ICU locale a language's documents are written in. The UN writes English the
/// international way ("27 November 2007"), not in CLDR's default United States form.
pub fn icu_locale(tag: &str) -> Locale {
    let mut locale: Locale = tag.parse().unwrap_or(Locale::UNKNOWN);
    if locale.id.language.as_str() == "en" && locale.id.region.is_none() {
        locale.id.region = "001".parse().ok();
    }
    locale
}

/// Each language's decimal formatter, built once per process; `None` only if ICU's compiled
/// data is broken (numbers then print as plain digits).
static FORMATTERS: LazyLock<Vec<(Lang, Option<DecimalFormatter>)>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let formatter = DecimalFormatter::try_new(icu_locale(lang.code()).into(), Default::default()).ok();
            if formatter.is_none() {
                tracing::error!(lang = lang.code(), "no ICU number format; plain digits");
            }
            (*lang, formatter)
        })
        .collect()
});

fn formatter(lang: Lang) -> Option<&'static DecimalFormatter> {
    FORMATTERS.iter().find(|(l, _)| *l == lang).and_then(|(_, f)| f.as_ref())
}

/// A count with the language's digits and separators: "1,250", "1 250".
pub fn number(lang: Lang, n: i64) -> String {
    formatter(lang).map_or_else(|| n.to_string(), |f| f.format(&Decimal::from(n)).to_string())
}

/// Minor units with `exponent` decimals, trailing zeros kept: "1,250.00", "1 250,00".
pub fn decimal(lang: Lang, minor: i64, exponent: u32) -> String {
    let Some(f) = formatter(lang) else { return plain_decimal(minor, exponent) };
    let mut n = Decimal::from(minor);
    let exponent = i16::try_from(exponent).unwrap_or(0);
    n.multiply_pow10(-exponent);
    n.pad_end(-exponent);
    f.format(&n).to_string()
}

/// "-1250.50": digits only, when ICU's data is missing.
fn plain_decimal(minor: i64, exponent: u32) -> String {
    let (sign, abs, scale) = (if minor < 0 { "-" } else { "" }, minor.unsigned_abs(), 10u64.pow(exponent));
    match exponent {
        0 => format!("{sign}{abs}"),
        _ => format!("{sign}{}.{:0width$}", abs / scale, abs % scale, width = exponent as usize),
    }
}

/// The language of a bundle, as its memoizer knows it: how [`in_message`] learns which
/// language it formats for (Fluent hands a formatter only the value and the memoizer).
struct Of(Lang);

impl Memoizable for Of {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Lang::from_tag(lang.language.as_str()).map(Of).ok_or(())
    }
}

/// The catalogue's formatter (`FluentBundle::set_formatter`): a whole number passed to a
/// message prints as [`number`] does; anything else as Fluent prints it.
pub(crate) fn in_message<M: MemoizerKind>(value: &FluentValue, intls: &M) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let whole = n.value.fract() == 0.0 && n.value.abs() < 1e15;
    if !whole || !n.options.use_grouping || n.options.minimum_fraction_digits.is_some() {
        return None;
    }
    let lang = intls.with_try_get_threadsafe::<Of, _, _>((), |of| of.0).ok()?;
    Some(number(lang, n.value as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_their_digits_as_the_language_does() {
        assert_eq!(number(Lang::En, 1_250_000), "1,250,000");
        assert_eq!(number(Lang::Fr, 1_250_000), "1\u{202f}250\u{202f}000");
        assert_eq!(number(Lang::Ru, 1_250_000), "1\u{a0}250\u{a0}000");
        assert_eq!(number(Lang::Es, 1_250_000), "1.250.000");
        assert_eq!(number(Lang::En, -42), "-42");
        assert_eq!(decimal(Lang::En, 125_000_050, 2), "1,250,000.50");
        assert_eq!(decimal(Lang::En, 125_000, 2), "1,250.00");
        assert_eq!(decimal(Lang::Fr, 125_000, 2), "1\u{202f}250,00");
        assert_eq!(decimal(Lang::En, -5, 2), "-0.05");
        assert_eq!(decimal(Lang::En, 5000, 0), "5,000");
        assert_eq!(decimal(Lang::En, 1234, 3), "1.234");
        assert_eq!(plain_decimal(-125_050, 2), "-1250.50");
    }
}
