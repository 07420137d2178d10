//! Invitations over real HTTP and a real SMTP server: invite one person, import a CSV with its
//! preview, copy an earlier event's people, resend/revoke/extend/remind, delivery progress,
//! invitations to States with the focal point's nominations and note verbale, programme
//! authorisation, and the API equivalents.

use chrono::{TimeZone, Utc};
use convene::auth::tokens;
use convene::domain::{Gender, InvitationState, ParticipantRole, Role};
use convene::entities::{audit_entry, delegation, document, invitation, outbox_message, person, registration};
use reqwest::Method;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

use crate::helpers::{Part, TestApp, location};
use crate::smtp::SmtpServer;
use crate::support::api::fields_of;
use crate::support::factories::staff::Staff;

const HEADER: &str = "email,title,given_name,family_name,organisation,country,role,language";

/// An app with SMTP, a signed-in organiser of 1540 and one published event of theirs.
async fn setup(smtp: &SmtpServer) -> (TestApp, Staff, i32) {
    let app = TestApp::spawn_with_smtp(smtp).await;
    let org = app.organiser_at("organiser@example.org").await;
    let event = app.event(&org.browser).published().create().await;
    (app, org, event)
}

fn person_fields<'a>(email: &'a str, given: &'a str, family: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("email", email),
        ("title", "Ms."),
        ("given_name", given),
        ("family_name", family),
        ("organisation", "Ministry of Foreign Affairs"),
        ("country", "TGO"),
        ("role", "delegate"),
        ("language", "en"),
    ]
}

/// The form inviting a State: a focal point at `email` who may nominate `quota` people.
fn state_fields<'a>(country: &'a str, quota: &'a str, email: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("country", country),
        ("seat_quota", quota),
        ("email", email),
        ("given_name", "Kabo"),
        ("family_name", "Molefe"),
        ("language", "en"),
    ]
}

/// Invites `email` through the organiser's form.
async fn invite(org: &Staff, event: i32, email: &str, given: &str) -> reqwest::Response {
    org.post_form(&format!("/organiser/events/{event}/invitations"), &person_fields(email, given, "Mensah")).await
}

async fn invitation_of(app: &TestApp, event: i32, email: &str) -> invitation::Model {
    let p = person::Entity::find()
        .filter(person::Column::Email.eq(email.to_lowercase()))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no person {email}"));
    invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event))
        .filter(invitation::Column::PersonId.eq(p.id))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no invitation for {email}"))
}

async fn count_invitations(app: &TestApp) -> u64 {
    invitation::Entity::find().count(&app.state.db.read).await.unwrap()
}

async fn count_outbox(app: &TestApp) -> u64 {
    outbox_message::Entity::find().count(&app.state.db.read).await.unwrap()
}

async fn count_people(app: &TestApp) -> u64 {
    person::Entity::find().count(&app.state.db.read).await.unwrap()
}

/// Waits until an invitation reaches `state` (the dispatcher works in the background).
async fn wait_state(app: &TestApp, id: i32, state: &str) -> invitation::Model {
    for _ in 0..600 {
        let inv = invitation::Entity::find_by_id(id).one(&app.state.db.read).await.unwrap().unwrap();
        if inv.state.as_str() == state {
            return inv;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("invitation {id} never reached {state}");
}

/// Posts a multipart form; answers its status, `Location` and body.
async fn post_multipart(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    parts: &[Part<'_>],
) -> (u16, String, String) {
    let r = app.post_multipart(client, path, parts).await;
    let status = r.status().as_u16();
    let loc = location(&r);
    (status, loc, r.text().await.unwrap())
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&")
}

/// The value of the hidden `name` field of a page.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = html.find(&marker).unwrap_or_else(|| panic!("no hidden {name}")) + marker.len();
    unescape(&html[at..at + html[at..].find('"').unwrap()])
}

/// The HTML of the row of the preview table at `line`.
fn preview_row(html: &str, class: &str, line: u64) -> String {
    let marker = format!("<tr class=\"{class}\" data-line=\"{line}\">");
    let at = html.find(&marker).unwrap_or_else(|| panic!("no {class} for line {line}"));
    let rest = &html[at..];
    rest[..rest.find("</tr>").unwrap()].to_owned()
}

fn token_of(path: &str, prefix: &str) -> String {
    path.strip_prefix(prefix).unwrap_or_else(|| panic!("{path} does not start with {prefix}")).to_owned()
}

#[tokio::test]
async fn an_invitation_is_emailed_over_smtp_with_a_personal_link() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    let r = invite(&org, event, "Kofi.Mensah@Example.ORG", "Kofi").await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).starts_with(&format!("/organiser/events/{event}/invitations?done=invited")));

    let inv = invitation_of(&app, event, "kofi.mensah@example.org").await;
    assert_eq!((inv.kind.as_str(), inv.role.as_str(), inv.language.as_str()), ("personal", "delegate", "en"));
    // The end of the event's last day at the venue (Lomé is on UTC).
    assert_eq!(inv.expires_at, Utc.with_ymd_and_hms(2026, 12, 10, 23, 59, 59).unwrap());
    let mail = smtp.wait_for_to("kofi.mensah@example.org", 1).await.remove(0);
    assert!(mail.subject.contains("Regional workshop on resolution 1540"), "{}", mail.subject);
    assert!(mail.text.contains("Ms. Kofi Mensah"));
    assert!(mail.text.contains("10 December 2026"), "the reply deadline is the link's expiry");
    let path = mail.path("/i/");
    assert!(path.starts_with("/i/"));
    let token = token_of(&path, "/i/");
    assert_eq!(token.len(), 43);
    assert!(tokens::well_formed(&token));
    assert_eq!(tokens::hash(&token), inv.token_hash, "only the token's hash is stored");
    let sent = wait_state(&app, inv.id, "sent").await;
    assert!(sent.sent_at.is_some());

    // The organiser's list shows the person, the state and the delivery.
    let (status, body) = org.get(&format!("/organiser/events/{event}/invitations")).await;
    assert_eq!(status, 200);
    assert!(body.contains("kofi.mensah@example.org") && body.contains("Ms. Kofi Mensah"));
    // State and delivery are badges: the state's name, in the state's colours.
    assert!(body.contains("class=\"badge inv-sent tone-info\">sent</span>"), "{body}");
    assert!(body.contains("class=\"badge delivery-sent tone-ok\">sent</span>"), "{body}");
    assert!(body.contains("<progress"));
    // Every change is audited.
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("invitation.create"))
        .filter(audit_entry::Column::EntityId.eq(inv.id.to_string()))
        .count(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(audited, 1);

    // The same person is reused for another event, whatever the case of the address.
    let other = app.event(&org.browser).create().await;
    assert_eq!(invite(&org, other, "KOFI.mensah@example.org", "Kofi").await.status(), 303);
    assert_eq!(count_people(&app).await, 1);
    smtp.wait_for_to("kofi.mensah@example.org", 2).await;
}

