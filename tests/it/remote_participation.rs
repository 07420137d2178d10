//! Remote participation (issue 22): a session's remote link reaches confirmed participants only
//! (their manage page, the calendar file of their confirmation, their download and private
//! feed), never the public page, the public calendars, a waiting-list registration or the
//! public side of the API; a bad link is refused; where the event allows remote attendance the
//! registration form asks "In person / Remotely" and refuses an empty choice; reports count
//! each mode, and the registrations list and its export say how each person attends.

use convene::entities::{event_session, registration};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, invite, location};
use crate::smtp::SmtpServer;
use crate::support::factories::participants::{changed, registration_form};
use crate::support::factories::staff::Staff;

/// The remote link of the opening session.
const LINK: &str = "https://webinar.example.org/j/opening-1540";

/// A published workshop (Lomé, 8–10 December 2026) with `seats` seats that allows remote
/// attendance, whose opening session has [`LINK`] and whose lunch has none.
async fn hybrid_event(app: &TestApp, org: &Staff, seats: usize) -> i32 {
    let id = app.event(&org.browser).capacity(seats).set("remote_attendance", "on").create().await;
    for (title, start, end, link) in [("Opening", "09:00", "10:00", LINK), ("Lunch", "12:00", "13:00", "")] {
        let fields = [
            ("title", title),
            ("kind", "plenary"),
            ("date", "2026-12-08"),
            ("start_time", start),
            ("end_time", end),
            ("room", "Salle 1"),
            ("remote_url", link),
        ];
        let r = app.post_form(&org.browser, &format!("/organiser/events/{id}/sessions"), &fields).await;
        assert_eq!(r.status(), 303, "session {title} refused");
    }
    assert_eq!(app.post_form(&org.browser, &format!("/organiser/events/{id}/publish"), &[]).await.status(), 303);
    id
}

/// Registers `email` through an invitation link, attending as `mode`; the manage path.
async fn register(app: &TestApp, event: i32, email: &str, mode: &str) -> String {
    let token = invite(app, event, email, None).await;
    let form = changed(registration_form("Amina"), "attendance_mode", mode);
    let r = app.post_fields(&app.new_browser(), &format!("/i/{token}"), &form).await;
    assert_eq!(r.status(), 303, "the registration of {email} was refused");
    location(&r)
}

