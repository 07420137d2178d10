//! The public application form of an NGO, parsed once: organisation, ECOSOC status, country,
//! website, contact address and up to [`MAX_REPRESENTATIVES`] representatives (rows left
//! blank are skipped; at least one is needed).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::MAX_REPRESENTATIVES;
use crate::domain::{self, CountryCode, EcosocStatus, Email, parse_field};
use crate::error::{FieldErrors, Msg};

/// Longest organisation name.
pub const ORGANISATION_MAX: usize = 300;
/// Longest website address.
pub const WEBSITE_MAX: usize = 500;
/// Longest given or family name.
pub const NAME_MAX: usize = 100;
/// Longest reason for declining.
pub const REASON_MAX: usize = 2000;

/// The field names of each representative row: given name, family name, email.
pub const REPRESENTATIVE_FIELDS: [[&str; 3]; MAX_REPRESENTATIVES] = [
    ["rep_1_given_name", "rep_1_family_name", "rep_1_email"],
    ["rep_2_given_name", "rep_2_family_name", "rep_2_email"],
    ["rep_3_given_name", "rep_3_family_name", "rep_3_email"],
    ["rep_4_given_name", "rep_4_family_name", "rep_4_email"],
    ["rep_5_given_name", "rep_5_family_name", "rep_5_email"],
    ["rep_6_given_name", "rep_6_family_name", "rep_6_email"],
    ["rep_7_given_name", "rep_7_family_name", "rep_7_email"],
    ["rep_8_given_name", "rep_8_family_name", "rep_8_email"],
    ["rep_9_given_name", "rep_9_family_name", "rep_9_email"],
    ["rep_10_given_name", "rep_10_family_name", "rep_10_email"],
];

/// The application form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ApplicationForm {
    pub organisation: String,
    pub ecosoc_status: String,
    pub country: String,
    pub website: String,
    pub contact_email: String,
    /// Every other field: the representatives' rows (`rep_{n}_given_name`, …).
    #[serde(flatten)]
    pub rest: BTreeMap<String, String>,
}

impl ApplicationForm {
    /// The value of field `name` (empty when absent).
    pub fn field(&self, name: &str) -> &str {
        self.rest.get(name).map(String::as_str).unwrap_or("")
    }
}

/// A representative named in an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Representative {
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Address, where their invitation goes.
    pub email: Email,
}

/// A valid application.
#[derive(Debug, Clone)]
pub struct ApplicationInput {
    /// The organisation's name.
    pub organisation: String,
    /// Its ECOSOC consultative status.
    pub ecosoc_status: EcosocStatus,
    /// Where it is based.
    pub country: Option<CountryCode>,
    /// Its website (`http://` or `https://`).
    pub website: Option<String>,
    /// The contact address, to be confirmed.
    pub contact_email: Email,
    /// Its representatives, one to ten, each address once.
    pub representatives: Vec<Representative>,
}

