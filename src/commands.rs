//! What each `convene` command does; `main.rs` only parses arguments and calls these.

use std::io::BufRead;
use std::net::SocketAddr;

use migration::{Migrator, MigratorTrait};

use crate::audit::Actor;
use crate::auth::rules::{self, NewUser};
use crate::auth::scopes::ApiScopes;
use crate::clock::Clock;
use crate::config::Settings;
use crate::db::Db;
use crate::domain::{Email, NewPassword, Role, parse_code};
use crate::{App, seed};
use sea_orm::EntityTrait as _;

/// A command failure, printed to stderr by `main`.
pub type CliResult = Result<(), Box<dyn std::error::Error>>;

/// The address of the first admin created on an empty database.
pub const BOOTSTRAP_ADMIN: &str = "admin@convene.local";

async fn connect(settings: &Settings) -> Result<Db, Box<dyn std::error::Error>> {
    Db::connect(&settings.database).await.map_err(|e| format!("cannot open the database: {e}").into())
}

/// `convene serve`: migrate and seed the embedded database (or check PostgreSQL is migrated),
/// print a sign-in link when no admin can sign in yet, then serve until Ctrl-C.
pub async fn serve(mut settings: Settings, bind: Option<SocketAddr>) -> CliResult {
    if let Some(bind) = bind {
        settings.server.bind = bind;
    }
    let clock = Clock::system();
    let db = connect(&settings).await?;
    if settings.is_sqlite() {
        db.migrate_up().await?;
        seed::reference(&db).await?;
        if settings.database.seed_demo {
            seed::demo(&db, clock.today()).await?;
        }
    } else {
        ensure_migrated(&db).await?;
    }
    if settings.environment == crate::config::Environment::Production
        && settings.security.totp_key.trim().is_empty()
        && crate::auth::two_factor::enrolment::anyone_enrolled(&db.read).await?
    {
        return Err("security.totp_key: people have two-factor sign-in on; set the key their secrets were sealed with (CONVENE__SECURITY__TOTP_KEY)".into());
    }
    if let Some(token) = rules::bootstrap_admin(&db, &settings.security, BOOTSTRAP_ADMIN, clock.now()).await? {
        println!(
            "\nNo admin can sign in yet. Sign in as {BOOTSTRAP_ADMIN} with this one-time link (valid {} minutes):\n  {}/sign-in/link/{token}\n",
            settings.security.sign_in_link_minutes,
            settings.public_base_url()
        );
    }
    let bind = settings.server.bind;
    let app = App::build(settings, db, clock).await?;
    // The dispatcher and the scheduler stop when dropped: they live until the server returns.
    let _background = app.start_background().await?;
    let listener = tokio::net::TcpListener::bind(bind).await.map_err(|e| format!("cannot listen on {bind}: {e}"))?;
    tracing::info!(server.address = %bind, "Convene is serving");
    println!("Convene is serving on http://{bind}");
    axum::serve(listener, app.router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    tracing::info!("shut down");
    Ok(())
}

/// Refuses to go on while migrations are pending, naming them (PostgreSQL, where migrating
/// is a deliberate step of its own).
pub async fn ensure_migrated(db: &Db) -> Result<(), String> {
    let pending = db.pending_migrations().await.map_err(|e| format!("cannot read the migration state: {e}"))?;
    if pending.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the database has {} pending migration(s): {}; run `convene migrate` first",
            pending.len(),
            pending.join(", ")
        ))
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// What `convene migrate` should do.
#[derive(Debug, Clone, Copy)]
pub enum MigrateAction {
    /// Apply pending migrations and load reference data.
    Up,
    /// Roll back the last `n` migrations.
    Down(u32),
    /// List migrations and whether each is applied.
    Status,
}

/// `convene migrate up|down|status`.
pub async fn migrate(settings: Settings, action: MigrateAction) -> CliResult {
    let db = connect(&settings).await?;
    match action {
        MigrateAction::Up => {
            let pending = db.pending_migrations().await?;
            db.migrate_up().await?;
            let report = seed::reference(&db).await?;
            println!(
                "applied {} migration(s); reference data: {} added, {} already present",
                pending.len(),
                report.added,
                report.present
            );
        }
        MigrateAction::Down(n) => {
            let before = db.pending_migrations().await?.len();
            Migrator::down(&db.write, Some(n)).await?;
            let rolled_back = db.pending_migrations().await?.len().saturating_sub(before);
            println!("rolled back {rolled_back} migration(s)");
        }
        MigrateAction::Status => {
            for m in Migrator::get_migration_with_status(&db.write).await? {
                println!("{:<8} {}", m.status().to_string(), m.name());
            }
        }
    }
    Ok(())
}

