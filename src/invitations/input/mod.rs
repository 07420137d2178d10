//! Parsing of invitation, delegation and nomination input (HTML forms and API bodies share
//! these) into domain values. Everything here is pure: existence of countries and earlier
//! invitations is checked by the rules.

use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::domain::{self, CountryCode, Email, InvitationState, ParticipantRole};
use crate::error::{FieldErrors, Msg};
use crate::i18n::Lang;
use crate::people::PersonInput;

/// Longest honorific kept (the `people.title` column).
pub const TITLE_MAX: usize = 32;
/// Longest given or family name kept.
pub const NAME_MAX: usize = 120;
/// Longest organisation kept.
pub const ORGANISATION_MAX: usize = 200;
/// Longest position (function) kept.
pub const POSITION_MAX: usize = 200;
/// Largest seat quota a State can be given.
pub const MAX_QUOTA: i32 = 50;
/// Largest note verbale accepted, in bytes.
pub const MAX_PDF_BYTES: usize = 5 * 1024 * 1024;

/// Parses a role as typed: `head_of_delegation`, `Head of delegation` and `head-of-delegation`
/// are the same.
pub fn parse_role(raw: &str) -> Result<ParticipantRole, Msg> {
    let normalised = raw.trim().to_lowercase().replace([' ', '-'], "_");
    normalised
        .parse::<ParticipantRole>()
        .map_err(|m| if m.key == "err-required" { m } else { Msg::new("inv-err-role") })
}

/// Parses the language of an invitee's messages: one of the six codes (a region such as `fr-CH` is
/// accepted); empty means English.
pub fn parse_language(raw: &str) -> Result<Lang, Msg> {
    let v = raw.trim();
    if v.is_empty() {
        return Ok(Lang::En);
    }
    Lang::from_tag(v).ok_or_else(|| Msg::new("inv-err-language"))
}

/// An optional country: empty means none.
fn optional_country(errors: &mut FieldErrors, field: &'static str, raw: &str) -> Option<CountryCode> {
    if raw.trim().is_empty() {
        return None;
    }
    CountryCode::parse(raw).map_err(|m| errors.add(field, m)).ok()
}

/// The "invite one person" form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
    pub title: String,
    pub given_name: String,
    pub family_name: String,
    pub organisation: String,
    pub country: String,
    pub role: String,
    pub language: String,
}

/// A person to invite personally, with their role and the language of their messages.
#[derive(Debug, Clone)]
pub struct Invitee {
    /// Who (found or created by email).
    pub person: PersonInput,
    /// Their role at this event.
    pub role: ParticipantRole,
    /// Their position, when a State gave one in its nomination.
    pub position: Option<String>,
}

impl Invitee {
    /// Parses the whole form, collecting every field's problem.
    pub fn parse(form: &InviteForm) -> Result<Self, FieldErrors> {
        let mut e = FieldErrors::new();
        let email = Email::parse(&form.email).map_err(|m| e.add("email", m)).ok();
        let title = domain::optional_text(&mut e, "title", &form.title, TITLE_MAX);
        let given_name = domain::required_text(&mut e, "given_name", &form.given_name, NAME_MAX);
        let family_name = domain::required_text(&mut e, "family_name", &form.family_name, NAME_MAX);
        let organisation = domain::optional_text(&mut e, "organisation", &form.organisation, ORGANISATION_MAX);
        let country = optional_country(&mut e, "country", &form.country);
        let role = parse_role(&form.role).map_err(|m| e.add("role", m)).ok();
        let language = parse_language(&form.language).map_err(|m| e.add("language", m)).ok();
        match (email, role, language) {
            (Some(email), Some(role), Some(language)) if e.is_empty() => Ok(Self {
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
            }),
            _ => Err(e),
        }
    }
}

/// Filters of an event's invitation list, as typed.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// queued, sent, failed, opened, registered, declined, expired or revoked.
    pub state: String,
    /// Words in the name or email address.
    pub q: String,
    /// Page number, from 1.
    pub page: String,
}

