//! Health, headers, migrations up → down → up, seeds idempotent, configuration.

use migration::{Migrator, MigratorTrait};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::{TestApp, fresh_database, test_settings};

#[tokio::test]
async fn health_reports_the_database() {
    let app = TestApp::spawn().await;
    let r = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<serde_json::Value>().await.unwrap()["status"], "ok");
}

#[tokio::test]
async fn a_malformed_id_in_a_page_path_is_not_found() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("admin@example.org", convene::domain::Role::Admin, &[]).await;
    let pages = [
        "/organiser/events/abc/report",
        "/organiser/events/0/certificates",
        "/organiser/events/1/certificates/x/pdf",
        "/organiser/events/-2/participants",
        "/organiser/events/1.5/reminders",
        "/organiser/events/abc/calendar-import",
        "/checkin/events/abc",
        "/checkin/events/1/badges/zz/pdf",
        "/admin/users/abc",
        "/admin/mailbox/abc",
        "/organiser/donors/1/contributions/abc",
        "/events/99999999999/timetable",
    ];
    for path in pages {
        assert_eq!(app.get(&admin, path).await.0, 404, "{path}");
    }
    for path in ["/organiser/donors/x/contacts/1/delete", "/organiser/events/1/funding/allocations/y/withdraw"] {
        assert_eq!(app.post_form(&admin, path, &[]).await.status(), 404, "{path}");
    }
}

#[tokio::test]
async fn pages_carry_security_headers() {
    let app = TestApp::spawn().await;
    let r = app.client.get(app.url("/")).send().await.unwrap();
    let h = r.headers();
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "same-origin");
    assert!(h["content-security-policy"].to_str().unwrap().contains("default-src 'self'"));
    let csrf =
        h.get_all("set-cookie").iter().map(|v| v.to_str().unwrap()).find(|c| c.starts_with("convene_csrf=")).unwrap();
    assert!(csrf.contains("HttpOnly"));
    let css = app.client.get(app.url("/assets/convene.css")).send().await.unwrap();
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    for script in ["/assets/convene.js", "/assets/checkin.js"] {
        let js = app.client.get(app.url(script)).send().await.unwrap();
        assert_eq!(js.headers()["content-type"], "text/javascript; charset=utf-8", "{script}");
        assert!(js.text().await.unwrap().contains("function"), "{script}");
    }
}

#[tokio::test]
async fn migrations_go_up_down_and_up_again() {
    let mut settings = test_settings();
    let (url, _dir, _pg) = fresh_database().await;
    settings.database.url = url;
    let db = convene::db::Db::connect(&settings.database).await.unwrap();
    db.migrate_up().await.unwrap();
    assert!(db.pending_migrations().await.unwrap().is_empty());
    Migrator::down(&db.write, None).await.unwrap();
    assert_eq!(db.pending_migrations().await.unwrap().len(), Migrator::migrations().len());
    db.migrate_up().await.unwrap();
    convene::seed::reference(&db).await.unwrap();
    if db.backend() == sea_orm::DbBackend::Postgres {
        // The email bodies are compressed with lz4 where the server offers it.
        use sea_orm::ConnectionTrait;
        let sql = "SELECT (SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression') \
                   AS offered, attcompression::text AS method FROM pg_attribute \
                   WHERE attrelid = 'outbox'::regclass AND attname = 'html_body'";
        let row = db
            .read
            .query_one_raw(sea_orm::Statement::from_string(sea_orm::DbBackend::Postgres, sql))
            .await
            .unwrap()
            .unwrap();
        let offered: bool = row.try_get("", "offered").unwrap();
        let method: String = row.try_get("", "method").unwrap();
        assert_eq!(method, if offered { "l" } else { "" });
    }
}

