//! The check-in console: the result panel of each scan (green admitted, amber already in, red
//! refused, naming the person, their delegation and role, or the reason), the counters, who
//! came in today and who is still expected, all in the venue's time zone and on the venue's
//! day; without JavaScript, and with the script in a real headless chromium, through a
//! network drop.

use chrono::TimeZone;
use convene::attendance::rules as attendance;
use convene::domain::ParticipantRole;
use convene::i18n::Lang;
use convene::registration::input::RegistrationForm;
use convene::registration::rules::Registered;
use serde_json::{Value, json};

use crate::attendance::{scan_count, scans_of};
use crate::helpers::TestApp;
use crate::support::chromium::{self, Chromium};
use crate::support::factories::participants::person_form;
use crate::support::factories::staff::Staff;

/// An organiser and their published event in `zone`, from `start` to `end`.
async fn event_in(app: &TestApp, zone: &str, start: &str, end: &str) -> (Staff, i32) {
    let org = app.organiser_at("org@example.org").await;
    let id = app.event(&org.browser).set("time_zone", zone).dates(start, end).capacity(40).published().create().await;
    (org, id)
}

async fn register(app: &TestApp, org: &Staff, event: i32, email: &str, form: &RegistrationForm) -> Registered {
    app.add_by_hand(org, event, email, form).await
}

fn code_of(app: &TestApp, r: &Registered) -> String {
    attendance::code_of(app.state.checkin_secret(), &r.registration)
}

/// The page's text from `start` (a piece of a tag) to the next `end`, tags taken out and
/// spaces collapsed.
fn text_of(html: &str, start: &str, end: &str) -> String {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start} in the page:\n{html}"));
    let rest = &html[from..];
    let piece = &rest[..rest.find(end).unwrap_or(rest.len())];
    let mut text = String::new();
    // `start` is inside a tag: the text begins where that tag ends.
    let mut in_tag = true;
    for c in piece.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&#39;", "'").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The result panel: its kind (class) and its words.
fn panel(html: &str) -> (String, String) {
    let at = html.find("class=\"checkin-panel ").unwrap_or_else(|| panic!("no result panel:\n{html}"));
    let kind: String = html[at + 21..].chars().take_while(|c| *c != '"').collect();
    (kind, text_of(&html[at..], ">", "</div>"))
}

/// The counters: inside now, checked in today, expected.
fn counters(html: &str) -> [String; 3] {
    ["count-inside", "count-arrived", "count-expected"].map(|id| text_of(html, &format!("id=\"{id}\""), "</dd>"))
}

/// The words of one of the day's lists (`in-today` or `expected`).
fn list(html: &str, id: &str) -> String {
    text_of(html, &format!("id=\"{id}-list\""), "</ul>")
}

/// Posts the scan form (a typed code or a list's button) and returns the status and page.
async fn scan(org: &Staff, event: i32, fields: &[(&str, &str)]) -> (u16, String) {
    let r = org.post_form(&format!("/checkin/events/{event}/scan"), fields).await;
    (r.status().as_u16(), r.text().await.unwrap())
}

