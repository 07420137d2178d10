//! A personal invitation to an event, with one link to register or to decline (the page offers both).

use crate::message::Message;
use crate::{Email, EventSummary, Lang, Role};

/// What a personal invitation says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// Full name of the invited person.
    pub recipient_name: String,
    /// The event the person is invited to.
    pub event: EventSummary,
    /// The capacity in which the person is invited.
    pub role: Role,
    /// Page where the person registers or declines.
    pub register_url: String,
    /// Deadline for a reply, formatted in the recipient's language, if there is one.
    pub respond_by: Option<String>,
    /// The organiser's own paragraph, if any.
    pub custom_paragraph: Option<String>,
}

/// Renders the invitation in `lang`.
pub fn render(ctx: &Invitation, lang: Lang) -> Email {
    let role = ctx.role.label(lang);
    let words = match lang {
        Lang::En => Words {
            heading: "Invitation",
            intro: format!(
                "The secretariat has the honour to invite you to take part in the event below in the capacity of {role}."
            ),
            deadline: "Deadline for reply",
            how: "To register, or to decline the invitation, please use the link below.",
            button: "Register or decline",
            personal: "This invitation is personal: please do not forward this message, as the link is reserved for you.",
        },
        Lang::Fr => Words {
            heading: "Invitation",
            intro: format!(
                "Le secrétariat a l'honneur de vous inviter à participer à l'événement ci-dessous en qualité {}.",
                with_de(role)
            ),
            deadline: "Date limite de réponse",
            how: "Pour vous inscrire, ou pour décliner l'invitation, veuillez utiliser le lien ci-dessous.",
            button: "S'inscrire ou décliner",
            personal: "Cette invitation est personnelle : veuillez ne pas transférer ce message, car le lien vous est \
                       réservé.",
        },
    };
    let deadline: Vec<(&str, &str)> = ctx.respond_by.iter().map(|date| (words.deadline, date.as_str())).collect();

    Message::new(lang, words.heading, &ctx.event.title)
        .greeting(Some(&ctx.recipient_name))
        .paragraph(&words.intro)
        .event(&ctx.event)
        .custom_paragraph(ctx.custom_paragraph.as_deref())
        .facts(&deadline)
        .paragraph(words.how)
        .action(words.button, &ctx.register_url)
        .paragraph(words.personal)
        .finish()
}

/// The sentences of the invitation in one language.
struct Words {
    heading: &'static str,
    intro: String,
    deadline: &'static str,
    how: &'static str,
    button: &'static str,
    personal: &'static str,
}

/// "de chef de délégation", "d'observateur": French elides "de" before a vowel.
fn with_de(label: &str) -> String {
    if label.starts_with(['a', 'e', 'é', 'i', 'o', 'u']) { format!("d'{label}") } else { format!("de {label}") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::invitation(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::invitation(Lang::Fr), Lang::Fr));
    }

    #[test]
    fn french_elides_de_before_a_vowel() {
        let text = |role| render(&Invitation { role, ..samples::invitation(Lang::Fr) }, Lang::Fr).text;
        assert!(text(Role::Observer).contains("en qualité d'observateur."));
        assert!(text(Role::Expert).contains("en qualité d'expert ou personne ressource."));
        assert!(text(Role::HeadOfDelegation).contains("en qualité de chef de délégation."));
        assert!(text(Role::Trainee).contains("en qualité de stagiaire."));
    }

    #[test]
    fn english_names_the_role() {
        let email = render(&Invitation { role: Role::HeadOfDelegation, ..samples::invitation(Lang::En) }, Lang::En);
        assert!(email.text.contains("in the capacity of head of delegation."));
        assert!(email.html.contains("in the capacity of head of delegation."));
    }
}
