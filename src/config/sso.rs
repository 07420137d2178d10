//! `[sso]`: single sign-on of staff through an OpenID Connect identity provider.

use serde::Deserialize;

use super::{ConfigError, Environment};

/// `[sso]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SsoSettings {
    /// Offer "Sign in with single sign-on" on the sign-in page.
    pub enabled: bool,
    /// The provider's issuer, e.g. `https://login.microsoftonline.com/<tenant>/v2.0`.
    pub issuer_url: String,
    /// Client id registered with the provider.
    pub client_id: String,
    /// Client secret (prefer `CONVENE__SSO__CLIENT_SECRET`); empty for a public client.
    pub client_secret: String,
    /// Text of the sign-in button; empty: "Sign in with single sign-on" in the reader's language.
    pub button_label: String,
    /// Whether staff may still sign in with a password or an admin's one-time link.
    pub password_sign_in: bool,
    /// Accept only an `email` the provider marks `email_verified: true`. Off only for a
    /// provider that sends no such claim and whose addresses its administrators set.
    pub require_email_verified: bool,
}

impl Default for SsoSettings {
    fn default() -> Self {
        Self {
            enabled: false,
            issuer_url: String::new(),
            client_id: String::new(),
            client_secret: String::new(),
            button_label: String::new(),
            password_sign_in: true,
            require_email_verified: true,
        }
    }
}

impl SsoSettings {
    /// Checks the provider's keys when single sign-on is on, and that someone can still sign in.
    pub(super) fn validate(&mut self, environment: Environment) -> Result<(), ConfigError> {
        self.issuer_url = self.issuer_url.trim().trim_end_matches('/').to_owned();
        self.client_id = self.client_id.trim().to_owned();
        self.button_label = self.button_label.trim().to_owned();
        if !self.enabled {
            if !self.password_sign_in {
                return Err(ConfigError(
                    "sso.password_sign_in: false needs sso.enabled = true, or no staff member could sign in".into(),
                ));
            }
            return Ok(());
        }
        let https = self.issuer_url.starts_with("https://");
        let http = self.issuer_url.starts_with("http://");
        if !(https || http) || self.issuer_url.contains(char::is_whitespace) {
            return Err(ConfigError(format!(
                "sso.issuer_url: `{}` must be the provider's issuer, starting with https://",
                self.issuer_url
            )));
        }
        if http && environment == Environment::Production {
            return Err(ConfigError("sso.issuer_url: production needs an https:// issuer".into()));
        }
        if self.client_id.is_empty() {
            return Err(ConfigError("sso.client_id: set the client id registered with the provider".into()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(issuer: &str) -> SsoSettings {
        SsoSettings { enabled: true, issuer_url: issuer.into(), client_id: "convene".into(), ..Default::default() }
    }

    #[test]
    fn checks_the_provider_keys_only_when_on() {
        assert!(SsoSettings::default().validate(Environment::Production).is_ok());
        let mut good = on("https://idp.example.org/realms/office/");
        assert!(good.validate(Environment::Production).is_ok());
        assert_eq!(good.issuer_url, "https://idp.example.org/realms/office");
        assert!(on("http://127.0.0.1:9400").validate(Environment::Test).is_ok());
        let err = on("http://idp.example.org").validate(Environment::Production).unwrap_err();
        assert!(err.0.starts_with("sso.issuer_url"), "{err}");
        assert!(on("idp.example.org").validate(Environment::Test).unwrap_err().0.starts_with("sso.issuer_url"));
        let mut no_client = on("https://idp.example.org");
        no_client.client_id = " ".into();
        assert!(no_client.validate(Environment::Test).unwrap_err().0.starts_with("sso.client_id"));
    }

    #[test]
    fn password_sign_in_stays_on_without_single_sign_on() {
        let mut locked_out = SsoSettings { password_sign_in: false, ..Default::default() };
        assert!(locked_out.validate(Environment::Test).unwrap_err().0.starts_with("sso.password_sign_in"));
        let mut sso_only = on("https://idp.example.org");
        sso_only.password_sign_in = false;
        assert!(sso_only.validate(Environment::Test).is_ok());
    }
}
