//! Official documents: added, searched and published by agenda item; a duplicate symbol, a file
//! that is not a PDF and an oversize one refused with nothing kept; restricted documents reach
//! only the meeting's staff and its confirmed participants. In the database and in documents.dir.

use sea_orm::{EntityTrait, PaginatorTrait};

use super::agenda::audit_actions;
use super::{item, meeting};
use crate::helpers::{Part, TestApp, location};
use crate::support::factories::staff::Staff;

/// A small body that starts like a PDF, `len` bytes long.
pub(super) fn pdf_bytes(len: usize, seed: u8) -> Vec<u8> {
    let mut body = b"%PDF-1.4\n".to_vec();
    body.extend((0..len.saturating_sub(body.len())).map(|i| (i as u8).wrapping_mul(seed) ^ seed));
    body
}

/// Posts a multipart form of `fields` and one `file` to `path` (the CSRF token in the query).
pub(super) async fn post_upload(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
    (filename, bytes): (&str, &[u8]),
) -> reqwest::Response {
    let mut parts: Vec<Part<'_>> = fields.iter().map(|(name, value)| (*name, None, value.as_bytes())).collect();
    parts.push(("file", Some(filename), bytes));
    app.post_multipart(client, path, &parts).await
}

/// Adds a document through the organiser's form; returns its id.
async fn add(org: &Staff, event: i32, symbol: &str, title: &str, item: Option<i64>, distribution: &str) -> i32 {
    let item = item.map(|i| i.to_string()).unwrap_or_default();
    let fields = [
        ("symbol", symbol),
        ("title", title),
        ("agenda_item", item.as_str()),
        ("issued_on", "2026-12-07"),
        ("distribution", distribution),
    ];
    let r = org.post_form(&format!("/organiser/events/{event}/documents"), &fields).await;
    assert_eq!(r.status(), 303, "{symbol}");
    location(&r).rsplit('/').next().unwrap().parse().unwrap()
}

async fn files_kept(app: &TestApp) -> u64 {
    convene::entities::stored_file::Entity::find().count(&app.state.db.read).await.unwrap()
}

async fn download(client: &reqwest::Client, url: String) -> (u16, Vec<u8>) {
    let r = client.get(url).send().await.unwrap();
    let status = r.status().as_u16();
    if status == 200 {
        assert_eq!(r.headers()["content-type"], "application/pdf");
        assert_eq!(r.headers()["x-content-type-options"], "nosniff");
        let disposition = r.headers()["content-disposition"].to_str().unwrap().to_owned();
        assert!(disposition.starts_with("inline; filename=\"") && disposition.ends_with(".pdf\""), "{disposition}");
    }
    (status, r.bytes().await.unwrap().to_vec())
}

async fn documents_are_added_searched_and_published_by_item(app: TestApp, org: Staff, event: i32) {
    let general = item(&org, event, "5", "General debate").await;
    let report =
        add(&org, event, "BWC/MSP/2026/3", "Report of the Implementation Support Unit", Some(general), "general").await;
    add(&org, event, "BWC/MSP/2026/L.1", "Draft report of the meeting", None, "limited").await;
    // A duplicate symbol is refused naming the field; nothing changes.
    let fields =
        [("symbol", "BWC/MSP/2026/3"), ("title", "Again"), ("issued_on", "2026-12-07"), ("distribution", "general")];
    let r = org.post_form(&format!("/organiser/events/{event}/documents"), &fields).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Another document already has this symbol."));
    let bad = [("symbol", "BWC MSP"), ("title", ""), ("issued_on", "tomorrow"), ("distribution", "secret")];
    assert_eq!(org.post_form(&format!("/organiser/events/{event}/documents"), &bad).await.status(), 422);

    // Two language versions; the English one replaced by a second upload.
    let versions = format!("/organiser/events/{event}/documents/{report}/versions");
    let english = pdf_bytes(300_000, 7);
    for (lang, body) in [("en", pdf_bytes(1000, 3)), ("en", english.clone()), ("fr", pdf_bytes(2000, 5))] {
        let r = post_upload(&app, &org.browser, &versions, &[("language", lang)], ("report.pdf", &body)).await;
        assert_eq!(r.status(), 303, "{lang}");
    }
    assert_eq!(files_kept(&app).await, 2, "the replaced file is gone");

    // The public agenda lists the document under its item with its versions; the file streams back whole.
    let public = app.new_browser();
    let (s, page) = app.get(&public, &format!("/events/{event}/agenda")).await;
    assert_eq!(s, 200);
    assert!(page.find("5. General debate").unwrap() < page.find("BWC/MSP/2026/3").unwrap());
    assert!(page.contains(&format!("/events/{event}/documents/{report}/fr")) && page.contains("BWC/MSP/2026/L.1"));
    let (s, back) = download(&public, app.url(&format!("/events/{event}/documents/{report}/en"))).await;
    assert_eq!((s, back == english), (200, true));
    assert_eq!(download(&public, app.url(&format!("/events/{event}/documents/{report}/zh"))).await.0, 404);

    // Search by symbol and by title, on the public page and the organiser's.
    let (_, page) = app.get(&public, &format!("/events/{event}/documents?q=l.1")).await;
    assert!(page.contains("Draft report of the meeting") && !page.contains("Implementation Support Unit"));
    let (_, page) = org.get(&format!("/organiser/events/{event}/documents?q=support+unit")).await;
    assert!(page.contains("BWC/MSP/2026/3") && !page.contains("BWC/MSP/2026/L.1"));

    // A version removed, the document changed, then deleted with its files; all audited.
    let r = org.post_form(&format!("{versions}/fr/remove"), &[]).await;
    assert_eq!(r.status(), 303);
    let change = [
        ("symbol", "BWC/MSP/2026/3"),
        ("title", "Report of the ISU"),
        ("issued_on", "2026-12-08"),
        ("distribution", "general"),
    ];
    assert_eq!(org.post_form(&format!("/organiser/events/{event}/documents/{report}"), &change).await.status(), 303);
    assert_eq!(org.post_form(&format!("/organiser/events/{event}/documents/{report}/delete"), &[]).await.status(), 303);
    assert_eq!(files_kept(&app).await, 0);
    assert_eq!(download(&public, app.url(&format!("/events/{event}/documents/{report}/en"))).await.0, 404);
    let audit = audit_actions(&app).await;
    for action in [
        "documents.add",
        "documents.upload_version",
        "documents.remove_version",
        "documents.update",
        "documents.delete",
    ] {
        assert!(audit.iter().any(|a| a == action), "{action}");
    }
}

