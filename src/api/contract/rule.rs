//! The rule of one request field, as a JSON Schema fragment.

use serde_json::{Value, json};

/// Characters no text field accepts (Unicode category Cc, as `char::is_control`).
pub(super) const CONTROL: &str = "\\u0000-\\u001f\\u007f-\\u009f";
/// What `str::trim` removes besides control characters (Unicode White_Space).
pub(super) const SPACE: &str = "\\u0020\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

/// The rule of one field.
#[derive(Clone)]
pub(super) enum Rule {
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
    /// A session's remote link (`https://host/…`), or empty for none.
    OptionalRemoteUrl,
    /// An agenda item's number: digits, then letters, digits, dots and brackets, at most 16.
    AgendaNumber,
    /// A text in several languages: a string as `original` says, or an object from language
    /// code to text as `version` says (the original's entry is required by the shapes); with
    /// `nullable`, also null.
    InLanguages { original: Box<Rule>, version: Box<Rule>, nullable: bool },
}

impl Rule {
    pub(super) fn schema(&self) -> Value {
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
            Rule::OptionalRemoteUrl => json!({"type": "string", "maxLength": crate::domain::REMOTE_URL_MAX,
                "pattern": format!("^({})?$", crate::domain::REMOTE_URL_PATTERN)}),
            Rule::AgendaNumber => json!({"type": "string", "pattern": "^[0-9][0-9A-Za-z().]{0,15}$"}),
            Rule::DateOrMonth => json!({"type": "string", "anyOf": [Rule::Date.schema(),
                {"pattern": "^(19(4[5-9]|[5-9][0-9])|2[01][0-9]{2}|2200)-(0[1-9]|1[0-2])$"}]}),
            Rule::InLanguages { original, version, nullable } => {
                // One schema whose keywords apply by type, not an `anyOf`: the API fuzzer cannot
                // merge an `anyOf` with the event's conditional shapes.
                let mut schema = original.schema();
                let versions: serde_json::Map<String, Value> =
                    crate::i18n::Lang::ALL.iter().map(|l| (l.code().to_owned(), version.schema())).collect();
                let mut types = vec![json!("string"), json!("object")];
                if *nullable {
                    types.push(json!("null"));
                }
                schema["type"] = Value::Array(types);
                schema["properties"] = Value::Object(versions);
                schema["additionalProperties"] = json!(false);
                schema
            }
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

pub(super) fn codes<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| code(*v).to_owned()).collect()
}
