//! The list of speakers: the order rule, bad inscriptions, withdrawals, moves (audited), the
//! chair's view and "spoke", the focal point's link, the published list and its PDF.

use serde_json::json;

use super::agenda::audit_actions;
use super::{inscribe, item, meeting, order};
use crate::smtp::SmtpServer;
use crate::support::pdf;

#[tokio::test]
async fn groups_first_then_states_by_level_first_come_first_served_then_observers() {
    let (app, org, event) = meeting().await;
    let general = item(&org, event, "5", "General debate").await;
    let minute = chrono::Duration::minutes(1);
    let bodies = [
        json!({"speaker": "observer", "name": "International Committee of the Red Cross", "level": "head_of_delegation"}),
        json!({"country": "DEU", "level": "other"}),
        json!({"country": "BWA", "level": "head_of_delegation"}),
        json!({"country": "NGA", "level": "head_of_delegation", "on_behalf_of": "AFRICAN"}),
        json!({"country": "MEX", "level": "minister"}),
        json!({"country": "JPN", "level": "head_of_delegation"}),
        json!({"country": "IDN", "level": "other", "on_behalf_of": "Non-Aligned Movement"}),
    ];
    let mut last = json!(null);
    for body in bodies {
        app.clock.set(app.clock.now() + minute);
        let (s, v) = inscribe(&org, event, general, body).await;
        assert_eq!(s, 201, "{v}");
        last = v;
    }
    // Groups first (by level: the head of delegation before "other"), then States by level and
    // time, then the observer.
    assert_eq!(
        order(&last),
        ["Nigeria", "Indonesia", "Mexico", "Botswana", "Japan", "Germany", "International Committee of the Red Cross"]
    );
    assert_eq!(last["speakers"][0]["on_behalf_text"], "on behalf of the Group of African States");
    assert_eq!(last["speakers"][1]["on_behalf_of"], "Non-Aligned Movement");
    let places: Vec<i64> = last["speakers"].as_array().unwrap().iter().map(|s| s["place"].as_i64().unwrap()).collect();
    assert_eq!(places, [1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(last["speaking_now"], last["speakers"][0]["id"]);
    assert_eq!(last["next"], last["speakers"][1]["id"]);
}

#[tokio::test]
async fn bad_inscriptions_are_refused_and_change_nothing() {
    let (_app, org, event) = meeting().await;
    let general = item(&org, event, "5", "General debate").await;
    assert_eq!(inscribe(&org, event, general, json!({"country": "BWA", "level": "minister"})).await.0, 201);
    // The same State for the same group: a clash on the country.
    let (s, v) = inscribe(&org, event, general, json!({"country": "BWA", "level": "other"})).await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (409, Some("country")), "{v}");
    // The same State on behalf of a group is another statement.
    assert_eq!(
        inscribe(&org, event, general, json!({"country": "BWA", "level": "minister", "on_behalf_of": "AFRICAN"}))
            .await
            .0,
        201
    );
    // Unknown item, unknown State, unknown level, an observer without a name.
    assert_eq!(inscribe(&org, event, 99999, json!({"country": "GHA", "level": "minister"})).await.0, 404);
    let (s, v) = inscribe(&org, event, general, json!({"country": "ZZZ", "level": "king"})).await;
    assert_eq!(s, 422, "{v}");
    let (s, v) = inscribe(&org, event, general, json!({"speaker": "observer", "level": "other"})).await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("name")));
    // After the list closes.
    let (s, _) = org
        .api
        .put(
            &format!("/api/v1/events/{event}/agenda/{general}"),
            json!({"number": "5", "title": "General debate", "list_open": false}),
        )
        .await;
    assert_eq!(s, 200);
    let (s, v) = inscribe(&org, event, general, json!({"country": "GHA", "level": "minister"})).await;
    assert_eq!(s, 409);
    assert!(v["message"].as_str().unwrap().contains("closed"), "{v}");
    let (_, list) = org.api.get(&format!("/api/v1/events/{event}/agenda/{general}/speakers")).await;
    assert_eq!(order(&list), ["Botswana", "Botswana"]);
}

