//! Parsing of the registration form (participants' pages, the organiser's manual add and the
//! API share it).

use serde::Deserialize;

use crate::domain::{self, AttendanceMode, CountryCode, Email, Gender, ParticipantRole, checkbox, parse_field};
use crate::error::{Error, FieldErrors, Msg};

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
    /// In person or remote: asked (and required) where the event allows remote attendance.
    pub attendance_mode: String,
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
    /// How the person attends, when the form said; the rules require it where the event
    /// allows remote attendance (see [`AttendanceChoice`]).
    pub attendance_mode: Option<AttendanceMode>,
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
        let attendance_mode = if form.attendance_mode.trim().is_empty() {
            None
        } else {
            parse_field::<AttendanceMode>(&mut e, "attendance_mode", &form.attendance_mode)
        };
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
                attendance_mode,
                notice_version: None,
            }),
            _ => Err(e),
        }
    }
}

/// Who answers how a registration attends, and whether the event offers remote attendance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttendanceChoice {
    /// The event allows remote attendance.
    pub remote_allowed: bool,
    /// An organiser records the registration (by hand, at the desk, through the API).
    pub by_staff: bool,
}

impl AttendanceChoice {
    /// The mode a registration records. A participant must choose where the event allows
    /// remote attendance, and attends in person elsewhere (a choice of remote is refused); an
    /// organiser's choice stands (a remote speaker at an in-person meeting), in person unless
    /// they say.
    pub fn resolve(self, chosen: Option<AttendanceMode>) -> Result<AttendanceMode, Error> {
        if self.by_staff {
            return Ok(chosen.unwrap_or(AttendanceMode::InPerson));
        }
        match (self.remote_allowed, chosen) {
            (true, Some(mode)) | (false, Some(mode @ AttendanceMode::InPerson)) => Ok(mode),
            (false, None) => Ok(AttendanceMode::InPerson),
            (true, None) => Err(FieldErrors::single("attendance_mode", Msg::new("err-required"))),
            (false, Some(AttendanceMode::Remote)) => {
                Err(FieldErrors::single("attendance_mode", Msg::new("err-remote-not-offered")))
            }
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
    fn the_attendance_choice_is_required_only_where_remote_attendance_is_offered() {
        let parsed = |mode: &str| {
            RegistrationInput::parse(&RegistrationForm { attendance_mode: mode.into(), ..form() }, true)
                .map(|r| r.attendance_mode)
        };
        assert_eq!(parsed("").unwrap(), None);
        assert_eq!(parsed(" remote ").unwrap(), Some(AttendanceMode::Remote));
        assert_eq!(parsed("online").unwrap_err().get("attendance_mode").unwrap().key, "err-choice");
        let offered = AttendanceChoice { remote_allowed: true, by_staff: false };
        let not_offered = AttendanceChoice { remote_allowed: false, by_staff: false };
        let staff = AttendanceChoice { remote_allowed: false, by_staff: true };
        assert_eq!(staff.resolve(None).unwrap(), AttendanceMode::InPerson);
        assert_eq!(staff.resolve(Some(AttendanceMode::Remote)).unwrap(), AttendanceMode::Remote);
        assert_eq!(AttendanceChoice { remote_allowed: true, ..staff }.resolve(None).unwrap(), AttendanceMode::InPerson);
        let refused = |r: Result<AttendanceMode, Error>| match r {
            Err(Error::Invalid(e)) => e.get("attendance_mode").map(|m| m.key),
            _ => None,
        };
        assert_eq!(refused(offered.resolve(None)), Some("err-required"));
        assert_eq!(offered.resolve(Some(AttendanceMode::Remote)).unwrap(), AttendanceMode::Remote);
        assert_eq!(not_offered.resolve(None).unwrap(), AttendanceMode::InPerson);
        assert_eq!(not_offered.resolve(Some(AttendanceMode::InPerson)).unwrap(), AttendanceMode::InPerson);
        assert_eq!(refused(not_offered.resolve(Some(AttendanceMode::Remote))), Some("err-remote-not-offered"));
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
