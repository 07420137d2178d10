//! Asks a person registering openly to confirm their email address before the registration goes on.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

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
    let tr = Tr(lang);
    // No name yet: the person has only typed an address.
    Message::new(tr, tr.t("email-verification-heading"), &ctx.event.title)
        .greeting(None)
        .paragraph(&tr.t("email-verification-ask"))
        .event(&ctx.event)
        .action(&tr.t("email-verification-button"), &ctx.verify_url)
        .paragraph(&tr.t("email-verification-ignore"))
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

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::email_verification(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::email_verification(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::email_verification(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::email_verification(Lang::Es), Lang::Es));
    }
}
