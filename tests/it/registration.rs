//! Registration end to end over HTTP with a real SMTP server: invitation links, approval,
//! the waiting list and its offers, open registration with email verification, duplicates,
//! capacity under concurrency, the organiser's list, and bad input.

use convene::domain::{InvitationState, RegistrationState, Role};
use convene::entities::{audit_entry, delegation, event, invitation, outbox_message, registration};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, extract_csrf, invite, location};
use crate::smtp::SmtpServer;
use crate::support::api::fields_of;
use crate::support::factories::participants::registration_form;

mod detail;
mod forms;
mod language;
mod links;
mod list_filters;
mod manage_page;
mod new_links;
mod offers;

async fn registration_of(app: &TestApp, event_id: i32, email: &str) -> registration::Model {
    let person = convene::entities::person::Entity::find()
        .filter(convene::entities::person::Column::Email.eq(email))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::PersonId.eq(person.id))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("a registration")
}

async fn seats_taken(app: &TestApp, event_id: i32) -> i32 {
    event::Entity::find_by_id(event_id).one(&app.state.db.read).await.unwrap().unwrap().seats_taken
}

#[tokio::test]
async fn an_invitee_registers_and_manages_through_the_emailed_link() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).published().create().await;
    let token = invite(&app, event_id, "amina@example.org", None).await;
    let person = app.new_browser();
    let (status, page) = app.get(&person, &format!("/i/{token}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("value=\"Given\""), "the form is pre-filled");
    assert!(page.contains("amina@example.org"));
    let r = app.post_fields(&person, &format!("/i/{token}"), &registration_form("Amina")).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).starts_with("/r/"));
    let mail = smtp.wait_for_to("amina@example.org", 1).await.remove(0);
    assert!(mail.subject.contains("Regional workshop on resolution 1540"), "{}", mail.subject);
    let manage = mail.path("/r/");
    let (status, page) = app.get(&app.new_browser(), &manage).await;
    assert_eq!(status, 200);
    assert!(page.contains("Confirmed"));
    // The invitation is marked registered; one seat is taken.
    let inv = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event_id))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(inv.state, InvitationState::Registered);
    assert_eq!(seats_taken(&app, event_id).await, 1);
    // The calendar entry downloads.
    let ics = person.get(app.url(&format!("{manage}/event.ics"))).send().await.unwrap();
    assert_eq!(ics.headers()["content-type"], "text/calendar; charset=utf-8");
    // In the registration's language, which the title names (RFC 5545 `LANGUAGE`).
    assert!(ics.text().await.unwrap().contains("SUMMARY;LANGUAGE=en:Regional workshop on resolution 1540"));
    // Updating details keeps the confirmation (no approval on this event).
    let mut changed = registration_form("Amina");
    changed.push(("phone", "+221 33 000 00 00".into()));
    let r = app.post_fields(&person, &manage, &changed).await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Your details have been saved."));
    // Cancelling frees the seat and sends a confirmation.
    let r = app.post_form(&person, &format!("{manage}/cancel"), &[]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(seats_taken(&app, event_id).await, 0);
    smtp.wait_for_to("amina@example.org", 2).await;
    assert_eq!(registration_of(&app, event_id, "amina@example.org").await.state, RegistrationState::Cancelled);
}

#[tokio::test]
async fn a_double_submitted_form_creates_one_registration() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).published().create().await;
    let token = invite(&app, event_id, "twice@example.org", None).await;
    let person = app.new_browser();
    let a = app.post_fields(&person, &format!("/i/{token}"), &registration_form("Twice")).await;
    let b = app.post_fields(&person, &format!("/i/{token}"), &registration_form("Twice")).await;
    assert_eq!((a.status().as_u16(), b.status().as_u16()), (303, 200));
    let n = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .count(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(n, 1);
    assert_eq!(seats_taken(&app, event_id).await, 1);
}