#[tokio::test]
async fn inviting_twice_or_badly_is_a_clear_field_error_and_html_is_escaped() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    assert_eq!(invite(&org, event, "amina@example.org", "Amina").await.status(), 303);
    let r = invite(&org, event, " AMINA@example.org ", "Amina").await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("This person is already invited to this event."));
    assert_eq!(count_invitations(&app).await, 1);

    let bad = [
        ("email", "not-an-address"),
        ("given_name", ""),
        ("family_name", "Diallo"),
        ("country", "XXX"),
        ("role", "spy"),
        ("language", "de"),
    ];
    let r = org.post_form(&format!("/organiser/events/{event}/invitations"), &bad).await;
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    for message in [
        "Enter an email address such as name@example.org.",
        "This field is required.",
        "Choose one of the roles",
        "Choose one of the six languages: ar, zh, en, fr, ru or es.",
    ] {
        assert!(body.contains(message), "{message}");
    }
    // A well-formed code that is not a State is refused by the rules.
    let mut unknown = person_fields("new@example.org", "New", "Person");
    unknown.retain(|(k, _)| *k != "country");
    unknown.push(("country", "XXX"));
    let r = org.post_form(&format!("/organiser/events/{event}/invitations"), &unknown).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("not a member or observer State"));
    assert_eq!(count_invitations(&app).await, 1);

    // Names are escaped in pages and emails.
    let hostile = "<script>alert(1)</script>";
    assert_eq!(invite(&org, event, "hostile@example.org", hostile).await.status(), 303);
    let (_, body) = org.get(&format!("/organiser/events/{event}/invitations")).await;
    assert!(!body.contains(hostile));
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let mail = smtp.wait_for_to("hostile@example.org", 1).await.remove(0);
    assert!(!mail.html.contains(hostile));
    assert!(mail.html.contains("&lt;script&gt;"));
}

#[tokio::test]
async fn the_csv_preview_names_every_bad_row_and_saves_nothing_then_confirm_invites_the_good_rows() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    assert_eq!(invite(&org, event, "already@example.org", "Already").await.status(), 303);
    smtp.wait_for_to("already@example.org", 1).await;
    let csv = format!(
        "{HEADER}\n\
         good.one@example.org,Mr.,Good,One,MFA,BWA,delegate,en\n\
         not-an-email,,Bad,Email,,BWA,delegate,en\n\
         noname@example.org,,,,,BWA,delegate,en\n\
         country@example.org,,Bad,Country,,XXX,delegate,en\n\
         role@example.org,,Bad,Role,,BWA,spy,en\n\
         lang@example.org,,Bad,Language,,BWA,observer,de\n\
         GOOD.ONE@example.org,,Good,Again,,BWA,delegate,en\n\
         already@example.org,,Already,Invited,,TGO,delegate,en\n\
         \"good.two@example.org\",H.E.,\"Good, Two\",\"<b>Bold</b>\",,GHA,head_of_delegation,fr\n"
    );
    let (invitations, outbox, people) =
        (count_invitations(&app).await, count_outbox(&app).await, count_people(&app).await);
    let path = format!("/organiser/events/{event}/invitations/import");
    let (status, _, body) = post_multipart(&app, &org.browser, &path, &[("csv", None, csv.as_bytes())]).await;
    assert_eq!(status, 200, "{body}");
    let expected = [
        (3, "The email address is missing or not valid."),
        (4, "The given name and the family name are both required."),
        (5, "The country is not the three-letter code of a member or observer State."),
        (6, "The role is missing or unknown."),
        (7, "The language must be one of ar, zh, en, fr, ru or es."),
        (8, "This address already appears on line 2."),
        (9, "This person is already invited to this event."),
    ];
    for (line, message) in expected {
        let row = preview_row(&body, "bad-row", line);
        assert!(row.contains(message), "line {line}: {row}");
    }
    preview_row(&body, "good-row", 2);
    let escaped = preview_row(&body, "good-row", 10);
    assert!(escaped.contains("&lt;b&gt;Bold&lt;/b&gt;") && !escaped.contains("<b>Bold"));
    assert!(body.contains("Nothing has been saved or sent yet."));
    // The preview saved nothing.
    assert_eq!(count_invitations(&app).await, invitations);
    assert_eq!(count_outbox(&app).await, outbox);
    assert_eq!(count_people(&app).await, people);

    let carried = hidden(&body, "csv");
    assert_eq!(carried, csv);
    let confirm = format!("/organiser/events/{event}/invitations/import/confirm");
    let (status, to, _) = post_multipart(&app, &org.browser, &confirm, &[("csv", None, carried.as_bytes())]).await;
    assert_eq!(status, 303);
    assert!(to.ends_with("?done=imported&n=2&skipped=7"), "{to}");
    assert_eq!(count_invitations(&app).await, invitations + 2);
    let two = invitation_of(&app, event, "good.two@example.org").await;
    assert_eq!((two.role.as_str(), two.language.as_str()), ("head_of_delegation", "fr"));
    let mail = smtp.wait_for_to("good.two@example.org", 1).await.remove(0);
    assert!(mail.text.contains("en qualité de chef de délégation"), "{}", mail.text);
    smtp.wait_for_to("good.one@example.org", 1).await;
    // Confirming again invites nobody twice.
    let (status, to, _) = post_multipart(&app, &org.browser, &confirm, &[("csv", None, carried.as_bytes())]).await;
    assert_eq!(status, 303);
    assert!(to.ends_with("?done=imported&n=0&skipped=9"), "{to}");

    // An uploaded file: semicolons and a byte-order mark are fine; other encodings and a
    // missing header are explained, and still nothing is saved.
    let file = "\u{feff}email;title;given_name;family_name;organisation;country;role;language\r\nfile@example.org;;From;File;;TGO;trainee;fr\r\n";
    let (status, _, body) =
        post_multipart(&app, &org.browser, &path, &[("csv", None, b""), ("file", Some("list.csv"), file.as_bytes())])
            .await;
    assert_eq!(status, 200);
    preview_row(&body, "good-row", 2);
    let (status, _, body) = post_multipart(
        &app,
        &org.browser,
        &path,
        &[("file", Some("list.csv"), b"email,given_name\ncaf\xe9@example.org,Caf\xe9\n")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("not UTF-8"), "{body}");
    let (status, _, body) =
        post_multipart(&app, &org.browser, &path, &[("csv", None, b"email,name\nx@example.org,X\n")]).await;
    assert_eq!(status, 422);
    assert!(body.contains("The first line must name the columns; missing: title, given_name"), "{body}");
    let (status, _, _) = post_multipart(&app, &org.browser, &path, &[("csv", None, b"\"unclosed,quote\n")]).await;
    assert_eq!(status, 422);
    assert_eq!(count_invitations(&app).await, invitations + 2);
}

