//! Parsed value types. Input is parsed here once, at the edge; rules accept only these types
//! and never re-check.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveTime};

use crate::error::{FieldErrors, Msg};

/// A lower-cased, syntactically valid email address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// Parses an address (trimmed, lower-cased); explains what is wrong otherwise.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(Msg::new("err-required"));
        }
        if value.chars().count() > 254 {
            return Err(Msg::new("err-too-long").arg("max", 254));
        }
        let Some((local, domain)) = value.split_once('@') else {
            return Err(Msg::new("err-email"));
        };
        let bad_char = |c: char| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"@".contains(c);
        if local.is_empty()
            || local.len() > 64
            || domain.len() < 3
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains("..")
            || local.chars().any(bad_char)
            || domain.chars().any(bad_char)
        {
            return Err(Msg::new("err-email"));
        }
        Ok(Self(value))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new staff password that meets the length rule (12 to 1,000 characters).
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    /// Checks length; the strength rule is length, as NIST SP 800-63B recommends.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let n = raw.chars().count();
        if n < 12 {
            Err(Msg::new("err-password-short").arg("min", 12))
        } else if n > 1000 {
            Err(Msg::new("err-too-long").arg("max", 1000))
        } else {
            Ok(Self(raw.to_owned()))
        }
    }

    /// The password text.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

