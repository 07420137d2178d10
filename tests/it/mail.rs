//! The outbox over a real SMTP server: delivery with a stable Message-ID, retries while the
//! server is down, permanent refusals recorded, and the CLI-facing retry.

use convene::domain::OutboxState;
use convene::entities::outbox_message;
use convene::mail::outbox::{self, Outgoing};
use sea_orm::EntityTrait;

use crate::helpers::TestApp;
use crate::smtp::SmtpServer;

fn message(to: &str, n: usize) -> Outgoing {
    Outgoing {
        to_address: to.to_owned(),
        to_name: format!("Participant {n}"),
        email: emails::Email {
            subject: format!("Message {n}"),
            text: format!("Hello {n}\nhttps://example.org/x/{n}\n"),
            html: format!("<p>Hello {n}</p>"),
        },
        invitation_id: None,
        registration_id: None,
    }
}

async fn queue(app: &TestApp, to: &str, n: usize) -> outbox_message::Model {
    let row =
        outbox::enqueue(&app.state.db.write, &app.state.mail_domain(), message(to, n), app.clock.now()).await.unwrap();
    app.state.mailer.wake();
    row
}

async fn row(app: &TestApp, id: i32) -> outbox_message::Model {
    outbox_message::Entity::find_by_id(id).one(&app.state.db.read).await.unwrap().unwrap()
}

async fn wait_state(app: &TestApp, id: i32, state: OutboxState) -> outbox_message::Model {
    for _ in 0..600 {
        let r = row(app, id).await;
        if r.state == state {
            return r;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("message {id} never reached {state}: {:?}", row(app, id).await);
}

#[tokio::test]
async fn queued_messages_are_delivered_once_with_their_message_id() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let mut ids = Vec::new();
    for n in 0..20 {
        ids.push(queue(&app, &format!("p{n}@example.org"), n).await);
    }
    let got = smtp.wait_for(20).await;
    for r in &ids {
        wait_state(&app, r.id, OutboxState::Sent).await;
        let copies: Vec<_> = got.iter().filter(|m| m.message_id == r.message_id).collect();
        assert_eq!(copies.len(), 1, "one delivery of {}", r.message_id);
    }
    let first = smtp.wait_for_to("p0@example.org", 1).await.remove(0);
    assert_eq!(first.subject, "Message 0");
    assert_eq!(first.link("/x/").as_deref(), Some("https://example.org/x/0"));
    assert_eq!(first.path("/x/"), "/x/0");
    assert!(first.to.contains("p0@example.org"));
    assert!(first.html.contains("<p>Hello 0</p>"));
}

/// The nice values of this process's threads named `name` (Linux truncates names to 15 bytes).
#[cfg(target_os = "linux")]
fn nice_values_of_threads(name: &str) -> Vec<i64> {
    let mut found = Vec::new();
    for task in std::fs::read_dir("/proc/self/task").unwrap().flatten() {
        let comm = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
        if comm.trim_end() != name {
            continue;
        }
        let stat = std::fs::read_to_string(task.path().join("stat")).unwrap_or_default();
        // After "(comm) ", the nice value is the 17th field (19th of the whole line).
        if let Some(nice) = stat.rsplit_once(") ").and_then(|(_, rest)| rest.split(' ').nth(16)) {
            found.push(nice.parse().unwrap());
        }
    }
    found
}

#[cfg(target_os = "linux")]
#[tokio::test]
async fn the_dispatcher_sends_from_a_thread_scheduled_below_the_request_workers() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let sent = queue(&app, "low@example.org", 1).await;
    smtp.wait_for_to("low@example.org", 1).await;
    wait_state(&app, sent.id, OutboxState::Sent).await;
    // Every test's dispatcher has such a thread; each lowers its own priority as it starts,
    // and this one has already sent, so at least one has.
    let nice = nice_values_of_threads("convene-sender");
    assert!(nice.contains(&10), "a sending thread at nice 10: {nice:?}");
    assert!(nice.iter().all(|&n| n == 0 || n == 10), "{nice:?}");
    // Only the sends run there: no database thread inherits its priority (SQLite opens a
    // thread per connection, from the thread that opens it).
    for name in ["convene-writer", "sqlx-sqlite-wor"] {
        let nice = nice_values_of_threads(name);
        assert!(nice.iter().all(|&n| n == 0), "{name}: {nice:?}");
    }
}