async fn register(app: &TestApp, event: i32, person: i32, state: &str, role: &str) {
    registration::ActiveModel {
        event_id: Set(event),
        person_id: Set(person),
        invitation_id: Set(None),
        delegation_id: Set(None),
        role: Set(role.parse().unwrap()),
        state: Set(state.parse().unwrap()),
        holds_seat: Set(state == "confirmed"),
        title: Set(None),
        given_name: Set("Reg".into()),
        family_name: Set("Istered".into()),
        gender: Set(Gender::Undisclosed),
        country_iso3: Set(None),
        organisation: Set(None),
        organisation_type: Set(None),
        position: Set(None),
        phone: Set(None),
        needs: Set(None),
        visa_letter: Set(false),
        consent_at: Set(app.clock.now()),
        waitlisted_at: Set(None),
        offer_expires_at: Set(None),
        decision_reason: Set(None),
        manage_token_hash: Set(tokens::hash(&tokens::generate().unwrap())),
        language: Set("fr".into()),
        created_at: Set(app.clock.now()),
        updated_at: Set(app.clock.now()),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .unwrap();
}

#[tokio::test]
async fn people_are_copied_from_an_earlier_event_in_their_roles() {
    let smtp = SmtpServer::start();
    let (app, org, earlier) = setup(&smtp).await;
    for (email, role) in [("a@example.org", "expert"), ("b@example.org", "trainer"), ("c@example.org", "observer")] {
        let mut fields = person_fields(email, "P", "Q");
        fields.retain(|(k, _)| *k != "role");
        fields.push(("role", role));
        let r = org.post_form(&format!("/organiser/events/{earlier}/invitations"), &fields).await;
        assert_eq!(r.status(), 303);
    }
    // c was withdrawn: not an invitee to copy.
    let c = invitation_of(&app, earlier, "c@example.org").await;
    let r = org.post_form(&format!("/organiser/events/{earlier}/invitations/{}/revoke", c.id), &[]).await;
    assert_eq!(r.status(), 303);
    let a = invitation_of(&app, earlier, "a@example.org").await;
    register(&app, earlier, a.person_id, "confirmed", "expert").await;
    let b = invitation_of(&app, earlier, "b@example.org").await;
    register(&app, earlier, b.person_id, "cancelled", "trainer").await;

    let event = app.event(&org.browser).create().await;
    let (_, page) = org.get(&format!("/organiser/events/{event}/invitations/copy")).await;
    assert!(page.contains(&format!("value=\"{earlier}\"")));
    let path = format!("/organiser/events/{event}/invitations/copy");
    // Participants: only the confirmed or pending registrations.
    let earlier_id = earlier.to_string();
    let r = org.post_form(&path, &[("from_event", earlier_id.as_str()), ("what", "participants")]).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).ends_with("done=copied&n=1&skipped=0"), "{}", location(&r));
    let copied = invitation_of(&app, event, "a@example.org").await;
    assert_eq!((copied.role.as_str(), copied.language.as_str()), ("expert", "fr"));
    // Invitees: everyone not revoked; people already invited are skipped.
    let r = org.post_form(&path, &[("from_event", earlier_id.as_str()), ("what", "invitees")]).await;
    assert!(location(&r).ends_with("done=copied&n=1&skipped=1"), "{}", location(&r));
    assert_eq!(invitation_of(&app, event, "b@example.org").await.role, ParticipantRole::Trainer);
    assert_eq!(
        invitation::Entity::find()
            .filter(invitation::Column::EventId.eq(event))
            .count(&app.state.db.read)
            .await
            .unwrap(),
        2
    );
    smtp.wait_for_to("b@example.org", 2).await;
    // Bad choices are named.
    let r = org.post_form(&path, &[("from_event", event.to_string().as_str()), ("what", "invitees")]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Choose an event other than this one."));
    let r = org.post_form(&path, &[("from_event", "999999"), ("what", "everyone")]).await;
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn resend_rotates_the_link_revoke_extend_and_remind_are_audited() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    for (email, name) in [("one@example.org", "One"), ("two@example.org", "Two"), ("three@example.org", "Three")] {
        assert_eq!(invite(&org, event, email, name).await.status(), 303);
    }
    let first = smtp.wait_for_to("one@example.org", 1).await.remove(0).path("/i/");
    let one = wait_state(&app, invitation_of(&app, event, "one@example.org").await.id, "sent").await;
    let base = format!("/organiser/events/{event}/invitations");

    // Resend: a new token, a second email, the old hash gone.
    let r = org.post_form(&format!("{base}/{}/resend", one.id), &[]).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).ends_with("done=resent"));
    let after = invitation_of(&app, event, "one@example.org").await;
    assert_ne!(after.token_hash, one.token_hash);
    let mails = smtp.wait_for_to("one@example.org", 2).await;
    let second = mails[1].path("/i/");
    assert_ne!(first, second);
    assert_eq!(tokens::hash(&token_of(&second, "/i/")), after.token_hash);
    assert_ne!(tokens::hash(&token_of(&first, "/i/")), after.token_hash);

    // Revoke: final; neither resend nor a second revoke.
    smtp.wait_for_to("two@example.org", 1).await;
    let two = invitation_of(&app, event, "two@example.org").await;
    assert_eq!(org.post_form(&format!("{base}/{}/revoke", two.id), &[]).await.status(), 303);
    assert_eq!(invitation_of(&app, event, "two@example.org").await.state, InvitationState::Revoked);
    let r = org.post_form(&format!("{base}/{}/resend", two.id), &[]).await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("answered or withdrawn"));
    assert_eq!(org.post_form(&format!("{base}/{}/revoke", two.id), &[]).await.status(), 409);

    // Extend: a past day or no date is refused, naming the field; a later day moves the expiry.
    let three = invitation_of(&app, event, "three@example.org").await;
    for (case, day, says) in
        [("a past day", "2026-11-01", "Choose a day that has not ended yet."), ("no date", "not a date", "")]
    {
        let r = org.post_form(&format!("{base}/{}/extend", three.id), &[("expires_on", day)]).await;
        assert_eq!(r.status(), 422, "{case}");
        assert!(r.text().await.unwrap().contains(says), "{case}");
    }
    let r = org.post_form(&format!("{base}/{}/extend", three.id), &[("expires_on", "2027-01-15")]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        invitation_of(&app, event, "three@example.org").await.expires_at,
        Utc.with_ymd_and_hms(2027, 1, 15, 23, 59, 59).unwrap()
    );

    // Remind all who have not answered: one and three (two is revoked).
    smtp.wait_for_to("three@example.org", 1).await;
    let r = org.post_form(&format!("{base}/remind"), &[]).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).ends_with("done=reminded&n=2"), "{}", location(&r));
    let reminded = invitation_of(&app, event, "three@example.org").await;
    assert_eq!(reminded.reminders_sent, 1);
    assert!(reminded.last_reminded_at.is_some());
    assert_ne!(reminded.token_hash, three.token_hash);
    smtp.wait_for_to("three@example.org", 2).await;
    smtp.wait_for_to("one@example.org", 3).await;
    assert_eq!(smtp.to("two@example.org").len(), 1);
    for action in ["invitation.resend", "invitation.revoke", "invitation.extend", "invitation.remind"] {
        let n = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq(action))
            .count(&app.state.db.read)
            .await
            .unwrap();
        assert!(n >= 1, "{action} audited");
    }

    // After the event's last day, open invitations show as expired and are not reminded.
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 11, 12, 0, 0).unwrap());
    app.sign_in(&org.browser, &org.email).await; // the session ran out meanwhile
    let (_, body) = org.get(&format!("{base}?state=expired")).await;
    assert!(body.contains("one@example.org") && !body.contains("three@example.org"));
    assert!(body.contains("class=\"badge inv-expired tone-bad\">expired</span>"), "{body}");
    let r = org.post_form(&format!("{base}/{}/resend", one.id), &[]).await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("extend it first"));
    let r = org.post_form(&format!("{base}/remind"), &[]).await;
    assert!(location(&r).ends_with("done=reminded&n=1"), "{}", location(&r));
}

