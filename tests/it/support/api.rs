//! A JSON API client bound to one bearer token, so that a test's calls read as
//! `api.post(path, body)` and answer `(status, body)`.

use reqwest::Method;
use serde_json::Value;

use crate::helpers::TestApp;

/// Calls the app's JSON API with one bearer token.
#[derive(Clone)]
pub struct Api {
    base: String,
    client: reqwest::Client,
    /// The bearer token sent with every call.
    pub token: String,
}

impl Api {
    /// A client of `app` that sends `token`.
    pub fn new(app: &TestApp, token: impl Into<String>) -> Self {
        Self { base: app.base.clone(), client: app.client.clone(), token: token.into() }
    }

    /// Any call: the status and the JSON body (`Value::Null` when the body is not JSON).
    pub async fn send(&self, method: Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let r = self.request(method, path, body).send().await.unwrap();
        let status = r.status().as_u16();
        (status, serde_json::from_str(&r.text().await.unwrap()).unwrap_or(Value::Null))
    }

    /// The request `send` would make, to be sent later (e.g. from a spawned task).
    pub fn request(&self, method: Method, path: &str, body: Option<Value>) -> reqwest::RequestBuilder {
        let request = self.client.request(method, format!("{}{path}", self.base)).bearer_auth(&self.token);
        match body {
            Some(body) => request.json(&body),
            None => request,
        }
    }

    /// GET `path`.
    pub async fn get(&self, path: &str) -> (u16, Value) {
        self.send(Method::GET, path, None).await
    }

    /// POST `body` to `path`.
    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(Method::POST, path, Some(body)).await
    }

    /// PUT `body` to `path`.
    pub async fn put(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(Method::PUT, path, Some(body)).await
    }

    /// DELETE `path`.
    pub async fn delete(&self, path: &str) -> (u16, Value) {
        self.send(Method::DELETE, path, None).await
    }

    /// GET `path` as bytes (a file download): the status and the body.
    pub async fn bytes(&self, path: &str) -> (u16, Vec<u8>) {
        let r = self.request(Method::GET, path, None).send().await.unwrap();
        let status = r.status().as_u16();
        (status, r.bytes().await.unwrap().to_vec())
    }
}

/// `base` (a JSON object) with every field of `changes` set.
pub fn merged(base: &Value, changes: Value) -> Value {
    let mut out = base.clone();
    for (k, v) in changes.as_object().expect("changes are a JSON object") {
        out[k] = v.clone();
    }
    out
}

/// The fields an error answer names, in order (`fields[].field`).
pub fn fields_of(body: &Value) -> Vec<String> {
    body["fields"]
        .as_array()
        .map(|a| a.iter().map(|f| f["field"].as_str().unwrap_or_default().to_owned()).collect())
        .unwrap_or_default()
}

/// The first field an error answer names, or "" when it names none.
pub fn field(body: &Value) -> String {
    body["fields"][0]["field"].as_str().unwrap_or_default().to_owned()
}
