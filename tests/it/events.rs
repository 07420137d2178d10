//! The organiser's event pages: create, edit, clone, publish, cancel, schedule rules and
//! programme authorisation.

use convene::domain::Role;

use crate::helpers::{TestApp, create_event, event_fields, location};
use crate::support::factories::events::NewEvent;

fn with(fields: &[(&'static str, String)], key: &'static str, value: &str) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = fields.iter().filter(|(k, _)| *k != key).cloned().collect();
    out.push((key, value.to_owned()));
    out
}

async fn post(
    app: &TestApp,
    browser: &reqwest::Client,
    path: &str,
    fields: &[(&'static str, String)],
) -> (u16, String) {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post_form(browser, path, &pairs).await;
    let status = r.status().as_u16();
    (status, r.text().await.unwrap())
}

async fn event_count(app: &TestApp) -> u64 {
    use sea_orm::{EntityTrait, PaginatorTrait};
    convene::entities::event::Entity::find().count(&app.state.db.read).await.unwrap()
}

#[tokio::test]
async fn an_organiser_creates_edits_and_publishes_an_event() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let id = app.event(&browser).create().await;
    let (status, body) = app.get(&browser, &format!("/organiser/events/{id}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("Regional workshop on resolution 1540"));
    assert!(body.contains("8–10 December 2026"));
    assert!(body.contains("Draft"));

    let edited = with(&event_fields("1540"), "title", "Border-control workshop, Lomé");
    let (status, _) = post(&app, &browser, &format!("/organiser/events/{id}"), &edited).await;
    assert_eq!(status, 303);
    let (_, body) = app.get(&browser, &format!("/organiser/events/{id}/edit")).await;
    assert!(body.contains("value=\"Border-control workshop, Lomé\""));

    let r = app.post_form(&browser, &format!("/organiser/events/{id}/publish"), &[]).await;
    assert_eq!(r.status(), 303);
    let (_, body) = app.get(&browser, &format!("/organiser/events/{id}")).await;
    assert!(body.contains("Published"));
    // Publishing twice is a conflict, explained.
    let r = app.post_form(&browser, &format!("/organiser/events/{id}/publish"), &[]).await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("already published"));
}

#[tokio::test]
async fn each_bad_field_is_named_and_nothing_is_saved() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let base = event_fields("1540");
    let cases: Vec<(Vec<(&'static str, String)>, &str)> = vec![
        (with(&base, "title", "  "), "This field is required."),
        (with(&base, "title", &"x".repeat(301)), "Use at most 300 characters."),
        (with(&base, "kind", "party"), "Choose one of the listed options."),
        (with(&base, "unit", "MARS"), "Choose one of the listed options."),
        (with(&base, "country", "XXX"), "not a member or observer State"),
        (with(&base, "country", "12"), "three-letter ISO country code"),
        (with(&base, "time_zone", "Europe/Atlantis"), "Enter a time zone name"),
        (with(&base, "start_date", "2026-13-01"), "Enter a date as YYYY-MM-DD."),
        (with(&base, "end_date", "2026-12-01"), "The end date must be on or after the start date."),
        (with(&base, "end_date", "2028-12-01"), "An event can last at most a year"),
        (with(&base, "capacity", "0"), "Enter a whole number of seats"),
        (with(&base, "capacity", "lots"), "Enter a whole number of seats"),
        (with(&base, "registration_mode", "lottery"), "Choose one of the listed options."),
        (
            with(&with(&base, "registration_opens", "2026-12-05T09:00"), "registration_closes", "2026-12-01T09:00"),
            "Registration must close after it opens.",
        ),
        (with(&base, "registration_opens", "yesterday"), "Enter a date and time"),
        (with(&base, "series", "NO-SUCH-SERIES"), "Choose one of the listed options."),
        (with(&base, "city", "Lomé\u{0}"), "Remove control characters"),
        (
            base.iter().filter(|(k, _)| !k.starts_with("lang_")).cloned().collect(),
            "Tick at least one working language.",
        ),
    ];
    for (fields, message) in cases {
        let (status, body) = post(&app, &browser, "/organiser/events", &fields).await;
        assert_eq!(status, 422, "expected 422 for {message}");
        assert!(body.contains(message), "page should say {message:?}");
    }
    assert_eq!(event_count(&app).await, 0);
    // Month precision accepts months; the form keeps typed values on error.
    let month = with(&with(&with(&base, "date_precision", "month"), "start_date", "2027-03"), "end_date", "2027-04");
    let id = create_event(&app, &browser, &month).await;
    let (_, body) = app.get(&browser, &format!("/organiser/events/{id}")).await;
    assert!(body.contains("March 2027 – April 2027"));
}

#[tokio::test]
async fn html_in_titles_is_escaped() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let id = app.event(&browser).title("<script>alert(1)</script> & co").create().await;
    let (_, body) = app.get(&browser, &format!("/organiser/events/{id}")).await;
    assert!(!body.contains("<script>alert(1)</script>"));
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
}

#[tokio::test]
async fn organisers_only_manage_their_programmes() {
    let app = TestApp::spawn().await;
    let salw = app.signed_in("salw@example.org", Role::Organiser, &["SALW"]).await;
    let id = app.event(&salw).programme("SALW").create().await;
    let other = app.signed_in("o1540@example.org", Role::Organiser, &["1540"]).await;
    assert_eq!(app.get(&other, &format!("/organiser/events/{id}")).await.0, 403);
    assert_eq!(app.get(&other, &format!("/organiser/events/{id}/edit")).await.0, 403);
    let (status, _) = post(&app, &other, &format!("/organiser/events/{id}"), &event_fields("1540")).await;
    assert_eq!(status, 403);
    for action in ["publish", "cancel", "clone"] {
        // The source is checked before the form: no date typed is still 403, not 422.
        assert_eq!(
            app.post_form(&other, &format!("/organiser/events/{id}/{action}"), &[]).await.status(),
            403,
            "{action}"
        );
    }
    // Nor create in a programme they are not assigned to.
    let (status, _) = post(&app, &other, "/organiser/events", &event_fields("SALW")).await;
    assert_eq!(status, 403);
    // Their list does not show it; an admin's does.
    let (_, list) = app.get(&other, "/organiser/events").await;
    assert!(list.contains("0 events"));
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let (_, list) = app.get(&admin, "/organiser/events").await;
    assert!(list.contains("1 event"));
    // Unknown ids are 404, not 500.
    assert_eq!(app.get(&admin, "/organiser/events/999999").await.0, 404);
    assert_eq!(app.get(&admin, "/organiser/events/abc").await.0, 404);
}

#[tokio::test]
async fn clone_copies_the_schedule_into_a_draft_and_cancel_freezes_the_event() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let id = app.event(&browser).session("Opening plenary", "2026-12-08", "09:30", "12:30", "Salle 1").create().await;
    let (status, form) = app.get(&browser, &format!("/organiser/events/{id}/clone")).await;
    assert_eq!(status, 200);
    assert!(form.contains("name=\"start_date\"") && form.contains("First day of the copy"));
    let r = app.post_form(&browser, &format!("/organiser/events/{id}/clone"), &[("start_date", "2027-12-07")]).await;
    assert_eq!(r.status(), 303);
    let copy = copy_id(&location(&r));
    assert_ne!(copy, id);
    let (_, body) = app.get(&browser, &location(&r)).await;
    assert!(body.contains("Opening plenary") && body.contains("Draft"));
    assert!(body.contains("7–9 December 2027"), "the copy's dates moved");
    assert!(body.contains("moved 364 days later"), "the page says how far");

    let r = app.post_form(&browser, &format!("/organiser/events/{id}/cancel"), &[]).await;
    assert_eq!(r.status(), 303);
    let (status, body) = post(&app, &browser, &format!("/organiser/events/{id}"), &event_fields("1540")).await;
    assert_eq!(status, 409);
    assert!(body.contains("cancelled and can no longer be changed"));
    let r = app
        .post_form(
            &browser,
            &format!("/organiser/events/{id}/sessions"),
            &[("title", "Late"), ("date", "2026-12-09"), ("start_time", "09:00"), ("end_time", "10:00")],
        )
        .await;
    assert_eq!(r.status(), 409);
}

/// The id in `/organiser/events/{id}?…`.
fn copy_id(location: &str) -> i32 {
    let path = location.split('?').next().unwrap();
    path.rsplit('/').next().unwrap().parse().unwrap()
}

/// A meeting of BWC in Geneva from `start` to `end`, made by `by`.
fn meeting_in_geneva<'a>(app: &'a TestApp, by: &'a reqwest::Client, start: &str, end: &str) -> NewEvent<'a> {
    let event = app.event(by).programme("BWC").set("kind", "meeting").set("time_zone", "Europe/Zurich");
    event.set("city", "Geneva").set("country", "CHE").dates(start, end)
}

#[tokio::test]
async fn a_clone_moves_dates_sessions_and_deadlines_keeping_local_times_across_a_clock_change() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["BWC"]).await;
    // Geneva in winter (UTC+01:00), registration closing a week before at 17:00.
    let source =
        meeting_in_geneva(&app, &browser, "2026-12-07", "2026-12-11").set("registration_closes", "2026-11-30T17:00");
    let source = source.session("Plenary", "2026-12-07", "09:00", "12:00", "A");
    let id = source.session("Plenary", "2026-12-11", "15:00", "18:00", "B").create().await;
    // Moved to June 2027: summer time (UTC+02:00) in between.
    let r = app.post_form(&browser, &format!("/organiser/events/{id}/clone"), &[("start_date", "2027-06-07")]).await;
    assert_eq!(r.status(), 303);
    let copy = copy_id(&location(&r));
    let (_, body) = app.get(&browser, &format!("/organiser/events/{copy}")).await;
    assert!(body.contains("7–11 June 2027"));
    assert!(body.contains("datetime=\"2027-06-07T07:00:00+00:00\""), "09:00 in summer is 07:00 UTC");
    assert!(body.contains("datetime=\"2027-06-11T16:00:00+00:00\""), "18:00 in summer is 16:00 UTC");
    assert!(!body.contains("2026-12-07T08:00"), "nothing stays at the old dates");
    let (_, edit) = app.get(&browser, &format!("/organiser/events/{copy}/edit")).await;
    assert!(edit.contains("value=\"2027-05-31T17:00\""), "the deadline moved with the event, at 17:00 local");
    // The source is untouched.
    let (_, body) = app.get(&browser, &format!("/organiser/events/{id}")).await;
    assert!(body.contains("datetime=\"2026-12-07T08:00:00+00:00\""));

    // A night session whose time does not exist on the new day (clocks go forward at 02:00 on
    // Sunday 28 March 2027) moves by the length of the gap, and the page says so.
    let night = meeting_in_geneva(&app, &browser, "2027-03-20", "2027-03-21");
    let night = night.session("Night watch", "2027-03-20", "02:30", "05:00", "").create().await;
    let r = app.post_form(&browser, &format!("/organiser/events/{night}/clone"), &[("start_date", "2027-03-28")]).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).contains("adjusted="));
    let (_, body) = app.get(&browser, &location(&r)).await;
    assert!(body.contains("were moved as little as possible"), "the adjustment is said");
    assert!(body.contains("Night watch — Sunday, 28 March 2027, 03:30–05:00"));
    assert!(body.contains("datetime=\"2027-03-28T01:30:00+00:00\""));
}

