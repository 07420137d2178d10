//! Logs carry no personal data: the app's log output (tracing, at the configured default level
//! and at debug for Convene itself and the SQL it sends) during a whole invite → register → check-in flow over real
//! SMTP, a failed sign-in and links with bad tokens holds no email address, name, link token,
//! check-in code or cookie of that flow.
//!
//! The subscriber is the process's global one (installed here, once: no other test installs
//! one), so it also sees the lines of tests running beside this one; it records only while
//! this test runs, and the values looked for belong to this test alone.

use std::io::Write;
use std::sync::Mutex;

use chrono::{TimeZone, Utc};
use convene::entities::registration;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, extract_csrf, location};
use crate::smtp::SmtpServer;

/// The log lines written while a capture is on.
static CAPTURED: Mutex<Option<Vec<u8>>> = Mutex::new(None);

/// Where the subscriber writes: the capture, when one is on.
struct Capture;

impl Write for Capture {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Some(buf) = CAPTURED.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            buf.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn start_capture() {
    *CAPTURED.lock().unwrap() = Some(Vec::new());
    let filter = convene::telemetry::filter("info,convene=debug,sqlx=debug,sea_orm=debug");
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_ansi(false).with_writer(|| Capture).try_init();
}

fn stop_capture() -> String {
    String::from_utf8_lossy(&CAPTURED.lock().unwrap().take().unwrap_or_default()).into_owned()
}

/// The values of the cookies a response sets.
fn cookie_values(r: &reqwest::Response) -> Vec<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|c| c.split(';').next()?.split_once('=').map(|(_, v)| v.to_owned()))
        .filter(|v| v.len() > 8)
        .collect()
}

#[tokio::test]
async fn a_whole_flow_leaves_no_personal_data_in_the_log() {
    start_capture();
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser_at("olusegun.adeyemi@example.org").await;
    let event = app.event(&org.browser).published().create().await;
    let r = org
        .post_form(
            &format!("/organiser/events/{event}/invitations"),
            &[
                ("email", "Nomvula.Zungu@Example.org"),
                ("title", "Ms."),
                ("given_name", "Nomvula"),
                ("family_name", "Zungu-Achterberg"),
                ("country", "ZAF"),
                ("role", "expert"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let invitation = smtp.wait_for_to("nomvula.zungu@example.org", 1).await.remove(0).path("/i/");
    let person = app.new_browser();
    let (status, form) = app.get(&person, &invitation).await;
    assert_eq!(status, 200);
    let fields = [
        ("csrf", extract_csrf(&form).unwrap()),
        ("given_name", "Nomvula".into()),
        ("family_name", "Zungu-Achterberg".into()),
        ("gender", "woman".into()),
        ("phone", "+27 21 555 0199".into()),
        ("consent", "on".into()),
    ];
    let r = person.post(app.url(&invitation)).form(&fields).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let manage = location(&r);
    smtp.wait_for_to("nomvula.zungu@example.org", 2).await;
    for page in ["", "/checkin.svg", "/data", "/data.json", "/event.ics"] {
        assert_eq!(app.get(&person, &format!("{manage}{page}")).await.0, 200, "{page}");
    }

    // Checked in at the door with the code of the QR image.
    let token = manage.trim_start_matches("/r/").to_owned();
    let reg = registration::Entity::find()
        .filter(registration::Column::ManageTokenHash.eq(convene::auth::tokens::hash(&token)))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    let code = convene::attendance::rules::code_of(app.state.checkin_secret(), &reg);
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 8, 9, 0, 0).unwrap());
    let (status, body) = org
        .api
        .post(
            &format!("/api/v1/events/{event}/checkin/scan"),
            json!({"key": "door-scan-0001", "code": code, "device": "Door A"}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let (status, _) = org
        .api
        .post(&format!("/api/v1/events/{event}/checkin/scan"), json!({"key": "door-scan-0002", "code": "x"}))
        .await;
    assert!(status >= 400);

    // A failed sign-in, an unknown address, a good one (its cookies), and links that are not.
    let stranger = app.new_browser();
    let r = app
        .post_form(&stranger, "/sign-in", &[("email", "olusegun.adeyemi@example.org"), ("password", "wrong guess")])
        .await;
    assert!(r.status().is_client_error() || r.status() == 200, "{}", r.status());
    app.post_form(&stranger, "/sign-in", &[("email", "ines.vasquez-oduya@example.org"), ("password", "x")]).await;
    let fresh = app.new_browser();
    let csrf_page = fresh.get(app.url("/sign-in")).send().await.unwrap();
    let mut cookies = cookie_values(&csrf_page);
    let csrf = extract_csrf(&csrf_page.text().await.unwrap()).unwrap();
    let signed_in = fresh
        .post(app.url("/sign-in"))
        .form(&[("csrf", csrf.as_str()), ("email", "olusegun.adeyemi@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 303);
    cookies.extend(cookie_values(&signed_in));
    assert!(cookies.len() >= 2, "the CSRF and session cookies: {cookies:?}");
    let bad = format!("zz{}", "Q7".repeat(20));
    for link in ["/i/", "/r/", "/n/", "/v/", "/r/"] {
        assert!(app.get(&stranger, &format!("{link}{bad}")).await.0 >= 400);
    }
    assert!(app.get(&stranger, &format!("/r/{bad}/data.json")).await.0 >= 400);
    drop(app);
    let log = stop_capture();

    // The capture saw this flow's requests (by route, not by path) …
    for route in ["/i/{token}", "/r/{token}", "/r/{token}/data.json", "/api/v1/events/{id}/checkin/scan", "/sign-in"] {
        assert!(log.contains(route), "no request line for {route}: is the log captured?\n{log}");
    }
    // … and none of its personal data or secrets.
    let invitation_token = invitation.trim_start_matches("/i/").to_owned();
    let mut secrets = vec![
        "nomvula".to_owned(),
        "Nomvula".to_owned(),
        "Zungu".to_owned(),
        "Achterberg".to_owned(),
        "555 0199".to_owned(),
        "olusegun".to_owned(),
        "adeyemi".to_owned(),
        "vasquez".to_owned(),
        "@example.org".to_owned(),
        "Door A".to_owned(),
        invitation_token,
        token,
        code,
        bad,
    ];
    secrets.extend(cookies);
    for secret in &secrets {
        assert!(!log.contains(secret.as_str()), "the log holds {secret:?}:\n{log}");
    }
}
