//! Structured logs (tracing). Fields are dotted names; no personal data is ever logged.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

use crate::config::LogSettings;

/// Targets whose info lines are start-up chatter (the scheduler announces each job it
/// creates): quieter than the rest unless the filter names them.
const QUIET_TARGETS: [&str; 1] = ["tokio_cron_scheduler"];

/// The filter from `directives` (RUST_LOG's or the configured one), with the chatty targets
/// at warn unless the directives name them.
pub fn filter(directives: &str) -> EnvFilter {
    let mut filter = EnvFilter::new(directives);
    for target in QUIET_TARGETS {
        if !directives.contains(target)
            && let Ok(quiet) = format!("{target}=warn").parse()
        {
            filter = filter.add_directive(quiet);
        }
    }
    filter
}

/// Installs the global subscriber once; later calls do nothing. Colours only on a terminal
/// (and not with `NO_COLOR`): a log file or collector would keep the escape codes as text.
pub fn init(settings: &LogSettings) {
    let directives = std::env::var("RUST_LOG").ok().filter(|d| !d.trim().is_empty() && EnvFilter::try_new(d).is_ok());
    let filter = filter(directives.as_deref().unwrap_or(&settings.filter));
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_target(false).with_ansi(colour);
    let _ = if settings.format == "json" { builder.json().try_init() } else { builder.try_init() };
}

#[cfg(test)]
mod tests {
    use super::filter;

    #[test]
    fn the_scheduler_is_quiet_unless_named() {
        let default = filter("info,sea_orm_migration=warn").to_string();
        assert!(
            default.contains("tokio_cron_scheduler=warn") && default.contains("sea_orm_migration=warn"),
            "{default}"
        );
        let named = filter("info,tokio_cron_scheduler=debug").to_string();
        assert!(named.contains("tokio_cron_scheduler=debug") && !named.contains("=warn"), "{named}");
    }
}
