//! No required select is chosen for the person filling in a form: each form's required
//! selects start on the empty "Choose…" option, and a form sent with one left on it is refused
//! with the error naming the field (by its label, linked to it), with nothing saved. Selects
//! with a real default (an event's date precision and registration mode, a session's kind, the
//! language of the emails, a role) arrive on it, visibly; the server applies the same default.

use convene::domain::Role;
use convene::entities::{donor, event_session, invitation, registration, user};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::{TestApp, create_event, event_fields, invite};

/// The required selects of `page`, each with whether it starts on the empty choice.
fn required_selects(page: &str) -> Vec<(String, bool)> {
    page.match_indices("<select ")
        .filter_map(|(at, _)| {
            let select = &page[at..at + page[at..].find("</select>").unwrap()];
            let tag = &select[..select.find('>').unwrap()];
            if !tag.contains(" required") {
                return None;
            }
            let name = tag.split("name=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
            let empty_first = select.contains("<option value=\"\">Choose…</option>") && !select.contains(" selected");
            Some((name, empty_first))
        })
        .collect()
}

/// Asserts that a refused form (`status`, `body`) names `field` by `label` in its summary.
fn names(status: u16, body: &str, field: &str, label: &str) {
    assert_eq!(status, 422, "{body}");
    let link = format!("<a href=\"#{field}\">{label}: ");
    assert!(body.contains(&link), "the summary should say {link}…\n{body}");
    assert!(body.contains(&format!("id=\"{field}-error\"")), "the field shows its error too");
}

async fn post(app: &TestApp, client: &reqwest::Client, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let r = app.post_form(client, path, fields).await;
    (r.status().as_u16(), r.text().await.unwrap())
}

/// `fields` with `name` set to `value` (added when absent).
fn with<'a>(fields: &[(&'a str, &'a str)], name: &'a str, value: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = fields.iter().filter(|(k, _)| *k != name).copied().collect();
    out.push((name, value));
    out
}

struct Office {
    app: TestApp,
    organiser: reqwest::Client,
    event: i32,
}

async fn office() -> Office {
    let app = TestApp::spawn().await;
    let organiser = app.signed_in("organiser@example.org", Role::Organiser, &["1540", "SALW"]).await;
    let event = create_event(&app, &organiser, &event_fields("1540")).await;
    assert_eq!(app.post_form(&organiser, &format!("/organiser/events/{event}/publish"), &[]).await.status(), 303);
    Office { app, organiser, event }
}

#[tokio::test]
async fn the_event_form_refuses_an_unchosen_kind_or_unit() {
    let o = office().await;
    let (_, page) = o.app.get(&o.organiser, "/organiser/events/new").await;
    for (name, empty) in required_selects(&page) {
        // The date precision, registration mode and original language (English) have a real
        // default, shown as chosen.
        assert!(
            empty || ["date_precision", "registration_mode", "original_language"].contains(&name.as_str()),
            "{name} is preselected"
        );
    }
    let fields: Vec<(&str, String)> = event_fields("1540");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, body) = post(&o.app, &o.organiser, "/organiser/events", &with(&pairs, "kind", "")).await;
    names(status, &body, "kind", "Kind");
    let (status, body) = post(&o.app, &o.organiser, "/organiser/events", &with(&pairs, "unit", "")).await;
    names(status, &body, "unit", "Organising unit");
    // The session form starts on a plenary, its real default, shown as chosen.
    let (_, page) = o.app.get(&o.organiser, &format!("/organiser/events/{}", o.event)).await;
    assert!(page.contains("<option value=\"plenary\" selected>"), "{page}");
    // Sent without a title, the session is refused naming the title by its label.
    let session = [("kind", "plenary"), ("date", "2026-12-08"), ("start_time", "09:00"), ("end_time", "10:00")];
    let path = format!("/organiser/events/{}/sessions", o.event);
    let (status, body) = post(&o.app, &o.organiser, &path, &with(&session, "title", "")).await;
    names(status, &body, "title", "Session title");
    assert_eq!(event_session::Entity::find().count(&o.app.state.db.read).await.unwrap(), 0);
}