#[tokio::test]
async fn each_scan_shows_its_panel_with_the_person_the_counters_and_the_lists() {
    let app = TestApp::spawn().await;
    // Kathmandu is UTC+05:45: the test's 10:00 UTC is 15:45 at the venue.
    let (org, event) = event_in(&app, "Asia/Kathmandu", "2026-11-27", "2026-11-28").await;
    let amina = register(&app, &org, event, "amina@example.org", &person_form("Amina", "Diallo")).await;
    let expert =
        RegistrationForm { country: String::new(), organisation: "UNIDIR".into(), ..person_form("Kofi", "Mensah") };
    let kofi = app.add_by_hand_as(&org, event, "kofi@example.org", &expert, ParticipantRole::Expert, Lang::En).await;
    let ana = register(&app, &org, event, "ana@example.org", &person_form("Ana", "Lima")).await;
    let desk = format!("/checkin/events/{event}");

    // Before anyone comes: nobody in, three expected, on the venue's day with its zone.
    let (status, page) = org.get(&desk).await;
    assert_eq!(status, 200);
    assert_eq!(counters(&page), ["0", "0", "3"]);
    assert!(page.contains("Friday, 27 November 2026"), "{page}");
    assert!(page.contains("Asia/Kathmandu, UTC+05:45"));
    assert!(!page.contains("not one of the event's days"), "the 27th is the event's first day");
    assert!(text_of(&page, "id=\"in-today-empty\"", "</p>").contains("Nobody has checked in today yet."));
    assert_eq!(
        list(&page, "expected"),
        "Amina Diallo Togo · Delegate Check in Amina Diallo Ana Lima Togo · Delegate Check in Ana Lima Kofi Mensah UNIDIR · Expert or resource person Check in Kofi Mensah"
    );

    // Green: admitted, with the name, the State and the role, at the venue's time.
    let code = code_of(&app, &amina);
    let (status, page) = scan(&org, event, &[("code", &code), ("key", "desk-00001")]).await;
    assert_eq!(status, 200);
    assert_eq!(
        panel(&page),
        ("admitted".into(), "Admitted Amina Diallo Togo · Delegate Checked in at 15:45. Undo".into())
    );
    assert!(page.contains("role=\"status\" data-panel=\"admitted\""));
    assert_eq!(counters(&page), ["1", "1", "3"]);
    assert_eq!(list(&page, "in-today"), "15:45 Amina Diallo Togo · Delegate Inside");
    assert!(!list(&page, "expected").contains("Amina"));

    // Amber: already in, since when, with the name; nothing recorded.
    let (status, page) = scan(&org, event, &[("code", &code), ("key", "desk-00002")]).await;
    assert_eq!(status, 200);
    let (kind, words) = panel(&page);
    assert_eq!(kind, "already-in");
    assert_eq!(words, "Already in Amina Diallo Togo · Delegate In since 15:45: second scan, nothing recorded.");
    assert!(page.contains("role=\"alert\" data-panel=\"already-in\""));

    // The organisation stands for the delegation of someone with no State; found by search.
    app.clock.set(chrono::Utc.with_ymd_and_hms(2026, 11, 27, 10, 20, 0).unwrap());
    let id = kofi.registration.id.to_string();
    let (_, page) = scan(&org, event, &[("registration_id", &id), ("key", "desk-00003")]).await;
    assert_eq!(panel(&page).1, "Admitted Kofi Mensah UNIDIR · Expert or resource person Checked in at 16:05. Undo");
    // Latest first.
    assert_eq!(
        list(&page, "in-today"),
        "16:05 Kofi Mensah UNIDIR · Expert or resource person Inside 15:45 Amina Diallo Togo · Delegate Inside"
    );
    assert_eq!(counters(&page), ["2", "2", "3"]);

    // Red: refused, naming the person and the reason in words.
    let moved = org
        .api
        .post(
            &format!("/api/v1/events/{event}/registrations/move"),
            json!({"ids": [ana.registration.id], "action": "cancel"}),
        )
        .await;
    assert_eq!(moved.0, 200, "{}", moved.1);
    let (status, page) = scan(&org, event, &[("code", &code_of(&app, &ana)), ("key", "desk-00004")]).await;
    assert_eq!(status, 409);
    assert_eq!(
        panel(&page),
        ("refused".into(), "Refused Ana Lima Togo · Delegate This registration is cancelled.".into())
    );
    assert!(page.contains("role=\"alert\" data-panel=\"refused\""));
    // No longer expected; the counters leave her out.
    assert_eq!(counters(&page), ["2", "2", "2"]);
    assert_eq!(list(&page, "expected"), "");
    assert!(text_of(&page, "id=\"expected-empty\"", "</p>").contains("Everyone expected has arrived."));
    // An unknown code: refused with the reason, no one named.
    let (status, page) = scan(&org, event, &[("code", "CK1.1.1.1.forged"), ("key", "desk-00005")]).await;
    assert_eq!(status, 409);
    assert_eq!(panel(&page), ("refused".into(), "Refused This is not a valid check-in code.".into()));

    // An exit: inside goes down, checked in today stays; the list says she left.
    app.clock.set(chrono::Utc.with_ymd_and_hms(2026, 11, 27, 11, 0, 0).unwrap());
    let (_, page) = scan(&org, event, &[("code", &code), ("kind", "exit"), ("key", "desk-00006")]).await;
    assert_eq!(panel(&page), ("left".into(), "Exit recorded Amina Diallo Togo · Delegate Left at 16:45. Undo".into()));
    assert_eq!(counters(&page), ["1", "2", "2"]);
    assert!(list(&page, "in-today").ends_with("15:45 Amina Diallo Togo · Delegate Left"));
    // An exit of someone not in: amber, nothing recorded.
    let (_, page) = scan(&org, event, &[("code", &code), ("kind", "exit"), ("key", "desk-00007")]).await;
    assert_eq!(
        panel(&page),
        ("not-in".into(), "Not in Amina Diallo Togo · Delegate Not in today: no exit to record.".into())
    );
    // Undo of the exit, through the panel's form: she is inside again.
    let r = org
        .post_form(
            &format!("/checkin/events/{event}/undo"),
            &[("undoes_key", "desk-00006"), ("key", "desk-00006-undo")],
        )
        .await;
    let page = r.text().await.unwrap();
    assert_eq!(
        panel(&page),
        ("undone".into(), "Taken back Amina Diallo Togo · Delegate The scan is taken back.".into())
    );
    assert_eq!(counters(&page), ["2", "2", "2"]);
}

