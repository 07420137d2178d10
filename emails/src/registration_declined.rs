//! Tells a person that the secretariat could not accept their registration.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

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
    let tr = Tr(lang);
    let reason_label = tr.t("email-registration-declined-reason");
    let reason: Vec<(&str, &str)> = ctx.reason.iter().map(|text| (reason_label.as_str(), text.as_str())).collect();

    Message::new(tr, tr.t("email-registration-declined-heading"), &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(&tr.t("email-registration-declined-declined"))
        .event(&ctx.event)
        .facts(&reason)
        .paragraph(&tr.t("email-registration-declined-questions"))
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

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::registration_declined(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::registration_declined(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::registration_declined(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::registration_declined(Lang::Es), Lang::Es));
    }
}