/// Declares a closed set of codes stored as text, with parsing and listing.
macro_rules! code_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stored code.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
        }

        impl FromStr for $name {
            type Err = Msg;
            fn from_str(s: &str) -> Result<Self, Msg> {
                match s.trim() {
                    $($text => Ok(Self::$variant),)+
                    "" => Err(Msg::new("err-required")),
                    _ => Err(Msg::new("err-choice")),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

code_enum!(
    /// A staff role.
    Role { /// Everything.
    Admin => "admin", /// Events of assigned programmes.
    Organiser => "organiser", /// Only the check-in desk of one event.
    CheckIn => "checkin" }
);

code_enum!(
    /// The kind of an event.
    EventKind {
        /// An intergovernmental meeting the office services.
        Meeting => "meeting",
        /// An invitation-based capacity-building workshop or seminar.
        Workshop => "workshop",
        /// A training course for nationals.
        TrainingCourse => "training_course",
        /// A regional or ministerial conference.
        Conference => "conference",
        /// A briefing (students, missions).
        Briefing => "briefing",
    }
);

code_enum!(
    /// Where an event is in its life.
    EventStatus {
        /// Being prepared; invisible to the public.
        Draft => "draft",
        /// Announced.
        Published => "published",
        /// Called off; stays visible with a notice.
        Cancelled => "cancelled",
    }
);

code_enum!(
    /// The kind of a session in a schedule.
    SessionKind {
        /// Plenary meeting.
        Plenary => "plenary",
        /// Working group or breakout.
        WorkingGroup => "working_group",
        /// Side event.
        SideEvent => "side_event",
        /// Field or site visit.
        FieldVisit => "field_visit",
        /// Break or meal.
        Break => "break",
        /// Anything else.
        Other => "other",
    }
);

code_enum!(
    /// Who may register.
    RegistrationMode {
        /// Only invited people.
        Invitation => "invitation",
        /// Anyone with a verified email.
        Open => "open",
    }
);

code_enum!(
    /// How precisely an event's dates are known.
    DatePrecision {
        /// Exact days.
        Day => "day",
        /// Only the month (planned events).
        Month => "month",
    }
);

code_enum!(
    /// The six official languages of the United Nations.
    Language {
        /// Arabic.
        Ar => "ar",
        /// Chinese.
        Zh => "zh",
        /// English.
        En => "en",
        /// French.
        Fr => "fr",
        /// Russian.
        Ru => "ru",
        /// Spanish.
        Es => "es",
    }
);

code_enum!(
    /// A person's role at one event (roles are per event, not per person).
    ParticipantRole {
        /// Member of a State's delegation.
        Delegate => "delegate",
        /// Leads a delegation.
        HeadOfDelegation => "head_of_delegation",
        /// Takes part without a vote.
        Observer => "observer",
        /// Expert or resource person.
        Expert => "expert",
        /// Trainer of a course.
        Trainer => "trainer",
        /// Trainee of a course.
        Trainee => "trainee",
        /// Secretariat staff.
        Staff => "staff",
    }
);

impl ParticipantRole {
    /// The same role in the emails crate.
    pub fn for_email(self) -> emails::Role {
        match self {
            Self::Delegate => emails::Role::Delegate,
            Self::HeadOfDelegation => emails::Role::HeadOfDelegation,
            Self::Observer => emails::Role::Observer,
            Self::Expert => emails::Role::Expert,
            Self::Trainer => emails::Role::Trainer,
            Self::Trainee => emails::Role::Trainee,
            Self::Staff => emails::Role::Staff,
        }
    }
}

code_enum!(
    /// Where an invitation is. Delivery (sent, failed) is updated by the dispatcher.
    InvitationState {
        /// Created; its email is in the outbox.
        Queued => "queued",
        /// The mail server accepted the email.
        Sent => "sent",
        /// The email could not be delivered.
        Failed => "failed",
        /// The invitee opened the link.
        Opened => "opened",
        /// The invitee registered.
        Registered => "registered",
        /// The invitee declined.
        Declined => "declined",
        /// The link's time ran out.
        Expired => "expired",
        /// The organiser withdrew it.
        Revoked => "revoked",
    }
);

code_enum!(
    /// Whom an invitation is for.
    InvitationKind {
        /// A named person, who registers.
        Personal => "personal",
        /// A State's focal point, who nominates the delegation.
        Nomination => "nomination",
    }
);

code_enum!(
    /// Where a registration is.
    RegistrationState {
        /// Holds a seat, waiting for the secretariat's approval (accreditation).
        Pending => "pending",
        /// Holds a seat.
        Confirmed => "confirmed",
        /// In line for a seat.
        Waitlisted => "waitlisted",
        /// Offered a freed seat, held until the offer expires.
        Offered => "offered",
        /// Not accepted by the secretariat.
        Rejected => "rejected",
        /// Cancelled by the person or the organiser.
        Cancelled => "cancelled",
        /// A seat offer ran out unanswered.
        Lapsed => "lapsed",
    }
);

code_enum!(
    /// What a scan at the check-in desk records.
    ScanDirection {
        /// The person came in.
        Entry => "entry",
        /// The person left.
        Exit => "exit",
        /// Takes an earlier scan back (the log keeps both).
        Undo => "undo",
    }
);

code_enum!(
    /// How the desk found the person.
    ScanMethod {
        /// The QR code read by a camera or a scanner.
        Qr => "qr",
        /// The check-in code typed in.
        Typed => "typed",
        /// Found by name, State or organisation.
        Search => "search",
        /// Registered on the spot.
        WalkIn => "walk_in",
    }
);

code_enum!(
    /// Gender, as the person states it (reported only in aggregate).
    Gender {
        /// Woman.
        Woman => "woman",
        /// Man.
        Man => "man",
        /// Another gender.
        Another => "another",
        /// Prefers not to say.
        Undisclosed => "undisclosed",
    }
);

/// Parses a stored comma-separated language list, skipping unknown codes.
pub fn languages_from_stored(stored: &str) -> Vec<Language> {
    stored.split(',').filter_map(|s| s.parse().ok()).collect()
}

/// Stores a language list as comma-separated codes.
pub fn languages_to_stored(languages: &[Language]) -> String {
    languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(",")
}

/// An IANA time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(pub chrono_tz::Tz);

impl FromStr for TimeZone {
    type Err = Msg;
    fn from_str(s: &str) -> Result<Self, Msg> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Msg::new("err-required"));
        }
        s.parse::<chrono_tz::Tz>().map(Self).map_err(|_| Msg::new("err-time-zone"))
    }
}

/// An ISO 3166-1 alpha-3 code (its existence is checked against the countries table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryCode(String);

