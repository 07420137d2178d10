//! Tells a participant that their certificate of attendance is ready, with the link to download it.

use crate::message::Message;
use crate::{Email, EventSummary, Lang};

/// What the message about an issued certificate says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateIssued {
    /// Full name of the participant.
    pub name: String,
    /// The event attended.
    pub event: EventSummary,
    /// Days the participant attended.
    pub days_attended: u32,
    /// Days the event lasted.
    pub days_total: u32,
    /// The certificate's verification code, printed on it.
    pub verification_code: String,
    /// Private page where the participant downloads the certificate (PDF).
    pub download_url: String,
}

/// Renders the message in `lang`.
pub fn render(ctx: &CertificateIssued, lang: Lang) -> Email {
    let (attended, total) = (ctx.days_attended, ctx.days_total);
    let (heading, issued, days_label, days, code_label, keep, link) = match lang {
        Lang::En => (
            "Certificate of attendance",
            "Thank you for taking part in the event below. The secretariat has issued your certificate of \
             attendance.",
            "Attendance",
            format!("{attended} of {total} days"),
            "Verification code",
            "Anyone to whom you show the certificate can check it on our website with its verification code. \
             Please keep this email: the link below is personal.",
            "Download my certificate (PDF)",
        ),
        Lang::Fr => (
            "Certificat de participation",
            "Nous vous remercions d'avoir pris part à l'événement ci-dessous. Le secrétariat vous a délivré votre \
             certificat de participation.",
            "Présence",
            format!("{attended} jours sur {total}"),
            "Code de vérification",
            "Toute personne à qui vous présentez le certificat peut le vérifier sur notre site à l'aide de son code \
             de vérification. Veuillez conserver ce courriel : le lien ci-dessous vous est personnel.",
            "Télécharger mon certificat (PDF)",
        ),
    };

    Message::new(lang, heading, &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(issued)
        .event(&ctx.event)
        .facts(&[(days_label, &days), (code_label, &ctx.verification_code)])
        .paragraph(keep)
        .action(link, &ctx.download_url)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::certificate_issued(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::certificate_issued(Lang::Fr), Lang::Fr));
    }
}
