//! Money as integer minor units of an ISO 4217 currency, never floats; the USD equivalent is
//! computed once, at the rate recorded with the contribution, and stored.

use crate::error::Msg;
use crate::i18n::{Tr, format};

/// ISO 4217 currencies the office receives, with their minor-unit exponents.
pub const CURRENCIES: &[(&str, u32)] = &[
    ("AUD", 2),
    ("BHD", 3),
    ("CAD", 2),
    ("CHF", 2),
    ("CNY", 2),
    ("CZK", 2),
    ("DKK", 2),
    ("EUR", 2),
    ("GBP", 2),
    ("JPY", 0),
    ("KRW", 0),
    ("KWD", 3),
    ("MXN", 2),
    ("NOK", 2),
    ("NZD", 2),
    ("PLN", 2),
    ("QAR", 2),
    ("SAR", 2),
    ("SEK", 2),
    ("USD", 2),
    ("ZAR", 2),
];

/// Scale of a recorded rate: USD per unit of the currency, times a million.
pub const RATE_SCALE: i64 = 1_000_000;

/// Amounts are below ten billion units of their currency, and rates below ten thousand US
/// dollars per unit: a contribution's USD equivalent then stays below 10^16 cents, so the
/// sums of a report cannot overflow.
pub const MAX_AMOUNT: i64 = 10_000_000_000;
/// See [`MAX_AMOUNT`].
pub const MAX_RATE: i64 = 10_000;

/// An ISO 4217 currency the office accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    code: &'static str,
    exponent: u32,
}

impl Currency {
    /// The US dollar, in which reports add up.
    pub const USD: Currency = Currency { code: "USD", exponent: 2 };

    /// Parses a three-letter code of an accepted currency.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let code = raw.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err(Msg::new("err-required"));
        }
        CURRENCIES
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(c, e)| Currency { code: c, exponent: *e })
            .ok_or_else(|| Msg::new("err-currency"))
    }

    /// The code.
    pub fn code(self) -> &'static str {
        self.code
    }

    /// Digits after the decimal point.
    pub fn exponent(self) -> u32 {
        self.exponent
    }

    /// Parses a positive amount such as `1 250 000.50`, below [`MAX_AMOUNT`] units, into
    /// minor units.
    pub fn parse_amount(self, raw: &str) -> Result<i64, Msg> {
        let v = parse_decimal(raw, self.exponent, "err-amount")?;
        if v <= 0 {
            Err(Msg::new("err-amount-positive"))
        } else if v >= MAX_AMOUNT * 10i64.pow(self.exponent) {
            Err(Msg::new("err-amount-too-large").arg("max", format_decimal(MAX_AMOUNT - 1, 0)))
        } else {
            Ok(v)
        }
    }

    /// Formats minor units as `1,250,000.50 EUR`.
    pub fn format(self, minor: i64) -> String {
        format!("{} {}", format_decimal(minor, self.exponent), self.code)
    }

    /// Formats minor units for a reader, digits and separators in their language:
    /// `1,250,000.50 EUR`, `1 250 000,50 EUR`.
    pub fn format_for(self, tr: Tr, minor: i64) -> String {
        format!("{} {}", format::decimal(tr, minor, self.exponent), self.code)
    }

    /// The USD minor units of `minor` at `rate_micros`, rounded half away from zero.
    pub fn to_usd(self, minor: i64, rate_micros: i64) -> i64 {
        // USD has two decimals: scale the minor units to hundredths, then apply the rate.
        let num = i128::from(minor) * i128::from(rate_micros) * 100;
        let den = i128::from(RATE_SCALE) * 10i128.pow(self.exponent);
        let q = (2 * num + den) / (2 * den);
        i64::try_from(if num < 0 { -((2 * -num + den) / (2 * den)) } else { q }).unwrap_or(i64::MAX)
    }
}

/// Parses a positive exchange rate (USD per unit, up to six decimals, below [`MAX_RATE`])
/// into millionths.
pub fn parse_rate(raw: &str) -> Result<i64, Msg> {
    parse_decimal(raw, 6, "err-rate")
        .and_then(|v| if v > 0 && v < MAX_RATE * RATE_SCALE { Ok(v) } else { Err(Msg::new("err-rate")) })
}

/// Whether `raw` is an amount in some currency (at most three decimals), whichever it is.
pub fn is_amount(raw: &str) -> bool {
    parse_decimal(raw, 3, "err-amount").is_ok_and(|v| v > 0 && v < MAX_AMOUNT * 1000)
}

