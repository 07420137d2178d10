//! Subject access and the data-protection notice: "Your data" behind a manage link (page and
//! JSON) holds the person's invitations, registrations, scans, emails and certificates across
//! events and nothing of the other participants; it speaks the person's language; a bad,
//! expired or erased link is refused as the manage page refuses it; the admin's API copy; the
//! notice's version shown on the forms and `/privacy`, and recorded with each registration.

use chrono::{TimeZone, Utc};
use convene::config::BUILTIN_NOTICE_VERSION;
use convene::entities::{certificate, invitation, registration};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, extract_csrf, invite, location};
use crate::support::factories::participants::{changed, person_form, registration_form};
use crate::support::factories::staff::Staff;

/// Invites `email` to `event` and registers them through the form as `given` `family`;
/// returns the manage link's path.
async fn register(app: &TestApp, event: i32, email: &str, given: &str, family: &str) -> String {
    let token = invite(app, event, email, None).await;
    register_with(app, &token, given, family).await
}

async fn register_with(app: &TestApp, token: &str, given: &str, family: &str) -> String {
    let form = changed(registration_form(given), "family_name", family);
    let r = app.post_fields(&app.new_browser(), &format!("/i/{token}"), &form).await;
    assert_eq!(r.status(), 303, "the registration of {given} was refused");
    location(&r)
}

async fn registration_of(app: &TestApp, manage: &str) -> registration::Model {
    let token = manage.trim_start_matches("/r/");
    registration::Entity::find()
        .filter(registration::Column::ManageTokenHash.eq(convene::auth::tokens::hash(token)))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("the manage link's registration")
}

async fn certify(app: &TestApp, r: &registration::Model, code: &str) {
    certificate::ActiveModel {
        event_id: Set(r.event_id),
        registration_id: Set(r.id),
        verification_code: Set(code.to_owned()),
        days_attended: Set(3),
        days_total: Set(3),
        issued_at: Set(app.clock.now()),
        emailed_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .unwrap();
}

async fn scan(org: &Staff, event: i32, r: &registration::Model, key: &str) {
    let (status, body) = org
        .api
        .post(&format!("/api/v1/events/{event}/checkin/scan"), json!({"key": key, "registration_id": r.id}))
        .await;
    assert_eq!(status, 201, "{body}");
}

/// Amara registered for two events, checked in and certified at the first; Kofi beside her at
/// the first. Returns (app, organiser, first event, Amara's two manage links).
async fn two_events() -> (TestApp, Staff, i32, String, String) {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let workshop = app.event(&org.browser).published().create().await;
    let course = app
        .event(&org.browser)
        .title("Training course on small arms and light weapons")
        .dates("2026-12-14", "2026-12-16")
        .published()
        .create()
        .await;
    let amara_workshop = register(&app, workshop, "amara.okafor@example.org", "Amara", "Okafor").await;
    let kofi = register(&app, workshop, "kofi.mensah@example.org", "Kofi", "Mensah").await;
    let amara_course = register(&app, course, "amara.okafor@example.org", "Amara", "Okafor").await;
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 8, 9, 0, 0).unwrap());
    let (amara_reg, kofi_reg) = (registration_of(&app, &amara_workshop).await, registration_of(&app, &kofi).await);
    scan(&org, workshop, &amara_reg, "scan-amara").await;
    scan(&org, workshop, &kofi_reg, "scan-kofi").await;
    certify(&app, &amara_reg, "AMAR-A000-0000-0001").await;
    certify(&app, &kofi_reg, "KOFI-K000-0000-0002").await;
    (app, org, workshop, amara_workshop, amara_course)
}

