//! An endpoint as an admin types it (the page's form or the API's body), and its parsing.

use super::address::EndpointUrl;
use crate::config::WebhookSettings;
use crate::domain::{self, WebhookKind};
use crate::error::{FieldErrors, Msg};
use crate::reference::Reference;

/// An endpoint's fields as typed.
#[derive(Debug, Clone, Default)]
pub struct EndpointInput {
    /// Where to post.
    pub url: String,
    /// What it is for (shown in the list).
    pub description: String,
    /// A programme's code, or empty for every programme.
    pub programme: String,
    /// The kinds of change wanted, as codes.
    pub event_types: Vec<String>,
    /// Whether bodies may carry names, email addresses and States.
    pub personal_data: bool,
    /// Whether deliveries go out.
    pub active: bool,
}

/// A parsed endpoint, valid for ever after.
#[derive(Debug, Clone)]
pub struct NewEndpoint {
    /// Where to post.
    pub url: EndpointUrl,
    /// What it is for.
    pub description: String,
    /// Its programme, or none for all.
    pub programme_code: Option<String>,
    /// The kinds of change wanted (at least one).
    pub kinds: Vec<WebhookKind>,
    /// Whether bodies may carry personal data.
    pub personal_data: bool,
    /// Whether deliveries go out.
    pub active: bool,
}

impl EndpointInput {
    /// The form's fields (`event_type` may appear many times).
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
        Self {
            url: field("url"),
            description: field("description"),
            programme: field("programme"),
            event_types: pairs.iter().filter(|(k, _)| k == "event_type").map(|(_, v)| v.clone()).collect(),
            personal_data: domain::checkbox(Some(&field("personal_data"))),
            active: domain::checkbox(Some(&field("active"))),
        }
    }

    /// Parses every field, naming each bad one.
    pub fn parse(&self, settings: &WebhookSettings, reference: &Reference) -> Result<NewEndpoint, FieldErrors> {
        let mut errors = FieldErrors::new();
        let url =
            EndpointUrl::parse(&self.url, settings).map_err(|r| errors.add("url", Msg::new(r.message_key()))).ok();
        let description = domain::optional_text(&mut errors, "description", &self.description, 200).unwrap_or_default();
        let programme_code = match self.programme.trim() {
            "" => None,
            raw => match domain::parse_code(raw) {
                Ok(code) if reference.has_programme(&code) => Some(code),
                Ok(_) => {
                    errors.add("programme", Msg::new("err-choice"));
                    None
                }
                Err(m) => {
                    errors.add("programme", m);
                    None
                }
            },
        };
        let mut kinds = Vec::new();
        for raw in &self.event_types {
            match raw.parse::<WebhookKind>() {
                Ok(kind) if !kinds.contains(&kind) => kinds.push(kind),
                Ok(_) => {}
                Err(m) => errors.add("event_type", m),
            }
        }
        if kinds.is_empty() && errors.is_empty() {
            errors.add("event_type", Msg::new("webhooks-err-no-type"));
        }
        kinds.sort_by_key(|k| WebhookKind::ALL.iter().position(|a| a == k));
        match url {
            Some(url) if errors.is_empty() => Ok(NewEndpoint {
                url,
                description,
                programme_code,
                kinds,
                personal_data: self.personal_data,
                active: self.active,
            }),
            _ => Err(errors),
        }
    }
}

/// The stored form of `kinds`: `,code,code,`, so that one `LIKE '%,code,%'` finds endpoints.
pub fn stored_kinds(kinds: &[WebhookKind]) -> String {
    let codes: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    format!(",{},", codes.join(","))
}

/// The kinds of a stored `,code,code,` list (unknown codes are skipped).
pub fn kinds_of(stored: &str) -> Vec<WebhookKind> {
    stored.split(',').filter_map(|c| c.parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        let kinds = [WebhookKind::RegistrationCreated, WebhookKind::CheckIn];
        assert_eq!(stored_kinds(&kinds), ",registration.created,check_in,");
        assert_eq!(kinds_of(",registration.created,check_in,"), kinds);
    }

    #[test]
    fn bad_fields_are_named() {
        let reference = Reference::default();
        let input = EndpointInput {
            url: "http://hooks.example.org/".into(),
            programme: "NOPE".into(),
            event_types: vec!["registration.deleted".into()],
            ..EndpointInput::default()
        };
        let errors = input.parse(&WebhookSettings::default(), &reference).unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["url", "programme", "event_type"]);
        let none = EndpointInput { url: "https://hooks.example.org/".into(), ..EndpointInput::default() };
        let errors = none.parse(&WebhookSettings::default(), &reference).unwrap_err();
        assert_eq!(errors.0[0].field, "event_type");
    }
}
