//! `TestApp`: starts the real application (the same builder as `main`) on a free loopback
//! port over a fresh database, with a cookie-keeping HTTP client.

use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{DateTime, TimeZone, Utc};
use convene::audit::Actor;
use convene::auth::rules::{self, NewUser};
use convene::auth::scopes::ApiScopes;
use convene::clock::Clock;
use convene::config::{Environment, Settings};
use convene::db::Db;
use convene::domain::{Email, InvitationKind, InvitationState, NewPassword, ParticipantRole, Role};
use convene::{App, AppState, seed};
use reqwest::redirect::Policy;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, Database, Statement};

/// The password every test account uses.
pub const PASSWORD: &str = "a long enough passphrase";

/// "Now" in tests: a fixed instant, movable through `app.clock`.
pub fn test_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap()
}

/// A running app and a client bound to it.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub base: String,
    /// Client with a cookie store that does not follow redirects.
    pub client: reqwest::Client,
    /// The app's state (database, settings, clock).
    pub state: AppState,
    /// The clock the app reads.
    pub clock: Clock,
    _dir: Option<tempfile::TempDir>,
    _pg: Option<PgDatabase>,
    /// The outbox dispatcher, when the app sends over SMTP; stopped when the app is dropped.
    dispatcher: Option<convene::mail::dispatcher::Dispatcher>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Settings of the test environment, from the repository's `config/`.
pub fn test_settings() -> Settings {
    Settings::load_from(Environment::Test, &Path::new(env!("CARGO_MANIFEST_DIR")).join("config"), false)
        .expect("test settings")
}

/// A fresh, empty database URL: a new PostgreSQL database when `CONVENE_TEST_DATABASE_URL`
/// is set, otherwise a SQLite file in a new temporary folder.
pub async fn fresh_database() -> (String, Option<tempfile::TempDir>, Option<PgDatabase>) {
    match std::env::var("CONVENE_TEST_DATABASE_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let n = COUNTER.fetch_add(1, Ordering::SeqCst);
            let name = format!("convene_t_{}_{}_{}", std::process::id(), n, Utc::now().timestamp_subsec_micros());
            let admin = Database::connect(&admin_url).await.expect("connect to CONVENE_TEST_DATABASE_URL");
            admin
                .execute_raw(Statement::from_string(admin.get_database_backend(), format!("CREATE DATABASE {name}")))
                .await
                .expect("create test database");
            admin.close().await.ok();
            let (prefix, _) = admin_url.rsplit_once('/').expect("database URL with a path");
            (format!("{prefix}/{name}"), None, Some(PgDatabase { admin_url, name }))
        }
        _ => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("convene.db").display());
            (url, Some(dir), None)
        }
    }
}

impl TestApp {
    /// Starts an app over a migrated database with reference data.
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Same, letting the test change settings first.
    pub async fn spawn_with(change: impl FnOnce(&mut Settings)) -> Self {
        Self::spawn_tuned(change, |_| {}).await
    }

