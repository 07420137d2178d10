//! Certificates of attendance and badges: the rule at its boundary (days from the check-in
//! log, undone and repeated scans), issuing by the organiser and by the job (each once, with
//! an email read over real SMTP), the download by the manage link, the PDF text (read back in Rust),
//! public verification (valid, revoked, unknown, malformed), badges of confirmed participants
//! only, role limits and bad input. Time is the app's fixed clock, moved by the tests.

use chrono::{DateTime, Duration, TimeZone, Utc};
use convene::domain::{ParticipantRole, RegistrationState, Role};
use convene::entities::{audit_entry, certificate, outbox_message, registration};
use convene::i18n::Lang;
use convene::jobs::{JobName, runs};
use convene::registration::input::RegistrationForm;
use reqwest::Method;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::smtp::SmtpServer;
use crate::support::factories::participants::person_form;
use crate::support::factories::staff::Staff;
use crate::support::pdf;

/// A published workshop of programme 1540 in Lomé (UTC+0), 7–11 December 2026 (five days),
/// that issues certificates from 80 % attendance, with its organiser (organiser@example.org).
struct Course {
    app: TestApp,
    org: Staff,
    event_id: i32,
}

fn utc(m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, h, 0, 0).unwrap()
}

impl Course {
    async fn new(app: TestApp, capacity: usize) -> Self {
        Self::with_event(app, capacity, &[]).await
    }

    /// The same workshop with some of its fields replaced.
    async fn with_event(app: TestApp, capacity: usize, replaced: &[(&'static str, String)]) -> Self {
        let org = app.organiser_at("organiser@example.org").await;
        let event = app.event(&org.browser).dates("2026-12-07", "2026-12-11").capacity(capacity);
        let event = replaced.iter().fold(event, |event, (k, v)| event.set(k, v.as_str()));
        let event_id = event.set("certificate_min_attendance_percent", "80").published().create().await;
        Self { app, org, event_id }
    }

    /// Registers a trainee through the organiser's rule (confirmed while seats are free).
    async fn register(&self, email: &str, given: &str, family: &str, language: Lang) -> registration::Model {
        let form = RegistrationForm {
            title: "Ms.".into(),
            organisation: "Ministère de la Sécurité".into(),
            ..person_form(given, family)
        };
        self.register_form(email, &form, language).await
    }

    async fn register_form(&self, email: &str, form: &RegistrationForm, language: Lang) -> registration::Model {
        let role = ParticipantRole::Trainee;
        self.app.add_by_hand_as(&self.org, self.event_id, email, form, role, language).await.registration
    }

    async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.org.api.post(path, body).await
    }

    /// Checks `r` in on day `day` of December at 09:00 (the desk's clock), under `key`.
    async fn scan_in(&self, r: &registration::Model, day: u32, key: &str) {
        self.app.clock.set(utc(12, day, 9));
        let (status, body) = self
            .post(
                &format!("/api/v1/events/{}/checkin/scan", self.event_id),
                json!({"key": key, "registration_id": r.id}),
            )
            .await;
        assert!(status == 201 || status == 200, "{status} {body}");
    }

    async fn scan_out(&self, r: &registration::Model, day: u32, key: &str) {
        self.app.clock.set(utc(12, day, 17));
        let (status, body) = self
            .post(
                &format!("/api/v1/events/{}/checkin/scan", self.event_id),
                json!({"key": key, "registration_id": r.id, "kind": "exit"}),
            )
            .await;
        assert_eq!(status, 201, "{body}");
    }

    async fn undo(&self, key: &str) {
        let (status, body) = self
            .post(
                &format!("/api/v1/events/{}/checkin/undo", self.event_id),
                json!({"key": format!("{key}-undo"), "undoes_key": key}),
            )
            .await;
        assert_eq!(status, 201, "{body}");
    }

    /// Moves the clock to December `day` at `hour` and signs the organiser in again (a session
    /// does not last the weeks the test skips).
    async fn at(&self, day: u32, hour: u32) {
        self.app.clock.set(utc(12, day, hour));
        self.app.sign_in(&self.org.browser, &self.org.email).await;
    }

    fn page(&self) -> String {
        format!("/organiser/events/{}/certificates", self.event_id)
    }

    async fn certificates(&self) -> Vec<certificate::Model> {
        certificate::Entity::find()
            .filter(certificate::Column::EventId.eq(self.event_id))
            .all(&self.app.state.db.read)
            .await
            .unwrap()
    }

    async fn bytes(&self, client: &reqwest::Client, path: &str) -> (u16, Vec<u8>) {
        let r = client.get(self.app.url(path)).send().await.unwrap();
        (r.status().as_u16(), r.bytes().await.unwrap().to_vec())
    }
}

async fn app_with_smtp(smtp: &SmtpServer) -> TestApp {
    let port = smtp.port;
    TestApp::spawn_with(move |s| {
        s.mail.transport = "smtp".into();
        s.mail.smtp_host = "127.0.0.1".into();
        s.mail.smtp_port = port;
        s.mail.smtp_tls = "none".into();
    })
    .await
}

/// Runs the outbox job: everything queued reaches the SMTP server before it returns.
async fn dispatch(app: &TestApp) {
    app.clock.set(app.clock.now() + Duration::seconds(1));
    let run = runs::run_now(&app.state, JobName::OutboxDispatch).await.unwrap();
    assert_eq!(run.outcome, "succeeded", "{run:?}");
}

async fn certificate_emails(app: &TestApp) -> u64 {
    outbox_message::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(outbox_message::Column::Subject.starts_with("Certificate of attendance"))
                .add(outbox_message::Column::Subject.starts_with("Certificat de participation")),
        )
        .count(&app.state.db.read)
        .await
        .unwrap()
}

