//! Offers a freed place to the next person on the waiting list, to accept before a deadline.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

/// What the offer of a place says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatOffered {
    /// Full name of the person on the waiting list.
    pub name: String,
    /// The event with a free place.
    pub event: EventSummary,
    /// Page where the person accepts the place.
    pub accept_url: String,
    /// When the offer lapses, formatted in the recipient's language with its time zone.
    pub expires: String,
}

/// Renders the offer in `lang`.
pub fn render(ctx: &SeatOffered, lang: Lang) -> Email {
    let (heading, offered, deadline, how, button, no_action) = match lang {
        Lang::En => (
            "Place available",
            "A place has become available at the event below, and it is offered to you as the next person on the \
             waiting list.",
            "Deadline to accept",
            "To take the place, please accept it using the link below before this deadline. After that, it will be \
             offered to the next person on the list.",
            "Accept the place",
            "If you no longer wish to attend, no action is needed.",
        ),
        Lang::Fr => (
            "Place disponible",
            "Une place s'est libérée pour l'événement ci-dessous ; elle vous est proposée, car vous êtes la personne \
             suivante sur la liste d'attente.",
            "Date limite d'acceptation",
            "Pour obtenir cette place, veuillez l'accepter à l'aide du lien ci-dessous avant cette date limite. Passé \
             ce délai, elle sera proposée à la personne suivante sur la liste.",
            "Accepter la place",
            "Si vous ne souhaitez plus participer, aucune action n'est nécessaire de votre part.",
        ),
    };

    Message::new(lang, heading, &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(offered)
        .event(&ctx.event)
        .facts(&[(deadline, &ctx.expires)])
        .paragraph(how)
        .action(button, &ctx.accept_url)
        .paragraph(no_action)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::seat_offered(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::seat_offered(Lang::Fr), Lang::Fr));
    }
}
