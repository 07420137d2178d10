//! The world of the privacy tests: a workshop of June 2024 built through the pages as it would
//! have happened (invitations, registrations with phones and needs, a State's nomination with its
//! note verbale, check-ins from a named device, an issued list, certificates), a workshop of
//! December 2026 whose data is kept, and what the tests read of them.

use chrono::{DateTime, TimeZone, Utc};
use convene::entities::{
    attendance_scan, audit_entry, delegation, document, email_verification, event_figure, invitation, outbox_message,
    person, registration,
};
use convene::jobs::JobName;
use sea_orm::{ColumnTrait, EntityTrait, ExprTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{Part, TestApp, invite, location, test_now};
use crate::support::factories::participants::{changed, registration_form};
use crate::support::factories::staff::Staff;

pub(super) fn utc(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// What identifies the people of the past workshop who are linked to no other event: none of
/// it may remain in the event's rows once erased.
pub(super) const ERASED_PEOPLE: [&str; 12] = [
    "Kofi",
    "kofi@example.org",
    "binta@example.org",
    "Kabo",
    "Molefe",
    "focal@mission.example.org",
    "Mpho",
    "Sello",
    "mpho@gov.example.org",
    "Director, Export Control",
    "+228 90 00 00 00",
    "Door A",
];

/// A workshop held in Lomé on 10–12 June 2024 (retention over on 12 June 2026), built through
/// the pages as it would have happened, and a workshop of December 2026 whose data is kept.
pub(super) struct World {
    pub(super) app: TestApp,
    pub(super) org: Staff,
    pub(super) admin: Staff,
    pub(super) past: i32,
    pub(super) kept: i32,
    /// Amina, registered for the past workshop and invited to the kept one.
    pub(super) amina: i32,
    /// Amina's manage link for the past workshop.
    pub(super) amina_manage: String,
}

/// The link to `prefix` (`/i/`, `/n/`, `/r/`) in the latest email to `to`.
async fn link_in_mail(app: &TestApp, to: &str, prefix: &str) -> String {
    let mails = outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(to))
        .all(&app.state.db.read)
        .await
        .unwrap();
    let body = mails.iter().rev().find(|m| m.text_body.contains(prefix)).expect("an email with the link");
    let at = body.text_body.find(prefix).unwrap();
    let link = body.text_body[at..].split_whitespace().next().unwrap();
    link.trim_end_matches(['.', ')']).to_owned()
}

/// Posts a multipart form of `fields` and a note verbale with the browser's CSRF token.
async fn post_multipart(app: &TestApp, browser: &reqwest::Client, path: &str, fields: &[(&str, &str)]) -> u16 {
    let mut parts: Vec<Part<'_>> = fields.iter().map(|(name, value)| (*name, None, value.as_bytes())).collect();
    parts.push(("note_verbale", Some("nv.pdf"), PDF));
    app.post_multipart(browser, path, &parts).await.status().as_u16()
}

/// Registers the invitee of `token` through the link's form as `given` `family`, with a phone
/// and needs; returns their manage link.
async fn register(app: &TestApp, token_path: &str, given: &str, family: &str) -> String {
    let form = changed(changed(registration_form(given), "family_name", family), "phone", "+228 90 00 00 00");
    let form = changed(form, "needs", "Step-free access");
    let r = app.post_fields(&app.new_browser(), token_path, &form).await;
    assert_eq!(r.status(), 303, "registration of {given} refused");
    location(&r)
}

/// The delegation of Botswana: its focal point nominates Mpho Sello as head, with a note verbale.
async fn nominate(app: &TestApp, org: &Staff, event: i32) {
    let fields = [
        ("country", "BWA"),
        ("seat_quota", "2"),
        ("email", "focal@mission.example.org"),
        ("title", "Mr."),
        ("given_name", "Kabo"),
        ("family_name", "Molefe"),
        ("language", "en"),
    ];
    assert_eq!(org.post_form(&format!("/organiser/events/{event}/delegations"), &fields).await.status(), 303);
    let link = link_in_mail(app, "focal@mission.example.org", "/n/").await;
    let nominee = [
        ("given_name_1", "Mpho"),
        ("family_name_1", "Sello"),
        ("email_1", "mpho@gov.example.org"),
        ("position_1", "Director, Export Control"),
        ("head", "1"),
        ("note_verbale_ref", "NV/BWA/2024/17"),
        ("note_verbale_date", "2024-05-20"),
    ];
    assert_eq!(post_multipart(app, &app.new_browser(), &link, &nominee).await, 303);
    let invited = link_in_mail(app, "mpho@gov.example.org", "/i/").await;
    register(app, &invited, "Mpho", "Sello").await;
}

/// Scans `registration` in on the first day, from the device "Door A".
async fn scan_in(org: &Staff, event: i32, registration: i32) {
    let body = json!({"key": format!("door-a-{registration}"), "registration_id": registration, "device": "Door A"});
    let (status, answer) = org.api.post(&format!("/api/v1/events/{event}/checkin/scan"), body).await;
    assert_eq!((status, answer["result"].as_str()), (201, Some("recorded")), "{answer}");
}

pub(super) async fn world_with(change: impl FnOnce(&mut convene::config::Settings)) -> World {
    let app = TestApp::spawn_with(change).await;
    app.clock.set(utc(2024, 6, 1, 9));
    let org = app.organiser().await;
    let past = app
        .event(&org.browser)
        .dates("2024-06-10", "2024-06-12")
        .set("certificate_min_attendance_percent", "30")
        .session("Border controls", "2024-06-10", "09:00", "12:00", "Salle 1")
        .published()
        .create()
        .await;
    let kept = app.event(&org.browser).title("Workshop kept").published().create().await;
    let amina_manage =
        register(&app, &format!("/i/{}", invite(&app, past, "amina@example.org", None).await), "Amina", "Diallo").await;
    register(&app, &format!("/i/{}", invite(&app, past, "kofi@example.org", None).await), "Kofi", "Mensah").await;
    invite(&app, past, "binta@example.org", None).await;
    invite(&app, kept, "amina@example.org", None).await;
    nominate(&app, &org, past).await;
    app.clock.set(utc(2024, 6, 10, 8));
    for r in registration::Entity::find()
        .filter(registration::Column::EventId.eq(past))
        .all(&app.state.db.read)
        .await
        .unwrap()
    {
        scan_in(&org, past, r.id).await;
    }
    app.sign_in(&org.browser, &org.email).await;
    let list = format!("/organiser/events/{past}/participants");
    assert_eq!(location(&org.post_form(&list, &[("symbol", "UNREC/2024/INF.1")]).await), list);
    app.clock.set(utc(2024, 6, 13, 9));
    assert_eq!(convene::jobs::work(&app.state, JobName::Certificates, app.clock.now()).await.unwrap(), 3);
    app.clock.set(test_now());
    // Back in the present: the organiser signs in again (their session of 2024 is over).
    app.sign_in(&org.browser, &org.email).await;
    let admin = app.admin().await;
    convene::jobs::work(&app.state, JobName::EventFigures, app.clock.now()).await.unwrap();
    let amina = person_of(&app, "amina@example.org").await.id;
    World { app, org, admin, past, kept, amina, amina_manage }
}

pub(super) async fn world() -> World {
    world_with(|_| {}).await
}

pub(super) async fn person_of(app: &TestApp, email: &str) -> person::Model {
    person::Entity::find().filter(person::Column::Email.eq(email)).one(&app.state.db.read).await.unwrap().unwrap()
}

/// Every figure the office reads of the past workshop, as the API, the report's CSV and the
/// kept counts give them (text, byte for byte).
pub(super) async fn figures(w: &World) -> Vec<String> {
    let mut out = Vec::new();
    for path in [format!("/api/v1/events/{}/report", w.past), "/api/v1/reports?programme=1540".to_owned()] {
        let (status, body) = w.org.api.bytes(&path).await;
        assert_eq!(status, 200, "{path}");
        out.push(String::from_utf8(body).unwrap());
    }
    let (status, csv) = w.org.bytes(&format!("/organiser/events/{}/report.csv", w.past)).await;
    assert_eq!(status, 200, "the report's CSV");
    out.push(String::from_utf8(csv).unwrap());
    let kept = event_figure::Entity::find_by_id(w.past).one(&w.app.state.db.read).await.unwrap().unwrap();
    out.push(format!("{} {:?} {:?}", kept.version, kept.computed_version, kept.cells));
    out
}

/// Every row of the past workshop (and the audit entries about them) as JSON text, the issued
/// lists of participants aside.
pub(super) async fn rows_of(w: &World) -> String {
    let db = &w.app.state.db.read;
    let e = w.past;
    let regs =
        registration::Entity::find().filter(registration::Column::EventId.eq(e)).into_json().all(db).await.unwrap();
    let invs = invitation::Entity::find().filter(invitation::Column::EventId.eq(e)).into_json().all(db).await.unwrap();
    let ids = |rows: &[Value]| rows.iter().map(|r| r["id"].as_i64().unwrap() as i32).collect::<Vec<_>>();
    let (reg_ids, inv_ids) = (ids(&regs), ids(&invs));
    let dels = delegation::Entity::find().filter(delegation::Column::EventId.eq(e)).all(db).await.unwrap();
    let docs = document::Entity::find()
        .filter(document::Column::DelegationId.is_in(dels.iter().map(|d| d.id)))
        .all(db)
        .await
        .unwrap();
    let people: Vec<i32> = regs.iter().chain(&invs).map(|r| r["person_id"].as_i64().unwrap() as i32).collect();
    let mut text = format!("{regs:?}{invs:?}{dels:?}");
    for d in &docs {
        text.push_str(&format!("{} {}", d.filename, String::from_utf8_lossy(&d.content)));
    }
    let scans =
        attendance_scan::Entity::find().filter(attendance_scan::Column::EventId.eq(e)).into_json().all(db).await;
    let mails = outbox_message::Entity::find()
        .filter(
            outbox_message::Column::InvitationId
                .is_in(inv_ids.clone())
                .or(outbox_message::Column::RegistrationId.is_in(reg_ids.clone())),
        )
        .into_json()
        .all(db)
        .await;
    let verifications =
        email_verification::Entity::find().filter(email_verification::Column::EventId.eq(e)).into_json().all(db).await;
    let persons = person::Entity::find().filter(person::Column::Id.is_in(people)).into_json().all(db).await;
    let entity_ids: Vec<String> =
        reg_ids.iter().chain(&inv_ids).chain(docs.iter().map(|d| &d.id)).map(i32::to_string).collect();
    let audit = audit_entry::Entity::find().filter(audit_entry::Column::EntityId.is_in(entity_ids)).all(db).await;
    text.push_str(&format!("{scans:?}{mails:?}{verifications:?}{persons:?}{audit:?}"));
    text
}
