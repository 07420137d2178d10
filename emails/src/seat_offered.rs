//! Offers a freed place to the next person on the waiting list, to accept before a deadline.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

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
    let tr = Tr(lang);
    Message::new(tr, tr.t("email-seat-offered-heading"), &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(&tr.t("email-seat-offered-offered"))
        .event(&ctx.event)
        .facts(&[(&tr.t("email-seat-offered-deadline"), &ctx.expires)])
        .paragraph(&tr.t("email-seat-offered-how"))
        .action(&tr.t("email-seat-offered-button"), &ctx.accept_url)
        .paragraph(&tr.t("email-seat-offered-no-action"))
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

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::seat_offered(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::seat_offered(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::seat_offered(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::seat_offered(Lang::Es), Lang::Es));
    }
}
