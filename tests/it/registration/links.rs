//! A registration form sent again, from the invitation link or the email-verification link,
//! changes nothing and shows nothing of the registration; the person's emailed link keeps
//! working until a new one is asked for, and that one goes by email to the address on record.

use convene::entities::{audit_entry, outbox_message, registration};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use super::registration_of;
use crate::helpers::{TestApp, invite, location};
use crate::support::factories::participants::registration_form;

/// The paths of the manage links in the emails queued for registration `id`, oldest first.
pub(super) async fn emailed_manage_links(app: &TestApp, id: i32) -> Vec<String> {
    let messages = outbox_message::Entity::find()
        .filter(outbox_message::Column::RegistrationId.eq(id))
        .order_by_asc(outbox_message::Column::Id)
        .all(&app.state.db.read)
        .await
        .unwrap();
    messages
        .iter()
        .map(|m| {
            let at = m.text_body.find("/r/").expect("a manage link in the email");
            m.text_body[at..].split_whitespace().next().unwrap().to_owned()
        })
        .collect()
}

/// Whether a response sets the CSRF cookie.
fn sets_csrf_cookie(r: &reqwest::Response) -> bool {
    r.headers().get_all("set-cookie").iter().any(|v| v.to_str().unwrap_or_default().starts_with("convene_csrf="))
}

#[tokio::test]
async fn an_invitation_sent_again_changes_nothing_and_a_new_link_goes_only_by_email() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).published().create().await;
    let token = invite(&app, event_id, "amina@example.org", None).await;
    let person = app.new_browser();
    let r = app.post_fields(&person, &format!("/i/{token}"), &registration_form("Amina")).await;
    assert_eq!(r.status(), 303);
    let first = registration_of(&app, event_id, "amina@example.org").await;
    let emailed = emailed_manage_links(&app, first.id).await;
    assert_eq!(emailed, [location(&r)], "the confirmation carries the link the browser was sent to");

    // Someone the invitation was forwarded to sends the form again: nothing changes, and the
    // answer holds no manage link, status or details.
    let stranger = app.new_browser();
    let r = app.post_fields(&stranger, &format!("/i/{token}"), &registration_form("Intruder")).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("You are already registered for this event."), "{page}");
    assert!(page.contains(&format!("action=\"/i/{token}/new-link\"")));
    assert!(!page.contains("/r/") && !page.contains("Confirmed") && !page.contains("Amina"), "{page}");
    let after = registration_of(&app, event_id, "amina@example.org").await;
    assert_eq!(after, first, "the registration, its link included, is as it was");
    assert_eq!(app.get(&person, &emailed[0]).await.0, 200, "the emailed link still works");
    assert_eq!(emailed_manage_links(&app, first.id).await.len(), 1, "nothing emailed");

    // The answered invitation, opened anew, shows no form and sets no cookie.
    let fresh = app.new_browser();
    let r = fresh.get(app.url(&format!("/i/{token}"))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(!sets_csrf_cookie(&r), "no form, no CSRF cookie");
    let page = r.text().await.unwrap();
    assert!(!page.contains("method=\"post\"") && !page.contains("/r/"), "{page}");
    assert!(page.contains(&format!("href=\"/i/{token}/new-link\"")));
    // The page behind that link has the button, and so its cookie.
    let r = fresh.get(app.url(&format!("/i/{token}/new-link"))).send().await.unwrap();
    assert!(sets_csrf_cookie(&r));
    assert!(r.text().await.unwrap().contains("Email me a new link"));

    // The button emails a new link to the address on record: the old one stops working.
    let r = app.post_form(&stranger, &format!("/i/{token}/new-link"), &[]).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("We have emailed a new personal link") && !page.contains("/r/"), "{page}");
    let links = emailed_manage_links(&app, first.id).await;
    assert_eq!(links.len(), 2);
    assert_eq!(app.get(&person, &links[0]).await.0, 410);
    assert_eq!(app.get(&person, &links[1]).await.0, 200);
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("registration.new_link"))
        .filter(audit_entry::Column::EntityId.eq(first.id.to_string()))
        .count(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(audited, 1);
    // Pressed again at once: nothing more is sent, and the latest link keeps working.
    let r = app.post_form(&stranger, &format!("/i/{token}/new-link"), &[]).await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("a few minutes ago"));
    assert_eq!(emailed_manage_links(&app, first.id).await.len(), 2);
    assert_eq!(app.get(&person, &links[1]).await.0, 200);
    // Later, another may be asked for.
    app.clock.set(app.clock.now() + chrono::Duration::minutes(11));
    app.post_form(&stranger, &format!("/i/{token}/new-link"), &[]).await;
    assert_eq!(emailed_manage_links(&app, first.id).await.len(), 3);

    // The organiser adding the same person by hand changes nothing either.
    let mut by_hand = registration_form("Amina");
    by_hand.push(("email", "amina@example.org".into()));
    let before = registration_of(&app, event_id, "amina@example.org").await;
    let r = org.post_fields(&format!("/organiser/events/{event_id}/registrations"), &by_hand).await;
    assert_eq!(r.status(), 303);
    assert_eq!(registration_of(&app, event_id, "amina@example.org").await, before);
    // Once the registration has ended, the invitation says so, and offers no link.
    let latest = emailed_manage_links(&app, first.id).await.pop().unwrap();
    assert_eq!(app.post_form(&person, &format!("{latest}/cancel"), &[]).await.status(), 200);
    let (_, page) = app.get(&fresh, &format!("/i/{token}")).await;
    assert!(page.contains("This registration has ended") && !page.contains("new-link"), "{page}");
    assert_eq!(app.post_fields(&stranger, &format!("/i/{token}"), &registration_form("Again")).await.status(), 409);
    assert_eq!(app.post_form(&stranger, &format!("/i/{token}/new-link"), &[]).await.status(), 409);
    // A link for an invitation nobody registered with gives nothing.
    let other = invite(&app, event_id, "nobody@example.org", None).await;
    assert_eq!(app.get(&fresh, &format!("/i/{other}/new-link")).await.0, 410);
    assert_eq!(app.post_form(&fresh, &format!("/i/{other}/new-link"), &[]).await.status(), 410);
}

