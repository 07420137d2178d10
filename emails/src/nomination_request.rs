//! Asks a State's focal point (or permanent mission) to nominate participants and name the head of delegation.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

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
    let seats = ctx.seats;
    let words = match lang {
        Lang::En => Words {
            heading: "Request for nominations",
            intro: "The secretariat has the honour to write to you in your capacity as focal point, and to invite \
                    your Government to nominate participants for the event below and to name the head of delegation.",
            country: "Country",
            seats_label: "Number of participants",
            seats: if seats == 1 { "1".to_owned() } else { format!("up to {seats}") },
            deadline: "Deadline for nominations",
            how: "Please submit the nominations using the link below. The note verbale from your permanent mission \
                  confirming the composition of the delegation may be attached on the same page.",
            button: "Submit nominations",
            personal: "This link is reserved for your country's nominations: please share it only with the \
                       colleagues responsible for them.",
        },
        Lang::Fr => Words {
            heading: "Demande de désignations",
            intro: "Le secrétariat a l'honneur de s'adresser à vous en votre qualité de point focal, et d'inviter \
                    votre gouvernement à désigner des participants à l'événement ci-dessous, en précisant le nom du \
                    chef de délégation.",
            country: "Pays",
            seats_label: "Nombre de participants",
            seats: if seats == 1 { "1".to_owned() } else { format!("jusqu'à {seats}") },
            deadline: "Date limite des désignations",
            how: "Veuillez soumettre les désignations à l'aide du lien ci-dessous. La note verbale de votre mission \
                  permanente confirmant la composition de la délégation peut être jointe sur la même page.",
            button: "Soumettre les désignations",
            personal: "Ce lien est réservé aux désignations de votre pays : veuillez ne le communiquer qu'aux \
                       collègues qui en sont chargés.",
        },
    };
    let mut facts = vec![(words.country, ctx.country_name.as_str()), (words.seats_label, words.seats.as_str())];
    if let Some(date) = &ctx.respond_by {
        facts.push((words.deadline, date));
    }

    Message::new(lang, words.heading, &ctx.event.title)
        .greeting(Some(&ctx.focal_point_name))
        .paragraph(words.intro)
        .event(&ctx.event)
        .facts(&facts)
        .custom_paragraph(ctx.custom_paragraph.as_deref())
        .paragraph(words.how)
        .action(words.button, &ctx.nomination_url)
        .paragraph(words.personal)
        .finish()
}

/// The sentences of the request in one language.
struct Words {
    heading: &'static str,
    intro: &'static str,
    country: &'static str,
    seats_label: &'static str,
    seats: String,
    deadline: &'static str,
    how: &'static str,
    button: &'static str,
    personal: &'static str,
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
    fn a_single_seat_is_not_up_to_one() {
        let ctx = NominationRequest { seats: 1, ..samples::nomination_request(Lang::En) };
        assert!(render(&ctx, Lang::En).text.contains("Number of participants: 1\n"));
        let ctx = NominationRequest { seats: 1, ..samples::nomination_request(Lang::Fr) };
        assert!(render(&ctx, Lang::Fr).text.contains("Nombre de participants : 1\n"));
    }
}