#[tokio::test]
async fn the_waiting_list_offers_freed_seats_in_order_and_offers_lapse() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(1).published().create().await;
    let browser = app.new_browser();
    let mut manage = Vec::new();
    for who in ["first", "second", "third", "fourth"] {
        manage.push(app.register_invitee(event_id, &format!("{who}@example.org"), who).await);
    }
    assert_eq!(registration_of(&app, event_id, "first@example.org").await.state, RegistrationState::Confirmed);
    assert_eq!(registration_of(&app, event_id, "second@example.org").await.state, RegistrationState::Waitlisted);
    let (_, page) = app.get(&browser, &manage[2]).await;
    assert!(page.contains("Your place on the waiting list: 2."));
    let waitlisted = smtp.wait_for_to("second@example.org", 1).await.remove(0);
    assert!(
        waitlisted.text.contains("waiting list") || waitlisted.subject.contains("waiting list"),
        "{}",
        waitlisted.subject
    );

    // The first cancels: the second is offered the seat by email and accepts it.
    app.post_form(&browser, &format!("{}/cancel", manage[0]), &[]).await;
    let offer = smtp.wait_for_to("second@example.org", 2).await.remove(1);
    assert!(offer.subject.contains("Place available"), "{}", offer.subject);
    let offer_link = offer.path("/r/");
    assert_eq!(seats_taken(&app, event_id).await, 1, "the offered seat is held");
    let (_, page) = app.get(&browser, &offer_link).await;
    assert!(page.contains("Accept the seat"));
    let r = app.post_form(&browser, &format!("{offer_link}/accept"), &[]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(registration_of(&app, event_id, "second@example.org").await.state, RegistrationState::Confirmed);

    // The second cancels: the third is offered the seat but lets the offer lapse.
    let (_, page) = app.get(&browser, &location(&r)).await;
    assert!(page.contains("Confirmed"));
    app.post_form(&browser, &format!("{}/cancel", location(&r)), &[]).await;
    assert_eq!(registration_of(&app, event_id, "third@example.org").await.state, RegistrationState::Offered);
    let office = &app.state.office;
    assert_eq!(
        convene::registration::rules::expire_offers(&app.state.db, office, app.clock.now()).await.unwrap(),
        0,
        "not yet"
    );
    app.clock.set(app.clock.now() + chrono::Duration::hours(49));
    assert_eq!(convene::registration::rules::expire_offers(&app.state.db, office, app.clock.now()).await.unwrap(), 1);
    assert_eq!(
        convene::registration::rules::expire_offers(&app.state.db, office, app.clock.now()).await.unwrap(),
        0,
        "idempotent"
    );
    assert_eq!(registration_of(&app, event_id, "third@example.org").await.state, RegistrationState::Lapsed);
    // The lapsed seat goes to the next person in line, with their own offer.
    assert_eq!(registration_of(&app, event_id, "fourth@example.org").await.state, RegistrationState::Offered);
    let offer = smtp.wait_for_to("fourth@example.org", 2).await.remove(1);
    assert!(offer.subject.contains("Place available"), "{}", offer.subject);
    assert_eq!(seats_taken(&app, event_id).await, 1);
}