/// A calendar file with its folded lines joined again.
fn unfolded(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

async fn text(app: &TestApp, client: &reqwest::Client, path: &str) -> String {
    let (status, body) = app.get(client, path).await;
    assert_eq!(status, 200, "{path}");
    body
}

/// The private feed path offered to the holder of manage link `manage`.
async fn private_feed(app: &TestApp, manage: &str) -> String {
    let r = app.post_form(&app.new_browser(), &format!("{manage}/calendar-feed"), &[]).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    let start = page.find("/calendar/private/").expect("the feed link is shown");
    page[start..].chars().take_while(|c| *c != '"' && *c != '<').collect()
}

#[tokio::test]
async fn the_remote_link_reaches_confirmed_participants_only() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let id = hybrid_event(&app, &org, 1).await;
    let public = app.new_browser();

    // The public page says remote attendance is offered, never the link; nor do the public
    // calendars or the timetable.
    let page = text(&app, &public, &format!("/events/{id}")).await;
    assert!(page.contains("In person or remotely"), "the public page says remote attendance is offered");
    for path in [
        format!("/events/{id}"),
        format!("/events/{id}/calendar.ics"),
        format!("/events/{id}/timetable"),
        "/calendar/events.ics".to_owned(),
        "/calendar/programmes/1540/events.ics".to_owned(),
        "/calendar/units/UNREC/events.ics".to_owned(),
    ] {
        assert!(!unfolded(&text(&app, &public, &path).await).contains("webinar.example.org"), "{path}");
    }

    // The first registration takes the seat: the link is on the manage page and in the
    // confirmation's calendar file, its download and the private feed.
    let confirmed = register(&app, id, "amina@example.org", "remote").await;
    let page = text(&app, &app.new_browser(), &confirmed).await;
    assert!(page.contains(&format!("href=\"{LINK}\"")), "the manage page links the session");
    assert!(page.contains("Remote participation"));
    let mail = smtp.wait_for_to("amina@example.org", 1).await.remove(0);
    let (method, ics) = mail.calendar.expect("the confirmation carries a calendar file");
    assert_eq!(method, "REQUEST");
    crate::support::ics::validate(&ics);
    let ics = unfolded(&ics);
    assert!(ics.contains(&format!("URL:{LINK}\r\n")), "the session's URL is the remote link");
    assert!(ics.contains(&format!("CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO:{LINK}\r\n")));
    assert!(ics.contains(&format!("\\n{LINK}\r\n")), "and its description names it");
    assert_eq!(ics.matches("webinar.example.org").count(), 3, "the lunch has no link");
    let download = unfolded(&text(&app, &app.new_browser(), &format!("{confirmed}/event.ics")).await);
    assert!(download.contains(LINK));
    let feed = private_feed(&app, &confirmed).await;
    assert!(unfolded(&text(&app, &app.new_browser(), &feed).await).contains(LINK));

    // The second waits for a seat: no link anywhere it can look.
    let waiting = register(&app, id, "waiting@example.org", "in_person").await;
    let page = text(&app, &app.new_browser(), &waiting).await;
    assert!(page.contains("waiting list"), "{page}");
    assert!(!page.contains("webinar.example.org"));
    let download = unfolded(&text(&app, &app.new_browser(), &format!("{waiting}/event.ics")).await);
    assert!(!download.contains("webinar.example.org"));
    let feed = private_feed(&app, &waiting).await;
    assert!(!unfolded(&text(&app, &app.new_browser(), &feed).await).contains("webinar.example.org"));
    let mail = smtp.wait_for_to("waiting@example.org", 1).await.remove(0);
    assert!(!mail.text.contains("webinar.example.org") && !mail.html.contains("webinar.example.org"));
    assert!(mail.calendar.is_none_or(|(_, ics)| !unfolded(&ics).contains("webinar.example.org")));

    // Staff read and write the link through the API; the organiser's schedule marks it.
    let (status, sessions) = org.api.get(&format!("/api/v1/events/{id}/sessions")).await;
    assert_eq!(status, 200);
    let links: Vec<&Value> = sessions.as_array().unwrap().iter().map(|s| &s["remote_url"]).collect();
    assert_eq!(links, [&json!(LINK), &Value::Null]);
    assert!(text(&app, &org.browser, &format!("/organiser/events/{id}")).await.contains("Remote link"));
    let (status, event) = org.api.get(&format!("/api/v1/events/{id}")).await;
    assert_eq!((status, &event["remote_attendance"]), (200, &json!(true)));
}

#[tokio::test]
async fn a_remote_link_must_be_a_full_https_address() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let id = app.event(&org.browser).set("remote_attendance", "on").create().await;
    let path = format!("/organiser/events/{id}/sessions");
    for (bad, says) in [
        ("http://webinar.example.org/j/1", "must start with https://"),
        ("javascript:alert(1)", "Enter a full web address"),
        ("https://", "Enter a full web address"),
        ("https:///j/1", "Enter a full web address"),
        ("https://localhost/j/1", "Enter a full web address"),
        ("webinar.example.org/j/1", "Enter a full web address"),
    ] {
        let fields = [
            ("title", "Opening"),
            ("kind", "plenary"),
            ("date", "2026-12-08"),
            ("start_time", "09:00"),
            ("end_time", "10:00"),
            ("remote_url", bad),
        ];
        let r = app.post_form(&org.browser, &path, &fields).await;
        assert_eq!(r.status(), 422, "{bad}");
        let page = r.text().await.unwrap();
        assert!(page.contains("<a href=\"#remote_url\">Remote link: "), "{bad}: the summary names the field");
        assert!(page.contains(says), "{bad}: {says}");
    }
    // The API refuses the same, naming the field.
    let body = |link: &str| json!({"title": "Opening", "date": "2026-12-08", "start_time": "09:00", "end_time": "10:00", "remote_url": link});
    let (status, answer) = org.api.post(&format!("/api/v1/events/{id}/sessions"), body("javascript:alert(1)")).await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(answer["fields"][0]["field"], "remote_url", "{answer}");
    let count = event_session::Entity::find().filter(event_session::Column::EventId.eq(id)).count(&app.state.db.read);
    assert_eq!(count.await.unwrap(), 0, "nothing was saved");
    // A good link is kept as typed (without the spaces around it).
    let (status, created) = org.api.post(&format!("/api/v1/events/{id}/sessions"), body(&format!(" {LINK} "))).await;
    assert_eq!((status, &created["remote_url"]), (201, &json!(LINK)), "{created}");
}

