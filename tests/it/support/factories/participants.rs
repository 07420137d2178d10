//! Invitations and registrations. Invitations are written directly (as `helpers::invite`:
//! the invitations side is tested on its own); a registration goes through the public flow,
//! the invitation link and its form, or through the organiser's rule for adding people by hand.

use convene::domain::{Email, ParticipantRole};
use convene::i18n::Lang;
use convene::registration::input::{ManualAdd, RegistrationForm, RegistrationInput};
use convene::registration::rules::{self as registration_rules, Registered};

use super::staff::Staff;
use crate::helpers::{TestApp, invite, location};

/// The registration form as an invitee fills it in, with `given` as the given name.
pub fn registration_form(given: &str) -> Vec<(&'static str, String)> {
    vec![
        ("title", "Ms.".into()),
        ("given_name", given.into()),
        ("family_name", "Diallo".into()),
        ("gender", "woman".into()),
        ("country", "SEN".into()),
        ("organisation", "Ministry of Foreign Affairs".into()),
        ("organisation_type", "government".into()),
        ("position", "Counsellor".into()),
        ("consent", "on".into()),
    ]
}

/// The same form with `key` set to `value` (added when the form has no such field).
pub fn changed(mut form: Vec<(&'static str, String)>, key: &'static str, value: &str) -> Vec<(&'static str, String)> {
    form.retain(|(k, _)| *k != key);
    form.push((key, value.to_owned()));
    form
}

/// The organiser's form for someone added by hand: a woman from Togo at a ministry.
pub fn person_form(given: &str, family: &str) -> RegistrationForm {
    RegistrationForm {
        given_name: given.into(),
        family_name: family.into(),
        gender: "woman".into(),
        country: "TGO".into(),
        organisation: "Ministry of Foreign Affairs".into(),
        ..Default::default()
    }
}

impl TestApp {
    /// `n` invitations to `event` for `{prefix}{i}@example.org`; their link tokens, in order.
    pub async fn invitations(&self, event: i32, n: usize, prefix: &str) -> Vec<String> {
        let mut tokens = Vec::with_capacity(n);
        for i in 0..n {
            tokens.push(invite(self, event, &format!("{prefix}{i}@example.org"), None).await);
        }
        tokens
    }

    /// Posts a form of owned values (as `post_form`).
    pub async fn post_fields(
        &self,
        client: &reqwest::Client,
        path: &str,
        fields: &[(&'static str, String)],
    ) -> reqwest::Response {
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.post_form(client, path, &pairs).await
    }

    /// Invites `email` to `event` and registers them through the link's form as `given`, in
    /// a browser of their own: confirmed, waitlisted or pending, as the event has it. Returns
    /// the path of the manage link the form sent the browser to (`/r/…`).
    pub async fn register_invitee(&self, event: i32, email: &str, given: &str) -> String {
        let token = invite(self, event, email, None).await;
        let r = self.post_fields(&self.new_browser(), &format!("/i/{token}"), &registration_form(given)).await;
        assert_eq!(r.status(), 303, "the registration of {email} was refused");
        location(&r)
    }

    /// Registers `email` by hand through the organiser's rule, as a delegate writing in English.
    pub async fn add_by_hand(&self, by: &Staff, event: i32, email: &str, form: &RegistrationForm) -> Registered {
        self.add_by_hand_as(by, event, email, form, ParticipantRole::Delegate, Lang::En).await
    }

    /// The same in `role` and `language`.
    pub async fn add_by_hand_as(
        &self,
        by: &Staff,
        event: i32,
        email: &str,
        form: &RegistrationForm,
        role: ParticipantRole,
        language: Lang,
    ) -> Registered {
        let input = RegistrationInput::parse(form, false).unwrap();
        let add = ManualAdd { email: Email::parse(email).unwrap(), role, language };
        registration_rules::add_manually(
            &self.state.db,
            &self.state.office,
            &by.user,
            event,
            add,
            &input,
            self.clock.now(),
        )
        .await
        .unwrap()
    }
}