#[tokio::test]
async fn messages_share_the_pooled_connections() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp_port(smtp.port, |s| s.mail.smtp_pool_size = 2).await;
    let mut rows = Vec::new();
    for n in 0..30 {
        rows.push(queue(&app, &format!("pool{n}@example.org"), n).await);
    }
    smtp.wait_for(30).await;
    for r in &rows {
        wait_state(&app, r.id, OutboxState::Sent).await;
    }
    // Thirty messages, and no more connections than the pool holds.
    let connections = smtp.greetings();
    assert!((1..=2).contains(&connections), "{connections} connections for a pool of 2");
}

#[tokio::test]
async fn messages_wait_while_the_server_is_down_and_go_when_it_returns() {
    // Reserve a port, then close it: connections are refused until the server starts there.
    let reserved = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = reserved.local_addr().unwrap().port();
    drop(reserved);
    let app = TestApp::spawn_with_smtp_port(port, |s| s.mail.smtp_timeout_seconds = 2).await;
    let rows: Vec<_> = futures_rows(&app, 5).await;
    // The first attempts fail and are rescheduled, not lost.
    for r in &rows {
        for _ in 0..600 {
            let now = row(&app, r.id).await;
            if now.attempts >= 1 && now.state == OutboxState::Queued && now.last_error.is_some() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let now = row(&app, r.id).await;
        assert_eq!(now.state, OutboxState::Queued, "{now:?}");
        assert!(now.last_error.is_some());
    }
    let smtp = SmtpServer::start_on(std::net::TcpListener::bind(("127.0.0.1", port)).unwrap());
    // The app's clock is frozen: move it past the retry time.
    app.clock.set(app.clock.now() + chrono::Duration::hours(1));
    app.state.mailer.wake();
    let got = smtp.wait_for(5).await;
    for r in &rows {
        wait_state(&app, r.id, OutboxState::Sent).await;
        assert_eq!(got.iter().filter(|m| m.message_id == r.message_id).count(), 1);
    }
}

async fn futures_rows(app: &TestApp, n: usize) -> Vec<outbox_message::Model> {
    let mut out = Vec::new();
    for i in 0..n {
        out.push(queue(app, &format!("down{i}@example.org"), i).await);
    }
    out
}

#[tokio::test]
async fn permanent_refusals_are_marked_failed_with_the_reply_and_can_be_retried() {
    let smtp = SmtpServer::start();
    smtp.refuse_recipients(true);
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let r = queue(&app, "nobody@example.org", 1).await;
    let failed = wait_state(&app, r.id, OutboxState::Failed).await;
    assert!(failed.last_error.unwrap().contains("550"), "the server's reply is kept");
    assert_eq!(failed.attempts, 1, "a permanent refusal is not retried");
    smtp.refuse_recipients(false);
    assert_eq!(outbox::retry_failed(&app.state.db.write, Some(r.id), app.clock.now()).await.unwrap(), 1);
    app.state.mailer.wake();
    wait_state(&app, r.id, OutboxState::Sent).await;
    assert_eq!(smtp.to("nobody@example.org").len(), 1);
}

#[tokio::test]
async fn a_claim_left_by_a_dead_dispatcher_is_taken_over_after_its_lease() {
    // No dispatcher runs here: claims are driven by hand, as two instances would.
    let app = TestApp::spawn().await;
    let r = queue(&app, "lease@example.org", 1).await;
    let now = app.clock.now();
    let lease = chrono::Duration::seconds(300);
    let first = outbox::claim(&app.state.db, now, lease, 10).await.unwrap();
    assert_eq!(first.len(), 1);
    // A second dispatcher sees nothing while the lease holds…
    assert!(outbox::claim(&app.state.db, now + chrono::Duration::seconds(10), lease, 10).await.unwrap().is_empty());
    // …and takes the row over once it ran out (the first one died mid-send).
    let second = outbox::claim(&app.state.db, now + chrono::Duration::seconds(301), lease, 10).await.unwrap();
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].id, r.id);
    assert_eq!(second[0].attempts, 2);
    assert_eq!(second[0].message_id, r.message_id, "the same Message-ID on every attempt");
}

/// Starts the real `convene serve` binary over `url`, sending to `smtp_port`.
fn start_server(url: &str, smtp_port: u16) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("CONVENE_ENV", "test")
        .env("CONVENE_CONFIG_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/config"))
        .env("DATABASE_URL", url)
        .env("CONVENE__MAIL__TRANSPORT", "smtp")
        .env("CONVENE__MAIL__SMTP_HOST", "127.0.0.1")
        .env("CONVENE__MAIL__SMTP_PORT", smtp_port.to_string())
        .env("CONVENE__MAIL__SMTP_TLS", "none")
        .env("CONVENE__MAIL__SMTP_POOL_SIZE", "2")
        .env("CONVENE__MAIL__BATCH_SIZE", "20")
        .env("CONVENE__MAIL__CLAIM_LEASE_SECONDS", "1")
        .env("CONVENE__MAIL__DISPATCH_INTERVAL_SECONDS", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start convene serve")
}

