//! Typed configuration: `config/default.toml`, then `config/<CONVENE_ENV>.toml`, then
//! `CONVENE__SECTION__KEY` variables (and `DATABASE_URL`). Bad values stop start-up with the
//! key and the reason.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

mod documents;
mod office;
mod privacy;
mod proxies;
mod sso;
mod webhooks;
pub use documents::DocumentSettings;
pub use office::OfficeSettings;
pub use privacy::{BUILTIN_NOTICE_VERSION, Notice, PrivacySettings};
pub use proxies::TrustedProxies;
pub use sso::SsoSettings;
pub use webhooks::WebhookSettings;

/// The environment a process runs in, from `CONVENE_ENV`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    /// A developer's machine: HTTP on loopback, file mailer.
    Development,
    /// The test suite.
    Test,
    /// A real deployment.
    Production,
}

impl Environment {
    /// Reads `CONVENE_ENV`; unset means development.
    pub fn from_env() -> Result<Self, ConfigError> {
        match std::env::var("CONVENE_ENV").ok().as_deref() {
            None | Some("") | Some("development") => Ok(Self::Development),
            Some("test") => Ok(Self::Test),
            Some("production") => Ok(Self::Production),
            Some(other) => {
                Err(ConfigError(format!("CONVENE_ENV: `{other}` is not one of development, test, production")))
            }
        }
    }

    /// The name of the environment's file in `config/`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Development => "development",
            Self::Test => "test",
            Self::Production => "production",
        }
    }
}

/// A configuration problem, naming the key and the reason.
#[derive(Debug, thiserror::Error)]
#[error("configuration error: {0}")]
pub struct ConfigError(pub String);

/// All settings of a Convene process.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// HTTP server settings.
    pub server: ServerSettings,
    /// Database settings.
    pub database: DatabaseSettings,
    /// Sessions, passwords and throttling.
    pub security: SecuritySettings,
    /// Registration rules.
    pub registration: RegistrationSettings,
    /// Outgoing email.
    pub mail: MailSettings,
    /// Logging.
    pub log: LogSettings,
    /// Scheduled jobs.
    pub jobs: JobsSettings,
    /// The donor portal.
    #[serde(default)]
    pub donors: DonorSettings,
    /// How the office presents itself to participants.
    #[serde(default)]
    pub office: OfficeSettings,
    /// Retention and erasure of personal data.
    #[serde(default)]
    pub privacy: PrivacySettings,
    /// Webhooks: how changes are posted to registered endpoints.
    #[serde(default)]
    pub webhooks: WebhookSettings,
    /// Single sign-on of staff (OpenID Connect).
    #[serde(default)]
    pub sso: SsoSettings,
    /// Where a meeting's files are kept, and their size limits.
    #[serde(default)]
    pub documents: DocumentSettings,
    /// The environment these settings were loaded for.
    #[serde(skip, default = "default_environment")]
    pub environment: Environment,
}

fn default_environment() -> Environment {
    Environment::Development
}

/// `[server]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    /// Listen address.
    pub bind: SocketAddr,
    /// Base of every absolute link; empty means `http://<bind>`.
    pub public_base_url: String,
    /// Lifetime of cached public pages, in seconds.
    pub public_cache_seconds: u64,
    /// Proxies whose `X-Forwarded-For` is believed; empty believes none.
    #[serde(default)]
    pub trusted_proxies: TrustedProxies,
}

/// `[database]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSettings {
    /// `sqlite://…` or `postgres://…`.
    pub url: String,
    /// Reader pool size on SQLite.
    pub sqlite_read_connections: u32,
    /// Pool size on PostgreSQL.
    pub postgres_max_connections: u32,
    /// Load the demo data when serving the embedded database.
    pub seed_demo: bool,
    /// How hard SQLite syncs each commit to disk.
    #[serde(default)]
    pub sqlite_synchronous: SqliteSync,
}

/// `database.sqlite_synchronous`: when a commit SQLite acknowledged is on disk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SqliteSync {
    /// Every commit is synced to disk before it is acknowledged: an answered registration
    /// survives a power loss.
    #[default]
    Full,
    /// Commits are synced at checkpoints only: faster, but the last commits before a power
    /// loss (not a crash of the process) can be lost.
    Normal,
}

