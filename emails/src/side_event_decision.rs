//! Tells the contact of a side event the secretariat's decision: approved with its room and
//! time and a link to the programme, or declined with the reason.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

/// The secretariat's decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// On the programme.
    Approved {
        /// The room allocated.
        room: String,
        /// Day and time, formatted in the meeting's time zone ("8 December 2026, 13:15–14:45").
        when: String,
        /// Absolute URL of the programme of side events.
        programme_url: String,
    },
    /// Not on the programme.
    Declined {
        /// The secretariat's reason.
        reason: String,
    },
}

/// What the notice of a decision says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideEventDecision {
    /// The contact's name.
    pub name: String,
    /// The side event's title.
    pub title: String,
    /// The meeting.
    pub event: EventSummary,
    /// The decision.
    pub decision: Decision,
}

/// Renders the notice in `lang`.
pub fn render(ctx: &SideEventDecision, lang: Lang) -> Email {
    let tr = Tr(lang);
    let title_label = tr.t("email-side-event-title");
    match &ctx.decision {
        Decision::Approved { room, when, programme_url } => {
            let (room_label, when_label) = (tr.t("email-side-event-room"), tr.t("email-side-event-when"));
            Message::new(tr, tr.t("email-side-event-approved-heading"), &ctx.event.title)
                .greeting(Some(&ctx.name))
                .paragraph(&tr.t("email-side-event-approved"))
                .facts(&[
                    (title_label.as_str(), ctx.title.as_str()),
                    (room_label.as_str(), room.as_str()),
                    (when_label.as_str(), when.as_str()),
                ])
                .event(&ctx.event)
                .action(&tr.t("email-side-event-programme-button"), programme_url)
                .finish()
        }
        Decision::Declined { reason } => {
            let reason_label = tr.t("email-registration-declined-reason");
            Message::new(tr, tr.t("email-side-event-declined-heading"), &ctx.event.title)
                .greeting(Some(&ctx.name))
                .paragraph(&tr.t("email-side-event-declined"))
                .facts(&[(title_label.as_str(), ctx.title.as_str()), (reason_label.as_str(), reason.as_str())])
                .event(&ctx.event)
                .finish()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english_approved() {
        samples::assert_email_snapshots!("en", render(&samples::side_event_approved(Lang::En), Lang::En));
    }

    #[test]
    fn french_declined() {
        samples::assert_email_snapshots!("fr", render(&samples::side_event_declined(Lang::Fr), Lang::Fr));
    }

    #[test]
    fn arabic_approved() {
        samples::assert_email_snapshots!("ar", render(&samples::side_event_approved(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese_approved() {
        samples::assert_email_snapshots!("zh", render(&samples::side_event_approved(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian_declined() {
        samples::assert_email_snapshots!("ru", render(&samples::side_event_declined(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish_declined() {
        samples::assert_email_snapshots!("es", render(&samples::side_event_declined(Lang::Es), Lang::Es));
    }
}