async fn audit_count(app: &TestApp, action: &str) -> u64 {
    audit_entry::Entity::find().filter(audit_entry::Column::Action.eq(action)).count(&app.state.db.read).await.unwrap()
}

#[tokio::test]
async fn the_rule_at_its_boundary_and_issuing_twice_by_the_organiser() {
    let smtp = SmtpServer::start();
    let c = Course::new(app_with_smtp(&smtp).await, 40).await;
    let four = c.register("four@example.org", "Amina", "Diallo", Lang::En).await;
    let three = c.register("three@example.org", "Kofi", "Mensah", Lang::En).await;
    let undone = c.register("undone@example.org", "Lars", "Ødegaard", Lang::En).await;

    // Four days of five (exactly 80 %): in twice on the first day and out in between, which
    // counts once.
    c.scan_in(&four, 7, "four-day7-a").await;
    c.scan_out(&four, 7, "four-day7-out").await;
    c.app.clock.set(utc(12, 7, 14));
    c.post(
        &format!("/api/v1/events/{}/checkin/scan", c.event_id),
        json!({"key": "four-day7-b", "registration_id": four.id}),
    )
    .await;
    for day in [8, 9, 11] {
        c.scan_in(&four, day, &format!("four-day{day}")).await;
    }
    // Three days of five: 60 %.
    for day in [7, 8, 9] {
        c.scan_in(&three, day, &format!("three-day{day}")).await;
    }
    // Four entries, one of them taken back at the desk: three days.
    for day in [7, 8, 9, 10] {
        c.scan_in(&undone, day, &format!("undone-day{day}")).await;
    }
    c.undo("undone-day10").await;

    // Not before the event has ended (the last day is still on in Lomé).
    c.at(11, 20).await;
    let r = c.org.post_form(&format!("{}/issue", c.page()), &[]).await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("once the event has ended"));
    assert!(c.certificates().await.is_empty());

    c.at(12, 9).await;
    let (status, page) = c.org.get(&c.page()).await;
    assert_eq!(status, 200);
    assert!(page.contains("1 of 3 confirmed participants qualify; 0 certificates issued."), "{page}");
    assert!(page.contains("4 / 5 ✓") && page.contains("3 / 5"), "{page}");

    let r = c.org.post_form(&format!("{}/issue", c.page()), &[]).await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("1 certificate issued and emailed now; 0 participants already had one."));
    // Again from the page, then through the API, then the job: nothing new.
    let r = c.org.post_form(&format!("{}/issue", c.page()), &[]).await;
    assert!(r.text().await.unwrap().contains("0 certificates issued and emailed now; 1 participant already had one."));
    let (status, body) = c.post(&format!("/api/v1/events/{}/certificates/issue", c.event_id), json!({})).await;
    assert_eq!((status, &body), (200, &json!({"issued": 0, "already": 1, "not_qualifying": 2})));
    assert_eq!(convene::jobs::work(&c.app.state, JobName::Certificates, c.app.clock.now()).await.unwrap(), 0);

    let issued = c.certificates().await;
    assert_eq!(issued.len(), 1);
    assert_eq!((issued[0].registration_id, issued[0].days_attended, issued[0].days_total), (four.id, 4, 5));
    assert_eq!(certificate_emails(&c.app).await, 1);
    assert_eq!(audit_count(&c.app, "certificates.issue").await, 3);

    // The email, over real SMTP, links to the participant's certificate.
    dispatch(&c.app).await;
    // (The first message is the confirmation of the registration.)
    let mails = smtp.wait_for_to("four@example.org", 2).await;
    let mail = mails.iter().find(|m| m.subject.starts_with("Certificate")).expect("the certificate email");
    assert!(mail.subject.starts_with("Certificate of attendance: Regional workshop on resolution 1540"), "{mail:?}");
    assert!(mail.text.contains("Attendance: 4 of 5 days"), "{}", mail.text);
    assert!(mail.text.contains(&issued[0].verification_code));
    let path = mail.path("/certificate");
    assert!(path.starts_with("/r/") && path.ends_with("/certificate"), "{path}");
    for other in ["three@example.org", "undone@example.org"] {
        assert!(smtp.to(other).iter().all(|m| !m.subject.starts_with("Certificate")), "{other}");
    }

    // The manage link works after the event for the certificate: its page and its PDF.
    let visitor = c.app.new_browser();
    let (status, page) = c.app.get(&visitor, &path).await;
    assert_eq!(status, 200);
    assert!(page.contains("Ms. Amina Diallo") && page.contains("Days attended: 4 of 5"), "{page}");
    let (status, pdf) = c.bytes(&visitor, &format!("{path}.pdf")).await;
    assert_eq!(status, 200);
    let text = pdf::text(&pdf);
    let code = &issued[0].verification_code;
    for expected in [
        "Certificate of attendance",
        "Ms. Amina Diallo",
        "Regional workshop on resolution 1540",
        "Lomé, Togo, 7–11 December 2026",
        "Days attended: 4 of 5",
        &format!("Verification code: {code}"),
        &format!("/certificates/verify?code={code}"),
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    // The organiser downloads any certificate; a made-up link gets nothing.
    let (status, pdf) = c.bytes(&c.org.browser, &format!("{}/{}/pdf", c.page(), issued[0].id)).await;
    assert_eq!(status, 200);
    assert!(pdf::text(&pdf).contains("Ms. Amina Diallo"));
    let fake = "A".repeat(43);
    assert_eq!(c.app.get(&visitor, &format!("/r/{fake}/certificate.pdf")).await.0, 410);
}

