//! The forms and queries of the privacy pages, as typed, and their parsing.

use serde::Deserialize;

use super::rules::Reason;
use crate::domain::{Email, checkbox};
use crate::error::{FieldErrors, Msg};

/// `?email=` (the search by address) and `?erased=` (the event just erased) of the admin page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OverviewQuery {
    /// The address searched for.
    pub email: String,
    /// The event whose erasure just ran.
    pub erased: Option<i32>,
}

impl OverviewQuery {
    /// The address searched for, if any; a malformed one names the field.
    pub fn search(&self) -> Result<Option<Email>, FieldErrors> {
        if self.email.trim().is_empty() {
            return Ok(None);
        }
        Email::parse(&self.email).map(Some).map_err(|m| {
            let mut e = FieldErrors::new();
            e.add("email", m);
            e
        })
    }
}

/// `?erased=1` after a person's erasure.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PersonQuery {
    /// Set just after the erasure ran.
    pub erased: Option<String>,
}

/// The early run's form: the admin ticks that the erasure cannot be undone.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ConfirmForm {
    /// The tick.
    pub confirm: Option<String>,
}

impl ConfirmForm {
    /// Refuses an unticked form.
    pub fn parse(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        if !checkbox(self.confirm.as_deref()) {
            e.add("confirm", Msg::new("privacy-err-confirm"));
        }
        if e.is_empty() { Ok(()) } else { Err(e) }
    }
}

/// The form of an erasure on request: the reason, and the tick.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PersonForm {
    /// Why (the request, its date and reference).
    pub reason: String,
    /// The tick that it cannot be undone.
    pub confirm: Option<String>,
}

impl PersonForm {
    /// The reason, if the form is complete; otherwise every field's problem.
    pub fn parse(&self) -> Result<Reason, FieldErrors> {
        let mut e = FieldErrors::new();
        let reason = Reason::parse(&self.reason).map_err(|m| e.add("reason", m)).ok();
        if !checkbox(self.confirm.as_deref()) {
            e.add("confirm", Msg::new("privacy-err-confirm"));
        }
        match reason {
            Some(r) if e.is_empty() => Ok(r),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_form_needs_a_reason_and_the_tick() {
        let form = PersonForm { reason: " ".into(), confirm: None };
        let fields: Vec<_> = form.parse().unwrap_err().0.iter().map(|f| f.field).collect();
        assert_eq!(fields, ["reason", "confirm"]);
        let form = PersonForm { reason: "Request of 3 May".into(), confirm: Some("on".into()) };
        assert_eq!(form.parse().unwrap().as_str(), "Request of 3 May");
        assert!(ConfirmForm { confirm: None }.parse().is_err());
        assert!(ConfirmForm { confirm: Some("on".into()) }.parse().is_ok());
    }

    #[test]
    fn the_search_takes_an_address_or_nothing() {
        let q = |email: &str| OverviewQuery { email: email.into(), erased: None };
        assert_eq!(q("").search().unwrap(), None);
        assert_eq!(
            q(" Amina@Example.org ").search().unwrap().map(|e| e.as_str().to_owned()).as_deref(),
            Some("amina@example.org")
        );
        assert!(q("not an address").search().is_err());
    }
}
