//! Convene: events, invitations, attendance and donor reports of a UN-style disarmament office.
//!
//! Map of the crate:
//! - [`office`]: the one context of rules, jobs and the dispatcher (database, clock, reference
//!   lists, links, mail, group writers); the web's [`AppState`] holds it.
//! - [`config`], [`db`], [`clock`], [`error`], [`telemetry`], [`load`]: process plumbing.
//! - [`domain`]: parsed value types (email, codes, dates, time zones).
//! - [`entities`]: sea-orm entities, one per table, no behaviour.
//! - [`auth`], [`events`], [`people`], [`invitations`], [`registration`], [`participants`],
//!   [`attendance`], [`certificates`], [`audit`], [`seed`]: capabilities — rules, handlers and views.
//! - [`reports`]: outcomes of one event or many (funnel, attendance, mix of States, regional
//!   groups, genders), SQL-aggregated, as pages with SVG charts, CSV, XLSX and JSON.
//! - [`calendar`]: iCalendar downloads, feeds, import and change notices (one writer escapes,
//!   folds and writes UTC times); the timetable and programme calendar pages.
//! - [`mail`]: the outbox, its dispatcher and transports.
//! - [`admin`]: the admin's pages (staff accounts, audit log, development mailbox, jobs) and the
//!   organiser's preview of reminders: the only pages over mail and jobs.
//! - [`reference`]: the reference lists cached per process.
//! - [`pdf`]: the small PDF writer of the printed documents (lists, certificates, badges).
//! - [`export`]: the CSV and XLSX cell guard every spreadsheet export writes through.
//! - [`web`]: layout, components, extractors, middleware, error pages, assets.
//! - [`api`]: the JSON API under `/api/v1` and its OpenAPI document.
//! - [`router`]: the one route table.
//! - [`commands`]: what the `convene` CLI does.
//! - [`i18n`]: the message catalogs.
//! - [`donors`]: donors, contributions, allocations, event budgets, the donor portal and its
//!   privacy-safe report, the office's consolidated extrabudgetary view.
//! - [`jobs`]: scheduled work (tokio-cron-scheduler), each tick claimed once across instances.
//! - [`privacy`]: retention of personal data and its erasure (by the daily job, early for one
//!   event, or for one person on request), keeping every figure; the public privacy page.
//! - [`meetings`]: serviced meetings — the agenda and each item's list of speakers (order rule,
//!   chair's view, published list and PDF, inscriptions through the focal point's link).
//! - [`webhooks`]: endpoints told of changes, deliveries written with the change and posted
//!   signed, retried and logged by their dispatcher.

pub mod admin;
pub mod api;
pub mod attendance;
pub mod audit;
pub mod auth;
pub mod calendar;
pub mod certificates;
pub mod clock;
pub mod commands;
pub mod config;
pub mod dashboard;
pub mod db;
pub mod domain;
pub mod donors;
pub mod entities;
pub mod error;
pub mod events;
pub mod export;
pub mod files;
pub mod i18n;
pub mod invitations;
pub mod jobs;
pub mod load;
pub mod mail;
pub mod meetings;
pub mod office;
pub mod participants;
pub mod pdf;
pub mod people;
pub mod privacy;
pub mod reference;
pub mod registration;
pub mod reports;
pub mod router;
pub mod seed;
pub mod telemetry;
pub mod thread_runtime;
pub mod tls;
pub mod web;
pub mod webhooks;

use std::sync::Arc;
use std::time::Duration;

use clock::Clock;
use config::Settings;
use db::Db;
pub use office::Office;

/// What every handler can reach: the office (through `Deref`), and what only the web layer
/// needs beside it.
#[derive(Clone)]
pub struct AppState {
    /// The office: database, clock, reference lists, links, mail, group writers.
    pub office: Office,
    /// Request counts of the link pages.
    pub limiter: Arc<web::ratelimit::RateLimiter>,
    /// Public pages as anonymous visitors see them, for a couple of seconds.
    pub page_cache: Arc<web::page_cache::PageCache>,
}

impl std::ops::Deref for AppState {
    type Target = Office;

    fn deref(&self) -> &Office {
        &self.office
    }
}

/// The built application: its state and its router.
pub struct App {
    /// Shared state.
    pub state: AppState,
    /// All routes with their middleware.
    pub router: axum::Router,
}

impl App {
    /// Builds the app over a migrated database (the same builder serves `main` and tests).
    pub async fn build(settings: Settings, db: Db, clock: Clock) -> Result<Self, error::Error> {
        let page_cache =
            Arc::new(web::page_cache::PageCache::new(Duration::from_secs(settings.server.public_cache_seconds)));
        let office = Office::start(settings, db, clock).await?;
        let state = AppState { office, limiter: Arc::default(), page_cache };
        let router = router::build(state.clone());
        Ok(Self { state, router })
    }

    /// Starts the work that runs beside the web server: the outbox dispatcher and the
    /// scheduled jobs (keep the returned value alive while serving).
    pub async fn start_background(&self) -> Result<Background, String> {
        let office = &self.state.office;
        let dispatcher = mail::dispatcher::spawn(office.clone())?;
        let webhooks = webhooks::dispatcher::spawn(office.clone());
        office.db.spawn_checkpoints();
        let scheduler = jobs::scheduler::start(office.clone()).await?;
        Ok(Background { _dispatcher: dispatcher, _webhooks: webhooks, _scheduler: scheduler })
    }
}

/// The dispatchers (email, webhooks) and the job scheduler; all stop when this is dropped.
pub struct Background {
    _dispatcher: mail::dispatcher::Dispatcher,
    _webhooks: webhooks::dispatcher::Dispatcher,
    _scheduler: Option<tokio_cron_scheduler::JobScheduler>,
}
