//! The printed documents in the six official languages' scripts: names and titles in Arabic
//! (joined, right to left), Chinese, Cyrillic and Latin read back from the PDFs, laid out
//! without overprinting, and the fonts embedded as subsets.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use convene::domain::Role;
use convene::entities::{certificate, registration};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::support::factories::staff::Staff;
use crate::support::pdf::Pdf;

/// A published five-day workshop (7–11 December 2026) titled `title`, that certifies from
/// 80 % attendance, with its organiser.
async fn workshop(app: &TestApp, org: &Staff, title: &str) -> i32 {
    let event = app.event(&org.browser).dates("2026-12-07", "2026-12-11").capacity(40).set("title", title);
    event.set("certificate_min_attendance_percent", "80").published().create().await
}

/// Registers a person through the organiser's API (confirmed at once).
async fn register(org: &Staff, event: i32, person: Value) -> i32 {
    let (status, body) = org.api.post(&format!("/api/v1/events/{event}/registrations"), person).await;
    assert_eq!(status, 201, "registration refused: {body}");
    body["id"].as_i64().expect("registration id") as i32
}

/// A delegate of `country` named `given` `family`, working at `organisation`.
fn delegate(email: &str, given: &str, family: &str, country: &str, organisation: &str) -> Value {
    json!({"email": email, "title": "Ms.", "given_name": given, "family_name": family, "gender": "woman",
        "country": country, "role": "delegate", "organisation_type": "government", "organisation": organisation,
        "position": "Counsellor"})
}

/// Checks each of `attendees` (event, registration) in on each day of the workshop, then
/// issues the certificates on the day after; the PDF of each attendee's certificate.
async fn certificates_of(app: &TestApp, org: &Staff, attendees: &[(i32, i32)]) -> Vec<Vec<u8>> {
    for day in 7..=11 {
        app.clock.set(Utc.with_ymd_and_hms(2026, 12, day, 9, 0, 0).unwrap());
        for (event, registration) in attendees {
            let scan = json!({"key": format!("scan-{registration}-{day}"), "registration_id": registration});
            let (status, body) = org.api.post(&format!("/api/v1/events/{event}/checkin/scan"), scan).await;
            assert!(status == 201 || status == 200, "{status} {body}");
        }
    }
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 12, 9, 0, 0).unwrap());
    let mut files = Vec::new();
    for (event, registration) in attendees {
        let (status, body) = org.api.post(&format!("/api/v1/events/{event}/certificates/issue"), json!({})).await;
        assert_eq!(status, 200, "{body}");
        let cert = certificate::Entity::find()
            .filter(certificate::Column::RegistrationId.eq(*registration))
            .one(&app.state.db.read)
            .await
            .unwrap()
            .expect("a certificate");
        files.push(bytes(org, &format!("/api/v1/events/{event}/certificates/{}/pdf", cert.id)).await);
    }
    files
}

async fn bytes(org: &Staff, path: &str) -> Vec<u8> {
    let (status, body) = org.api.bytes(path).await;
    assert_eq!(status, 200, "{path}");
    body
}

/// Every word of `expected` among the words printed.
fn assert_prints(pdf: &Pdf, expected: &str, what: &str) {
    let words: Vec<&str> = pdf.words().collect();
    for word in expected.split_whitespace() {
        assert!(words.iter().any(|w| w.contains(word)), "{what}: {word:?} not among {words:?}");
    }
}

/// The fonts of a PDF: each embedded as a subset (its name tagged "ABCDEF+"), each with a
/// ToUnicode map so that its text can be searched and copied.
fn assert_subset_fonts(bytes: &[u8], what: &str) {
    let raw = String::from_utf8_lossy(bytes);
    let type0: Vec<&str> = raw.split("/Subtype/Type0").skip(1).collect();
    assert!(!type0.is_empty(), "{what}: no composite font");
    for font in type0 {
        let dict = &font[..font.find(">>").unwrap_or(font.len())];
        let name = dict.split("/BaseFont/").nth(1).unwrap_or_default();
        assert!(name.len() > 7 && name.as_bytes()[6] == b'+', "{what}: {dict} is not a subset");
        assert!(dict.contains("/ToUnicode"), "{what}: {dict} has no ToUnicode map");
    }
}

#[tokio::test]
async fn certificates_print_arabic_and_chinese_names_and_titles() {
    let app = TestApp::spawn().await;
    let org = app.organiser_at("organiser@example.org").await;
    let cases = [
        (
            "حلقة العمل الإقليمية بشأن تنفيذ قرار مجلس الأمن 1540",
            delegate("fatima@example.org", "فاطمة", "الزهراء", "JOR", "وزارة الخارجية"),
            "فاطمة الزهراء",
        ),
        (
            "亚洲及太平洋区域执行第1540号决议讲习班",
            delegate("wang@example.org", "小明", "王", "CHN", "外交部"),
            "小明 王",
        ),
    ];
    let mut attendees = Vec::new();
    for (title, person, _) in &cases {
        let event = workshop(&app, &org, title).await;
        attendees.push((event, register(&org, event, person.clone()).await));
    }
    let files = certificates_of(&app, &org, &attendees).await;
    for ((title, _, name), bytes) in cases.into_iter().zip(files) {
        let doc = Pdf::read(&bytes);
        doc.assert_laid_out(title);
        assert_prints(&doc, name, title);
        assert_prints(&doc, title, title);
        // Words come back in reading order, right-to-left ones included.
        assert!(doc.text().contains(name), "{name:?} not in:\n{}", doc.text());
        assert_prints(&doc, "Certificate of attendance", title);
        assert_subset_fonts(&bytes, title);
        assert!(bytes.len() < 200_000, "{title}: {} bytes, not a subset of the fonts", bytes.len());
    }
}

