//! Tells a person that the event is full and their registration is on the waiting list.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

/// What the waiting-list notice says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationWaitlisted {
    /// Full name of the registered person.
    pub name: String,
    /// The event registered for.
    pub event: EventSummary,
    /// Position on the waiting list, from 1.
    pub position: u32,
    /// Page where the person views or withdraws the registration.
    pub manage_url: String,
}

/// Renders the waiting-list notice in `lang`.
pub fn render(ctx: &RegistrationWaitlisted, lang: Lang) -> Email {
    let tr = Tr(lang);
    let position = tr.ta("email-registration-waitlisted-position", &[("position", &ctx.position.to_string())]);
    Message::new(tr, tr.t("email-registration-waitlisted-heading"), &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(&tr.t("email-registration-waitlisted-thanks"))
        .event(&ctx.event)
        .paragraph(&position)
        .paragraph(&tr.t("email-registration-waitlisted-offer"))
        .paragraph(&tr.t("email-registration-waitlisted-withdraw"))
        .manage_registration(&ctx.manage_url)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::registration_waitlisted(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::registration_waitlisted(Lang::Fr), Lang::Fr));
    }

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::registration_waitlisted(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::registration_waitlisted(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::registration_waitlisted(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::registration_waitlisted(Lang::Es), Lang::Es));
    }
}