#[tokio::test]
async fn delivery_progress_and_failures_are_shown() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    let csv = format!(
        "{HEADER}\n{}",
        (0..12).map(|i| format!("p{i}@example.org,,P{i},Q,,,trainee,en\n")).collect::<String>()
    );
    let (status, _, _) = post_multipart(
        &app,
        &org.browser,
        &format!("/organiser/events/{event}/invitations/import/confirm"),
        &[("csv", None, csv.as_bytes())],
    )
    .await;
    assert_eq!(status, 303);
    smtp.wait_for(12).await;
    let mut progress = Value::Null;
    for _ in 0..100 {
        let (status, body) = org.get(&format!("/organiser/events/{event}/invitations/progress")).await;
        assert_eq!(status, 200);
        progress = serde_json::from_str(&body).unwrap();
        if progress["sent"] == 12 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(progress, json!({"queued": 0, "sent": 12, "failed": 0, "total": 12}));
    // A permanent refusal is visible with the server's reply.
    smtp.refuse_recipients(true);
    assert_eq!(invite(&org, event, "refused@example.org", "Refused").await.status(), 303);
    let refused = invitation_of(&app, event, "refused@example.org").await;
    wait_state(&app, refused.id, "failed").await;
    let (_, body) = org.get(&format!("/organiser/events/{event}/invitations?state=failed")).await;
    assert!(body.contains("refused@example.org") && body.contains("550"), "the reason is shown");
    let (_, body) = org.get(&format!("/organiser/events/{event}/invitations/progress")).await;
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["failed"], 1);
    // Resending after the problem is fixed delivers it.
    smtp.refuse_recipients(false);
    assert_eq!(
        org.post_form(&format!("/organiser/events/{event}/invitations/{}/resend", refused.id), &[]).await.status(),
        303
    );
    smtp.wait_for_to("refused@example.org", 1).await;
    wait_state(&app, refused.id, "sent").await;
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