#[tokio::test]
async fn the_attendance_choice_is_asked_and_required_where_remote_attendance_is_offered() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let id = hybrid_event(&app, &org, 10).await;
    let token = invite(&app, id, "choice@example.org", None).await;
    let browser = app.new_browser();
    let page = text(&app, &browser, &format!("/i/{token}")).await;
    let at = page.find("name=\"attendance_mode\"").expect("the form asks how the person attends");
    let select = &page[at..at + page[at..].find("</select>").unwrap()];
    assert!(select.contains("<option value=\"\">Choose…</option>") && !select.contains(" selected"), "{select}");
    assert!(select.contains("In person") && select.contains("Remotely"));

    // Sent without a choice (or with a made-up one): refused, naming the field; nothing saved.
    for mode in ["", "online"] {
        let form = changed(registration_form("Amina"), "attendance_mode", mode);
        let r = app.post_fields(&browser, &format!("/i/{token}"), &form).await;
        assert_eq!(r.status(), 422, "{mode:?}");
        let page = r.text().await.unwrap();
        assert!(page.contains("<a href=\"#attendance_mode\">How will you attend?: "), "{page}");
    }
    let registrations = registration::Entity::find().filter(registration::Column::EventId.eq(id));
    assert_eq!(registrations.clone().count(&app.state.db.read).await.unwrap(), 0);

    // Chosen: recorded, and shown again on the manage page, where it stays required.
    let form = changed(registration_form("Amina"), "attendance_mode", "remote");
    let r = app.post_fields(&browser, &format!("/i/{token}"), &form).await;
    assert_eq!(r.status(), 303);
    let manage = location(&r);
    let page = text(&app, &browser, &manage).await;
    assert!(page.contains("<option value=\"remote\" selected>"), "the manage page shows the choice");
    let r = app.post_fields(&browser, &manage, &changed(registration_form("Amina"), "attendance_mode", "")).await;
    assert_eq!(r.status(), 422);
    let r =
        app.post_fields(&browser, &manage, &changed(registration_form("Amina"), "attendance_mode", "in_person")).await;
    assert_eq!(r.status(), 200);
    let saved = registrations.one(&app.state.db.read).await.unwrap().unwrap();
    assert_eq!(saved.attendance_mode.as_str(), "in_person");

    // An event without remote attendance does not ask, and records in person.
    let plain = app.event(&org.browser).published().create().await;
    let token = invite(&app, plain, "plain@example.org", None).await;
    assert!(!text(&app, &browser, &format!("/i/{token}")).await.contains("attendance_mode"));
    let r = app.post_fields(&app.new_browser(), &format!("/i/{token}"), &registration_form("Plain")).await;
    assert_eq!(r.status(), 303);
    // A made-up "remote" on such an event is refused.
    let token = invite(&app, plain, "crafted@example.org", None).await;
    let form = changed(registration_form("Crafted"), "attendance_mode", "remote");
    assert_eq!(app.post_fields(&app.new_browser(), &format!("/i/{token}"), &form).await.status(), 422);
}

