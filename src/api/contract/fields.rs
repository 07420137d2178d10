//! The rules of every request field, body by body and parameter by parameter, with the closed
//! lists the reference data gives when the document is served.

use super::rule::{Rule, codes};
use crate::domain::{
    AttendanceMode, DatePrecision, EventKind, EventStatus, Gender, InvitationState, ParticipantRole, RegistrationMode,
    RegistrationState, ScanDirection, SessionKind, SpeakerKind, SpeakerLevel,
};
use crate::donors::{BudgetCategory, DonorKind, EarmarkKind};
use crate::reference::Reference;

/// The values the reference data allows, read when the document is served.
pub(super) struct Lists {
    pub(super) countries: Vec<String>,
    pub(super) programmes: Vec<String>,
    pub(super) units: Vec<String>,
    pub(super) groups: Vec<String>,
    pub(super) organisation_types: Vec<String>,
    /// Series codes and event ids, read from the database.
    pub(super) series: Vec<String>,
    pub(super) events: Vec<String>,
    /// Event and contribution ids as numbers, for the fields that name one.
    pub(super) event_ids: Vec<i32>,
    pub(super) contribution_ids: Vec<i32>,
}

impl Lists {
    pub(super) fn of(r: &Reference, records: Records) -> Self {
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

pub(super) fn languages() -> Vec<String> {
    vec!["en".into(), "fr".into()]
}

/// A request body field's rule: (schema, field, required, rule).
type BodyRule = (&'static str, &'static str, bool, Rule);

/// The rules of the request bodies.
pub(super) fn body_rules(l: &Lists) -> Vec<BodyRule> {
    [
        event_rules(l),
        invitation_rules(l),
        registration_rules(l),
        funding_rules(l),
        privacy_rules(),
        meeting_rules(l),
        webhook_rules(l),
    ]
    .concat()
}

/// The body rules of personal data: the reason of an erasure on request.
fn privacy_rules() -> Vec<BodyRule> {
    vec![("PersonErasurePayload", "reason", true, Rule::Line(1000))]
}

/// The body rules of agenda items and inscriptions on lists of speakers.
fn meeting_rules(l: &Lists) -> Vec<BodyRule> {
    use Rule::*;
    let max_name = crate::meetings::input::MAX_NAME;
    vec![
        ("AgendaItemPayload", "number", true, AgendaNumber),
        ("AgendaItemPayload", "title", true, Line(crate::meetings::input::MAX_TITLE)),
        (
            "AgendaItemPayload",
            "time_limit_minutes",
            false,
            Int(1, i64::from(crate::meetings::agenda::MAX_TIME_LIMIT_MINUTES)),
        ),
        ("InscriptionPayload", "speaker", false, OneOfOrEmpty(codes(SpeakerKind::ALL, SpeakerKind::as_str))),
        ("InscriptionPayload", "country", false, OneOfOrEmpty(l.countries.clone())),
        ("InscriptionPayload", "name", false, OptionalLine(max_name)),
        ("InscriptionPayload", "level", true, OneOf(codes(SpeakerLevel::ALL, SpeakerLevel::as_str))),
        ("InscriptionPayload", "on_behalf_of", false, OptionalLine(max_name)),
        ("MovePayload", "direction", true, OneOf(vec!["up".into(), "down".into()])),
        ("OfficialDocumentPayload", "symbol", true, Line(crate::meetings::documents::MAX_SYMBOL)),
        ("OfficialDocumentPayload", "title", true, Line(crate::meetings::documents::MAX_TITLE)),
        ("OfficialDocumentPayload", "issued_on", true, Date),
        (
            "OfficialDocumentPayload",
            "distribution",
            true,
            OneOf(codes(crate::domain::Distribution::ALL, crate::domain::Distribution::as_str)),
        ),
        ("SideEventApprovalPayload", "room", true, Line(crate::meetings::side_events::input::MAX_ROOM)),
        ("SideEventApprovalPayload", "slot", false, Int(1, 3)),
        ("SideEventApprovalPayload", "date", false, OptionalCalendarDate),
        ("SideEventApprovalPayload", "start_time", false, OptionalLine(8)),
        ("SideEventApprovalPayload", "end_time", false, OptionalLine(8)),
        ("SideEventDeclinePayload", "reason", true, Text(crate::meetings::side_events::input::MAX_REASON)),
        (
            "CredentialsPayload",
            "status",
            true,
            OneOf(codes(crate::domain::CredentialsStatus::ALL, crate::domain::CredentialsStatus::as_str)),
        ),
        ("CredentialsPayload", "note", false, Text(crate::meetings::credentials::MAX_NOTE_CHARS)),
        ("NgoDeclinePayload", "reason", true, Line(crate::meetings::ngos::input::REASON_MAX)),
    ]
}

/// The body rules of webhook endpoints (the address's own rules are in its description; the
/// kinds of change are a list, see `document::request_shapes`).
fn webhook_rules(l: &Lists) -> Vec<BodyRule> {
    vec![
        ("WebhookPayload", "url", true, Rule::Line(2000)),
        ("WebhookPayload", "description", false, Rule::OptionalLine(200)),
        ("WebhookPayload", "programme", false, Rule::OneOfOrEmpty(l.programmes.clone())),
    ]
}

/// The body rules of events, sessions and clones.
fn event_rules(l: &Lists) -> Vec<BodyRule> {
    use Rule::*;
    let event_kinds = codes(EventKind::ALL, EventKind::as_str);
    vec![
        ("EventPayload", "title", true, in_languages(Line(300), OptionalLine(300), false)),
        ("EventPayload", "original_language", false, OneOfOrEmpty(content_languages())),
        ("EventPayload", "kind", true, OneOf(event_kinds)),
        ("EventPayload", "programme", true, OneOf(l.programmes.clone())),
        ("EventPayload", "unit", true, OneOf(l.units.clone())),
        ("EventPayload", "series", false, OneOfOrEmpty(l.series.clone())),
        ("EventPayload", "mandate", false, OptionalLine(300)),
        ("EventPayload", "venue_name", false, in_languages(OptionalLine(200), OptionalLine(200), true)),
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
        ("EventPayload", "retention_months", false, Int(1, i64::from(crate::events::input::MAX_RETENTION_MONTHS))),
        ("EventPayload", "description", false, in_languages(Text(20_000), Text(20_000), true)),
        ("SessionPayload", "title", true, in_languages(Line(300), OptionalLine(300), false)),
        ("SessionPayload", "kind", false, OneOfOrEmpty(codes(SessionKind::ALL, SessionKind::as_str))),
        ("SessionPayload", "date", true, Date),
        ("SessionPayload", "start_time", true, Time),
        ("SessionPayload", "end_time", true, Time),
        ("SessionPayload", "room", false, OptionalLine(120)),
        ("SessionPayload", "remote_url", false, OptionalRemoteUrl),
        ("ClonePayload", "start_date", true, DateOrMonth),
    ]
}

/// The codes of the languages an event's texts may be written in.
pub(super) fn content_languages() -> Vec<String> {
    crate::i18n::Lang::ALL.iter().map(|l| l.code().to_owned()).collect()
}

/// A text field written in one language (`original`) or in several (each as `version`).
fn in_languages(original: Rule, version: Rule, nullable: bool) -> Rule {
    Rule::InLanguages { original: Box::new(original), version: Box::new(version), nullable }
}

/// The body rules of invitations, delegations, copies, extensions and imports.
fn invitation_rules(l: &Lists) -> Vec<BodyRule> {
    use Rule::*;
    let roles = codes(ParticipantRole::ALL, ParticipantRole::as_str);
    vec![
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
        ("ImportPayload", "csv", true, Text(32 * 1024 * 1024)),
    ]
}

/// The body rules of registrations by hand, moves, lists of participants and check-in scans.
fn registration_rules(l: &Lists) -> Vec<BodyRule> {
    use Rule::*;
    let roles = codes(ParticipantRole::ALL, ParticipantRole::as_str);
    vec![
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
            "ManualRegistration",
            "attendance_mode",
            false,
            OneOfOrEmpty(codes(AttendanceMode::ALL, AttendanceMode::as_str)),
        ),
        (
            "MoveRequest",
            "action",
            true,
            OneOf(vec!["approve".into(), "reject".into(), "cancel".into(), "reset".into()]),
        ),
        ("MoveRequest", "reason", false, OptionalLine(1000)),
        ("IssuePayload", "symbol", false, OptionalLine(80)),
        ("ScanItem", "key", true, Key),
        ("ScanItem", "kind", false, OneOfOrEmpty(codes(ScanDirection::ALL, ScanDirection::as_str))),
        ("ScanItem", "code", false, OptionalLine(200)),
        ("ScanItem", "method", false, OneOfOrEmpty(vec!["qr".into(), "typed".into(), "search".into()])),
        ("ScanItem", "device", false, OptionalLine(64)),
        ("ScanItem", "scanned_at", false, OptionalDateTime),
        ("ScanItem", "undoes_key", false, OptionalLine(64)),
    ]
}

/// The body rules of donors, contacts, contributions, allocations and budget lines.
fn funding_rules(l: &Lists) -> Vec<BodyRule> {
    use Rule::*;
    vec![
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
    ]
}

/// The rules of the query and path parameters: (path, parameter, rule).
pub(super) fn parameter_rules(l: &Lists) -> Vec<(&'static str, &'static str, Rule)> {
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
        ("/api/v1/events/{id}/registrations", "page", page.clone()),
        ("/api/v1/admin/webhooks/{id}/deliveries", "page", page),
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