/// `convene seed [--demo]`: reference data, and the demo data set when asked.
pub async fn seed(settings: Settings, demo: bool) -> CliResult {
    let db = connect(&settings).await?;
    let r = seed::reference(&db).await?;
    println!("reference data: {} added, {} already present", r.added, r.present);
    if demo {
        let d = seed::demo(&db, Clock::system().today()).await?;
        println!("demo data: {} added, {} already present", d.added, d.present);
    }
    Ok(())
}

/// `convene outbox status`: messages per delivery state; the messages being retried with
/// their attempts and the server's last reply; how long the oldest message has waited; and
/// the failed ones with their reason. Written to `out` (standard output for the command).
pub async fn outbox_status(settings: Settings, clock: &Clock, out: &mut (dyn std::io::Write + Send)) -> CliResult {
    use crate::domain::OutboxState;
    use crate::mail::outbox;
    let db = connect(&settings).await?;
    let status = outbox::status(&db.read, 20).await?;
    let now = clock.now();
    for (state, n) in &status.counts {
        writeln!(out, "{state:<8} {n}")?;
    }
    let utc = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M:%S UTC");
    if let Some((id, queued_at)) = status.oldest_waiting {
        writeln!(out, "oldest waiting: #{id}, queued {} ({} ago)", utc(queued_at), waited(now - queued_at))?;
    }
    let waiting = status.count(OutboxState::Queued) + status.count(OutboxState::Sending);
    if status.retrying_total > 0 {
        writeln!(out, "being retried: {} of {waiting} waiting (they failed at least once)", status.retrying_total)?;
        if status.retrying_total == waiting {
            writeln!(out, "every message waiting has failed: is the mail server reachable (mail.smtp_host)?")?;
        }
    }
    for r in &status.retrying {
        writeln!(
            out,
            "retrying #{}: {} ({} attempt(s), next {}): {}",
            r.id,
            r.subject,
            r.attempts,
            utc(r.next_attempt_at),
            outbox::short_reply(r.last_error.as_deref().unwrap_or(""))
        )?;
    }
    if let Some(more) = status.retrying_total.checked_sub(status.retrying.len() as u64).filter(|n| *n > 0) {
        writeln!(out, "… and {more} more being retried")?;
    }
    for r in &status.failed {
        writeln!(
            out,
            "failed #{}: {} (after {} attempts): {}",
            r.id,
            r.subject,
            r.attempts,
            outbox::short_reply(r.last_error.as_deref().unwrap_or(""))
        )?;
    }
    if let Some(more) = status.count(OutboxState::Failed).checked_sub(status.failed.len() as u64).filter(|n| *n > 0) {
        writeln!(out, "… and {more} more failed (`convene outbox retry` queues them again)")?;
    }
    Ok(())
}

/// A wait as hours and minutes, e.g. `1 h 05 min`.
fn waited(d: chrono::Duration) -> String {
    let minutes = d.num_minutes().max(0);
    format!("{} h {:02} min", minutes / 60, minutes % 60)
}

/// The app over the configured database, for commands that run jobs.
async fn app_for_jobs(settings: Settings) -> Result<App, Box<dyn std::error::Error>> {
    let db = connect(&settings).await?;
    ensure_migrated(&db).await?;
    Ok(App::build(settings, db, Clock::system()).await?)
}

/// `convene jobs list`: each job with its schedule, latest run and next run.
pub async fn jobs_list(settings: Settings) -> CliResult {
    let app = app_for_jobs(settings).await?;
    let fmt = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M:%S UTC").to_string();
    for j in crate::jobs::runs::overview(&app.state, app.state.clock.now()).await? {
        let last = match &j.last_run {
            Some(r) => format!("last {} {} ({} items)", fmt(r.started_at), r.outcome, r.items.unwrap_or(0)),
            None => "never run".to_owned(),
        };
        let next = j.next_run.map_or_else(|| "not scheduled".to_owned(), |t| format!("next {}", fmt(t)));
        println!("{:<22} {:<16} {last}; {next}", j.name.as_str(), j.cron);
    }
    Ok(())
}