#[tokio::test]
async fn an_open_registration_sent_again_changes_nothing_either() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(10).open_registration().published().create().await;
    let visitor = app.new_browser();
    // Two verification links for one address, as from asking twice.
    let mut verify = Vec::new();
    for _ in 0..2 {
        let r =
            app.post_form(&visitor, &format!("/events/{event_id}/register"), &[("email", "open@example.org")]).await;
        assert_eq!(r.status(), 200);
        let latest = outbox_message::Entity::find()
            .filter(outbox_message::Column::ToAddress.eq("open@example.org"))
            .order_by_desc(outbox_message::Column::Id)
            .one(&app.state.db.read)
            .await
            .unwrap()
            .unwrap();
        let at = latest.text_body.find("/v/").unwrap();
        verify.push(latest.text_body[at..].split_whitespace().next().unwrap().to_owned());
    }
    let r = app.post_fields(&visitor, &verify[0], &registration_form("Open")).await;
    assert_eq!(r.status(), 303);
    let first = registration_of(&app, event_id, "open@example.org").await;
    let emailed = emailed_manage_links(&app, first.id).await;

    // The same form again (its link now used), and the form of the second link: both are
    // told the person is registered; nothing changes.
    for path in [&verify[0], &verify[1]] {
        let r = app.post_fields(&visitor, path, &registration_form("Again")).await;
        assert_eq!(r.status(), 200, "{path}");
        let page = r.text().await.unwrap();
        assert!(page.contains("You are already registered for this event.") && !page.contains("/r/"), "{page}");
        assert!(page.contains(&format!("action=\"{path}/new-link\"")));
    }
    assert_eq!(registration_of(&app, event_id, "open@example.org").await, first);
    assert_eq!(registration::Entity::find().count(&app.state.db.read).await.unwrap(), 1);
    assert_eq!(app.get(&visitor, &emailed[0]).await.0, 200, "the emailed link still works");

    // A new link goes to the verified address only.
    let r = app.post_form(&visitor, &format!("{}/new-link", verify[1]), &[]).await;
    assert_eq!(r.status(), 200);
    let links = emailed_manage_links(&app, first.id).await;
    assert_eq!(links.len(), 2);
    assert_eq!(app.get(&visitor, &links[0]).await.0, 410);
    assert_eq!(app.get(&visitor, &links[1]).await.0, 200);
    let to = outbox_message::Entity::find()
        .filter(outbox_message::Column::RegistrationId.eq(first.id))
        .all(&app.state.db.read)
        .await
        .unwrap();
    assert!(to.iter().all(|m| m.to_address == "open@example.org"));
    // A link that expired gives nothing.
    app.clock.set(app.clock.now() + chrono::Duration::days(2));
    assert_eq!(app.post_form(&visitor, &format!("{}/new-link", verify[0]), &[]).await.status(), 410);
}