#[tokio::test]
async fn approval_rejection_and_the_organisers_list() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(1).approval().published().create().await;
    for who in ["pending", "waiting"] {
        app.register_invitee(event_id, &format!("{who}@example.org"), who).await;
    }
    let pending = registration_of(&app, event_id, "pending@example.org").await;
    assert_eq!(pending.state, RegistrationState::Pending);
    assert!(smtp.wait_for_to("pending@example.org", 1).await[0].subject.to_lowercase().contains("received"));
    let list = format!("/organiser/events/{event_id}/registrations");
    let (status, page) = org.get(&list).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("pending@example.org")
            && page.contains("Pending approval")
            && page.contains("On the waiting list")
    );
    let r = org.post_form(&format!("{list}/move"), &[("id", &pending.id.to_string()), ("action", "approve")]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(registration_of(&app, event_id, "pending@example.org").await.state, RegistrationState::Confirmed);
    smtp.wait_for_to("pending@example.org", 2).await;
    // Rejecting frees the seat; the waiting list moves and the reason reaches the person.
    let r = org
        .post_form(
            &format!("{list}/move"),
            &[("id", &pending.id.to_string()), ("action", "reject"), ("reason", "Not named in the note verbale")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let declined = smtp.wait_for_to("pending@example.org", 3).await.remove(2);
    assert!(declined.text.contains("Not named in the note verbale"));
    assert_eq!(registration_of(&app, event_id, "waiting@example.org").await.state, RegistrationState::Offered);
    // Moves that make no sense are refused, and nothing changes.
    let id = pending.id.to_string();
    for (case, fields, status) in [
        ("approving the rejected", vec![("id", id.as_str()), ("action", "approve")], 409),
        ("no one", vec![("action", "approve")], 422),
        ("an unknown move", vec![("id", "1"), ("action", "teleport")], 422),
    ] {
        assert_eq!(org.post_form(&format!("{list}/move"), &fields).await.status(), status, "{case}");
    }
    // Filters and CSV export.
    let (_, page) = org.get(&format!("{list}?state=rejected")).await;
    assert!(page.contains("pending@example.org") && !page.contains("waiting@example.org"));
    let (_, page) = org.get(&format!("{list}?group=AFRICAN&gender=woman&q=WAITING")).await;
    assert!(page.contains("waiting@example.org") && !page.contains("pending@example.org"));
    assert_eq!(org.get(&format!("{list}?group=MARS")).await.0, 422);
    let csv = org.browser.get(app.url(&format!("{list}/export.csv?state=offered"))).send().await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let body = csv.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][6], "waiting@example.org");
    assert_eq!(&rows[0][9], "AFRICAN");
    // Another programme's organiser sees nothing of it.
    let other = app.signed_in("salw@example.org", Role::Organiser, &["SALW"]).await;
    assert_eq!(app.get(&other, &list).await.0, 403);
    assert_eq!(
        app.post_form(&other, &format!("{list}/move"), &[("id", &pending.id.to_string()), ("action", "cancel")])
            .await
            .status(),
        403
    );
}

#[tokio::test]
async fn open_registration_needs_a_verified_address_first() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(10).open_registration().published().create().await;
    let visitor = app.new_browser();
    assert_eq!(app.get(&visitor, &format!("/events/{event_id}/register")).await.0, 200);
    assert_eq!(
        app.post_form(&visitor, &format!("/events/{event_id}/register"), &[("email", "not an email")]).await.status(),
        422
    );
    let r =
        app.post_form(&visitor, &format!("/events/{event_id}/register"), &[("email", "Open.Person@Example.org")]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(registration::Entity::find().count(&app.state.db.read).await.unwrap(), 0, "nothing before verification");
    let mail = smtp.wait_for_to("open.person@example.org", 1).await.remove(0);
    let verify = mail.path("/v/");
    let (status, page) = app.get(&visitor, &verify).await;
    assert_eq!(status, 200);
    assert!(page.contains("open.person@example.org"));
    let r = app.post_fields(&visitor, &verify, &registration_form("Open")).await;
    assert_eq!(r.status(), 303);
    assert_eq!(registration_of(&app, event_id, "open.person@example.org").await.state, RegistrationState::Confirmed);
    // The verification link works once.
    assert_eq!(app.get(&visitor, &verify).await.0, 410);
    // Invitation-only events refuse open registration.
    let closed = app.event(&org.browser).capacity(10).published().create().await;
    assert_eq!(
        app.post_form(&visitor, &format!("/events/{closed}/register"), &[("email", "x@example.org")]).await.status(),
        409
    );
}

/// Posts the registration form of every invitation `times` times, all at once; the given
/// names are `prefix` and the invitation's position. Returns every answer's status.
async fn submit_all_at_once(app: &TestApp, tokens: &[String], times: usize, prefix: &str) -> Vec<u16> {
    let browser = app.new_browser();
    let csrf = app.csrf(&browser).await;
    let mut set = tokio::task::JoinSet::new();
    for (n, token) in tokens.iter().enumerate() {
        for _ in 0..times {
            let client = browser.clone();
            let url = app.url(&format!("/i/{token}"));
            let mut fields: Vec<(&str, String)> = registration_form(&format!("{prefix}{n}")).into_iter().collect();
            fields.push(("csrf", csrf.clone()));
            set.spawn(async move { client.post(url).form(&fields).send().await.map(|r| r.status().as_u16()) });
        }
    }
    let mut statuses = Vec::new();
    while let Some(done) = set.join_next().await {
        statuses.push(done.unwrap().unwrap());
    }
    statuses
}

