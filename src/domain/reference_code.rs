//! The code of a reference record (programme, unit, series).

use crate::error::Msg;

/// A reference code (programme, unit, series): letters, digits, `-` and `_`.
pub fn parse_code(raw: &str) -> Result<String, Msg> {
    let v = raw.trim();
    if v.is_empty() {
        Err(Msg::new("err-required"))
    } else if v.len() > 64 || !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        Err(Msg::new("err-choice"))
    } else {
        Ok(v.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_digits_dashes_and_underscores() {
        assert_eq!(parse_code(" 1540 ").unwrap(), "1540");
        assert!(parse_code("SALW-PoA_2").is_ok());
        assert!(parse_code("15 40").is_err());
        assert_eq!(parse_code("").unwrap_err().key, "err-required");
        assert_eq!(parse_code(&"x".repeat(65)).unwrap_err().key, "err-choice");
    }
}