fn representative(form: &ApplicationForm, e: &mut FieldErrors, names: [&'static str; 3]) -> Option<Representative> {
    let [given, family, email] = names;
    if names.iter().all(|n| form.field(n).trim().is_empty()) {
        return None;
    }
    let given_name = domain::required_text(e, given, form.field(given), NAME_MAX);
    let family_name = domain::required_text(e, family, form.field(family), NAME_MAX);
    let email = Email::parse(form.field(email)).map_err(|m| e.add(email, m)).ok()?;
    Some(Representative { given_name, family_name, email })
}

impl ApplicationInput {
    /// Parses the whole form, collecting every field's problem.
    pub fn parse(form: &ApplicationForm) -> Result<Self, FieldErrors> {
        let mut e = FieldErrors::new();
        let organisation = domain::required_text(&mut e, "organisation", &form.organisation, ORGANISATION_MAX);
        let ecosoc_status = parse_field::<EcosocStatus>(&mut e, "ecosoc_status", &form.ecosoc_status);
        let country = match form.country.trim() {
            "" => None,
            raw => CountryCode::parse(raw).map_err(|m| e.add("country", m)).ok(),
        };
        let website = domain::optional_text(&mut e, "website", &form.website, WEBSITE_MAX);
        if let Some(w) = &website
            && !(w.starts_with("https://") || w.starts_with("http://"))
        {
            e.add("website", Msg::new("ngo-err-website"));
        }
        let contact_email = Email::parse(&form.contact_email).map_err(|m| e.add("contact_email", m)).ok();
        let mut representatives: Vec<Representative> = Vec::new();
        let mut rows = 0;
        for names in REPRESENTATIVE_FIELDS {
            rows += usize::from(names.iter().any(|n| !form.field(n).trim().is_empty()));
            if let Some(r) = representative(form, &mut e, names) {
                if representatives.iter().any(|o| o.email == r.email) {
                    e.add(names[2], Msg::new("ngo-err-representative-twice"));
                }
                representatives.push(r);
            }
        }
        if rows == 0 {
            e.add("rep_1_given_name", Msg::new("ngo-err-no-representative"));
        }
        match (ecosoc_status, contact_email) {
            (Some(ecosoc_status), Some(contact_email)) if e.is_empty() => {
                Ok(Self { organisation, ecosoc_status, country, website, contact_email, representatives })
            }
            _ => Err(e),
        }
    }
}

/// The reason the secretariat gives for declining: required, one paragraph.
pub fn parse_reason(raw: &str) -> Result<String, FieldErrors> {
    let mut e = FieldErrors::new();
    let reason = domain::required_text(&mut e, "reason", raw, REASON_MAX);
    if e.is_empty() { Ok(reason) } else { Err(e) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> ApplicationForm {
        let mut f = ApplicationForm {
            organisation: "VERTIC".into(),
            ecosoc_status: "special".into(),
            contact_email: "office@vertic.example".into(),
            ..Default::default()
        };
        for (k, v) in pairs {
            f.rest.insert((*k).into(), (*v).into());
        }
        f
    }

    fn fields(e: &FieldErrors) -> Vec<&str> {
        e.0.iter().map(|f| f.field).collect()
    }

    #[test]
    fn an_application_names_one_to_ten_representatives_skipping_blank_rows() {
        let ok = ApplicationInput::parse(&form(&[
            ("rep_1_given_name", "Ana"),
            ("rep_1_family_name", "Silva"),
            ("rep_1_email", "ana@vertic.example"),
            ("rep_3_given_name", "Li"),
            ("rep_3_family_name", "Wei"),
            ("rep_3_email", "li@vertic.example"),
        ]))
        .unwrap();
        assert_eq!(ok.representatives.len(), 2);
        assert_eq!(ok.ecosoc_status, EcosocStatus::Special);
    }

    #[test]
    fn bad_input_names_its_field() {
        let e = ApplicationInput::parse(&form(&[])).unwrap_err();
        assert_eq!(fields(&e), ["rep_1_given_name"]);
        let mut f =
            form(&[("rep_1_given_name", "Ana"), ("rep_1_family_name", "Silva"), ("rep_1_email", "not-an-address")]);
        f.ecosoc_status = "observer".into();
        f.website = "vertic.org".into();
        let e = ApplicationInput::parse(&f).unwrap_err();
        assert_eq!(fields(&e), ["ecosoc_status", "website", "rep_1_email"]);
        let twice = form(&[
            ("rep_1_given_name", "Ana"),
            ("rep_1_family_name", "Silva"),
            ("rep_1_email", "ana@vertic.example"),
            ("rep_2_given_name", "Ana"),
            ("rep_2_family_name", "Silva"),
            ("rep_2_email", "ANA@vertic.example"),
        ]);
        assert_eq!(fields(&ApplicationInput::parse(&twice).unwrap_err()), ["rep_2_email"]);
        assert!(parse_reason("  ").is_err());
    }
}
