//! Reminds a confirmed participant that the event is coming, a few days before it starts.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

/// What a reminder before an event says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventReminder {
    /// Full name of the participant.
    pub name: String,
    /// The event.
    pub event: EventSummary,
    /// Whole days from the reminder to the first day of the event (1 = tomorrow).
    pub days_before: u32,
}

/// Renders the reminder in `lang`.
pub fn render(ctx: &EventReminder, lang: Lang) -> Email {
    let days = ctx.days_before;
    let (heading, soon, details, changes) = match lang {
        Lang::En => (
            "Reminder",
            if days == 1 {
                "This is a reminder that the event below, for which your registration is confirmed, starts tomorrow."
                    .to_owned()
            } else {
                format!(
                    "This is a reminder that the event below, for which your registration is confirmed, starts in \
                     {days} days."
                )
            },
            "The programme and practical information are on the event's page.",
            "To update your details or cancel your registration, please use the link in your confirmation email. \
             If you can no longer attend, cancelling frees your place for someone on the waiting list.",
        ),
        Lang::Fr => (
            "Rappel",
            if days == 1 {
                "Nous vous rappelons que l'événement ci-dessous, pour lequel votre inscription est confirmée, \
                 commence demain."
                    .to_owned()
            } else {
                format!(
                    "Nous vous rappelons que l'événement ci-dessous, pour lequel votre inscription est confirmée, \
                     commence dans {days} jours."
                )
            },
            "Le programme et les informations pratiques figurent sur la page de l'événement.",
            "Pour mettre à jour vos coordonnées ou annuler votre inscription, veuillez utiliser le lien figurant \
             dans votre courriel de confirmation. Si vous ne pouvez plus participer, votre annulation libère votre \
             place pour une personne de la liste d'attente.",
        ),
    };

    Message::new(lang, heading, &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(&soon)
        .event(&ctx.event)
        .paragraph(details)
        .paragraph(changes)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::event_reminder(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::event_reminder(Lang::Fr), Lang::Fr));
    }

    #[test]
    fn tomorrow_is_said_in_words() {
        let mut ctx = samples::event_reminder(Lang::En);
        ctx.days_before = 1;
        assert!(render(&ctx, Lang::En).text.contains("starts tomorrow"));
        assert!(render(&ctx, Lang::Fr).text.contains("commence demain"));
    }
}
