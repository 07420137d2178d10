//! A donor contact's one-time link to the donor portal.

use locale::{Lang, Tr};

use crate::Email;
use crate::message::Message;

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
    let tr = Tr(lang);
    Message::new(tr, tr.t("email-donor-sign-in-heading"), &ctx.donor)
        .greeting(None)
        .paragraph(&tr.t("email-donor-sign-in-ask"))
        .action(&tr.t("email-donor-sign-in-button"), &ctx.sign_in_url)
        .paragraph(&tr.ta("email-donor-sign-in-expiry", &[("minutes", &ctx.minutes.to_string())]))
        .paragraph(&tr.t("email-donor-sign-in-ignore"))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(lang: Lang) -> DonorSignIn {
        DonorSignIn {
            donor: crate::samples::donor(lang).into(),
            sign_in_url: "https://convene.example.org/donor/link/TOKEN".into(),
            minutes: 30,
        }
    }

    #[test]
    fn english() {
        crate::samples::assert_email_snapshots!("en", render(&sample(Lang::En), Lang::En));
    }

    #[test]
    fn french() {
        crate::samples::assert_email_snapshots!("fr", render(&sample(Lang::Fr), Lang::Fr));
    }

    #[test]
    fn arabic() {
        crate::samples::assert_email_snapshots!("ar", render(&sample(Lang::Ar), Lang::Ar));
    }

    #[test]
    fn chinese() {
        crate::samples::assert_email_snapshots!("zh", render(&sample(Lang::Zh), Lang::Zh));
    }

    #[test]
    fn russian() {
        crate::samples::assert_email_snapshots!("ru", render(&sample(Lang::Ru), Lang::Ru));
    }

    #[test]
    fn spanish() {
        crate::samples::assert_email_snapshots!("es", render(&sample(Lang::Es), Lang::Es));
    }

    #[test]
    fn one_minute_is_in_the_singular() {
        let ctx = DonorSignIn { minutes: 1, ..sample(Lang::En) };
        assert!(render(&ctx, Lang::En).text.contains("for 1 minute."));
        assert!(render(&ctx, Lang::Fr).text.contains("pendant 1 minute."));
    }
}