#[tokio::test]
async fn capacity_holds_under_concurrent_registrations() {
    let app = TestApp::spawn_with(|s| s.registration.link_requests_per_minute = 10_000).await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(50).published().create().await;
    let tokens_list = app.invitations(event_id, 300, "p").await;
    let statuses = submit_all_at_once(&app, &tokens_list, 1, "P").await;
    assert!(statuses.iter().all(|s| *s == 303), "every submission answered: {statuses:?}");
    let count = |state: &'static str| {
        let db = app.state.db.read.clone();
        async move {
            registration::Entity::find()
                .filter(registration::Column::EventId.eq(event_id))
                .filter(registration::Column::State.eq(state))
                .count(&db)
                .await
                .unwrap()
        }
    };
    assert_eq!(count("confirmed").await, 50);
    assert_eq!(count("waitlisted").await, 250);
    assert_eq!(seats_taken(&app, event_id).await, 50);
}

/// Registrations through links are written in shared transactions on SQLite; a form sent
/// twice at once fails inside such a group, which then runs again unit by unit. Whatever the
/// grouping, each person ends with one registration, one email saying what happened to it,
/// and one audit entry recording the state it really has.
#[tokio::test]
async fn forms_sent_twice_at_once_leave_one_registration_email_and_audit_entry_each() {
    let app = TestApp::spawn_with(|s| s.registration.link_requests_per_minute = 10_000).await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(20).published().create().await;
    let tokens_list = app.invitations(event_id, 120, "twice").await;
    let statuses = submit_all_at_once(&app, &tokens_list, 2, "T").await;
    // One submission of each form registers (303 to its manage page); the other is told the
    // person is registered already (200), with no link.
    assert!(statuses.iter().all(|s| matches!(s, 200 | 303)), "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 303).count(), 120);
    let db = &app.state.db.read;
    let rows = registration::Entity::find().filter(registration::Column::EventId.eq(event_id)).all(db).await.unwrap();
    assert_eq!(rows.len(), 120, "one registration per person");
    assert_eq!(rows.iter().filter(|r| r.state == RegistrationState::Confirmed).count(), 20);
    assert_eq!(rows.iter().filter(|r| r.state == RegistrationState::Waitlisted).count(), 100);
    assert_eq!(seats_taken(&app, event_id).await, 20);
    for r in &rows {
        let emails = outbox_message::Entity::find()
            .filter(outbox_message::Column::RegistrationId.eq(r.id))
            .all(db)
            .await
            .unwrap();
        assert_eq!(emails.len(), 1, "one email for registration {}", r.id);
        let expected = if r.state == RegistrationState::Confirmed { "Registration confirmed" } else { "Waiting list" };
        assert!(emails[0].subject.starts_with(expected), "{} for a {} registration", emails[0].subject, r.state);
        has_one_creation_entry_of_its_state(db, r).await;
    }
    let invited = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event_id))
        .filter(invitation::Column::State.eq("registered"))
        .count(db)
        .await
        .unwrap();
    assert_eq!(invited, 120);
}

/// Checks that registration `r` has one audit entry of its creation, recording the state it
/// really has.
async fn has_one_creation_entry_of_its_state(db: &sea_orm::DatabaseConnection, r: &registration::Model) {
    let audit = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("registration.create"))
        .filter(audit_entry::Column::EntityId.eq(r.id.to_string()))
        .all(db)
        .await
        .unwrap();
    assert_eq!(audit.len(), 1, "one audit entry for registration {}", r.id);
    assert!(audit[0].after.as_deref().unwrap_or_default().contains(&format!("\"state\":\"{}\"", r.state)));
}