#[tokio::test]
async fn a_dispatcher_killed_mid_send_loses_nothing_after_a_restart() {
    let smtp = SmtpServer::start();
    let mut settings = crate::helpers::test_settings();
    let (url, _dir, _pg) = crate::helpers::fresh_database().await;
    settings.database.url = url.clone();
    let db = convene::db::Db::connect(&settings.database).await.unwrap();
    db.migrate_up().await.unwrap();
    convene::seed::reference(&db).await.unwrap();
    // Enough that the kill comes mid-dispatch: 100–200 messages go in the moments between
    // the 50th and the kill.
    let total = 1_000;
    let mut ids = Vec::new();
    for n in 0..total {
        let row =
            outbox::enqueue(&db.write, "convene.test", message(&format!("k{n}@example.org"), n), chrono::Utc::now())
                .await
                .unwrap();
        ids.push(row.message_id);
    }
    let mut first = start_server(&url, smtp.port);
    smtp.wait_for(50).await;
    first.kill().expect("kill -9");
    let _ = first.wait();
    let delivered_before = smtp.messages().len();
    assert!(delivered_before < total, "the process died mid-dispatch");
    let mut second = start_server(&url, smtp.port);
    // Wait until every message arrived at least once (duplicates do not count).
    let mut got = smtp.wait_for(total).await;
    for _ in 0..600 {
        let distinct: std::collections::HashSet<&str> = got.iter().map(|m| m.message_id.as_str()).collect();
        if ids.iter().all(|id| distinct.contains(id.as_str())) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        got = smtp.messages();
    }
    // Wait for the last rows to be marked sent, then stop the server.
    for _ in 0..600 {
        if outbox::counts(&db.read).await.unwrap().iter().all(|(s, n)| *s == OutboxState::Sent || *n == 0) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    second.kill().ok();
    let _ = second.wait();
    for id in &ids {
        assert!(got.iter().any(|m| &m.message_id == id), "{id} was lost");
    }
    let counts = outbox::counts(&db.read).await.unwrap();
    assert_eq!(counts.iter().find(|(s, _)| *s == OutboxState::Sent).map(|(_, n)| *n), Some(total as u64), "{counts:?}");
    // Only messages in flight when the process died can arrive twice: at most one batch.
    let duplicates = got.len() - total;
    assert!(duplicates <= 20, "{duplicates} duplicates");
}

#[tokio::test]
async fn admins_read_queued_mail_in_the_development_mailbox() {
    use convene::domain::Role;
    let app = TestApp::spawn().await;
    let row = queue(&app, "reader@example.org", 7).await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let (status, list) = app.get(&admin, "/admin/mailbox").await;
    assert_eq!(status, 200);
    assert!(list.contains("Message 7") && list.contains("reader@example.org"));
    let (status, page) = app.get(&admin, &format!("/admin/mailbox/{}", row.id)).await;
    assert_eq!(status, 200);
    assert!(page.contains("<a href=\"https://example.org/x/7\">"), "links in the text part are clickable");
    let html = admin.get(app.url(&format!("/admin/mailbox/{}/html", row.id))).send().await.unwrap();
    assert!(html.headers()["content-security-policy"].to_str().unwrap().contains("sandbox"));
    assert_eq!(html.text().await.unwrap(), "<p>Hello 7</p>");
    let organiser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    assert_eq!(app.get(&organiser, "/admin/mailbox").await.0, 403);
    assert_eq!(app.get(&admin, "/admin/mailbox/999999").await.0, 404);
}

#[tokio::test]
async fn the_mailbox_is_only_there_with_the_file_transport() {
    use convene::domain::Role;
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    assert_eq!(app.get(&admin, "/admin/mailbox").await.0, 404);
}

/// A claim walks the partial index of messages still to send in id order and stops at its
/// batch, instead of reading every waiting message and sorting them: after a burst the
/// backlog runs to tens of thousands, and on SQLite the claim holds the one write connection.
#[tokio::test]
async fn a_claim_reads_the_index_of_messages_still_to_send() {
    use sea_orm::{ConnectionTrait, DbBackend, TransactionTrait};

    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let claim = outbox::claim_statement(db.backend(), app.clock.now(), chrono::Duration::seconds(60), 200);
    let txn = db.write.begin().await.unwrap();
    let (explain, column) = match db.backend() {
        // PostgreSQL's planner chooses by its statistics, and on a near-empty table a scan and
        // a sort cost nothing; without them it shows whether the index serves the claim.
        DbBackend::Postgres => {
            txn.execute_unprepared("SET LOCAL enable_seqscan = off; SET LOCAL enable_sort = off").await.unwrap();
            ("EXPLAIN", "QUERY PLAN")
        }
        _ => ("EXPLAIN QUERY PLAN", "detail"),
    };
    let plan = sea_orm::Statement { sql: format!("{explain} {}", claim.sql), ..claim };
    let plan: Vec<String> =
        txn.query_all_raw(plan).await.unwrap().iter().map(|row| row.try_get::<String>("", column).unwrap()).collect();
    txn.rollback().await.unwrap();
    let plan = plan.join("\n");
    assert!(plan.contains("idx_outbox_pending"), "the claim reads the index of messages to send:\n{plan}");
    assert!(!plan.contains("TEMP B-TREE") && !plan.contains("Sort"), "and needs no sort:\n{plan}");
}

/// With the mail server down every message fails and waits for its next attempt: `convene
/// outbox status` says so (not just "queued 3"), with each one's attempts and the server's
/// reply, and how long the oldest has waited.
#[tokio::test]
async fn outbox_status_shows_the_messages_being_retried_while_the_server_is_down() {
    use convene::jobs::{JobName, runs};
    let reserved = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = reserved.local_addr().unwrap().port();
    drop(reserved);
    // No background dispatcher: the outbox job below makes the one attempt of each message.
    let app = TestApp::spawn_with(move |s| {
        s.mail.transport = "smtp".into();
        s.mail.smtp_host = "127.0.0.1".into();
        s.mail.smtp_port = port;
        s.mail.smtp_tls = "none".into();
        s.mail.smtp_timeout_seconds = 2;
    })
    .await;
    let rows = futures_rows(&app, 3).await;
    let run = runs::run_now(&app.state, JobName::OutboxDispatch).await.unwrap();
    assert_eq!(run.outcome, "succeeded", "{run:?}");
    let first = row(&app, rows[0].id).await;
    assert_eq!((first.state, first.attempts), (OutboxState::Queued, 1), "{first:?}");
    let reply = outbox::short_reply(first.last_error.as_deref().expect("the failure is kept"));

    app.clock.set(app.clock.now() + chrono::Duration::minutes(65));
    let mut out = Vec::new();
    convene::commands::outbox_status((*app.state.settings).clone(), &app.clock, &mut out).await.unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("queued   3"), "{out}");
    assert!(out.contains("being retried: 3 of 3 waiting"), "{out}");
    assert!(out.contains("every message waiting has failed"), "{out}");
    let line = format!("retrying #{}: Message 0 (1 attempt(s), next ", first.id);
    assert!(out.lines().any(|l| l.starts_with(&line) && l.ends_with(&reply)), "{line}…{reply}\n{out}");
    assert!(
        out.contains(&format!("oldest waiting: #{}, queued 2026-11-27 10:00:00 UTC (1 h 05 min ago)", rows[0].id)),
        "{out}"
    );
}

