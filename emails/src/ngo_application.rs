//! Tells an NGO's contact where its application for accreditation to a meeting stands: confirm the
//! contact address (the application goes to the secretariat only then), accredited, or declined.

use locale::{Lang, Tr};

use crate::message::Message;
use crate::{Email, EventSummary};

/// Where the application stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NgoStep {
    /// The contact address must be confirmed through this page.
    Verify {
        /// Page that confirms the address.
        verify_url: String,
    },
    /// The secretariat accredited the NGO; its representatives receive their invitations.
    Accredited {
        /// How many representatives were invited.
        representatives: usize,
    },
    /// The secretariat declined the application.
    Declined {
        /// The secretariat's reason.
        reason: String,
    },
}

/// What the message to an NGO's contact says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NgoApplication {
    /// The organisation's name.
    pub organisation: String,
    /// The meeting applied to.
    pub event: EventSummary,
    /// Where the application stands.
    pub step: NgoStep,
}

/// Renders the message in `lang`.
pub fn render(ctx: &NgoApplication, lang: Lang) -> Email {
    let tr = Tr(lang);
    let org = [("organisation", ctx.organisation.as_str())];
    match &ctx.step {
        NgoStep::Verify { verify_url } => Message::new(tr, tr.t("email-ngo-verify-heading"), &ctx.event.title)
            .greeting(None)
            .paragraph(&tr.ta("email-ngo-verify-ask", &org))
            .event(&ctx.event)
            .action(&tr.t("email-ngo-verify-button"), verify_url)
            .paragraph(&tr.t("email-ngo-verify-ignore"))
            .finish(),
        NgoStep::Accredited { representatives } => {
            let count = representatives.to_string();
            Message::new(tr, tr.t("email-ngo-accredited-heading"), &ctx.event.title)
                .greeting(None)
                .paragraph(&tr.ta("email-ngo-accredited-body", &[org[0], ("count", count.as_str())]))
                .event(&ctx.event)
                .finish()
        }
        NgoStep::Declined { reason } => {
            let label = tr.t("email-ngo-declined-reason");
            Message::new(tr, tr.t("email-ngo-declined-heading"), &ctx.event.title)
                .greeting(None)
                .paragraph(&tr.ta("email-ngo-declined-body", &org))
                .event(&ctx.event)
                .facts(&[(label.as_str(), reason.as_str())])
                .finish()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples;

    #[test]
    fn english() {
        samples::assert_email_snapshots!("en", render(&samples::ngo_declined(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        samples::assert_email_snapshots!("fr", render(&samples::ngo_declined(Lang::Fr), Lang::Fr));
    }

    #[test]
    fn every_step_names_the_organisation() {
        for step in [
            NgoStep::Verify { verify_url: "https://convene.example.org/ngo/v/x".into() },
            NgoStep::Accredited { representatives: 2 },
        ] {
            let ctx = NgoApplication { step, ..samples::ngo_declined(Lang::En) };
            assert!(render(&ctx, Lang::En).text.contains("VERTIC"));
        }
    }

    #[test]
    fn arabic() {
        samples::assert_email_snapshots!("ar", render(&samples::ngo_declined(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        samples::assert_email_snapshots!("zh", render(&samples::ngo_declined(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        samples::assert_email_snapshots!("ru", render(&samples::ngo_declined(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        samples::assert_email_snapshots!("es", render(&samples::ngo_declined(Lang::Es), Lang::Es));
    }
}
