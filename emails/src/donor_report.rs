//! Tells a donor contact that its quarterly report is ready, with a link to sign in and see it.

use locale::{Lang, Tr};

use crate::Email;
use crate::message::Message;

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
    let tr = Tr(lang);
    let (activities, days) = (ctx.activities.to_string(), ctx.days.to_string());
    Message::new(tr, tr.t("email-donor-report-heading"), &ctx.donor)
        .greeting(None)
        .paragraph(&tr.ta("email-donor-report-body", &[("quarter", &ctx.quarter), ("activities", &activities)]))
        .action(&tr.t("email-donor-report-button"), &ctx.sign_in_url)
        .paragraph(&tr.ta("email-donor-report-expiry", &[("days", &days)]))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(lang: Lang) -> DonorReport {
        DonorReport {
            donor: crate::samples::donor(lang).into(),
            quarter: "2026-Q3".into(),
            activities: 3,
            sign_in_url: "https://convene.example.org/donor/link/TOKEN".into(),
            days: 14,
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
    fn one_activity_and_one_day_are_in_the_singular() {
        let ctx = DonorReport { activities: 1, days: 1, ..sample(Lang::En) };
        let english = render(&ctx, Lang::En).text;
        assert!(english.contains("on the activity your contributions fund is ready"), "{english}");
        assert!(english.contains("for 1 day;"), "{english}");
        let french = render(&ctx, Lang::Fr).text;
        assert!(french.contains("sur l'activité financée par vos contributions"), "{french}");
        assert!(french.contains("pendant 1 jour ;"), "{french}");
    }
}
