//! The number of an agenda item as the meeting's documents write it: "1", "5(a)", "5(a)(ii)",
//! "12.3".

use crate::error::Msg;

/// A parsed agenda item number: starts with digits, then letters, digits, dots and brackets;
/// at most 16 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaNumber(String);

impl AgendaNumber {
    /// Parses a number, trimmed; lower-cases nothing ("5(A)" and "5(a)" stay distinct as typed).
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let v = raw.trim();
        if v.is_empty() {
            return Err(Msg::new("err-required"));
        }
        let well_formed = v.chars().count() <= 16
            && v.starts_with(|c: char| c.is_ascii_digit())
            && v.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '(' | ')' | '.'));
        if !well_formed {
            return Err(Msg::new("meet-err-number"));
        }
        Ok(Self(v.to_owned()))
    }

    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Its leading whole number, which orders the agenda ("5(a)" comes with 5, before 12).
    pub fn leading(&self) -> i32 {
        let digits: String = self.0.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().unwrap_or(i32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_documents_write_them() {
        for ok in ["1", " 5(a) ", "5(a)(ii)", "12.3", "10bis"] {
            assert!(AgendaNumber::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(AgendaNumber::parse("5(a)").map(|n| n.leading()), Ok(5));
        assert_eq!(AgendaNumber::parse("12.3").map(|n| n.leading()), Ok(12));
    }

    #[test]
    fn bad_numbers() {
        assert_eq!(AgendaNumber::parse("  ").err(), Some(Msg::new("err-required")));
        for bad in ["a", "(a)", "5 a", "5-a", "1234567890123456789", "5;", "99999999999999"] {
            let parsed = AgendaNumber::parse(bad);
            if bad == "99999999999999" {
                // Well formed, but its leading number does not fit: it sorts last.
                assert_eq!(parsed.map(|n| n.leading()), Ok(i32::MAX));
            } else {
                assert_eq!(parsed.err(), Some(Msg::new("meet-err-number")), "{bad}");
            }
        }
    }
}
