//! The list of participants: UN order (sections, delegations in the document's language,
//! head first), who is listed, issued revisions frozen with their date, the files parsed back
//! (CSV, XLSX with calamine, PDF text with pdf-extract), rights and bad input.

use std::io::Cursor;

use calamine::{Reader, Xlsx, open_workbook_from_rs};
use convene::domain::Role;
use convene::entities::{audit_entry, delegation, registration};
use reqwest::Method;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::support::api::Api;
use crate::support::factories::staff::Staff;
use crate::support::pdf;

/// A mixed meeting, a person a line: email, title, given and family names, State (none when
/// empty), role, kind and name of organisation, position. Five Member States (one head
/// registered last alphabetically), an observer State, an IGO, a UN entity, an NGO with a
/// formula-like name, secretariat staff; the last one's registration is cancelled.
const MEETING: &str = "\
abbott@example.org|Ms.|Jane|Abbott|USA|delegate|government|Department of State|Adviser
zimmer@example.org|H.E. Mr.|John|Zimmer|USA|head_of_delegation|government|Permanent Mission|Ambassador
diallo@example.org|Ms.|Amina|Diallo|TGO|head_of_delegation|government|Ministère des affaires étrangères|Directrice
mensah@example.org|Mr.|Kofi|Mensah|TGO|delegate|government||
nguyen@example.org|Mr.|Anh|Nguyễn|VNM|delegate|government|Ministry of Public Security|Counsellor
muller@example.org|Ms.|Sabine|Müller|DEU|delegate|government|Auswärtiges Amt|Referentin
odegaard@example.org|Mr.|Lars|Ødegaard|NOR|head_of_delegation|government||Minister Counsellor
holy@example.org|Rev.|Paolo|Rossi|VAT|delegate|government||Attaché
au@example.org|Ms.|Fatou|Keita|ETH|delegate|intergovernmental|African Union|Senior Officer
unoda@example.org|Mr.|Ivan|Petrov||expert|un_entity|Office for Disarmament Affairs|Political Affairs Officer
ngo@example.org||Robin|=HYPERLINK(\"http://x\")||observer|ngo|Small Arms Survey|Researcher
staff@example.org|Ms.|Clara|Osei||staff|un_entity|UNREC|Programme Officer
gone@example.org|Mr.|Cancelled|Person|FRA|delegate|government||";

/// An organiser of programme 1540 (organiser@example.org) with a published event, and the API
/// of another organiser of 1540 (api-organiser@example.org).
struct Setup {
    app: TestApp,
    org: Staff,
    api: Api,
    event_id: i32,
}

impl Setup {
    async fn new() -> Self {
        Self::with_event(&[]).await
    }

    /// The same with some of the event's fields replaced.
    async fn with_event(changes: &[(&'static str, String)]) -> Self {
        let app = TestApp::spawn().await;
        let org = app.organiser_at("organiser@example.org").await;
        let event = changes.iter().fold(app.event(&org.browser), |event, (k, v)| event.set(k, v.as_str()));
        let event_id = event.published().create().await;
        let user = app.create_user("api-organiser@example.org", Role::Organiser, &["1540"]).await;
        let api = app.api_of(user).await;
        Self { app, org, api, event_id }
    }

    /// The path of the event's API at `path`.
    fn at(&self, path: &str) -> String {
        format!("/api/v1/events/{}{path}", self.event_id)
    }

    fn page(&self, path: &str) -> String {
        format!("/organiser/events/{}/participants{path}", self.event_id)
    }

    /// Registers someone through the API (confirmed at once: no approval on this event).
    async fn register(&self, person: Value) -> Value {
        let (status, body) = self.api.post(&self.at("/registrations"), person).await;
        assert_eq!(status, 201, "registration refused: {body}");
        body
    }

    async fn get_json(&self, path: &str) -> (u16, Value) {
        self.api.get(&self.at(path)).await
    }

    async fn bytes(&self, path: &str) -> (u16, Vec<u8>) {
        self.api.bytes(&self.at(path)).await
    }

    /// Registers the people of `MEETING` and cancels the last one.
    async fn populate(&self) {
        let mut last = Value::Null;
        for line in MEETING.lines() {
            let f: Vec<&str> = line.split('|').collect();
            let country = if f[4].is_empty() { Value::Null } else { json!(f[4]) };
            last = self
                .register(json!({"email": f[0], "title": f[1], "given_name": f[2], "family_name": f[3],
                    "gender": "undisclosed", "country": country, "role": f[5], "organisation_type": f[6],
                    "organisation": f[7], "position": f[8]}))
                .await;
        }
        let (status, body) =
            self.api.post(&self.at("/registrations/move"), json!({"ids": [last["id"]], "action": "cancel"})).await;
        assert_eq!(status, 200, "{body}");
    }
}

fn names(v: &Value, pointer: &str, field: &str) -> Vec<String> {
    v.pointer(pointer)
        .and_then(Value::as_array)
        .map(|a| a.iter().map(|x| x[field].as_str().unwrap_or_default().to_owned()).collect())
        .unwrap_or_default()
}

/// Where each needle first appears in `text`, asserting they appear in this order.
fn assert_in_order(text: &str, needles: &[&str]) {
    let mut last = 0;
    for n in needles {
        let at = text[last..].find(n).unwrap_or_else(|| panic!("{n:?} missing or out of order in:\n{text}"));
        last += at + n.len();
    }
}

#[tokio::test]
async fn list_of_participants_follows_the_un_order_in_each_language() {
    let s = Setup::new().await;
    s.populate().await;

    let (status, en) = s.get_json("/participants?lang=en").await;
    assert_eq!(status, 200);
    let sections: Vec<&str> =
        en["sections"].as_array().unwrap().iter().map(|x| x["section"].as_str().unwrap()).collect();
    assert_eq!(sections, ["states", "observer_states", "intergovernmental", "un_entities", "ngos", "secretariat"]);
    assert_eq!(
        names(&en, "/sections/0/delegations", "name"),
        ["Germany", "Norway", "Togo", "United States of America", "Viet Nam"]
    );
    // Head of delegation first, although Zimmer sorts after Abbott.
    assert_eq!(names(&en, "/sections/0/delegations/3/people", "family_name"), ["Zimmer", "Abbott"]);
    assert_eq!(en["sections"][0]["delegations"][3]["people"][0]["head_of_delegation"], true);
    assert_eq!(names(&en, "/sections/0/delegations/2/people", "family_name"), ["Diallo", "Mensah"]);
    assert_eq!(names(&en, "/sections/1/delegations", "name"), ["Holy See"]);
    assert_eq!(names(&en, "/sections/2/delegations", "name"), ["African Union"]);
    assert_eq!(names(&en, "/sections/3/delegations", "name"), ["Office for Disarmament Affairs"]);
    assert_eq!(names(&en, "/sections/5/delegations", "name"), ["UNREC"]);
    // The cancelled registration is not listed; the figures come from the database.
    assert!(!en.to_string().contains("Cancelled"));
    assert_eq!(en["figures"]["participants"], 12);
    assert_eq!(en["figures"]["states"], 6);
    assert_eq!(en["version"], "draft");

    // In French, "États-Unis" files under E (accents ignored), between Allemagne and Norvège.
    let (_, fr) = s.get_json("/participants?lang=fr").await;
    assert_eq!(
        names(&fr, "/sections/0/delegations", "name"),
        ["Allemagne", "États-Unis d'Amérique", "Norvège", "Togo", "Viet Nam"]
    );
    assert_eq!(fr["sections"][1]["label"], "États observateurs");
    assert_eq!(names(&fr, "/sections/1/delegations", "name"), ["Saint-Siège"]);

    // The organiser's page previews the draft; the event page links to it.
    let (status, page) = s.org.get(&s.page("?lang=en")).await;
    assert_eq!(status, 200);
    assert_in_order(&page, &["Member States", "Germany", "Müller", "Norway", "Ødegaard", "Viet Nam", "Nguyễn"]);
    let (_, event_page) = s.org.get(&format!("/organiser/events/{}", s.event_id)).await;
    assert!(event_page.contains(&s.page("")));
}

#[tokio::test]
async fn the_head_named_in_a_states_nomination_leads_its_delegation() {
    let s = Setup::new().await;
    let person = |email: &str, family: &str| {
        json!({"email": email, "title": "Ms.", "given_name": "A", "family_name": family, "gender": "woman",
               "country": "DEU", "role": "delegate", "organisation_type": "government"})
    };
    s.register(person("becker@example.org", "Becker")).await;
    let muller = s.register(person("muller@example.org", "Müller")).await;
    let (_, before) = s.get_json("/participants").await;
    assert_eq!(names(&before, "/sections/0/delegations/0/people", "family_name"), ["Becker", "Müller"]);
    // Germany's nomination names Ms. Müller head (both registered as delegates).
    let reg = registration::Entity::find_by_id(muller["id"].as_i64().unwrap() as i32)
        .one(&s.app.state.db.read)
        .await
        .unwrap()
        .unwrap();
    delegation::ActiveModel {
        event_id: Set(s.event_id),
        country_iso3: Set("DEU".into()),
        focal_point_id: Set(reg.person_id),
        seat_quota: Set(5),
        seats_taken: Set(0),
        head_person_id: Set(Some(reg.person_id)),
        created_at: Set(s.app.clock.now()),
        updated_at: Set(s.app.clock.now()),
        ..Default::default()
    }
    .insert(&s.app.state.db.write)
    .await
    .unwrap();
    let (_, after) = s.get_json("/participants").await;
    assert_eq!(names(&after, "/sections/0/delegations/0/people", "family_name"), ["Müller", "Becker"]);
    assert_eq!(after["sections"][0]["delegations"][0]["people"][0]["head_of_delegation"], true);
}

#[tokio::test]
async fn exports_parse_back_in_order() {
    let s = Setup::new().await;
    s.populate().await;

    // CSV: header, print order, formula-like cells defused.
    let (status, csv_bytes) = s.bytes("/participants/draft/csv?lang=en").await;
    assert_eq!(status, 200);
    let mut reader = csv::Reader::from_reader(csv_bytes.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header[..6], ["section", "delegation", "head_of_delegation", "title", "given_name", "family_name"]);
    let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
    let families: Vec<&str> = rows.iter().map(|r| r[5].as_str()).collect();
    assert_eq!(
        families,
        [
            "Müller",
            "Ødegaard",
            "Diallo",
            "Mensah",
            "Zimmer",
            "Abbott",
            "Nguyễn",
            "Rossi",
            "Keita",
            "Petrov",
            "'=HYPERLINK(\"http://x\")",
            "Osei"
        ]
    );
    assert_eq!(rows[4][2], "yes");
    assert_eq!(rows[4][1], "United States of America");

    // XLSX read back with calamine: the same rows, the name kept as text.
    let (status, xlsx) = s.bytes("/participants/draft/xlsx?lang=fr").await;
    assert_eq!(status, 200);
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    let range = book.worksheet_range("Participants").unwrap();
    let cells: Vec<Vec<String>> = range.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert_eq!(cells[0][1], "delegation");
    let delegations: Vec<&str> = cells[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        delegations[..7],
        ["Allemagne", "États-Unis d'Amérique", "États-Unis d'Amérique", "Norvège", "Togo", "Togo", "Viet Nam"]
    );
    assert_eq!(cells[2][5], "Zimmer");
    assert_eq!(cells[2][2], "oui");
    assert!(cells.iter().any(|r| r[5] == "=HYPERLINK(\"http://x\")"));

    // PDF: its text (read back with pdf-extract) has every accented name, in order.
    let (status, pdf) = s.bytes("/participants/draft/pdf?lang=en").await;
    assert_eq!(status, 200);
    assert!(pdf.starts_with(b"%PDF-1.7"));
    let text = pdf::text(&pdf);
    assert_in_order(
        &text,
        &[
            "List of participants",
            "Member States",
            "Germany",
            "Ms. Sabine Müller",
            "Norway",
            "Mr. Lars Ødegaard (Head of delegation)",
            "Togo",
            "Ms. Amina Diallo",
            "Directrice, Ministère des affaires étrangères",
            "Mr. Kofi Mensah",
            "United States of America",
            "H.E. Mr. John Zimmer",
            "Ms. Jane Abbott",
            "Viet Nam",
            "Mr. Anh Nguyễn",
            "Observer States",
            "Holy See",
            "Intergovernmental organisations",
            "African Union",
            "United Nations entities",
            "NGOs",
            "Small Arms Survey",
            "Secretariat",
            "Ms. Clara Osei",
        ],
    );
    let (_, pdf_fr) = s.bytes("/participants/draft/pdf?lang=fr").await;
    let text = pdf::text(&pdf_fr);
    assert_in_order(
        &text,
        &["Liste des participants", "États Membres", "Allemagne", "États-Unis d'Amérique", "Norvège"],
    );

    // Printable HTML: A4, a page per section, no site navigation; names escaped.
    let r = s.api.request(Method::GET, &s.at("/participants/draft/html?lang=en"), None).send().await.unwrap();
    assert_eq!(r.headers()["content-type"], "text/html; charset=utf-8");
    let html = r.text().await.unwrap();
    assert!(html.contains("size: A4") && html.contains("break-before: page"));
    assert!(!html.contains("<nav"));
    assert!(html.contains("=HYPERLINK(&quot;http://x&quot;)"));
}

#[tokio::test]
async fn the_pdf_keeps_long_titles_names_and_places_apart() {
    let long = [("title", pdf::long::title()), ("city", pdf::long::city()), ("venue_name", pdf::long::venue())];
    let s = Setup::with_event(&long).await;
    for (i, (country, kind)) in
        [(Some("TGO"), "government"), (Some("NOR"), "government"), (None, "ngo")].iter().enumerate()
    {
        for role in ["head_of_delegation", "delegate"] {
            s.register(json!({"email": format!("{role}{i}@example.org"), "title": "H.E. Ms.",
                "given_name": pdf::long::given_name(), "family_name": pdf::long::family_name(), "gender": "woman",
                "country": country, "role": role, "organisation_type": kind,
                "organisation": pdf::long::organisation(), "position": pdf::long::position()}))
                .await;
        }
    }
    // An issued list carries its symbol at the top and as a running head from page 2.
    let symbol = "A/CONF.192/BMS/2026/INF.1/Rev.1/Corr.2/Add.3/ANNEX-XXVII-XXVIII-XXIX-XXX-XXXI-XX";
    assert_eq!(s.org.post_form(&s.page(""), &[("symbol", symbol)]).await.status(), 303);
    for version in ["draft", "0"] {
        for lang in ["en", "fr"] {
            let (status, bytes) = s.bytes(&format!("/participants/{version}/pdf?lang={lang}")).await;
            assert_eq!(status, 200);
            let doc = pdf::Pdf::read(&bytes);
            assert!(doc.pages.len() >= 2, "a page per section");
            doc.assert_laid_out(&format!("list of participants {version} {lang}"));
            let text = doc.text();
            assert!(text.contains("Maria-Fernanda") && text.contains("Wolfeschlegel"), "{text}");
        }
    }
}

#[tokio::test]
async fn issued_revisions_stay_as_issued() {
    let s = Setup::new().await;
    s.populate().await;

    // The original, issued from the page with a symbol.
    let r = s.org.post_form(&s.page(""), &[("symbol", "UNREC/2026/INF.1")]).await;
    assert_eq!(r.status(), 303);
    // A late registration, then Rev.1 through the API: the symbol carries over.
    s.register(json!({"email": "late@example.org", "title": "Mr.", "given_name": "Late", "family_name": "Arrival",
        "gender": "man", "country": "GHA", "role": "delegate", "organisation_type": "government"}))
        .await;
    let (status, rev1) = s.api.post(&s.at("/participants/revisions"), json!({})).await;
    assert_eq!(status, 201, "{rev1}");
    assert_eq!(rev1["revision"], 1);
    assert_eq!(rev1["label"], "UNREC/2026/INF.1/Rev.1");
    assert_eq!(rev1["participants"], 13);
    assert_eq!(rev1["issued_by"], "api-organiser@example.org");

    let (_, list) = s.get_json("/participants/revisions").await;
    let labels: Vec<&str> = list["items"].as_array().unwrap().iter().map(|x| x["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["UNREC/2026/INF.1/Rev.1", "UNREC/2026/INF.1"]);

    // The original does not change when the registrations do.
    let (_, original) = s.bytes("/participants/0/csv?lang=en").await;
    let original = String::from_utf8(original).unwrap();
    assert!(original.contains("Zimmer") && !original.contains("Arrival"));
    let (_, rev) = s.get_json("/participants/1?lang=en").await;
    assert_eq!(rev["label"], "UNREC/2026/INF.1/Rev.1");
    assert!(rev.to_string().contains("Arrival"));
    let (_, pdf) = s.bytes("/participants/0/pdf?lang=en").await;
    let text = pdf::text(&pdf);
    assert!(text.contains("UNREC/2026/INF.1") && text.contains("Issued on") && !text.contains("Arrival"));

    // The page lists both with their files; each issue is in the audit log.
    let (_, page) = s.org.get(&s.page("")).await;
    assert!(page.contains("UNREC/2026/INF.1/Rev.1"));
    assert!(page.contains(&s.page("/0/pdf?lang=en")));
    let issued = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("participants.issue"))
        .count(&s.app.state.db.read)
        .await
        .unwrap();
    assert_eq!(issued, 2);
    // Nothing issued under number 2.
    assert_eq!(s.bytes("/participants/2/csv").await.0, 404);
}

#[tokio::test]
async fn only_the_programmes_organisers_and_admins_see_or_issue_the_list() {
    let s = Setup::new().await;
    s.populate().await;
    let other = s.app.staff("other@example.org", Role::Organiser, &["SALW"]).await;
    assert_eq!(other.get(&s.page("")).await.0, 403);
    assert_eq!(other.get(&s.page("/draft/pdf")).await.0, 403);
    assert_eq!(other.post_form(&s.page(""), &[("symbol", "")]).await.status(), 403);
    assert_eq!(other.api.get(&s.at("/participants")).await.0, 403);
    assert_eq!(other.api.post(&s.at("/participants/revisions"), json!({})).await.0, 403);
    assert_eq!(other.api.get(&s.at("/participants/draft/csv")).await.0, 403);
    // Nobody signed in: sent to sign in; admins may.
    assert_eq!(s.app.get(&s.app.new_browser(), &s.page("")).await.0, 303);
    let admin = s.app.signed_in("admin@example.org", Role::Admin, &[]).await;
    assert_eq!(s.app.get(&admin, &s.page("/draft/xlsx")).await.0, 200);
    // Nothing was issued by the refused requests.
    let (_, list) = s.get_json("/participants/revisions").await;
    assert_eq!(list["items"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn bad_input_is_refused_and_changes_nothing() {
    let s = Setup::new().await;
    // Nobody listed yet: nothing to issue (page and API).
    assert_eq!(s.org.post_form(&s.page(""), &[("symbol", "")]).await.status(), 409);
    assert_eq!(s.api.post(&s.at("/participants/revisions"), json!({})).await.0, 409);
    // The empty draft still renders, saying why it is empty.
    let (status, pdf) = s.bytes("/participants/draft/pdf?lang=en").await;
    assert_eq!(status, 200);
    assert!(pdf::text(&pdf).contains("only confirmed registrations appear"));
    s.populate().await;
    // An overlong or multi-line symbol, or one of another type, names the field.
    let long = "X".repeat(81);
    let r = s.org.post_form(&s.page(""), &[("symbol", long.as_str())]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("id=\"symbol\""));
    for (case, body, names) in [
        ("a symbol on two lines", json!({"symbol": "A\nB"}), "symbol"),
        ("a number for a symbol", json!({"symbol": 5}), ""),
    ] {
        let (status, body) = s.api.post(&s.at("/participants/revisions"), body).await;
        assert_eq!(status, 422, "{case}: {body}");
        assert!(body.to_string().contains(names), "{case}: {body}");
    }
    // An unknown language is 422 naming `lang`; unknown versions and formats are 404.
    let (status, body) = s.get_json("/participants?lang=de").await;
    assert_eq!(status, 422);
    assert!(body.to_string().contains("lang"));
    assert_eq!(s.org.get(&s.page("?lang=xx")).await.0, 422);
    for unknown in ["/participants/draft/docx", "/participants/rev1/pdf", "/participants/-1"] {
        assert_eq!(s.bytes(unknown).await.0, 404, "{unknown}");
    }
    assert_eq!(s.org.get("/organiser/events/999999/participants").await.0, 404);
    let (_, list) = s.get_json("/participants/revisions").await;
    assert_eq!(list["items"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn the_openapi_document_describes_the_list() {
    let app = TestApp::spawn().await;
    let doc: Value = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    let paths = &doc["paths"];
    for p in [
        "/api/v1/events/{id}/participants",
        "/api/v1/events/{id}/participants/revisions",
        "/api/v1/events/{id}/participants/{version}",
        "/api/v1/events/{id}/participants/{version}/{format}",
    ] {
        assert!(paths.get(p).is_some(), "{p} missing from the OpenAPI document");
    }
    assert!(paths["/api/v1/events/{id}/participants/revisions"].get("post").is_some());
    assert!(doc["components"]["schemas"].get("ParticipantListView").is_some());
}