impl CountryCode {
    /// Three ASCII letters, upper-cased.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let v = raw.trim().to_ascii_uppercase();
        if v.len() == 3 && v.chars().all(|c| c.is_ascii_uppercase()) {
            Ok(Self(v))
        } else {
            Err(Msg::new("err-country"))
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A reference code (programme, unit, series): letters, digits, `-` and `_`.
pub fn parse_code(raw: &str) -> Result<String, Msg> {
    let v = raw.trim();
    if v.is_empty() {
        Err(Msg::new("err-required"))
    } else if v.len() > 64 || !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        Err(Msg::new("err-choice"))
    } else {
        Ok(v.to_owned())
    }
}

/// A required single-line text of at most `max` characters.
pub fn required_text(errors: &mut FieldErrors, field: &'static str, raw: &str, max: usize) -> String {
    let v = raw.trim();
    if v.is_empty() {
        errors.add(field, Msg::new("err-required"));
    } else {
        check_text(errors, field, v, max, false);
    }
    v.to_owned()
}

/// An optional single-line text; empty means absent.
pub fn optional_text(errors: &mut FieldErrors, field: &'static str, raw: &str, max: usize) -> Option<String> {
    let v = raw.trim();
    if v.is_empty() {
        return None;
    }
    check_text(errors, field, v, max, false);
    Some(v.to_owned())
}

/// A multi-line text (newlines allowed), possibly empty.
pub fn long_text(errors: &mut FieldErrors, field: &'static str, raw: &str, max: usize) -> String {
    let v = raw.trim().replace("\r\n", "\n");
    check_text(errors, field, &v, max, true);
    v
}

fn check_text(errors: &mut FieldErrors, field: &'static str, v: &str, max: usize, multiline: bool) {
    if v.chars().count() > max {
        errors.add(field, Msg::new("err-too-long").arg("max", max));
    } else if v.chars().any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t'))) {
        errors.add(field, Msg::new("err-control-chars"));
    }
}

/// Parses a value with `FromStr`, recording the error under `field`.
pub fn parse_field<T: FromStr<Err = Msg>>(errors: &mut FieldErrors, field: &'static str, raw: &str) -> Option<T> {
    match raw.parse::<T>() {
        Ok(v) => Some(v),
        Err(m) => {
            errors.add(field, m);
            None
        }
    }
}

/// An ISO date `YYYY-MM-DD`.
pub fn parse_date(raw: &str) -> Result<NaiveDate, Msg> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(Msg::new("err-required"));
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .ok()
        .filter(|d| (1945..=2200).contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| Msg::new("err-date"))
}

/// A month `YYYY-MM`, as its first day.
pub fn parse_month(raw: &str) -> Result<NaiveDate, Msg> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(Msg::new("err-required"));
    }
    // Accept a full date too (browsers without month inputs send one); keep its month.
    let first = v.get(..7).unwrap_or(v);
    NaiveDate::parse_from_str(&format!("{first}-01"), "%Y-%m-%d")
        .ok()
        .filter(|_| v.len() == 7 || parse_date(v).is_ok())
        .filter(|d| (1945..=2200).contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| Msg::new("err-month"))
}

/// The last day of the month that `first` is in.
pub fn last_day_of_month(first: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let (y, m) = if first.month() == 12 { (first.year() + 1, 1) } else { (first.year(), first.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).and_then(|d| d.pred_opt()).unwrap_or(first)
}

/// A wall-clock time `HH:MM`.
pub fn parse_time(raw: &str) -> Result<NaiveTime, Msg> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(Msg::new("err-required"));
    }
    NaiveTime::parse_from_str(v, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M:%S"))
        .map_err(|_| Msg::new("err-time"))
}

/// A local date-time from an `<input type="datetime-local">` (`YYYY-MM-DDTHH:MM`).
pub fn parse_local_datetime(raw: &str) -> Result<chrono::NaiveDateTime, Msg> {
    let v = raw.trim();
    chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M"))
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| Msg::new("err-datetime"))
}

