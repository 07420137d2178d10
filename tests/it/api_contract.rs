//! What the property-based run of `scripts/api-fuzz.sh` found, held in place: well-formed
//! input that clashes with what is recorded answers 409 naming the field, bounds the document
//! states are enforced, and the document names what each operation takes and answers.

use convene::domain::Role;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::support::api::{Api, merged};

/// A new app and an admin's API client (contract@example.org).
async fn contract() -> (TestApp, Api) {
    let app = TestApp::spawn().await;
    let api = app.api_of(app.create_user("contract@example.org", Role::Admin, &[]).await).await;
    (app, api)
}

/// A published invitation-only event from 8 to 10 December 2026, made through `api`; its id.
async fn event(api: &Api) -> i64 {
    let (s, v) = api.post("/api/v1/events", event_body("2026-12-08", "2026-12-10")).await;
    assert_eq!(s, 201, "{v}");
    let id = v["id"].as_i64().unwrap();
    let (s, v) = api.post(&format!("/api/v1/events/{id}/publish"), json!({})).await;
    assert_eq!(s, 200, "{v}");
    id
}

fn event_body(start: &str, end: &str) -> Value {
    json!({
        "title": "Regional workshop on resolution 1540", "kind": "workshop", "programme": "1540",
        "unit": "UNREC", "city": "Lomé", "country": "TGO", "time_zone": "Africa/Lome",
        "start_date": start, "end_date": end, "registration_mode": "invitation", "languages": ["en"]
    })
}

/// The status, the code and the first named field of an answer.
fn named(answer: &(u16, Value)) -> (u16, String, String) {
    let (s, v) = answer;
    (
        *s,
        v["error"].as_str().unwrap_or_default().to_owned(),
        v["fields"][0]["field"].as_str().unwrap_or_default().to_owned(),
    )
}

fn clash(field: &str) -> (u16, String, String) {
    (409, "conflict".to_owned(), field.to_owned())
}

#[tokio::test]
async fn a_session_that_does_not_fit_the_event_is_a_clash() {
    let (_app, api) = contract().await;
    let id = event(&api).await;
    let sessions = format!("/api/v1/events/{id}/sessions");
    let session = |date: &str, start: &str, end: &str| json!({"title": "Opening", "date": date, "start_time": start, "end_time": end, "room": "Room A"});
    assert_eq!(api.post(&sessions, session("2026-12-08", "10:00", "12:00")).await.0, 201);
    // Outside the event's dates, or in a room already taken: 409 naming the field.
    assert_eq!(named(&api.post(&sessions, session("2026-12-11", "10:00", "12:00")).await), clash("date"));
    assert_eq!(named(&api.post(&sessions, session("2026-12-08", "11:00", "13:00")).await), clash("room"));
    // Input invalid in itself stays 422, even when it would also clash.
    let (s, v) = api.post(&sessions, session("2026-12-11", "12:00", "10:00")).await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("end_time")), "{v}");
    // Moving the event's dates away from its session.
    let answer = api.put(&format!("/api/v1/events/{id}"), event_body("2026-12-09", "2026-12-10")).await;
    assert_eq!(named(&answer), clash("start_date"));
    // A copy starting on a month, of an event dated by day.
    let answer = api.post(&format!("/api/v1/events/{id}/clone"), json!({"start_date": "2027-03"})).await;
    assert_eq!(named(&answer), clash("start_date"));
}