/// `[security]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecuritySettings {
    /// Secure flag on cookies.
    pub secure_cookies: bool,
    /// Session lifetime in hours.
    pub session_hours: u32,
    /// Failures allowed per window.
    pub sign_in_max_failures: u32,
    /// Throttling window in minutes.
    pub sign_in_window_minutes: u32,
    /// Lifetime of a one-time sign-in link in minutes.
    pub sign_in_link_minutes: u32,
    /// argon2id memory cost in KiB.
    pub password_memory_kib: u32,
    /// argon2id iterations.
    pub password_iterations: u32,
    /// Key of the HMAC that signs check-in codes (at least 32 characters; the same on every
    /// instance; changing it revokes every code already sent).
    pub checkin_secret: String,
    /// Days a new API token lasts when its creator names none.
    #[serde(default = "default_api_token_days")]
    pub api_token_days: u32,
    /// Most days an API token may last.
    #[serde(default = "default_api_token_max_days")]
    pub api_token_max_days: u32,
    /// Key sealing two-factor secrets at rest: base64 of 32 random bytes; empty turns
    /// enrolment off (and production refuses to start while anyone has two-factor on).
    #[serde(default)]
    pub totp_key: String,
    /// Admins who sign in with a password must turn two-factor on before anything else.
    #[serde(default)]
    pub require_2fa_for_admins: bool,
}

fn default_api_token_days() -> u32 {
    90
}

fn default_api_token_max_days() -> u32 {
    365
}

/// `[registration]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistrationSettings {
    /// Hours to accept a seat offer.
    pub offer_hours: u32,
    /// Least time, in minutes, a seat offer must leave before it would end (at the
    /// registration deadline or the event's start); with less, nobody is offered.
    pub min_offer_minutes: u32,
    /// Lifetime of an email-verification link, in minutes.
    pub verification_minutes: u32,
    /// Rate limit of the participants' link pages, per address and minute.
    pub link_requests_per_minute: u32,
}

/// `[mail]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    /// `file` or `smtp`.
    pub transport: String,
    /// Folder of the file transport.
    pub file_dir: PathBuf,
    /// Sender address.
    pub from: String,
    /// SMTP host.
    pub smtp_host: String,
    /// SMTP port.
    pub smtp_port: u16,
    /// `none`, `starttls` or `tls`.
    pub smtp_tls: String,
    /// SMTP user name (empty: no authentication).
    pub smtp_username: String,
    /// SMTP password.
    pub smtp_password: String,
    /// Pooled connections per instance.
    pub smtp_pool_size: u32,
    /// Command timeout in seconds.
    pub smtp_timeout_seconds: u64,
    /// Attempts before a message is marked failed.
    pub max_attempts: u32,
    /// First retry delay in seconds (doubles each time).
    pub retry_base_seconds: u64,
    /// Longest pause of the dispatcher between rounds, in seconds.
    pub dispatch_interval_seconds: u64,
    /// Messages claimed per round.
    pub batch_size: u32,
    /// Lifetime of a claim, in seconds.
    pub claim_lease_seconds: u32,
}

/// `[log]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    /// EnvFilter directives.
    pub filter: String,
    /// `pretty` or `json`.
    pub format: String,
}

/// `[jobs]`: the scheduler and each job's schedule and parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobsSettings {
    /// Run the scheduler inside `serve` (tests drive ticks themselves).
    pub scheduler: bool,
    /// `[jobs.event_reminders]`
    pub event_reminders: EventRemindersJob,
    /// `[jobs.invitation_follow_ups]`
    pub invitation_follow_ups: FollowUpsJob,
    /// `[jobs.offer_expiry]`
    pub offer_expiry: JobSchedule,
    /// `[jobs.token_purge]`
    pub token_purge: TokenPurgeJob,
    /// `[jobs.outbox_dispatch]`
    pub outbox_dispatch: JobSchedule,
    /// `[jobs.certificates]`
    pub certificates: JobSchedule,
    /// `[jobs.donor_reports]`
    #[serde(default = "default_donor_reports_job")]
    pub donor_reports: JobSchedule,
    /// `[jobs.event_figures]`
    #[serde(default = "default_event_figures_job")]
    pub event_figures: JobSchedule,
    /// `[jobs.privacy_erasure]`
    #[serde(default = "default_privacy_erasure_job")]
    pub privacy_erasure: JobSchedule,
}

fn default_donor_reports_job() -> JobSchedule {
    JobSchedule { enabled: true, cron: "0 0 6 1 1,4,7,10 *".to_owned() }
}

fn default_event_figures_job() -> JobSchedule {
    JobSchedule { enabled: true, cron: "0 20 * * * *".to_owned() }
}

fn default_privacy_erasure_job() -> JobSchedule {
    JobSchedule { enabled: true, cron: "0 45 2 * * *".to_owned() }
}

/// `[donors]`: the donor portal's sign-in and the privacy of its figures.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DonorSettings {
    /// Smallest number of people a figure may count; smaller cells read "fewer than N".
    pub min_cell: u32,
    /// How long a donor contact's session lasts, in minutes.
    pub session_minutes: u32,
    /// How long a donor's one-time sign-in link stays valid, in minutes.
    pub link_minutes: u32,
}

impl Default for DonorSettings {
    fn default() -> Self {
        Self { min_cell: 5, session_minutes: 60, link_minutes: 30 }
    }
}

