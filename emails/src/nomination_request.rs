//! Asks a State's focal point (or permanent mission) to nominate participants and name the head of delegation.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

/// What a request for nominations says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NominationRequest {
    /// Full name of the national focal point.
    pub focal_point_name: String,
    /// Name of the State, in the recipient's language.
    pub country_name: String,
    /// The event to nominate participants for.
    pub event: EventSummary,
    /// How many participants the State may nominate at most.
    pub seats: u32,
    /// Page where the nominations (and the note verbale) are submitted.
    pub nomination_url: String,
    /// Deadline for the nominations, formatted in the recipient's language, if there is one.
    pub respond_by: Option<String>,
    /// The organiser's own paragraph, if any.
    pub custom_paragraph: Option<String>,
}

/// Renders the request for nominations in `lang`.
pub fn render(ctx: &NominationRequest, lang: Lang) -> Email {
    let tr = Tr(lang);
    let (country, seats_label) =
        (tr.t("email-nomination-request-country"), tr.t("email-nomination-request-seats-label"));
    let deadline = tr.t("email-nomination-request-deadline");
    let seats = tr.ta("email-nomination-request-seats", &[("seats", &ctx.seats.to_string())]);
    let mut facts = vec![(country.as_str(), ctx.country_name.as_str()), (seats_label.as_str(), seats.as_str())];
    if let Some(date) = &ctx.respond_by {
        facts.push((deadline.as_str(), date));
    }

    Message::new(tr, tr.t("email-nomination-request-heading"), &ctx.event.title)
        .greeting(Some(&ctx.focal_point_name))
        .paragraph(&tr.t("email-nomination-request-intro"))
        .event(&ctx.event)
        .facts(&facts)
        .custom_paragraph(ctx.custom_paragraph.as_deref())
        .paragraph(&tr.t("email-nomination-request-how"))
        .action(&tr.t("email-nomination-request-button"), &ctx.nomination_url)
        .paragraph(&tr.t("email-nomination-request-personal"))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::nomination_request(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::nomination_request(Lang::Fr), Lang::Fr));
    }

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::nomination_request(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::nomination_request(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::nomination_request(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::nomination_request(Lang::Es), Lang::Es));
    }

    #[test]
    fn a_single_seat_is_not_up_to_one() {
        let ctx = NominationRequest { seats: 1, ..samples::nomination_request(Lang::En) };
        assert!(render(&ctx, Lang::En).text.contains("Number of participants: 1\n"));
        let ctx = NominationRequest { seats: 1, ..samples::nomination_request(Lang::Fr) };
        assert!(render(&ctx, Lang::Fr).text.contains("Nombre de participants : 1\n"));
    }
}