#[tokio::test]
async fn the_job_issues_once_after_the_event_in_the_participants_language() {
    let smtp = SmtpServer::start();
    let c = Course::new(app_with_smtp(&smtp).await, 40).await;
    let marie = c.register("marie@example.org", "Marie", "Kaboré", Lang::Fr).await;
    for day in 7..=11 {
        c.scan_in(&marie, day, &format!("marie-day{day}")).await;
    }
    // During the event the job does nothing.
    c.app.clock.set(utc(12, 11, 12));
    assert_eq!(convene::jobs::work(&c.app.state, JobName::Certificates, c.app.clock.now()).await.unwrap(), 0);
    // After it: once, however often it runs (and the tick is claimed in job_runs).
    c.app.clock.set(utc(12, 12, 0) + Duration::minutes(10));
    let run = runs::run_now(&c.app.state, JobName::Certificates).await.unwrap();
    assert_eq!((run.outcome.as_str(), run.items), ("succeeded", Some(1)), "{run:?}");
    assert_eq!(convene::jobs::work(&c.app.state, JobName::Certificates, c.app.clock.now()).await.unwrap(), 0);
    c.app.clock.set(c.app.clock.now() + Duration::hours(1));
    let run = runs::run_now(&c.app.state, JobName::Certificates).await.unwrap();
    assert_eq!(run.items, Some(0));
    assert_eq!(c.certificates().await.len(), 1);
    assert_eq!(certificate_emails(&c.app).await, 1);

    dispatch(&c.app).await;
    let mails: Vec<_> = smtp
        .wait_for_to("marie@example.org", 2)
        .await
        .into_iter()
        .filter(|m| m.subject.starts_with("Certificat"))
        .collect();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].subject.starts_with("Certificat de participation"), "{:?}", mails[0].subject);
    assert!(mails[0].text.contains("Présence : 5 jours sur 5"), "{}", mails[0].text);
    let path = mails[0].path("/certificate");
    let (status, pdf) = c.bytes(&c.app.new_browser(), &format!("{path}.pdf")).await;
    assert_eq!(status, 200);
    let text = pdf::text(&pdf);
    assert!(text.contains("Certificat de participation") && text.contains("Jours de présence : 5 sur 5"), "{text}");

    // The API lists it.
    let (status, list) = c.org.api.get(&format!("/api/v1/events/{}/certificates", c.event_id)).await;
    assert_eq!(status, 200);
    assert_eq!(list["min_attendance_percent"], 80);
    assert_eq!(list["days_total"], 5);
    assert_eq!(list["items"][0]["name"], "Ms. Marie Kaboré");
    assert_eq!(list["items"][0]["days_attended"], 5);
}