/// A checkbox: present and not "false"/"off"/"0" means checked.
pub fn checkbox(raw: Option<&str>) -> bool {
    matches!(raw.map(str::trim), Some(v) if !v.is_empty() && !matches!(v, "false" | "off" | "0"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_parsing() {
        assert_eq!(
            Email::parse("  Focal.Point@Mission.Example.ORG ").unwrap().as_str(),
            "focal.point@mission.example.org"
        );
        for bad in ["", "no-at", "a@b", "a@@b.org", "a b@c.org", "<a>@c.org", "a@.org", "a@org.", "@c.org", "a@c..org"]
        {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(Email::parse(&format!("{}@x.org", "a".repeat(300))).unwrap_err().key, "err-too-long");
    }

    #[test]
    fn password_length() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse("twelve chars").is_ok());
        assert!(NewPassword::parse(&"x".repeat(1001)).is_err());
        assert_eq!(format!("{:?}", NewPassword::parse("twelve chars").unwrap()), "NewPassword(***)");
    }

    #[test]
    fn codes_and_enums() {
        assert_eq!("training_course".parse::<EventKind>().unwrap(), EventKind::TrainingCourse);
        assert_eq!("party".parse::<EventKind>().unwrap_err().key, "err-choice");
        assert_eq!("".parse::<EventStatus>().unwrap_err().key, "err-required");
        assert!(parse_code("1540").is_ok());
        assert!(parse_code("15 40").is_err());
        assert_eq!(CountryCode::parse("bwa").unwrap().as_str(), "BWA");
        assert!(CountryCode::parse("BW").is_err());
        assert!(CountryCode::parse("B1A").is_err());
        assert_eq!(languages_from_stored("en,fr,xx"), vec![Language::En, Language::Fr]);
    }

    #[test]
    fn time_zones() {
        assert!("Asia/Kathmandu".parse::<TimeZone>().is_ok());
        assert_eq!("Mars/Olympus".parse::<TimeZone>().unwrap_err().key, "err-time-zone");
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(parse_date("2007-11-27").unwrap(), NaiveDate::from_ymd_opt(2007, 11, 27).unwrap());
        assert!(parse_date("2007-02-30").is_err());
        assert!(parse_date("27/11/2007").is_err());
        assert!(parse_date("1800-01-01").is_err());
        assert_eq!(parse_month("2009-05").unwrap(), NaiveDate::from_ymd_opt(2009, 5, 1).unwrap());
        assert!(parse_month("2009-13").is_err());
        assert_eq!(
            last_day_of_month(NaiveDate::from_ymd_opt(2008, 2, 1).unwrap()),
            NaiveDate::from_ymd_opt(2008, 2, 29).unwrap()
        );
        assert_eq!(
            last_day_of_month(NaiveDate::from_ymd_opt(2007, 12, 1).unwrap()),
            NaiveDate::from_ymd_opt(2007, 12, 31).unwrap()
        );
        assert!(parse_time("09:30").is_ok());
        assert!(parse_time("25:00").is_err());
        assert!(parse_local_datetime("2026-12-01T09:00").is_ok());
        assert!(parse_local_datetime("tomorrow").is_err());
    }

    #[test]
    fn texts() {
        let mut e = FieldErrors::new();
        assert_eq!(required_text(&mut e, "title", "  Gaborone  ", 10), "Gaborone");
        assert!(e.is_empty());
        required_text(&mut e, "title", "   ", 10);
        required_text(&mut e, "city", "x\u{7}y", 10);
        optional_text(&mut e, "room", &"r".repeat(11), 10);
        assert_eq!(
            e.0.iter().map(|f| f.message.key).collect::<Vec<_>>(),
            ["err-required", "err-control-chars", "err-too-long"]
        );
        let mut e = FieldErrors::new();
        long_text(&mut e, "description", "line one\r\nline two", 100);
        assert!(e.is_empty());
        assert!(checkbox(Some("on")) && !checkbox(None) && !checkbox(Some("false")));
    }
}
