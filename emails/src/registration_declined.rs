//! Tells a person that the secretariat could not accept their registration.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

/// What the notice of a declined registration says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationDeclined {
    /// Full name of the registered person.
    pub name: String,
    /// The event registered for.
    pub event: EventSummary,
    /// The secretariat's reason, in the recipient's language, if it gave one.
    pub reason: Option<String>,
}

/// Renders the notice in `lang`.
pub fn render(ctx: &RegistrationDeclined, lang: Lang) -> Email {
    let (heading, declined, reason, questions) = match lang {
        Lang::En => (
            "Registration not accepted",
            "The secretariat regrets to inform you that it was unable to accept your registration for the event \
             below.",
            "Reason",
            "Should you have any questions, please contact the secretariat.",
        ),
        Lang::Fr => (
            "Inscription non retenue",
            "Le secrétariat a le regret de vous informer qu'il n'a pas été en mesure d'accepter votre inscription à \
             l'événement ci-dessous.",
            "Motif",
            "Pour toute question, nous vous invitons à prendre contact avec le secrétariat.",
        ),
    };
    let reason: Vec<(&str, &str)> = ctx.reason.iter().map(|text| (reason, text.as_str())).collect();

    Message::new(lang, heading, &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(declined)
        .event(&ctx.event)
        .facts(&reason)
        .paragraph(questions)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::registration_declined(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::registration_declined(Lang::Fr), Lang::Fr));
    }
}
