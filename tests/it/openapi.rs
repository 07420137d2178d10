//! The OpenAPI document is valid OpenAPI 3.1 and true to the service: every response
//! described, parameters where they really are, every reference resolving, 401 wherever a
//! token is needed; and the requests it calls invalid are refused the way it says.

use std::collections::BTreeSet;

use convene::domain::Role;
use serde_json::{Value, json};

use crate::helpers::TestApp;

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

async fn document(app: &TestApp) -> (String, Value) {
    let r = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let text = r.text().await.unwrap();
    let doc = serde_json::from_str(&text).unwrap();
    (text, doc)
}

/// Every `$ref` in `value`, with where it was found.
fn references(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "$ref" {
                    out.push((at.to_owned(), v.as_str().unwrap_or_default().to_owned()));
                } else {
                    references(v, &format!("{at}/{k}"), out);
                }
            }
        }
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| references(v, &format!("{at}/{i}"), out)),
        _ => {}
    }
}

fn resolve<'a>(doc: &'a Value, value: &'a Value) -> Option<&'a Value> {
    match value.get("$ref").and_then(Value::as_str) {
        Some(r) => doc.pointer(r.strip_prefix('#')?),
        None => Some(value),
    }
}

/// Everything wrong with the document, one line each.
fn problems(doc: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let mut refs = Vec::new();
    references(doc, "", &mut refs);
    for (at, r) in refs {
        if r.strip_prefix('#').and_then(|p| doc.pointer(p)).is_none() {
            problems.push(format!("{at}: $ref {r} does not resolve"));
        }
    }
    let global_security = doc.get("security").and_then(Value::as_array).is_some_and(|s| !s.is_empty());
    for (path, item) in doc["paths"].as_object().unwrap() {
        let in_template: BTreeSet<&str> =
            path.split('{').skip(1).filter_map(|s| s.split_once('}')).map(|(name, _)| name).collect();
        for (method, op) in item.as_object().unwrap().iter().filter(|(m, _)| METHODS.contains(&m.as_str())) {
            let label = format!("{} {path}", method.to_uppercase());
            let parameters: Vec<&Value> = op["parameters"]
                .as_array()
                .into_iter()
                .chain(item["parameters"].as_array())
                .flatten()
                .filter_map(|p| resolve(doc, p))
                .collect();
            let in_path: BTreeSet<&str> =
                parameters.iter().filter(|p| p["in"] == "path").filter_map(|p| p["name"].as_str()).collect();
            if in_path != in_template {
                problems.push(format!("{label}: path parameters {in_path:?}, template {in_template:?}"));
            }
            for p in parameters.iter().filter(|p| p["in"] == "path" && p["required"] != true) {
                problems.push(format!("{label}: path parameter {} not required", p["name"]));
            }
            let Some(responses) = op["responses"].as_object().filter(|r| !r.is_empty()) else {
                problems.push(format!("{label}: no responses"));
                continue;
            };
            for (status, response) in responses {
                let described = resolve(doc, response)
                    .and_then(|r| r["description"].as_str())
                    .is_some_and(|d| !d.trim().is_empty());
                if !described {
                    problems.push(format!("{label}: response {status} has no description"));
                }
            }
            let secured = op.get("security").map_or(global_security, |s| s.as_array().is_some_and(|s| !s.is_empty()));
            if secured && !responses.contains_key("401") {
                problems.push(format!("{label}: needs a token but does not document 401"));
            }
        }
    }
    problems
}

#[tokio::test]
async fn the_openapi_document_is_valid_openapi_3_1_and_true_to_its_routes() {
    let app = TestApp::spawn().await;
    let (text, doc) = document(&app).await;
    let spec = oas3::from_json(&text).expect("the document parses as OpenAPI 3.1");
    assert_eq!(spec.validate_version().expect("a supported version").minor, 1);
    for (path, method, op) in spec.operations() {
        for (status, response) in op.responses.iter().flatten() {
            let r = response.resolve(&spec).unwrap_or_else(|e| panic!("{method} {path} {status}: {e}"));
            assert!(r.description.is_some_and(|d| !d.is_empty()), "{method} {path} {status}: no description");
        }
        for p in &op.parameters {
            p.resolve(&spec).unwrap_or_else(|e| panic!("{method} {path}: parameter {e}"));
        }
    }
    let found = problems(&doc);
    assert!(found.is_empty(), "{} problems:\n{}", found.len(), found.join("\n"));

    // Where the issue found the document untrue.
    let runs = &doc["paths"]["/api/v1/admin/jobs/{name}/runs"]["get"]["parameters"];
    assert!(runs.as_array().unwrap().iter().any(|p| p["name"] == "limit" && p["in"] == "query"));
    for path in ["/api/v1/donors/{id}/report", "/api/v1/donor/report"] {
        let params = doc["paths"][path]["get"]["parameters"].as_array().unwrap();
        assert!(params.iter().any(|p| p["name"] == "view" && p["in"] == "query"), "{path}");
    }
    assert!(doc["paths"]["/organiser/events/{id}/calendar.ics"].is_null(), "a browser page, not the API");
    assert_eq!(doc["paths"]["/api/v1/donor/report"]["get"]["security"], json!([{"donor_session": []}]));
    let donor = &doc["components"]["schemas"]["DonorForm"];
    assert!(donor["required"].as_array().unwrap().contains(&json!("name")), "{donor}");
    let kinds = doc["paths"]["/api/v1/events"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "kind")
        .map(|p| p["schema"]["enum"].clone())
        .unwrap();
    assert!(
        kinds.as_array().unwrap().contains(&json!("workshop"))
            && !kinds.as_array().unwrap().contains(&json!("government"))
    );
    for status in ["401", "403", "404", "409", "422"] {
        assert!(doc["paths"]["/api/v1/events/{id}"]["put"]["responses"][status].is_object(), "PUT event {status}");
    }
    assert!(doc["paths"]["/api/v1/certificates/verify"]["get"]["responses"]["429"].is_object());
}

