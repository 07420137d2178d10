//! What the derived OpenAPI document cannot say by itself, added to it in one place: the shared
//! error answers of every operation, and the rules of each request field (required fields,
//! closed lists, lengths, patterns) exactly as the parsers apply them, so that a request the
//! document calls valid is never refused as invalid, and one it calls invalid is refused.
//! Rules between fields (an end after a start) are stated in the fields' descriptions.

use serde_json::{Map, Value, json};
use utoipa::OpenApi as _;

use crate::domain::{
    DatePrecision, EventKind, EventStatus, Gender, InvitationState, Language, ParticipantRole, RegistrationMode,
    RegistrationState, ScanDirection, SessionKind,
};
use crate::donors::{BudgetCategory, DonorKind, EarmarkKind};
use crate::reference::Reference;

/// Characters no text field accepts (Unicode category Cc, as `char::is_control`).
const CONTROL: &str = "\\u0000-\\u001f\\u007f-\\u009f";
/// What `str::trim` removes besides control characters (Unicode White_Space).
const SPACE: &str = "\\u0020\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
/// Routes limited per client address (`web::ratelimit`).
const RATE_LIMITED: &[&str] =
    &["/api/v1/certificates/verify", "/r/{token}/event.ics", "/calendar/private/{token}/events.ics"];

/// The rule of one field.
#[derive(Clone)]
enum Rule {
    /// A single line that must hold something besides spaces, at most this many characters.
    Line(usize),
    /// A single line that may be empty, at most this many characters.
    OptionalLine(usize),
    /// Several lines (newlines and tabs allowed), at most this many characters.
    Text(usize),
    /// An email address.
    Email,
    /// One of these values.
    OneOf(Vec<String>),
    /// One of these values, or empty for the default.
    OneOfOrEmpty(Vec<String>),
    /// A date `YYYY-MM-DD` from 1945 to 2200.
    Date,
    /// A date `YYYY-MM-DD` (any year), or empty.
    OptionalDate,
    /// A date `YYYY-MM-DD` from 1945 to 2200, or empty.
    OptionalCalendarDate,
    /// A wall-clock time `HH:MM` or `HH:MM:SS`.
    Time,
    /// A local date-time `YYYY-MM-DDTHH:MM`, or empty.
    OptionalLocalDateTime,
    /// An RFC 3339 date-time with its offset, or empty.
    OptionalDateTime,
    /// A whole number in this range.
    Int(i64, i64),
    /// A whole number in this range, or empty for the default (a query parameter).
    OptionalInt(i64, i64),
    /// A positive decimal amount with at most this many decimals.
    Amount(u32),
    /// A decimal amount, zero allowed, or empty.
    OptionalAmount,
    /// A USD rate with at most six decimals, or empty.
    OptionalRate,
    /// A phone number: digits, spaces and `+-().`, at most 50 characters.
    Phone,
    /// A list of participants: `draft`, or a revision number (0 for the original).
    ListVersion,
    /// A donor report's view: `all` (or empty), `year:YYYY` or `programme:CODE`.
    ReportView,
    /// A check-in key: 8–64 letters, digits, `-` and `_`.
    Key,
    /// One of these records' ids, as a number.
    Record(Vec<i32>),
    /// One of these records' ids, written as a string.
    RecordText(Vec<i32>),
    /// A date `YYYY-MM-DD` or a month `YYYY-MM`, from 1945 to 2200.
    DateOrMonth,
}

