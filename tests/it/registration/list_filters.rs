//! The registration list's state filters (each state a link with its count) and its "select
//! all", which works without the script.

use super::registration_of;
use crate::helpers::{TestApp, invite};
use crate::support::factories::participants::registration_form;

/// Registers `email` through its invitation.
async fn register(app: &TestApp, event_id: i32, email: &str, given: &str) -> i32 {
    let token = invite(app, event_id, email, None).await;
    let posted = app.post_fields(&app.new_browser(), &format!("/i/{token}"), &registration_form(given)).await;
    assert_eq!(posted.status(), 303);
    registration_of(app, event_id, email).await.id
}

#[tokio::test]
async fn organisers_filter_by_state_with_one_click_and_tick_every_row() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(10).approval().published().create().await;
    let amina = register(&app, event_id, "amina@example.org", "Amina").await;
    let boris = register(&app, event_id, "boris@example.org", "Boris").await;
    let moved = org
        .post_form(
            &format!("/organiser/events/{event_id}/registrations/move"),
            &[("id", &amina.to_string()), ("action", "approve")],
        )
        .await;
    assert_eq!(moved.status(), 303);
    let list = format!("/organiser/events/{event_id}/registrations");

    let (_, page) = org.get(&list).await;
    assert!(page.contains(&format!("href=\"{list}\" aria-current=\"page\">All <span class=\"count\">2</span>")));
    assert!(page.contains(&format!("href=\"{list}?state=pending\">Pending approval <span class=\"count\">1</span>")));
    assert!(page.contains(&format!("href=\"{list}?state=confirmed\">Confirmed <span class=\"count\">1</span>")));
    assert!(!page.contains("checked"), "no box arrives ticked");

    let (_, pending) = org.get(&format!("{list}?state=pending&q=boris")).await;
    assert!(pending.contains(&format!("href=\"{list}?state=pending&amp;q=boris\" aria-current=\"page\">Pending")));
    assert!(pending.contains(&format!("href=\"{list}?state=confirmed&amp;q=boris\">")), "other filters are kept");
    assert!(pending.contains(&format!("value=\"{boris}\"")) && !pending.contains(&format!("value=\"{amina}\"")));
    assert!(pending.contains(&format!("href=\"{list}?state=pending&amp;q=boris&amp;select=all\" data-select-all")));

    let (_, ticked) = org.get(&format!("{list}?state=pending&q=boris&select=all")).await;
    assert!(ticked.contains(&format!("value=\"{boris}\" checked")), "every box of the page ticked");
    assert!(ticked.contains(&format!("href=\"{list}?state=pending&amp;q=boris\" data-select-all")));
    assert!(ticked.contains(">Clear selection</a>"));

    let (status, odd) = org.get(&format!("{list}?select=everything")).await;
    assert_eq!(status, 200, "an unknown selection is no error");
    assert!(!odd.contains("checked"), "and ticks nothing");
}