/// A job with no parameters: on/off and its cron expression.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobSchedule {
    /// Whether the scheduler runs it.
    pub enabled: bool,
    /// Cron expression, seconds first, UTC.
    pub cron: String,
}

/// `[jobs.event_reminders]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRemindersJob {
    /// Whether the scheduler runs it.
    pub enabled: bool,
    /// Cron expression, seconds first, UTC.
    pub cron: String,
    /// Days before the event's first day a reminder is due (one reminder kind each).
    pub days_before: Vec<u32>,
    /// Hour of the day, in the event's time zone, a reminder is due.
    pub local_hour: u32,
}

/// `[jobs.invitation_follow_ups]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpsJob {
    /// Whether the scheduler runs it.
    pub enabled: bool,
    /// Cron expression, seconds first, UTC.
    pub cron: String,
    /// Days before the registration deadline an unanswered invitation is followed up.
    pub days_before: Vec<u32>,
}

/// `[jobs.token_purge]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenPurgeJob {
    /// Whether the scheduler runs it.
    pub enabled: bool,
    /// Cron expression, seconds first, UTC.
    pub cron: String,
    /// Days an expired or used link, or an ended session, is kept before it is deleted.
    pub keep_days: u32,
}

impl JobsSettings {
    /// Checks every job's cron expression and parameters, naming the key.
    fn validate(&self) -> Result<(), ConfigError> {
        let schedules = [
            ("event_reminders", &self.event_reminders.cron),
            ("invitation_follow_ups", &self.invitation_follow_ups.cron),
            ("offer_expiry", &self.offer_expiry.cron),
            ("token_purge", &self.token_purge.cron),
            ("outbox_dispatch", &self.outbox_dispatch.cron),
            ("certificates", &self.certificates.cron),
            ("donor_reports", &self.donor_reports.cron),
            ("event_figures", &self.event_figures.cron),
            ("privacy_erasure", &self.privacy_erasure.cron),
        ];
        for (job, cron) in schedules {
            crate::jobs::schedule::Schedule::parse(cron).map_err(|e| ConfigError(format!("jobs.{job}.cron: {e}")))?;
        }
        for (key, days) in [
            ("jobs.event_reminders.days_before", &self.event_reminders.days_before),
            ("jobs.invitation_follow_ups.days_before", &self.invitation_follow_ups.days_before),
        ] {
            if days.iter().any(|d| !(1..=365).contains(d)) {
                return Err(ConfigError(format!("{key}: each value must be between 1 and 365 days")));
            }
        }
        if self.event_reminders.local_hour > 23 {
            return Err(ConfigError("jobs.event_reminders.local_hour: must be between 0 and 23".into()));
        }
        if self.token_purge.keep_days == 0 {
            return Err(ConfigError("jobs.token_purge.keep_days: must be at least 1".into()));
        }
        Ok(())
    }
}

const EMBEDDED: [(&str, &str); 4] = [
    ("default", include_str!("../config/default.toml")),
    ("development", include_str!("../config/development.toml")),
    ("test", include_str!("../config/test.toml")),
    ("production", include_str!("../config/production.toml")),
];

impl Settings {
    /// Loads the settings of the current process (`CONVENE_ENV`, `CONVENE_CONFIG_DIR`, env vars).
    pub fn load() -> Result<Self, ConfigError> {
        let environment = Environment::from_env()?;
        let dir = std::env::var("CONVENE_CONFIG_DIR").unwrap_or_else(|_| "config".to_owned());
        Self::load_from(environment, Path::new(&dir), true)
    }