/// The development mailbox shows the same: the queue's counts, the oldest message waiting,
/// and the messages being retried with their attempts and the server's reply.
#[tokio::test]
async fn the_mailbox_shows_the_messages_being_retried() {
    use convene::domain::Role;
    let app = TestApp::spawn().await;
    let waiting = futures_rows(&app, 2).await;
    let now = app.clock.now();
    for claimed in outbox::claim(&app.state.db, now, chrono::Duration::seconds(60), 1).await.unwrap() {
        let next = now + chrono::Duration::minutes(5);
        outbox::mark_retry(&app.state.db, claimed.id, "421 4.3.2 Service not available\r\nclosing", next)
            .await
            .unwrap();
    }
    app.clock.set(now + chrono::Duration::minutes(90));
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let (status, page) = app.get(&admin, "/admin/mailbox").await;
    assert_eq!(status, 200);
    assert!(page.contains("queued: 2"), "{page}");
    assert!(
        page.contains(&format!("Oldest message waiting: #{}", waiting[0].id)) && page.contains("(1 h 30 min ago)"),
        "{page}"
    );
    assert!(page.contains("1 waiting message(s) failed at least once"), "{page}");
    let table = &page[page.find("id=\"retrying\"").expect("the table of messages being retried")..];
    assert!(table.contains("Message 0") && table.contains("<td>1</td>"), "{table}");
    assert!(table.contains("421 4.3.2 Service not available") && !table.contains("closing"), "{table}");
    assert!(!table[..table.find("</table>").unwrap()].contains("Message 1"), "the other was never tried");
}