#[tokio::test]
async fn a_state_nominates_its_delegation_through_the_emailed_link() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    let path = format!("/organiser/events/{event}/delegations");
    let fields = [
        ("country", "BWA"),
        ("seat_quota", "2"),
        ("email", "focal@mission.example.org"),
        ("title", "Mr."),
        ("given_name", "Kabo"),
        ("family_name", "Molefe"),
        ("language", "en"),
    ];
    let r = org.post_form(&path, &fields).await;
    assert_eq!(r.status(), 303);
    // One delegation per State and event.
    let r = org.post_form(&path, &fields).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("This State is already invited to this event."));
    let mut bad = fields.to_vec();
    bad.retain(|(k, _)| *k != "seat_quota");
    bad.push(("seat_quota", "51"));
    let r = org.post_form(&path, &bad).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("from 1 to 50"));

    let mail = smtp.wait_for_to("focal@mission.example.org", 1).await.remove(0);
    assert!(mail.text.contains("Botswana"), "{}", mail.text);
    let link = mail.path("/n/");
    assert_eq!(token_of(&link, "/n/").len(), 43);

    // The focal point's page, in another browser.
    let focal = app.new_browser();
    let (status, page) = app.get(&focal, &link).await;
    assert_eq!(status, 200);
    assert!(page.contains("Nominations of Botswana"));
    assert!(page.contains("<dd id=\"remaining\">2</dd>"));
    let person = |i: usize, given: &'static str, email: &'static str| -> Vec<(String, Vec<u8>)> {
        vec![
            (format!("given_name_{i}"), given.as_bytes().to_vec()),
            (format!("family_name_{i}"), b"Sello".to_vec()),
            (format!("email_{i}"), email.as_bytes().to_vec()),
            (format!("position_{i}"), b"Director, Export Control".to_vec()),
        ]
    };
    let post = |parts: Vec<(String, Vec<u8>)>, file: Option<(&'static str, &'static [u8])>| {
        let app = &app;
        let focal = &focal;
        let link = link.clone();
        async move {
            let mut all: Vec<Part<'_>> = parts.iter().map(|(k, v)| (k.as_str(), None, v.as_slice())).collect();
            if let Some((name, bytes)) = file {
                all.push(("note_verbale", Some(name), bytes));
            }
            post_multipart(app, focal, &link, &all).await
        }
    };
    // More nominees than seats: refused, nothing saved.
    let three: Vec<_> = [
        person(1, "Neo", "neo@gov.example.org"),
        person(2, "Mpho", "mpho@gov.example.org"),
        person(3, "Tau", "tau@gov.example.org"),
    ]
    .concat();
    let mut with_head = three.clone();
    with_head.push(("head".into(), b"1".to_vec()));
    let (status, _, body) = post(with_head, None).await;
    assert_eq!(status, 422);
    assert!(body.contains("may nominate 2 people and 0 are already nominated, so at most 2 more"), "{body}");
    let invitations = count_invitations(&app).await;
    // The head of delegation must be marked; a note verbale must be a PDF.
    let two: Vec<_> =
        [person(1, "Neo", "neo@gov.example.org"), person(2, "<i>Mpho</i>", "mpho@gov.example.org")].concat();
    let (status, _, body) = post(two.clone(), None).await;
    assert_eq!(status, 422);
    assert!(body.contains("Mark the head of delegation."));
    let mut marked = two.clone();
    marked.push(("head".into(), b"2".to_vec()));
    marked.push(("note_verbale_ref".into(), b"NV/BWA/2026/17".to_vec()));
    marked.push(("note_verbale_date".into(), b"2026-11-20".to_vec()));
    let (status, _, body) = post(marked.clone(), Some(("nv.docx", b"PK\x03\x04 not a pdf"))).await;
    assert_eq!(status, 422);
    assert!(body.contains("The note verbale must be a PDF file."));
    assert_eq!(count_invitations(&app).await, invitations);

    let (status, to, _) = post(marked, Some(("NV 17.pdf", PDF))).await;
    assert_eq!(status, 303);
    assert!(to.starts_with("/n/") && to.ends_with("done=nominated&n=2"), "{to}");
    let d = delegation::Entity::find()
        .filter(delegation::Column::EventId.eq(event))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    let head = invitation_of(&app, event, "mpho@gov.example.org").await;
    let member = invitation_of(&app, event, "neo@gov.example.org").await;
    assert_eq!((head.role.as_str(), head.delegation_id), ("head_of_delegation", Some(d.id)));
    assert_eq!((member.role.as_str(), member.delegation_id), ("delegate", Some(d.id)));
    assert_eq!(head.position.as_deref(), Some("Director, Export Control"));
    assert_eq!(d.head_person_id, Some(head.person_id));
    assert_eq!(d.note_verbale_ref.as_deref(), Some("NV/BWA/2026/17"));
    assert_eq!(d.note_verbale_date.map(|x| x.to_string()).as_deref(), Some("2026-11-20"));
    let nominee = person::Entity::find_by_id(head.person_id).one(&app.state.db.read).await.unwrap().unwrap();
    assert_eq!(nominee.country_iso3.as_deref(), Some("BWA"));
    // Each nominee gets their own personal invitation.
    let invited = smtp.wait_for_to("mpho@gov.example.org", 1).await.remove(0);
    assert!(invited.path("/i/").starts_with("/i/"));
    assert!(invited.text.contains("in the capacity of head of delegation"));
    assert!(!invited.html.contains("<i>Mpho</i>"));
    smtp.wait_for_to("neo@gov.example.org", 1).await;

    // The page now shows the delegation; the quota is full.
    let (_, page) = app.get(&focal, &link).await;
    assert!(page.contains("<dd id=\"remaining\">0</dd>"));
    assert!(page.contains("&lt;i&gt;Mpho&lt;/i&gt; Sello") && !page.contains("<i>Mpho</i>"));
    let (status, _, body) = post(person(1, "Late", "late@gov.example.org"), None).await;
    assert_eq!(status, 422);
    assert!(body.contains("may nominate 2 people and 2 are already nominated, so at most 0 more"));

    // The organiser sees the delegation and downloads the note verbale.
    let (status, page) = org.get(&path).await;
    assert_eq!(status, 200);
    assert!(page.contains("Botswana") && page.contains("African States") && page.contains("2 of 2"));
    assert!(page.contains("NV/BWA/2026/17"));
    let r = org.browser.get(app.url(&format!("{path}/{}/note-verbale", d.id))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let disposition = r.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment;") && disposition.contains(".pdf"), "{disposition}");
    assert_eq!(r.bytes().await.unwrap().as_ref(), PDF);
    let doc = document::Entity::find().one(&app.state.db.read).await.unwrap().unwrap();
    assert_eq!((doc.delegation_id, doc.filename.as_str()), (d.id, "NV_17.pdf"));

    // Tampered, unknown and withdrawn links are gone, with a clear page.
    let token = token_of(&link, "/n/");
    let mut tampered = token.clone().into_bytes();
    tampered[0] = if tampered[0] == b'A' { b'B' } else { b'A' };
    let (status, body) = app.get(&focal, &format!("/n/{}", String::from_utf8(tampered).unwrap())).await;
    assert_eq!(status, 410);
    assert!(body.contains("This nomination link is not valid."));
    assert_eq!(app.get(&focal, "/n/short").await.0, 410);
    let (status, _, _) = post_multipart(&app, &focal, "/n/x", &[("given_name_1", None, b"X")]).await;
    assert_eq!(status, 410);
    let focal_inv = invitation::Entity::find()
        .filter(invitation::Column::Kind.eq("nomination"))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    let r = org.post_form(&format!("/organiser/events/{event}/invitations/{}/revoke", focal_inv.id), &[]).await;
    assert_eq!(r.status(), 303);
    let (status, body) = app.get(&focal, &link).await;
    assert_eq!(status, 410);
    assert!(body.contains("withdrawn"));
}

#[tokio::test]
async fn the_focal_point_may_come_back_until_the_quota_is_full() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    let r = org
        .post_form(&format!("/organiser/events/{event}/delegations"), &state_fields("GHA", "3", "fp@gh.example.org"))
        .await;
    assert_eq!(r.status(), 303);
    let link = smtp.wait_for_to("fp@gh.example.org", 1).await.remove(0).path("/n/");
    let focal = app.new_browser();
    app.get(&focal, &link).await;
    let first: Vec<Part<'_>> = vec![
        ("given_name_1", None, b"Kwame"),
        ("family_name_1", None, b"Boateng"),
        ("email_1", None, b"kwame@gh.example.org"),
        ("head", None, b"1"),
    ];
    let (status, _, _) = post_multipart(&app, &focal, &link, &first).await;
    assert_eq!(status, 303);
    // The second visit needs no head (one is recorded) and refuses someone already invited.
    let again: Vec<Part<'_>> = vec![
        ("given_name_1", None, b"Kwame"),
        ("family_name_1", None, b"Boateng"),
        ("email_1", None, b"KWAME@gh.example.org"),
    ];
    let (status, _, body) = post_multipart(&app, &focal, &link, &again).await;
    assert_eq!(status, 422);
    assert!(body.contains("This person is already invited to this event."));
    let second: Vec<Part<'_>> = vec![
        ("given_name_1", None, b"Efua"),
        ("family_name_1", None, b"Asante"),
        ("email_1", None, b"efua@gh.example.org"),
    ];
    let (status, _, _) = post_multipart(&app, &focal, &link, &second).await;
    assert_eq!(status, 303);
    assert_eq!(invitation_of(&app, event, "efua@gh.example.org").await.role, ParticipantRole::Delegate);
    let (_, page) = app.get(&focal, &link).await;
    assert!(page.contains("<dd id=\"remaining\">1</dd>"));
    // The note verbale alone can be sent later.
    let (status, to, _) = post_multipart(
        &app,
        &focal,
        &link,
        &[("note_verbale_ref", None, b"NV/GHA/9"), ("note_verbale", Some("nv.pdf"), PDF)],
    )
    .await;
    assert_eq!(status, 303);
    assert!(to.ends_with("done=nominated&n=0"));
    // Nothing at all is a clear error.
    let (status, _, body) = post_multipart(&app, &focal, &link, &[("given_name_1", None, b"")]).await;
    assert_eq!(status, 422);
    assert!(body.contains("Fill in at least one person, or the note verbale."));
}

