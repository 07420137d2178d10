//! Credentials: the focal point's upload through its link (a PDF kept and replaced, a non-PDF
//! and an oversize file refused with nothing kept, another delegation's link seeing nothing),
//! the secretariat's statuses (audited, the original's date kept), the filters, the CSV, the
//! report's figures, the API's scopes, and no credentials for a workshop.

use convene::auth::scopes::ApiScopes;
use convene::entities::stored_file;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{Value, json};

use super::agenda::audit_actions;
use super::meeting;
use crate::helpers::TestApp;
use crate::smtp::SmtpServer;
use crate::support::api::Api;
use crate::support::factories::staff::Staff;

/// Invites `country` to `event` with a focal point at `email`, through the organiser's form.
async fn invite_state(org: &Staff, event: i32, country: &str, email: &str) {
    let fields = [
        ("country", country),
        ("seat_quota", "3"),
        ("email", email),
        ("given_name", "Focal"),
        ("family_name", "Point"),
        ("language", "en"),
    ];
    let r = org.post_form(&format!("/organiser/events/{event}/delegations"), &fields).await;
    assert_eq!(r.status(), 303, "inviting {country}");
}

/// Sends `bytes` as the credentials file `filename` through the form of `path`.
async fn upload(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    filename: &str,
    bytes: &[u8],
) -> reqwest::Response {
    app.post_multipart(client, path, &[("document", Some(filename), bytes)]).await
}

/// A small PDF whose text is `text`.
fn pdf(text: &str) -> Vec<u8> {
    format!("%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").into_bytes()
}

async fn files_kept(app: &TestApp) -> u64 {
    stored_file::Entity::find().count(&app.state.db.read).await.unwrap()
}

/// The API's row of `country` in the meeting's credentials.
async fn row_of(org: &Staff, event: i32, country: &str) -> Value {
    let (s, v) = org.api.get(&format!("/api/v1/events/{event}/credentials")).await;
    assert_eq!(s, 200, "{v}");
    v["credentials"].as_array().unwrap().iter().find(|r| r["country"] == country).cloned().unwrap()
}

#[tokio::test]
async fn a_focal_point_sends_its_credentials_through_its_link_and_only_it_sees_them() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser_at("secretariat@example.org").await;
    let event = app.event(&org.browser).set("kind", "meeting").published().create().await;
    invite_state(&org, event, "BWA", "fp@bw.example.org").await;
    invite_state(&org, event, "GHA", "fp@gh.example.org").await;
    let botswana = smtp.wait_for_to("fp@bw.example.org", 1).await.remove(0).path("/n/");
    let ghana = smtp.wait_for_to("fp@gh.example.org", 1).await.remove(0).path("/n/");
    let focal = app.new_browser();
    let (s, page) = app.get(&focal, &botswana).await;
    assert_eq!(s, 200);
    assert!(page.contains(&format!("{botswana}/credentials")), "the nomination page links the credentials");
    let page_path = format!("{botswana}/credentials");
    let (s, page) = app.get(&focal, &page_path).await;
    assert_eq!(s, 200);
    assert!(page.contains("Credentials: Botswana") && page.contains("No document received."), "{page}");

    // A file that is not a PDF: refused with the message, nothing kept.
    let r = upload(&app, &focal, &page_path, "credentials.docx", b"PK\x03\x04 a word document").await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("The file is not a PDF document"));
    // Over the 5 MB limit: refused with the message, nothing kept.
    let mut big = pdf("big");
    big.resize(5 * 1024 * 1024 + 1, b' ');
    let r = upload(&app, &focal, &page_path, "big.pdf", &big).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("The file is larger than 5 MB"));
    assert_eq!(files_kept(&app).await, 0);
    assert_eq!(row_of(&org, event, "BWA").await["status"], "none");

    // A PDF: kept, the status becomes "copy received", the focal point downloads it back.
    let first = pdf("first copy");
    let r = upload(&app, &focal, &page_path, "Credentials BWA.pdf", &first).await;
    assert_eq!(r.status(), 303);
    let (_, page) = app.get(&focal, &page_path).await;
    assert!(page.contains("Copy received") && page.contains("Credentials_BWA.pdf"), "{page}");
    let download = |path: String| {
        let focal = focal.clone();
        let url = app.url(&path);
        async move {
            let r = focal.get(url).send().await.unwrap();
            (r.status().as_u16(), r.bytes().await.unwrap().to_vec())
        }
    };
    assert_eq!(download(format!("{page_path}/document")).await, (200, first));
    let row = row_of(&org, event, "BWA").await;
    assert_eq!(
        (row["status"].as_str(), row["document"].as_str()),
        (Some("copy_received"), Some("Credentials_BWA.pdf"))
    );

    // A new PDF replaces the old one, which is removed.
    let second = pdf("second copy");
    assert_eq!(upload(&app, &focal, &page_path, "new.pdf", &second).await.status(), 303);
    assert_eq!(download(format!("{page_path}/document")).await, (200, second.clone()));
    assert_eq!(files_kept(&app).await, 1);
    let delegation = row["delegation_id"].as_i64().unwrap();
    let r =
        org.browser.get(app.url(&format!("/organiser/events/{event}/credentials/{delegation}/document"))).send().await;
    let r = r.unwrap();
    assert_eq!(
        (r.status().as_u16(), r.headers()["content-type"].to_str().unwrap().to_owned()),
        (200, "application/pdf".into())
    );
    assert_eq!(r.bytes().await.unwrap().to_vec(), second);

    // Ghana's link sees neither Botswana's status nor its document.
    let (s, page) = app.get(&focal, &format!("{ghana}/credentials")).await;
    assert_eq!(s, 200);
    assert!(page.contains("Credentials: Ghana") && !page.contains("new.pdf") && page.contains("No document received."));
    assert_eq!(download(format!("{ghana}/credentials/document")).await.0, 404);
    // An upload with no file names the field; a made-up link is gone.
    let r = upload(&app, &focal, &format!("{ghana}/credentials"), "", b"").await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Choose a file to upload."));
    assert_eq!(app.get(&focal, "/n/short/credentials").await.0, 410);
    let audit = audit_actions(&app).await;
    assert_eq!(audit.iter().filter(|a| *a == "credentials.upload").count(), 2);
}