#[tokio::test]
async fn documents_in_the_database() {
    let (app, org, event) = meeting().await;
    documents_are_added_searched_and_published_by_item(app, org, event).await;
}

#[tokio::test]
async fn documents_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_owned();
    let app = TestApp::spawn_with(|s| s.documents.dir = path).await;
    let org = app.organiser_at("secretariat@example.org").await;
    let event = app.event(&org.browser).set("kind", "meeting").published().create().await;
    documents_are_added_searched_and_published_by_item(app, org, event).await;
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "deleted documents leave no file behind");
}

#[tokio::test]
async fn a_file_that_is_not_a_pdf_or_too_large_is_refused_and_nothing_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_owned();
    let app = TestApp::spawn_with(|s| {
        s.documents.dir = path;
        s.documents.max_document_bytes = 1024 * 1024;
    })
    .await;
    let org = app.organiser_at("secretariat@example.org").await;
    let event = app.event(&org.browser).set("kind", "meeting").published().create().await;
    let doc = add(&org, event, "BWC/MSP/2026/INF.1", "List of documents", None, "general").await;
    let versions = format!("/organiser/events/{event}/documents/{doc}/versions");
    let r =
        post_upload(&app, &org.browser, &versions, &[("language", "en")], ("report.pdf", b"<html>not a pdf</html>"))
            .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("The file is not a PDF document"));
    let big = pdf_bytes(1024 * 1024 + 10, 9);
    let r = post_upload(&app, &org.browser, &versions, &[("language", "en")], ("big.pdf", &big)).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("The file is larger than 1 MB"));
    let r = post_upload(&app, &org.browser, &versions, &[("language", "de")], ("ok.pdf", &pdf_bytes(500, 1))).await;
    assert_eq!(r.status(), 422, "not a UN language");
    assert_eq!(files_kept(&app).await, 0);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no temporary file is left");
}