#[tokio::test]
async fn an_organiser_of_another_programme_gets_403_on_every_route() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    assert_eq!(invite(&org, event, "x@example.org", "X").await.status(), 303);
    let inv = invitation_of(&app, event, "x@example.org").await;
    let r = org
        .post_form(&format!("/organiser/events/{event}/delegations"), &state_fields("BWA", "2", "fp@bw.example.org"))
        .await;
    assert_eq!(r.status(), 303);
    let d = delegation::Entity::find().one(&app.state.db.read).await.unwrap().unwrap();
    document::ActiveModel {
        delegation_id: Set(d.id),
        filename: Set("nv.pdf".into()),
        content_type: Set("application/pdf".into()),
        size: Set(i32::try_from(PDF.len()).unwrap()),
        content: Set(PDF.to_vec()),
        uploaded_at: Set(app.clock.now()),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .unwrap();

    let salw = app.staff("salw@example.org", Role::Organiser, &["SALW"]).await;
    let base = format!("/organiser/events/{event}");
    for path in [
        format!("{base}/invitations"),
        format!("{base}/invitations/new"),
        format!("{base}/invitations/progress"),
        format!("{base}/invitations/import"),
        format!("{base}/invitations/copy"),
        format!("{base}/delegations"),
        format!("{base}/delegations/{}/note-verbale", d.id),
    ] {
        assert_eq!(salw.get(&path).await.0, 403, "GET {path}");
    }
    let forms: Vec<(String, Vec<(&str, &str)>)> = vec![
        (format!("{base}/invitations"), person_fields("y@example.org", "Y", "Z")),
        (format!("{base}/invitations/copy"), vec![("from_event", "1"), ("what", "invitees")]),
        (format!("{base}/invitations/remind"), vec![]),
        (format!("{base}/invitations/paragraph"), vec![("email_paragraph", "Hello")]),
        (format!("{base}/invitations/{}/resend", inv.id), vec![]),
        (format!("{base}/invitations/{}/revoke", inv.id), vec![]),
        (format!("{base}/invitations/{}/extend", inv.id), vec![("expires_on", "2027-01-01")]),
        (format!("{base}/delegations"), state_fields("GHA", "2", "fp@gh.example.org")),
    ];
    for (path, fields) in forms {
        assert_eq!(salw.post_form(&path, &fields).await.status(), 403, "POST {path}");
    }
    let csv = format!("{HEADER}\ny@example.org,,Y,Z,,,delegate,en\n");
    for path in [format!("{base}/invitations/import"), format!("{base}/invitations/import/confirm")] {
        let (status, _, _) = post_multipart(&app, &salw.browser, &path, &[("csv", None, csv.as_bytes())]).await;
        assert_eq!(status, 403, "POST {path}");
    }
    // The API too.
    let api = format!("/api/v1/events/{event}");
    let person = json!({"email": "y@example.org", "given_name": "Y", "family_name": "Z", "role": "delegate"});
    let state =
        json!({"country": "GHA", "seat_quota": 2, "email": "fp@gh.example.org", "given_name": "K", "family_name": "M"});
    let calls: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, format!("{api}/invitations"), None),
        (Method::GET, format!("{api}/invitations/progress"), None),
        (Method::POST, format!("{api}/invitations"), Some(person)),
        (Method::POST, format!("{api}/invitations/import"), Some(json!({"csv": csv, "confirm": false}))),
        (Method::POST, format!("{api}/invitations/copy"), Some(json!({"from_event": event, "what": "invitees"}))),
        (Method::POST, format!("{api}/invitations/remind"), None),
        (Method::POST, format!("{api}/invitations/{}/resend", inv.id), None),
        (Method::POST, format!("{api}/invitations/{}/revoke", inv.id), None),
        (Method::POST, format!("{api}/invitations/{}/extend", inv.id), Some(json!({"expires_on": "2027-01-01"}))),
        (Method::GET, format!("{api}/delegations"), None),
        (Method::POST, format!("{api}/delegations"), Some(state)),
        (Method::GET, format!("{api}/delegations/{}/nominees", d.id), None),
    ];
    for (method, path, body) in calls {
        assert_eq!(salw.api.send(method.clone(), &path, body).await.0, 403, "{method} {path}");
    }
    // Nothing changed.
    assert_eq!(count_invitations(&app).await, 2);
    assert_eq!(invitation_of(&app, event, "x@example.org").await.token_hash, inv.token_hash);
}

/// A bad API request and what must answer it: the case, the method, path and body, the
/// status and the fields named.
type BadRequest<'a> = (&'a str, Method, String, Option<Value>, u16, &'a [&'a str]);

