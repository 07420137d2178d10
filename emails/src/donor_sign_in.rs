//! A donor contact's one-time link to the donor portal.

use crate::message::Message;
use crate::{Email, Lang};

/// What the sign-in email says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DonorSignIn {
    /// The donor the contact speaks for.
    pub donor: String,
    /// The one-time link.
    pub sign_in_url: String,
    /// Minutes the link stays valid.
    pub minutes: u32,
}

/// Renders the email in `lang`.
pub fn render(ctx: &DonorSignIn, lang: Lang) -> Email {
    let (heading, ask, button, expiry, ignore) = match lang {
        Lang::En => (
            "Your link to the donor portal",
            "Use the link below to see the activities your contributions fund and their results.".to_owned(),
            "Open the donor portal",
            format!("The link works once, for {} minutes. Please do not forward it.", ctx.minutes),
            "If you did not ask for it, you can ignore this message.",
        ),
        Lang::Fr => (
            "Votre lien vers l'espace donateurs",
            "Utilisez le lien ci-dessous pour consulter les activités financées par vos contributions et leurs \
             résultats."
                .to_owned(),
            "Ouvrir l'espace donateurs",
            format!(
                "Le lien ne fonctionne qu'une fois, pendant {} minutes. Veuillez ne pas le transférer.",
                ctx.minutes
            ),
            "Si vous ne l'avez pas demandé, vous pouvez ignorer ce message.",
        ),
    };
    Message::new(lang, heading, &ctx.donor)
        .greeting(None)
        .paragraph(&ask)
        .action(button, &ctx.sign_in_url)
        .paragraph(&expiry)
        .paragraph(ignore)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> DonorSignIn {
        DonorSignIn {
            donor: "Norway".into(),
            sign_in_url: "https://convene.example.org/donor/link/TOKEN".into(),
            minutes: 30,
        }
    }

    #[test]
    fn english() {
        crate::samples::assert_email_snapshots!("en", render(&sample(), Lang::En));
    }

    #[test]
    fn french() {
        crate::samples::assert_email_snapshots!("fr", render(&sample(), Lang::Fr));
    }
}