/// Registrations for several events at once share transactions, where a group's rows and
/// each event's seats are written together (one call on SQLite, one statement each on
/// PostgreSQL); a group that may not find seats enough takes them one by one. Whatever the grouping, every event fills
/// exactly to its capacity, and each registration has its invitation answered at its own
/// time, one email and one audit entry.
#[tokio::test]
async fn registrations_for_several_events_at_once_fill_each_event_to_its_capacity() {
    let app = TestApp::spawn_with(|s| s.registration.link_requests_per_minute = 10_000).await;
    let org = app.organiser().await;
    // Nearly full events (seats taken one by one), then roomy ones (taken together).
    for capacities in [[3, 7, 100], [500, 500, 500]] {
        let mut events = Vec::new();
        for capacity in capacities {
            events.push((app.event(&org.browser).capacity(capacity).published().create().await, capacity));
        }
        // The invitations alternate between the events, as requests for them would arrive.
        let mut tokens_list = Vec::new();
        for n in 0..12 {
            for &(event_id, _) in &events {
                tokens_list.push(invite(&app, event_id, &format!("e{event_id}p{n}@example.org"), None).await);
            }
        }
        for status in submit_all_at_once(&app, &tokens_list, 1, "M").await {
            assert_eq!(status, 303);
        }
        for &(event_id, capacity) in &events {
            every_registration_is_whole(&app, event_id, capacity.min(12)).await;
        }
    }
}

/// Checks the 12 registrations of `event_id`: `confirmed` of them with a seat, the others on
/// the waiting list, each with its invitation answered when it was made, one email and one
/// audit entry of its state.
async fn every_registration_is_whole(app: &TestApp, event_id: i32, confirmed: usize) {
    let db = &app.state.db.read;
    let rows = registration::Entity::find().filter(registration::Column::EventId.eq(event_id)).all(db).await.unwrap();
    assert_eq!(rows.len(), 12, "event {event_id}");
    assert_eq!(rows.iter().filter(|r| r.state == RegistrationState::Confirmed).count(), confirmed, "event {event_id}");
    assert_eq!(
        rows.iter().filter(|r| r.state == RegistrationState::Waitlisted).count(),
        12 - confirmed,
        "event {event_id}"
    );
    assert_eq!(seats_taken(app, event_id).await, i32::try_from(confirmed).unwrap(), "event {event_id}");
    for r in &rows {
        let answered = invitation::Entity::find_by_id(r.invitation_id.unwrap()).one(db).await.unwrap().unwrap();
        assert_eq!(answered.state, InvitationState::Registered);
        assert_eq!(answered.responded_at, Some(r.created_at), "answered when registration {} was made", r.id);
        let emails = outbox_message::Entity::find()
            .filter(outbox_message::Column::RegistrationId.eq(r.id))
            .count(db)
            .await
            .unwrap();
        assert_eq!(emails, 1, "one email for registration {}", r.id);
        has_one_creation_entry_of_its_state(db, r).await;
    }
}

#[tokio::test]
async fn a_delegations_quota_is_enforced_like_capacity() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).published().create().await;
    // Botswana may send one person, invited through the organiser's form.
    let state = [
        ("country", "BWA"),
        ("seat_quota", "1"),
        ("email", "mission@example.org"),
        ("given_name", "Focal"),
        ("family_name", "Point"),
    ];
    assert_eq!(org.post_form(&format!("/organiser/events/{event_id}/delegations"), &state).await.status(), 303);
    let d = delegation::Entity::find().one(&app.state.db.read).await.unwrap().unwrap();
    let a = invite(&app, event_id, "a@bwa.example.org", Some(d.id)).await;
    let b = invite(&app, event_id, "b@bwa.example.org", Some(d.id)).await;
    let browser = app.new_browser();
    assert_eq!(app.post_fields(&browser, &format!("/i/{a}"), &registration_form("A")).await.status(), 303);
    let r = app.post_fields(&browser, &format!("/i/{b}"), &registration_form("B")).await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("All the seats of your delegation are taken."));
}