#[tokio::test]
async fn the_api_mirrors_the_pages() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    let api = &org.api;
    let base = format!("/api/v1/events/{event}");
    let (invitations, import) = (format!("{base}/invitations"), format!("{base}/invitations/import"));
    let person = json!({"email": "Api.Person@Example.org", "title": "Dr.", "given_name": "Api", "family_name": "Person",
        "country": "che", "role": "expert", "language": "fr"});
    let (status, created) = api.post(&invitations, person).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!((created["email"].as_str(), created["role"].as_str()), (Some("api.person@example.org"), Some("expert")));
    assert!(matches!(created["state"].as_str(), Some("queued" | "sent")), "{created}");
    assert!(created.get("token_hash").is_none());
    let id = created["id"].as_i64().unwrap();

    // Bad input names every field, in the form's order; a person already invited is a clash
    // with the invitation on record (409), named; nothing is saved.
    let before = count_invitations(&app).await;
    let again =
        json!({"email": "api.person@example.org", "given_name": "Api", "family_name": "Person", "role": "expert"});
    let bad_person = json!({"email": "nope", "given_name": "", "family_name": "X", "role": "king", "language": "de", "country": "12"});
    let bad_state = json!({"country": "", "seat_quota": 0, "email": "x", "given_name": "S", "family_name": "S"});
    let cases: Vec<BadRequest> = vec![
        ("a person already invited", Method::POST, invitations.clone(), Some(again), 409, &["email"]),
        (
            "bad fields",
            Method::POST,
            invitations.clone(),
            Some(bad_person),
            422,
            &["email", "given_name", "country", "role", "language"],
        ),
        ("a number for an address", Method::POST, invitations.clone(), Some(json!({"email": 5})), 422, &["body"]),
        ("a CSV without its columns", Method::POST, import.clone(), Some(json!({"csv": "just,two\n"})), 422, &["csv"]),
        ("an unknown state", Method::GET, format!("{invitations}?state=lost"), None, 422, &["state"]),
        (
            "a thirteenth month",
            Method::POST,
            format!("{invitations}/{id}/extend"),
            Some(json!({"expires_on": "2026-13-01"})),
            422,
            &["expires_on"],
        ),
        ("an unknown invitation", Method::POST, format!("{invitations}/999999/resend"), None, 404, &[]),
        (
            "a State without its fields",
            Method::POST,
            format!("{base}/delegations"),
            Some(bad_state),
            422,
            &["country", "email", "seat_quota"],
        ),
    ];
    for (case, method, path, body, status, named) in cases {
        let (s, v) = api.send(method, &path, body).await;
        assert_eq!((s, fields_of(&v)), (status, named.iter().map(|f| f.to_string()).collect()), "{case}: {v}");
    }
    assert_eq!(count_invitations(&app).await, before);

    // Import: the preview saves nothing and names each row's problems.
    let csv = format!(
        "{HEADER}\nok@example.org,,Ok,Row,,TGO,trainee,en\nbad,,Bad,Row,,TGO,trainee,en\napi.person@example.org,,Api,Person,,,expert,en\n"
    );
    let (status, preview) = api.post(&import, json!({"csv": csv, "confirm": false})).await;
    assert_eq!(status, 200, "{preview}");
    assert_eq!(preview["confirmed"], false);
    assert_eq!(preview["rows"].as_array().unwrap().len(), 1);
    assert_eq!(preview["errors"][0]["line"], 3);
    assert_eq!(preview["errors"][0]["problems"][0]["code"], "bad_email");
    assert_eq!(preview["errors"][0]["problems"][0]["field"], "email");
    assert_eq!(preview["errors"][1]["line"], 4);
    assert_eq!(preview["errors"][1]["problems"][0]["code"], "already_invited");
    assert_eq!(count_invitations(&app).await, before);
    let (status, done) = api.post(&import, json!({"csv": csv, "confirm": true})).await;
    assert_eq!(status, 201);
    assert_eq!((done["created"].as_u64(), done["skipped"].as_u64()), (Some(1), Some(2)));

    // List and filter.
    let (status, list) = api.get(&invitations).await;
    assert_eq!(status, 200);
    assert_eq!(list["total"], 2);
    assert_eq!(list["items"][0]["email"], "ok@example.org");
    assert_eq!(api.get(&format!("{invitations}?state=revoked")).await.1["total"], 0);

    // Resend, extend, revoke, remind.
    smtp.wait_for_to("api.person@example.org", 1).await;
    let (status, resent) = api.send(Method::POST, &format!("{invitations}/{id}/resend"), None).await;
    assert_eq!(status, 200, "{resent}");
    smtp.wait_for_to("api.person@example.org", 2).await;
    let (status, extended) = api.post(&format!("{invitations}/{id}/extend"), json!({"expires_on": "2027-02-01"})).await;
    assert_eq!(status, 200);
    assert_eq!(extended["expires_at"], "2027-02-01T23:59:59+00:00");
    let (status, reminded) = api.send(Method::POST, &format!("{invitations}/remind"), None).await;
    assert_eq!(status, 200);
    assert_eq!(reminded["reminded"], 2);
    let (status, revoked) = api.send(Method::POST, &format!("{invitations}/{id}/revoke"), None).await;
    assert_eq!(status, 200);
    assert_eq!(revoked["state"], "revoked");
    let (status, body) = api.send(Method::POST, &format!("{invitations}/{id}/resend"), None).await;
    assert_eq!(status, 409);
    assert_eq!(body["error"], "conflict");

    // Delegations and nominees.
    let nepal = |email: &str| json!({"country": "NPL", "seat_quota": 2, "email": email, "given_name": "Sita", "family_name": "Sharma"});
    let (status, d) = api.post(&format!("{base}/delegations"), nepal("fp@np.example.org")).await;
    assert_eq!(status, 201, "{d}");
    assert_eq!(
        (d["country_name"].as_str(), d["regional_group"].as_str(), d["nominated"].as_u64()),
        (Some("Nepal"), Some("Asia-Pacific States"), Some(0))
    );
    // A State already invited: a clash with its delegation (409), named.
    let (status, body) = api.post(&format!("{base}/delegations"), nepal("fp2@np.example.org")).await;
    assert_eq!((status, fields_of(&body)), (409, vec!["country".to_owned()]));
    let link = smtp.wait_for_to("fp@np.example.org", 1).await.remove(0).path("/n/");
    let focal = app.new_browser();
    app.get(&focal, &link).await;
    let nominee: [(&str, Option<&str>, &[u8]); 4] = [
        ("given_name_1", None, b"Ram"),
        ("family_name_1", None, b"Thapa"),
        ("email_1", None, b"ram@np.example.org"),
        ("head", None, b"1"),
    ];
    assert_eq!(post_multipart(&app, &focal, &link, &nominee).await.0, 303);
    let did = d["id"].as_i64().unwrap();
    let (status, nominees) = api.get(&format!("{base}/delegations/{did}/nominees")).await;
    assert_eq!(status, 200);
    assert_eq!(nominees["items"][0]["email"], "ram@np.example.org");
    assert_eq!(nominees["items"][0]["head_of_delegation"], true);
    let (status, list) = api.get(&format!("{base}/delegations")).await;
    assert_eq!(status, 200);
    assert_eq!(list[0]["nominated"], 1);
    assert_eq!(list[0]["focal_point"]["email"], "fp@np.example.org");

    // Every handler is in the OpenAPI document.
    let (_, doc) = api.get("/api/v1/openapi.json").await;
    for path in [
        "/api/v1/events/{id}/invitations",
        "/api/v1/events/{id}/invitations/progress",
        "/api/v1/events/{id}/invitations/import",
        "/api/v1/events/{id}/invitations/copy",
        "/api/v1/events/{id}/invitations/remind",
        "/api/v1/events/{id}/invitations/{invitation_id}/resend",
        "/api/v1/events/{id}/invitations/{invitation_id}/revoke",
        "/api/v1/events/{id}/invitations/{invitation_id}/extend",
        "/api/v1/events/{id}/delegations",
        "/api/v1/events/{id}/delegations/{delegation_id}/nominees",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing from OpenAPI");
    }
}

#[tokio::test]
async fn the_organisers_paragraph_goes_into_invitations_escaped() {
    let smtp = SmtpServer::start();
    let (_app, org, event) = setup(&smtp).await;
    let paragraph = "Travel is funded by the <EU> & partners.";
    let r = org
        .post_form(&format!("/organiser/events/{event}/invitations/paragraph"), &[("email_paragraph", paragraph)])
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(invite(&org, event, "para@example.org", "Para").await.status(), 303);
    let mail = smtp.wait_for_to("para@example.org", 1).await.remove(0);
    assert!(mail.text.contains(paragraph));
    assert!(mail.html.contains("Travel is funded by the &lt;EU&gt; &amp; partners."));
    let r = org
        .post_form(
            &format!("/organiser/events/{event}/invitations/paragraph"),
            &[("email_paragraph", &"x".repeat(2001))],
        )
        .await;
    assert_eq!(r.status(), 422);
}