#[tokio::test]
async fn a_second_donor_contact_invitation_or_delegation_is_a_clash() {
    let (_app, api) = contract().await;
    let donor = json!({"name": "Norway", "kind": "government", "country": "NOR"});
    let (s, v) = api.post("/api/v1/donors", donor.clone()).await;
    assert_eq!(s, 201, "{v}");
    let norway = v["id"].as_i64().unwrap();
    assert_eq!(named(&api.post("/api/v1/donors", donor).await), clash("name"));
    let contacts = format!("/api/v1/donors/{norway}/contacts");
    let contact = json!({"name": "A", "email": "a@norway.example", "language": "en"});
    assert_eq!(api.post(&contacts, contact.clone()).await.0, 201);
    assert_eq!(named(&api.post(&contacts, contact).await), clash("email"));

    let id = event(&api).await;
    let invitations = format!("/api/v1/events/{id}/invitations");
    let person = json!({"email": "p@example.org", "given_name": "P", "family_name": "Q", "role": "delegate"});
    assert_eq!(api.post(&invitations, person.clone()).await.0, 201);
    assert_eq!(named(&api.post(&invitations, person).await), clash("email"));
    let delegations = format!("/api/v1/events/{id}/delegations");
    let state = |country: &str, email: &str| json!({"country": country, "seat_quota": 2, "email": email, "given_name": "K", "family_name": "M"});
    assert_eq!(api.post(&delegations, state("BWA", "fp@bw.example.org")).await.0, 201);
    assert_eq!(named(&api.post(&delegations, state("BWA", "other@bw.example.org")).await), clash("country"));
    assert_eq!(named(&api.post(&delegations, state("GHA", "fp@bw.example.org")).await), clash("email"));
    // Copying people from the event itself.
    let copy = format!("/api/v1/events/{id}/invitations/copy");
    assert_eq!(named(&api.post(&copy, json!({"from_event": id})).await), clash("from_event"));
    // An event that does not exist is still a field to correct.
    let (s, v) = api.post(&copy, json!({"from_event": 999_999})).await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("from_event")), "{v}");
}

#[tokio::test]
async fn list_pages_and_filters_are_within_the_documented_bounds() {
    let (_app, api) = contract().await;
    let id = event(&api).await;
    for list in [
        "/api/v1/events".to_owned(),
        format!("/api/v1/events/{id}/invitations"),
        format!("/api/v1/events/{id}/registrations"),
    ] {
        for bad in ["9223372036854775808", "1000001", "0"] {
            let (s, v) = api.get(&format!("{list}?page={bad}")).await;
            assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("page")), "{list} {bad}: {v}");
        }
        assert_eq!(api.get(&format!("{list}?page=1000000")).await.0, 200, "{list}");
    }
    // A programme the reference data does not know is named, not answered with an empty list.
    let (s, v) = api.get("/api/v1/events?programme=null").await;
    assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some("programme")), "{v}");
    assert_eq!(api.get("/api/v1/events?programme=1540").await.0, 200);
}

#[tokio::test]
async fn contribution_texts_refuse_control_characters_even_when_unused() {
    let (_app, api) = contract().await;
    let (_, v) = api.post("/api/v1/donors", json!({"name": "EU", "kind": "intergovernmental"})).await;
    let path = format!("/api/v1/donors/{}/contributions", v["id"]);
    let base = json!({"currency": "USD", "amount": "1", "pledged_on": "2025-01-15", "trust_fund": "TF",
        "period_start": "2025-01-01", "period_end": "2025-12-31"});
    let body = |changes: Value| merged(&base, changes);
    for (changes, field) in [
        (json!({"earmark": "", "earmark_ref": "\u{84}"}), "earmark_ref"),
        (json!({"conditions": "a\u{7}b"}), "conditions"),
    ] {
        let (s, v) = api.post(&path, body(changes.clone())).await;
        assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some(field)), "{changes}: {v}");
    }
    assert_eq!(api.post(&path, body(json!({"conditions": "Report\r\nyearly.\tThanks"}))).await.0, 201);
}