impl Rule {
    fn schema(&self) -> Value {
        let one_line = format!("^[^{CONTROL}]*$");
        match self {
            Rule::Line(max) => json!({"type": "string", "minLength": 1, "maxLength": max,
                "pattern": format!("^[^{CONTROL}]*[^{CONTROL}{SPACE}][^{CONTROL}]*$")}),
            Rule::OptionalLine(max) => json!({"type": "string", "maxLength": max, "pattern": one_line}),
            Rule::Text(max) => json!({"type": "string", "maxLength": max,
                "pattern": "^([^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\r\\n)*$"}),
            Rule::Email => json!({"type": "string", "maxLength": 254,
                "pattern": "^[^\\u0000-\\u0020\\u007f-\\u00a0<>()\\[\\]\\\\,;:\"@]{1,32}@([^\\u0000-\\u0020\\u007f-\\u00a0<>()\\[\\]\\\\,;:\"@.]+\\.)+[^\\u0000-\\u0020\\u007f-\\u00a0<>()\\[\\]\\\\,;:\"@.]+$"}),
            Rule::OneOf(values) => json!({"type": "string", "enum": values}),
            Rule::OneOfOrEmpty(values) => {
                let mut all = values.clone();
                all.push(String::new());
                json!({"type": "string", "enum": all})
            }
            Rule::Date => json!({"type": "string", "format": "date",
                "pattern": "^(19(4[5-9]|[5-9][0-9])|2[01][0-9]{2}|2200)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}),
            Rule::OptionalDate => json!({"type": "string",
                "pattern": "^([0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))?$",
                "anyOf": [{"format": "date"}, {"maxLength": 0}]}),
            Rule::OptionalCalendarDate => json!({"type": "string", "anyOf": [Rule::Date.schema(), {"maxLength": 0}]}),
            Rule::Time => json!({"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"}),
            Rule::OptionalLocalDateTime => json!({"type": "string",
                "pattern": "^((19(4[5-9]|[5-9][0-9])|2[01][0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])T([01][0-9]|2[0-3]):[0-5][0-9])?$"}),
            Rule::OptionalDateTime => json!({"type": "string", "anyOf": [{"format": "date-time"}, {"maxLength": 0}]}),
            Rule::OptionalInt(min, max) => json!({"anyOf": [{"type": "integer", "minimum": min, "maximum": max},
                {"type": "string", "maxLength": 0}]}),
            Rule::Int(min, max) => json!({"type": "integer", "minimum": min, "maximum": max}),
            Rule::Amount(decimals) => {
                let digits = crate::donors::money::MAX_AMOUNT.to_string().len() - 1;
                json!({"type": "string", "pattern": format!("^{}$", positive_decimal(digits, *decimals))})
            }
            Rule::OptionalAmount => {
                let digits = crate::donors::money::MAX_AMOUNT.to_string().len() - 1;
                json!({"type": "string", "pattern": format!("^(([1-9][0-9]{{0,{}}}|0)(\\.[0-9]{{1,2}})?)?$", digits - 1)})
            }
            Rule::OptionalRate => {
                let digits = crate::donors::money::MAX_RATE.to_string().len() - 1;
                json!({"type": "string", "pattern": format!("^({})?$", positive_decimal(digits, 6))})
            }
            Rule::Phone => json!({"type": "string", "maxLength": 50, "pattern": "^[0-9 +().-]*$"}),
            Rule::ListVersion => json!({"type": "string", "pattern": "^(draft|[0-9]{1,9})$"}),
            Rule::ReportView => {
                json!({"type": "string", "pattern": format!("^(all|year:[0-9]{{1,9}}|programme:[^{CONTROL}]*[^{CONTROL}{SPACE}][^{CONTROL}]*)?$")})
            }
            Rule::Key => json!({"type": "string", "pattern": "^[A-Za-z0-9_-]{8,64}$"}),
            // No record yet: none can be named, but the document stays valid.
            Rule::Record(ids) if ids.is_empty() => json!({"type": "integer", "minimum": 1, "maximum": 0}),
            Rule::Record(ids) => json!({"type": "integer", "enum": ids}),
            Rule::RecordText(ids) if ids.is_empty() => json!({"type": "string", "pattern": "^$", "minLength": 1}),
            Rule::RecordText(ids) => {
                json!({"type": "string", "enum": ids.iter().map(i32::to_string).collect::<Vec<_>>()})
            }
            Rule::DateOrMonth => json!({"type": "string", "anyOf": [Rule::Date.schema(),
                {"pattern": "^(19(4[5-9]|[5-9][0-9])|2[01][0-9]{2}|2200)-(0[1-9]|1[0-2])$"}]}),
        }
    }
}

/// A positive decimal with at most `digits` digits before the point and `decimals` after
/// (no leading zeros, as the parsers read them): `12.5`, `0.05`, not `0` or `0.00`.
fn positive_decimal(digits: usize, decimals: u32) -> String {
    let whole = format!("[1-9][0-9]{{0,{}}}", digits - 1);
    if decimals == 0 {
        return whole;
    }
    // Below one: some digit after the point is not zero.
    let below_one: Vec<String> = (0..decimals)
        .map(|zeros| {
            let rest = decimals - zeros - 1;
            format!(
                "{}[1-9]{}",
                "0".repeat(zeros as usize),
                if rest == 0 { String::new() } else { format!("[0-9]{{0,{rest}}}") }
            )
        })
        .collect();
    format!("({whole}(\\.[0-9]{{1,{decimals}}})?|0\\.({}))", below_one.join("|"))
}

fn codes<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| code(*v).to_owned()).collect()
}