#[tokio::test]
async fn reports_count_in_person_and_remote_participants() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let id = hybrid_event(&app, &org, 10).await;
    register(&app, id, "r1@example.org", "remote").await;
    register(&app, id, "r2@example.org", "remote").await;
    register(&app, id, "p1@example.org", "in_person").await;
    // The API records an organiser's choice (in person unless said).
    let person = |email: &str, mode: Option<&str>| {
        let mut body = json!({"email": email, "given_name": "Api", "family_name": "Person", "gender": "man"});
        if let Some(mode) = mode {
            body["attendance_mode"] = json!(mode);
        }
        body
    };
    let path = format!("/api/v1/events/{id}/registrations");
    let (status, added) = org.api.post(&path, person("r3@example.org", Some("remote"))).await;
    assert_eq!((status, &added["attendance_mode"]), (201, &json!("remote")), "{added}");
    let (status, added) = org.api.post(&path, person("p2@example.org", None)).await;
    assert_eq!((status, &added["attendance_mode"]), (201, &json!("in_person")), "{added}");
    let (status, bad) = org.api.post(&path, person("p3@example.org", Some("online"))).await;
    assert_eq!(status, 422, "{bad}");

    let (status, report) = org.api.get(&format!("/api/v1/events/{id}/report")).await;
    assert_eq!(status, 200);
    let modes = report["outcomes"]["by_attendance_mode"].as_array().unwrap();
    let row = |code: &str| modes.iter().find(|r| r["code"] == code).unwrap_or_else(|| panic!("{code}: {report}"));
    assert_eq!((&row("remote")["registered"], &row("remote")["confirmed"]), (&json!(3), &json!(3)));
    assert_eq!((&row("in_person")["registered"], &row("in_person")["confirmed"]), (&json!(2), &json!(2)));
    assert_eq!(row("remote")["attended"], 0, "remote participants are not checked in");

    let page = text(&app, &org.browser, &format!("/organiser/events/{id}/report")).await;
    assert!(page.contains("In person or remote") && page.contains("Remotely"));
    assert!(page.contains("Remote participants are not checked in"));
    let csv = text(&app, &org.browser, &format!("/organiser/events/{id}/report.csv")).await;
    assert!(csv.contains("attendance_mode,remote,Remotely,,,3,3,0"), "{csv}");
    assert!(csv.contains("attendance_mode,in_person,In person,,,2,2,0"), "{csv}");
}

#[tokio::test]
async fn the_registrations_list_and_its_export_say_how_each_person_attends() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let id = hybrid_event(&app, &org, 10).await;
    register(&app, id, "remote@example.org", "remote").await;
    register(&app, id, "present@example.org", "in_person").await;

    let page = text(&app, &org.browser, &format!("/organiser/events/{id}/registrations")).await;
    assert_eq!(page.matches("Remotely").count(), 1, "one badge, on the remote participant's row: {page}");
    let row = |email: &str| {
        let at = page.find(email).unwrap_or_else(|| panic!("{email} listed"));
        page[at..].split("</tr>").next().unwrap_or_default().to_owned()
    };
    assert!(row("remote@example.org").contains("Remotely"));
    assert!(!row("present@example.org").contains("Remotely"));

    let csv = text(&app, &org.browser, &format!("/organiser/events/{id}/registrations/export.csv")).await;
    let mut lines = csv.lines();
    assert!(lines.next().unwrap_or_default().ends_with(",registered_at,attendance_mode"), "{csv}");
    let mode =
        |email: &str| csv.lines().find(|l| l.contains(email)).and_then(|l| l.rsplit(',').next()).map(str::to_owned);
    assert_eq!(mode("remote@example.org").as_deref(), Some("remote"), "{csv}");
    assert_eq!(mode("present@example.org").as_deref(), Some("in_person"), "{csv}");
}