/// Parsed filters of an invitation list.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Only invitations shown in this state (expiry counts: see `rules::shown_state`).
    pub state: Option<InvitationState>,
    /// Words in the name or email address.
    pub search: Option<String>,
    /// Page, from 1.
    pub page: u64,
}

impl ListQuery {
    /// Parses the filters; a bad value names its field.
    pub fn parse(&self) -> Result<ListFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        let state = (!self.state.trim().is_empty())
            .then(|| domain::parse_field::<InvitationState>(&mut e, "state", &self.state))
            .flatten();
        let page = domain::parse_page(&self.page).unwrap_or_else(|m| {
            e.add("page", m);
            1
        });
        let search = Some(self.q.trim().chars().take(100).collect::<String>()).filter(|s| !s.is_empty());
        if e.is_empty() { Ok(ListFilter { state, search, page }) } else { Err(e) }
    }

    /// The query string without the page, for pagination links.
    pub fn without_page(&self) -> String {
        crate::domain::filters_query(&[("state", &self.state), ("q", &self.q)])
    }
}

/// The "extend" form: the new last day of validity.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ExtendForm {
    /// `YYYY-MM-DD`, local to the event.
    pub expires_on: String,
}

impl ExtendForm {
    /// Parses the date.
    pub fn parse(&self) -> Result<NaiveDate, FieldErrors> {
        domain::parse_date(&self.expires_on).map_err(|m| {
            let mut e = FieldErrors::new();
            e.add("expires_on", m);
            e
        })
    }
}

/// What to copy from an earlier event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopySource {
    /// Its participants: registrations confirmed or pending approval.
    Participants,
    /// Everyone it invited personally.
    Invitees,
}

/// The "copy from an earlier event" form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CopyForm {
    /// Id of the earlier event.
    pub from_event: String,
    /// `participants` or `invitees`.
    pub what: String,
}

impl CopyForm {
    /// Parses the choice.
    pub fn parse(&self) -> Result<(i32, CopySource), FieldErrors> {
        let mut e = FieldErrors::new();
        let from = match self.from_event.trim() {
            "" => {
                e.add("from_event", Msg::new("err-required"));
                None
            }
            raw => raw.parse::<i32>().ok().filter(|n| *n > 0).or_else(|| {
                e.add("from_event", Msg::new("err-choice"));
                None
            }),
        };
        let what = match self.what.trim() {
            "participants" | "" => Some(CopySource::Participants),
            "invitees" => Some(CopySource::Invitees),
            _ => {
                e.add("what", Msg::new("err-choice"));
                None
            }
        };
        match (from, what) {
            (Some(f), Some(w)) if e.is_empty() => Ok((f, w)),
            _ => Err(e),
        }
    }
}

/// The organiser's paragraph added to the event's invitations.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ParagraphForm {
    pub email_paragraph: String,
}

impl ParagraphForm {
    /// Parses the paragraph; empty removes it.
    pub fn parse(&self) -> Result<Option<String>, FieldErrors> {
        let mut e = FieldErrors::new();
        let text = domain::long_text(&mut e, "email_paragraph", &self.email_paragraph, 2_000);
        if e.is_empty() { Ok(Some(text).filter(|t| !t.is_empty())) } else { Err(e) }
    }
}

/// The "invite a State" form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DelegationForm {
    /// The State, ISO 3166-1 alpha-3.
    pub country: String,
    pub email: String,
    pub title: String,
    pub given_name: String,
    pub family_name: String,
    pub language: String,
    pub seat_quota: String,
}

/// A valid invitation to a State: its focal point and its seat quota.
#[derive(Debug, Clone)]
pub struct DelegationInput {
    /// The State.
    pub country: CountryCode,
    /// The focal point, who nominates.
    pub focal_point: PersonInput,
    /// How many people the State may nominate.
    pub seat_quota: i32,
}