#[tokio::test]
async fn a_list_in_four_scripts_prints_every_name_apart_in_each_of_the_six_languages() {
    let app = TestApp::spawn().await;
    let org = app.organiser_at("organiser@example.org").await;
    let event = workshop(&app, &org, "Regional workshop on resolution 1540 — ورشة عمل — 讲习班 — семинар").await;
    let people = [
        ("amina@example.org", "Amina", "Diallo", "TGO", "Ministère des affaires étrangères"),
        ("ivan@example.org", "Иван", "Петров", "RUS", "Министерство иностранных дел"),
        ("mohammed@example.org", "محمد", "العلي", "JOR", "وزارة الخارجية وشؤون المغتربين"),
        ("wang@example.org", "小明", "王", "CHN", "外交部军控司"),
        ("nguyen@example.org", "Thị Minh Khai", "Nguyễn", "VNM", "Bộ Ngoại giao"),
    ];
    for (email, given, family, country, organisation) in people {
        register(&org, event, delegate(email, given, family, country, organisation)).await;
    }
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        let bytes = bytes(&org, &format!("/api/v1/events/{event}/participants/draft/pdf?lang={lang}")).await;
        let doc = Pdf::read(&bytes);
        doc.assert_laid_out(&format!("list of participants ({lang})"));
        for (_, given, family, _, organisation) in people {
            assert_prints(&doc, given, lang);
            assert_prints(&doc, family, lang);
            assert_prints(&doc, organisation, lang);
        }
        assert!(doc.text().contains("وزارة الخارجية وشؤون المغتربين"), "{}", doc.text());
        assert_subset_fonts(&bytes, lang);
        assert!(bytes.len() < 200_000, "{lang}: {} bytes", bytes.len());
    }
}

/// Prints how long the demo's largest list of participants (with certificates) and one of its
/// certificates take to render, beside the same list as CSV (the same query, no PDF): a figure
/// to compare builds by, not a test. Run it with `-- --ignored --nocapture`.
#[tokio::test]
#[ignore = "a timing to read, not a check"]
async fn time_the_demo_documents() {
    let app = TestApp::spawn().await;
    app.load_demo().await;
    let admin = app.create_user("admin@example.org", Role::Admin, &[]).await;
    let token = app.api_token(admin).await;
    let db = &app.state.db.read;
    let event_of: BTreeMap<i32, i32> =
        registration::Entity::find().all(db).await.unwrap().into_iter().map(|r| (r.id, r.event_id)).collect();
    let mut per_event: BTreeMap<i32, (usize, i32)> = BTreeMap::new();
    for r in event_of.values() {
        per_event.entry(*r).or_default().0 += 1;
    }
    for c in certificate::Entity::find().all(db).await.unwrap() {
        per_event.entry(event_of[&c.registration_id]).or_default().1 = c.id;
    }
    let (event, (registrations, cert)) =
        per_event.into_iter().filter(|(_, (_, c))| *c > 0).max_by_key(|(_, (n, _))| *n).unwrap();
    let time = async |path: String| {
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..7 {
            let start = Instant::now();
            let r = app.client.get(app.url(&path)).bearer_auth(&token).send().await.unwrap();
            assert_eq!(r.status(), 200, "{path}");
            size = r.bytes().await.unwrap().len();
            times.push(start.elapsed());
        }
        times.sort();
        let median: Duration = times[times.len() / 2];
        println!("{path}: median {median:?} of 7, {size} bytes");
    };
    println!("event {event}: {registrations} registrations");
    time(format!("/api/v1/events/{event}/participants/draft/csv?lang=en")).await;
    time(format!("/api/v1/events/{event}/participants/draft/pdf?lang=en")).await;
    time(format!("/api/v1/events/{event}/certificates/{cert}/pdf")).await;
}

/// The layout check itself: text drawn into other text is caught, whatever its script, and
/// the same words side by side are not.
#[test]
fn the_layout_check_catches_text_printed_over_text() {
    use convene::pdf::Canvas;
    let faults = |draw: &dyn Fn(&mut Canvas)| {
        let mut canvas = Canvas::new().unwrap();
        draw(&mut canvas);
        Pdf::read(&canvas.finish("check", |_, _, _| {}).unwrap()).layout_faults()
    };
    let apart = faults(&|c| {
        c.show(100.0, 500.0, 12.0, "Amina محمد 王小明");
        c.show(100.0, 480.0, 12.0, "Иван Петров");
    });
    assert!(apart.is_empty(), "{apart:?}");
    for (first, second) in [("Amina Diallo", "Traoré"), ("محمد العلي", "فاطمة"), ("王小明", "李华")]
    {
        // The second text starts two characters before the end of the first.
        let into = faults(&|c| {
            let end = 100.0 + c.width(first, 12.0);
            c.show(100.0, 500.0, 12.0, first);
            c.show(end - 12.0, 500.0, 12.0, second);
        });
        assert!(!into.is_empty(), "{first} / {second} overlap unseen");
    }
}