#[tokio::test]
async fn a_bad_or_missing_clone_date_is_refused_naming_the_field() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let id = app.event(&browser).create().await;
    let month = with(
        &with(&with(&event_fields("1540"), "date_precision", "month"), "start_date", "2027-09"),
        "end_date",
        "2027-10",
    );
    let by_month = create_event(&app, &browser, &month).await;
    let before = event_count(&app).await;
    type Case<'a> = (i32, &'a [(&'a str, &'a str)], &'a str);
    let cases: [Case; 6] = [
        (id, &[], "This field is required."),
        (id, &[("start_date", " ")], "This field is required."),
        (id, &[("start_date", "2027-02-30")], "Enter a date as YYYY-MM-DD."),
        (id, &[("start_date", "next year")], "Enter a date as YYYY-MM-DD."),
        (id, &[("start_date", "2027-12")], "give the copy's first day as YYYY-MM-DD"),
        (by_month, &[("start_date", "2028-13")], "Enter a month as YYYY-MM."),
    ];
    for (event, fields, message) in cases {
        let r = app.post_form(&browser, &format!("/organiser/events/{event}/clone"), fields).await;
        assert_eq!(r.status(), 422, "{fields:?}");
        let body = r.text().await.unwrap();
        assert!(body.contains(message), "{fields:?}: {message}");
        assert!(body.contains("href=\"#start_date\"") || body.contains("id=\"start_date\""), "names the field");
    }
    assert_eq!(event_count(&app).await, before, "nothing was created");
    // An event dated by month moves by whole months.
    let r = app.post_form(&browser, &format!("/organiser/events/{by_month}/clone"), &[("start_date", "2028-01")]).await;
    assert_eq!(r.status(), 303);
    let (_, body) = app.get(&browser, &location(&r)).await;
    assert!(body.contains("January 2028 – February 2028"), "two months, moved by four");
    assert!(body.contains("moved 4 months later"));
}