/// A rate in millionths as the shortest decimal [`parse_rate`] reads back: `1.085`, `1`.
pub fn format_rate(rate_micros: i64) -> String {
    let scale = RATE_SCALE.unsigned_abs();
    let abs = rate_micros.unsigned_abs();
    let sign = if rate_micros < 0 { "-" } else { "" };
    let frac = format!("{:06}", abs % scale);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() { format!("{sign}{}", abs / scale) } else { format!("{sign}{}.{frac}", abs / scale) }
}

/// A decimal with at most `exponent` decimals as an integer of minor units. Spaces, thin
/// spaces and commas between thousands are ignored; a negative sign is refused with its own
/// message.
fn parse_decimal(raw: &str, exponent: u32, bad: &'static str) -> Result<i64, Msg> {
    let cleaned: String =
        raw.trim().chars().filter(|c| !matches!(c, ' ' | '\u{202f}' | '\u{a0}' | ',' | '_')).collect();
    if cleaned.is_empty() {
        return Err(Msg::new("err-required"));
    }
    if cleaned.starts_with('-') {
        return Err(Msg::new("err-amount-negative"));
    }
    let (whole, frac) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > exponent as usize
        || whole.len() > 15
    {
        return Err(Msg::new(bad));
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| Msg::new(bad))? };
    let mut frac_value: i64 = if frac.is_empty() { 0 } else { frac.parse().map_err(|_| Msg::new(bad))? };
    for _ in frac.len()..exponent as usize {
        frac_value *= 10;
    }
    whole.checked_mul(10i64.pow(exponent)).and_then(|w| w.checked_add(frac_value)).ok_or_else(|| Msg::new(bad))
}

/// Minor units as a decimal with thousands separators: `1,250,000.50`.
pub fn format_decimal(minor: i64, exponent: u32) -> String {
    let negative = minor < 0;
    let abs = minor.unsigned_abs();
    let scale = 10u64.pow(exponent);
    let whole = (abs / scale).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    if exponent == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{:0width$}", abs % scale, width = exponent as usize)
    }
}

/// USD minor units for a reader: `1,250.00 USD`, `1 250,00 USD`.
pub fn usd(tr: Tr, minor: i64) -> String {
    Currency::USD.format_for(tr, minor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_and_amounts() {
        let eur = Currency::parse("eur").unwrap();
        assert_eq!(eur.parse_amount("1 250 000.5").unwrap(), 125_000_050);
        assert_eq!(eur.parse_amount("1,000").unwrap(), 100_000);
        assert_eq!(Currency::parse("JPY").unwrap().parse_amount("5000").unwrap(), 5000);
        assert_eq!(Currency::parse("KWD").unwrap().parse_amount("1.234").unwrap(), 1234);
        assert_eq!(Currency::parse("XXX").unwrap_err().key, "err-currency");
        assert_eq!(Currency::parse("").unwrap_err().key, "err-required");
        assert_eq!(eur.parse_amount("-5").unwrap_err().key, "err-amount-negative");
        assert_eq!(eur.parse_amount("0").unwrap_err().key, "err-amount-positive");
        assert_eq!(eur.parse_amount("1.234").unwrap_err().key, "err-amount");
        assert_eq!(eur.parse_amount("1e5").unwrap_err().key, "err-amount");
        assert_eq!(eur.parse_amount("9999999999999999").unwrap_err().key, "err-amount");
    }

    #[test]
    fn usd_equivalent_is_exact() {
        let eur = Currency::parse("EUR").unwrap();
        let rate = parse_rate("1.085").unwrap();
        assert_eq!(rate, 1_085_000);
        assert_eq!(eur.to_usd(100_000, rate), 108_500);
        let jpy = Currency::parse("JPY").unwrap();
        assert_eq!(jpy.to_usd(1_000_000, parse_rate("0.0067").unwrap()), 670_000);
        assert_eq!(parse_rate("0").unwrap_err().key, "err-rate");
        assert_eq!(parse_rate("-1").unwrap_err().key, "err-amount-negative");
        assert_eq!(format_decimal(125_000_050, 2), "1,250,000.50");
        assert_eq!(format_decimal(-5, 2), "-0.05");
        assert_eq!(format_decimal(5000, 0), "5,000");
    }

    #[test]
    fn rates_format_as_they_parse() {
        for raw in ["1.085", "1", "0.0067", "0.000001", "12.5"] {
            assert_eq!(format_rate(parse_rate(raw).unwrap()), raw);
        }
    }
}
