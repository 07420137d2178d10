//! `[office]`: how the office presents itself to participants.

use serde::Deserialize;

use super::ConfigError;
use crate::domain::Email;

/// `[office]`
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OfficeSettings {
    /// Address participants write to about their registration; empty for none.
    pub contact_email: String,
}

impl OfficeSettings {
    /// Checks the contact address and keeps it in its normal form.
    pub(super) fn validate(&mut self) -> Result<(), ConfigError> {
        let raw = self.contact_email.trim();
        self.contact_email = if raw.is_empty() {
            String::new()
        } else {
            Email::parse(raw)
                .map_err(|_| ConfigError(format!("office.contact_email: `{raw}` is not an email address")))?
                .as_str()
                .to_owned()
        };
        Ok(())
    }

    /// The contact address, when one is set.
    pub fn contact_email(&self) -> Option<&str> {
        Some(self.contact_email.as_str()).filter(|e| !e.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(raw: &str) -> Result<OfficeSettings, ConfigError> {
        let mut s = OfficeSettings { contact_email: raw.to_owned() };
        s.validate().map(|()| s)
    }

    #[test]
    fn the_contact_address_is_optional_and_must_be_an_address() {
        assert_eq!(checked("").unwrap().contact_email(), None);
        assert_eq!(checked("   ").unwrap().contact_email(), None);
        let s = checked(" Meetings@Convene.Example ").unwrap();
        assert_eq!(s.contact_email(), Some("meetings@convene.example"));
        for bad in ["meetings", "a@", "two words@x.org"] {
            let e = checked(bad).unwrap_err();
            assert!(e.0.starts_with("office.contact_email"), "{bad}: {e}");
        }
    }
}
