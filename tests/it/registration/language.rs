//! A person's link pages open in the language of their invitation, not in the browser's; the
//! visible switch still changes it for the visit.

use convene::entities::invitation;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{TestApp, invite, location};
use crate::support::factories::participants::registration_form;

/// The `lang` of a page's `html` element.
fn page_lang(page: &str) -> &str {
    page.split("<html lang=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or("")
}

#[tokio::test]
async fn link_pages_speak_the_invitation_language_until_the_visitor_switches() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let event_id = app.event(&org.browser).capacity(10).published().create().await;
    let token = invite(&app, event_id, "chloe@example.org", None).await;
    let row = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event_id))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    let mut french: invitation::ActiveModel = row.into();
    french.language = Set("fr".into());
    french.update(&app.state.db.write).await.unwrap();

    // A browser that asks for English still gets the invitee's French.
    let english = crate::helpers::http_client()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers([(reqwest::header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9".parse().unwrap())].into_iter().collect())
        .build()
        .unwrap();
    let (status, page) = app.get(&english, &format!("/i/{token}")).await;
    assert_eq!(status, 200);
    assert_eq!(page_lang(&page), "fr", "the invitation page opens in the invitee's language");
    let (_, home) = app.get(&english, "/").await;
    assert_eq!(page_lang(&home), "en", "other pages keep the browser's language");

    let registered = app.post_fields(&english, &format!("/i/{token}"), &registration_form("Chloé")).await;
    assert_eq!(registered.status(), 303);
    let manage = location(&registered);
    let (_, page) = app.get(&english, &manage).await;
    assert_eq!(page_lang(&page), "fr", "so does the manage page");

    // The switch on the page wins for this visitor.
    let switched = english.get(app.url(&format!("/language?lang=en&next={manage}"))).send().await.unwrap();
    assert_eq!(switched.status(), 303);
    let (_, page) = app.get(&english, &manage).await;
    assert_eq!(page_lang(&page), "en");

    // An unknown stored code changes nothing.
    let token = invite(&app, event_id, "dan@example.org", None).await;
    let row = invitation::Entity::find()
        .filter(invitation::Column::PersonId.ne(0))
        .all(&app.state.db.read)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.language != "fr")
        .unwrap();
    let mut odd: invitation::ActiveModel = row.into();
    odd.language = Set("xx".into());
    odd.update(&app.state.db.write).await.unwrap();
    let (status, page) = app.get(&app.new_browser(), &format!("/i/{token}")).await;
    assert_eq!((status, page_lang(&page)), (200, "en"));
}