#[tokio::test]
async fn the_desk_keeps_the_venues_time_and_day() {
    let app = TestApp::spawn().await;
    // Lima is UTC−05:00: the test's 10:00 UTC is 05:00 there, on the 27th.
    let (org, event) = event_in(&app, "America/Lima", "2026-11-27", "2026-11-28").await;
    let amina = register(&app, &org, event, "amina@example.org", &person_form("Amina", "Diallo")).await;
    let desk = format!("/checkin/events/{event}");
    let (_, page) = scan(&org, event, &[("code", &code_of(&app, &amina)), ("key", "lima-00001")]).await;
    assert_eq!(panel(&page).1, "Admitted Amina Diallo Togo · Delegate Checked in at 05:00. Undo");
    assert_eq!(list(&page, "in-today"), "05:00 Amina Diallo Togo · Delegate Inside");

    // 03:00 UTC on the 28th is still the evening of the 27th in Lima: the same day at the desk.
    app.clock.set(chrono::Utc.with_ymd_and_hms(2026, 11, 28, 3, 0, 0).unwrap());
    // A staff session lasts 12 hours: the desk signs in again.
    app.sign_in(&org.browser, &org.email).await;
    let (_, page) = org.get(&desk).await;
    assert!(page.contains("Friday, 27 November 2026"), "{page}");
    assert_eq!(counters(&page), ["1", "1", "1"]);
    let (_, page) = scan(&org, event, &[("code", &code_of(&app, &amina)), ("key", "lima-00002")]).await;
    assert_eq!(
        panel(&page).1,
        "Already in Amina Diallo Togo · Delegate In since 05:00: second scan, nothing recorded."
    );

    // Past midnight in Lima, a new day: nobody in yet, Amina expected again.
    app.clock.set(chrono::Utc.with_ymd_and_hms(2026, 11, 28, 6, 0, 0).unwrap());
    let (_, page) = org.get(&desk).await;
    assert!(page.contains("Saturday, 28 November 2026"));
    assert_eq!(counters(&page), ["0", "0", "1"]);
    assert_eq!(list(&page, "in-today"), "");
    assert!(list(&page, "expected").starts_with("Amina Diallo"));
    let (_, page) = scan(&org, event, &[("code", &code_of(&app, &amina)), ("key", "lima-00003")]).await;
    assert_eq!(panel(&page).1, "Admitted Amina Diallo Togo · Delegate Checked in at 01:00. Undo");

    // The day after the event: the desk says so, and still counts the scan for that day.
    app.clock.set(chrono::Utc.with_ymd_and_hms(2026, 11, 29, 15, 0, 0).unwrap());
    app.sign_in(&org.browser, &org.email).await;
    let (_, page) = org.get(&desk).await;
    assert!(page.contains("Today is not one of the event's days (27–28 November 2026)"), "{page}");
}