/// A meeting with delegations of Botswana, France, Germany and Ghana (no mail server needed).
async fn meeting_with_delegations() -> (TestApp, Staff, i32) {
    let (app, org, event) = meeting().await;
    for (country, email) in
        [("BWA", "bw@example.org"), ("FRA", "fr@example.org"), ("DEU", "de@example.org"), ("GHA", "gh@example.org")]
    {
        invite_state(&org, event, country, email).await;
    }
    (app, org, event)
}

async fn record(org: &Staff, event: i32, country: &str, body: Value) -> (u16, Value) {
    let id = row_of(org, event, country).await["delegation_id"].as_i64().unwrap();
    org.api.put(&format!("/api/v1/events/{event}/credentials/{id}"), body).await
}

#[tokio::test]
async fn the_secretariat_records_statuses_audited_and_keeps_the_originals_date() {
    let (app, org, event) = meeting_with_delegations().await;
    let (s, list) = org.api.get(&format!("/api/v1/events/{event}/credentials")).await;
    assert_eq!(s, 200);
    let states: Vec<&str> =
        list["credentials"].as_array().unwrap().iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["Botswana", "France", "Germany", "Ghana"]);
    assert!(list["credentials"].as_array().unwrap().iter().all(|r| r["status"] == "none" && r["updated_at"].is_null()));

    let (s, v) =
        record(&org, event, "BWA", json!({"status": "original_received", "note": "Received on 3 December."})).await;
    assert_eq!(s, 200, "{v}");
    let received = v["original_received_at"].as_str().unwrap().to_owned();
    assert_eq!(v["note"], "Received on 3 December.");
    app.clock.set(app.clock.now() + chrono::Duration::days(2));
    let (_, v) = record(&org, event, "BWA", json!({"status": "in_order", "note": "Received on 3 December."})).await;
    assert_eq!((v["status"].as_str(), v["original_received_at"].as_str()), (Some("in_order"), Some(received.as_str())));
    assert_ne!(v["updated_at"].as_str(), Some(received.as_str()));
    // Back to a copy: the original is not with the secretariat, the date goes.
    let (_, v) = record(&org, event, "GHA", json!({"status": "copy_received"})).await;
    assert!(v["original_received_at"].is_null() && v["note"].is_null());

    // Bad input names the field and changes nothing.
    let (s, v) = record(&org, event, "FRA", json!({"status": "lost"})).await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("status")), "{v}");
    let (s, v) = record(&org, event, "FRA", json!({"status": "none", "note": "x".repeat(1001)})).await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("note")), "{v}");
    assert_eq!(
        org.api.put(&format!("/api/v1/events/{event}/credentials/99999"), json!({"status": "none"})).await.0,
        404
    );
    assert!(row_of(&org, event, "FRA").await["updated_at"].is_null());

    // The page's form: a bad status is the form again with 422; a good one is recorded.
    let deu = row_of(&org, event, "DEU").await["delegation_id"].as_i64().unwrap();
    let form = format!("/organiser/events/{event}/credentials/{deu}");
    // Two days on, the browser's session has lapsed: sign in again.
    app.sign_in(&org.browser, &org.email).await;
    let (s, page) = app.get(&org.browser, &form).await;
    assert!(s == 200 && page.contains("Credentials: Germany"), "{s} {page}");
    let r = org.post_form(&form, &[("status", ""), ("note", "")]).await;
    assert_eq!(r.status(), 422);
    let r = org.post_form(&form, &[("status", "in_order"), ("note", "")]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(row_of(&org, event, "DEU").await["status"], "in_order");

    // Every change is audited with the row before and after.
    let entries = convene::entities::audit_entry::Entity::find().all(&app.state.db.read).await.unwrap();
    let records: Vec<_> = entries.iter().filter(|e| e.action == "credentials.record").collect();
    assert_eq!(records.len(), 4);
    assert!(records[0].before.is_none() && records[0].after.as_deref().unwrap().contains("original_received"));
    assert!(records[1].before.as_deref().unwrap().contains("original_received"));
    assert_eq!(records[3].actor, "secretariat@example.org");
}

