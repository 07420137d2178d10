//! Browser proof of the interface: every page type that exists, opened in headless chromium
//! by the role that uses it, at a phone's 390 px and a desktop's 1280 px. Each must fit the
//! screen's width (no sideways scrolling of the page), show its key elements, and report no
//! console error, uncaught exception or failed resource. A full-page screenshot of each is
//! saved under `target/screenshots/` for people to look at (nothing asserts on them).

use std::path::{Path, PathBuf};

use convene::domain::Role;
use convene::entities::{contribution, donor, event_session, outbox_message, registration};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, create_event, event_fields, invite, location};
use crate::support::chromium::{self, Chromium};

/// A phone's width and a desktop's, in CSS pixels.
const WIDTHS: [u32; 2] = [390, 1280];

/// A page to open: a name for its screenshot, its path, and a CSS selector it must contain.
struct Screen {
    name: &'static str,
    path: String,
    key: &'static str,
}

fn screen(name: &'static str, path: impl Into<String>, key: &'static str) -> Screen {
    Screen { name, path: path.into(), key }
}

/// Where the screenshots go: `target/screenshots/` (or under `CARGO_TARGET_DIR`).
fn screenshot_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

/// Opens each screen at each width as `who`, collecting what is wrong into `failures`.
async fn check(chrome: &mut Chromium, app: &TestApp, who: &str, screens: &[Screen], failures: &mut Vec<String>) {
    let dir = screenshot_dir();
    let staff = !matches!(who, "public" | "donor");
    for width in WIDTHS {
        chrome.set_width(width).await;
        for s in screens {
            chrome.open(&app.url(&s.path)).await;
            let at = format!("{who}: {} ({}) at {width} px", s.name, s.path);
            let title = chrome.eval("document.title").await;
            if title.as_str().is_none_or(|t| t.starts_with("Error")) {
                failures.push(format!("{at}: the page is an error page: {title}"));
            }
            // A phone's browser may widen its viewport to fit a page too wide: the screen's own
            // width is the bound too.
            let overflow = chrome
                .eval(&format!("document.documentElement.scrollWidth - Math.min(window.innerWidth, {width})"))
                .await;
            if overflow.as_i64().is_none_or(|o| o > 0) {
                failures.push(format!("{at}: the page is {overflow} px wider than the screen"));
            }
            for selector in ["header.site .brand-office", "main h1", s.key] {
                if chrome.eval(&format!("!!document.querySelector({selector:?})")).await != json!(true) {
                    failures.push(format!("{at}: nothing matches {selector}"));
                }
            }
            // The staff's links fold into a menu on a phone, and only there.
            let folded = chrome.eval("getComputedStyle(document.querySelector('details.site-menu')).display !== 'none' && getComputedStyle(document.querySelector('nav.site-nav.wide')).display === 'none'").await;
            if staff && folded != json!(width < 600) {
                failures.push(format!("{at}: the staff navigation should fold into the menu on phones only"));
            }
            for problem in chrome.problems().await {
                failures.push(format!("{at}: {problem}"));
            }
            chrome.screenshot(width, &dir.join(format!("{who}-{}-{width}.png", s.name))).await;
        }
    }
}

/// Signs the browser in as staff member `email` through the sign-in form.
async fn sign_in(chrome: &mut Chromium, app: &TestApp, email: &str) {
    chrome.clear_cookies().await;
    chrome.open(&app.url("/sign-in")).await;
    chrome
        .navigate_by(&format!(
            "document.querySelector('input[name=email]').value = {email:?};
             document.querySelector('input[name=password]').value = {PASSWORD:?};
             document.querySelector('input[name=password]').form.submit(); true"
        ))
        .await;
    assert_ne!(chrome.eval("location.pathname").await, json!("/sign-in"), "{email} could not sign in");
    // Where the sign-in form lands is not one of the screens: what it reported is not theirs.
    chrome.problems().await;
}