#[tokio::test]
async fn the_api_clones_to_a_new_start_and_names_a_bad_date() {
    let app = TestApp::spawn().await;
    let org = app.staff("api@example.org", Role::Organiser, &["BWC"]).await;
    let id = meeting_in_geneva(&app, &org.browser, "2026-12-07", "2026-12-08");
    let id = id.session("Opening", "2026-12-07", "10:00", "13:00", "").create().await;
    // Seats taken by the source's registrations stay with the source.
    use convene::entities::event;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    event::Entity::update_many()
        .col_expr(event::Column::SeatsTaken, Expr::value(5))
        .filter(event::Column::Id.eq(id))
        .exec(&app.state.db.write)
        .await
        .unwrap();
    let path = format!("/api/v1/events/{id}/clone");
    let (status, copy) = org.api.post(&path, serde_json::json!({ "start_date": "2027-06-07" })).await;
    assert_eq!(status, 201, "{copy}");
    let copy_id = copy["event"]["id"].as_i64().unwrap() as i32;
    let row = event::Entity::find_by_id(copy_id).one(&app.state.db.read).await.unwrap().unwrap();
    assert_eq!(row.seats_taken, 0);
    assert_eq!(copy["event"]["status"], "draft");
    assert_eq!(copy["event"]["start_date"], "2027-06-07");
    assert_eq!(copy["event"]["end_date"], "2027-06-08");
    assert_eq!(copy["shifted_days"], 182);
    assert_eq!(copy["sessions"][0]["starts_at"], "2027-06-07T08:00:00+00:00", "10:00 in Geneva's summer");
    assert_eq!(copy["adjustments"], serde_json::json!([]));
    for (body, message) in [
        (serde_json::json!({}), "This field is required."),
        (serde_json::json!({ "start_date": "07/06/2027" }), "Enter a date as YYYY-MM-DD."),
    ] {
        let (status, answer) = org.api.post(&path, body.clone()).await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(answer["fields"][0]["field"], "start_date", "{answer}");
        assert_eq!(answer["fields"][0]["message"], message);
    }
    // Another programme's organiser may not clone it.
    let other = app.create_user("npt@example.org", Role::Organiser, &["NPT"]).await;
    let (status, _) = app.api_of(other).await.post(&path, serde_json::json!({ "start_date": "2027-06-07" })).await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn schedule_rules_are_enforced_with_clear_messages() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let id = app.event(&browser).create().await;
    let path = format!("/organiser/events/{id}/sessions");
    app.add_session(&browser, id, ["Plenary", "2026-12-08", "09:00", "11:00", "Room A"]).await;
    let cases: [(&[(&str, &str)], &str); 5] = [
        (
            &[("title", "Too early"), ("date", "2026-12-07"), ("start_time", "09:00"), ("end_time", "10:00")],
            "within the event",
        ),
        (
            &[("title", "Backwards"), ("date", "2026-12-08"), ("start_time", "11:00"), ("end_time", "10:00")],
            "must end after it starts",
        ),
        (
            &[
                ("title", "Clash"),
                ("date", "2026-12-08"),
                ("start_time", "10:30"),
                ("end_time", "12:00"),
                ("room", "room a"),
            ],
            "already booked for",
        ),
        (
            &[("title", "Bad time"), ("date", "2026-12-08"), ("start_time", "9h"), ("end_time", "10:00")],
            "Enter a time as HH:MM",
        ),
        (
            &[("title", ""), ("date", "2026-12-08"), ("start_time", "13:00"), ("end_time", "14:00")],
            "This field is required.",
        ),
    ];
    for (fields, message) in cases {
        let r = app.post_form(&browser, &path, fields).await;
        assert_eq!(r.status(), 422, "{message}");
        assert!(r.text().await.unwrap().contains(message), "{message}");
    }
    // Same time in another room is fine; so is back-to-back in the same room.
    app.add_session(&browser, id, ["Working group", "2026-12-08", "10:00", "11:00", "Room B"]).await;
    app.add_session(&browser, id, ["Next", "2026-12-08", "11:00", "12:00", "Room A"]).await;
    // Moving the event's dates away from its sessions is refused.
    let (status, body) = post(
        &app,
        &browser,
        &format!("/organiser/events/{id}"),
        &with(&with(&event_fields("1540"), "start_date", "2026-12-09"), "end_date", "2026-12-10"),
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("3 sessions of the schedule fall outside these dates"));
}