    /// Loads settings for `environment` from `dir` (falling back to the copies built into the
    /// binary when a file is missing), optionally layering environment variables on top.
    pub fn load_from(environment: Environment, dir: &Path, with_env: bool) -> Result<Self, ConfigError> {
        let mut figment = Figment::new();
        for name in ["default", environment.name()] {
            let path = dir.join(format!("{name}.toml"));
            figment = if path.exists() {
                figment.merge(Toml::file_exact(path))
            } else {
                let text = EMBEDDED.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).unwrap_or("");
                figment.merge(Toml::string(text))
            };
        }
        if with_env {
            figment = figment.merge(Env::prefixed("CONVENE__").split("__").lowercase(true));
            if let Ok(url) = std::env::var("DATABASE_URL") {
                figment = figment.merge(("database.url", url));
            }
        }
        let mut settings: Settings = figment.extract().map_err(|e| ConfigError(describe(e)))?;
        settings.environment = environment;
        settings.validate()?;
        Ok(settings)
    }

    /// Checks rules that span keys or depend on the environment.
    pub fn validate(&mut self) -> Result<(), ConfigError> {
        let url = self.server.public_base_url.trim().trim_end_matches('/').to_owned();
        if url.is_empty() {
            if self.environment == Environment::Production {
                return Err(ConfigError(
                    "server.public_base_url: production needs the public address (https://…) to build links".into(),
                ));
            }
        } else if !(url.starts_with("http://") || url.starts_with("https://")) || url.contains(char::is_whitespace) {
            return Err(ConfigError(format!("server.public_base_url: `{url}` must start with http:// or https://")));
        }
        self.server.public_base_url = url;
        match self.mail.transport.as_str() {
            "smtp" => {}
            "file" if self.environment == Environment::Production => {
                return Err(ConfigError("mail.transport: production must send real email; set it to \"smtp\"".into()));
            }
            "file" => {}
            other => {
                return Err(ConfigError(format!("mail.transport: `{other}` is not one of file, smtp")));
            }
        }
        if self.security.checkin_secret.trim().len() < 32 {
            return Err(ConfigError(
                "security.checkin_secret: set at least 32 random characters (e.g. CONVENE__SECURITY__CHECKIN_SECRET)"
                    .into(),
            ));
        }
        let key = self.security.totp_key.trim();
        if !key.is_empty()
            && base64::Engine::decode(&base64::engine::general_purpose::STANDARD, key).map(|k| k.len()) != Ok(32)
        {
            return Err(ConfigError(
                "security.totp_key: must be base64 of 32 random bytes (e.g. `openssl rand -base64 32`)".into(),
            ));
        }
        if self.registration.offer_hours == 0
            || self.registration.verification_minutes == 0
            || self.registration.link_requests_per_minute == 0
        {
            return Err(ConfigError(
                "registration: offer_hours, verification_minutes and link_requests_per_minute must be at least 1"
                    .into(),
            ));
        }
        if u64::from(self.registration.min_offer_minutes) > u64::from(self.registration.offer_hours) * 60 {
            return Err(ConfigError(
                "registration: min_offer_minutes must not exceed offer_hours (no seat would ever be offered)".into(),
            ));
        }
        if !matches!(self.mail.smtp_tls.as_str(), "none" | "starttls" | "tls") {
            return Err(ConfigError(format!(
                "mail.smtp_tls: `{}` is not one of none, starttls, tls",
                self.mail.smtp_tls
            )));
        }
        if self.mail.from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(ConfigError(format!(
                "mail.from: `{}` is not an address such as Name <name@example.org>",
                self.mail.from
            )));
        }
        if self.mail.max_attempts == 0 || self.mail.batch_size == 0 || self.mail.smtp_pool_size == 0 {
            return Err(ConfigError("mail: max_attempts, batch_size and smtp_pool_size must be at least 1".into()));
        }
        if !(self.database.url.starts_with("sqlite:")
            || self.database.url.starts_with("postgres://")
            || self.database.url.starts_with("postgresql://"))
        {
            return Err(ConfigError("database.url: must start with sqlite: or postgres://".into()));
        }
        if self.database.sqlite_read_connections == 0 || self.database.postgres_max_connections == 0 {
            return Err(ConfigError("database: pool sizes must be at least 1".into()));
        }
        if self.security.session_hours == 0 || self.security.sign_in_link_minutes == 0 {
            return Err(ConfigError("security: session_hours and sign_in_link_minutes must be at least 1".into()));
        }
        if self.security.api_token_days == 0 || self.security.api_token_days > self.security.api_token_max_days {
            return Err(ConfigError(
                "security.api_token_days: must be at least 1 and at most security.api_token_max_days".into(),
            ));
        }
        if self.security.password_memory_kib < 8 || self.security.password_iterations == 0 {
            return Err(ConfigError("security.password_memory_kib: at least 8 KiB and 1 iteration".into()));
        }
        self.privacy.validate()?;
        if !matches!(self.log.format.as_str(), "pretty" | "json") {
            return Err(ConfigError(format!("log.format: `{}` is not one of pretty, json", self.log.format)));
        }
        self.office.validate()?;
        self.webhooks.validate()?;
        self.documents.validate()?;
        self.sso.validate(self.environment)?;
        self.jobs.validate()
    }

    /// The base of absolute links, e.g. `https://convene.example.org`.
    pub fn public_base_url(&self) -> String {
        if self.server.public_base_url.is_empty() {
            format!("http://{}", self.server.bind)
        } else {
            self.server.public_base_url.clone()
        }
    }

    /// True when the database is the embedded SQLite file.
    pub fn is_sqlite(&self) -> bool {
        self.database.url.starts_with("sqlite:")
    }
}

/// Figment's errors name the key and the file; keep that and drop the noise.
fn describe(error: figment::Error) -> String {
    error
        .into_iter()
        .map(|e| {
            let key = if e.path.is_empty() { "(top level)".to_owned() } else { e.path.join(".") };
            let source = e.metadata.as_ref().map(|m| format!(" (from {})", m.name)).unwrap_or_default();
            format!("{key}: {}{source}", e.kind)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests;
