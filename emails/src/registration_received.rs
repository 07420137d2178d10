//! Acknowledges a registration that is pending approval (accreditation) by the secretariat.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

/// What the acknowledgement of a registration says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationReceived {
    /// Full name of the registered person.
    pub name: String,
    /// The event registered for.
    pub event: EventSummary,
    /// Page where the person views or cancels the registration.
    pub manage_url: String,
}

/// Renders the acknowledgement in `lang`.
pub fn render(ctx: &RegistrationReceived, lang: Lang) -> Email {
    let (heading, thanks, pending, manage) = match lang {
        Lang::En => (
            "Registration received",
            "Thank you for registering for the event below.",
            "Your registration is pending: the secretariat will review it for accreditation and will inform you of \
             its decision by email.",
            "You can view your registration, or cancel it, using the link below.",
        ),
        Lang::Fr => (
            "Inscription reçue",
            "Nous vous remercions de votre inscription à l'événement ci-dessous.",
            "Votre inscription est en attente : le secrétariat l'examinera aux fins d'accréditation et vous \
             informera de sa décision par courriel.",
            "Vous pouvez consulter votre inscription, ou l'annuler, à l'aide du lien ci-dessous.",
        ),
    };

    Message::new(lang, heading, &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(thanks)
        .event(&ctx.event)
        .paragraph(pending)
        .paragraph(manage)
        .manage_registration(&ctx.manage_url)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::registration_received(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::registration_received(Lang::Fr), Lang::Fr));
    }
}