    /// Same, letting the test also tune the connections (e.g. count statements) before the
    /// app takes them.
    pub async fn spawn_tuned(change: impl FnOnce(&mut Settings), tune: impl FnOnce(&mut Db)) -> Self {
        let mut settings = test_settings();
        let (url, dir, pg) = fresh_database().await;
        settings.database.url = url;
        if let Some(d) = &dir {
            settings.mail.file_dir = d.path().join("mail");
        }
        change(&mut settings);
        let mut db = Db::connect(&settings.database).await.expect("connect");
        db.migrate_up().await.expect("migrate");
        seed::reference(&db).await.expect("reference data");
        tune(&mut db);
        let clock = Clock::fixed(test_now());
        let app = App::build(settings, db, clock.clone()).await.expect("build app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let state = app.state.clone();
        tokio::spawn(async move {
            axum::serve(listener, app.router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.ok();
        });
        let client = http_client().cookie_store(true).redirect(Policy::none()).build().expect("client");
        Self { base, client, state, clock, _dir: dir, _pg: pg, dispatcher: None }
    }

    /// Starts an app that sends its email over SMTP to `smtp`, with its dispatcher running.
    pub async fn spawn_with_smtp(smtp: &crate::smtp::SmtpServer) -> Self {
        Self::spawn_with_smtp_port(smtp.port, |_| {}).await
    }

    /// Starts an app that sends its email over SMTP to 127.0.0.1:`port` (a server may not be
    /// listening yet), with `change` applied to its settings and its dispatcher running.
    pub async fn spawn_with_smtp_port(port: u16, change: impl FnOnce(&mut Settings)) -> Self {
        let mut app = Self::spawn_with(move |s| {
            s.mail.transport = "smtp".into();
            s.mail.smtp_host = "127.0.0.1".into();
            s.mail.smtp_port = port;
            s.mail.smtp_tls = "none".into();
            s.mail.retry_base_seconds = 1;
            s.mail.dispatch_interval_seconds = 1;
            change(s);
        })
        .await;
        app.dispatcher = Some(convene::mail::dispatcher::spawn(app.state.office.clone()).expect("dispatcher"));
        app
    }

    /// A second instance of the service over the same database (as two `serve` processes).
    pub async fn spawn_on(other: &TestApp) -> Self {
        let settings = (*other.state.settings).clone();
        let db = Db::connect(&settings.database).await.expect("connect");
        let clock = other.clock.clone();
        let app = App::build(settings, db, clock.clone()).await.expect("build app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let state = app.state.clone();
        tokio::spawn(async move {
            axum::serve(listener, app.router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.ok();
        });
        let client = http_client().cookie_store(true).redirect(Policy::none()).build().expect("client");
        Self { base, client, state, clock, _dir: None, _pg: None, dispatcher: None }
    }

    /// A new client with its own (empty) cookie jar, as a second browser.
    pub fn new_browser(&self) -> reqwest::Client {
        http_client().cookie_store(true).redirect(Policy::none()).build().expect("client")
    }

    /// Absolute URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Loads the demo data set.
    pub async fn load_demo(&self) {
        seed::demo(&self.state.db, self.clock.today()).await.expect("demo data");
    }

    /// Creates a staff account with [`PASSWORD`].
    pub async fn create_user(&self, email: &str, role: Role, programmes: &[&str]) -> i32 {
        let new = NewUser {
            email: Email::parse(email).unwrap(),
            display_name: email.to_owned(),
            role,
            programmes: programmes.iter().map(|p| p.to_string()).collect(),
            password: Some(NewPassword::parse(PASSWORD).unwrap()),
        };
        rules::create_user(&self.state.db, &self.state.settings.security, &Actor::cli(), new, self.clock.now())
            .await
            .expect("create user")
            .id
    }

    /// An API token for an existing user.
    pub async fn api_token(&self, user_id: i32) -> String {
        self.api_token_scoped(user_id, ApiScopes::FULL).await
    }

    /// A new API token of `user_id` with `scopes`, lasting the default time.
    pub async fn api_token_scoped(&self, user_id: i32, scopes: ApiScopes) -> String {
        let new = rules::NewApiToken { label: "test".into(), scopes, days: None };
        let security = &self.state.settings.security;
        rules::create_api_token(&self.state.db, security, &Actor::cli(), user_id, new, self.clock.now())
            .await
            .expect("token")
    }

    /// The CSRF token this client's cookie holds (fetching a page first if needed).
    pub async fn csrf(&self, client: &reqwest::Client) -> String {
        let html = client.get(self.url("/sign-in")).send().await.unwrap().text().await.unwrap();
        extract_csrf(&html).expect("csrf field on the sign-in page")
    }

    /// Posts a form with this client's CSRF token added.
    pub async fn post_form(&self, client: &reqwest::Client, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let csrf = self.csrf(client).await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        client.post(self.url(path)).form(&all).send().await.unwrap()
    }

    /// Posts a multipart form of `parts` with this client's CSRF token in the query string.
    pub async fn post_multipart(&self, client: &reqwest::Client, path: &str, parts: &[Part<'_>]) -> reqwest::Response {
        let csrf = self.csrf(client).await;
        let sep = if path.contains('?') { '&' } else { '?' };
        let (content_type, body) = multipart_form(parts);
        let r = client.post(self.url(&format!("{path}{sep}csrf={csrf}"))).header("content-type", content_type);
        r.body(body).send().await.unwrap()
    }

    /// Signs `client` in with [`PASSWORD`]; panics if refused.
    pub async fn sign_in(&self, client: &reqwest::Client, email: &str) {
        let r = self
            .post_form(client, "/sign-in", &[("email", email), ("password", PASSWORD), ("next", "/organiser/events")])
            .await;
        assert_eq!(r.status(), 303, "sign-in of {email} failed");
    }

    /// Creates a signed-in browser for a new user.
    pub async fn signed_in(&self, email: &str, role: Role, programmes: &[&str]) -> reqwest::Client {
        self.create_user(email, role, programmes).await;
        let browser = self.new_browser();
        self.sign_in(&browser, email).await;
        browser
    }

    /// GET returning status and body.
    pub async fn get(&self, client: &reqwest::Client, path: &str) -> (u16, String) {
        let r = client.get(self.url(path)).send().await.unwrap();
        let status = r.status().as_u16();
        (status, r.text().await.unwrap())
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // The dispatcher stops before the database goes (the `_pg` field drops after this).
        self.dispatcher.take();
    }
}

/// A per-test PostgreSQL database, dropped with this value (also when the test fails, so no
/// run leaves one behind).
pub struct PgDatabase {
    admin_url: String,
    name: String,
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // On a side thread with its own runtime: a test's runtime may be shutting down.
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build();
            if let Ok(rt) = rt {
                rt.block_on(async move {
                    if let Ok(admin) = Database::connect(&admin_url).await {
                        let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                        let _ = admin.execute_raw(Statement::from_string(admin.get_database_backend(), sql)).await;
                        let _ = admin.close().await;
                    }
                });
            }
        })
        .join()
        .ok();
    }
}

/// A new HTTP client builder for the tests, with the TLS configuration the server's own
/// clients use (reqwest is built without a crypto provider of its own).
pub fn http_client() -> reqwest::ClientBuilder {
    let tls = convene::tls::client_config().expect("TLS configuration");
    reqwest::Client::builder().tls_backend_preconfigured(rustls::ClientConfig::clone(&tls))
}

/// One part of a multipart form: field name, file name (for a file) and content.
pub type Part<'a> = (&'a str, Option<&'a str>, &'a [u8]);

/// A multipart body of `parts`, with the content type that names its boundary.
pub fn multipart_form(parts: &[Part<'_>]) -> (String, Vec<u8>) {
    let boundary = "convene-test-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, filename, content) in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        let disposition = match filename {
            Some(f) => format!(
                "Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            ),
            None => format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n"),
        };
        body.extend_from_slice(disposition.as_bytes());
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// The value of the first `name="csrf"` hidden field in a page.
pub fn extract_csrf(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf\" value=\"")?;
    let rest = &html[at + "name=\"csrf\" value=\"".len()..];
    Some(rest[..rest.find('"')?].to_owned())
}

/// The `Location` header of a response.
pub fn location(r: &reqwest::Response) -> String {
    r.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

/// A valid event form for programme `programme`, dates in December 2026.
pub fn event_fields(programme: &str) -> Vec<(&'static str, String)> {
    vec![
        ("title", "Regional workshop on resolution 1540".into()),
        ("kind", "workshop".into()),
        ("programme", programme.into()),
        ("unit", "UNREC".into()),
        ("city", "Lomé".into()),
        ("country", "TGO".into()),
        ("time_zone", "Africa/Lome".into()),
        ("date_precision", "day".into()),
        ("start_date", "2026-12-08".into()),
        ("end_date", "2026-12-10".into()),
        ("registration_mode", "invitation".into()),
        ("capacity", "40".into()),
        ("lang_en", "on".into()),
        ("lang_fr", "on".into()),
        ("description", "Border-control capacity-building.".into()),
    ]
}

/// Creates an event through the organiser form; returns its id.
pub async fn create_event(app: &TestApp, browser: &reqwest::Client, fields: &[(&'static str, String)]) -> i32 {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post_form(browser, "/organiser/events", &pairs).await;
    assert_eq!(r.status(), 303, "event creation refused");
    location(&r).rsplit('/').next().unwrap().parse().unwrap()
}

/// Invites a person directly in the database (the invitations side is tested on its own);
/// returns the link token.
pub async fn invite(app: &TestApp, event_id: i32, email: &str, delegation_id: Option<i32>) -> String {
    let now = app.clock.now();
    let person = convene::people::find_or_create(
        &app.state.db.write,
        &convene::people::PersonInput {
            email: Email::parse(email).unwrap(),
            title: Some("Ms.".into()),
            given_name: "Given".into(),
            family_name: format!("Family {email}"),
            organisation: Some("Ministry of Foreign Affairs".into()),
            organisation_type: Some("government".into()),
            country: None,
            language: convene::i18n::Lang::En,
        },
        now,
    )
    .await
    .unwrap();
    let token = convene::auth::tokens::generate().unwrap();
    convene::entities::invitation::ActiveModel {
        event_id: Set(event_id),
        person_id: Set(person.id),
        delegation_id: Set(delegation_id),
        kind: Set(InvitationKind::Personal),
        role: Set(ParticipantRole::Delegate),
        state: Set(InvitationState::Sent),
        token_hash: Set(convene::auth::tokens::hash(&token)),
        expires_at: Set(now + chrono::Duration::days(30)),
        language: Set("en".into()),
        sent_at: Set(Some(now)),
        opened_at: Set(None),
        responded_at: Set(None),
        decline_reason: Set(None),
        reminders_sent: Set(0),
        last_reminded_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .unwrap();
    token
}