#[tokio::test]
async fn the_document_states_what_the_operations_take_and_answer() {
    let (_app, api) = contract().await;
    let id = event(&api).await;
    let (_, v) = api.post("/api/v1/donors", json!({"name": "EU", "kind": "intergovernmental"})).await;
    let c = api
        .post(
            &format!("/api/v1/donors/{}/contributions", v["id"]),
            json!({"currency": "USD", "amount": "5", "pledged_on": "2025-01-15", "trust_fund": "TF",
                "period_start": "2025-01-01", "period_end": "2025-12-31"}),
        )
        .await
        .1["id"]
        .as_i64()
        .unwrap();
    let (s, doc) = api.get("/api/v1/openapi.json").await;
    assert_eq!(s, 200);
    let schema = |name: &str| doc["components"]["schemas"][name].clone();
    let param = |path: &str, name: &str| {
        doc["paths"][path]["get"]["parameters"].as_array().unwrap().iter().find(|p| p["name"] == name).unwrap()["schema"]
            .clone()
    };
    assert_eq!(param("/api/v1/events", "page")["anyOf"][0]["maximum"], json!(convene::domain::MAX_PAGE));
    // Ids a request names are those recorded; a copy's start is a day or a month.
    assert!(
        schema("AllocationForm")["properties"]["contribution_id"]["enum"]
            .as_array()
            .unwrap()
            .contains(&json!(c.to_string()))
    );
    assert!(schema("CopyPayload")["properties"]["from_event"]["enum"].as_array().unwrap().contains(&json!(id)));
    assert_eq!(schema("ClonePayload")["properties"]["start_date"]["anyOf"].as_array().map(Vec::len), Some(2));
    assert!(
        schema("ImportPayload")["properties"]["csv"]["pattern"].as_str().unwrap().contains("email,title,given_name")
    );
    assert!(schema("ScanItem")["properties"]["scanned_at"]["anyOf"].to_string().contains("date-time"));
    // Each creation names what it created; a repeated registration's 200 is documented.
    for (path, created) in [
        ("/api/v1/donors", "DonorCreated"),
        ("/api/v1/donors/{id}/contacts", "ContactCreated"),
        ("/api/v1/donors/{id}/contributions", "ContributionCreated"),
        ("/api/v1/events/{id}/funding/allocations", "AllocationCreated"),
    ] {
        let answer = &doc["paths"][path]["post"]["responses"]["201"]["content"]["application/json"]["schema"]["$ref"];
        assert_eq!(answer, &json!(format!("#/components/schemas/{created}")), "{path}");
    }
    let registered = &doc["paths"]["/api/v1/events/{id}/registrations"]["post"]["responses"];
    assert!(registered["200"].is_object() && registered["201"].is_object(), "{registered}");
    let body = json!({"email": "r@example.org", "given_name": "R", "family_name": "S", "gender": "woman"});
    let path = format!("/api/v1/events/{id}/registrations");
    assert_eq!(api.post(&path, body.clone()).await.0, 201);
    assert_eq!(api.post(&path, body).await.0, 200);
}

#[tokio::test]
async fn amounts_and_rates_are_bounded_so_reports_add_up() {
    let (_app, api) = contract().await;
    let (_, v) = api.post("/api/v1/donors", json!({"name": "EU", "kind": "intergovernmental"})).await;
    let donor = v["id"].as_i64().unwrap();
    let path = format!("/api/v1/donors/{donor}/contributions");
    let body = |amount: &str, rate: &str| {
        json!({"currency": "EUR", "amount": amount, "usd_rate": rate, "pledged_on": "2025-01-15",
            "received_on": "2025-01-20", "trust_fund": "TF", "period_start": "2025-01-01", "period_end": "2025-12-31"})
    };
    for (amount, rate, field) in
        [("10000000000", "1", "amount"), ("1", "10000", "usd_rate"), ("999999999999.99", "999999999.999999", "amount")]
    {
        let (s, v) = api.post(&path, body(amount, rate)).await;
        assert_eq!((s, v["fields"][0]["field"].as_str()), (422, Some(field)), "{amount} {rate}: {v}");
    }
    // The largest contributions accepted, several of them: the report still adds up.
    for _ in 0..3 {
        assert_eq!(api.post(&path, body("9999999999.99", "9999.999999")).await.0, 201);
    }
    assert_eq!(api.post(&path, body("0.01", "0.000001")).await.0, 201);
    let (s, report) = api.get(&format!("/api/v1/donors/{donor}/report?view=all")).await;
    assert_eq!(s, 200, "{report}");
    let (_, doc) = api.get("/api/v1/openapi.json").await;
    let amount = doc["components"]["schemas"]["ContributionForm"]["properties"]["amount"]["pattern"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(amount.starts_with("^([1-9][0-9]{0,9}(\\.[0-9]{1,2})?|0\\.("), "{amount}");
}
