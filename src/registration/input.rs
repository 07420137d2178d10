//! Parsing of the registration form (participants' pages, the organiser's manual add and the
//! API share it).

use serde::Deserialize;

use crate::domain::{self, CountryCode, Email, Gender, ParticipantRole, checkbox, parse_field};
use crate::error::{FieldErrors, Msg};

/// The registration form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RegistrationForm {
    pub title: String,
    pub given_name: String,
    pub family_name: String,
    pub gender: String,
    pub country: String,
    pub organisation: String,
    pub organisation_type: String,
    pub position: String,
    pub phone: String,
    pub needs: String,
    pub visa_letter: Option<String>,
    pub consent: Option<String>,
    /// The version of the data-protection notice the participant's form showed (a hidden
    /// field; the page fills it with the version in force).
    pub notice_version: String,
    /// Only on the organiser's manual add.
    pub email: String,
    /// Only on the organiser's manual add.
    pub role: String,
    /// Only on the organiser's manual add.
    pub language: String,
    /// Only on the organiser's manual add: the "Email the person" box, ticked.
    pub notify: Option<String>,
    /// Only on the organiser's manual add: present when the form offered that box, so an
    /// unticked box is told apart from a form without one.
    pub notify_asked: Option<String>,
}

/// A valid registration.
#[derive(Debug, Clone)]
pub struct RegistrationInput {
    pub title: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub gender: Gender,
    pub country: Option<CountryCode>,
    pub organisation: Option<String>,
    pub organisation_type: Option<String>,
    pub position: Option<String>,
    pub phone: Option<String>,
    pub needs: Option<String>,
    pub visa_letter: bool,
    /// The data-protection notice's version the person accepted (their own form only).
    pub notice_version: Option<String>,
}

impl RegistrationInput {
    /// Parses a participant's own form: consent is required, and the notice the form showed
    /// must be the one in force (`notice_version`), which the registration then records. A
    /// form without the hidden field (sent by a script, or from a page served before notices
    /// had versions) accepts the notice in force.
    pub fn parse_participant(form: &RegistrationForm, notice_version: &str) -> Result<Self, FieldErrors> {
        let shown = form.notice_version.trim();
        let stale = !shown.is_empty() && shown != notice_version;
        match Self::parse(form, true) {
            Ok(input) if !stale => Ok(Self { notice_version: Some(notice_version.to_owned()), ..input }),
            Ok(_) => {
                let mut e = FieldErrors::new();
                e.add("consent", Msg::new("err-notice-changed"));
                Err(e)
            }
            Err(mut e) => {
                if stale {
                    e.add("consent", Msg::new("err-notice-changed"));
                }
                Err(e)
            }
        }
    }

    /// Parses the participant's form; consent to the data-protection notice is required.
    pub fn parse(form: &RegistrationForm, require_consent: bool) -> Result<Self, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = domain::optional_text(&mut e, "title", &form.title, 32);
        let given_name = domain::required_text(&mut e, "given_name", &form.given_name, 120);
        let family_name = domain::required_text(&mut e, "family_name", &form.family_name, 120);
        let gender = parse_field::<Gender>(&mut e, "gender", &form.gender);
        let country = if form.country.trim().is_empty() {
            None
        } else {
            CountryCode::parse(&form.country).map_err(|m| e.add("country", m)).ok()
        };
        let organisation = domain::optional_text(&mut e, "organisation", &form.organisation, 200);
        let organisation_type = if form.organisation_type.trim().is_empty() {
            None
        } else {
            domain::parse_code(&form.organisation_type).map_err(|m| e.add("organisation_type", m)).ok()
        };
        let position = domain::optional_text(&mut e, "position", &form.position, 200);
        let phone = domain::optional_text(&mut e, "phone", &form.phone, 50);
        if let Some(p) = &phone
            && !p.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c))
        {
            e.add("phone", Msg::new("err-phone"));
        }
        let needs = Some(domain::long_text(&mut e, "needs", &form.needs, 2000)).filter(|n| !n.is_empty());
        if require_consent && !checkbox(form.consent.as_deref()) {
            e.add("consent", Msg::new("err-consent"));
        }
        match gender {
            Some(gender) if e.is_empty() => Ok(Self {
                title,
                given_name,
                family_name,
                gender,
                country,
                organisation,
                organisation_type,
                position,
                phone,
                needs,
                visa_letter: checkbox(form.visa_letter.as_deref()),
                notice_version: None,
            }),
            _ => Err(e),
        }
    }
}