#[tokio::test]
async fn moves_are_audited_withdrawals_close_the_gap_and_spoke_passes_the_floor() {
    let (app, org, event) = meeting().await;
    let general = item(&org, event, "5", "General debate").await;
    let base = format!("/api/v1/events/{event}/agenda/{general}/speakers");
    let mut list = json!(null);
    for country in ["BWA", "GHA", "KEN", "TGO"] {
        app.clock.set(app.clock.now() + chrono::Duration::minutes(1));
        list = inscribe(&org, event, general, json!({"country": country, "level": "head_of_delegation"})).await.1;
    }
    let id = |list: &serde_json::Value, name: &str| {
        list["speakers"].as_array().unwrap().iter().find(|s| s["name"] == name).unwrap()["id"].as_i64().unwrap()
    };
    // Kenya moves up past Ghana; Togo withdraws.
    let (s, v) = org.api.post(&format!("{base}/{}/move", id(&list, "Kenya")), json!({"direction": "up"})).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(order(&v), ["Botswana", "Kenya", "Ghana", "Togo"]);
    let (s, _) = org.api.post(&format!("{base}/{}/move", id(&list, "Kenya")), json!({"direction": "sideways"})).await;
    assert_eq!(s, 422);
    let (s, v) = org.api.post(&format!("{base}/{}/withdraw", id(&list, "Togo")), json!({})).await;
    assert_eq!(s, 200);
    assert_eq!(order(&v), ["Botswana", "Kenya", "Ghana"]);
    assert_eq!(org.api.post(&format!("{base}/{}/withdraw", id(&list, "Togo")), json!({})).await.0, 409);
    // A new inscription after the move keeps it: a head of delegation goes after Ghana.
    app.clock.set(app.clock.now() + chrono::Duration::minutes(1));
    let (_, v) = inscribe(&org, event, general, json!({"country": "MLI", "level": "head_of_delegation"})).await;
    assert_eq!(order(&v), ["Botswana", "Kenya", "Ghana", "Mali"]);
    let audit = audit_actions(&app).await;
    assert_eq!(audit.iter().filter(|a| *a == "speakers.move").count(), 1);
    assert_eq!(audit.iter().filter(|a| *a == "speakers.withdraw").count(), 1);

    // The chair's view: Botswana speaks, Kenya is next; "spoke" passes the floor.
    let chair = format!("/organiser/events/{event}/agenda/{general}/speakers");
    let (s, page) = app.get(&org.browser, &chair).await;
    assert_eq!(s, 200);
    let now = &page[page.find("id=\"speaking-now\"").unwrap()..];
    assert!(now.split("</dd>").next().unwrap().contains("Botswana"));
    let r = org.post_form(&format!("{chair}/{}/spoke", id(&list, "Botswana")), &[]).await;
    assert_eq!(r.status(), 303);
    let (_, v) = org.api.get(&base).await;
    assert_eq!(v["speaking_now"].as_i64(), Some(id(&list, "Kenya")));
    assert_eq!(v["next"].as_i64(), Some(id(&list, "Ghana")));
    assert_eq!(org.post_form(&format!("{chair}/{}/spoke", id(&list, "Botswana")), &[]).await.status(), 409);
    // A page form moves down, audited too.
    let r = org.post_form(&format!("{chair}/{}/move", id(&list, "Kenya")), &[("direction", "down")]).await;
    assert_eq!(r.status(), 303);
    let (_, v) = org.api.get(&base).await;
    assert_eq!(order(&v), ["Botswana", "Ghana", "Kenya", "Mali"]);
    assert_eq!(audit_actions(&app).await.iter().filter(|a| *a == "speakers.move").count(), 2);
}

