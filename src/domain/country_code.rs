//! A country's ISO 3166-1 alpha-3 code.

use crate::error::Msg;

/// An ISO 3166-1 alpha-3 code (its existence is checked against the countries table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryCode(String);

impl CountryCode {
    /// Three ASCII letters, upper-cased.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let v = raw.trim().to_ascii_uppercase();
        if v.len() == 3 && v.chars().all(|c| c.is_ascii_uppercase()) {
            Ok(Self(v))
        } else {
            Err(Msg::new("err-country"))
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_letters_upper_cased() {
        assert_eq!(CountryCode::parse("bwa").unwrap().as_str(), "BWA");
        assert!(CountryCode::parse("BW").is_err());
        assert!(CountryCode::parse("B1A").is_err());
        assert_eq!(CountryCode::parse("ÄBC").unwrap_err().key, "err-country");
    }
}
