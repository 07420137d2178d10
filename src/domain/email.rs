//! An email address, parsed once at the edge.

use std::fmt;

use crate::error::Msg;

/// A lower-cased, syntactically valid email address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// Parses an address (trimmed, lower-cased); explains what is wrong otherwise.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(Msg::new("err-required"));
        }
        if value.chars().count() > 254 {
            return Err(Msg::new("err-too-long").arg("max", 254));
        }
        let Some((local, domain)) = value.split_once('@') else {
            return Err(Msg::new("err-email"));
        };
        let bad_char = |c: char| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"@".contains(c);
        if local.is_empty()
            || local.len() > 64
            || domain.len() < 3
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains("..")
            || local.chars().any(bad_char)
            || domain.chars().any(bad_char)
        {
            return Err(Msg::new("err-email"));
        }
        Ok(Self(value))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_parsing() {
        assert_eq!(
            Email::parse("  Focal.Point@Mission.Example.ORG ").unwrap().as_str(),
            "focal.point@mission.example.org"
        );
        for bad in ["", "no-at", "a@b", "a@@b.org", "a b@c.org", "<a>@c.org", "a@.org", "a@org.", "@c.org", "a@c..org"]
        {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(Email::parse(&format!("{}@x.org", "a".repeat(300))).unwrap_err().key, "err-too-long");
    }
}