#[tokio::test]
async fn the_script_reads_the_lists_and_refusals_name_the_person() {
    let app = TestApp::spawn().await;
    let (org, event) = event_in(&app, "Asia/Kathmandu", "2026-11-27", "2026-11-28").await;
    let amina = register(&app, &org, event, "amina@example.org", &person_form("Amina", "Diallo")).await;
    let ana = register(&app, &org, event, "ana@example.org", &person_form("Ana", "Lima")).await;
    let moved = org
        .api
        .post(
            &format!("/api/v1/events/{event}/registrations/move"),
            json!({"ids": [ana.registration.id], "action": "cancel"}),
        )
        .await;
    assert_eq!(moved.0, 200);

    // The console's sync names whom a refusal is about, when the code or search said.
    let other = convene::attendance::code::sign(app.state.checkin_secret(), amina.registration.id, event + 1, 1);
    let batch = json!({"items": [
        {"key": "sync-00001", "code": code_of(&app, &amina)},
        {"key": "sync-00002", "code": code_of(&app, &ana)},
        {"key": "sync-00003", "registration_id": ana.registration.id},
        {"key": "sync-00004", "code": other},
        {"key": "sync-00005", "registration_id": 999_999},
    ]});
    let (status, body) = org.api.post(&format!("/api/v1/events/{event}/checkin/sync"), batch).await;
    assert_eq!(status, 200, "{body}");
    let answers: Vec<(&str, Value)> = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["result"].as_str().unwrap(), i["registration_id"].clone()))
        .collect();
    let (a, c) = (json!(amina.registration.id), json!(ana.registration.id));
    assert_eq!(
        answers,
        [("recorded", a), ("refused", c.clone()), ("refused", c), ("refused", Value::Null), ("not_found", Value::Null)]
    );

    // What the script reads after its scans: each registration as it keeps them.
    let (status, entries) = org.get(&format!("/checkin/events/{event}/entries")).await;
    assert_eq!(status, 200);
    let entries: Value = serde_json::from_str(&entries).unwrap();
    let first = &entries[0];
    assert_eq!((first["n"].as_str(), first["a"].as_str()), (Some("Amina Diallo"), Some("Togo · Delegate")));
    assert_eq!(first["at"], first["in"]);
    assert!(first["at"].as_str().unwrap().starts_with("2026-11-27T10:00:00"));
    assert_eq!((entries[1]["s"].as_str(), &entries[1]["at"]), (Some("cancelled"), &Value::Null));
    // Search answers the same line under the name.
    let (_, found) = org.get(&format!("/checkin/events/{event}/search?q=diallo")).await;
    let found: Value = serde_json::from_str(&found).unwrap();
    assert_eq!(found[0]["about"], "Togo · Delegate");

    // Only the desk's own staff read them; a path that is no event is refused.
    let other_event = app.event(&org.browser).title("Another workshop").create().await;
    let door = app.desk_officer("door@example.org", event).await;
    assert_eq!(door.get(&format!("/checkin/events/{event}/entries")).await.0, 200);
    assert_eq!(door.get(&format!("/checkin/events/{other_event}/entries")).await.0, 403);
    assert_eq!(org.get("/checkin/events/999999/entries").await.0, 404);
    assert!((400..500).contains(&org.get("/checkin/events/nine/entries").await.0));
    let stranger = app.new_browser();
    assert_eq!(app.get(&stranger, &format!("/checkin/events/{event}/entries")).await.0, 303);
}

#[tokio::test]
async fn the_desk_speaks_french_with_french_state_names() {
    let app = TestApp::spawn().await;
    let (org, event) = event_in(&app, "Asia/Kathmandu", "2026-11-27", "2026-11-28").await;
    let senegal = RegistrationForm { country: "SEN".into(), ..person_form("Amina", "Diallo") };
    let amina = register(&app, &org, event, "amina@example.org", &senegal).await;
    let r = org
        .browser
        .post(app.url(&format!("/checkin/events/{event}/scan")))
        .header("accept-language", "fr")
        .form(&[
            ("code", code_of(&app, &amina).as_str()),
            ("key", "fr-000001"),
            ("csrf", &app.csrf(&org.browser).await),
        ])
        .send()
        .await
        .unwrap();
    let page = r.text().await.unwrap();
    assert_eq!(panel(&page).1, "Admis Amina Diallo Sénégal · Délégué Entrée enregistrée à 15:45. Annuler", "{page}");
}