/// The values the reference data allows, read when the document is served.
struct Lists {
    countries: Vec<String>,
    programmes: Vec<String>,
    units: Vec<String>,
    groups: Vec<String>,
    organisation_types: Vec<String>,
    /// Series codes and event ids, read from the database.
    series: Vec<String>,
    events: Vec<String>,
    /// Event and contribution ids as numbers, for the fields that name one.
    event_ids: Vec<i32>,
    contribution_ids: Vec<i32>,
}

impl Lists {
    fn of(r: &Reference, records: Records) -> Self {
        Self {
            countries: r.countries.iter().map(|c| c.iso3.clone()).collect(),
            programmes: r.programmes.iter().map(|p| p.code.clone()).collect(),
            units: r.units.iter().map(|u| u.code.clone()).collect(),
            groups: r.regional_groups.iter().map(|g| g.code.clone()).collect(),
            organisation_types: r.organisation_types.iter().map(|o| o.code.clone()).collect(),
            series: records.series,
            events: records.events.iter().map(i32::to_string).collect(),
            event_ids: records.events,
            contribution_ids: records.contributions,
        }
    }
}

fn languages() -> Vec<String> {
    vec!["en".into(), "fr".into()]
}

/// The rules of the request bodies: (schema, field, required, rule).
fn body_rules(l: &Lists) -> Vec<(&'static str, &'static str, bool, Rule)> {
    use Rule::*;
    let event_kinds = codes(EventKind::ALL, EventKind::as_str);
    let roles = codes(ParticipantRole::ALL, ParticipantRole::as_str);
    vec![
        ("EventPayload", "title", true, Line(300)),
        ("EventPayload", "kind", true, OneOf(event_kinds)),
        ("EventPayload", "programme", true, OneOf(l.programmes.clone())),
        ("EventPayload", "unit", true, OneOf(l.units.clone())),
        ("EventPayload", "series", false, OneOfOrEmpty(l.series.clone())),
        ("EventPayload", "mandate", false, OptionalLine(300)),
        ("EventPayload", "venue_name", false, OptionalLine(200)),
        ("EventPayload", "city", true, Line(120)),
        ("EventPayload", "country", false, OneOfOrEmpty(l.countries.clone())),
        (
            "EventPayload",
            "time_zone",
            true,
            OneOf(chrono_tz::TZ_VARIANTS.iter().map(|t| t.name().to_owned()).collect()),
        ),
        ("EventPayload", "date_precision", false, OneOfOrEmpty(codes(DatePrecision::ALL, DatePrecision::as_str))),
        ("EventPayload", "start_date", true, Date),
        ("EventPayload", "end_date", true, Date),
        ("EventPayload", "registration_opens", false, OptionalLocalDateTime),
        ("EventPayload", "registration_closes", false, OptionalLocalDateTime),
        ("EventPayload", "capacity", false, Int(1, i64::from(crate::events::input::MAX_CAPACITY))),
        (
            "EventPayload",
            "registration_mode",
            false,
            OneOfOrEmpty(codes(RegistrationMode::ALL, RegistrationMode::as_str)),
        ),
        ("EventPayload", "certificate_min_attendance_percent", false, Int(1, 100)),
        ("EventPayload", "description", false, Text(20_000)),
        ("SessionPayload", "title", true, Line(300)),
        ("SessionPayload", "kind", false, OneOfOrEmpty(codes(SessionKind::ALL, SessionKind::as_str))),
        ("SessionPayload", "date", true, Date),
        ("SessionPayload", "start_time", true, Time),
        ("SessionPayload", "end_time", true, Time),
        ("SessionPayload", "room", false, OptionalLine(120)),
        ("InvitePayload", "email", true, Email),
        ("InvitePayload", "title", false, OptionalLine(32)),
        ("InvitePayload", "given_name", true, Line(120)),
        ("InvitePayload", "family_name", true, Line(120)),
        ("InvitePayload", "organisation", false, OptionalLine(200)),
        ("InvitePayload", "country", false, OneOfOrEmpty(l.countries.clone())),
        ("InvitePayload", "role", true, OneOf(roles.clone())),
        ("InvitePayload", "language", false, OneOfOrEmpty(languages())),
        ("DelegationPayload", "country", true, OneOf(l.countries.clone())),
        ("DelegationPayload", "seat_quota", true, Int(1, 50)),
        ("DelegationPayload", "email", true, Email),
        ("DelegationPayload", "title", false, OptionalLine(32)),
        ("DelegationPayload", "given_name", true, Line(120)),
        ("DelegationPayload", "family_name", true, Line(120)),
        ("DelegationPayload", "language", false, OneOfOrEmpty(languages())),
        ("CopyPayload", "from_event", true, Record(l.event_ids.clone())),
        ("CopyPayload", "what", false, OneOfOrEmpty(vec!["participants".into(), "invitees".into()])),
        ("ExtendPayload", "expires_on", true, Date),
        ("ClonePayload", "start_date", true, DateOrMonth),
        ("ImportPayload", "csv", true, Text(32 * 1024 * 1024)),
        ("ManualRegistration", "email", true, Email),
        ("ManualRegistration", "role", false, OneOfOrEmpty(roles)),
        ("ManualRegistration", "language", false, OneOfOrEmpty(languages())),
        ("ManualRegistration", "title", false, OptionalLine(32)),
        ("ManualRegistration", "given_name", true, Line(120)),
        ("ManualRegistration", "family_name", true, Line(120)),
        ("ManualRegistration", "gender", true, OneOf(codes(Gender::ALL, Gender::as_str))),
        ("ManualRegistration", "country", false, OneOfOrEmpty(l.countries.clone())),
        ("ManualRegistration", "organisation", false, OptionalLine(200)),
        ("ManualRegistration", "organisation_type", false, OneOfOrEmpty(l.organisation_types.clone())),
        ("ManualRegistration", "position", false, OptionalLine(200)),
        ("ManualRegistration", "phone", false, Phone),
        ("ManualRegistration", "needs", false, Text(2000)),
        (
            "MoveRequest",
            "action",
            true,
            OneOf(vec!["approve".into(), "reject".into(), "cancel".into(), "reset".into()]),
        ),
        ("MoveRequest", "reason", false, OptionalLine(1000)),
        ("IssuePayload", "symbol", false, OptionalLine(80)),
        ("DonorForm", "name", true, Line(200)),
        ("DonorForm", "kind", true, OneOf(codes(DonorKind::ALL, DonorKind::as_str))),
        ("DonorForm", "country", false, OneOfOrEmpty(l.countries.clone())),
        ("ContactForm", "name", true, Line(200)),
        ("ContactForm", "email", true, Email),
        ("ContactForm", "language", false, OneOfOrEmpty(languages())),
        (
            "ContributionForm",
            "currency",
            true,
            OneOf(crate::donors::money::CURRENCIES.iter().map(|(c, _)| (*c).to_owned()).collect()),
        ),
        ("ContributionForm", "amount", true, Amount(2)),
        ("ContributionForm", "usd_rate", false, OptionalRate),
        ("ContributionForm", "pledged_on", true, Date),
        ("ContributionForm", "received_on", false, OptionalCalendarDate),
        ("ContributionForm", "trust_fund", true, Line(64)),
        ("ContributionForm", "earmark", false, OneOfOrEmpty(codes(EarmarkKind::ALL, EarmarkKind::as_str))),
        ("ContributionForm", "earmark_ref", false, OptionalLine(64)),
        ("ContributionForm", "conditions", false, Text(4000)),
        ("ContributionForm", "period_start", true, Date),
        ("ContributionForm", "period_end", true, Date),
        ("AllocationForm", "contribution_id", true, RecordText(l.contribution_ids.clone())),
        ("AllocationForm", "amount", true, Amount(2)),
        ("BudgetLineForm", "category", true, OneOf(codes(BudgetCategory::ALL, BudgetCategory::as_str))),
        ("BudgetLineForm", "planned", false, OptionalAmount),
        ("BudgetLineForm", "actual", false, OptionalAmount),
        ("ScanItem", "key", true, Key),
        ("ScanItem", "kind", false, OneOfOrEmpty(codes(ScanDirection::ALL, ScanDirection::as_str))),
        ("ScanItem", "code", false, OptionalLine(200)),
        ("ScanItem", "method", false, OneOfOrEmpty(vec!["qr".into(), "typed".into(), "search".into()])),
        ("ScanItem", "device", false, OptionalLine(64)),
        ("ScanItem", "scanned_at", false, OptionalDateTime),
        ("ScanItem", "undoes_key", false, OptionalLine(64)),
    ]
}

