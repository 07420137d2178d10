//! The served document: the derived one, with each field's rule and the shapes that depend
//! on another field or differ by operation.

use serde_json::{Map, Value, json};

use super::errors::add_error_responses;
use super::fields::{Lists, Records, body_rules, parameter_rules};
use super::rule::{Rule, codes};
use crate::domain::Language;
use crate::reference::Reference;

/// The OpenAPI document as served: the one derived from the routes, with the shared error
/// answers and the rules of every request field.
pub fn document(mut doc: Value, reference: &Reference, records: Records) -> Value {
    let lists = Lists::of(reference, records);
    add_error_responses(&mut doc);
    for (schema, field, required, rule) in body_rules(&lists) {
        constrain_property(&mut doc, schema, field, required, &rule);
    }
    for (path, name, rule) in parameter_rules(&lists) {
        constrain_parameter(&mut doc, path, name, &rule);
    }
    add_shapes(&mut doc, &lists);
    doc
}

fn set(doc: &mut Value, pointer: &str, value: Value) {
    if let Some(target) = doc.pointer_mut(pointer) {
        *target = value;
    }
}

fn extend(doc: &mut Value, pointer: &str, extra: Value) {
    if let (Some(Value::Object(target)), Value::Object(extra)) = (doc.pointer_mut(pointer), extra) {
        target.extend(extra);
    }
}

fn require(doc: &mut Value, schema: &str, field: &str) {
    if let Some(object) = doc.pointer_mut(&format!("/components/schemas/{schema}")).and_then(Value::as_object_mut)
        && let Some(list) = object.entry("required").or_insert_with(|| json!([])).as_array_mut()
        && !list.iter().any(|f| f == field)
    {
        list.push(json!(field));
    }
    if let Some(p) =
        doc.pointer_mut(&format!("/components/schemas/{schema}/properties/{field}")).and_then(Value::as_object_mut)
    {
        p.remove("default");
    }
}

fn body_pointer(path: &str, method: &str) -> String {
    format!("/paths/{}/{method}/requestBody/content/application~1json/schema", path.replace('/', "~1"))
}

/// What depends on another field, and the bodies whose shape differs by operation.
fn add_shapes(doc: &mut Value, l: &Lists) {
    event_shapes(doc);
    funding_shapes(doc, l);
    request_shapes(doc);
    verification_code_shape(doc);
}

/// An event: its languages, its dates by its precision, certificates for workshops and courses.
fn event_shapes(doc: &mut Value) {
    let languages = codes(Language::ALL, Language::as_str);
    extend(
        doc,
        "/components/schemas/EventPayload/properties/languages",
        json!({"minItems": 1, "items": {"type": "string", "enum": languages}}),
    );
    extend(
        doc,
        "/components/schemas/EventPayload",
        json!({"allOf": [
            // Month precision takes months; day precision (the default) takes days.
            {"if": {"properties": {"date_precision": {"const": "month"}}, "required": ["date_precision"]},
             "then": {"properties": {
                "start_date": {"pattern": "^(19(4[5-9]|[5-9][0-9])|2[01][0-9]{2}|2200)-(0[1-9]|1[0-2])$"},
                "end_date": {"pattern": "^((19(4[5-9]|[5-9][0-9])|2[01][0-9]{2}|2200)-(0[1-9]|1[0-2]))?$"}}}},
            // Certificates of attendance are for workshops and training courses.
            {"if": {"properties": {"certificate_min_attendance_percent": {"type": "integer"}},
                    "required": ["certificate_min_attendance_percent"]},
             "then": {"properties": {"kind": {"enum": ["workshop", "training_course"]}}}}
        ]}),
    );
    // An event dated by month accepts a month in its dates; the patterns above say which.
    for field in ["start_date", "end_date"] {
        set(
            doc,
            &format!("/components/schemas/EventPayload/properties/{field}/pattern"),
            json!("^(19(4[5-9]|[5-9][0-9])|2[01][0-9]{2}|2200)-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$"),
        );
        if let Some(p) = doc
            .pointer_mut(&format!("/components/schemas/EventPayload/properties/{field}"))
            .and_then(Value::as_object_mut)
        {
            p.remove("format");
        }
    }
    extend(
        doc,
        "/components/schemas/EventPayload",
        json!({"if": {"not": {"properties": {"date_precision": {"const": "month"}}, "required": ["date_precision"]}},
        "then": {"properties": {"start_date": Rule::Date.schema(), "end_date": Rule::Date.schema()}}}),
    );
}

