//! Acknowledges a registration that is pending approval (accreditation) by the secretariat.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

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
    let tr = Tr(lang);
    Message::new(tr, tr.t("email-registration-received-heading"), &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(&tr.t("email-registration-received-thanks"))
        .event(&ctx.event)
        .paragraph(&tr.t("email-registration-received-pending"))
        .paragraph(&tr.t("email-registration-received-manage"))
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

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::registration_received(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::registration_received(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::registration_received(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::registration_received(Lang::Es), Lang::Es));
    }
}
