//! The agenda: items added and changed through the API and the pages, shown on the public
//! page, refused for a workshop.

use serde_json::json;

use super::{item, meeting};

#[tokio::test]
async fn agenda_items_are_added_changed_and_shown_in_order() {
    let (app, org, event) = meeting().await;
    let agenda = format!("/api/v1/events/{event}/agenda");
    item(&org, event, "12", "Report of the meeting").await;
    let general = item(&org, event, "5(a)", "General debate").await;
    item(&org, event, "1", "Opening of the meeting").await;
    let (s, v) = org.api.get(&agenda).await;
    assert_eq!(s, 200);
    let numbers: Vec<&str> = v["items"].as_array().unwrap().iter().map(|i| i["number"].as_str().unwrap()).collect();
    assert_eq!(numbers, ["1", "5(a)", "12"]);
    assert_eq!(v["items"][1]["list_open"], true);
    assert_eq!(v["items"][1]["time_limit_minutes"], 5);

    // A number already on the agenda is a clash naming it; a malformed one is refused.
    let (s, v) = org.api.post(&agenda, json!({"number": "5(a)", "title": "Again"})).await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (409, Some("number")), "{v}");
    let (s, v) = org.api.post(&agenda, json!({"number": "five", "title": "", "time_limit_minutes": 90})).await;
    assert_eq!(s, 422);
    let fields: Vec<&str> = v["fields"].as_array().unwrap().iter().filter_map(|f| f["field"].as_str()).collect();
    assert_eq!(fields, ["number", "title", "time_limit"], "{v}");

    // A change: new title, list closed, no time limit.
    let path = format!("{agenda}/{general}");
    let (s, v) =
        org.api.put(&path, json!({"number": "5(a)", "title": "General exchange of views", "list_open": false})).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!((v["list_open"].as_bool(), v["time_limit_minutes"].is_null()), (Some(false), true));
    assert_eq!(org.api.put(&format!("{agenda}/99999"), json!({"number": "7", "title": "X"})).await.0, 404);

    // The pages: the organiser's agenda adds an item; the public page shows them all.
    let r = org
        .post_form(
            &format!("/organiser/events/{event}/agenda"),
            &[("number", "2"), ("title", "Adoption of the agenda"), ("list_open", "on")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = org.post_form(&format!("/organiser/events/{event}/agenda"), &[("number", "2"), ("title", "Twice")]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("This number is already on the agenda."));
    let (s, page) = app.get(&org.browser, &format!("/organiser/events/{event}/agenda")).await;
    assert_eq!(s, 200);
    assert!(page.contains("Adoption of the agenda") && page.contains("General exchange of views"));
    let public = app.new_browser();
    let (s, page) = app.get(&public, &format!("/events/{event}")).await;
    assert_eq!(s, 200);
    assert!(page.contains(&format!("/events/{event}/agenda")), "the meeting's page links its agenda");
    let (s, page) = app.get(&public, &format!("/events/{event}/agenda")).await;
    assert_eq!(s, 200);
    let at = |text: &str| page.find(text).unwrap_or_else(|| panic!("{text} not on the public agenda"));
    assert!(at("1. Opening of the meeting") < at("2. Adoption of the agenda"));
    assert!(at("2. Adoption of the agenda") < at("5(a). General exchange of views"));
    assert!(page.contains("List closed") && page.contains("Time limit: 5 minutes per statement"));

    // Every change is in the audit log.
    let audit: Vec<String> = audit_actions(&app).await;
    assert_eq!(audit.iter().filter(|a| *a == "agenda.add_item").count(), 4);
    assert_eq!(audit.iter().filter(|a| *a == "agenda.update_item").count(), 1);
}

/// The audit log's actions, oldest first.
pub(super) async fn audit_actions(app: &crate::helpers::TestApp) -> Vec<String> {
    use sea_orm::{EntityTrait, QueryOrder};
    convene::entities::audit_entry::Entity::find()
        .order_by_asc(convene::entities::audit_entry::Column::Id)
        .all(&app.state.db.read)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

#[tokio::test]
async fn a_workshop_has_no_agenda_and_no_list_of_speakers() {
    let (app, org, _) = meeting().await;
    let workshop = app.event(&org.browser).published().create().await;
    let (s, v) =
        org.api.post(&format!("/api/v1/events/{workshop}/agenda"), json!({"number": "1", "title": "Opening"})).await;
    assert_eq!(s, 409);
    assert!(v["message"].as_str().unwrap().contains("Only meetings have an agenda"), "{v}");
    assert_eq!(org.api.get(&format!("/api/v1/events/{workshop}/agenda")).await.0, 409);
    assert_eq!(app.get(&org.browser, &format!("/organiser/events/{workshop}/agenda")).await.0, 409);
    let public = app.new_browser();
    assert_eq!(app.get(&public, &format!("/events/{workshop}/agenda")).await.0, 404);
    let (_, page) = app.get(&public, &format!("/events/{workshop}")).await;
    assert!(!page.contains("/agenda"), "a workshop's page shows no agenda");
    let (_, page) = app.get(&org.browser, &format!("/organiser/events/{workshop}")).await;
    assert!(!page.contains("agenda-link"));
}

#[tokio::test]
async fn the_demo_gives_the_bwc_meeting_of_states_parties_an_agenda_and_speakers() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let app = crate::helpers::TestApp::spawn().await;
    app.load_demo().await;
    // Loading twice adds nothing.
    app.load_demo().await;
    let bwc = convene::entities::event::Entity::find()
        .filter(convene::entities::event::Column::SeedKey.eq("M12"))
        .one(&app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    let items = convene::meetings::agenda::items_of(&app.state.db.read, bwc.id).await.unwrap();
    assert_eq!(items.len(), 8);
    // It admits NGOs and has one accredited, with two representatives.
    assert!(bwc.admits_ngos);
    let ngos = convene::entities::ngo_application::Entity::find()
        .filter(convene::entities::ngo_application::Column::EventId.eq(bwc.id))
        .all(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(ngos.len(), 1);
    assert_eq!(ngos[0].state, convene::domain::NgoApplicationState::Accredited);
    let reps = convene::entities::ngo_representative::Entity::find()
        .filter(convene::entities::ngo_representative::Column::ApplicationId.eq(ngos[0].id))
        .all(&app.state.db.read)
        .await
        .unwrap();
    assert_eq!(reps.len(), 2);
    let (s, page) = app.get(&app.new_browser(), &format!("/events/{}/agenda", bwc.id)).await;
    assert_eq!(s, 200);
    let debate = &page[page.find("5. General debate").expect("the general debate")..];
    let debate = &debate[..debate.find("6(a). ").unwrap()];
    // The demo's sessions name the items they take up.
    assert!(debate.contains("Taken up in") && debate.contains("General debate (continued)"));
    let at = |name: &str| debate.find(name).unwrap_or_else(|| panic!("{name} not on the list"));
    // Groups first (Cuba inscribed before Portugal), States by level and time, the observer last.
    let names = [
        "Cuba",
        "Portugal",
        "South Africa",
        "Japan",
        "China",
        "Russian Federation",
        "Brazil",
        "United States",
        "International Committee of the Red Cross",
    ];
    for pair in names.windows(2) {
        assert!(at(pair[0]) < at(pair[1]), "{} before {}", pair[0], pair[1]);
    }
    assert!(debate.contains("on behalf of: European Union") && debate.contains("Time limit: 7 minutes per statement"));
}

#[tokio::test]
async fn the_openapi_document_describes_agendas_and_lists_of_speakers() {
    let (_app, org, _) = meeting().await;
    let (s, doc) = org.api.get("/api/v1/openapi.json").await;
    assert_eq!(s, 200);
    let paths = &doc["paths"];
    for (path, methods) in [
        ("/api/v1/events/{id}/agenda", &["get", "post"][..]),
        ("/api/v1/events/{id}/agenda/{item_id}", &["put"][..]),
        ("/api/v1/events/{id}/agenda/{item_id}/speakers", &["get", "post"][..]),
        ("/api/v1/events/{id}/agenda/{item_id}/speakers/{speaker_id}/withdraw", &["post"][..]),
        ("/api/v1/events/{id}/agenda/{item_id}/speakers/{speaker_id}/move", &["post"][..]),
        ("/api/v1/events/{id}/agenda/{item_id}/speakers/{speaker_id}/spoke", &["post"][..]),
    ] {
        for m in methods {
            assert!(
                paths[path][m]["responses"]["200"].is_object() || paths[path][m]["responses"]["201"].is_object(),
                "{m} {path}"
            );
        }
    }
    let schema = |name: &str| doc["components"]["schemas"][name].clone();
    let required = |name: &str| schema(name)["required"].as_array().cloned().unwrap_or_default();
    assert!(
        required("AgendaItemPayload").contains(&json!("number"))
            && required("AgendaItemPayload").contains(&json!("title"))
    );
    assert!(required("InscriptionPayload").contains(&json!("level")));
    let levels = schema("InscriptionPayload")["properties"]["level"]["enum"].clone();
    assert_eq!(levels, json!(["head_of_state", "minister", "head_of_delegation", "other"]));
    assert_eq!(schema("MovePayload")["properties"]["direction"]["enum"], json!(["up", "down"]));
    assert!(schema("AgendaItemPayload")["properties"]["number"]["pattern"].is_string());
}

#[tokio::test]
async fn sessions_name_the_agenda_items_they_take_up_on_the_pages_and_in_the_api() {
    let (app, org, event) = meeting().await;
    let opening = item(&org, event, "1", "Opening of the meeting").await;
    let debate = item(&org, event, "5(a)", "General debate").await;
    let other = app.event(&org.browser).title("Another meeting").set("kind", "meeting").published().create().await;
    let foreign = item(&org, other, "1", "Opening of another meeting").await;

    // The session form offers the meeting's own items, one checkbox each.
    let (_, page) = app.get(&org.browser, &format!("/organiser/events/{event}")).await;
    let (tick_opening, tick_debate) = (format!("agenda_item_{opening}"), format!("agenda_item_{debate}"));
    assert!(
        page.contains(&tick_opening)
            && page.contains(&tick_debate)
            && !page.contains(&format!("agenda_item_{foreign}"))
    );
    let plenary = |title: &'static str, start: &'static str, end: &'static str| {
        vec![("title", title), ("kind", "plenary"), ("date", "2026-12-08"), ("start_time", start), ("end_time", end)]
    };
    let mut fields = plenary("Opening plenary", "10:00", "13:00");
    fields.extend([(tick_opening.as_str(), "on"), (tick_debate.as_str(), "on")]);
    let r = org.post_form(&format!("/organiser/events/{event}/sessions"), &fields).await;
    assert_eq!(r.status(), 303);

    // Another meeting's item is refused, naming the field, and nothing is added.
    let tick_foreign = format!("agenda_item_{foreign}");
    let mut fields = plenary("Afternoon plenary", "15:00", "18:00");
    fields.push((tick_foreign.as_str(), "on"));
    let r = org.post_form(&format!("/organiser/events/{event}/sessions"), &fields).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Choose items of this meeting"));
    let mut fields = plenary("Afternoon plenary", "15:00", "18:00");
    fields.push(("agenda_item_x", "on"));
    assert_eq!(org.post_form(&format!("/organiser/events/{event}/sessions"), &fields).await.status(), 422);

    // The API reads the items and replaces them; unknown and foreign ids are 422 on the field.
    let sessions = format!("/api/v1/events/{event}/sessions");
    let (s, list) = org.api.get(&sessions).await;
    assert_eq!(s, 200);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["agenda_item_ids"], json!([opening, debate]));
    let body = |ids: serde_json::Value| {
        json!({"title": "General debate", "kind": "plenary", "date": "2026-12-09", "start_time": "10:00",
               "end_time": "13:00", "agenda_item_ids": ids})
    };
    for ids in [json!([foreign]), json!([debate, 999_999])] {
        let (s, v) = org.api.post(&sessions, body(ids)).await;
        assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("agenda_item_ids")), "{v}");
    }
    let (s, v) = org.api.post(&sessions, body(json!([debate]))).await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(v["agenda_item_ids"], json!([debate]));
    let second = v["id"].as_i64().unwrap();
    let (s, v) = org.api.put(&format!("{sessions}/{second}"), body(json!([]))).await;
    assert_eq!((s, v["agenda_item_ids"].clone()), (200, json!([])), "{v}");
    let (s, v) = org.api.put(&format!("{sessions}/{second}"), body(json!([debate]))).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(org.api.get(&sessions).await.1.as_array().unwrap().len(), 2);

    // The edit form shows what the session takes up.
    let (_, page) = app.get(&org.browser, &format!("/organiser/events/{event}/sessions/{second}")).await;
    let checkbox = |id: i64| {
        let at = page.find(&format!("name=\"agenda_item_{id}\"")).unwrap();
        page[at..at + page[at..].find('>').unwrap()].contains("checked")
    };
    assert!(checkbox(debate) && !checkbox(opening));

    // The public pages: the programme names each session's items; the agenda, each item's sessions.
    let public = app.new_browser();
    let (_, page) = app.get(&public, &format!("/events/{event}")).await;
    assert!(page.contains("Agenda items: 1. Opening of the meeting; 5(a). General debate"), "{page}");
    let (_, page) = app.get(&public, &format!("/events/{event}/agenda")).await;
    let first = page.find("1. Opening of the meeting").unwrap();
    let fifth = page.find("5(a). General debate").unwrap();
    let under_first = &page[first..fifth];
    assert!(under_first.contains("Taken up in") && under_first.contains("Opening plenary"));
    let under_fifth = &page[fifth..];
    assert!(under_fifth.contains("Opening plenary") && under_fifth.contains("General debate"));
    assert!(audit_actions(&app).await.iter().filter(|a| *a == "session.update").count() == 2);
}