#[tokio::test]
async fn the_console_keeps_working_through_a_network_drop_in_a_real_browser() {
    let Some(browser) = chromium::find_or_skip("the_console_keeps_working_through_a_network_drop_in_a_real_browser")
    else {
        return;
    };
    let app = TestApp::spawn().await;
    // At a venue far from UTC (UTC+05:45), so the script's times are seen to be the venue's.
    let (org, event) = event_in(&app, "Asia/Kathmandu", "2026-12-08", "2026-12-10").await;
    let a = register(&app, &org, event, "a@example.org", &person_form("Amina", "Diallo")).await;
    let b = register(&app, &org, event, "b@example.org", &person_form("Kofi", "Mensah")).await;
    let c = register(&app, &org, event, "c@example.org", &person_form("Ana", "Lima")).await;
    let gone = register(&app, &org, event, "g@example.org", &person_form("Gone", "Away")).await;
    let moved = org
        .api
        .post(
            &format!("/api/v1/events/{}/registrations/move", event),
            json!({"ids": [gone.registration.id], "action": "cancel"}),
        )
        .await;
    assert_eq!(moved.0, 200);

    // The browser stamps scans with its own clock; the server's must agree within minutes.
    app.clock.set(chrono::Utc::now());
    let mut chrome = Chromium::start(&browser).await;
    let console = format!("/checkin/events/{}", event);
    chrome.goto(&app.url(&format!("/sign-in?next={console}"))).await;
    chrome.wait_for("document.querySelector('input[name=password]')").await;
    chrome
        .eval(&format!(
            "document.querySelector('input[name=email]').value = 'org@example.org';
             document.querySelector('input[name=password]').value = '{}';
             document.querySelector('input[name=password]').form.submit(); true",
            crate::helpers::PASSWORD
        ))
        .await;
    chrome
        .wait_for("location.pathname.indexOf('/organiser/') === 0 || location.pathname.indexOf('/checkin/') === 0")
        .await;
    chrome.goto(&app.url(&console)).await;
    chrome.wait_for("document.getElementById('checkin-status') && document.getElementById('checkin-status').dataset.state === 'online'").await;

    let type_code = |code: String| {
        format!(
            "(function () {{ var i = document.getElementById('code'); i.value = '{code}'; document.getElementById('scan-form').requestSubmit(); return true; }})()"
        )
    };
    let result_text = "document.getElementById('checkin-result').innerText";
    let queue = "document.getElementById('checkin-status').dataset.queue";
    let panel = "(document.querySelector('#checkin-result .checkin-panel') || {dataset: {}}).dataset.panel";
    let text = |id: &str| format!("document.getElementById('{id}').innerText.replace(/\\s+/g, ' ').trim()");
    // Set on the page as loaded: still there after the scans, so nothing reloaded it.
    chrome.eval("window.loadedOnce = true").await;
    let counters =
        format!("[{}, {}, {}].join(' ')", text("count-inside"), text("count-arrived"), text("count-expected"));
    assert_eq!(chrome.eval(&counters).await, json!("0 0 3"));

    // Online: a scan goes straight to the server; the green panel names her, her State and
    // role, and the counters and both lists follow.
    chrome.eval(&type_code(code_of(&app, &a))).await;
    chrome.wait_for(&format!("{panel} === 'admitted' && {queue} === '0'")).await;
    let scans = scans_of(&app, a.registration.id).await;
    assert_eq!(scans.len(), 1);
    let kathmandu: chrono_tz::Tz = "Asia/Kathmandu".parse().unwrap();
    let at = scans[0].scanned_at.with_timezone(&kathmandu).format("%H:%M").to_string();
    let shown = chrome.eval(result_text).await;
    let shown = shown.as_str().unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(shown, format!("Admitted Amina Diallo Togo · Delegate Checked in at {at}. Undo"));
    assert_eq!(chrome.eval(&counters).await, json!("1 1 3"));
    chrome.wait_for(&format!("{}.indexOf('{at} Amina Diallo') === 0", text("in-today-list"))).await;
    assert_eq!(chrome.eval(&format!("{}.indexOf('Amina')", text("expected-list"))).await, json!(-1));
    assert_eq!(chrome.eval(&text("in-today-count")).await, json!("1"));
    assert_eq!(chrome.eval(&text("expected-count")).await, json!("2"));
    // Undo, from the panel: taken back, she is expected again; then she comes in again.
    chrome.eval("document.querySelector('#checkin-result form.panel-undo button').click(); true").await;
    chrome.wait_for(&format!("{panel} === 'undone' && {queue} === '0' && {counters} === '0 0 3'")).await;
    chrome.wait_for(&format!("{} === '3' && {} === '0'", text("expected-count"), text("in-today-count"))).await;
    chrome.eval(&type_code(code_of(&app, &a))).await;
    chrome.wait_for(&format!("{panel} === 'admitted' && {queue} === '0' && {counters} === '1 1 3'")).await;
    let scans = scans_of(&app, a.registration.id).await;
    let kinds: Vec<&str> = scans.iter().map(|s| s.direction.as_str()).collect();
    assert_eq!(kinds, ["entry", "undo", "entry"]);
    let at = scans[2].scanned_at.with_timezone(&kathmandu).format("%H:%M").to_string();
    // A second scan is the amber warning, not a second row.
    chrome.eval(&type_code(code_of(&app, &a))).await;
    chrome.wait_for(&format!("{panel} === 'already-in' && {result_text}.indexOf('In since {at}') >= 0")).await;

    // The network drops: scans are checked against the embedded hashes and queued.
    chrome.offline(true).await;
    chrome.eval(&type_code(code_of(&app, &b))).await;
    chrome
        .wait_for(&format!("{queue} === '1' && document.getElementById('checkin-status').dataset.state === 'offline'"))
        .await;
    // Search as you type falls back to the embedded list; one click queues the check-in.
    chrome
        .eval("(function () { var q = document.getElementById('q'); q.value = 'lima'; q.dispatchEvent(new Event('input')); return true; })()")
        .await;
    chrome.wait_for("document.querySelector('#search-results li button')").await;
    chrome.eval("document.querySelector('#search-results li button').click(); true").await;
    chrome.wait_for(&format!("{queue} === '2'")).await;
    // A cancelled registration is refused on the spot, even offline; a forged code too.
    chrome.eval(&type_code(code_of(&app, &gone))).await;
    chrome.wait_for(&format!("{panel} === 'refused' && {result_text}.indexOf('Gone Away') >= 0 && {result_text}.indexOf('This registration is cancelled.') >= 0")).await;
    chrome.eval(&type_code("CK1.1.1.1.forged".to_owned())).await;
    chrome.wait_for(&format!("{result_text}.indexOf('not a valid check-in code') >= 0")).await;
    assert_eq!(chrome.eval(queue).await, json!("2"));
    // As if an answer had been lost: the first queued scan is in the queue twice.
    let dup = format!(
        "(function () {{ var k = 'convene.checkin.queue.{}'; var q = JSON.parse(localStorage.getItem(k)); q.push(q[0]); localStorage.setItem(k, JSON.stringify(q)); return q.length; }})()",
        event
    );
    assert_eq!(chrome.eval(&dup).await, json!(3));
    assert_eq!(scan_count(&app, event).await, 3, "nothing reached the server while offline");

    // The network returns: the queue drains, each scan recorded once.
    chrome.offline(false).await;
    chrome
        .wait_for(&format!("{queue} === '0' && document.getElementById('checkin-status').dataset.state === 'online'"))
        .await;
    assert_eq!(scans_of(&app, b.registration.id).await.len(), 1);
    let c_scans = scans_of(&app, c.registration.id).await;
    assert_eq!((c_scans.len(), c_scans[0].method.as_str()), (1, "search"));
    assert!(scans_of(&app, gone.registration.id).await.is_empty());
    assert_eq!(scan_count(&app, event).await, 5);
    // Everyone expected is in, the page never reloaded.
    chrome.wait_for(&format!("{counters} === '3 3 3' && {} === '0'", text("expected-count"))).await;
    assert_eq!(chrome.eval(&text("in-today-count")).await, json!("3"));
    assert_eq!(
        chrome.eval("!document.getElementById('expected-empty').hidden && window.loadedOnce === true").await,
        json!(true)
    );
}