#[tokio::test]
async fn the_invitation_forms_refuse_an_unchosen_role_or_source() {
    let o = office().await;
    let base = format!("/organiser/events/{}/invitations", o.event);
    let person = [
        ("email", "kofi@example.org"),
        ("given_name", "Kofi"),
        ("family_name", "Mensah"),
        ("role", "delegate"),
        ("language", "en"),
    ];
    let (status, body) = post(&o.app, &o.organiser, &base, &with(&person, "role", "")).await;
    names(status, &body, "role", "Role");
    assert_eq!(invitation::Entity::find().count(&o.app.state.db.read).await.unwrap(), 0);
    // Copying people: the earlier event is chosen, never preselected.
    let (_, page) = o.app.get(&o.organiser, &format!("{base}/copy")).await;
    assert!(required_selects(&page).contains(&("from_event".to_owned(), true)), "{page}");
    let copy = format!("{base}/copy");
    let (status, body) = post(&o.app, &o.organiser, &copy, &[("from_event", ""), ("what", "participants")]).await;
    names(status, &body, "from_event", "Earlier event");
    // A delegation's State (its language of the emails has a real default).
    let (_, page) = o.app.get(&o.organiser, &format!("/organiser/events/{}/delegations", o.event)).await;
    assert!(required_selects(&page).contains(&("country".to_owned(), true)), "{page}");
    let delegation = [
        ("country", ""),
        ("seat_quota", "2"),
        ("email", "focal@mission.example.org"),
        ("given_name", "Kabo"),
        ("family_name", "Molefe"),
        ("language", "en"),
    ];
    let path = format!("/organiser/events/{}/delegations", o.event);
    let (status, body) = post(&o.app, &o.organiser, &path, &delegation).await;
    names(status, &body, "country", "State");
}

#[tokio::test]
async fn registration_forms_and_the_desk_refuse_an_unchosen_gender() {
    let o = office().await;
    let person = [("given_name", "Amina"), ("family_name", "Diallo"), ("consent", "on")];
    // Through an invitation link.
    let token = invite(&o.app, o.event, "amina@example.org", None).await;
    let visitor = o.app.new_browser();
    let (_, page) = o.app.get(&visitor, &format!("/i/{token}")).await;
    assert_eq!(required_selects(&page), [("gender".to_owned(), true)]);
    let (status, body) = post(&o.app, &visitor, &format!("/i/{token}"), &with(&person, "gender", "")).await;
    names(status, &body, "gender", "Gender");
    // At the desk, registering someone at the door.
    let walk_in = format!("/checkin/events/{}/walk-in", o.event);
    let door = with(&with(&person, "email", "door@example.org"), "key", "walk-in-0001");
    let (status, body) = post(&o.app, &o.organiser, &walk_in, &with(&door, "gender", "")).await;
    names(status, &body, "gender", "Gender");
    assert_eq!(registration::Entity::find().count(&o.app.state.db.read).await.unwrap(), 0);
    // The bulk move of the registration list has no preselected action either.
    let (_, page) = o.app.get(&o.organiser, &format!("/organiser/events/{}/registrations", o.event)).await;
    assert!(!page.contains("<option value=\"approve\" selected"), "{page}");
    let moved = format!("/organiser/events/{}/registrations/move", o.event);
    let (status, body) = post(&o.app, &o.organiser, &moved, &[("id", "1"), ("action", "")]).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("<code>action</code>: This field is required."), "{body}");
}

#[tokio::test]
async fn the_funding_and_account_forms_refuse_an_unchosen_kind_category_contribution_or_role() {
    let o = office().await;
    let (_, page) = o.app.get(&o.organiser, "/organiser/donors").await;
    assert_eq!(required_selects(&page), [("kind".to_owned(), true)]);
    let (status, body) = post(&o.app, &o.organiser, "/organiser/donors", &[("name", "Norway"), ("kind", "")]).await;
    names(status, &body, "kind", "Kind of donor");
    assert_eq!(donor::Entity::find().count(&o.app.state.db.read).await.unwrap(), 0);
    // An event's funding: which contribution, and which budget line.
    let funding = format!("/organiser/events/{}/funding", o.event);
    let (_, page) = o.app.get(&o.organiser, &funding).await;
    let selects = required_selects(&page);
    assert!(selects.iter().all(|(_, empty)| *empty) && selects.len() == 2, "{selects:?}");
    let allocate = format!("{funding}/allocations");
    let (status, body) = post(&o.app, &o.organiser, &allocate, &[("contribution_id", ""), ("amount", "100")]).await;
    names(status, &body, "contribution_id", "Contribution");
    let budget = format!("{funding}/budget");
    let (status, body) = post(&o.app, &o.organiser, &budget, &[("category", ""), ("planned", "100")]).await;
    names(status, &body, "category", "Category");
    // A new staff account's role.
    let admin = o.app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let (_, page) = o.app.get(&admin, "/admin/users").await;
    assert_eq!(required_selects(&page), [("role".to_owned(), true)]);
    let before = user::Entity::find().count(&o.app.state.db.read).await.unwrap();
    let (status, body) = post(&o.app, &admin, "/admin/users", &[("email", "new@example.org"), ("role", "")]).await;
    names(status, &body, "role", "Role");
    assert_eq!(user::Entity::find().count(&o.app.state.db.read).await.unwrap(), before);
}