#[tokio::test]
async fn the_json_holds_everything_about_the_person_and_nothing_of_others() {
    let (app, _org, workshop, _, amara_course) = two_events().await;
    let r = app.new_browser().get(app.url(&format!("{amara_course}/data.json"))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let header = |name: &str| r.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert_eq!(header("content-type"), "application/json");
    assert!(header("content-disposition").starts_with("attachment;"), "{}", header("content-disposition"));
    assert_eq!(header("cache-control"), "no-store");
    let text = r.text().await.unwrap();
    let data: Value = serde_json::from_str(&text).unwrap();

    assert_eq!(data["person"]["email"], "amara.okafor@example.org");
    assert_eq!(data["events"].as_array().unwrap().len(), 2);
    assert_eq!(data["invitations"].as_array().unwrap().len(), 2);
    let registrations = data["registrations"].as_array().unwrap();
    assert_eq!(registrations.len(), 2, "both events, through the second event's link");
    assert!(registrations.iter().all(|r| r["family_name"] == "Okafor" && r["state"] == "confirmed"));
    assert!(registrations.iter().all(|r| r["notice_version"] == BUILTIN_NOTICE_VERSION));
    assert!(registrations.iter().all(|r| r["notice_accepted_at"].as_str().unwrap().starts_with("2026-11-27T10:00:00")));
    let scans = data["scans"].as_array().unwrap();
    assert_eq!(scans.len(), 1);
    assert_eq!(
        (scans[0]["event_id"].as_i64(), scans[0]["direction"].as_str()),
        (Some(i64::from(workshop)), Some("entry"))
    );
    let emails = data["emails"].as_array().unwrap();
    assert_eq!(emails.len(), 2, "the two confirmations: {emails:?}");
    assert!(emails.iter().all(|m| m["subject"].as_str().is_some_and(|s| !s.is_empty()) && m["created_at"].is_string()));
    assert!(emails.iter().all(|m| m.as_object().unwrap().len() == 4), "subject and dates, never a body");
    let certificates = data["certificates"].as_array().unwrap();
    assert_eq!(certificates.len(), 1);
    assert_eq!(certificates[0]["verification_code"], "AMAR-A000-0000-0001");

    // Nothing of Kofi, who registered for the same event, and no link secrets.
    for other in ["kofi", "Kofi", "Mensah", "KOFI-K000", "token", "hash"] {
        assert!(!text.contains(other), "{other} in {text}");
    }
}

#[tokio::test]
async fn the_page_lists_the_same_in_the_persons_language() {
    let (app, _org, _, amara_workshop, amara_course) = two_events().await;
    let (status, manage) = app.get(&app.new_browser(), &amara_course).await;
    assert_eq!(status, 200);
    assert!(manage.contains(&format!("href=\"{amara_course}/data\"")), "the manage page links to the data");

    let (status, page) = app.get(&app.new_browser(), &format!("{amara_workshop}/data")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Your personal data") && page.contains(&format!("href=\"{amara_workshop}/data.json\"")));
    assert!(page.contains("Okafor") && page.contains("Training course on small arms and light weapons"));
    assert!(page.contains("AMAR-A000-0000-0001") && page.contains(BUILTIN_NOTICE_VERSION));
    assert!(!page.contains("Mensah") && !page.contains("KOFI-K000"), "nothing of the other participant");

    // A person writing in Arabic reads it in Arabic, right to left.
    let org = app.organiser_at("second@example.org").await;
    let event = app.event(&org.browser).published().create().await;
    let token = invite(&app, event, "layla@example.org", None).await;
    invitation::Entity::update_many()
        .col_expr(invitation::Column::Language, Expr::value("ar"))
        .filter(invitation::Column::TokenHash.eq(convene::auth::tokens::hash(&token)))
        .exec(&app.state.db.write)
        .await
        .unwrap();
    let layla = register_with(&app, &token, "Layla", "Haddad").await;
    let (status, page) = app.get(&app.new_browser(), &format!("{layla}/data")).await;
    assert_eq!(status, 200);
    assert!(page.contains("lang=\"ar\"") && page.contains("dir=\"rtl\""), "{page}");
    assert!(page.contains("بياناتك الشخصية") && page.contains("Haddad"));
}