/// Someone an organiser registers by hand, and whether they are told by email.
#[derive(Debug, Clone)]
pub struct ByHand {
    /// Who, in which role and language.
    pub person: ManualAdd,
    /// Email the person; `None`: yes before the event has ended, no after.
    pub notify: Option<bool>,
}

impl From<ManualAdd> for ByHand {
    fn from(person: ManualAdd) -> Self {
        Self { person, notify: None }
    }
}

impl ByHand {
    /// Parses email, role, language and the organiser's choice to notify.
    pub fn parse(form: &RegistrationForm) -> Result<Self, FieldErrors> {
        let notify = form.notify_asked.is_some().then(|| checkbox(form.notify.as_deref()));
        Ok(Self { person: ManualAdd::parse(form)?, notify })
    }
}

/// The extra fields of the organiser's manual add: who and in which role.
#[derive(Debug, Clone)]
pub struct ManualAdd {
    pub email: Email,
    pub role: ParticipantRole,
    pub language: crate::i18n::Lang,
}

impl ManualAdd {
    /// Parses email, role and language.
    pub fn parse(form: &RegistrationForm) -> Result<Self, FieldErrors> {
        let mut e = FieldErrors::new();
        let email = Email::parse(&form.email).map_err(|m| e.add("email", m)).ok();
        let role = if form.role.trim().is_empty() {
            Some(ParticipantRole::Delegate)
        } else {
            parse_field::<ParticipantRole>(&mut e, "role", &form.role)
        };
        let language = match form.language.trim() {
            "" => Some(crate::i18n::Lang::En),
            tag => crate::i18n::Lang::from_tag(tag).or_else(|| {
                e.add("language", Msg::new("err-choice"));
                None
            }),
        };
        match (email, role, language) {
            (Some(email), Some(role), Some(language)) if e.is_empty() => Ok(Self { email, role, language }),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> RegistrationForm {
        RegistrationForm {
            given_name: "Amina".into(),
            family_name: "Diallo".into(),
            gender: "woman".into(),
            country: "sen".into(),
            consent: Some("on".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_form_parses() {
        let r = RegistrationInput::parse(&form(), true).unwrap();
        assert_eq!(r.country.unwrap().as_str(), "SEN");
        assert!(!r.visa_letter);
    }

    #[test]
    fn the_choice_to_notify_is_read_only_where_the_form_offered_it() {
        let by_hand = |notify: Option<&str>, asked: bool| {
            let f = RegistrationForm {
                email: "hand@example.org".into(),
                notify: notify.map(str::to_owned),
                notify_asked: asked.then(|| "1".to_owned()),
                ..form()
            };
            ByHand::parse(&f).unwrap().notify
        };
        assert_eq!(by_hand(Some("on"), true), Some(true));
        assert_eq!(by_hand(None, true), Some(false), "an unticked box");
        assert_eq!(by_hand(None, false), None, "a form without the box: the event decides");
    }

    #[test]
    fn consent_gender_and_phone_are_checked() {
        let mut f = form();
        f.consent = None;
        f.gender = "".into();
        f.phone = "call me".into();
        let e = RegistrationInput::parse(&f, true).unwrap_err();
        let fields: Vec<_> = e.0.iter().map(|x| x.field).collect();
        assert_eq!(fields, ["gender", "phone", "consent"]);
        assert!(RegistrationInput::parse(&RegistrationForm { consent: None, ..form() }, false).is_ok());
    }

    #[test]
    fn a_participant_accepts_the_notice_in_force() {
        let shown = |version: &str| RegistrationForm { notice_version: version.into(), ..form() };
        let r = RegistrationInput::parse_participant(&shown("2027-01"), "2027-01").unwrap();
        assert_eq!(r.notice_version.as_deref(), Some("2027-01"));
        assert_eq!(
            RegistrationInput::parse_participant(&shown(""), "2027-01").unwrap().notice_version.as_deref(),
            Some("2027-01"),
            "a form without the field accepts the notice in force"
        );
        for stale in ["2026-12", " 2027-02", "2027-01x"] {
            let e = RegistrationInput::parse_participant(&shown(stale), "2027-01").unwrap_err();
            assert_eq!(e.0.iter().map(|x| x.message.key).collect::<Vec<_>>(), ["err-notice-changed"], "{stale:?}");
        }
        let e = RegistrationInput::parse_participant(&RegistrationForm { consent: None, ..shown("old") }, "2027-01")
            .unwrap_err();
        assert_eq!(e.0.len(), 2);
        assert_eq!(RegistrationInput::parse(&shown("2027-01"), true).unwrap().notice_version, None);
    }
}