/// The rules of the query and path parameters: (path, parameter, rule).
fn parameter_rules(l: &Lists) -> Vec<(&'static str, &'static str, Rule)> {
    use Rule::*;
    let page = OptionalInt(1, i64::try_from(crate::domain::MAX_PAGE).unwrap_or(i64::MAX));
    vec![
        ("/api/v1/events", "programme", OneOfOrEmpty(l.programmes.clone())),
        ("/api/v1/events", "kind", OneOfOrEmpty(codes(EventKind::ALL, EventKind::as_str))),
        ("/api/v1/events", "status", OneOfOrEmpty(codes(EventStatus::ALL, EventStatus::as_str))),
        ("/api/v1/events", "year", OptionalInt(1945, 2200)),
        ("/api/v1/events", "when", OneOfOrEmpty(vec!["upcoming".into(), "past".into(), "all".into()])),
        ("/api/v1/events", "page", page.clone()),
        (
            "/api/v1/events/{id}/invitations",
            "state",
            OneOfOrEmpty(codes(InvitationState::ALL, InvitationState::as_str)),
        ),
        ("/api/v1/events/{id}/invitations", "page", page.clone()),
        (
            "/api/v1/events/{id}/registrations",
            "state",
            OneOfOrEmpty(codes(RegistrationState::ALL, RegistrationState::as_str)),
        ),
        ("/api/v1/events/{id}/registrations", "country", OneOfOrEmpty(l.countries.clone())),
        ("/api/v1/events/{id}/registrations", "group", OneOfOrEmpty(l.groups.clone())),
        ("/api/v1/events/{id}/registrations", "gender", OneOfOrEmpty(codes(Gender::ALL, Gender::as_str))),
        (
            "/api/v1/events/{id}/registrations",
            "role",
            OneOfOrEmpty(codes(ParticipantRole::ALL, ParticipantRole::as_str)),
        ),
        ("/api/v1/events/{id}/registrations", "organisation_type", OneOfOrEmpty(l.organisation_types.clone())),
        ("/api/v1/events/{id}/registrations", "page", page),
        ("/api/v1/events/{id}/participants", "lang", OneOfOrEmpty(languages())),
        ("/api/v1/events/{id}/participants/{version}", "lang", OneOfOrEmpty(languages())),
        ("/api/v1/events/{id}/participants/{version}", "version", ListVersion),
        ("/api/v1/events/{id}/participants/{version}/{format}", "lang", OneOfOrEmpty(languages())),
        ("/api/v1/events/{id}/participants/{version}/{format}", "version", ListVersion),
        (
            "/api/v1/events/{id}/participants/{version}/{format}",
            "format",
            OneOf(vec!["html".into(), "pdf".into(), "csv".into(), "xlsx".into()]),
        ),
        ("/api/v1/reports", "programme", OneOfOrEmpty(l.programmes.clone())),
        ("/api/v1/reports", "unit", OneOfOrEmpty(l.units.clone())),
        ("/api/v1/reports", "series", OneOfOrEmpty(l.series.clone())),
        ("/api/v1/reports", "from", OptionalDate),
        ("/api/v1/reports", "to", OptionalDate),
        ("/api/v1/admin/jobs/{name}/runs", "name", OneOf(job_names())),
        ("/api/v1/admin/jobs/{name}/runs", "limit", Int(1, 200)),
        ("/api/v1/admin/jobs/{name}/run", "name", OneOf(job_names())),
        ("/api/v1/donors/{id}/report", "view", ReportView),
        ("/api/v1/donor/report", "view", ReportView),
        ("/calendar/programmes/{code}/events.ics", "code", OneOf(l.programmes.clone())),
        ("/calendar/units/{code}/events.ics", "code", OneOf(l.units.clone())),
    ]
}