/// `convene webhooks list`: each endpoint with its state, programme, kinds of change and the
/// number of its deliveries in each state.
pub async fn webhooks_list(settings: Settings, out: &mut (dyn std::io::Write + Send)) -> CliResult {
    let app = app_for_jobs(settings).await?;
    for (e, counts) in crate::webhooks::rules::overview(&app.state).await? {
        let kinds: Vec<&str> = crate::webhooks::input::kinds_of(&e.event_types).iter().map(|k| k.as_str()).collect();
        let counts: Vec<String> = counts.iter().map(|(s, n)| format!("{s} {n}")).collect();
        let line = format!(
            "{:<4} {:<8} {} programme={} personal_data={} types={} deliveries: {}",
            e.id,
            if e.active { "active" } else { "disabled" },
            e.url,
            e.programme_code.as_deref().unwrap_or("all"),
            e.personal_data,
            kinds.join(","),
            if counts.is_empty() { "none".to_owned() } else { counts.join(", ") },
        );
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// `convene jobs run NAME`: runs one job now and prints its outcome.
pub async fn jobs_run(settings: Settings, name: &str) -> CliResult {
    let job: crate::jobs::JobName = name.parse().map_err(|_| {
        let names: Vec<_> = crate::jobs::JobName::ALL.iter().map(|j| j.as_str()).collect();
        format!("unknown job `{name}`; jobs are {}", names.join(", "))
    })?;
    let app = app_for_jobs(settings).await?;
    let run = crate::jobs::runs::run_now(&app.state, job).await?;
    println!("{job}: {} ({} items)", run.outcome, run.items.unwrap_or(0));
    if let Some(e) = run.error {
        return Err(e.into());
    }
    Ok(())
}

/// `convene outbox retry [--id N]`: queues failed messages again.
pub async fn outbox_retry(settings: Settings, id: Option<i32>) -> CliResult {
    let db = connect(&settings).await?;
    let n = crate::mail::outbox::retry_failed(&db.write, id, Clock::system().now()).await?;
    println!("{n} message(s) queued again; a running `convene serve` sends them on its next round");
    Ok(())
}

/// Options of `convene user create`.
#[derive(Debug, Clone)]
pub struct CreateUser {
    /// Sign-in address.
    pub email: String,
    /// `admin` or `organiser`.
    pub role: String,
    /// Programme codes (organisers).
    pub programmes: Vec<String>,
    /// The event of a check-in staff account.
    pub event: Option<i32>,
    /// Display name; defaults to the address.
    pub name: Option<String>,
    /// Read the password from standard input instead of printing a sign-in link.
    pub password_stdin: bool,
}

/// `convene user create`.
pub async fn create_user(settings: Settings, opts: CreateUser) -> CliResult {
    let email =
        Email::parse(&opts.email).map_err(|_| format!("--email: `{}` is not a valid email address", opts.email))?;
    let role: Role =
        opts.role.parse().map_err(|_| format!("--role: `{}` is not one of admin, organiser, checkin", opts.role))?;
    let programmes = opts
        .programmes
        .iter()
        .map(|p| parse_code(p).map_err(|_| format!("--programme: `{p}` is not a programme code")))
        .collect::<Result<Vec<_>, _>>()?;
    if role == Role::Organiser && programmes.is_empty() {
        return Err("--programme: an organiser needs at least one programme".into());
    }
    match (role, opts.event) {
        (Role::CheckIn, None) => return Err("--event: a checkin account needs the id of its event".into()),
        (Role::CheckIn, Some(_)) if !programmes.is_empty() => {
            return Err("--programme: a checkin account works one event, not programmes".into());
        }
        (Role::CheckIn, Some(_)) => {}
        (_, Some(_)) => return Err("--event: only a checkin account has an event".into()),
        (_, None) => {}
    }
    let password = if opts.password_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        let line = line.trim_end_matches(['\r', '\n']);
        Some(NewPassword::parse(line).map_err(|_| "password: use 12 to 1,000 characters")?)
    } else {
        None
    };
    let db = connect(&settings).await?;
    if let Some(id) = opts.event
        && crate::entities::event::Entity::find_by_id(id).one(&db.read).await?.is_none()
    {
        return Err(format!("--event: no event {id}").into());
    }
    let clock = Clock::system();
    let has_password = password.is_some();
    let new = NewUser {
        display_name: opts.name.unwrap_or_else(|| email.as_str().to_owned()),
        email,
        role,
        programmes,
        password,
    };
    let user =
        rules::create_user(&db, &settings.security, &Actor::cli(), new, clock.now()).await.map_err(|e| match e {
            crate::error::Error::Invalid(f) => {
                f.0.iter()
                    .map(|x| format!("{}: {}", x.field, crate::i18n::Tr::default().msg(&x.message)))
                    .collect::<Vec<_>>()
                    .join("; ")
            }
            other => other.to_string(),
        })?;
    if let Some(event_id) = opts.event {
        rules::assign_checkin_event(&db, &Actor::cli(), user.id, event_id, clock.now()).await?;
    }
    println!("created {} {} (id {})", user.role, user.email, user.id);
    if !has_password {
        let token =
            rules::create_break_glass_link(&db.write, user.id, clock.now(), settings.security.sign_in_link_minutes)
                .await?;
        println!(
            "one-time sign-in link (valid {} minutes):\n  {}/sign-in/link/{token}",
            settings.security.sign_in_link_minutes,
            settings.public_base_url()
        );
    }
    Ok(())
}

/// `convene token list`: a user's API tokens (ids, scopes, expiry, use), never the tokens
/// themselves.
pub async fn list_tokens(settings: Settings, email: &str) -> CliResult {
    let email = Email::parse(email).map_err(|_| format!("--email: `{email}` is not a valid email address"))?;
    let db = connect(&settings).await?;
    let user = rules::find_user(&db.read, &email).await?.ok_or_else(|| format!("--email: no account for {email}"))?;
    let now = Clock::system().now();
    let when = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M UTC").to_string();
    for t in rules::api_tokens_of(&db.read, user.id).await? {
        let state = match (t.revoked_at, t.expires_at) {
            (Some(_), _) => "revoked",
            (None, Some(at)) if at <= now => "expired",
            _ => "active",
        };
        let used = t.last_used_at.map(when).unwrap_or_else(|| "never".into());
        let expires = t.expires_at.map(when).unwrap_or_else(|| "never".into());
        println!(
            "{:>6}  {state:<8} {:<18} created {}  expires {expires}  last used {used}  {}",
            t.id,
            t.scopes,
            when(t.created_at),
            t.label
        );
    }
    Ok(())
}

/// `convene token revoke ID`.
pub async fn revoke_token(settings: Settings, id: i32) -> CliResult {
    let db = connect(&settings).await?;
    rules::revoke_api_token(&db, &Actor::cli(), id, None, Clock::system().now()).await.map_err(|e| match e {
        crate::error::Error::NotFound => format!("no active API token with id {id}"),
        other => other.to_string(),
    })?;
    println!("revoked API token {id}");
    Ok(())
}

/// `convene token create`: a new API token for an existing user, with its scopes and lifetime,
/// printed once.
pub async fn create_token(settings: Settings, email: &str, label: &str, scopes: &str, days: Option<u32>) -> CliResult {
    let email = Email::parse(email).map_err(|_| format!("--email: `{email}` is not a valid email address"))?;
    let scopes = ApiScopes::parse(scopes).map_err(|e| format!("--scopes: {e}"))?;
    let max = settings.security.api_token_max_days;
    if days.is_some_and(|d| d == 0 || d > max) {
        return Err(format!("--days: between 1 and {max} (security.api_token_max_days)").into());
    }
    let db = connect(&settings).await?;
    let user = rules::find_user(&db.read, &email).await?.ok_or_else(|| format!("--email: no account for {email}"))?;
    let new = rules::NewApiToken { label: label.to_owned(), scopes, days };
    let token =
        rules::create_api_token(&db, &settings.security, &Actor::cli(), user.id, new, Clock::system().now()).await?;
    println!("{token}");
    eprintln!("API token for {email} created; it is shown only once. Use it as `Authorization: Bearer <token>`.");
    Ok(())
}

/// `convene user sign-in-link --email E`: a one-time link for an existing account, printed. The
/// break-glass way in: it works even when `sso.password_sign_in` is off (the identity provider
/// down, or an account to repair).
pub async fn sign_in_link(settings: Settings, email: &str) -> CliResult {
    let email = Email::parse(email).map_err(|_| format!("--email: `{email}` is not a valid email address"))?;
    let db = connect(&settings).await?;
    let user = rules::find_user(&db.read, &email).await?.ok_or_else(|| format!("--email: no account for {email}"))?;
    let token =
        rules::issue_break_glass_link(&db, &settings.security, user.id, Clock::system().now()).await.map_err(|e| {
            match e {
                crate::error::Error::Conflict(_) => format!("--email: the account of {email} is disabled"),
                other => other.to_string(),
            }
        })?;
    println!(
        "one-time sign-in link for {email} (valid {} minutes):\n  {}/sign-in/link/{token}",
        settings.security.sign_in_link_minutes,
        settings.public_base_url()
    );
    Ok(())
}

/// `convene user reset-2fa`: removes a user's two-factor (audited as the command line).
pub async fn reset_two_factor(settings: Settings, email: &str) -> CliResult {
    let email = Email::parse(email).map_err(|_| format!("--email: `{email}` is not a valid email address"))?;
    let db = connect(&settings).await?;
    let user = rules::find_user(&db.read, &email).await?.ok_or_else(|| format!("--email: no account for {email}"))?;
    if crate::auth::two_factor::enrolment::reset(&db, user.id, &Actor::cli(), Clock::system().now()).await? {
        println!(
            "two-factor sign-in turned off for {email}; they sign in with their password alone until they enrol again"
        );
    } else {
        println!("{email} had no two-factor sign-in; nothing changed");
    }
    Ok(())
}