#[tokio::test]
async fn sessions_can_be_edited_and_deleted() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let id = app.event(&browser).session("Plenary", "2026-12-08", "09:00", "11:00", "").create().await;
    let (_, body) = app.get(&browser, &format!("/organiser/events/{id}")).await;
    let marker = format!("/organiser/events/{id}/sessions/");
    let at = body.find(&marker).unwrap() + marker.len();
    let sid: String = body[at..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let (status, form) = app.get(&browser, &format!("{marker}{sid}")).await;
    assert_eq!(status, 200);
    assert!(form.contains("value=\"09:00\""));
    let r = app
        .post_form(
            &browser,
            &format!("{marker}{sid}"),
            &[("title", "Opening plenary"), ("date", "2026-12-09"), ("start_time", "10:00"), ("end_time", "12:00")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let (_, body) = app.get(&browser, &format!("/organiser/events/{id}")).await;
    assert!(body.contains("Opening plenary") && body.contains("Wednesday, 9 December 2026"));
    let r = app.post_form(&browser, &format!("{marker}{sid}/delete"), &[]).await;
    assert_eq!(r.status(), 303);
    let (_, body) = app.get(&browser, &format!("/organiser/events/{id}")).await;
    assert!(body.contains("No sessions are scheduled yet."));
}

#[tokio::test]
async fn local_times_follow_the_event_time_zone_across_a_clock_change() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("o@example.org", Role::Organiser, &["BWC"]).await;
    // Geneva, across the end of summer time on Sunday 31 October 2027.
    let geneva = || app.event(&browser).programme("BWC").set("time_zone", "Europe/Zurich").set("city", "Geneva");
    let id = geneva().dates("2027-10-29", "2027-11-02");
    let id = id.session("Plenary", "2027-10-29", "10:00", "13:00", "Room 2027-10-29");
    let id = id.session("Plenary", "2027-11-01", "10:00", "13:00", "Room 2027-11-01").create().await;
    let (_, body) = app.get(&browser, &format!("/organiser/events/{id}")).await;
    assert!(body.contains("(UTC+02:00)") && body.contains("(UTC+01:00)"), "offset shown per day");
    assert!(body.contains("datetime=\"2027-10-29T08:00:00+00:00\""));
    assert!(body.contains("datetime=\"2027-11-01T09:00:00+00:00\""));
    // A time skipped by the spring change is refused.
    let spring_id = geneva().dates("2027-03-27", "2027-03-29").create().await;
    let r = app
        .post_form(
            &browser,
            &format!("/organiser/events/{spring_id}/sessions"),
            &[("title", "Night"), ("date", "2027-03-28"), ("start_time", "02:15"), ("end_time", "04:00")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("does not exist on that day"));
}

#[tokio::test]
async fn list_filters_and_pagination() {
    let app = TestApp::spawn().await;
    app.load_demo().await;
    let admin = app.signed_in("a@example.org", Role::Admin, &[]).await;
    let (status, body) = app.get(&admin, "/organiser/events").await;
    assert_eq!(status, 200);
    assert!(body.contains("rel=\"next\""), "the demo data spans more than one page");
    let (_, body) = app.get(&admin, "/organiser/events?programme=NPT&year=2008").await;
    assert!(body.contains("1 event"));
    assert!(body.contains("Preparatory Committee"));
    let (_, body) = app.get(&admin, "/organiser/events?kind=training_course&when=upcoming").await;
    assert!(body.contains("Training course"));
    assert!(body.contains("<td>Training course</td>") && !body.contains("<td>Meeting</td>"));
    let (_, body) = app.get(&admin, "/organiser/events?status=draft").await;
    assert!(body.contains("Draft"));
    let (_, body) = app.get(&admin, "/organiser/events?q=gaborone").await;
    assert!(body.contains("1 event"));
    for bad in ["year=twenty", "kind=party", "when=someday", "page=0", "status=lost"] {
        assert_eq!(app.get(&admin, &format!("/organiser/events?{bad}")).await.0, 422, "{bad}");
    }
    // Page 2 exists and a page past the end clamps to the last one.
    assert_eq!(app.get(&admin, "/organiser/events?page=2").await.0, 200);
    assert_eq!(app.get(&admin, "/organiser/events?page=999").await.0, 200);
}

/// The `<select>` named `name` in a page, from its tag to its end.
fn select_in<'a>(page: &'a str, name: &str) -> &'a str {
    let start = page.find(&format!("<select id=\"{name}\"")).unwrap_or_else(|| panic!("no {name} select"));
    &page[start..start + page[start..].find("</select>").unwrap()]
}

