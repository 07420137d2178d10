//! `[webhooks]`: how changes are posted to the endpoints admins register.

use serde::Deserialize;

use super::ConfigError;

/// `[webhooks]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebhookSettings {
    /// Hosts an endpoint may name over plain `http://` and whose addresses are not checked
    /// (a receiver on the office's own network, or the tests' receiver on loopback).
    pub allowed_hosts: Vec<String>,
    /// Let every endpoint resolve to loopback, private, link-local and unique-local addresses.
    pub allow_private_addresses: bool,
    /// Seconds before a post is abandoned (and retried).
    pub timeout_seconds: u64,
    /// Attempts before a delivery is marked failed.
    pub max_attempts: u32,
    /// First delay before a retry, doubling at each attempt (capped at 6 h).
    pub retry_base_seconds: u64,
    /// The dispatcher wakes when this instance records a change, and at least this often.
    pub dispatch_interval_seconds: u64,
    /// Deliveries claimed per round.
    pub batch_size: u32,
    /// Seconds a dispatcher's claim on a delivery lasts; if the process dies mid-post, another
    /// takes it over after this.
    pub claim_lease_seconds: u32,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        Self {
            allowed_hosts: Vec::new(),
            allow_private_addresses: false,
            timeout_seconds: 10,
            max_attempts: 8,
            retry_base_seconds: 30,
            dispatch_interval_seconds: 5,
            batch_size: 20,
            claim_lease_seconds: 120,
        }
    }
}

impl WebhookSettings {
    /// Keeps the allowed hosts in lower case; refuses values that would stop delivery.
    pub(super) fn validate(&mut self) -> Result<(), ConfigError> {
        for host in &mut self.allowed_hosts {
            *host = host.trim().trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
            if host.is_empty() {
                return Err(ConfigError("webhooks.allowed_hosts: a host is empty".into()));
            }
        }
        if self.timeout_seconds == 0 || self.max_attempts == 0 || self.batch_size == 0 {
            return Err(ConfigError(
                "webhooks: timeout_seconds, max_attempts and batch_size must be at least 1".into(),
            ));
        }
        Ok(())
    }

    /// Whether `host` (lower case, without brackets) is listed in `allowed_hosts`.
    pub fn allows_host(&self, host: &str) -> bool {
        self.allowed_hosts.iter().any(|h| h == host)
    }
}