/// Funding: a government donor names its country; a contribution its rate, decimals and earmark.
fn funding_shapes(doc: &mut Value, l: &Lists) {
    extend(
        doc,
        "/components/schemas/DonorForm",
        json!({
        "if": {"properties": {"kind": {"const": "government"}}},
        "then": {"properties": {"country": {"enum": l.countries}}, "required": ["country"]}}),
    );
    let zero: Vec<&str> = crate::donors::money::CURRENCIES.iter().filter(|(_, e)| *e == 0).map(|(c, _)| *c).collect();
    let three: Vec<&str> = crate::donors::money::CURRENCIES.iter().filter(|(_, e)| *e == 3).map(|(c, _)| *c).collect();
    extend(
        doc,
        "/components/schemas/ContributionForm",
        json!({"allOf": [
            // Another currency than USD needs its rate.
            {"if": {"not": {"properties": {"currency": {"const": "USD"}}}},
             "then": {"properties": {"usd_rate": {"minLength": 1}}, "required": ["usd_rate"]}},
            // An amount has at most the currency's decimals.
            {"if": {"properties": {"currency": {"enum": zero}}}, "then": {"properties": {"amount": Rule::Amount(0).schema()}}},
            {"if": {"properties": {"currency": {"enum": three}}}, "then": {"properties": {"amount": Rule::Amount(3).schema()}}},
            // An earmark names what it is earmarked to.
            {"if": {"properties": {"earmark": {"const": "programme"}}, "required": ["earmark"]},
             "then": {"properties": {"earmark_ref": {"enum": l.programmes}}, "required": ["earmark_ref"]}},
            {"if": {"properties": {"earmark": {"const": "unit"}}, "required": ["earmark"]},
             "then": {"properties": {"earmark_ref": {"enum": l.units}}, "required": ["earmark_ref"]}},
            {"if": {"properties": {"earmark": {"const": "series"}}, "required": ["earmark"]},
             "then": {"properties": {"earmark_ref": {"enum": l.series}}, "required": ["earmark_ref"]}},
            {"if": {"properties": {"earmark": {"const": "event"}}, "required": ["earmark"]},
             "then": {"properties": {"earmark_ref": {"enum": l.events}}, "required": ["earmark_ref"]}}
        ]}),
    );
}

/// The CSV import, moves of registrations, and the check-in scan, undo and batch.
fn request_shapes(doc: &mut Value) {
    let nonblank = Rule::Line(200).schema();
    // The list starts with its header row, all eight columns in order (the parser takes them
    // in any order and case, but a list without them is refused); the rows are text.
    let header = "email,title,given_name,family_name,organisation,country,role,language";
    set(
        doc,
        "/components/schemas/ImportPayload/properties/csv/pattern",
        json!(format!(
            "^\\ufeff?({header}|{})(\\r?\\n([^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\r\\n)*)?$",
            header.replace(',', ";")
        )),
    );
    require(doc, "EventPayload", "languages");
    require(doc, "MoveRequest", "ids");
    // An endpoint wants at least one kind of change, each named once by its code.
    require(doc, "WebhookPayload", "event_types");
    let kinds = codes(crate::domain::WebhookKind::ALL, crate::domain::WebhookKind::as_str);
    extend(
        doc,
        "/components/schemas/WebhookPayload/properties/event_types",
        json!({"minItems": 1, "items": {"type": "string", "enum": kinds}}),
    );
    extend(
        doc,
        "/components/schemas/MoveRequest/properties/ids",
        json!({"minItems": 1, "items": {"type": "integer", "minimum": 1, "maximum": i32::MAX}}),
    );
    // An endpoint is reached by name over https (an address literal is refused; `http://` only
    // for hosts the configuration allows, which the document cannot know).
    set(
        doc,
        "/components/schemas/WebhookPayload/properties/url/pattern",
        json!("^https://[A-Za-z][A-Za-z0-9-]{0,30}(\\.[A-Za-z][A-Za-z0-9-]{0,30}){1,3}(/[A-Za-z0-9._~/-]{0,100})?$"),
    );
    // A State's inscription names its country; an observer's or organisation's its name.
    set(
        doc,
        &body_pointer("/api/v1/events/{id}/agenda/{item_id}/speakers", "post"),
        json!({
        "allOf": [{"$ref": "#/components/schemas/InscriptionPayload"}],
        "oneOf": [
            {"required": ["country"], "properties": {"speaker": {"enum": ["", "state", null]}, "country": {"minLength": 3}}},
            {"required": ["speaker", "name"], "properties": {"speaker": {"enum": ["observer"]}, "name": Rule::Line(200).schema()}}
        ]}),
    );
    // A document symbol: letters, digits and `/ . - ( ) *`, starting with a letter or digit.
    extend(
        doc,
        "/components/schemas/OfficialDocumentPayload/properties/symbol",
        json!({"pattern": "^[A-Za-z0-9][A-Za-z0-9/.()*-]*$"}),
    );
    // A version's body is a PDF: it starts with `%PDF-`.
    set(
        doc,
        "/paths/~1api~1v1~1events~1{id}~1documents~1{document_id}~1versions~1{language}/put/requestBody/content/application~1pdf/schema",
        json!({"type": "string", "format": "binary", "pattern": "^%PDF-"}),
    );
    // A batch is answered item by item: an invalid item gets `invalid`, not the whole batch.
    set(
        doc,
        "/components/schemas/SyncBatch/properties/items",
        json!({"type": "array", "maxItems": 500,
        "items": {"type": "object"},
        "description": "Scans in the order they happened (ScanItem), at most 500; each is answered on its own, an invalid one with `invalid` and its fields"}),
    );
    // A scan names its person by code or by registration, not both.
    set(
        doc,
        &body_pointer("/api/v1/events/{id}/checkin/scan", "post"),
        json!({
        "allOf": [{"$ref": "#/components/schemas/ScanItem"}],
        "properties": {"kind": {"enum": ["entry", "exit", "", null]}},
        "oneOf": [
            {"required": ["code"], "properties": {"code": nonblank, "registration_id": {"type": "null"}}},
            {"required": ["registration_id"], "properties": {"registration_id": {"type": "integer"}, "code": {"type": "null"}}}
        ]}),
    );
    set(
        doc,
        &body_pointer("/api/v1/events/{id}/checkin/undo", "post"),
        json!({
        "allOf": [{"$ref": "#/components/schemas/ScanItem"}],
        "required": ["key", "undoes_key"],
        "properties": {"undoes_key": Rule::Line(64).schema()}}),
    );
}

