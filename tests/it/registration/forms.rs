//! The registration forms: required selects start on an empty choice and are refused empty;
//! "prefer not to say" is a gender of its own in reports; the confirmation speaks of approval
//! only where there is one; and registering someone by hand after the event sends no calendar
//! invitation, and an email only if the organiser asks.

use chrono::{TimeZone, Utc};
use convene::domain::{Gender, RegistrationState};
use convene::entities::{outbox_message, registration};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::registration_of;
use crate::helpers::{TestApp, invite};
use crate::support::factories::participants::{changed, registration_form};

/// The `<select>` named `name` in a page, from its tag to its end.
pub fn select<'a>(page: &'a str, name: &str) -> &'a str {
    let start = page.find(&format!("<select id=\"{name}\"")).unwrap_or_else(|| panic!("no {name} select in {page}"));
    let end = start + page[start..].find("</select>").unwrap();
    &page[start..end]
}

/// Checks that a required select starts on the empty "Choose…" option, with nothing chosen.
pub fn starts_empty(page: &str, name: &str) {
    let select = select(page, name);
    let first = select.find("<option").unwrap();
    assert!(select[first..].starts_with("<option value=\"\">Choose…</option>"), "{select}");
    assert!(!select.contains(" selected"), "nothing is chosen for the person: {select}");
}

/// The emails queued for registration `id`.
async fn emails_of(app: &TestApp, id: i32) -> Vec<outbox_message::Model> {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::RegistrationId.eq(id))
        .all(&app.state.db.read)
        .await
        .unwrap()
}

#[tokio::test]
async fn gender_starts_empty_on_every_registration_form_and_is_refused_empty() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).published().create().await;
    let token = invite(&app, event_id, "amina@example.org", None).await;
    let browser = app.new_browser();
    let (_, page) = app.get(&browser, &format!("/i/{token}")).await;
    starts_empty(&page, "gender");
    let (_, page) = org.get(&format!("/organiser/events/{event_id}/registrations/new")).await;
    starts_empty(&page, "gender");
    assert!(select(&page, "role").contains("value=\"delegate\" selected"), "a real default stays chosen");
    let (_, page) = org.get(&format!("/checkin/events/{event_id}/walk-in")).await;
    starts_empty(&page, "gender");
    let open_event = app.event(&org.browser).open_registration().published().create().await;
    app.post_form(&browser, &format!("/events/{open_event}/register"), &[("email", "open@example.org")]).await;
    let check = outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq("open@example.org"))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    let at = check.text_body.find("/v/").unwrap();
    let verify = check.text_body[at..].split_whitespace().next().unwrap().to_owned();
    let (_, page) = app.get(&browser, &verify).await;
    starts_empty(&page, "gender");

    // The form sent as it arrived (gender untouched) is refused, naming the field.
    let untouched = changed(registration_form("Amina"), "gender", "");
    let r = app.post_fields(&browser, &format!("/i/{token}"), &untouched).await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("href=\"#gender\"") && page.contains("id=\"gender-error\""), "{page}");
    let r = org
        .post_fields(&format!("/organiser/events/{event_id}/registrations"), &{
            let mut f = untouched.clone();
            f.push(("email", "hand@example.org".into()));
            f
        })
        .await;
    assert_eq!(r.status(), 422);
    assert_eq!(registration::Entity::find().count(&app.state.db.read).await.unwrap(), 0);
}

#[tokio::test]
async fn prefer_not_to_say_is_recorded_and_counted_as_its_own_answer() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).published().create().await;
    let token = invite(&app, event_id, "quiet@example.org", None).await;
    let browser = app.new_browser();
    let (_, page) = app.get(&browser, &format!("/i/{token}")).await;
    assert!(select(&page, "gender").contains("<option value=\"undisclosed\">Prefer not to say</option>"));
    let f = changed(registration_form("Quiet"), "gender", "undisclosed");
    assert_eq!(app.post_fields(&browser, &format!("/i/{token}"), &f).await.status(), 303);
    assert_eq!(registration_of(&app, event_id, "quiet@example.org").await.gender, Gender::Undisclosed);
    // The API takes the same answer.
    let body = serde_json::json!({"email": "api@example.org", "given_name": "Api", "family_name": "Person", "gender": "undisclosed"});
    assert_eq!(org.api.post(&format!("/api/v1/events/{event_id}/registrations"), body).await.0, 201);
    // Reports count it under its own label, not as a woman or a man.
    let (status, report) = org.get(&format!("/organiser/events/{event_id}/report")).await;
    assert_eq!(status, 200);
    assert!(report.contains("Prefer not to say"), "{report}");
    let (_, list) = org.get(&format!("/organiser/events/{event_id}/registrations")).await;
    assert!(list.contains("Prefer not to say"));
}

