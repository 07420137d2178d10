//! Tells a donor contact that its quarterly report is ready, with a link to sign in and see it.

use crate::message::Message;
use crate::{Email, Lang};

/// What the quarterly email says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DonorReport {
    /// The donor.
    pub donor: String,
    /// The quarter, e.g. "2026-Q3".
    pub quarter: String,
    /// Events funded by the donor's contributions so far.
    pub activities: u64,
    /// One-time link to the donor portal.
    pub sign_in_url: String,
    /// Days the link stays valid.
    pub days: u32,
}

/// Renders the email in `lang`.
pub fn render(ctx: &DonorReport, lang: Lang) -> Email {
    let (heading, body, button, expiry) = match lang {
        Lang::En => (
            "Your quarterly donor report",
            format!(
                "The report for {} on the {} activities your contributions fund is ready: events held, States \
                 and participants reached, and money allocated and spent. It can be printed or downloaded as PDF, \
                 CSV or XLSX.",
                ctx.quarter, ctx.activities
            ),
            "See the report",
            format!(
                "The link works once, for {} days; afterwards, ask for a new link on the donor portal's sign-in page.",
                ctx.days
            ),
        ),
        Lang::Fr => (
            "Votre rapport trimestriel de donateur",
            format!(
                "Le rapport {} sur les {} activités financées par vos contributions est prêt : événements tenus, \
                 États et participants atteints, fonds alloués et dépensés. Il peut être imprimé ou téléchargé en \
                 PDF, CSV ou XLSX.",
                ctx.quarter, ctx.activities
            ),
            "Voir le rapport",
            format!(
                "Le lien ne fonctionne qu'une fois, pendant {} jours ; ensuite, demandez un nouveau lien sur la \
                 page de connexion de l'espace donateurs.",
                ctx.days
            ),
        ),
    };
    Message::new(lang, heading, &ctx.donor)
        .greeting(None)
        .paragraph(&body)
        .action(button, &ctx.sign_in_url)
        .paragraph(&expiry)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> DonorReport {
        DonorReport {
            donor: "Norway".into(),
            quarter: "2026-Q3".into(),
            activities: 3,
            sign_in_url: "https://convene.example.org/donor/link/TOKEN".into(),
            days: 14,
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
