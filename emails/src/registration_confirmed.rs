//! Tells a person that their registration is confirmed: approved by the secretariat for an
//! event with an approval step, or confirmed at once for one without.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

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
    let (heading, approved, confirmed, welcome, cancel, checkin, checkin_link) = match lang {
        Lang::En => (
            "Registration confirmed",
            "The secretariat is pleased to confirm that your registration for the event below has been approved.",
            "Your registration for the event below is confirmed.",
            "We look forward to your participation.",
            "If you are unable to attend after all, please cancel your registration using the link below, so that \
             your place can be offered to someone else.",
            "At the entrance, show your check-in code (a QR code) on your phone or printed. It is also on the page \
             of your registration.",
            "My check-in code",
        ),
        Lang::Fr => (
            "Inscription confirmée",
            "Le secrétariat a le plaisir de vous confirmer que votre inscription à l'événement ci-dessous a été \
             approuvée.",
            "Votre inscription à l'événement ci-dessous est confirmée.",
            "Nous nous réjouissons de votre participation.",
            "Si vous n'êtes finalement pas en mesure d'y participer, nous vous prions d'annuler votre inscription à \
             l'aide du lien ci-dessous, afin que votre place puisse être proposée à une autre personne.",
            "À l'entrée, présentez votre code d'accueil (un code QR) sur votre téléphone ou imprimé. Il figure aussi \
             sur la page de votre inscription.",
            "Mon code d'accueil",
        ),
    };

    Message::new(lang, heading, &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(if ctx.approved { approved } else { confirmed })
        .event(&ctx.event)
        .paragraph(welcome)
        .paragraph(cancel)
        .manage_registration(&ctx.manage_url)
        // A link, not an inline image: mail clients block inline SVG and remote images.
        .paragraph(checkin)
        .action(checkin_link, &format!("{}/checkin.svg", ctx.manage_url))
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
    }
}
