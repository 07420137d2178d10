//! An event's content in several languages: the organiser writes versions beside the original,
//! and pages, emails, calendar files and the API give each reader theirs, falling back to the
//! original marked with its language.

use serde_json::{Value, json};

use crate::helpers::{TestApp, event_fields};
use crate::smtp::SmtpServer;
use crate::support::api::fields_of;
use crate::support::factories::participants::registration_form;
use crate::support::factories::staff::Staff;

const TITLE_EN: &str = "Regional workshop on resolution 1540";
const TITLE_FR: &str = "Atelier régional sur la résolution 1540";
const TITLE_AR: &str = "حلقة عمل إقليمية بشأن القرار 1540";

/// A page read by a browser whose `Accept-Language` is `lang`.
async fn page_in(app: &TestApp, path: &str, lang: &str) -> String {
    let r = app.new_browser().get(app.url(path)).header("accept-language", lang).send().await.unwrap();
    assert_eq!(r.status(), 200, "{path} in {lang}");
    r.text().await.unwrap()
}

/// The valid event form of the helpers with some fields changed or added.
fn fields_with(changes: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let mut fields = event_fields("1540");
    for (key, value) in changes {
        match fields.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = (*value).to_owned(),
            None => fields.push((key, (*value).to_owned())),
        }
    }
    fields
}

/// Adds a session through the schedule form with extra fields (its titles in other languages).
async fn add_session(org: &Staff, event: i32, extra: &[(&str, &str)]) {
    let mut fields = vec![("kind", "plenary"), ("date", "2026-12-08"), ("start_time", "09:00"), ("end_time", "10:00")];
    for (key, value) in extra {
        match fields.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value,
            None => fields.push((key, value)),
        }
    }
    let r = org.post_form(&format!("/organiser/events/{event}/sessions"), &fields).await;
    assert_eq!(r.status(), 303, "session {extra:?} refused");
}

#[tokio::test]
async fn the_organiser_saves_versions_and_each_reader_gets_theirs_or_the_marked_original() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let id = app
        .event(&org.browser)
        .with(&[
            ("original_language", "en"),
            ("venue_name", "Hotel 2 February"),
            ("title_fr", TITLE_FR),
            ("venue_name_fr", "Hôtel du 2 Février"),
            ("title_ar", TITLE_AR),
        ])
        .published()
        .create()
        .await;
    add_session(&org, id, &[("title", "Opening"), ("title_fr", "Ouverture")]).await;
    add_session(&org, id, &[("title", "General debate"), ("start_time", "10:00"), ("end_time", "11:00")]).await;

    // The form shows the versions beside the original, the saved ones filled in.
    let (status, form) = org.get(&format!("/organiser/events/{id}/edit")).await;
    assert_eq!(status, 200);
    assert!(form.contains(&format!("name=\"title_fr\" type=\"text\" value=\"{TITLE_FR}\"")), "{form}");
    assert!(form.contains("name=\"title_ar\" type=\"text\" value=\"حلقة"), "the Arabic version is shown");
    assert!(form.contains("lang=\"ar\" dir=\"rtl\""), "the Arabic fields are typed right to left");

    // French: the French version, in the page's own language (no marking needed).
    let fr = page_in(&app, &format!("/events/{id}"), "fr").await;
    assert!(fr.contains(&format!("<h1>{TITLE_FR}</h1>")), "{fr}");
    assert!(fr.contains("Hôtel du 2 Février"));
    assert!(fr.contains("Ouverture"), "the session's French title");
    assert!(
        fr.contains("<span lang=\"en\">General debate</span>"),
        "a session without a French title: the original, marked"
    );
    assert!(!fr.contains(&format!(">{TITLE_EN}<")));

    // Russian (no version): the original, marked as English so screen readers switch voice.
    let ru = page_in(&app, &format!("/events/{id}"), "ru").await;
    assert!(ru.contains(&format!("<h1 lang=\"en\">{TITLE_EN}</h1>")), "{ru}");
    assert!(ru.contains("<span lang=\"en\">Hotel 2 February</span>"));

    // Arabic: the Arabic version; English text in the Arabic page would also turn left to right.
    let ar = page_in(&app, &format!("/events/{id}"), "ar").await;
    assert!(ar.contains(&format!("<h1>{TITLE_AR}</h1>")), "{ar}");
    assert!(ar.contains("<span lang=\"en\" dir=\"ltr\">General debate</span>"), "{ar}");

    // The public list picks the version too.
    let home = page_in(&app, "/", "fr").await;
    assert!(home.contains(TITLE_FR));
}