/// Signs the browser in to the donor portal as `email`, with the link the portal emails.
async fn donor_sign_in(chrome: &mut Chromium, app: &TestApp, email: &str) {
    chrome.clear_cookies().await;
    chrome.open(&app.url("/donor/sign-in")).await;
    chrome
        .navigate_by(&format!(
            "document.querySelector('input[name=email]').value = {email:?};
             document.querySelector('input[name=email]').form.submit(); true"
        ))
        .await;
    let mail = outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(email))
        .order_by_desc(outbox_message::Column::Id)
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("the portal's link by email");
    let at = mail.text_body.find("/donor/link/").expect("a link in the email");
    let link = mail.text_body[at..].split_whitespace().next().unwrap().to_owned();
    chrome.open(&app.url(&link)).await;
    chrome.navigate_by("document.querySelector('main form').submit(); true").await;
    assert_eq!(chrome.eval("location.pathname").await, json!("/donor"), "the donor portal did not open");
}

/// What the screens are about: a fresh event with a session, a delegation and a registration;
/// an open event; a past event of the demo data with its participants; a donor.
struct World {
    fresh: i32,
    session: i32,
    open: i32,
    past: i32,
    organiser_id: i32,
    /// An invitation not answered yet (its registration form).
    invitation: String,
    /// A registration's private manage link.
    manage: String,
    /// That registration's id.
    registration: i32,
    /// Manage links of a registration on a full event's waiting list, and of one the
    /// secretariat rejected with a reason.
    waitlisted: String,
    rejected: String,
    donor: i32,
    contribution: Option<i32>,
    mail: i32,
    /// The registered person (their erasure on request).
    person: i32,
}

async fn world(app: &TestApp) -> World {
    app.load_demo().await;
    let codes: Vec<String> = app.state.reference.programmes.iter().map(|p| p.code.clone()).collect();
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    let organiser_id = app.create_user("organiser@example.org", Role::Organiser, &codes).await;
    app.create_user("admin@example.org", Role::Admin, &[]).await;
    let org = app.new_browser();
    app.sign_in(&org, "organiser@example.org").await;
    let publish = |id: i32| format!("/organiser/events/{id}/publish");
    let fresh = create_event(app, &org, &event_fields("1540")).await;
    assert_eq!(app.post_form(&org, &publish(fresh), &[]).await.status(), 303);
    let session = [("title", "Opening plenary"), ("kind", "plenary"), ("date", "2026-12-08")];
    let times = [("start_time", "09:00"), ("end_time", "10:30"), ("room", "Salle 1")];
    let fields: Vec<(&str, &str)> = session.iter().chain(times.iter()).copied().collect();
    let r = app.post_form(&org, &format!("/organiser/events/{fresh}/sessions"), &fields).await;
    assert_eq!(r.status(), 303, "session: {}", location(&r));
    let delegation = [
        ("country", "BWA"),
        ("seat_quota", "2"),
        ("email", "focal@mission.example.org"),
        ("given_name", "Kabo"),
        ("family_name", "Molefe"),
        ("language", "en"),
    ];
    assert_eq!(app.post_form(&org, &format!("/organiser/events/{fresh}/delegations"), &delegation).await.status(), 303);
    let mut open_fields = event_fields("1540");
    open_fields.iter_mut().filter(|(k, _)| *k == "registration_mode").for_each(|(_, v)| *v = "open".into());
    let open = create_event(app, &org, &open_fields).await;
    assert_eq!(app.post_form(&org, &publish(open), &[]).await.status(), 303);
    let manage = registered(app, fresh).await;
    let (waitlisted, rejected) = waitlisted_and_rejected(app, &org).await;
    let invitation = invite(app, fresh, "kofi@example.org", None).await;
    let past = registration::Entity::find().order_by_asc(registration::Column::Id).one(&app.state.db.read).await;
    let past = past.unwrap().expect("the demo's registrations").event_id;
    let donor = donor::Entity::find().order_by_asc(donor::Column::Id).one(&app.state.db.read).await.unwrap().unwrap();
    let contribution = contribution::Entity::find()
        .filter(contribution::Column::DonorId.eq(donor.id))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .map(|c| c.id);
    let mail = outbox_message::Entity::find().one(&app.state.db.read).await.unwrap().expect("an email").id;
    let session = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(fresh))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap()
        .id;
    let registration = registration::Entity::find()
        .filter(registration::Column::EventId.eq(fresh))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("the registration");
    let (registration, person) = (registration.id, registration.person_id);
    World {
        fresh,
        session,
        open,
        past,
        organiser_id,
        invitation,
        manage,
        registration,
        waitlisted,
        rejected,
        donor: donor.id,
        contribution,
        mail,
        person,
    }
}

