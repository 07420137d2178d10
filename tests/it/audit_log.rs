//! The admin's audit log: filters by who, action, record and dates; human labels; links to
//! the records; bad filters refused naming the field.

use convene::domain::Role;

use crate::helpers::{TestApp, create_event, event_fields};

#[tokio::test]
async fn admins_filter_the_audit_log_and_follow_entries_to_their_records() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in("admin@example.org", Role::Admin, &[]).await;
    let organiser = app.signed_in("o@example.org", Role::Organiser, &["1540"]).await;
    let id = create_event(&app, &organiser, &event_fields("1540")).await;
    app.post_form(&organiser, &format!("/organiser/events/{id}/publish"), &[]).await;

    let (status, page) = app.get(&admin, "/admin/audit").await;
    assert_eq!(status, 200);
    assert!(page.contains("Event created") && page.contains("Event published"), "actions in words");
    assert!(page.contains(&format!("href=\"/organiser/events/{id}\"")), "the event is linked");
    assert!(page.contains("Staff account created"));

    let (_, page) = app.get(&admin, "/admin/audit?action=event.publish").await;
    assert!(page.contains("1 entry") && page.contains("<code class=\"meta\">event.publish</code>"));
    assert!(!page.contains("<code class=\"meta\">event.create</code>"), "only the action asked for");
    let (_, page) = app.get(&admin, "/admin/audit?who=O%40EXAMPLE").await;
    assert!(page.contains("o@example.org") && page.contains("2 entries"), "who matches part of the label, any case");
    let (_, page) = app.get(&admin, &format!("/admin/audit?record=event&record_id={id}")).await;
    assert!(page.contains("2 entries"));
    let (_, page) = app.get(&admin, "/admin/audit?from=2026-11-27&to=2026-11-27").await;
    assert!(page.contains("Event created"), "the test clock's day is included at both ends");
    let (_, page) = app.get(&admin, "/admin/audit?to=2026-11-26").await;
    assert!(page.contains("No entry matches these filters."));
    let (_, page) = app.get(&admin, "/admin/audit?who=100%25").await;
    assert!(page.contains("No entry matches"), "a typed % matches only itself");

    for (query, field) in [("from=2026-02-30", "from"), ("to=soon", "to"), ("page=0", "page")] {
        let (status, page) = app.get(&admin, &format!("/admin/audit?{query}")).await;
        assert_eq!(status, 422, "{query}");
        assert!(page.contains(&format!("href=\"#{field}\"")), "{query}: the error names its field");
    }
}
