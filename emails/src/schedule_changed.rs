//! Tells a confirmed participant that an event's dates, venue or schedule changed (or that it
//! was cancelled); the new calendar entry travels as an attachment.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

/// What a change notice says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleChanged {
    /// Full name of the participant.
    pub name: String,
    /// The event, as it is now.
    pub event: EventSummary,
    /// Each change, one sentence each, already in the recipient's language.
    pub changes: Vec<String>,
    /// The event was cancelled (the attachment removes it from calendars).
    pub cancelled: bool,
}

/// Renders the notice in `lang`.
pub fn render(ctx: &ScheduleChanged, lang: Lang) -> Email {
    let (heading, intro, attachment) = match (lang, ctx.cancelled) {
        (Lang::En, false) => (
            "Programme updated",
            "The secretariat has made the following changes to the event below.",
            "The attached calendar file updates the entry in your calendar; please open it if your mail program \
             does not do so by itself.",
        ),
        (Lang::En, true) => (
            "Event cancelled",
            "The secretariat regrets to inform you that the event below has been cancelled.",
            "The attached calendar file removes the event from your calendar.",
        ),
        (Lang::Fr, false) => (
            "Programme mis à jour",
            "Le secrétariat a apporté les modifications suivantes à l'événement ci-dessous.",
            "Le fichier de calendrier joint met à jour l'entrée de votre agenda ; veuillez l'ouvrir si votre \
             messagerie ne le fait pas d'elle-même.",
        ),
        (Lang::Fr, true) => (
            "Événement annulé",
            "Le secrétariat a le regret de vous informer que l'événement ci-dessous a été annulé.",
            "Le fichier de calendrier joint retire l'événement de votre agenda.",
        ),
    };

    let mut message = Message::new(lang, heading, &ctx.event.title).greeting(Some(&ctx.name)).paragraph(intro);
    if !ctx.cancelled {
        for change in &ctx.changes {
            message = message.paragraph(&format!("– {change}"));
        }
    }
    message.event(&ctx.event).paragraph(attachment).finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::schedule_changed(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::schedule_changed(Lang::Fr), Lang::Fr));
    }

    #[test]
    fn a_cancellation_says_so_and_lists_no_changes() {
        let ctx = ScheduleChanged { cancelled: true, ..samples::schedule_changed(Lang::En) };
        let email = render(&ctx, Lang::En);
        assert!(email.subject.starts_with("Event cancelled"));
        assert!(!email.text.contains("– "));
    }
}