/// The certificate verification code parameter.
fn verification_code_shape(doc: &mut Value) {
    // The verification code: 16 of the code's letters and digits (O reads as 0, I and L as 1).
    for parameter in doc
        .pointer_mut("/paths/~1api~1v1~1certificates~1verify/get/parameters")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        if parameter["name"] == "code" {
            parameter["required"] = json!(true);
            parameter["schema"] = json!({"type": "string",
                "pattern": "^[0-9A-TV-Za-tv-z]{4}-?[0-9A-TV-Za-tv-z]{4}-?[0-9A-TV-Za-tv-z]{4}-?[0-9A-TV-Za-tv-z]{4}$"});
        }
    }
}

fn constrain_property(doc: &mut Value, schema: &str, field: &str, required: bool, rule: &Rule) {
    let Some(object) = doc.pointer_mut(&format!("/components/schemas/{schema}")).and_then(Value::as_object_mut) else {
        return;
    };
    let Some(property) = object.get_mut("properties").and_then(|p| p.get_mut(field)).and_then(Value::as_object_mut)
    else {
        return;
    };
    // An optional field may also be absent or null.
    let nullable =
        !required && property.get("type").and_then(Value::as_array).is_some_and(|t| t.iter().any(|t| t == "null"));
    merge_rule(property, rule, nullable);
    if required {
        property.remove("default");
        let list = object.entry("required").or_insert_with(|| json!([]));
        if let Some(list) = list.as_array_mut()
            && !list.iter().any(|f| f == field)
        {
            list.push(json!(field));
        }
    }
}

fn constrain_parameter(doc: &mut Value, path: &str, name: &str, rule: &Rule) {
    let Some(operations) = doc
        .pointer_mut(&format!("/paths/{}", path.replace('~', "~0").replace('/', "~1")))
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    for operation in operations.values_mut() {
        let Some(parameters) = operation.get_mut("parameters").and_then(Value::as_array_mut) else { continue };
        for parameter in parameters.iter_mut().filter(|p| p["name"] == name) {
            if let Some(schema) = parameter.get_mut("schema").and_then(Value::as_object_mut) {
                merge_rule(schema, rule, false);
            }
        }
    }
}

/// Replaces a schema's type and constraints by the rule's, keeping its description.
fn merge_rule(target: &mut Map<String, Value>, rule: &Rule, nullable: bool) {
    for key in [
        "type",
        "format",
        "enum",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "items",
        "$ref",
        "oneOf",
        "anyOf",
    ] {
        target.remove(key);
    }
    if let Value::Object(rule) = rule.schema() {
        for (key, value) in rule {
            target.insert(key, value);
        }
    }
    if nullable {
        if let Some(t) = target.get("type").and_then(Value::as_str).map(str::to_owned) {
            target.insert("type".into(), json!([t, "null"]));
        }
        if let Some(values) = target.get_mut("enum").and_then(Value::as_array_mut) {
            values.push(Value::Null);
        }
    }
}
