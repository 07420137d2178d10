//! Tells a participant that their certificate of attendance is ready, with the link to download it.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

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
    let tr = Tr(lang);
    let (attended, total) = (ctx.days_attended.to_string(), ctx.days_total.to_string());
    let days = tr.ta("email-certificate-issued-days", &[("attended", &attended), ("total", &total)]);
    Message::new(tr, tr.t("email-certificate-issued-heading"), &ctx.event.title)
        .greeting(Some(&ctx.name))
        .paragraph(&tr.t("email-certificate-issued-issued"))
        .event(&ctx.event)
        .facts(&[
            (&tr.t("email-certificate-issued-days-label"), &days),
            (&tr.t("email-certificate-issued-code-label"), &ctx.verification_code),
        ])
        .paragraph(&tr.t("email-certificate-issued-keep"))
        .action(&tr.t("email-certificate-issued-link"), &ctx.download_url)
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

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::certificate_issued(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::certificate_issued(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::certificate_issued(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::certificate_issued(Lang::Es), Lang::Es));
    }

    #[test]
    fn a_single_day_is_in_the_singular() {
        let ctx = CertificateIssued { days_attended: 1, days_total: 1, ..samples::certificate_issued(Lang::En) };
        assert!(render(&ctx, Lang::En).text.contains("Attendance: 1 of 1 day\n"));
        assert!(render(&ctx, Lang::Fr).text.contains("Présence : 1 jour sur 1\n"));
    }
}