/// Inviting 10,000 people from CSV queues them all in one transaction (the bulk path). The
/// time is printed (`--nocapture`), never asserted; `bench/registrations.sh` measures it on a
/// release build.
#[tokio::test]
async fn ten_thousand_invitations_from_csv() {
    let app = TestApp::spawn().await;
    let org = app.organiser_at("bulk@example.org").await;
    let event = app.event(&org.browser).create().await;
    let mut csv = String::from(HEADER);
    csv.push('\n');
    for i in 0..10_000 {
        csv.push_str(&format!(
            "person{i}@example.org,Ms.,Given{i},Family{i},Ministry,TGO,delegate,{}\n",
            if i % 3 == 0 { "fr" } else { "en" }
        ));
    }
    let started = std::time::Instant::now();
    let (status, to, _) = post_multipart(
        &app,
        &org.browser,
        &format!("/organiser/events/{event}/invitations/import/confirm"),
        &[("csv", None, csv.as_bytes())],
    )
    .await;
    let elapsed = started.elapsed();
    assert_eq!(status, 303);
    assert!(to.ends_with("n=10000&skipped=0"), "{to}");
    assert_eq!(count_outbox(&app).await, 10_000);
    println!("10,000 invitations queued in {:.2} s", elapsed.as_secs_f64());
    let outbox = outbox_message::Entity::find()
        .order_by_asc(outbox_message::Column::Id)
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    assert!(outbox.invitation_id.is_some());
}

#[tokio::test]
async fn nobody_is_invited_to_a_cancelled_or_finished_event() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    let other = app.event(&org.browser).create().await;
    assert_eq!(org.post_form(&format!("/organiser/events/{other}/cancel"), &[]).await.status(), 303);
    let r = invite(&org, other, "late@example.org", "Late").await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("cancelled"));
    // After the last day, the links would be born expired.
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 11, 9, 0, 0).unwrap());
    app.sign_in(&org.browser, &org.email).await;
    let r = invite(&org, event, "late@example.org", "Late").await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("This event is over"));
    let (status, _, _) = post_multipart(
        &app,
        &org.browser,
        &format!("/organiser/events/{event}/invitations/import"),
        &[("csv", None, format!("{HEADER}\nlate@example.org,,L,M,,,delegate,en\n").as_bytes())],
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(count_invitations(&app).await, 0);
}

/// The `<select>` named `name` in a page, from its tag to its end.
fn select_in<'a>(page: &'a str, name: &str) -> &'a str {
    let start = page.find(&format!("<select id=\"{name}\"")).unwrap_or_else(|| panic!("no {name} select"));
    &page[start..start + page[start..].find("</select>").unwrap()]
}

#[tokio::test]
async fn the_state_of_a_new_delegation_is_chosen_never_preselected() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    let path = format!("/organiser/events/{event}/delegations");
    let (_, page) = org.get(&path).await;
    let state = select_in(&page, "country");
    assert!(state.contains("<option value=\"\">Choose…</option>") && !state.contains(" selected"), "{state}");
    assert!(select_in(&page, "language").contains("value=\"en\" selected"), "a real default stays chosen");
    // The form sent without choosing a State is refused, naming the field; nothing is saved.
    let r = org.post_form(&path, &state_fields("", "2", "focal@mission.example.org")).await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("href=\"#country\"") && page.contains("id=\"country-error\""), "{page}");
    assert_eq!(delegation::Entity::find().count(&app.state.db.read).await.unwrap(), 0);
}

/// The plan of `statement` as text, one line per step (EXPLAIN on the database in use).
async fn plan_of(app: &TestApp, statement: sea_orm::Statement) -> String {
    use sea_orm::ConnectionTrait;
    let postgres = statement.db_backend == sea_orm::DbBackend::Postgres;
    let explain = sea_orm::Statement {
        sql: format!("{} {}", if postgres { "EXPLAIN" } else { "EXPLAIN QUERY PLAN" }, statement.sql),
        ..statement
    };
    let rows = app.state.db.read.query_all_raw(explain).await.unwrap();
    let column = if postgres { "QUERY PLAN" } else { "detail" };
    rows.iter().map(|r| r.try_get::<String>("", column).unwrap()).collect::<Vec<_>>().join("\n")
}

#[tokio::test]
async fn the_already_invited_check_looks_up_each_address_and_never_reads_the_whole_event() {
    let smtp = SmtpServer::start();
    let (app, org, event) = setup(&smtp).await;
    let rows: String = (0..300).map(|i| format!("p{i}@example.org,,P,Number {i},,TGO,delegate,en\n")).collect();
    let import = json!({"csv": format!("{HEADER}\n{rows}"), "confirm": true});
    let (status, done) = org.api.post(&format!("/api/v1/events/{event}/invitations/import"), import).await;
    assert_eq!((status, done["created"].as_u64()), (201, Some(300)), "{done}");

    // Planned on tables never analysed, as after a first import: the check must go from the
    // addresses to their invitations by the (event, person, kind) key, whatever the event holds.
    let emails: Vec<String> = (0..50).map(|i| format!("p{}@example.org", i * 5)).collect();
    let query = convene::invitations::rules::already_invited_query(app.state.db.backend(), event, &emails);
    let plan = plan_of(&app, query).await;
    if app.state.db.backend() == sea_orm::DbBackend::Postgres {
        assert!(!plan.contains("Seq Scan on invitations"), "{plan}");
        assert!(plan.contains("idx_invitations_event_person_kind"), "{plan}");
        assert!(plan.contains("person_id = people.id"), "{plan}");
    } else {
        assert!(!plan.lines().any(|l| l.starts_with("SCAN invitations")), "{plan}");
        assert!(plan.contains("idx_invitations_event_person_kind (event_id=? AND person_id=? AND kind=?)"), "{plan}");
    }

    // And it answers which of them are invited.
    use sea_orm::ConnectionTrait;
    let mut asked = emails.clone();
    asked.push("nobody@example.org".to_owned());
    let query = convene::invitations::rules::already_invited_query(app.state.db.backend(), event, &asked);
    let mut found: Vec<String> = app
        .state
        .db
        .read
        .query_all_raw(query)
        .await
        .unwrap()
        .iter()
        .map(|r| r.try_get::<String>("", "email").unwrap())
        .collect();
    found.sort();
    let mut expected = emails;
    expected.sort();
    assert_eq!(found, expected);
}
