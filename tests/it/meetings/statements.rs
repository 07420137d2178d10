//! Statements: a focal point uploads its delegation's statement through its link; it is
//! published once the delegation's speaker has spoken, or at the time chosen; it can be
//! withdrawn before then; the secretariat sees every one. In the database and in documents.dir.

use super::agenda::audit_actions;
use super::documents::{pdf_bytes, post_upload};
use super::item;
use crate::helpers::TestApp;
use crate::smtp::SmtpServer;
use crate::support::factories::staff::Staff;

/// A published meeting in Geneva with a general debate item, and Botswana's focal point link.
async fn meeting_with_focal_point(
    smtp: &SmtpServer,
    folder: Option<std::path::PathBuf>,
) -> (TestApp, Staff, i32, i64, String) {
    let app = TestApp::spawn_with_smtp_port(smtp.port, |s| {
        if let Some(dir) = folder {
            s.documents.dir = dir;
        }
    })
    .await;
    let org = app.organiser_at("secretariat@example.org").await;
    let event =
        app.event(&org.browser).set("kind", "meeting").set("time_zone", "Europe/Zurich").published().create().await;
    let general = item(&org, event, "5", "General debate").await;
    let fields = [
        ("country", "BWA"),
        ("seat_quota", "3"),
        ("email", "fp@bw.example.org"),
        ("given_name", "Kabo"),
        ("family_name", "Molefe"),
        ("language", "en"),
    ];
    assert_eq!(org.post_form(&format!("/organiser/events/{event}/delegations"), &fields).await.status(), 303);
    let link = smtp.wait_for_to("fp@bw.example.org", 1).await.remove(0).path("/n/");
    (app, org, event, general, link)
}

async fn statement_ids(org: &Staff, event: i32) -> Vec<i64> {
    let (_, page) = org.get(&format!("/organiser/events/{event}/documents")).await;
    page.match_indices("data-statement=\"")
        .map(|(i, m)| {
            let rest = &page[i + m.len()..];
            rest[..rest.find('"').unwrap()].parse().unwrap()
        })
        .collect()
}

async fn published_after_speaking(folder: Option<std::path::PathBuf>) {
    let smtp = SmtpServer::start();
    let (app, org, event, general, link) = meeting_with_focal_point(&smtp, folder).await;
    let focal = app.new_browser();
    let statements = format!("{link}/statements");
    let (s, page) = app.get(&focal, &statements).await;
    assert_eq!(s, 200);
    assert!(page.contains("Statements: Botswana"));
    let item_id = general.to_string();
    let body = pdf_bytes(40_000, 13);
    let form = [("item", item_id.as_str()), ("language", "en"), ("publication", "after_speaking")];
    let r = post_upload(&app, &focal, &statements, &form, ("statement.pdf", &body)).await;
    assert_eq!(r.status(), 303);
    // Bad input: not a PDF, a time publication without its time, an unknown item.
    let r = post_upload(&app, &focal, &statements, &form, ("statement.pdf", b"GIF89a....")).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("not a PDF"));
    let at = [("item", item_id.as_str()), ("language", "fr"), ("publication", "at_time")];
    assert_eq!(post_upload(&app, &focal, &statements, &at, ("s.pdf", &body)).await.status(), 422);
    let unknown = [("item", "99999"), ("language", "fr"), ("publication", "after_speaking")];
    assert_eq!(post_upload(&app, &focal, &statements, &unknown, ("s.pdf", &body)).await.status(), 422);

    // Not public yet; the secretariat sees it.
    let ids = statement_ids(&org, event).await;
    assert_eq!(ids.len(), 1);
    let sid = ids[0];
    let public = app.new_browser();
    let (_, page) = app.get(&public, &format!("/events/{event}/agenda")).await;
    assert!(!page.contains("Check against delivery"));
    assert_eq!(app.get(&public, &format!("/events/{event}/statements/{sid}")).await.0, 404);
    let (s, back) = org.bytes(&format!("/organiser/events/{event}/statements/{sid}")).await;
    assert_eq!((s, back == body), (200, true));

    // The delegation inscribes; its speaker is heard: the statement is public.
    let r = app.post_form(&focal, &format!("{link}/speakers"), &[("item", &item_id), ("level", "minister")]).await;
    assert_eq!(r.status(), 303);
    let (_, list) = org.api.get(&format!("/api/v1/events/{event}/agenda/{general}/speakers")).await;
    let speaker = list["speakers"][0]["id"].as_i64().unwrap();
    let spoke = format!("/api/v1/events/{event}/agenda/{general}/speakers/{speaker}/spoke");
    assert_eq!(org.api.post(&spoke, serde_json::json!({})).await.0, 200);
    let (_, page) = app.get(&public, &format!("/events/{event}/agenda")).await;
    assert!(page.contains("Check against delivery") && page.contains(&format!("/events/{event}/statements/{sid}")));
    let r = public.get(app.url(&format!("/events/{event}/statements/{sid}"))).send().await.unwrap();
    assert_eq!((r.status().as_u16(), r.headers()["x-content-type-options"].to_str().unwrap()), (200, "nosniff"));
    assert_eq!(r.bytes().await.unwrap().to_vec(), body);
    // Published: it can no longer be withdrawn or replaced.
    assert_eq!(app.post_form(&focal, &format!("{statements}/{sid}/withdraw"), &[]).await.status(), 409);
    assert_eq!(post_upload(&app, &focal, &statements, &form, ("again.pdf", &body)).await.status(), 409);
    assert!(audit_actions(&app).await.iter().any(|a| a == "statements.upload"));
}