/// The status and the sentence of the manage page and of both data answers for `path`.
async fn answers(app: &TestApp, path: &str) -> [(u16, bool); 3] {
    let refused = |body: &str| body.contains("This link is invalid, has expired or has already been used.");
    let browser = app.new_browser();
    let mut out = [(0, false); 3];
    for (i, suffix) in ["", "/data", "/data.json"].iter().enumerate() {
        let (status, body) = app.get(&browser, &format!("{path}{suffix}")).await;
        out[i] = (status, refused(&body));
    }
    out
}

#[tokio::test]
async fn a_link_the_manage_page_refuses_is_refused_alike() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let admin = app.admin().await;
    let event = app.event(&org.browser).published().create().await;
    let amara = register(&app, event, "amara@example.org", "Amara", "Okafor").await;
    let kofi = register(&app, event, "kofi@example.org", "Kofi", "Mensah").await;
    let gone = [(410, true); 3];
    assert_eq!(answers(&app, "/r/not-a-token").await, gone);
    assert_eq!(answers(&app, &format!("/r/{}", "A".repeat(43))).await, gone);

    // A cancelled registration keeps its link, to the data too.
    let r = app.post_form(&app.new_browser(), &format!("{kofi}/cancel"), &[]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(answers(&app, &kofi).await, [(200, false); 3]);

    // Erased on request: the link is dead everywhere.
    let id = registration_of(&app, &kofi).await.person_id;
    let (status, _) =
        admin.api.post(&format!("/api/v1/admin/privacy/people/{id}/erase"), json!({"reason": "Request DP/7"})).await;
    assert_eq!(status, 200);
    assert_eq!(answers(&app, &kofi).await, gone);

    // After the event, links end.
    assert_eq!(answers(&app, &amara).await, [(200, false); 3]);
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 11, 12, 0, 0).unwrap());
    assert_eq!(answers(&app, &amara).await, gone);
}

#[tokio::test]
async fn admins_get_the_same_copy_through_the_api() {
    let (app, org, _, amara_workshop, _) = two_events().await;
    let admin = app.admin().await;
    let person = registration_of(&app, &amara_workshop).await.person_id;
    let (status, data) = admin.api.get(&format!("/api/v1/people/{person}/data")).await;
    assert_eq!(status, 200, "{data}");
    assert_eq!(data["person"]["email"], "amara.okafor@example.org");
    assert_eq!(data["registrations"][0]["family_name"], "Okafor");
    assert_eq!(data["registrations"].as_array().unwrap().len(), 2);
    assert_eq!(data["certificates"][0]["verification_code"], "AMAR-A000-0000-0001");
    assert_eq!(org.api.get(&format!("/api/v1/people/{person}/data")).await.0, 403);
    assert_eq!(admin.api.get("/api/v1/people/999999/data").await.0, 404);
    assert_eq!(admin.api.get("/api/v1/people/abc/data").await.0, 404);

    // The same from the admin's page of the person.
    let (_, page) = admin.get(&format!("/admin/privacy/people/{person}")).await;
    assert!(page.contains(&format!("href=\"/admin/privacy/people/{person}/data.json\"")));
    let r = admin.browser.get(app.url(&format!("/admin/privacy/people/{person}/data.json"))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"].to_str().unwrap().starts_with("attachment;"));
    let copy: Value = r.json().await.unwrap();
    assert_eq!(
        (copy["registrations"].as_array().unwrap().len(), copy["person"]["id"].as_i64()),
        (2, Some(person.into()))
    );
    app.sign_in(&org.browser, &org.email).await;
    assert_eq!(org.get(&format!("/admin/privacy/people/{person}/data.json")).await.0, 403);
}

#[tokio::test]
async fn the_notice_version_shown_is_the_one_recorded() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event = app.event(&org.browser).published().create().await;
    let (status, privacy) = app.get(&app.new_browser(), "/privacy").await;
    assert_eq!(status, 200);
    assert!(privacy.contains(&format!("Version {BUILTIN_NOTICE_VERSION}")), "{privacy}");

    let token = invite(&app, event, "amara@example.org", None).await;
    let browser = app.new_browser();
    let (_, form) = app.get(&browser, &format!("/i/{token}")).await;
    assert!(form.contains(&format!("name=\"notice_version\" value=\"{BUILTIN_NOTICE_VERSION}\"")));
    assert!(form.contains("href=\"/privacy\""));

    // A form that showed another notice is sent back, and nothing is written.
    let csrf = extract_csrf(&form).unwrap();
    let mut fields = changed(registration_form("Amara"), "notice_version", "2020-01");
    fields.push(("csrf", csrf));
    let r = browser.post(app.url(&format!("/i/{token}"))).form(&fields).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("The data-protection notice changed while this form was open."), "{page}");
    assert!(page.contains(&format!("value=\"{BUILTIN_NOTICE_VERSION}\"")), "the form now shows the notice in force");
    assert!(registration::Entity::find().one(&app.state.db.read).await.unwrap().is_none());

    let fields = changed(fields, "notice_version", BUILTIN_NOTICE_VERSION);
    let r = browser.post(app.url(&format!("/i/{token}"))).form(&fields).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let reg = registration_of(&app, &location(&r)).await;
    assert_eq!(reg.notice_version.as_deref(), Some(BUILTIN_NOTICE_VERSION));
    assert_eq!(reg.notice_accepted_at, Some(app.clock.now()));

    // Staff see it; someone they add by hand accepted none.
    let detail = format!("/organiser/events/{event}/registrations/{}", reg.id);
    let (_, page) = org.get(&detail).await;
    assert!(page.contains(&format!("Version {BUILTIN_NOTICE_VERSION}, accepted on")), "{page}");
    let by_hand = app.add_by_hand(&org, event, "kofi@example.org", &person_form("Kofi", "Mensah")).await.registration;
    assert_eq!((by_hand.notice_version, by_hand.notice_accepted_at), (None, None));
    let (_, page) = org.get(&format!("/organiser/events/{event}/registrations/{}", by_hand.id)).await;
    assert!(page.contains("No version recorded"));
}

