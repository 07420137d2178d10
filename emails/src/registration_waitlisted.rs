//! Tells a person that the event is full and their registration is on the waiting list.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

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
    let position = ctx.position;
    let (heading, thanks, waitlisted, offer, withdraw) = match lang {
        Lang::En => (
            "Waiting list",
            "Thank you for registering for the event below.",
            format!(
                "All places are currently taken, and your registration has been placed on the waiting list in \
                 position {position}."
            ),
            "If a place becomes available for you, we will offer it to you by email; you will then have a limited \
             time to accept it.",
            "If you no longer wish to attend, you can withdraw your registration using the link below.",
        ),
        Lang::Fr => (
            "Liste d'attente",
            "Nous vous remercions de votre inscription à l'événement ci-dessous.",
            format!(
                "Toutes les places étant actuellement attribuées, votre inscription a été placée sur la liste \
                 d'attente, en position {position}."
            ),
            "Si une place se libère pour vous, nous vous la proposerons par courriel ; vous disposerez alors d'un \
             délai limité pour l'accepter.",
            "Si vous ne souhaitez plus participer, vous pouvez retirer votre inscription à l'aide du lien ci-dessous.",
        ),
    };

    Message::new(lang, heading, &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(thanks)
        .event(&ctx.event)
        .paragraph(&waitlisted)
        .paragraph(offer)
        .paragraph(withdraw)
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
}
