//! The invitation list as CSV: `email,title,given_name,family_name,organisation,country,role,language`,
//! a header row first, UTF-8 (a byte-order mark is ignored), commas or semicolons. Parsing is
//! pure: it finds every problem a row has on its own or against the rows above it; whether a
//! country exists or a person is already invited is the rules' business.

use std::collections::HashMap;

use serde::Serialize;

use super::input::{NAME_MAX, ORGANISATION_MAX, TITLE_MAX, parse_language, parse_role};
use crate::domain::{CountryCode, Email};
use crate::error::Msg;
use crate::people::PersonInput;

use super::input::Invitee;

/// The columns, in the documented order.
pub const COLUMNS: [&str; 8] =
    ["email", "title", "given_name", "family_name", "organisation", "country", "role", "language"];

/// Most rows one import may hold.
pub const MAX_ROWS: usize = 20_000;

/// What can be wrong with a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "code")]
pub enum Problem {
    /// The email address is missing or malformed.
    BadEmail,
    /// The given or family name is missing.
    MissingName,
    /// A value is longer than its column allows.
    TooLong {
        /// The column.
        column: &'static str,
        /// Its limit.
        max: usize,
    },
    /// A value holds control characters.
    ControlCharacters {
        /// The column.
        column: &'static str,
    },
    /// The country code is not a member or observer State.
    UnknownCountry,
    /// The role is not one of the roles.
    UnknownRole,
    /// The language is neither English nor French.
    UnknownLanguage,
    /// The same address appears on an earlier line.
    DuplicateEmail {
        /// That earlier line.
        first_line: u64,
    },
    /// The person already has an invitation to this event.
    AlreadyInvited,
    /// The line does not have the header's number of fields.
    FieldCount {
        /// Fields found.
        found: usize,
    },
}

impl Problem {
    /// The column the problem is in.
    pub fn column(&self) -> &'static str {
        match self {
            Problem::BadEmail | Problem::DuplicateEmail { .. } | Problem::AlreadyInvited => "email",
            Problem::MissingName => "given_name",
            Problem::TooLong { column, .. } | Problem::ControlCharacters { column } => column,
            Problem::UnknownCountry => "country",
            Problem::UnknownRole => "role",
            Problem::UnknownLanguage => "language",
            Problem::FieldCount { .. } => "line",
        }
    }

    /// The sentence explaining it.
    pub fn message(&self) -> Msg {
        match self {
            Problem::BadEmail => Msg::new("inv-csv-bad-email"),
            Problem::MissingName => Msg::new("inv-csv-missing-name"),
            Problem::TooLong { column, max } => Msg::new("inv-csv-too-long").arg("column", column).arg("max", max),
            Problem::ControlCharacters { column } => Msg::new("inv-csv-control-chars").arg("column", column),
            Problem::UnknownCountry => Msg::new("inv-csv-unknown-country"),
            Problem::UnknownRole => Msg::new("inv-csv-unknown-role"),
            Problem::UnknownLanguage => Msg::new("inv-csv-unknown-language"),
            Problem::DuplicateEmail { first_line } => Msg::new("inv-csv-duplicate-email").arg("line", first_line),
            Problem::AlreadyInvited => Msg::new("inv-csv-already-invited"),
            Problem::FieldCount { found } => {
                Msg::new("inv-csv-field-count").arg("found", found).arg("expected", COLUMNS.len())
            }
        }
    }
}

/// One data line of the file.
#[derive(Debug, Clone)]
pub struct Row {
    /// Its line number in the file (the header is line 1).
    pub line: u64,
    /// The address as typed (for the preview).
    pub email: String,
    /// The names as typed (for the preview).
    pub name: String,
    /// The parsed invitee, when the line has no problem of its own.
    pub invitee: Option<Invitee>,
    /// Everything wrong with it (empty for a good row).
    pub problems: Vec<Problem>,
}

/// A problem with the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Nothing but blank lines.
    Empty,
    /// The first line is not the header; the missing columns are named.
    Header(Vec<&'static str>),
    /// More rows than one import takes.
    TooManyRows,
    /// The bytes are not UTF-8 text.
    NotUtf8,
    /// The CSV itself is broken (e.g. an unclosed quote) at this line.
    Malformed(u64),
}

impl FileError {
    /// The sentence explaining it.
    pub fn message(&self) -> Msg {
        match self {
            FileError::Empty => Msg::new("inv-csv-empty"),
            FileError::Header(missing) => {
                Msg::new("inv-csv-header").arg("missing", missing.join(", ")).arg("columns", COLUMNS.join(","))
            }
            FileError::TooManyRows => Msg::new("inv-csv-too-many-rows").arg("max", MAX_ROWS),
            FileError::NotUtf8 => Msg::new("inv-csv-not-utf8"),
            FileError::Malformed(line) => Msg::new("inv-csv-malformed").arg("line", line),
        }
    }
}

