//! NGO accreditation: a meeting admits NGOs, an NGO applies and confirms its contact address,
//! the secretariat accredits (the representatives are invited and register like invitees, and
//! are listed under "NGOs") or declines with a reason; bad input names its field.

use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::json;

use crate::helpers::TestApp;
use crate::smtp::SmtpServer;
use crate::support::factories::participants::{changed, registration_form};
use crate::support::factories::staff::Staff;

/// An app with a real SMTP server, an organiser and a published meeting admitting NGOs.
async fn admitting() -> (SmtpServer, TestApp, Staff, i32) {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser_at("secretariat@example.org").await;
    let id =
        app.event(&org.browser).title("Meeting of States Parties").set("kind", "meeting").published().create().await;
    let r = org.post_form(&format!("/organiser/events/{id}/ngos/admit"), &[("admits_ngos", "on")]).await;
    assert_eq!(r.status(), 303);
    (smtp, app, org, id)
}

fn application(organisation: &str, contact: &str, reps: &[(&str, &str, &str)]) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = vec![
        ("organisation".into(), organisation.into()),
        ("ecosoc_status".into(), "special".into()),
        ("country".into(), "GBR".into()),
        ("website".into(), "https://www.vertic.example".into()),
        ("contact_email".into(), contact.into()),
    ];
    for (n, (given, family, email)) in reps.iter().enumerate() {
        let n = n + 1;
        f.push((format!("rep_{n}_given_name"), (*given).into()));
        f.push((format!("rep_{n}_family_name"), (*family).into()));
        f.push((format!("rep_{n}_email"), (*email).into()));
    }
    f
}

async fn apply(app: &TestApp, event: i32, fields: &[(String, String)]) -> reqwest::Response {
    let visitor = app.new_browser();
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.post_form(&visitor, &format!("/events/{event}/ngo-application"), &pairs).await
}

/// Applies and confirms through the emailed link; returns the application's id.
async fn apply_and_confirm(smtp: &SmtpServer, app: &TestApp, event: i32, fields: &[(String, String)], contact: &str) {
    let r = apply(app, event, fields).await;
    assert_eq!(r.status(), 200);
    let mail = smtp.wait_for_to(contact, 1).await.remove(0);
    let link = mail.path("/ngo/v/");
    let visitor = app.new_browser();
    let (s, page) = app.get(&visitor, &link).await;
    assert_eq!(s, 200);
    assert!(page.contains("Ana") && page.contains("Special consultative status"));
    assert_eq!(app.post_form(&visitor, &link, &[]).await.status(), 200);
    // The link works once.
    assert_eq!(app.get(&visitor, &link).await.0, 410);
}

#[tokio::test]
async fn an_accredited_ngo_s_representatives_register_and_are_listed_under_ngos() {
    let (smtp, app, org, event) = admitting().await;
    let public = app.new_browser();
    let (_, page) = app.get(&public, &format!("/events/{event}")).await;
    assert!(page.contains(&format!("/events/{event}/ngo-application")), "the meeting's page links the form");
    assert_eq!(app.get(&public, &format!("/events/{event}/ngo-application")).await.0, 200);

    let reps = [("Ana", "Silva", "ana@vertic.example"), ("Li", "Wei", "li@vertic.example")];
    let fields = application("VERTIC", "office@vertic.example", &reps);
    // Unconfirmed, the application is not on the secretariat's page yet.
    let r = apply(&app, event, &fields).await;
    assert_eq!(r.status(), 200);
    let (_, page) = app.get(&org.browser, &format!("/organiser/events/{event}/ngos")).await;
    assert!(!page.contains("VERTIC"));
    let mail = smtp.wait_for_to("office@vertic.example", 1).await.remove(0);
    let link = mail.path("/ngo/v/");
    let visitor = app.new_browser();
    assert_eq!(app.get(&visitor, &link).await.0, 200);
    assert_eq!(app.post_form(&visitor, &link, &[]).await.status(), 200);
    assert_eq!(app.get(&visitor, &link).await.0, 410, "the link works once");

    // The secretariat sees it pending, in the page and the API, and accredits it.
    let (_, page) = app.get(&org.browser, &format!("/organiser/events/{event}/ngos")).await;
    assert!(page.contains("VERTIC") && page.contains("Awaiting a decision"));
    let (s, list) = org.api.get(&format!("/api/v1/events/{event}/ngo-applications")).await;
    assert_eq!(s, 200, "{list}");
    assert_eq!(list["items"][0]["state"], "pending");
    assert_eq!(list["items"][0]["representatives"].as_array().unwrap().len(), 2);
    let id = list["items"][0]["id"].as_i64().unwrap();
    let r = org.post_form(&format!("/organiser/events/{event}/ngos/{id}/accredit"), &[]).await;
    assert_eq!(r.status(), 303);
    // Decided once.
    let (s, _) = org.api.post(&format!("/api/v1/events/{event}/ngo-applications/{id}/accredit"), json!({})).await;
    assert_eq!(s, 409);

    // The contact is told; each representative gets an invitation; one registers.
    let told = smtp.wait_for_to("office@vertic.example", 2).await;
    assert!(told.iter().any(|m| m.subject.contains("accredited")), "the contact is told");
    let invitation = smtp.wait_for_to("ana@vertic.example", 1).await.remove(0);
    smtp.wait_for_to("li@vertic.example", 1).await;
    let register = invitation.path("/i/");
    let ana = app.new_browser();
    let (s, page) = app.get(&ana, &register).await;
    assert_eq!(s, 200);
    assert!(page.contains("VERTIC"), "the form knows the organisation");
    let form = changed(changed(registration_form("Ana"), "organisation_type", "ngo"), "organisation", "VERTIC");
    let form = changed(form, "family_name", "Silva");
    assert_eq!(app.post_fields(&ana, &register, &form).await.status(), 303);

    // The list of participants lists her under "NGOs".
    let (s, lop) = org.api.get(&format!("/api/v1/events/{event}/participants")).await;
    assert_eq!(s, 200, "{lop}");
    let sections = lop["sections"].as_array().unwrap();
    let ngos = sections.iter().find(|s| s["section"] == "ngos").expect("an NGOs section");
    assert!(ngos.to_string().contains("VERTIC") && ngos.to_string().contains("Silva"), "{ngos}");
    let audit = super::agenda::audit_actions(&app).await;
    for action in ["ngos.set_admits", "ngos.verify", "ngos.accredit"] {
        assert!(audit.iter().any(|a| a == action), "{action} audited");
    }
}

