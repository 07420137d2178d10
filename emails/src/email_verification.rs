//! Asks a person registering openly to confirm their email address before the registration goes on.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

/// What the request to confirm an email address says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailVerification {
    /// The event being registered for.
    pub event: EventSummary,
    /// Page that confirms the address and continues the registration.
    pub verify_url: String,
}

/// Renders the request in `lang`.
pub fn render(ctx: &EmailVerification, lang: Lang) -> Email {
    let (heading, ask, button, ignore) = match lang {
        Lang::En => (
            "Confirm your email address",
            "To continue your registration for the event below, please confirm your email address using the link \
             below.",
            "Confirm my email address",
            "If you did not request this, you can ignore this message: no registration will be made.",
        ),
        Lang::Fr => (
            "Confirmez votre adresse électronique",
            "Pour poursuivre votre inscription à l'événement ci-dessous, veuillez confirmer votre adresse \
             électronique à l'aide du lien ci-dessous.",
            "Confirmer mon adresse",
            "Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce message : aucune inscription ne \
             sera enregistrée.",
        ),
    };

    // No name yet: the person has only typed an address.
    Message::new(lang, heading, &ctx.event.title)
        .greeting(None)
        .paragraph(ask)
        .event(&ctx.event)
        .action(button, &ctx.verify_url)
        .paragraph(ignore)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::email_verification(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::email_verification(Lang::Fr), Lang::Fr));
    }
}