/// Bytes of an uploaded file as text: UTF-8 only, byte-order mark removed.
pub fn decode(bytes: &[u8]) -> Result<String, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec()).map_err(|_| FileError::NotUtf8)
}

/// Semicolons when the header has more of them than commas (spreadsheets in French locales).
fn separator(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if header.matches(';').count() > header.matches(',').count() { b';' } else { b',' }
}

fn check_text(problems: &mut Vec<Problem>, column: &'static str, value: &str, max: usize) -> Option<String> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    if v.chars().count() > max {
        problems.push(Problem::TooLong { column, max });
    } else if v.chars().any(char::is_control) {
        problems.push(Problem::ControlCharacters { column });
    }
    Some(v.to_owned())
}

/// Turns the csv reader's byte positions into line numbers. A record's position is where the
/// reader started looking for it, before any blank lines it skipped, so those are skipped
/// here too; counting goes on from the previous record (one pass over the text).
struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl Lines<'_> {
    fn line_of(&mut self, position: Option<&::csv::Position>) -> u64 {
        let Some(start) = position.map(|p| usize::try_from(p.byte()).unwrap_or(usize::MAX)) else { return self.line };
        let mut i = start.clamp(self.at, self.bytes.len());
        while i < self.bytes.len() && matches!(self.bytes[i], b'\r' | b'\n') {
            i += 1;
        }
        self.line += self.bytes[self.at..i].iter().filter(|b| **b == b'\n').count() as u64;
        self.at = i;
        self.line
    }
}

/// Parses the text of a CSV file into rows, each with its own problems; duplicates are
/// flagged on the later line.
pub fn parse(text: &str) -> Result<Vec<Row>, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(false)
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut lines = Lines { bytes: text.as_bytes(), at: 0, line: 1 };
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(FileError::Malformed(lines.line_of(e.position()))),
        None => return Err(FileError::Empty),
    };
    lines.line_of(header.position());
    let names: Vec<String> = header.iter().map(|h| h.trim().to_lowercase().replace([' ', '-'], "_")).collect();
    let missing: Vec<&'static str> = COLUMNS.iter().copied().filter(|c| !names.iter().any(|n| n == c)).collect();
    if !missing.is_empty() {
        return Err(FileError::Header(missing));
    }
    let index: HashMap<&str, usize> =
        COLUMNS.iter().map(|c| (*c, names.iter().position(|n| n == c).unwrap_or(0))).collect();
    let mut rows = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => return Err(FileError::Malformed(lines.line_of(e.position()))),
        };
        let line = lines.line_of(record.position());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if rows.len() >= MAX_ROWS {
            return Err(FileError::TooManyRows);
        }
        rows.push(row_of(&record, line, names.len(), &index, &mut seen));
    }
    Ok(rows)
}