impl DelegationInput {
    /// Parses the whole form, collecting every field's problem.
    pub fn parse(form: &DelegationForm) -> Result<Self, FieldErrors> {
        let mut e = FieldErrors::new();
        let country = if form.country.trim().is_empty() {
            e.add("country", Msg::new("err-required"));
            None
        } else {
            CountryCode::parse(&form.country).map_err(|m| e.add("country", m)).ok()
        };
        let email = Email::parse(&form.email).map_err(|m| e.add("email", m)).ok();
        let title = domain::optional_text(&mut e, "title", &form.title, TITLE_MAX);
        let given_name = domain::required_text(&mut e, "given_name", &form.given_name, NAME_MAX);
        let family_name = domain::required_text(&mut e, "family_name", &form.family_name, NAME_MAX);
        let language = parse_language(&form.language).map_err(|m| e.add("language", m)).ok();
        let seat_quota = match form.seat_quota.trim().parse::<i32>() {
            Ok(n) if (1..=MAX_QUOTA).contains(&n) => Some(n),
            _ => {
                e.add("seat_quota", Msg::new("deleg-err-quota").arg("max", MAX_QUOTA));
                None
            }
        };
        match (country, email, language, seat_quota) {
            (Some(country), Some(email), Some(language), Some(seat_quota)) if e.is_empty() => Ok(Self {
                focal_point: PersonInput {
                    email,
                    title,
                    given_name,
                    family_name,
                    organisation: None,
                    organisation_type: None,
                    country: Some(country.clone()),
                    language,
                },
                country,
                seat_quota,
            }),
            _ => Err(e),
        }
    }
}

/// Largest number of nominee rows on one nomination form.
pub const MAX_ROWS: usize = MAX_QUOTA as usize;

/// Field names of nominee row `i` (from 1): title, given name, family name, email, position.
/// They live for the whole process, so errors can name them like any other field.
static ROW_FIELDS: LazyLock<Vec<[String; 5]>> = LazyLock::new(|| {
    (1..=MAX_ROWS)
        .map(|i| {
            [
                format!("title_{i}"),
                format!("given_name_{i}"),
                format!("family_name_{i}"),
                format!("email_{i}"),
                format!("position_{i}"),
            ]
        })
        .collect()
});

/// The form field names of nominee row `i` (from 1; rows past the last are clamped to it).
pub fn row_fields(i: usize) -> &'static [String; 5] {
    let rows: &'static Vec<[String; 5]> = &ROW_FIELDS;
    &rows[i.clamp(1, MAX_ROWS) - 1]
}

/// One nominee row as typed.
#[derive(Debug, Clone, Default)]
pub struct NomineeForm {
    pub title: String,
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub position: String,
}