#[tokio::test]
async fn filters_csv_and_the_reports_figures() {
    let (app, org, event) = meeting_with_delegations().await;
    record(&org, event, "BWA", json!({"status": "original_received"})).await;
    record(&org, event, "DEU", json!({"status": "in_order", "note": "=SUM(A1)"})).await;
    record(&org, event, "GHA", json!({"status": "copy_received"})).await;
    let base = format!("/organiser/events/{event}/credentials");

    let (s, page) = app.get(&org.browser, &base).await;
    assert_eq!(s, 200);
    assert!(page.contains("4 of 4 delegations"));
    let (_, page) = app.get(&org.browser, &format!("{base}?status=copy_received")).await;
    assert!(page.contains("1 of 4 delegations") && page.contains("Ghana") && !page.contains(">Botswana<"), "{page}");
    let (_, page) = app.get(&org.browser, &format!("{base}?group=AFRICAN")).await;
    assert!(page.contains("2 of 4 delegations") && !page.contains(">France<"));
    let (s, page) = app.get(&org.browser, &format!("{base}?status=lost&group=NOWHERE")).await;
    assert_eq!(s, 422);
    assert!(page.contains("4 of 4 delegations"));

    // The drafted paragraphs name the States in alphabetical order, per group.
    assert!(
        page.contains("2 States have submitted formal credentials, issued by the Head of State or Government or by the Minister for Foreign Affairs: Botswana, Germany."),
        "{page}"
    );
    assert!(page.contains("One State has communicated the appointment of its representatives by a copy of its credentials (facsimile or email): Ghana."));
    assert!(page.contains("One State has not yet communicated any credentials: France."));
    let r = org.browser.get(app.url(&base)).header("accept-language", "fr").send().await.unwrap();
    let page = r.text().await.unwrap();
    assert!(
        page.contains("2 États ont présenté des pouvoirs en bonne et due forme")
            && page.contains(": Allemagne, Botswana."),
        "{page}"
    );
    let (s, v) = org.api.get(&format!("/api/v1/events/{event}/credentials/report")).await;
    assert_eq!(s, 200);
    let names =
        |k: &str| v[k].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
    assert_eq!(
        (names("formal"), names("copy"), names("none")),
        (vec!["Botswana".to_owned(), "Germany".into()], vec!["Ghana".into()], vec!["France".into()])
    );
    assert_eq!(v["paragraphs"].as_array().unwrap().len(), 3);

    // The CSV: the same columns and filters, formula-like notes defused.
    let (browser, app_ref) = (&org.browser, &app);
    let csv = |path: String| async move {
        let r = browser.get(app_ref.url(&path)).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        r.text().await.unwrap()
    };
    let text = csv(format!("{base}.csv")).await;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "State,Code,Regional group,Status,Original received,Last change,Note,Document");
    assert_eq!(lines.len(), 5);
    assert!(lines[1].starts_with("Botswana,BWA,African States,Original received,20"));
    assert!(
        lines[3].starts_with("Germany,DEU,Western European and other States,In order,")
            && lines[3].contains(",'=SUM(A1),")
    );
    assert!(lines[2].starts_with("France,FRA,Western European and other States,None,,,"));
    assert_eq!(csv(format!("{base}.csv?status=in_order")).await.lines().count(), 2);
}

