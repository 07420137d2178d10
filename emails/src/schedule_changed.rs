//! Tells a confirmed participant that an event's dates, venue or schedule changed (or that it
//! was cancelled); the new calendar entry travels as an attachment.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

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
    let tr = Tr(lang);
    let [heading, intro, attachment] = if ctx.cancelled {
        [
            tr.t("email-schedule-changed-cancelled-heading"),
            tr.t("email-schedule-changed-cancelled-intro"),
            tr.t("email-schedule-changed-cancelled-attachment"),
        ]
    } else {
        [
            tr.t("email-schedule-changed-heading"),
            tr.t("email-schedule-changed-intro"),
            tr.t("email-schedule-changed-attachment"),
        ]
    };

    let mut message = Message::new(tr, heading, &ctx.event.title).greeting(Some(&ctx.name)).paragraph(&intro);
    if !ctx.cancelled {
        for change in &ctx.changes {
            message = message.paragraph(&format!("– {change}"));
        }
    }
    message.event(&ctx.event).paragraph(&attachment).finish()
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
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::schedule_changed(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::schedule_changed(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::schedule_changed(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::schedule_changed(Lang::Es), Lang::Es));
    }

    #[test]
    fn a_cancellation_says_so_and_lists_no_changes() {
        let ctx = ScheduleChanged { cancelled: true, ..samples::schedule_changed(Lang::En) };
        let email = render(&ctx, Lang::En);
        assert!(email.subject.starts_with("Event cancelled"));
        assert!(!email.text.contains("– "));
    }
}