#[tokio::test]
async fn messages_queued_before_the_calendar_method_column_get_the_method_of_their_file() {
    use sea_orm::sea_query::{Alias, Query};
    use sea_orm::{ConnectionTrait, QueryOrder};

    let mut settings = test_settings();
    let (url, _dir, _pg) = fresh_database().await;
    settings.database.url = url;
    let db = convene::db::Db::connect(&settings.database).await.unwrap();
    db.migrate_up().await.unwrap();
    // Back to the schema before the column (undoing the migrations after it too), and rows as
    // that release wrote them.
    let names: Vec<String> = Migrator::migrations().iter().map(|m| m.name().to_owned()).collect();
    let at = names.iter().position(|n| n == "m20261206_000073_add_outbox_calendar_method").unwrap();
    Migrator::down(&db.write, Some(u32::try_from(names.len() - at).unwrap())).await.unwrap();
    let file = |method: &str| {
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Convene//EN\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nDESCRIPTION:not METHOD:PUBLISH\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    };
    let files = [Some(file("REQUEST")), Some(file("CANCEL")), Some(file("PUBLISH")), None];
    let now = chrono::Utc::now();
    for (n, ics) in files.iter().enumerate() {
        let insert = Query::insert()
            .into_table(Alias::new("outbox"))
            .columns(
                [
                    "to_address",
                    "to_name",
                    "subject",
                    "text_body",
                    "html_body",
                    "message_id",
                    "state",
                    "attempts",
                    "next_attempt_at",
                    "created_at",
                    "calendar_attachment",
                ]
                .map(Alias::new),
            )
            .values_panic([
                "p@example.org".into(),
                "P".into(),
                "S".into(),
                "t".into(),
                "h".into(),
                format!("<m{n}@example.org>").into(),
                "queued".into(),
                0.into(),
                now.into(),
                now.into(),
                ics.clone().into(),
            ])
            .to_owned();
        db.write.execute(&insert).await.unwrap();
    }
    db.migrate_up().await.unwrap();
    let rows = convene::entities::outbox_message::Entity::find()
        .order_by_asc(convene::entities::outbox_message::Column::Id)
        .all(&db.read)
        .await
        .unwrap();
    let methods: Vec<Option<&str>> = rows.iter().map(|r| r.calendar_method.as_deref()).collect();
    assert_eq!(methods, [Some("REQUEST"), Some("CANCEL"), Some("PUBLISH"), None]);
}

#[tokio::test]
async fn seeding_twice_changes_nothing() {
    let app = TestApp::spawn().await;
    let again = convene::seed::reference(&app.state.db).await.unwrap();
    assert_eq!(again.added, 0);
    assert_eq!(convene::entities::country::Entity::find().count(&app.state.db.read).await.unwrap(), 195);
    let first = convene::seed::demo(&app.state.db, app.clock.today()).await.unwrap();
    assert!(first.added > 40);
    let events = convene::entities::event::Entity::find().count(&app.state.db.read).await.unwrap();
    let sessions = convene::entities::event_session::Entity::find().count(&app.state.db.read).await.unwrap();
    let second = convene::seed::demo(&app.state.db, app.clock.today()).await.unwrap();
    assert_eq!(second.added, 0);
    assert_eq!(second.present, first.added);
    assert_eq!(convene::entities::event::Entity::find().count(&app.state.db.read).await.unwrap(), events);
    assert_eq!(convene::entities::event_session::Entity::find().count(&app.state.db.read).await.unwrap(), sessions);
}

#[tokio::test]
async fn regional_groups_match_the_reference_counts() {
    let app = TestApp::spawn().await;
    let r = &app.state.reference;
    let count = |g: &str| r.countries.iter().filter(|c| c.regional_group.as_deref() == Some(g)).count();
    assert_eq!([count("AFRICAN"), count("APG"), count("EEG"), count("GRULAC"), count("WEOG")], [54, 54, 23, 33, 29]);
    assert_eq!(r.countries.iter().filter(|c| c.status == "observer").count(), 2);
}

#[tokio::test]
async fn serving_refuses_a_database_with_pending_migrations() {
    let mut settings = test_settings();
    let (url, _dir, _pg) = fresh_database().await;
    settings.database.url = url;
    let db = convene::db::Db::connect(&settings.database).await.unwrap();
    let refusal = convene::commands::ensure_migrated(&db).await.unwrap_err();
    assert!(refusal.contains(&format!("{} pending migration(s)", Migrator::migrations().len())), "{refusal}");
    assert!(refusal.contains("m20261127_000013_create_events"), "{refusal}");
    db.migrate_up().await.unwrap();
    convene::commands::ensure_migrated(&db).await.unwrap();
}

#[tokio::test]
async fn two_instances_on_one_database_share_sessions_and_data() {
    use convene::domain::Role;
    let first = TestApp::spawn().await;
    let second = TestApp::spawn_on(&first).await;
    // Sign in through the first instance, then use the same browser on the second.
    let browser = first.signed_in("a@example.org", Role::Admin, &[]).await;
    let id = crate::helpers::create_event(&second, &browser, &crate::helpers::event_fields("1540")).await;
    let (status, body) = first.get(&browser, &format!("/organiser/events/{id}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("Regional workshop on resolution 1540"));
    // Signing out on one ends the session on both.
    first.post_form(&browser, "/sign-out", &[]).await;
    assert_eq!(second.get(&browser, "/organiser/events").await.0, 303);
}

/// Runs the built `convene serve` over a new SQLite database with its scheduler on, its
/// output on pipes (as under a service manager or a log collector: not a terminal), until it
/// says it is serving; returns everything it printed on stdout and stderr by then.
fn serve_output(env: &[(&str, &str)]) -> String {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;

    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env_clear()
        .env("DATABASE_URL", format!("sqlite://{}?mode=rwc", dir.path().join("convene.db").display()))
        .env("CONVENE__DATABASE__SEED_DEMO", "false")
        .env("CONVENE__JOBS__SCHEDULER", "true")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the convene binary starts");
    let (tx, lines) = mpsc::channel();
    for pipe in [
        Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
        Box::new(child.stderr.take().unwrap()),
    ] {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).split(b'\n').map_while(Result::ok) {
                if tx.send(String::from_utf8_lossy(&line).into_owned()).is_err() {
                    break;
                }
            }
        });
    }
    drop(tx);
    let mut out = String::new();
    loop {
        // A guard against a server that never starts, not a timing assertion.
        match lines.recv_timeout(std::time::Duration::from_secs(180)) {
            Ok(line) => {
                out.push_str(&line);
                out.push('\n');
                if line.starts_with("Convene is serving on") {
                    break;
                }
            }
            Err(_) => {
                let _ = child.kill();
                panic!("serve did not start:\n{out}");
            }
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    out
}

#[tokio::test]
async fn server_logs_to_a_pipe_carry_no_colour_codes_and_no_scheduler_chatter() {
    let out = serve_output(&[]);
    assert!(!out.contains('\u{1b}'), "ANSI escape codes in logs that are not on a terminal:\n{out}");
    assert!(!out.contains("Job creator created") && !out.contains("Uninited"), "scheduler chatter:\n{out}");
    assert!(out.lines().any(|l| l.contains("INFO") && l.contains("Convene is serving")), "no info log line:\n{out}");

    // Configured for a log collector: every log line is one JSON object.
    let out = serve_output(&[("CONVENE__LOG__FORMAT", "json")]);
    assert!(!out.contains('\u{1b}') && !out.contains("Job creator created"), "{out}");
    let logs: Vec<serde_json::Value> =
        out.lines().filter(|l| l.starts_with('{')).map(|l| serde_json::from_str(l).expect("a JSON log line")).collect();
    assert!(logs.iter().any(|l| l["fields"]["message"] == "Convene is serving"), "{out}");
    assert!(!out.lines().any(|l| l.contains(" INFO ")), "a log line that is not JSON:\n{out}");
}

/// `PRAGMA synchronous` on the SQLite connections of a `Db` opened with `settings`.
async fn sqlite_synchronous(settings: &convene::config::DatabaseSettings) -> Vec<i64> {
    use sea_orm::ConnectionTrait;
    let db = convene::db::Db::connect(settings).await.unwrap();
    let mut values = Vec::new();
    for conn in [&db.write, &db.read] {
        let row = conn
            .query_one_raw(sea_orm::Statement::from_string(sea_orm::DbBackend::Sqlite, "PRAGMA synchronous"))
            .await
            .unwrap()
            .unwrap();
        values.push(row.try_get_by_index::<i64>(0).unwrap());
    }
    values
}

#[tokio::test]
async fn sqlite_syncs_every_commit_by_default_and_normal_is_a_setting() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = test_settings();
    settings.database.url = format!("sqlite://{}?mode=rwc", dir.path().join("convene.db").display());
    // 2 is FULL: a commit is on disk before it is acknowledged.
    assert_eq!(sqlite_synchronous(&settings.database).await, vec![2, 2]);
    settings.database.sqlite_synchronous = convene::config::SqliteSync::Normal;
    assert_eq!(sqlite_synchronous(&settings.database).await, vec![1, 1]);
}
