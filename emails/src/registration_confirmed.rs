//! Tells a person that their registration is confirmed: approved by the secretariat for an
//! event with an approval step, or confirmed at once for one without.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

/// What the confirmation of a registration says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationConfirmed {
    /// Full name of the registered person.
    pub name: String,
    /// The event registered for.
    pub event: EventSummary,
    /// Page where the person views or cancels the registration.
    pub manage_url: String,
    /// Whether the secretariat approved the registration (the event has an approval step);
    /// otherwise it was confirmed when it was made, and nothing speaks of approval.
    pub approved: bool,
}

/// Renders the confirmation in `lang`.
pub fn render(ctx: &RegistrationConfirmed, lang: Lang) -> Email {
    let tr = Tr(lang);
    let confirmed = if ctx.approved {
        tr.t("email-registration-confirmed-approved")
    } else {
        tr.t("email-registration-confirmed-confirmed")
    };
    Message::new(tr, tr.t("email-registration-confirmed-heading"), &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(&confirmed)
        .event(&ctx.event)
        .paragraph(&tr.t("email-registration-confirmed-welcome"))
        .paragraph(&tr.t("email-registration-confirmed-cancel"))
        .manage_registration(&ctx.manage_url)
        // A link, not an inline image: mail clients block inline SVG and remote images.
        .paragraph(&tr.t("email-registration-confirmed-checkin"))
        .action(&tr.t("email-registration-confirmed-checkin-link"), &format!("{}/checkin.svg", ctx.manage_url))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::registration_confirmed(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::registration_confirmed(Lang::Fr), Lang::Fr));
    }

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::registration_confirmed(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::registration_confirmed(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::registration_confirmed(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::registration_confirmed(Lang::Es), Lang::Es));
    }

    #[test]
    fn without_an_approval_step_nothing_speaks_of_approval() {
        for lang in [Lang::En, Lang::Fr] {
            let ctx = RegistrationConfirmed { approved: false, ..samples::registration_confirmed(lang) };
            let email = render(&ctx, lang);
            for text in [&email.text, &email.html] {
                assert!(!text.contains("approv") && !text.contains("approu"), "{text}");
            }
        }
        samples::assert_email_snapshots!(
            "en_confirmed_at_once",
            render(&RegistrationConfirmed { approved: false, ..samples::registration_confirmed(Lang::En) }, Lang::En)
        );
        samples::assert_email_snapshots!(
            "fr_confirmed_at_once",
            render(&RegistrationConfirmed { approved: false, ..samples::registration_confirmed(Lang::Fr) }, Lang::Fr)
        );
        samples::assert_email_snapshots!(
            "ar_confirmed_at_once",
            render(&RegistrationConfirmed { approved: false, ..samples::registration_confirmed(Lang::Ar) }, Lang::Ar)
        );
        samples::assert_email_snapshots!(
            "zh_confirmed_at_once",
            render(&RegistrationConfirmed { approved: false, ..samples::registration_confirmed(Lang::Zh) }, Lang::Zh)
        );
        samples::assert_email_snapshots!(
            "ru_confirmed_at_once",
            render(&RegistrationConfirmed { approved: false, ..samples::registration_confirmed(Lang::Ru) }, Lang::Ru)
        );
        samples::assert_email_snapshots!(
            "es_confirmed_at_once",
            render(&RegistrationConfirmed { approved: false, ..samples::registration_confirmed(Lang::Es) }, Lang::Es)
        );
    }
}
