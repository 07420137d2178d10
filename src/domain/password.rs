//! A new staff password.

use std::fmt;

use crate::error::Msg;

/// A new staff password that meets the length rule (12 to 1,000 characters).
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    /// Checks length; the strength rule is length, as NIST SP 800-63B recommends.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let n = raw.chars().count();
        if n < 12 {
            Err(Msg::new("err-password-short").arg("min", 12))
        } else if n > 1000 {
            Err(Msg::new("err-too-long").arg("max", 1000))
        } else {
            Ok(Self(raw.to_owned()))
        }
    }

    /// The password text.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_length() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse("twelve chars").is_ok());
        assert!(NewPassword::parse(&"x".repeat(1001)).is_err());
        assert_eq!(format!("{:?}", NewPassword::parse("twelve chars").unwrap()), "NewPassword(***)");
    }
}
