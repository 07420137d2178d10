//! Scheduled work. Each job is a name, its settings (on/off, cron) and a work function over
//! (office, now). A tick is first claimed in `job_runs` (a unique row per job and scheduled
//! time: the instance whose insert wins runs it, the others do nothing), then runs work that
//! is idempotent anyway, so a crash mid-run or a second instance repeats nothing.
//!
//! - [`schedule`]: cron expressions (seconds first, UTC) and the ticks they give.
//! - [`runs`]: the claim, the run record and the "run now" of one job.
//! - [`scheduler`]: tokio-cron-scheduler wiring inside `serve`.
//! - [`reminders`]: reminders to confirmed participants before an event, and their preview.
//! - [`purge`]: deletion of old links and sessions.
//! - certificates of attendance after an event: [`crate::certificates::rules::issue_due`].
//! - donor reports: [`crate::donors::quarterly`] emails each donor contact its quarterly link.
//! - event figures: [`crate::reports::figures::refresh`] keeps the counts of ended events.
//! - erasure of personal data past its retention period: [`crate::privacy::rules::erase_due`].
//! - the admin's jobs page and the organiser's preview of reminders: [`crate::admin`].

pub mod purge;
pub mod reminders;
pub mod runs;
pub mod schedule;
pub mod scheduler;

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};

use crate::Office;
use crate::config::JobsSettings;
use crate::error::{Error, Result};
use crate::mail::dispatcher;
use crate::mail::transport::Transport;

/// Every scheduled job of the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobName {
    /// Reminders to confirmed participants before an event.
    EventReminders,
    /// Follow-ups to invitees who have not answered before the registration deadline.
    InvitationFollowUps,
    /// Lapse of seat offers whose time ran out; the seat goes to the next person waiting.
    OfferExpiry,
    /// Deletion of old sign-in links, email verifications and staff sessions.
    TokenPurge,
    /// Cluster-wide safety tick of the outbox dispatcher.
    OutboxDispatch,
    /// Certificates of attendance of events that ended, each emailed to its participant.
    Certificates,
    /// Each donor contact's quarterly link to its report.
    DonorReports,
    /// The kept person counts of ended events, counted again where out of date.
    EventFigures,
    /// Erasure of the personal data of events past their retention period.
    PrivacyErasure,
}

impl JobName {
    /// Every job, in the order pages list them.
    pub const ALL: [JobName; 9] = [
        JobName::EventReminders,
        JobName::InvitationFollowUps,
        JobName::OfferExpiry,
        JobName::TokenPurge,
        JobName::OutboxDispatch,
        JobName::Certificates,
        JobName::DonorReports,
        JobName::EventFigures,
        JobName::PrivacyErasure,
    ];

    /// The name used in `job_runs`, config keys, URLs and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            JobName::EventReminders => "event_reminders",
            JobName::InvitationFollowUps => "invitation_follow_ups",
            JobName::OfferExpiry => "offer_expiry",
            JobName::TokenPurge => "token_purge",
            JobName::OutboxDispatch => "outbox_dispatch",
            JobName::Certificates => "certificates",
            JobName::DonorReports => "donor_reports",
            JobName::EventFigures => "event_figures",
            JobName::PrivacyErasure => "privacy_erasure",
        }
    }

    /// Whether the scheduler runs it, and its cron expression.
    pub fn settings(self, jobs: &JobsSettings) -> (bool, &str) {
        match self {
            JobName::EventReminders => (jobs.event_reminders.enabled, &jobs.event_reminders.cron),
            JobName::InvitationFollowUps => (jobs.invitation_follow_ups.enabled, &jobs.invitation_follow_ups.cron),
            JobName::OfferExpiry => (jobs.offer_expiry.enabled, &jobs.offer_expiry.cron),
            JobName::TokenPurge => (jobs.token_purge.enabled, &jobs.token_purge.cron),
            JobName::OutboxDispatch => (jobs.outbox_dispatch.enabled, &jobs.outbox_dispatch.cron),
            JobName::Certificates => (jobs.certificates.enabled, &jobs.certificates.cron),
            JobName::DonorReports => (jobs.donor_reports.enabled, &jobs.donor_reports.cron),
            JobName::EventFigures => (jobs.event_figures.enabled, &jobs.event_figures.cron),
            JobName::PrivacyErasure => (jobs.privacy_erasure.enabled, &jobs.privacy_erasure.cron),
        }
    }
}

impl fmt::Display for JobName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for JobName {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        JobName::ALL.into_iter().find(|j| j.as_str() == s).ok_or(Error::NotFound)
    }
}

/// Does one job's work as of `now`; returns how many items it handled (emails queued, offers
/// lapsed, rows deleted, messages sent). Each job calls its capability's rules.
pub async fn work(office: &Office, job: JobName, now: DateTime<Utc>) -> Result<u64> {
    let jobs = &office.settings.jobs;
    let handled = match job {
        JobName::EventReminders => reminders::send_due(office, &jobs.event_reminders, now).await?,
        JobName::InvitationFollowUps => {
            let n =
                crate::invitations::rules::follow_up_unanswered(office, now, &jobs.invitation_follow_ups.days_before)
                    .await?;
            u64::try_from(n).unwrap_or(u64::MAX)
        }
        JobName::OfferExpiry => {
            let n = crate::registration::rules::expire_offers(&office.db, office, now).await?;
            if n > 0 {
                office.mailer.wake();
            }
            u64::from(n)
        }
        JobName::TokenPurge => purge::purge_old_links(&office.db, jobs.token_purge.keep_days, now).await?,
        JobName::OutboxDispatch => {
            let transport = Transport::from_settings(&office.settings.mail).map_err(Error::Internal)?;
            let from = office.settings.mail.from.parse().map_err(|_| Error::Internal("mail.from".into()))?;
            let sent = dispatcher::drain(office, &transport, &from, &tokio::runtime::Handle::current()).await?;
            u64::try_from(sent).unwrap_or(u64::MAX)
        }
        JobName::Certificates => crate::certificates::rules::issue_due(office, now).await?,
        JobName::DonorReports => crate::donors::quarterly::send_quarterly(office, now).await?,
        JobName::EventFigures => crate::reports::figures::refresh(&office.db, now).await?,
        JobName::PrivacyErasure => crate::privacy::rules::erase_due(office, now).await?,
    };
    Ok(handled)
}