#[tokio::test]
async fn an_office_notice_from_a_folder_is_shown_and_recorded() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("en.txt"), "# Who we are\nThe Office for Disarmament Affairs.\n\nSecond paragraph.")
        .unwrap();
    std::fs::write(dir.path().join("fr.txt"), "# Qui nous sommes\nLe Bureau des affaires de désarmement.").unwrap();
    let folder = dir.path().to_str().unwrap().to_owned();
    let app = TestApp::spawn_with(move |s| {
        s.privacy.notice_dir = folder;
        s.privacy.notice_version = "2027-01".into();
        s.validate().unwrap();
    })
    .await;
    let browser = app.new_browser();
    let (_, en) = app.get(&browser, "/privacy").await;
    assert!(en.contains("Version 2027-01") && en.contains("<h2>Who we are</h2>"), "{en}");
    assert!(en.contains("<p>The Office for Disarmament Affairs.</p>") && en.contains("<p>Second paragraph.</p>"));
    let fr = app.new_browser();
    fr.get(app.url("/language?lang=fr&next=/privacy")).send().await.unwrap();
    let (_, page) = app.get(&fr, "/privacy").await;
    assert!(page.contains("Le Bureau des affaires de désarmement."), "{page}");
    let ru = app.new_browser();
    ru.get(app.url("/language?lang=ru&next=/privacy")).send().await.unwrap();
    let (_, page) = app.get(&ru, "/privacy").await;
    assert!(page.contains("The Office for Disarmament Affairs."), "English where the office wrote no Russian");

    let org = app.organiser().await;
    let event = app.event(&org.browser).published().create().await;
    let token = invite(&app, event, "amara@example.org", None).await;
    let (_, form) = app.get(&browser, &format!("/i/{token}")).await;
    assert!(form.contains("name=\"notice_version\" value=\"2027-01\""));
    let manage = register_with(&app, &token, "Amara", "Okafor").await;
    assert_eq!(registration_of(&app, &manage).await.notice_version.as_deref(), Some("2027-01"));
}