fn job_names() -> Vec<String> {
    crate::jobs::JobName::ALL.iter().map(|j| j.as_str().to_owned()).collect()
}

/// Records a request may name, read when the document is served.
#[derive(Debug, Default)]
pub struct Records {
    /// Series codes.
    pub series: Vec<String>,
    /// Event ids.
    pub events: Vec<i32>,
    /// Contribution ids.
    pub contributions: Vec<i32>,
}

/// The OpenAPI document as served: the derived one, with the shared error answers and the
/// rules of every request field.
pub fn document(reference: &Reference, records: Records) -> Value {
    let mut doc = serde_json::to_value(super::ApiDoc::openapi()).unwrap_or_default();
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
    let nonblank = Rule::Line(200).schema();
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
    extend(
        doc,
        "/components/schemas/MoveRequest/properties/ids",
        json!({"minItems": 1, "items": {"type": "integer", "minimum": 1, "maximum": i32::MAX}}),
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
    for key in ["type", "format", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum", "items"] {
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

/// The shared error answers (`components/responses`), and which operation gives which: an
/// operation that needs a token answers 401 without one and 403 to a caller without the
/// right; one with ids in its path 404; one that takes input 422; one that changes something
/// 409 when the current state forbids it; a rate-limited one 429.
fn add_error_responses(doc: &mut Value) {
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