#[tokio::test]
async fn the_secretariat_declines_with_a_reason_told_to_the_contact() {
    let (smtp, app, org, event) = admitting().await;
    let fields =
        application("Friends of Example", "contact@friends.example", &[("Ana", "Silva", "ana@friends.example")]);
    apply_and_confirm(&smtp, &app, event, &fields, "contact@friends.example").await;
    let (_, list) = org.api.get(&format!("/api/v1/events/{event}/ngo-applications")).await;
    let id = list["items"][0]["id"].as_i64().unwrap();
    // A reason is required, in the page and the API.
    let r = org.post_form(&format!("/organiser/events/{event}/ngos/{id}/decline"), &[("reason", " ")]).await;
    assert_eq!(r.status(), 422);
    let path = format!("/api/v1/events/{event}/ngo-applications/{id}/decline");
    let (s, v) = org.api.post(&path, json!({"reason": ""})).await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("reason")), "{v}");
    let (s, v) = org.api.post(&path, json!({"reason": "No link to the Convention's work."})).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["state"], "declined");
    let told = smtp.wait_for_to("contact@friends.example", 2).await;
    assert!(told[1].text.contains("No link to the Convention's work."), "{}", told[1].text);
    let (_, page) = app.get(&org.browser, &format!("/organiser/events/{event}/ngos")).await;
    assert!(page.contains("Declined") && page.contains("No link to the Convention"));
    assert_eq!(convene::entities::invitation::Entity::find().count(&app.state.db.read).await.unwrap(), 0);
}

#[tokio::test]
async fn a_meeting_that_does_not_admit_ngos_refuses_the_form_and_bad_input_names_its_field() {
    let (_smtp, app, org, event) = admitting().await;
    // Bad input: no representative, a bad address, an unknown ECOSOC status.
    let none = application("VERTIC", "office@vertic.example", &[]);
    let r = apply(&app, event, &none).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Name at least one representative."));
    let mut bad = application("VERTIC", "not-an-address", &[("Ana", "Silva", "ana@@vertic")]);
    bad[1].1 = "observer".into();
    let r = apply(&app, event, &bad).await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    for id in ["ecosoc_status-error", "contact_email-error", "rep_1_email-error"] {
        assert!(page.contains(id), "{id} named");
    }
    assert_eq!(convene::entities::ngo_application::Entity::find().count(&app.state.db.read).await.unwrap(), 0);

    // Not admitted: the form is not there, the meeting's page does not link it.
    let r = org.post_form(&format!("/organiser/events/{event}/ngos/admit"), &[]).await;
    assert_eq!(r.status(), 303);
    let public = app.new_browser();
    assert_eq!(app.get(&public, &format!("/events/{event}/ngo-application")).await.0, 404);
    let fields = application("VERTIC", "office@vertic.example", &[("Ana", "Silva", "ana@vertic.example")]);
    assert_eq!(apply(&app, event, &fields).await.status(), 404);
    let (_, page) = app.get(&public, &format!("/events/{event}")).await;
    assert!(!page.contains("ngo-application"));
    // A workshop has no such setting.
    let workshop = app.event(&org.browser).published().create().await;
    let r = org.post_form(&format!("/organiser/events/{workshop}/ngos/admit"), &[("admits_ngos", "on")]).await;
    assert_eq!(r.status(), 409);
}
