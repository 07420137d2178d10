//! The registration situation public pages state near the top: by invitation only, open (until
//! its deadline), full with a waiting list, or closed; and the open-registration page with the
//! event's dates, place and situation, its form only while the event takes registrations.

use chrono::{TimeZone, Utc};

use crate::helpers::TestApp;
use crate::support::factories::participants::person_form;

/// An app whose public pages are never served from memory: the tests move the clock between
/// two looks at the same page.
async fn uncached() -> TestApp {
    TestApp::spawn_with(|s| s.server.public_cache_seconds = 0).await
}

/// The situation panel of `page`, from its opening tag to the end of its section.
fn panel(page: &str) -> &str {
    let start = page.find("<section class=\"situation ").unwrap_or_else(|| panic!("no situation panel:\n{page}"));
    let end = page[start..].find("</section>").map_or(page.len(), |e| start + e);
    &page[start..end]
}

async fn public_page(app: &TestApp, path: &str) -> String {
    let (status, page) = app.get(&app.new_browser(), path).await;
    assert_eq!(status, 200, "{page}");
    page
}

#[tokio::test]
async fn each_event_page_states_its_registration_situation() {
    let app = uncached().await;
    let org = app.organiser().await;

    let invited = app.event(&org.browser).published().create().await;
    let page = public_page(&app, &format!("/events/{invited}")).await;
    let p = panel(&page);
    assert!(p.contains("situation-invitation") && p.contains("Registration by invitation only"), "{p}");
    assert!(!page.contains(&format!("/events/{invited}/register")));
    assert!(page.find("situation-invitation") < page.find("<dl class=\"details\""), "near the top");

    // Open until 1 December at noon, Lomé time; 40 seats, none taken.
    let open = app
        .event(&org.browser)
        .open_registration()
        .set("registration_closes", "2026-12-01T12:00")
        .published()
        .create()
        .await;
    let page = public_page(&app, &format!("/events/{open}")).await;
    let p = panel(&page);
    assert!(p.contains("situation-open") && p.contains("Registration is open"), "{p}");
    assert!(p.contains("Register by 1 December 2026, 12:00 (Africa/Lome)."), "{p}");
    assert!(p.contains("40 seats are still free."));
    assert!(p.contains(&format!("href=\"/events/{open}/register\"")));

    // Every seat taken: registrations join the waiting list.
    let full = app.event(&org.browser).open_registration().capacity(1).published().create().await;
    app.add_by_hand(&org, full, "seated@example.org", &person_form("Ama", "Mensah")).await;
    let page = public_page(&app, &format!("/events/{full}")).await;
    let p = panel(&page);
    assert!(p.contains("situation-full") && p.contains("Full: waiting list open"), "{p}");
    assert!(p.contains("you will join the waiting list") && p.contains("Registration stays open until the end"));
    assert!(p.contains(&format!("href=\"/events/{full}/register\"")) && p.contains("Join the waiting list"));

    // Past the deadline, then past the event.
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap());
    let page = public_page(&app, &format!("/events/{open}")).await;
    let p = panel(&page);
    assert!(p.contains("situation-closed") && p.contains("Registration is closed"), "{p}");
    assert!(p.contains("The registration deadline (1 December 2026, 12:00 (Africa/Lome)) has passed."), "{p}");
    assert!(!page.contains(&format!("/events/{open}/register")));
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 11, 0, 0, 0).unwrap());
    for id in [invited, full] {
        let page = public_page(&app, &format!("/events/{id}")).await;
        let p = panel(&page);
        assert!(p.contains("situation-closed") && p.contains("This event is over."), "{p}");
        assert!(!page.contains(&format!("/events/{id}/register")));
    }
}

#[tokio::test]
async fn a_cancelled_event_and_one_not_yet_open_take_no_registration() {
    let app = uncached().await;
    let org = app.organiser().await;
    let later = app.event(&org.browser).open_registration().set("registration_opens", "2026-12-01T09:00");
    let later = later.published().create().await;
    let page = public_page(&app, &format!("/events/{later}")).await;
    let p = panel(&page);
    assert!(p.contains("situation-not-yet-open") && p.contains("Registration opens on 1 December 2026, 09:00"), "{p}");
    assert!(!page.contains(&format!("/events/{later}/register")));

    assert_eq!(org.post_form(&format!("/organiser/events/{later}/cancel"), &[]).await.status(), 303);
    let page = public_page(&app, &format!("/events/{later}")).await;
    assert!(panel(&page).contains("The event was cancelled: no registration is taken."), "{page}");
}

#[tokio::test]
async fn the_open_registration_page_shows_the_dates_the_place_and_the_situation() {
    let app = uncached().await;
    let org = app.organiser().await;
    let open = app.event(&org.browser).open_registration().capacity(1).set("venue_name", "Hôtel du 2 Février");
    let open = open.set("registration_closes", "2026-12-01T12:00").published().create().await;
    let path = format!("/events/{open}/register");

    let page = public_page(&app, &path).await;
    assert!(page.contains("8–10 December 2026 · Hôtel du 2 Février, Lomé, Togo"), "{page}");
    assert!(panel(&page).contains("Register by 1 December 2026, 12:00 (Africa/Lome)."));
    assert!(panel(&page).contains("One seat is still free."));
    assert!(page.contains("name=\"email\"") && page.contains(&format!("action=\"{path}\"")));
    assert!(!panel(&page).contains("/register\""), "no link to the page itself");

    // Full: the form stays, for the waiting list.
    app.add_by_hand(&org, open, "seated@example.org", &person_form("Ama", "Mensah")).await;
    let page = public_page(&app, &path).await;
    assert!(panel(&page).contains("situation-full") && page.contains("name=\"email\""), "{page}");

    // Closed: the situation says why, and there is no form to fill in in vain.
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 2, 8, 0, 0).unwrap());
    let page = public_page(&app, &path).await;
    assert!(panel(&page).contains("situation-closed") && page.contains("Lomé, Togo"), "{page}");
    assert!(!page.contains("name=\"email\""));

    // An event by invitation only says so there too.
    app.clock.set(crate::helpers::test_now());
    let invited = app.event(&org.browser).published().create().await;
    let page = public_page(&app, &format!("/events/{invited}/register")).await;
    assert!(panel(&page).contains("situation-invitation") && !page.contains("name=\"email\""), "{page}");
}
