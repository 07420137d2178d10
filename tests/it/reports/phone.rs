//! The report charts in a real browser on a phone's 390 px: every SVG text is drawn at least
//! 12 CSS pixels high (the SVG scales with the page, so this is measured, not assumed), and no
//! label runs out of its chart, where it would be clipped mid-glyph.

use chrono::{TimeZone, Utc};
use convene::domain::{Role, SessionKind};
use convene::entities::{donor, event_session};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, QueryOrder};
use serde_json::Value;

use super::{Builder, data_set};
use crate::helpers::{PASSWORD, TestApp};
use crate::support::chromium::{self, Chromium};

/// The smallest text allowed, in CSS pixels.
const MIN_TEXT: f64 = 12.0;

/// Every SVG text of the page's charts: [text, height, room on the left, room on the right]
/// (the room is negative when the text runs out of its chart).
const MEASURE: &str = "Array.from(document.querySelectorAll('figure.chart svg')).flatMap(function (svg) {
    var box = svg.getBoundingClientRect();
    return Array.from(svg.querySelectorAll('text')).map(function (t) {
        var r = t.getBoundingClientRect();
        return [t.textContent, r.height, r.left - box.left, box.right - r.right];
    });
})";

/// Signs the browser in as `email` through the sign-in form.
async fn sign_in(chrome: &mut Chromium, app: &TestApp, email: &str) {
    chrome.clear_cookies().await;
    chrome.open(&app.url("/sign-in")).await;
    chrome
        .navigate_by(&format!(
            "document.querySelector('input[name=email]').value = {email:?};
             document.querySelector('input[name=password]').value = {PASSWORD:?};
             document.querySelector('input[name=password]').form.submit(); true"
        ))
        .await;
}

/// Opens `path` at 390 px and checks its charts' text; returns how many texts it measured.
async fn check(chrome: &mut Chromium, app: &TestApp, path: &str, failures: &mut Vec<String>) -> usize {
    chrome.open(&app.url(path)).await;
    let texts = chrome.eval(MEASURE).await;
    let texts = texts.as_array().cloned().unwrap_or_else(|| panic!("{path}: {texts}"));
    for t in &texts {
        let n = |i: usize| t[i].as_f64().unwrap_or(f64::NAN);
        let text = t[0].as_str().unwrap_or_default();
        if n(1).is_nan() || n(1) < MIN_TEXT {
            failures.push(format!("{path}: “{text}” is drawn {:.1} px high", n(1)));
        }
        if n(2) < -0.5 || n(3) < -0.5 {
            failures.push(format!("{path}: “{text}” runs out of its chart ({:.1} / {:.1} px)", n(2), n(3)));
        }
    }
    texts.len()
}

#[tokio::test]
async fn chart_text_stays_readable_and_whole_on_a_phone() {
    let Some(browser) = chromium::find_or_skip("chart_text_stays_readable_and_whole_on_a_phone") else {
        return;
    };
    let app = TestApp::spawn().await;
    let data = data_set(&app).await;
    // Long labels: a State's full name and a session's title.
    // Past the numbers data_set gave its people.
    let mut b = Builder { db: &app.state.db.write, n: 1000 };
    b.register(data.a, Some("GBR"), "man", "government", "delegate", "confirmed").await;
    let long = "Round table on national implementation of resolution 1540 (2004) and assistance requests";
    let at = Utc.with_ymd_and_hms(2007, 5, 11, 9, 0, 0).unwrap();
    event_session::ActiveModel {
        event_id: Set(data.a),
        title: Set(long.into()),
        kind: Set(SessionKind::Plenary),
        starts_at: Set(at),
        ends_at: Set(at),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .unwrap();
    app.create_user("admin@example.org", Role::Admin, &[]).await;

    let mut chrome = Chromium::start(&browser).await;
    chrome.set_width(390).await;
    sign_in(&mut chrome, &app, "admin@example.org").await;
    let mut failures = Vec::new();
    let event = format!("/organiser/events/{}/report", data.a);
    let measured = check(&mut chrome, &app, &event, &mut failures).await;
    assert!(measured > 20, "the event report draws its charts ({measured} texts)");
    let cut = chrome.eval("Array.from(document.querySelectorAll('figure.chart text')).some(function (t) { return t.textContent.endsWith('…'); })").await;
    assert_eq!(cut, Value::Bool(true), "the long session title is cut after two lines");
    check(&mut chrome, &app, "/organiser/reports?programme=1540&from=2007-01-01&to=2007-12-31", &mut failures).await;

    // The donor report's charts, over the demo's data (a second app: the demo has its own series).
    let demo = TestApp::spawn().await;
    demo.load_demo().await;
    demo.create_user("admin@example.org", Role::Admin, &[]).await;
    let donor = donor::Entity::find().order_by_asc(donor::Column::Id).one(&demo.state.db.read).await.unwrap().unwrap();
    sign_in(&mut chrome, &demo, "admin@example.org").await;
    let measured = check(&mut chrome, &demo, &format!("/admin/donors/{}", donor.id), &mut failures).await;
    assert!(measured > 0, "the donor report draws charts");
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}