impl NomineeForm {
    fn is_blank(&self) -> bool {
        [&self.title, &self.given_name, &self.family_name, &self.email, &self.position]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// An uploaded file.
#[derive(Debug, Clone, Default)]
pub struct Upload {
    /// The name the sender's computer gave it.
    pub filename: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The focal point's nomination form as submitted (multipart).
#[derive(Debug, Clone, Default)]
pub struct NominationForm {
    /// Nominee rows, in form order.
    pub rows: Vec<NomineeForm>,
    /// Number of the row marked head of delegation (from 1), or empty.
    pub head: String,
    /// Reference of the note verbale.
    pub note_verbale_ref: String,
    /// Date of the note verbale, `YYYY-MM-DD`.
    pub note_verbale_date: String,
    /// The note verbale itself (PDF), if one was chosen.
    pub note_verbale: Option<Upload>,
}

impl NominationForm {
    /// Sets the multipart field `name` to `value`; unknown names are ignored.
    pub fn set(&mut self, name: &str, value: String) {
        match name {
            "head" => self.head = value,
            "note_verbale_ref" => self.note_verbale_ref = value,
            "note_verbale_date" => self.note_verbale_date = value,
            _ => {
                let Some((field, n)) = name.rsplit_once('_') else { return };
                let Some(i) = n.parse::<usize>().ok().filter(|i| (1..=MAX_ROWS).contains(i)) else { return };
                if self.rows.len() < i {
                    self.rows.resize_with(i, NomineeForm::default);
                }
                let row = &mut self.rows[i - 1];
                match field {
                    "title" => row.title = value,
                    "given_name" => row.given_name = value,
                    "family_name" => row.family_name = value,
                    "email" => row.email = value,
                    "position" => row.position = value,
                    _ => {}
                }
            }
        }
    }
}

/// One valid nominee.
#[derive(Debug, Clone)]
pub struct Nominee {
    /// The form row it came from (from 1), to place errors.
    pub row: usize,
    /// Address.
    pub email: Email,
    /// Honorific.
    pub title: Option<String>,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Position (function).
    pub position: Option<String>,
}

/// A valid nomination: the people named, the head, and the note verbale.
#[derive(Debug, Clone)]
pub struct NominationInput {
    /// The people nominated now.
    pub nominees: Vec<Nominee>,
    /// The form row of the head of delegation, if one is marked.
    pub head_row: Option<usize>,
    /// Reference of the note verbale.
    pub note_verbale_ref: Option<String>,
    /// Date of the note verbale.
    pub note_verbale_date: Option<NaiveDate>,
    /// The note verbale (a PDF, checked).
    pub note_verbale: Option<Upload>,
}

impl NominationInput {
    /// Parses the form: blank rows are skipped, every problem is named, the PDF is checked.
    pub fn parse(form: &NominationForm) -> Result<Self, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut nominees = Vec::new();
        for (index, row) in form.rows.iter().enumerate() {
            if row.is_blank() {
                continue;
            }
            let i = index + 1;
            let [title_f, given_f, family_f, email_f, position_f] = row_fields(i);
            let email = Email::parse(&row.email).map_err(|m| e.add(email_f, m)).ok();
            let title = domain::optional_text(&mut e, title_f, &row.title, TITLE_MAX);
            let given_name = domain::required_text(&mut e, given_f, &row.given_name, NAME_MAX);
            let family_name = domain::required_text(&mut e, family_f, &row.family_name, NAME_MAX);
            let position = domain::optional_text(&mut e, position_f, &row.position, POSITION_MAX);
            if let Some(email) = email {
                if nominees.iter().any(|n: &Nominee| n.email == email) {
                    e.add(email_f, Msg::new("nom-err-duplicate-email"));
                }
                nominees.push(Nominee { row: i, email, title, given_name, family_name, position });
            }
        }
        let head_row = match form.head.trim() {
            "" => None,
            raw => match raw.parse::<usize>() {
                Ok(i) if nominees.iter().any(|n| n.row == i) => Some(i),
                _ => {
                    e.add("head", Msg::new("nom-err-head-row"));
                    None
                }
            },
        };
        let note_verbale_ref = domain::optional_text(&mut e, "note_verbale_ref", &form.note_verbale_ref, 100);
        let note_verbale_date = if form.note_verbale_date.trim().is_empty() {
            None
        } else {
            domain::parse_date(&form.note_verbale_date).map_err(|m| e.add("note_verbale_date", m)).ok()
        };
        let note_verbale = match &form.note_verbale {
            Some(upload) if !upload.bytes.is_empty() => match check_pdf(&upload.bytes) {
                Ok(()) => Some(upload.clone()),
                Err(m) => {
                    e.add("note_verbale", m);
                    None
                }
            },
            _ => None,
        };
        if nominees.is_empty() && e.is_empty() && note_verbale_ref.is_none() && note_verbale.is_none() {
            e.add(row_fields(1)[1].as_str(), Msg::new("nom-err-nobody"));
        }
        if e.is_empty() {
            Ok(Self { nominees, head_row, note_verbale_ref, note_verbale_date, note_verbale })
        } else {
            Err(e)
        }
    }
}

/// A note verbale must be a PDF of at most 5 MB.
pub fn check_pdf(bytes: &[u8]) -> Result<(), Msg> {
    if bytes.len() > MAX_PDF_BYTES {
        Err(Msg::new("nom-err-pdf-size").arg("max", MAX_PDF_BYTES / (1024 * 1024)))
    } else if !bytes.starts_with(b"%PDF-") {
        Err(Msg::new("nom-err-pdf-type"))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests;