/// Registers someone to `event` through an invitation; returns their emailed manage link.
async fn registered(app: &TestApp, event: i32) -> String {
    let token = invite(app, event, "amina@example.org", None).await;
    let person = app.new_browser();
    let form = [
        ("title", "Ms."),
        ("given_name", "Amina"),
        ("family_name", "Diallo"),
        ("gender", "woman"),
        ("country", "SEN"),
        ("organisation", "Ministry of Foreign Affairs"),
        ("phone", "+221 33 000 00 00"),
        ("needs", "Step-free access"),
        ("consent", "on"),
    ];
    assert_eq!(app.post_form(&person, &format!("/i/{token}"), &form).await.status(), 303);
    let mail = outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq("amina@example.org"))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("the confirmation");
    let at = mail.text_body.find("/r/").expect("a manage link");
    mail.text_body[at..].split_whitespace().next().unwrap().to_owned()
}

/// On a one-seat event, a registration in line behind the seated one, and one the secretariat
/// rejected with a reason: their manage links.
async fn waitlisted_and_rejected(app: &TestApp, org: &reqwest::Client) -> (String, String) {
    let mut fields = event_fields("1540");
    fields.iter_mut().filter(|(k, _)| *k == "capacity").for_each(|(_, v)| *v = "1".into());
    let small = create_event(app, org, &fields).await;
    assert_eq!(app.post_form(org, &format!("/organiser/events/{small}/publish"), &[]).await.status(), 303);
    app.register_invitee(small, "seated@example.org", "Seated").await;
    let waitlisted = app.register_invitee(small, "waiting@example.org", "Waiting").await;
    let rejected = app.register_invitee(small, "rejected@example.org", "Rejected").await;
    let id = registration::Entity::find()
        .filter(registration::Column::EventId.eq(small))
        .filter(registration::Column::GivenName.eq("Rejected"))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("the registration to reject")
        .id
        .to_string();
    let reason = "Participation is limited to officials of the States of the region.";
    let fields = [("id", id.as_str()), ("action", "reject"), ("reason", reason)];
    let r = app.post_form(org, &format!("/organiser/events/{small}/registrations/move"), &fields).await;
    assert_eq!(r.status(), 303, "rejection: {}", location(&r));
    (waitlisted, rejected)
}

/// The public schedule is a table on a desktop and cards on a phone, never both.
async fn schedule_fits_each_screen(chrome: &mut Chromium, app: &TestApp, path: &str, failures: &mut Vec<String>) {
    for width in WIDTHS {
        chrome.set_width(width).await;
        chrome.open(&app.url(path)).await;
        let shown = |selector: &str| {
            format!(
                "(e => !!e && getComputedStyle(e).display !== 'none' && e.offsetHeight > 0)(document.querySelector({selector:?}))"
            )
        };
        let table = chrome.eval(&shown("#schedule .table-scroll")).await;
        let cards = chrome.eval(&shown("#schedule ol.session-cards li.session-card")).await;
        if (table, cards) != (json!(width > 390), json!(width == 390)) {
            failures.push(format!(
                "{path} at {width} px: the schedule should be {}",
                if width == 390 { "cards" } else { "a table" }
            ));
        }
    }
}

fn public_screens(w: &World) -> Vec<Screen> {
    vec![
        screen("home", "/", "nav.filters [aria-current=page]"),
        screen("programme", "/programmes/1540", "nav.filters [aria-current=page]"),
        screen("event", format!("/events/{}", w.fresh), "#schedule .table-scroll table caption"),
        screen("past-event", format!("/events/{}", w.past), "dl.details"),
        screen("timetable", format!("/events/{}/timetable", w.fresh), "#schedule"),
        screen("calendar", "/calendar?month=2026-12", "table.month-grid"),
        screen("calendar-list", "/calendar?view=list&month=2026-12", "ul.cards"),
        screen("open-registration", format!("/events/{}/register", w.open), "input#email[required]"),
        screen("registration-form", format!("/i/{}", w.invitation), "select#gender[required]"),
        screen("manage", w.manage.clone(), ".registration-state .badge"),
        screen("manage-waitlisted", w.waitlisted.clone(), ".panel-waitlisted .badge"),
        screen("manage-rejected", w.rejected.clone(), ".panel-rejected .decision-reason blockquote"),
        screen("event-situation", format!("/events/{}", w.open), "section.situation-open a.button.primary"),
        screen("verify-certificate", "/certificates/verify", "input#code"),
        screen("new-links", "/links/new", "input#email[required]"),
        screen("sign-in", "/sign-in", "input[name=password]"),
        screen("privacy-notice", "/privacy", "#retention"),
        screen("donor-sign-in", "/donor/sign-in", "input#email"),
    ]
}