#[tokio::test]
async fn verification_says_valid_revoked_unknown_or_malformed() {
    let c = Course::new(TestApp::spawn().await, 40).await;
    let amina = c.register("amina@example.org", "Amina", "Diallo", Lang::En).await;
    for day in 7..=10 {
        c.scan_in(&amina, day, &format!("amina-day{day}")).await;
    }
    c.at(12, 9).await;
    let (status, _) = c.post(&format!("/api/v1/events/{}/certificates/issue", c.event_id), json!({})).await;
    assert_eq!(status, 200);
    let cert = c.certificates().await.remove(0);
    let code = cert.verification_code.clone();
    assert!(code.len() <= 32);

    // Anyone may verify; only the name, the event and its dates are shown.
    let visitor = c.app.new_browser();
    let (status, page) = c.app.get(&visitor, "/certificates/verify").await;
    assert_eq!(status, 200);
    assert!(page.contains("Verification code"));
    let typed = code.to_lowercase().replace('-', " ");
    let (status, page) = c.app.get(&visitor, &format!("/certificates/verify?code={typed}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("This certificate is valid."), "{page}");
    assert!(page.contains("Ms. Amina Diallo") && page.contains("Regional workshop on resolution 1540"));
    assert!(page.contains("7–11 December 2026"));
    assert!(!page.contains("amina@example.org") && !page.contains("Ministère"), "no personal data");
    let (status, body) = c.org.api.get(&format!("/api/v1/certificates/verify?code={code}")).await;
    assert_eq!(status, 200);
    assert_eq!((body["status"].as_str(), body["name"].as_str()), (Some("valid"), Some("Ms. Amina Diallo")));
    assert_eq!(body["start_date"], "2026-12-07");
    assert!(body.get("email").is_none());

    // Revoked: by the organiser's page (audited), once.
    let r = c.org.post_form(&format!("{}/{}/revoke", c.page(), cert.id), &[]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(audit_count(&c.app, "certificate.revoke").await, 1);
    let (status, body) =
        c.post(&format!("/api/v1/events/{}/certificates/{}/revoke", c.event_id, cert.id), json!({})).await;
    assert_eq!(status, 409, "{body}");
    let (_, page) = c.app.get(&visitor, &format!("/certificates/verify?code={code}")).await;
    assert!(page.contains("This certificate was revoked on 12 December 2026"), "{page}");
    let (_, body) = c.org.api.get(&format!("/api/v1/certificates/verify?code={code}")).await;
    assert_eq!(body["status"], "revoked");
    // A revoked certificate is not issued again.
    let (_, body) = c.post(&format!("/api/v1/events/{}/certificates/issue", c.event_id), json!({})).await;
    assert_eq!(body["issued"], 0);

    // Unknown, and malformed.
    let (status, page) = c.app.get(&visitor, "/certificates/verify?code=0000-0000-0000-0000").await;
    assert_eq!(status, 200);
    assert!(page.contains("No certificate has this code."), "{page}");
    let (_, body) = c.org.api.get("/api/v1/certificates/verify?code=0000000000000000").await;
    assert_eq!(body["status"], "unknown");
    assert!(body["name"].is_null());
    for bad in ["12345", "K7QM-4XPD-9TWA-2HC!", "K7QM-4XPD-9TWA-2HCE-AAAA"] {
        let (status, page) = c.app.get(&visitor, &format!("/certificates/verify?code={}", urlencode(bad))).await;
        assert_eq!(status, 422, "{bad}");
        assert!(page.contains("A verification code has 16 letters and digits"), "{page}");
    }
    let (status, body) = c.org.api.get("/api/v1/certificates/verify?code=nope").await;
    assert_eq!((status, body["fields"][0]["field"].as_str()), (422, Some("code")));
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b == b'-' { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[tokio::test]
async fn badges_of_confirmed_participants_only() {
    let c = Course::new(TestApp::spawn().await, 2).await;
    let amina = c.register("amina@example.org", "Amina", "Diallo", Lang::En).await;
    c.register("sabine@example.org", "Sabine", "Müller", Lang::En).await;
    let waiting = c.register("kofi@example.org", "Kofi", "Mensah", Lang::En).await;
    assert_eq!(waiting.state, RegistrationState::Waitlisted);

    let (status, pdf) = c.bytes(&c.org.browser, &format!("/checkin/events/{}/badges.pdf", c.event_id)).await;
    assert_eq!(status, 200);
    // Long names wrap on a badge: compare the words.
    let text = pdf::text(&pdf).split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in ["Ms. Amina Diallo", "Ms. Sabine Müller", "Togo", "Ministère de la Sécurité", "TRAINEE"] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    assert!(!text.contains("Kofi"), "a waitlisted registration has no badge:\n{text}");

    let (status, pdf) =
        c.bytes(&c.org.browser, &format!("/checkin/events/{}/badges/{}/pdf", c.event_id, amina.id)).await;
    assert_eq!(status, 200);
    let one = pdf::text(&pdf).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(one.contains("Amina Diallo") && !one.contains("Sabine"), "{one}");
    assert_eq!(
        c.bytes(&c.org.browser, &format!("/checkin/events/{}/badges/{}/pdf", c.event_id, waiting.id)).await.0,
        404
    );
    let r = c.org.api.request(Method::GET, &format!("/api/v1/events/{}/badges/pdf", c.event_id), None);
    let r = r.send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");

    // The event's check-in staff may print badges (they reprint lost ones at the door), not
    // certificates; staff of another event, and organisers of another programme, may not.
    let door = c.app.desk_officer("door@example.org", c.event_id).await;
    assert_eq!(c.bytes(&door.browser, &format!("/checkin/events/{}/badges.pdf", c.event_id)).await.0, 200);
    assert_eq!(door.get(&c.page()).await.0, 403);
    let npt = c.app.signed_in("npt@example.org", Role::Organiser, &["NPT"]).await;
    assert_eq!(c.bytes(&npt, &format!("/checkin/events/{}/badges.pdf", c.event_id)).await.0, 403);
}

#[tokio::test]
async fn long_titles_names_and_places_stay_in_their_boxes() {
    let replaced = [("title", pdf::long::title()), ("city", pdf::long::city())];
    let c = Course::with_event(TestApp::spawn().await, 40, &replaced).await;
    let long = RegistrationForm {
        title: "H.E. Ms.".into(),
        given_name: pdf::long::given_name(),
        family_name: pdf::long::family_name(),
        gender: "woman".into(),
        country: "TGO".into(),
        organisation: pdf::long::organisation(),
        ..Default::default()
    };
    let mut people = Vec::new();
    // Nine badges: a full page of eight, and one more.
    for n in 0..9 {
        people.push(c.register_form(&format!("long{n}@example.org"), &long, Lang::En).await);
    }
    let short = c.register("amina@example.org", "Amina", "Diallo", Lang::Fr).await;
    for day in 7..=11 {
        for r in people.iter().chain([&short]) {
            c.scan_in(r, day, &format!("scan-{}-day{day}", r.id)).await;
        }
    }
    c.at(12, 9).await;
    let (status, body) = c.post(&format!("/api/v1/events/{}/certificates/issue", c.event_id), json!({})).await;
    assert_eq!((status, body["issued"].as_u64()), (200, Some(10)), "{body}");

    let mut documents = Vec::new();
    for cert in c.certificates().await {
        let (status, bytes) = c.bytes(&c.org.browser, &format!("{}/{}/pdf", c.page(), cert.id)).await;
        assert_eq!(status, 200);
        documents.push((format!("certificate {}", cert.id), bytes));
    }
    let (status, bytes) = c.bytes(&c.org.browser, &format!("/checkin/events/{}/badges.pdf", c.event_id)).await;
    assert_eq!(status, 200);
    documents.push(("badges".into(), bytes));
    let (status, bytes) =
        c.bytes(&c.org.browser, &format!("/checkin/events/{}/badges/{}/pdf", c.event_id, people[0].id)).await;
    assert_eq!(status, 200);
    documents.push(("one badge".into(), bytes));
    for (what, bytes) in &documents {
        let doc = pdf::Pdf::read(bytes);
        doc.assert_laid_out(what);
        if what.starts_with("certificate") {
            assert_eq!(doc.pages.len(), 1, "{what} fits its page");
        }
        assert!(doc.text().contains("Maria-Fernanda") || doc.text().contains("Amina"), "{what}");
    }
    let badges = pdf::Pdf::read(&documents[documents.len() - 2].1);
    assert_eq!(badges.pages.len(), 2);
    assert_eq!(badges.pages[0].frames.len(), 8, "eight badge outlines on the first page");
    assert!(badges.text().contains('…'), "what does not fit a badge ends with an ellipsis");
}

#[tokio::test]
async fn role_limits_and_bad_input() {
    let c = Course::new(TestApp::spawn().await, 40).await;
    let amina = c.register("amina@example.org", "Amina", "Diallo", Lang::En).await;
    for day in 7..=11 {
        c.scan_in(&amina, day, &format!("amina-day{day}")).await;
    }
    c.at(12, 9).await;

    // An organiser of another programme, and check-in staff of this very event: 403 on the
    // certificate routes (page and API), nothing issued.
    let npt = c.app.staff("npt@example.org", Role::Organiser, &["NPT"]).await;
    assert_eq!(npt.get(&c.page()).await.0, 403);
    let door = c.app.desk_officer("door@example.org", c.event_id).await;
    let issue = format!("/api/v1/events/{}/certificates/issue", c.event_id);
    for staff in [&npt, &door] {
        assert_eq!(staff.post_form(&format!("{}/issue", c.page()), &[]).await.status(), 403, "{}", staff.email);
        assert_eq!(staff.api.send(Method::POST, &issue, None).await.0, 403, "{}", staff.email);
    }
    assert!(c.certificates().await.is_empty());

    // Bad ids.
    assert_eq!(c.org.get(&format!("{}/999/pdf", c.page())).await.0, 404);
    assert_eq!(c.org.get("/organiser/events/abc/certificates").await.0, 404);

    // The rule on the event form: a whole percentage from 1 to 100, for workshops and courses.
    let edit = |kind: &str, percent: &str| {
        let event = c.app.event(&c.org.browser).set("kind", kind);
        event.set("certificate_min_attendance_percent", percent).update(c.event_id)
    };
    for (case, kind, percent, says) in [
        ("none", "workshop", "0", "Enter a whole percentage from 1 to 100"),
        ("more than all", "workshop", "101", "Enter a whole percentage from 1 to 100"),
        ("in words", "workshop", "eighty", "Enter a whole percentage from 1 to 100"),
        ("for a conference", "conference", "80", "workshops and training courses only"),
    ] {
        let r = edit(kind, percent).await;
        assert_eq!(r.status(), 422, "{case}");
        assert!(r.text().await.unwrap().contains(says), "{case}");
    }
    // Through the API: 422 names the field; a good value is kept and shown.
    let payload = |percent: Value| {
        json!({"title": "Firearms investigation course", "kind": "training_course", "programme": "1540", "unit": "UNREC",
            "city": "Lima", "time_zone": "America/Lima", "start_date": "2027-03-01", "end_date": "2027-03-05",
            "languages": ["en"], "approval_required": false, "certificate_min_attendance_percent": percent})
    };
    let (status, body) = c.post("/api/v1/events", payload(json!(150))).await;
    assert_eq!(
        (status, body["fields"][0]["field"].as_str()),
        (422, Some("certificate_min_attendance_percent")),
        "{body}"
    );
    let (status, body) = c.post("/api/v1/events", payload(json!(75))).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["certificate_min_attendance_percent"], 75);
    // A draft event issues nothing.
    let (status, body) = c.post(&format!("/api/v1/events/{}/certificates/issue", body["id"]), json!({})).await;
    assert_eq!(status, 409, "{body}");
}

#[tokio::test]
async fn verification_is_rate_limited_like_the_link_pages() {
    let app = TestApp::spawn_with(|s| s.registration.link_requests_per_minute = 3).await;
    let visitor = app.new_browser();
    for _ in 0..3 {
        assert_eq!(app.get(&visitor, "/certificates/verify?code=0000-0000-0000-0000").await.0, 200);
    }
    assert_eq!(app.get(&visitor, "/certificates/verify?code=0000-0000-0000-0001").await.0, 429);
    let r = visitor.get(app.url("/api/v1/certificates/verify?code=0000000000000000")).send().await.unwrap();
    assert_eq!(r.status(), 429);
}