#[tokio::test]
async fn bad_links_and_bad_input_change_nothing() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).published().create().await;
    let token = invite(&app, event_id, "careful@example.org", None).await;
    let browser = app.new_browser();
    let mut tampered = token.clone();
    tampered.replace_range(..1, if token.starts_with('x') { "y" } else { "x" });
    for path in [
        format!("/i/{tampered}"),
        "/i/short".into(),
        format!("/r/{token}"),
        format!("/v/{token}"),
        "/r/%3Cscript%3E".into(),
    ] {
        let (status, body) = app.get(&browser, &path).await;
        assert_eq!(status, 410, "{path}");
        assert!(body.contains("This link is invalid, has expired or has already been used."));
    }
    assert_eq!(app.post_fields(&browser, &format!("/i/{tampered}"), &registration_form("X")).await.status(), 410);
    // Missing consent, oversized fields and a bad phone are named; nothing is saved.
    let mut bad = registration_form("Careful");
    bad.retain(|(k, _)| !matches!(*k, "consent" | "position" | "phone"));
    bad.push(("position", "p".repeat(500)));
    bad.push(("phone", "<b>call</b>".into()));
    let r = app.post_fields(&browser, &format!("/i/{token}"), &bad).await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("Please agree to the data-protection notice")
            && page.contains("Use at most 200 characters.")
            && page.contains("Use digits")
    );
    assert_eq!(registration::Entity::find().count(&app.state.db.read).await.unwrap(), 0);
    // HTML in names is escaped in the organiser's list.
    let r = app.post_fields(&browser, &format!("/i/{token}"), &registration_form("<img src=x onerror=alert(1)>")).await;
    assert_eq!(r.status(), 303);
    let (_, list) = org.get(&format!("/organiser/events/{event_id}/registrations")).await;
    assert!(list.contains("&lt;img src=x onerror=alert(1)&gt;") && !list.contains("<img src=x"));
    // A revoked or expired invitation is refused.
    invitation::Entity::update_many()
        .col_expr(invitation::Column::State, sea_orm::sea_query::Expr::value("revoked"))
        .exec(&app.state.db.write)
        .await
        .unwrap();
    let other = invite(&app, event_id, "late@example.org", None).await;
    app.clock.set(app.clock.now() + chrono::Duration::days(31));
    assert_eq!(app.get(&browser, &format!("/i/{other}")).await.0, 410);
}

#[tokio::test]
async fn declining_takes_one_click_and_a_reason() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).published().create().await;
    let token = invite(&app, event_id, "busy@example.org", None).await;
    let browser = app.new_browser();
    let r = app.post_form(&browser, &format!("/i/{token}/decline"), &[("reason", "Another meeting that week")]).await;
    assert_eq!(r.status(), 200);
    let inv = invitation::Entity::find().one(&app.state.db.read).await.unwrap().unwrap();
    assert_eq!(inv.state, InvitationState::Declined);
    assert_eq!(inv.decline_reason.as_deref(), Some("Another meeting that week"));
    assert_eq!(app.post_fields(&browser, &format!("/i/{token}"), &registration_form("Busy")).await.status(), 409);
}

#[tokio::test]
async fn organisers_register_people_by_hand_and_links_are_rate_limited() {
    let app = TestApp::spawn_with(|s| s.registration.link_requests_per_minute = 5).await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).published().create().await;
    let mut fields = registration_form("Hand");
    fields.push(("email", "hand@example.org".into()));
    fields.push(("role", "expert".into()));
    fields.push(("language", "fr".into()));
    let r = org.post_fields(&format!("/organiser/events/{event_id}/registrations"), &fields).await;
    assert_eq!(r.status(), 303);
    let reg = registration_of(&app, event_id, "hand@example.org").await;
    assert_eq!((reg.state.as_str(), reg.role.as_str(), reg.language.as_str()), ("confirmed", "expert", "fr"));
    let (_, page) = org.get(&format!("/organiser/events/{event_id}/registrations/new")).await;
    assert!(extract_csrf(&page).is_some());
    // The sixth request to a link page within a minute is refused.
    let browser = app.new_browser();
    for _ in 0..5 {
        assert_eq!(app.get(&browser, "/i/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").await.0, 410);
    }
    assert_eq!(app.get(&browser, "/i/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").await.0, 429);
}