fn organiser_screens(w: &World) -> Vec<Screen> {
    let (f, p) = (w.fresh, w.past);
    let e = |tail: &str| format!("/organiser/events/{f}{tail}");
    let tab = "nav.event-nav a[aria-current=page]";
    let mut screens = vec![
        screen("organiser-home", "/organiser", "ul.cards li.card .badge"),
        screen("events", "/organiser/events", ".table-scroll table .badge"),
        screen("new-event", "/organiser/events/new", "select#programme[required]"),
        screen("event-overview", e(""), ".dashboard .figures"),
        screen("event-edit", e("/edit"), "fieldset.languages"),
        screen("event-clone", e("/clone"), "input#start_date"),
        screen("session-edit", e(&format!("/sessions/{}", w.session)), "nav.breadcrumbs"),
        screen("calendar-import", e("/calendar-import"), "textarea#ics"),
        screen("changes", e("/changes"), "nav.breadcrumbs"),
        screen("invitations", e("/invitations"), tab),
        screen("invite-one", e("/invitations/new"), "select#role"),
        screen("invitations-import", e("/invitations/import"), "textarea#csv"),
        screen("invitations-copy", e("/invitations/copy"), "select#from_event[required]"),
        screen("delegations", e("/delegations"), ".table-scroll table.delegations"),
        screen("registrations", e("/registrations"), "form.table-form .table-scroll"),
        screen("registration-add", e("/registrations/new"), "select#gender[required]"),
        screen("registration-detail", e(&format!("/registrations/{}", w.registration)), "dl.details"),
        screen("participants", e("/participants"), tab),
        screen("reminders", e("/reminders"), tab),
        screen("report", e("/report"), ".figures"),
        screen("empty-report", format!("/organiser/events/{}/report", w.open), ".empty-state"),
        screen("certificates", e("/certificates"), tab),
        screen("funding", e("/funding"), "select#contribution_id[required]"),
        screen("desk", format!("/checkin/events/{f}"), "#scan-form"),
        screen("walk-in", format!("/checkin/events/{f}/walk-in"), "select#gender[required]"),
        screen("past-registrations", format!("/organiser/events/{p}/registrations"), "form.table-form tbody tr"),
        screen("past-report", format!("/organiser/events/{p}/report"), "figure.chart"),
        screen("past-certificates", format!("/organiser/events/{p}/certificates"), ".table-scroll"),
        screen("past-participants", format!("/organiser/events/{p}/participants"), ".lop-preview"),
        screen("past-funding", format!("/organiser/events/{p}/funding"), tab),
        screen("reports", "/organiser/reports?programme=1540", ".figures"),
        screen("donors", "/organiser/donors", "ul.donors"),
        screen("donor", format!("/organiser/donors/{}", w.donor), "form.stack"),
        screen("account", "/account/password", "input#new_password"),
    ];
    if let Some(c) = w.contribution {
        screens.push(screen("contribution", format!("/organiser/donors/{}/contributions/{c}", w.donor), ".figures"));
    }
    screens
}

