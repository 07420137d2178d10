//! The `convene` command line: parse arguments, load settings, call into the library.

use std::net::SocketAddr;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use convene::commands::{self, CreateUser, MigrateAction};
use convene::config::Settings;

// glibc's allocator took a sixth of the CPU of a registration (many small, short-lived
// allocations across threads); mimalloc's per-thread free lists cost a fraction of that. It is
// built without transparent huge pages (Cargo.toml), which kept whole 2 MiB pages resident, and
// it also serves C's `malloc` (SQLite's page caches and statements), so that one allocator
// returns freed memory instead of two each keeping their own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc 3's `mimalloc.h` (the crate exports no constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long mimalloc keeps freed memory before returning it to the system, in milliseconds,
/// unless `MIMALLOC_PURGE_DELAY` says otherwise. Returned at once: under a burst of
/// registrations each thread's freed pages otherwise stay resident until the delay passes,
/// about half of what is resident above what the server holds live. It costs CPU in the kernel
/// (pages faulted in again), which bench/README.md weighs; a delay is one variable away.
const PURGE_DELAY_MS: std::ffi::c_long = 0;

/// Sets the allocator's purge delay before anything else runs.
#[allow(unsafe_code)]
fn tune_allocator() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one of mimalloc's options, a plain integer it reads at each purge.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
}

/// Convene: events, invitations and reports of a disarmament office.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web application (the default command).
    Serve {
        /// Address to listen on, e.g. 0.0.0.0:8080 (default: server.bind).
        #[arg(long)]
        bind: Option<SocketAddr>,
    },
    /// Apply, roll back or list database migrations.
    Migrate {
        #[command(subcommand)]
        action: Option<MigrateCommand>,
    },
    /// Load reference data (States, regional groups, programmes, units), and the demo data.
    Seed {
        /// Also load the demo data set (events of the 2007–2008 report and planned ones).
        #[arg(long)]
        demo: bool,
    },
    /// Manage staff accounts.
    User {
        #[command(subcommand)]
        action: UserCommand,
    },
    /// Manage API tokens.
    Token {
        #[command(subcommand)]
        action: TokenCommand,
    },
    /// Inspect the email outbox and retry failed messages.
    Outbox {
        #[command(subcommand)]
        action: OutboxCommand,
    },
    /// List the scheduled jobs or run one now.
    Jobs {
        #[command(subcommand)]
        action: JobsCommand,
    },
    /// Inspect webhook endpoints and their deliveries (register them on /admin/webhooks or
    /// through the API).
    Webhooks {
        #[command(subcommand)]
        action: WebhooksCommand,
    },
}

#[derive(Subcommand)]
enum WebhooksCommand {
    /// Each endpoint with its state, programme, kinds of change and deliveries per state.
    List,
}

#[derive(Subcommand)]
enum JobsCommand {
    /// Each job with its schedule, latest run and next run.
    List,
    /// Run a job now (claimed like any tick, so it runs once even beside running servers).
    Run {
        /// event_reminders, invitation_follow_ups, offer_expiry, token_purge or outbox_dispatch.
        name: String,
    },
}

#[derive(Subcommand)]
enum OutboxCommand {
    /// Count messages per delivery state; list those being retried and the failed ones with
    /// the server's reply, and how long the oldest has waited.
    Status,
    /// Queue failed messages again.
    Retry {
        /// Only this message (default: every failed one).
        #[arg(long)]
        id: Option<i32>,
    },
}

#[derive(Subcommand)]
enum MigrateCommand {
    /// Apply every pending migration and load reference data (the default).
    Up,
    /// Roll back the most recent migrations.
    Down {
        /// How many to roll back.
        #[arg(long, default_value_t = 1)]
        steps: u32,
    },
    /// List migrations and whether each is applied.
    Status,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a staff account; prints a one-time sign-in link unless --password-stdin is given.
    Create {
        /// Sign-in email address.
        #[arg(long)]
        email: String,
        /// Role: admin, organiser or checkin (check-in staff of one event).
        #[arg(long)]
        role: String,
        /// Programme code the organiser manages (repeat for several).
        #[arg(long = "programme")]
        programmes: Vec<String>,
        /// The event whose check-in desk a checkin account works (its id).
        #[arg(long)]
        event: Option<i32>,
        /// Name shown in the interface.
        #[arg(long)]
        name: Option<String>,
        /// Read the password (12+ characters) from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Print a one-time sign-in link for an existing account (works even with password sign-in off).
    SignInLink {
        /// The user's email address.
        #[arg(long)]
        email: String,
    },
    /// Turn off a user's two-factor sign-in (a lost device); they may enrol again.
    #[command(name = "reset-2fa")]
    Reset2fa {
        /// The user's email address.
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token for a user and print it (once).
    Create {
        /// The user's email address.
        #[arg(long)]
        email: String,
        /// What the token is for.
        #[arg(long, default_value = "cli")]
        label: String,
        /// What it may do: read (GET), write (every other method), checkin (the check-in
        /// routes only), separated by commas.
        #[arg(long, default_value = "read,write")]
        scopes: String,
        /// Days it lasts (default `security.api_token_days`, at most `security.api_token_max_days`).
        #[arg(long)]
        days: Option<u32>,
    },
    /// List a user's API tokens (ids and use; never the tokens themselves).
    List {
        /// The user's email address.
        #[arg(long)]
        email: String,
    },
    /// Revoke an API token by its id.
    Revoke {
        /// The token's id, from `token list`.
        id: i32,
    },
}

fn main() -> ExitCode {
    tune_allocator();
    let cli = Cli::parse();
    let settings = match Settings::load() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    convene::telemetry::init(&settings.log);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        match cli.command.unwrap_or(Command::Serve { bind: None }) {
            Command::Serve { bind } => commands::serve(settings, bind).await,
            Command::Migrate { action } => {
                let action = match action.unwrap_or(MigrateCommand::Up) {
                    MigrateCommand::Up => MigrateAction::Up,
                    MigrateCommand::Down { steps } => MigrateAction::Down(steps),
                    MigrateCommand::Status => MigrateAction::Status,
                };
                commands::migrate(settings, action).await
            }
            Command::Seed { demo } => commands::seed(settings, demo).await,
            Command::User { action: UserCommand::Create { email, role, programmes, event, name, password_stdin } } => {
                commands::create_user(settings, CreateUser { email, role, programmes, event, name, password_stdin })
                    .await
            }
            Command::User { action: UserCommand::SignInLink { email } } => {
                commands::sign_in_link(settings, &email).await
            }
            Command::User { action: UserCommand::Reset2fa { email } } => {
                commands::reset_two_factor(settings, &email).await
            }
            Command::Token { action: TokenCommand::Create { email, label, scopes, days } } => {
                commands::create_token(settings, &email, &label, &scopes, days).await
            }
            Command::Outbox { action: OutboxCommand::Status } => {
                commands::outbox_status(settings, &convene::clock::Clock::system(), &mut std::io::stdout()).await
            }
            Command::Outbox { action: OutboxCommand::Retry { id } } => commands::outbox_retry(settings, id).await,
            Command::Jobs { action: JobsCommand::List } => commands::jobs_list(settings).await,
            Command::Jobs { action: JobsCommand::Run { name } } => commands::jobs_run(settings, &name).await,
            Command::Webhooks { action: WebhooksCommand::List } => {
                commands::webhooks_list(settings, &mut std::io::stdout()).await
            }
            Command::Token { action: TokenCommand::List { email } } => commands::list_tokens(settings, &email).await,
            Command::Token { action: TokenCommand::Revoke { id } } => commands::revoke_token(settings, id).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