#[tokio::test]
async fn a_statement_is_published_once_the_speaker_has_spoken_in_the_database() {
    published_after_speaking(None).await;
}

#[tokio::test]
async fn a_statement_is_published_once_the_speaker_has_spoken_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    published_after_speaking(Some(dir.path().to_owned())).await;
}

#[tokio::test]
async fn a_statement_is_published_at_its_time_and_can_be_withdrawn_before() {
    let smtp = SmtpServer::start();
    let (app, org, event, general, link) = meeting_with_focal_point(&smtp, None).await;
    let focal = app.new_browser();
    let statements = format!("{link}/statements");
    let item_id = general.to_string();
    // In an hour, on Geneva's clock.
    let zurich: chrono_tz::Tz = "Europe/Zurich".parse().unwrap();
    let at = (app.clock.now() + chrono::Duration::hours(1)).with_timezone(&zurich).format("%Y-%m-%dT%H:%M").to_string();
    for lang in ["fr", "es"] {
        let form =
            [("item", item_id.as_str()), ("language", lang), ("publication", "at_time"), ("publish_at", at.as_str())];
        assert_eq!(post_upload(&app, &focal, &statements, &form, ("s.pdf", &pdf_bytes(3000, 17))).await.status(), 303);
    }
    let ids = statement_ids(&org, event).await;
    assert_eq!(ids.len(), 2);
    let public = app.new_browser();
    let (_, page) = app.get(&public, &format!("/events/{event}/agenda")).await;
    assert!(!page.contains("Check against delivery"));
    // The Spanish one is withdrawn before its time; its file goes with it.
    assert_eq!(app.post_form(&focal, &format!("{statements}/{}/withdraw", ids[1]), &[]).await.status(), 303);
    assert_eq!(statement_ids(&org, event).await, [ids[0]]);
    app.clock.set(app.clock.now() + chrono::Duration::minutes(61));
    let (_, page) = app.get(&public, &format!("/events/{event}/agenda")).await;
    assert!(
        page.contains("Check against delivery") && page.contains(&format!("/events/{event}/statements/{}", ids[0]))
    );
    assert_eq!(app.get(&public, &format!("/events/{event}/statements/{}", ids[0])).await.0, 200);
    assert!(audit_actions(&app).await.iter().any(|a| a == "statements.withdraw"));
}