#[tokio::test]
async fn restricted_documents_reach_only_staff_and_confirmed_participants() {
    let app = TestApp::spawn().await;
    let org = app.organiser_at("secretariat@example.org").await;
    let event = app.event(&org.browser).set("kind", "meeting").capacity(1).published().create().await;
    let other = app.event(&org.browser).set("kind", "meeting").published().create().await;
    let doc = add(&org, event, "BWC/MSP/2026/CRP.1", "Credentials of representatives", None, "restricted").await;
    let body = pdf_bytes(5000, 11);
    let r = post_upload(
        &app,
        &org.browser,
        &format!("/organiser/events/{event}/documents/{doc}/versions"),
        &[("language", "en")],
        ("crp.pdf", &body),
    )
    .await;
    assert_eq!(r.status(), 303);
    let confirmed = app.register_invitee(event, "delegate@example.org", "Amina").await;
    let waitlisted = app.register_invitee(event, "second@example.org", "Boris").await;
    let elsewhere = app.register_invitee(other, "other@example.org", "Chen").await;

    // Anonymous: not listed, the file not found.
    let public = app.new_browser();
    let (_, page) = app.get(&public, &format!("/events/{event}/documents")).await;
    assert!(!page.contains("CRP.1"));
    let (_, page) = app.get(&public, &format!("/events/{event}/agenda")).await;
    assert!(!page.contains("CRP.1"));
    assert_eq!(download(&public, app.url(&format!("/events/{event}/documents/{doc}/en"))).await.0, 404);
    // Staff of the meeting.
    let (s, back) =
        download(&org.browser, app.url(&format!("/organiser/events/{event}/documents/{doc}/versions/en"))).await;
    assert_eq!((s, back == body), (200, true));
    // The confirmed participant lists it and reads it through the manage link.
    let browser = app.new_browser();
    let (s, page) = app.get(&browser, &format!("{confirmed}/documents")).await;
    assert_eq!(s, 200);
    assert!(page.contains("CRP.1") && page.contains(&format!("{confirmed}/documents/{doc}/en")));
    let (s, back) = download(&browser, app.url(&format!("{confirmed}/documents/{doc}/en"))).await;
    assert_eq!((s, back == body), (200, true));
    // The waitlisted one may not; a participant of another meeting does not find it.
    assert_eq!(app.get(&browser, &format!("{waitlisted}/documents")).await.0, 403);
    assert_eq!(download(&browser, app.url(&format!("{waitlisted}/documents/{doc}/en"))).await.0, 403);
    assert_eq!(app.get(&browser, &format!("{elsewhere}/documents")).await.0, 200);
    assert_eq!(download(&browser, app.url(&format!("{elsewhere}/documents/{doc}/en"))).await.0, 404);
    // Another organiser's staff may not.
    let stranger = app.staff("stranger@example.org", convene::domain::Role::Organiser, &["SALW"]).await;
    assert_eq!(
        download(&stranger.browser, app.url(&format!("/organiser/events/{event}/documents/{doc}/versions/en"))).await.0,
        403
    );
}

#[tokio::test]
async fn the_api_adds_searches_uploads_and_downloads_documents() {
    let (_app, org, event) = meeting().await;
    let general = item(&org, event, "5", "General debate").await;
    let base = format!("/api/v1/events/{event}/documents");
    let body = serde_json::json!({"symbol": "BWC/MSP/2026/INF.2", "title": "List of participants", "agenda_item_id": general,
        "issued_on": "2026-12-09", "distribution": "restricted"});
    let (s, v) = org.api.post(&base, body.clone()).await;
    assert_eq!(s, 201, "{v}");
    let id = v["id"].as_i64().unwrap();
    assert_eq!((v["agenda_item_number"].as_str(), v["distribution"].as_str()), (Some("5"), Some("restricted")));
    let (s, v) = org.api.post(&base, body).await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (409, Some("symbol")), "{v}");
    let (s, v) = org
        .api
        .post(&base, serde_json::json!({"symbol": "a b", "title": "", "issued_on": "x", "distribution": "y"}))
        .await;
    assert_eq!(s, 422, "{v}");
    // The raw PDF body: a PDF is kept, anything else refused naming `file`.
    let version = format!("{base}/{id}/versions/fr");
    let pdf = pdf_bytes(10_000, 21);
    let r = org
        .api
        .request(reqwest::Method::PUT, &version, None)
        .header("content-type", "application/pdf")
        .body(pdf.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = org
        .api
        .request(reqwest::Method::PUT, &version, None)
        .header("content-type", "application/pdf")
        .body("plain text")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["fields"][0]["field"], "file", "{v}");
    let (s, back) = org.api.bytes(&version).await;
    assert_eq!((s, back == pdf), (200, true));
    let (_, v) = org.api.get(&format!("{base}?q=participants")).await;
    assert_eq!(v["documents"][0]["languages"], serde_json::json!(["fr"]));
    let (_, v) = org.api.get(&format!("{base}?q=nothing-like-it")).await;
    assert_eq!(v["documents"].as_array().map(Vec::len), Some(0));
    let (s, v) = org.api.get(&format!("/api/v1/events/{event}/statements")).await;
    assert_eq!((s, v["statements"].as_array().map(Vec::len)), (200, Some(0)));
}

#[tokio::test]
async fn the_demo_gives_the_bwc_meeting_of_states_parties_documents_one_restricted() {
    use sea_orm::{ColumnTrait, QueryFilter};
    let app = TestApp::spawn().await;
    app.load_demo().await;
    let event = convene::entities::event::Entity::find()
        .filter(convene::entities::event::Column::SeedKey.eq("M12"))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    let public = app.new_browser();
    let (s, page) = app.get(&public, &format!("/events/{}/agenda", event.id)).await;
    assert_eq!(s, 200);
    assert!(page.contains("BWC/MSP/2007/2") && page.contains("BWC/MSP/2007/L.1"), "general and limited documents");
    assert!(!page.contains("BWC/MSP/2007/CRP.1"), "the restricted one is not public");
    let (_, page) = app.get(&public, &format!("/events/{}/documents?q=implementation", event.id)).await;
    let link = format!("/events/{}/documents/", event.id);
    let at = page.find(&link).expect("a version link");
    let path: String = page[at..].chars().take_while(|c| *c != '"').collect();
    let (s, body) = download(&public, app.url(&path)).await;
    assert_eq!(s, 200);
    assert!(body.starts_with(b"%PDF-"));
}
