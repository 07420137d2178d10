//! The shared error answers and which operation gives which.

use serde_json::{Value, json};

/// Routes limited per client address (`web::ratelimit`).
const RATE_LIMITED: &[&str] =
    &["/api/v1/certificates/verify", "/r/{token}/event.ics", "/calendar/private/{token}/events.ics"];

/// The shared error answers (`components/responses`), and which operation gives which: an
/// operation that needs a token answers 401 without one and 403 to a caller without the
/// right; one with ids in its path 404; one that takes input 422; one that changes something
/// 409 when the current state forbids it; a rate-limited one 429.
pub(super) fn add_error_responses(doc: &mut Value) {
    let error = |description: &str| {
        json!({"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ApiErrorBody"}}}})
    };
    let page = |description: &str| json!({"description": description, "content": {"text/html": {"schema": {"type": "string"}}}});
    let shared = json!({
        "Unauthenticated": error("No valid bearer token (`Authorization: Bearer <token>`)"),
        "Forbidden": error("The caller lacks the right: another programme's event, an admin action, or a check-in staff token"),
        "NotFound": error("No such record, or not visible to the caller"),
        "Conflict": error("The record's current state forbids the action, or the input clashes with a record (a name already taken, a session outside the event's dates); `message` says why and `fields` names a clashing field"),
        "Invalid": error("Invalid input; nothing was changed. `fields` names each offending field"),
        "BadRequest": error("The query string could not be read (a parameter given twice, for example)"),
        "Throttled": error("Too many requests from this address this minute; try again later"),
        "NotFoundPage": page("No such record"),
        "ThrottledPage": page("Too many requests from this address this minute; try again later"),
    });
    if let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) {
        components.insert("responses".into(), shared);
    }
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else { return };
    for (path, operations) in paths.iter_mut() {
        let api = path.starts_with("/api/");
        let Some(operations) = operations.as_object_mut() else { continue };
        for (method, operation) in operations.iter_mut() {
            let secured = operation.get("security").and_then(Value::as_array).is_some_and(|s| !s.is_empty());
            let has_path_ids = path.contains('{');
            let takes_query = operation
                .get("parameters")
                .and_then(Value::as_array)
                .is_some_and(|p| p.iter().any(|p| p["in"] == "query"));
            let takes_input = operation.get("requestBody").is_some() || takes_query;
            let writes = method != "get";
            let mut statuses: Vec<(&str, &str)> = Vec::new();
            if api {
                if takes_query {
                    statuses.push(("400", "BadRequest"));
                }
                if secured {
                    statuses.extend([("401", "Unauthenticated"), ("403", "Forbidden")]);
                }
                if has_path_ids {
                    statuses.push(("404", "NotFound"));
                }
                if writes {
                    statuses.push(("409", "Conflict"));
                }
                if takes_input || writes {
                    statuses.push(("422", "Invalid"));
                }
                if RATE_LIMITED.contains(&path.as_str()) {
                    statuses.push(("429", "Throttled"));
                }
            } else {
                if has_path_ids {
                    statuses.push(("404", "NotFoundPage"));
                }
                if RATE_LIMITED.contains(&path.as_str()) {
                    statuses.push(("429", "ThrottledPage"));
                }
            }
            let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) else { continue };
            for (status, name) in statuses {
                // An operation's own description of a status (e.g. why it conflicts) stays.
                let own = responses.get(status).and_then(|r| r.get("description")).and_then(Value::as_str);
                if own.is_none_or(str::is_empty) {
                    responses.insert(status.into(), json!({"$ref": format!("#/components/responses/{name}")}));
                }
            }
        }
    }
}