#[tokio::test]
async fn the_programme_and_unit_of_a_new_event_are_chosen_never_preselected() {
    let app = TestApp::spawn().await;
    let browser = app.signed_in("two@example.org", Role::Organiser, &["1540", "SALW"]).await;
    let (_, page) = app.get(&browser, "/organiser/events/new").await;
    for name in ["kind", "programme", "unit"] {
        let select = select_in(&page, name);
        assert!(select.contains("<option value=\"\">Choose…</option>") && !select.contains(" selected"), "{select}");
    }
    assert!(select_in(&page, "date_precision").contains("value=\"day\" selected"), "a real default stays chosen");
    // An organiser of one programme has it filled in: it is the only choice.
    let one = app.signed_in("one@example.org", Role::Organiser, &["1540"]).await;
    let (_, page) = app.get(&one, "/organiser/events/new").await;
    assert!(select_in(&page, "programme").contains("value=\"1540\" selected"));
    assert!(!select_in(&page, "unit").contains(" selected"));
    // Sent without a programme or unit, the form is refused naming both; nothing is saved.
    let fields = with(&with(&event_fields("1540"), "programme", ""), "unit", "");
    let (status, body) = post(&app, &browser, "/organiser/events", &fields).await;
    assert_eq!(status, 422);
    assert!(body.contains("href=\"#programme\"") && body.contains("href=\"#unit\""), "{body}");
    assert_eq!(event_count(&app).await, 0);
}