#[tokio::test]
async fn registrations_through_the_api() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(1).approval().published().create().await;
    let base = format!("/api/v1/events/{event_id}");
    let (registrations, moves) = (format!("{base}/registrations"), format!("{base}/registrations/move"));
    let add = |email: &str| json!({"email": email, "given_name": "Api", "family_name": "Person", "gender": "man", "country": "NOR", "role": "expert"});
    let (status, one) = org.api.post(&registrations, add("one@example.org")).await;
    assert_eq!((status, one["state"].as_str()), (201, Some("pending")), "{one}");
    let (_, two) = org.api.post(&registrations, add("two@example.org")).await;
    assert_eq!(two["state"], "waitlisted");
    let (_, wl) = org.api.get(&format!("{base}/waiting-list")).await;
    assert_eq!(wl["items"][0]["email"], "two@example.org");
    assert_eq!(wl["offers"]["open"], true, "{wl}");
    let reject = json!({"ids": [one["id"]], "action": "reject", "reason": "Duplicate"});
    assert_eq!(org.api.post(&moves, reject).await.0, 200);
    let (_, list) = org.api.get(&format!("{registrations}?state=offered")).await;
    assert_eq!(list["total"], 1);
    assert_eq!(list["counts"]["rejected"], 1);
    assert_eq!(list["seats_taken"], 1);
    // Bad input names fields; another programme gets 403.
    let (status, body) = org.api.post(&registrations, json!({"email": "x", "gender": "?"})).await;
    assert_eq!(status, 422);
    assert_eq!(fields_of(&body), ["email", "given_name", "family_name", "gender"]);
    assert_eq!(org.api.post(&moves, json!({"ids": [], "action": "fly"})).await.0, 422);
    let other = app.create_user("npt@example.org", Role::Organiser, &["NPT"]).await;
    assert_eq!(app.api_of(other).await.get(&registrations).await.0, 403);
}

/// Statements of one registration through its invitation link, PRAGMAs (the WAL checkpoints
/// of the background task) left out.
async fn statements_of_one_registration(
    app: &TestApp,
    statements: &std::sync::atomic::AtomicUsize,
    token: &str,
    given: &str,
) -> usize {
    use std::sync::atomic::Ordering;
    let browser = app.new_browser();
    let csrf = app.csrf(&browser).await;
    let mut fields: Vec<(&str, String)> = registration_form(given);
    fields.push(("csrf", csrf));
    let before = statements.load(Ordering::SeqCst);
    let r = browser.post(app.url(&format!("/i/{token}"))).form(&fields).send().await.unwrap();
    let after = statements.load(Ordering::SeqCst);
    assert_eq!(r.status(), 303, "{given}");
    after - before
}

#[tokio::test]
async fn a_registration_runs_the_same_statements_however_many_the_event_holds() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let statements = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&statements);
    let app = TestApp::spawn_tuned(
        |_| {},
        move |db| {
            for conn in [&mut db.read, &mut db.write] {
                let counted = Arc::clone(&counted);
                conn.set_metric_callback(move |info| {
                    if !info.statement.sql.trim_start().to_uppercase().starts_with("PRAGMA") {
                        counted.fetch_add(1, Ordering::SeqCst);
                    }
                });
            }
        },
    )
    .await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(1000).published().create().await;
    let tokens = app.invitations(event_id, 62, "p").await;
    // The first registration reads the event's sessions into memory; the second is the
    // steady state.
    statements_of_one_registration(&app, &statements, &tokens[0], "First").await;
    let early = statements_of_one_registration(&app, &statements, &tokens[1], "Early").await;
    for (n, token) in tokens[2..61].iter().enumerate() {
        statements_of_one_registration(&app, &statements, token, &format!("Middle{n}")).await;
    }
    assert_eq!(seats_taken(&app, event_id).await, 61);
    let late = statements_of_one_registration(&app, &statements, &tokens[61], "Late").await;
    assert!(early > 0);
    assert_eq!(late, early, "statements of the 2nd and the 62nd registration");
}