#[tokio::test]
async fn the_confirmation_speaks_of_approval_only_where_there_is_one() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    // No approval step: confirmed at once, and nothing says "approved".
    let open = app.event(&org.browser).published().create().await;
    app.register_invitee(open, "direct@example.org", "Direct").await;
    let direct = registration_of(&app, open, "direct@example.org").await;
    let emails = emails_of(&app, direct.id).await;
    assert_eq!(emails.len(), 1);
    assert!(emails[0].subject.starts_with("Registration confirmed"));
    assert!(emails[0].text_body.contains("Your registration for the event below is confirmed."));
    assert!(!emails[0].text_body.contains("approved") && !emails[0].html_body.contains("approved"));
    // With an approval step, the confirmation follows the secretariat's approval and says so.
    let vetted = app.event(&org.browser).approval().published().create().await;
    app.register_invitee(vetted, "vetted@example.org", "Vetted").await;
    let pending = registration_of(&app, vetted, "vetted@example.org").await;
    let r = org
        .post_form(
            &format!("/organiser/events/{vetted}/registrations/move"),
            &[("id", &pending.id.to_string()), ("action", "approve")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let emails = emails_of(&app, pending.id).await;
    let confirmed = emails.iter().find(|m| m.subject.starts_with("Registration confirmed")).unwrap();
    assert!(confirmed.text_body.contains("has been approved"));
}

#[tokio::test]
async fn registering_by_hand_after_the_event_sends_no_calendar_and_emails_only_if_asked() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).published().create().await;
    let new = format!("/organiser/events/{event_id}/registrations/new");
    let add = format!("/organiser/events/{event_id}/registrations");
    let by_hand = |email: &str, notify: bool| {
        let mut f = registration_form("Hand");
        f.push(("email", email.to_owned()));
        f.push(("notify_asked", "1".into()));
        if notify {
            f.push(("notify", "on".into()));
        }
        f
    };
    // Before the event: the box is ticked, and the confirmation carries the calendar entry.
    let (_, page) = org.get(&new).await;
    assert!(page.contains("name=\"notify\" type=\"checkbox\" checked"), "{page}");
    assert_eq!(org.post_fields(&add, &by_hand("before@example.org", true)).await.status(), 303);
    let before = registration_of(&app, event_id, "before@example.org").await;
    let emails = emails_of(&app, before.id).await;
    assert!(emails.len() == 1 && emails[0].calendar_attachment.is_some());

    // After it ended (10 December in Lomé): the box starts unticked.
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 11, 9, 0, 0).unwrap());
    app.sign_in(&org.browser, &org.email).await;
    let (_, page) = org.get(&new).await;
    assert!(page.contains("name=\"notify\" type=\"checkbox\">"), "{page}");
    assert!(page.contains("This event has ended"));
    // Left unticked: recorded, and nobody is written to.
    assert_eq!(org.post_fields(&add, &by_hand("quiet@example.org", false)).await.status(), 303);
    let quiet = registration_of(&app, event_id, "quiet@example.org").await;
    assert_eq!(quiet.state, RegistrationState::Confirmed);
    assert!(emails_of(&app, quiet.id).await.is_empty());
    // Ticked: the email goes, without an invitation to past dates.
    assert_eq!(org.post_fields(&add, &by_hand("told@example.org", true)).await.status(), 303);
    let told = registration_of(&app, event_id, "told@example.org").await;
    let emails = emails_of(&app, told.id).await;
    assert!(emails.len() == 1 && emails[0].calendar_attachment.is_none());

    // The API: `notify` defaults to no after the event, and never attaches a calendar then.
    for (email, notify, emailed) in [
        ("api-default@example.org", None, 0),
        ("api-yes@example.org", Some(true), 1),
        ("api-no@example.org", Some(false), 0),
    ] {
        let mut body =
            serde_json::json!({"email": email, "given_name": "Api", "family_name": "Person", "gender": "man"});
        if let Some(n) = notify {
            body["notify"] = n.into();
        }
        let r = org.api.post(&add.replace("/organiser/", "/api/v1/"), body).await;
        assert_eq!(r.0, 201, "{email}: {}", r.1);
        let id = registration_of(&app, event_id, email).await.id;
        let emails = emails_of(&app, id).await;
        assert_eq!(emails.len(), emailed, "{email}");
        assert!(emails.iter().all(|m| m.calendar_attachment.is_none()));
    }
    let doc: serde_json::Value =
        app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    let schema = &doc["components"]["schemas"]["ManualRegistration"]["properties"]["notify"];
    assert!(schema.is_object(), "notify is documented: {}", doc["components"]["schemas"]["ManualRegistration"]);
}