#[tokio::test]
async fn an_empty_original_title_is_refused_and_a_version_may_leave_the_description_empty() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let r = org.post_fields("/organiser/events", &fields_with(&[("title", " "), ("title_fr", TITLE_FR)])).await;
    assert_eq!(r.status(), 422, "the original's title is required");
    let page = r.text().await.unwrap();
    assert!(page.contains("aria-invalid=\"true\""));
    let id = app
        .event(&org.browser)
        .with(&[("title_es", "Taller regional"), ("description", "Border-control capacity-building.")])
        .published()
        .create()
        .await;
    let es = page_in(&app, &format!("/events/{id}"), "es").await;
    assert!(es.contains("<h1>Taller regional</h1>"), "{es}");
    assert!(es.contains("lang=\"en\"") && es.contains("Border-control capacity-building."), "the original description");
    // A version of an unknown original language is refused.
    let r = org.post_fields("/organiser/events", &fields_with(&[("original_language", "de")])).await;
    assert_eq!(r.status(), 422);
}

/// An event body for the API with `title`.
fn body(title: Value) -> Value {
    json!({
        "title": title, "kind": "workshop", "programme": "1540", "unit": "UNREC", "city": "Lomé",
        "country": "TGO", "time_zone": "Africa/Lome", "start_date": "2026-12-08", "end_date": "2026-12-10",
        "registration_mode": "invitation", "languages": ["en", "fr"]
    })
}

#[tokio::test]
async fn the_api_takes_and_gives_a_map_per_field_and_still_takes_plain_strings() {
    let app = TestApp::spawn().await;
    let org = app.organiser().await;
    let api = &org.api;

    let mut maps = body(json!({"fr": TITLE_FR, "en": TITLE_EN}));
    maps["description"] = json!({"en": "In English.", "fr": "En français."});
    maps["venue_name"] = json!({"en": "Hotel 2 February"});
    let (status, created) = api.post("/api/v1/events", maps).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["title"], TITLE_EN, "the original stays a string for older clients");
    assert_eq!(created["original_language"], "en");
    assert_eq!(created["titles"], json!({"en": TITLE_EN, "fr": TITLE_FR}));
    assert_eq!(created["descriptions"], json!({"en": "In English.", "fr": "En français."}));
    assert_eq!(created["venue_names"], json!({"en": "Hotel 2 February"}));
    let id = created["id"].as_i64().unwrap();
    let (_, read) = api.get(&format!("/api/v1/events/{id}")).await;
    assert_eq!(read["titles"], created["titles"]);

    // What a client reads it may send back, and an original in French is told apart.
    let mut french = body(read["titles"].clone());
    french["original_language"] = json!("fr");
    let (status, updated) = api.put(&format!("/api/v1/events/{id}"), french).await;
    assert_eq!(status, 200, "{updated}");
    assert_eq!((updated["title"].as_str(), updated["original_language"].as_str()), (Some(TITLE_FR), Some("fr")));
    assert_eq!(updated["titles"], json!({"en": TITLE_EN, "fr": TITLE_FR}));

    // A plain string is the original, as before versions.
    let (status, plain) = api.post("/api/v1/events", body(json!("Plain title"))).await;
    assert_eq!(status, 201, "{plain}");
    assert_eq!(plain["titles"], json!({"en": "Plain title"}));

    // Session titles likewise: the entry of the event's original language (now French) is the
    // original; a string is the original.
    let session = json!({"title": {"en": "Opening", "fr": "Ouverture", "zh": "开幕式"}, "date": "2026-12-08", "start_time": "09:00", "end_time": "10:00"});
    let (status, s) = api.post(&format!("/api/v1/events/{id}/sessions"), session).await;
    assert_eq!(status, 201, "{s}");
    assert_eq!(s["title"], "Ouverture");
    assert_eq!(s["titles"], json!({"en": "Opening", "fr": "Ouverture", "zh": "开幕式"}));
    let plain_session =
        json!({"title": "Débat général", "date": "2026-12-08", "start_time": "10:00", "end_time": "11:00"});
    let (status, s) = api.post(&format!("/api/v1/events/{id}/sessions"), plain_session).await;
    assert_eq!((status, &s["titles"]), (201, &json!({"fr": "Débat général"})), "{s}");
    let (_, listed) = api.get(&format!("/api/v1/events/{id}/sessions")).await;
    assert_eq!(listed[0]["titles"]["zh"], "开幕式");

    // Bad input: an unknown language code, an empty original title, a map without the original.
    let (status, bad) = api.post("/api/v1/events", body(json!({"en": TITLE_EN, "de": "Regionaler Workshop"}))).await;
    assert_eq!((status, fields_of(&bad)), (422, vec!["title".to_owned()]), "{bad}");
    assert!(bad["fields"][0]["message"].as_str().unwrap().contains("de"), "{bad}");
    let (status, bad) = api.post("/api/v1/events", body(json!({"en": " ", "fr": TITLE_FR}))).await;
    assert_eq!((status, fields_of(&bad)), (422, vec!["title".to_owned()]), "{bad}");
    let (status, bad) = api.post("/api/v1/events", body(json!({"fr": TITLE_FR}))).await;
    assert_eq!((status, fields_of(&bad)), (422, vec!["title".to_owned()]), "{bad}");
    let mut unknown = body(json!(TITLE_EN));
    unknown["original_language"] = json!("de");
    let (status, bad) = api.post("/api/v1/events", unknown).await;
    assert_eq!((status, fields_of(&bad)), (422, vec!["original_language".to_owned()]), "{bad}");
    // The document says so: a string or a map of the six codes (the original's entry, required,
    // is in the field's description: as conditions it is more than the API fuzzer can model).
    let doc: Value = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    let title = &doc["components"]["schemas"]["EventPayload"]["properties"]["title"];
    assert_eq!(title["type"], json!(["string", "object"]), "{title}");
    let codes: Vec<&String> = title["properties"].as_object().unwrap().keys().collect();
    assert_eq!(codes.len(), 6, "{title}");
    assert_eq!(title["additionalProperties"], json!(false), "{title}");
    let bad_session = json!({"title": {"fr": "Ouverture", "xx": "?"}, "date": "2026-12-08", "start_time": "11:00", "end_time": "12:00"});
    let (status, bad) = api.post(&format!("/api/v1/events/{id}/sessions"), bad_session).await;
    assert_eq!((status, fields_of(&bad)), (422, vec!["title".to_owned()]), "{bad}");
}