#[tokio::test]
async fn the_published_list_and_its_pdf_name_the_states_in_the_readers_language() {
    let (app, org, event) = meeting().await;
    let general = item(&org, event, "5(a)", "General debate").await;
    for (country, group) in [("DEU", ""), ("ZAF", "AFRICAN")] {
        app.clock.set(app.clock.now() + chrono::Duration::minutes(1));
        assert_eq!(
            inscribe(&org, event, general, json!({"country": country, "level": "minister", "on_behalf_of": group}))
                .await
                .0,
            201
        );
    }
    let public = app.new_browser();
    let (s, page) = app.get(&public, &format!("/events/{event}/agenda")).await;
    assert_eq!(s, 200);
    assert!(page.find("South Africa").unwrap() < page.find("Germany").unwrap(), "the group's statement first");
    let url = app.url(&format!("/events/{event}/agenda/{general}/speakers.pdf"));
    let r = public.get(&url).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let text = pdf::text(&r.bytes().await.unwrap());
    assert!(text.contains("List of speakers") && text.contains("5(a). General debate"), "{text}");
    assert!(
        text.contains("South Africa") && text.contains("Germany") && text.contains("Group of African States"),
        "{text}"
    );
    let r = public.get(&url).header("accept-language", "fr").send().await.unwrap();
    let text = pdf::text(&r.bytes().await.unwrap());
    assert!(
        text.contains("Liste des orateurs") && text.contains("Afrique du Sud") && text.contains("Allemagne"),
        "{text}"
    );
    assert_eq!(
        public.get(app.url(&format!("/events/{event}/agenda/99999/speakers.pdf"))).send().await.unwrap().status(),
        404
    );
}

#[tokio::test]
async fn a_focal_point_inscribes_its_state_through_its_link_and_withdraws() {
    let smtp = SmtpServer::start();
    let app = crate::helpers::TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser_at("secretariat@example.org").await;
    let event = app.event(&org.browser).set("kind", "meeting").published().create().await;
    let general = item(&org, event, "5", "General debate").await;
    let fields = [
        ("country", "BWA"),
        ("seat_quota", "3"),
        ("email", "fp@bw.example.org"),
        ("given_name", "Kabo"),
        ("family_name", "Molefe"),
        ("language", "en"),
    ];
    assert_eq!(org.post_form(&format!("/organiser/events/{event}/delegations"), &fields).await.status(), 303);
    let link = smtp.wait_for_to("fp@bw.example.org", 1).await.remove(0).path("/n/");
    let focal = app.new_browser();
    let speakers = format!("{link}/speakers");
    let (s, page) = app.get(&focal, &speakers).await;
    assert_eq!(s, 200);
    assert!(page.contains("List of speakers: Botswana") && page.contains("5. General debate"));
    let r = app
        .post_form(
            &focal,
            &speakers,
            &[("item", &general.to_string()), ("level", "minister"), ("on_behalf_of", "AFRICAN")],
        )
        .await;
    assert_eq!(r.status(), 303);
    // Twice, an unknown item, a bad level: the form again with the field named.
    let r = app
        .post_form(
            &focal,
            &speakers,
            &[("item", &general.to_string()), ("level", "minister"), ("on_behalf_of", "AFRICAN")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("already inscribed"));
    let r = app.post_form(&focal, &speakers, &[("item", "99999"), ("level", "minister")]).await;
    assert_eq!(r.status(), 422);
    let r = app.post_form(&focal, &speakers, &[("item", &general.to_string()), ("level", "emperor")]).await;
    assert_eq!(r.status(), 422);
    let (_, list) = org.api.get(&format!("/api/v1/events/{event}/agenda/{general}/speakers")).await;
    assert_eq!(order(&list), ["Botswana"]);
    let sid = list["speakers"][0]["id"].as_i64().unwrap();
    let (_, page) = app.get(&focal, &speakers).await;
    assert!(page.contains("place 1"), "the delegation sees its place");
    let r = app.post_form(&focal, &format!("{speakers}/{sid}/withdraw"), &[]).await;
    assert_eq!(r.status(), 303);
    let (_, list) = org.api.get(&format!("/api/v1/events/{event}/agenda/{general}/speakers")).await;
    assert!(order(&list).is_empty());
    assert_eq!(list["speakers"][0]["state"], "withdrawn");
    // A made-up link is gone.
    assert_eq!(app.get(&focal, "/n/short/speakers").await.0, 410);
}
