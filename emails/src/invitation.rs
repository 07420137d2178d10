//! A personal invitation to an event, with one link to register or to decline (the page offers both).

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary, Role};

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
    let tr = Tr(lang);
    let deadline_label = tr.t("email-invitation-deadline");
    let deadline: Vec<(&str, &str)> =
        ctx.respond_by.iter().map(|date| (deadline_label.as_str(), date.as_str())).collect();

    Message::new(tr, tr.t("email-invitation-heading"), &ctx.event.title)
        .greeting(Some(&ctx.recipient_name))
        .paragraph(&tr.ta("email-invitation-intro", &[("role", ctx.role.id())]))
        .event(&ctx.event)
        .custom_paragraph(ctx.custom_paragraph.as_deref())
        .facts(&deadline)
        .paragraph(&tr.t("email-invitation-how"))
        .action(&tr.t("email-invitation-button"), &ctx.register_url)
        .paragraph(&tr.t("email-invitation-personal"))
        .finish()
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
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::invitation(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::invitation(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::invitation(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::invitation(Lang::Es), Lang::Es));
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
