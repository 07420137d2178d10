//! Confirms that a registration was cancelled and its place released.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

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
    let tr = Tr(lang);
    Message::new(tr, tr.t("email-registration-cancelled-heading"), &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(&tr.t("email-registration-cancelled-cancelled"))
        .event(&ctx.event)
        .paragraph(&tr.t("email-registration-cancelled-mistake"))
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

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::registration_cancelled(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::registration_cancelled(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::registration_cancelled(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::registration_cancelled(Lang::Es), Lang::Es));
    }
}
