//! The settings: defaults, files, environment overrides and the checks that refuse bad values.

use super::*;

fn load(env: Environment, vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
    let mut figment = Figment::new()
        .merge(Toml::string(EMBEDDED[0].1))
        .merge(Toml::string(EMBEDDED.iter().find(|(n, _)| *n == env.name()).map(|(_, t)| *t).unwrap_or("")));
    for (k, v) in vars {
        figment = figment.merge((*k, *v));
    }
    let mut s: Settings = figment.extract().map_err(|e| ConfigError(describe(e)))?;
    s.environment = env;
    s.validate()?;
    Ok(s)
}

#[test]
fn development_defaults_load() {
    let s = load(Environment::Development, &[]).unwrap();
    assert!(!s.security.secure_cookies);
    assert_eq!(s.public_base_url(), "http://127.0.0.1:8080");
}

#[test]
fn production_needs_base_url_and_smtp() {
    let e = load(Environment::Production, &[]).unwrap_err();
    assert!(e.0.contains("server.public_base_url"), "{e}");
    let e = load(Environment::Production, &[("server.public_base_url", "https://convene.example.org")]).unwrap_err();
    assert!(e.0.contains("mail.transport"), "{e}");
    let s = load(
        Environment::Production,
        &[("server.public_base_url", "https://convene.example.org/"), ("mail.transport", "smtp")],
    )
    .unwrap_err();
    assert!(s.0.contains("security.checkin_secret"), "{s}");
    let s = load(
        Environment::Production,
        &[
            ("server.public_base_url", "https://convene.example.org/"),
            ("mail.transport", "smtp"),
            ("security.checkin_secret", "0123456789abcdef0123456789abcdef"),
        ],
    )
    .unwrap();
    assert_eq!(s.public_base_url(), "https://convene.example.org");
    assert!(s.security.secure_cookies);
}

#[test]
fn bad_values_name_the_key() {
    let e = load(Environment::Development, &[("server.bind", "not an address")]).unwrap_err();
    assert!(e.0.contains("server.bind"), "{e}");
    let e = load(Environment::Development, &[("mail.transport", "pigeon")]).unwrap_err();
    assert!(e.0.contains("mail.transport"), "{e}");
    let e = load(Environment::Development, &[("database.url", "mysql://x")]).unwrap_err();
    assert!(e.0.contains("database.url"), "{e}");
    let e = load(Environment::Development, &[("server.public_base_url", "ftp://x")]).unwrap_err();
    assert!(e.0.contains("public_base_url"), "{e}");
    let e = load(Environment::Development, &[("security.checkin_secret", "too short")]).unwrap_err();
    assert!(e.0.contains("security.checkin_secret"), "{e}");
    let e = load(Environment::Development, &[("database.sqlite_synchronous", "off")]).unwrap_err();
    assert!(e.0.contains("database.sqlite_synchronous"), "{e}");
    // Two-factor's key: base64 of exactly 32 bytes, or empty.
    for bad in ["not base64!", "c2hvcnQ="] {
        let e = load(Environment::Development, &[("security.totp_key", bad)]).unwrap_err();
        assert!(e.0.contains("security.totp_key"), "{e}");
    }
    assert!(load(Environment::Development, &[("security.totp_key", "")]).is_ok());
}

#[test]
fn sqlite_commits_are_synced_unless_told_otherwise() {
    for env in [Environment::Development, Environment::Test, Environment::Production] {
        let s = load(env, &[]).map(|s| s.database.sqlite_synchronous);
        assert!(matches!(s, Ok(SqliteSync::Full) | Err(_)), "{s:?}");
    }
    assert_eq!(load(Environment::Test, &[]).unwrap().database.sqlite_synchronous, SqliteSync::Full);
    let s = load(Environment::Test, &[("database.sqlite_synchronous", "normal")]).unwrap();
    assert_eq!(s.database.sqlite_synchronous, SqliteSync::Normal);
}

#[test]
fn bad_job_settings_name_the_key() {
    let e = load(Environment::Development, &[("jobs.event_reminders.cron", "0 8 * * *")]).unwrap_err();
    assert!(e.0.contains("jobs.event_reminders.cron"), "{e}");
    let e = load(Environment::Development, &[("jobs.token_purge.cron", "nightly")]).unwrap_err();
    assert!(e.0.contains("jobs.token_purge.cron"), "{e}");
    let e = load(Environment::Development, &[("jobs.event_reminders.local_hour", "24")]).unwrap_err();
    assert!(e.0.contains("jobs.event_reminders.local_hour"), "{e}");
    let e = load(Environment::Development, &[("jobs.token_purge.keep_days", "0")]).unwrap_err();
    assert!(e.0.contains("jobs.token_purge.keep_days"), "{e}");
    let mut s = load(Environment::Development, &[]).unwrap();
    s.jobs.invitation_follow_ups.days_before = vec![3, 0];
    let e = s.validate().unwrap_err();
    assert!(e.0.contains("jobs.invitation_follow_ups.days_before"), "{e}");
}

#[test]
fn personal_data_is_kept_two_years_and_issued_lists_for_good_unless_told_otherwise() {
    let s = load(Environment::Test, &[]).unwrap();
    assert_eq!((s.privacy.retention_months, s.privacy.keep_issued_lists), (24, true));
    assert_eq!(s.jobs.privacy_erasure.cron, "0 45 2 * * *");
    let mut s = load(Environment::Test, &[]).unwrap();
    s.privacy.retention_months = 36;
    assert!(s.validate().is_ok());
    for bad in [0, 1201] {
        s.privacy.retention_months = bad;
        let e = s.validate().unwrap_err();
        assert!(e.0.contains("privacy.retention_months"), "{e}");
    }
    let e = load(Environment::Test, &[("jobs.privacy_erasure.cron", "daily")]).unwrap_err();
    assert!(e.0.contains("jobs.privacy_erasure.cron"), "{e}");
}

#[test]
fn test_environment_leaves_ticks_to_the_tests() {
    let s = load(Environment::Test, &[]).unwrap();
    assert!(!s.jobs.scheduler);
    assert_eq!(s.jobs.event_reminders.days_before, vec![7, 1]);
}

#[test]
fn trusted_proxies_and_api_token_lifetimes_are_checked() {
    let s = load(Environment::Development, &[]).unwrap();
    assert_eq!(s.server.trusted_proxies, TrustedProxies::default(), "none trusted by default");
    assert_eq!((s.security.api_token_days, s.security.api_token_max_days), (90, 365));
    let mut figment = Figment::new().merge(Toml::string(EMBEDDED[0].1));
    figment = figment.merge(Toml::string("[server]\ntrusted_proxies = [\"10.0.0.0/8\", \"127.0.0.1\"]"));
    let s: Settings = figment.extract().unwrap();
    assert!(s.server.trusted_proxies.trusts("10.9.8.7".parse().unwrap()));
    let bad = Figment::new()
        .merge(Toml::string(EMBEDDED[0].1))
        .merge(Toml::string("[server]\ntrusted_proxies = [\"proxy.example.org\"]"));
    let e = describe(bad.extract::<Settings>().unwrap_err());
    assert!(e.contains("server.trusted_proxies") && e.contains("proxy.example.org"), "{e}");
    let e = load(Environment::Development, &[("security.api_token_days", "400")]).unwrap_err();
    assert!(e.0.contains("security.api_token_days"), "{e}");
    let e = load(Environment::Development, &[("security.api_token_days", "0")]).unwrap_err();
    assert!(e.0.contains("security.api_token_days"), "{e}");
}