#[tokio::test]
async fn a_workshop_has_no_credentials_and_the_api_keeps_its_scopes() {
    let (app, org, event) = meeting_with_delegations().await;
    let workshop = app.event(&org.browser).published().create().await;
    assert_eq!(app.get(&org.browser, &format!("/organiser/events/{workshop}/credentials")).await.0, 409);
    let (s, v) = org.api.get(&format!("/api/v1/events/{workshop}/credentials")).await;
    assert_eq!(s, 409);
    assert!(v["message"].as_str().unwrap().contains("Only meetings"), "{v}");
    assert_eq!(org.api.get(&format!("/api/v1/events/{workshop}/credentials/report")).await.0, 409);
    let (_, page) = app.get(&org.browser, &format!("/organiser/events/{workshop}")).await;
    assert!(!page.contains("credentials-link"));
    let (_, page) = app.get(&org.browser, &format!("/organiser/events/{event}")).await;
    assert!(page.contains("credentials-link"));

    // A read token reads; only a write token records.
    let read = Api::new(&app, app.api_token_scoped(org.id, ApiScopes::parse("read").unwrap()).await);
    let write = Api::new(&app, app.api_token_scoped(org.id, ApiScopes::parse("write").unwrap()).await);
    let (s, list) = read.get(&format!("/api/v1/events/{event}/credentials")).await;
    assert_eq!(s, 200);
    let id = list["credentials"][0]["delegation_id"].as_i64().unwrap();
    let path = format!("/api/v1/events/{event}/credentials/{id}");
    assert_eq!(read.put(&path, json!({"status": "in_order"})).await.0, 403);
    assert_eq!(write.get(&format!("/api/v1/events/{event}/credentials/report")).await.0, 403);
    assert_eq!(write.put(&path, json!({"status": "in_order"})).await.0, 200);
    // Another programme's organiser sees nothing.
    let other = app.staff("other@example.org", convene::domain::Role::Organiser, &["SALW"]).await;
    assert!(matches!(other.api.get(&format!("/api/v1/events/{event}/credentials")).await.0, 403 | 404));
}

#[tokio::test]
async fn the_demo_gives_the_bwc_meeting_of_states_parties_credentials() {
    use sea_orm::{ColumnTrait, QueryFilter};
    let app = TestApp::spawn().await;
    app.load_demo().await;
    // Loading twice adds nothing.
    app.load_demo().await;
    let bwc = convene::entities::event::Entity::find()
        .filter(convene::entities::event::Column::SeedKey.eq("M12"))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("the BWC Meeting of States Parties");
    let admin = app.admin().await;
    let (s, v) = admin.api.get(&format!("/api/v1/events/{}/credentials", bwc.id)).await;
    assert_eq!(s, 200, "{v}");
    let rows = v["credentials"].as_array().unwrap();
    assert_eq!(rows.len(), 11);
    let count = |status: &str| rows.iter().filter(|r| r["status"] == status).count();
    assert_eq!((count("in_order"), count("original_received"), count("copy_received"), count("none")), (3, 3, 3, 2));
    let with_document: Vec<&Value> = rows.iter().filter(|r| !r["document"].is_null()).collect();
    assert_eq!(with_document.len(), 4);
    let id = with_document[0]["delegation_id"].as_i64().unwrap();
    let r = admin.browser.get(app.url(&format!("/organiser/events/{}/credentials/{id}/document", bwc.id))).send().await;
    let bytes = r.unwrap().bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let (_, report) = admin.api.get(&format!("/api/v1/events/{}/credentials/report", bwc.id)).await;
    assert_eq!(report["formal"].as_array().unwrap().len(), 6);
}