fn admin_screens(w: &World) -> Vec<Screen> {
    vec![
        screen("users", "/admin/users", ".table-scroll table"),
        screen("user", format!("/admin/users/{}", w.organiser_id), "select#role"),
        screen("audit", "/admin/audit", ".table-scroll details summary"),
        screen("audit-filtered", "/admin/audit?record=event&from=2026-11-01", "form.filters select#action"),
        screen("mailbox", "/admin/mailbox", "#queue"),
        screen("mail", format!("/admin/mailbox/{}", w.mail), "iframe.mail"),
        screen("jobs", "/admin/jobs", "table#jobs"),
        screen("privacy", "/admin/privacy", "table#due"),
        screen("privacy-person", format!("/admin/privacy/people/{}", w.person), "textarea#reason"),
        screen("funding", "/admin/funding", ".figures"),
        screen("donor-report", format!("/admin/donors/{}", w.donor), ".figures"),
    ]
}

#[tokio::test]
async fn every_page_fits_a_phone_and_a_desktop_without_console_errors() {
    let Some(browser) = chromium::find_or_skip("every_page_fits_a_phone_and_a_desktop_without_console_errors") else {
        return;
    };
    let app = TestApp::spawn().await;
    let w = world(&app).await;
    let door = app.create_user("door@example.org", Role::CheckIn, &[]).await;
    convene::auth::rules::assign_checkin_event(
        &app.state.db,
        &convene::audit::Actor::cli(),
        door,
        w.fresh,
        app.clock.now(),
    )
    .await
    .unwrap();
    let mut chrome = Chromium::start(&browser).await;
    chrome.watch_console().await;
    let mut failures = Vec::new();
    check(&mut chrome, &app, "public", &public_screens(&w), &mut failures).await;
    for path in [format!("/events/{}", w.fresh), format!("/events/{}/timetable", w.fresh)] {
        schedule_fits_each_screen(&mut chrome, &app, &path, &mut failures).await;
    }
    // On the event's second day the check-in code leads the manage page.
    app.clock.set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 12, 9, 9, 0, 0).unwrap());
    let under_way = [screen("manage-under-way", w.manage.clone(), ".checkin-code.now img")];
    check(&mut chrome, &app, "public", &under_way, &mut failures).await;
    app.clock.set(crate::helpers::test_now());
    sign_in(&mut chrome, &app, "organiser@example.org").await;
    check(&mut chrome, &app, "organiser", &organiser_screens(&w), &mut failures).await;
    sign_in(&mut chrome, &app, "admin@example.org").await;
    check(&mut chrome, &app, "admin", &admin_screens(&w), &mut failures).await;
    // In Arabic the pages read right to left, their charts mirrored, and still fit a phone.
    chrome.open(&app.url("/language?lang=ar&next=%2F")).await;
    let arabic = [
        screen("report-ar", format!("/organiser/events/{}/report", w.fresh), "html[dir=rtl] .figures"),
        screen("donor-report-ar", format!("/admin/donors/{}", w.donor), "html[dir=rtl] .figures"),
        screen("funding-ar", "/admin/funding", ".figures"),
        screen("registrations-ar", format!("/organiser/events/{}/registrations", w.fresh), "nav.breadcrumbs"),
    ];
    check(&mut chrome, &app, "admin-ar", &arabic, &mut failures).await;
    chrome.open(&app.url("/language?lang=en&next=%2F")).await;
    sign_in(&mut chrome, &app, "door@example.org").await;
    // Someone checked in, so the desk's lists and counters have something to show.
    let checkin = format!("/api/v1/events/{}/checkin/scan", w.fresh);
    let scanned =
        app.api_of(door).await.post(&checkin, json!({"key": "screens-0001", "registration_id": w.registration})).await;
    assert_eq!(scanned.0, 201, "{}", scanned.1);
    let desk = [
        screen("desk", format!("/checkin/events/{}", w.fresh), "#scan-form"),
        screen("desk-after-scans", format!("/checkin/events/{}", w.fresh), "#in-today-list li .time"),
        screen("walk-in", format!("/checkin/events/{}/walk-in", w.fresh), "select#gender[required]"),
    ];
    check(&mut chrome, &app, "checkin", &desk, &mut failures).await;
    let donor_email = convene::entities::donor_contact::Entity::find()
        .filter(convene::entities::donor_contact::Column::DonorId.eq(w.donor))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .expect("a contact of the demo's donor")
        .email;
    donor_sign_in(&mut chrome, &app, &donor_email).await;
    check(&mut chrome, &app, "donor", &[screen("dashboard", "/donor", ".figures")], &mut failures).await;
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}