/// One record of the list: the invitee it names, or every problem it has. An address seen on
/// an earlier line is a problem of this one.
fn row_of(
    record: &::csv::StringRecord,
    line: u64,
    columns: usize,
    index: &HashMap<&str, usize>,
    seen: &mut HashMap<String, u64>,
) -> Row {
    let get = |column: &str| index.get(column).and_then(|i| record.get(*i)).unwrap_or("").to_owned();
    let email_raw = get("email");
    let name = format!("{} {}", get("given_name"), get("family_name")).trim().to_owned();
    let mut problems = Vec::new();
    if record.len() != columns {
        problems.push(Problem::FieldCount { found: record.len() });
    }
    let email = Email::parse(&email_raw).map_err(|_| problems.push(Problem::BadEmail)).ok();
    if let Some(e) = &email {
        match seen.get(e.as_str()) {
            Some(first_line) => problems.push(Problem::DuplicateEmail { first_line: *first_line }),
            None => {
                seen.insert(e.as_str().to_owned(), line);
            }
        }
    }
    let title = check_text(&mut problems, "title", &get("title"), TITLE_MAX);
    let given = check_text(&mut problems, "given_name", &get("given_name"), NAME_MAX);
    let family = check_text(&mut problems, "family_name", &get("family_name"), NAME_MAX);
    if given.is_none() || family.is_none() {
        problems.push(Problem::MissingName);
    }
    let organisation = check_text(&mut problems, "organisation", &get("organisation"), ORGANISATION_MAX);
    let country_raw = get("country");
    let country = if country_raw.trim().is_empty() {
        None
    } else {
        CountryCode::parse(&country_raw).map_err(|_| problems.push(Problem::UnknownCountry)).ok()
    };
    let role = parse_role(&get("role")).map_err(|_| problems.push(Problem::UnknownRole)).ok();
    let language = parse_language(&get("language")).map_err(|_| problems.push(Problem::UnknownLanguage)).ok();
    let invitee = match (email, given, family, role, language) {
        (Some(email), Some(given_name), Some(family_name), Some(role), Some(language)) if problems.is_empty() => {
            Some(Invitee {
                person: PersonInput {
                    email,
                    title,
                    given_name,
                    family_name,
                    organisation,
                    organisation_type: None,
                    country,
                    language,
                },
                role,
                position: None,
            })
        }
        _ => None,
    };
    Row { line, email: email_raw, name, invitee, problems }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "email,title,given_name,family_name,organisation,country,role,language";

    fn problems(rows: &[Row]) -> Vec<(u64, Vec<Problem>)> {
        rows.iter().filter(|r| !r.problems.is_empty()).map(|r| (r.line, r.problems.clone())).collect()
    }

    #[test]
    fn good_rows_parse_with_semicolons_and_a_bom() {
        let text = "\u{feff}Email;Title;Given name;Family name;Organisation;Country;Role;Language\r\n\
                    amina@example.org;Ms.;Amina;Diallo;MFA;tgo;Head of delegation;FR\r\n\
                    \r\n\
                    \"kofi@example.org\";;Kofi;\"Mensah; Jr\";;GHA;delegate;\n";
        let rows = parse(text).unwrap();
        assert_eq!(rows.len(), 2);
        assert!(problems(&rows).is_empty(), "{:?}", problems(&rows));
        assert_eq!(rows[1].line, 4);
        let kofi = rows[1].invitee.as_ref().unwrap();
        assert_eq!(kofi.person.family_name, "Mensah; Jr");
        assert_eq!(kofi.person.language, crate::i18n::Lang::En);
        assert_eq!(rows[0].invitee.as_ref().unwrap().person.country.as_ref().unwrap().as_str(), "TGO");
    }

    #[test]
    fn every_problem_is_found_with_its_line() {
        let text = format!(
            "{HEADER}\n\
             good@example.org,,Good,Row,,BWA,delegate,en\n\
             not-an-email,,Bad,Email,,BWA,delegate,en\n\
             noname@example.org,,,,,BWA,delegate,en\n\
             country@example.org,,C,D,,B1A,delegate,en\n\
             role@example.org,,R,S,,BWA,spy,en\n\
             lang@example.org,,L,M,,BWA,observer,de\n\
             GOOD@example.org,,Again,Row,,BWA,delegate,en\n\
             short@example.org,,Too,Short\n"
        );
        let rows = parse(&text).unwrap();
        assert_eq!(
            problems(&rows),
            vec![
                (3, vec![Problem::BadEmail]),
                (4, vec![Problem::MissingName]),
                (5, vec![Problem::UnknownCountry]),
                (6, vec![Problem::UnknownRole]),
                (7, vec![Problem::UnknownLanguage]),
                (8, vec![Problem::DuplicateEmail { first_line: 2 }]),
                (9, vec![Problem::FieldCount { found: 4 }, Problem::UnknownRole]),
            ]
        );
        assert_eq!(rows.iter().filter(|r| r.invitee.is_some()).count(), 1);
    }

    #[test]
    fn file_level_problems() {
        assert_eq!(parse("  \n\n").unwrap_err(), FileError::Empty);
        assert_eq!(
            parse("email,name\nx@y.org,X").unwrap_err(),
            FileError::Header(vec![
                "title",
                "given_name",
                "family_name",
                "organisation",
                "country",
                "role",
                "language"
            ])
        );
        assert_eq!(decode(b"\xEF\xBB\xBFemail").unwrap(), "email");
        assert_eq!(decode(b"caf\xE9").unwrap_err(), FileError::NotUtf8);
        assert!(matches!(parse(&format!("{HEADER}\n\"open,quote\n")), Ok(_) | Err(FileError::Malformed(_))));
        assert!(FileError::Header(vec!["role"]).message().args.iter().any(|(k, v)| *k == "missing" && v == "role"));
    }

    #[test]
    fn html_and_control_characters_in_values() {
        let text = format!("{HEADER}\nx@example.org,,<b>Bold</b>,Name\u{7},,,expert,en\n");
        let rows = parse(&text).unwrap();
        assert_eq!(rows[0].problems, vec![Problem::ControlCharacters { column: "family_name" }]);
        assert_eq!(rows[0].name, "<b>Bold</b> Name\u{7}");
    }
}
