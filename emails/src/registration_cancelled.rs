//! Confirms that a registration was cancelled and its place released.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

/// What the confirmation of a cancellation says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationCancelled {
    /// Full name of the person whose registration was cancelled.
    pub name: String,
    /// The event the registration was for.
    pub event: EventSummary,
}

/// Renders the confirmation of the cancellation in `lang`.
pub fn render(ctx: &RegistrationCancelled, lang: Lang) -> Email {
    let (heading, cancelled, mistake) = match lang {
        Lang::En => (
            "Registration cancelled",
            "This is to confirm that your registration for the event below has been cancelled and that your place \
             has been released.",
            "If this cancellation was made in error, please contact the secretariat.",
        ),
        Lang::Fr => (
            "Inscription annulée",
            "Nous vous confirmons que votre inscription à l'événement ci-dessous a été annulée et que votre place a \
             été libérée.",
            "Si cette annulation résulte d'une erreur, nous vous invitons à prendre contact avec le secrétariat.",
        ),
    };

    Message::new(lang, heading, &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(cancelled)
        .event(&ctx.event)
        .paragraph(mistake)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::registration_cancelled(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::registration_cancelled(Lang::Fr), Lang::Fr));
    }
}
