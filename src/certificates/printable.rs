//! What the printed documents of this capability show: the data of a certificate and of a
//! badge, gathered by the rules and drawn by [`super::pdf`] (which knows no rules).

use crate::domain::PersonName;
use crate::entities::{certificate, event, registration};

/// Everything printed on one certificate.
#[derive(Debug, Clone)]
pub struct Printable {
    /// The certificate.
    pub certificate: certificate::Model,
    /// The participant's registration (name, language).
    pub registration: registration::Model,
    /// The event.
    pub event: event::Model,
}

impl Printable {
    /// The participant's name as printed.
    pub fn name(&self) -> String {
        let r = &self.registration;
        PersonName::titled(r.title.as_deref(), &r.given_name, &r.family_name).to_string()
    }
}

/// What one badge shows.
#[derive(Debug, Clone)]
pub struct Badge {
    /// The participant's name.
    pub name: String,
    /// Their State (or delegation's State), or organisation when they represent no State.
    pub affiliation: String,
    /// Their organisation, under the State when both are known.
    pub organisation: Option<String>,
    /// Their role at the event, translated.
    pub role: String,
    /// The check-in code their QR code carries.
    pub checkin_code: String,
}