#[tokio::test]
async fn what_the_document_calls_invalid_is_refused_as_it_says() {
    let app = TestApp::spawn().await;
    app.load_demo().await;
    let admin = app.create_user("openapi-admin@example.org", Role::Admin, &[]).await;
    let token = app.api_token(admin).await;
    let send = |method: reqwest::Method, path: &str, body: Option<&str>| {
        let mut r = app.client.request(method, app.url(path)).bearer_auth(&token);
        if let Some(b) = body {
            r = r.header("content-type", "application/json").body(b.to_owned());
        }
        r.send()
    };
    // A body the schema calls invalid ({} lacks the required name and kind) names the fields.
    let r = send(reqwest::Method::POST, "/api/v1/donors", Some("{}")).await.unwrap();
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.unwrap();
    let fields: Vec<&str> = body["fields"].as_array().unwrap().iter().filter_map(|f| f["field"].as_str()).collect();
    assert!(fields.contains(&"name") && fields.contains(&"kind"), "{body}");
    // A value outside the enum.
    assert_eq!(send(reqwest::Method::GET, "/api/v1/events?kind=government", None).await.unwrap().status(), 422);
    // The batch is an object: a bare array is refused, not read field by field.
    let event = 1;
    let r = send(reqwest::Method::POST, &format!("/api/v1/events/{event}/checkin/sync"), Some("[[]]")).await.unwrap();
    assert_eq!(r.status(), 422, "{}", r.text().await.unwrap());
    // A whole number written 1.0 is the integer JSON Schema says it is.
    let r = send(
        reqwest::Method::POST,
        "/api/v1/events/1/registrations/move",
        Some(r#"{"ids": [1.0], "action": "approve"}"#),
    )
    .await
    .unwrap();
    if r.status() == 422 {
        let body: Value = r.json().await.unwrap();
        assert_ne!(body["fields"][0]["field"], "body", "{body}");
    }
    // A country that is no State is a named field, not a server error.
    let r = send(
        reqwest::Method::POST,
        "/api/v1/events/1/registrations",
        Some(
            r#"{"email": "x@example.org", "given_name": "A", "family_name": "B", "gender": "woman", "country": "ZZZ"}"#,
        ),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(r.json::<Value>().await.unwrap()["fields"][0]["field"], "country");
}

#[tokio::test]
async fn unsupported_methods_answer_405_with_allow() {
    let app = TestApp::spawn().await;
    for (method, path) in [
        ("TRACE", "/organiser/events"),
        ("TRACE", "/api/v1/events"),
        ("POST", "/calendar/events.ics"),
        ("PUT", "/events/1/calendar.ics"),
        ("DELETE", "/api/v1/events"),
    ] {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let r = app.client.request(m, app.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 405, "{method} {path}");
        assert!(r.headers().get("allow").is_some_and(|a| a.to_str().unwrap().contains("GET")), "{method} {path}");
    }
    // Where the method is allowed, a form post without its token is still refused.
    let r = app.client.post(app.url("/organiser/events")).form(&[("title", "x")]).send().await.unwrap();
    assert_eq!(r.status(), 403);
}

/// `path` with each parameter given a value: enough to reach its route.
fn reachable(path: &str) -> String {
    path.split('/').map(|s| if s.starts_with('{') { "1" } else { s }).collect::<Vec<_>>().join("/")
}

/// The document is collected from the route table as it routes (`router::at`), so a route under
/// `/api/v1` is missing from it only when added to the table another way: every `/api/v1` URL
/// written in src/router.rs is a documented path, the document itself excepted.
#[tokio::test]
async fn every_api_url_of_the_route_table_is_in_the_document() {
    let app = TestApp::spawn().await;
    let (_, doc) = document(&app).await;
    let table = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/router.rs"));
    let urls: BTreeSet<&str> =
        table.split('"').filter(|s| s.starts_with("/api/v1/") && *s != "/api/v1/openapi.json").collect();
    assert!(urls.len() > 50, "{urls:?}");
    let missing: Vec<&&str> = urls.iter().filter(|u| doc["paths"][**u].is_null()).collect();
    assert!(missing.is_empty(), "routed but not documented: {missing:?}");
}

/// For each documented path, a method no route takes answers 405 with an `Allow` naming exactly
/// the documented methods (and HEAD, which axum adds to GET): every documented operation is
/// routed, and every method routed there is documented.
#[tokio::test]
async fn each_documented_path_routes_exactly_its_documented_methods() {
    let app = TestApp::spawn().await;
    let (_, doc) = document(&app).await;
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() > 50);
    for (path, item) in paths {
        let documented: BTreeSet<String> = item
            .as_object()
            .unwrap()
            .keys()
            .filter(|m| METHODS.contains(&m.as_str()))
            .map(|m| m.to_uppercase())
            .collect();
        let r = app.client.request(reqwest::Method::TRACE, app.url(&reachable(path))).send().await.unwrap();
        assert_eq!(r.status(), 405, "TRACE {path}");
        let allow = r.headers().get("allow").and_then(|a| a.to_str().ok()).unwrap_or_default();
        let routed: BTreeSet<String> =
            allow.split(',').map(|m| m.trim().to_owned()).filter(|m| !m.is_empty() && m != "HEAD").collect();
        assert_eq!(routed, documented, "{path}: Allow: {allow}");
    }
}
