//! Reminds a confirmed participant that the event is coming, a few days before it starts.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

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
    let tr = Tr(lang);
    Message::new(tr, tr.t("email-event-reminder-heading"), &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(&tr.ta("email-event-reminder-soon", &[("days", &ctx.days_before.to_string())]))
        .event(&ctx.event)
        .paragraph(&tr.t("email-event-reminder-details"))
        .paragraph(&tr.t("email-event-reminder-changes"))
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
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::event_reminder(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::event_reminder(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::event_reminder(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::event_reminder(Lang::Es), Lang::Es));
    }

    #[test]
    fn tomorrow_is_said_in_words() {
        let mut ctx = samples::event_reminder(Lang::En);
        ctx.days_before = 1;
        assert!(render(&ctx, Lang::En).text.contains("starts tomorrow"));
        assert!(render(&ctx, Lang::Fr).text.contains("commence demain"));
    }
}