#[tokio::test]
async fn the_invitation_and_the_calendar_file_speak_the_invitees_language() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with_smtp(&smtp).await;
    let org = app.organiser().await;
    let id = app
        .event(&org.browser)
        .with(&[("title_fr", TITLE_FR), ("venue_name", "Hotel 2 February"), ("venue_name_fr", "Hôtel du 2 Février")])
        .published()
        .create()
        .await;
    add_session(&org, id, &[("title", "Opening"), ("title_fr", "Ouverture")]).await;
    add_session(&org, id, &[("title", "General debate"), ("start_time", "10:00"), ("end_time", "11:00")]).await;
    let invitee = json!({"email": "claire@example.org", "given_name": "Claire", "family_name": "Martin",
        "role": "delegate", "language": "fr"});
    let (status, created) = org.api.post(&format!("/api/v1/events/{id}/invitations"), invitee).await;
    assert_eq!(status, 201, "{created}");
    let english = json!({"email": "john@example.org", "given_name": "John", "family_name": "Smith",
        "role": "delegate", "language": "en"});
    assert_eq!(org.api.post(&format!("/api/v1/events/{id}/invitations"), english).await.0, 201);

    let mail = smtp.wait_for_to("claire@example.org", 1).await.remove(0);
    assert!(mail.text.contains(TITLE_FR) && mail.html.contains(TITLE_FR), "{}", mail.text);
    assert!(mail.text.contains("Hôtel du 2 Février"));
    let other = smtp.wait_for_to("john@example.org", 1).await.remove(0);
    assert!(other.text.contains(TITLE_EN) && !other.text.contains(TITLE_FR));

    // She registers through her link: the confirmation's calendar file is in French, each
    // text naming its language, the session without a French title in English.
    let link = mail.path("/i/");
    let form = registration_form("Claire");
    let r = app.post_fields(&app.new_browser(), &link, &form).await;
    assert_eq!(r.status(), 303);
    let confirmation = smtp.wait_for_to("claire@example.org", 2).await.remove(1);
    let (_, ics) = confirmation.calendar.expect("the confirmation carries a calendar file");
    let ics = ics.replace("\r\n ", "");
    assert!(ics.contains(&format!("SUMMARY;LANGUAGE=fr:{TITLE_FR}")), "{ics}");
    assert!(ics.contains("SUMMARY;LANGUAGE=fr:Ouverture"), "{ics}");
    assert!(ics.contains("SUMMARY;LANGUAGE=en:General debate"), "{ics}");
    assert!(ics.contains("LOCATION:Hôtel du 2 Février\\, Lomé"), "{ics}");
}
