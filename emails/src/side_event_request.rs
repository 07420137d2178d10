//! Asks the contact of a side event request to confirm their address; only a confirmed request
//! reaches the secretariat.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

/// What the request to confirm a side event says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideEventRequest {
    /// The contact's name, as typed in the request.
    pub name: String,
    /// The side event's title.
    pub title: String,
    /// The meeting it is held beside.
    pub event: EventSummary,
    /// Page that confirms the request.
    pub confirm_url: String,
}

/// Renders the request in `lang`.
pub fn render(ctx: &SideEventRequest, lang: Lang) -> Email {
    let tr = Tr(lang);
    let label = tr.t("email-side-event-title");
    Message::new(tr, tr.t("email-side-event-request-heading"), &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(&tr.t("email-side-event-request-ask"))
        .facts(&[(label.as_str(), ctx.title.as_str())])
        .event(&ctx.event)
        .action(&tr.t("email-side-event-request-button"), &ctx.confirm_url)
        .paragraph(&tr.t("email-side-event-request-ignore"))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::side_event_request(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::side_event_request(Lang::Fr), Lang::Fr));
    }

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::side_event_request(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::side_event_request(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::side_event_request(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::side_event_request(Lang::Es), Lang::Es));
    }
}
