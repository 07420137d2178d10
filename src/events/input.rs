//! Parsing of event and session input (HTML forms and API bodies share these) into domain
//! values. Everything here is pure: existence of codes is checked by the rules.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _, Utc};
use serde::Deserialize;

use super::content::Version;
use super::versions::{DESCRIPTION_MAX, SessionTitlesForm, TITLE_MAX, VENUE_MAX, VersionsForm};
use crate::domain::{
    self, CountryCode, DatePrecision, EventKind, Language, RegistrationMode, RemoteUrl, SessionKind, TimeZone,
    checkbox, parse_field,
};
use crate::error::{FieldErrors, Msg};
use crate::i18n::Lang;

/// The event form as submitted: strings, exactly as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct EventForm {
    pub title: String,
    pub kind: String,
    pub programme: String,
    pub unit: String,
    pub series: String,
    pub mandate: String,
    pub venue_name: String,
    pub city: String,
    pub country: String,
    pub time_zone: String,
    pub date_precision: String,
    pub start_date: String,
    pub end_date: String,
    pub registration_opens: String,
    pub registration_closes: String,
    pub capacity: String,
    pub registration_mode: String,
    pub approval_required: Option<String>,
    pub reminders_enabled: Option<String>,
    /// "Participants may attend remotely" ticked.
    pub remote_attendance: Option<String>,
    /// Share of the days (percent) that earns a certificate of attendance; empty for none.
    pub certificate_min_attendance_percent: String,
    /// Months after the last day that participants' personal data is kept; empty for the
    /// office's default.
    pub retention_months: String,
    pub lang_ar: Option<String>,
    pub lang_zh: Option<String>,
    pub lang_en: Option<String>,
    pub lang_fr: Option<String>,
    pub lang_ru: Option<String>,
    pub lang_es: Option<String>,
    pub description: String,
    /// The original language and the versions in the others.
    #[serde(flatten)]
    pub versions: VersionsForm,
}

impl EventForm {
    /// The languages ticked on the form.
    pub fn languages(&self) -> Vec<Language> {
        let ticks = [
            (Language::Ar, &self.lang_ar),
            (Language::Zh, &self.lang_zh),
            (Language::En, &self.lang_en),
            (Language::Fr, &self.lang_fr),
            (Language::Ru, &self.lang_ru),
            (Language::Es, &self.lang_es),
        ];
        ticks.into_iter().filter(|(_, v)| checkbox(v.as_deref())).map(|(l, _)| l).collect()
    }

    /// Ticks `languages` on the form.
    pub fn set_languages(&mut self, languages: &[Language]) {
        let on = |l| languages.contains(&l).then(|| "on".to_owned());
        self.lang_ar = on(Language::Ar);
        self.lang_zh = on(Language::Zh);
        self.lang_en = on(Language::En);
        self.lang_fr = on(Language::Fr);
        self.lang_ru = on(Language::Ru);
        self.lang_es = on(Language::Es);
    }
}

/// The dates of an event: exact days or a month range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventDates {
    /// First day (first of the month for month precision).
    pub start: NaiveDate,
    /// Last day (last of the month for month precision).
    pub end: NaiveDate,
    /// Day or month.
    pub precision: DatePrecision,
}

/// A valid event, ready for the rules.
#[derive(Debug, Clone)]
pub struct EventInput {
    pub title: String,
    pub kind: EventKind,
    pub programme: String,
    pub unit: String,
    pub series: Option<String>,
    pub mandate: Option<String>,
    pub venue_name: Option<String>,
    pub city: String,
    pub country: Option<CountryCode>,
    pub time_zone: TimeZone,
    pub dates: EventDates,
    pub registration_opens: Option<DateTime<Utc>>,
    pub registration_closes: Option<DateTime<Utc>>,
    pub capacity: Option<i32>,
    pub registration_mode: RegistrationMode,
    pub approval_required: bool,
    /// Reminders go to confirmed participants before the event.
    pub reminders_enabled: bool,
    /// Participants may attend remotely (the registration form asks how).
    pub remote_attendance: bool,
    /// Share of the event's days (1–100 %) a participant must attend to earn a certificate of
    /// attendance; `None`: no certificates.
    pub certificate_min_attendance_percent: Option<i32>,
    /// Months after the last day that participants' personal data is kept; `None`: the
    /// office's default.
    pub retention_months: Option<i32>,
    pub languages: Vec<Language>,
    pub description: String,
    /// The language of `title`, `description` and `venue_name`.
    pub original_language: Lang,
    /// The same texts in other languages.
    pub versions: BTreeMap<Lang, Version>,
}

/// The largest capacity accepted (the biggest serviced meetings have a few thousand).
pub const MAX_CAPACITY: i32 = 100_000;

/// A wall-clock time at a place → UTC; a time skipped by a clock change is refused, a
/// repeated one takes its first occurrence.
pub fn local_to_utc(tz: TimeZone, local: NaiveDateTime) -> Result<DateTime<Utc>, Msg> {
    tz.0.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| Msg::new("err-local-time-gap"))
}

impl EventInput {
    /// Parses the whole form, collecting every field's problem.
    pub fn parse(form: &EventForm) -> Result<Self, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = domain::required_text(&mut e, "title", &form.title, TITLE_MAX);
        let kind = parse_field::<EventKind>(&mut e, "kind", &form.kind);
        let programme = domain::parse_code(&form.programme).map_err(|m| e.add("programme", m)).ok();
        let unit = domain::parse_code(&form.unit).map_err(|m| e.add("unit", m)).ok();
        let series = if form.series.trim().is_empty() {
            None
        } else {
            domain::parse_code(&form.series).map_err(|m| e.add("series", m)).ok()
        };
        let mandate = domain::optional_text(&mut e, "mandate", &form.mandate, 300);
        let venue_name = domain::optional_text(&mut e, "venue_name", &form.venue_name, VENUE_MAX);
        let city = domain::required_text(&mut e, "city", &form.city, 120);
        let country = if form.country.trim().is_empty() {
            None
        } else {
            CountryCode::parse(&form.country).map_err(|m| e.add("country", m)).ok()
        };
        let time_zone = parse_field::<TimeZone>(&mut e, "time_zone", &form.time_zone);
        let precision = if form.date_precision.trim().is_empty() {
            Some(DatePrecision::Day)
        } else {
            parse_field::<DatePrecision>(&mut e, "date_precision", &form.date_precision)
        };
        let dates = precision.and_then(|p| parse_dates(&mut e, p, &form.start_date, &form.end_date));
        let opens = parse_window(&mut e, "registration_opens", &form.registration_opens, time_zone);
        let closes = parse_window(&mut e, "registration_closes", &form.registration_closes, time_zone);
        if let (Some(o), Some(c)) = (opens, closes)
            && c <= o
        {
            e.add("registration_closes", Msg::new("err-closes-before-opens"));
        }
        let capacity = parse_capacity(&mut e, &form.capacity);
        let certificate_min_attendance_percent =
            parse_certificate_percent(&mut e, &form.certificate_min_attendance_percent, kind);
        let retention_months = parse_retention_months(&mut e, &form.retention_months);
        let registration_mode = if form.registration_mode.trim().is_empty() {
            Some(RegistrationMode::Invitation)
        } else {
            parse_field::<RegistrationMode>(&mut e, "registration_mode", &form.registration_mode)
        };
        let languages = form.languages();
        if languages.is_empty() {
            e.add("languages", Msg::new("err-languages"));
        }
        let description = domain::long_text(&mut e, "description", &form.description, DESCRIPTION_MAX);
        let original_language = form.versions.original(&mut e);
        let versions = form.versions.parse(&mut e, original_language.unwrap_or_default());
        match (kind, programme, unit, time_zone, dates, registration_mode, original_language) {
            (
                Some(kind),
                Some(programme),
                Some(unit),
                Some(time_zone),
                Some(dates),
                Some(registration_mode),
                Some(original_language),
            ) if e.is_empty() => Ok(Self {
                title,
                kind,
                programme,
                unit,
                series,
                mandate,
                venue_name,
                city,
                country,
                time_zone,
                dates,
                registration_opens: opens,
                registration_closes: closes,
                capacity,
                registration_mode,
                approval_required: checkbox(form.approval_required.as_deref()),
                reminders_enabled: checkbox(form.reminders_enabled.as_deref()),
                remote_attendance: checkbox(form.remote_attendance.as_deref()),
                certificate_min_attendance_percent,
                retention_months,
                languages,
                description,
                original_language,
                versions,
            }),
            _ => Err(e),
        }
    }
}

/// An event's capacity: empty for none, else 1 to [`MAX_CAPACITY`].
fn parse_capacity(e: &mut FieldErrors, raw: &str) -> Option<i32> {
    match raw.trim() {
        "" => None,
        typed => match typed.parse::<i32>() {
            Ok(n) if (1..=MAX_CAPACITY).contains(&n) => Some(n),
            _ => {
                e.add("capacity", Msg::new("err-capacity").arg("max", MAX_CAPACITY));
                None
            }
        },
    }
}

/// The longest retention period accepted, in months (a century).
pub const MAX_RETENTION_MONTHS: i32 = 1200;

/// An event's own retention period: empty for the office's default, else 1 to
/// [`MAX_RETENTION_MONTHS`] months.
fn parse_retention_months(e: &mut FieldErrors, raw: &str) -> Option<i32> {
    match raw.trim() {
        "" => None,
        typed => match typed.parse::<i32>() {
            Ok(n) if (1..=MAX_RETENTION_MONTHS).contains(&n) => Some(n),
            _ => {
                e.add("retention_months", Msg::new("err-retention-months").arg("max", MAX_RETENTION_MONTHS));
                None
            }
        },
    }
}

/// The attendance a certificate needs, in percent (`80` or `80 %`): only workshops and training
/// courses give certificates of attendance.
fn parse_certificate_percent(e: &mut FieldErrors, raw: &str, kind: Option<EventKind>) -> Option<i32> {
    match raw.trim() {
        "" => None,
        typed => match typed.trim_end_matches('%').trim().parse::<i32>() {
            Ok(n) if (1..=100).contains(&n) => match kind {
                Some(EventKind::Workshop | EventKind::TrainingCourse) | None => Some(n),
                Some(_) => {
                    e.add("certificate_min_attendance_percent", Msg::new("err-certificate-kind"));
                    None
                }
            },
            _ => {
                e.add("certificate_min_attendance_percent", Msg::new("err-certificate-percent"));
                None
            }
        },
    }
}

fn parse_dates(e: &mut FieldErrors, precision: DatePrecision, start: &str, end: &str) -> Option<EventDates> {
    match precision {
        DatePrecision::Day => {
            let s = domain::parse_date(start).map_err(|m| e.add("start_date", m)).ok();
            let f = domain::parse_date(end).map_err(|m| e.add("end_date", m)).ok();
            let (s, f) = (s?, f?);
            check_span(e, s, f)?;
            Some(EventDates { start: s, end: f, precision })
        }
        DatePrecision::Month => {
            let s = domain::parse_month(start).map_err(|m| e.add("start_date", m)).ok();
            let f =
                if end.trim().is_empty() { s } else { domain::parse_month(end).map_err(|m| e.add("end_date", m)).ok() };
            let (s, f) = (s?, domain::last_day_of_month(f?));
            check_span(e, s, f)?;
            Some(EventDates { start: s, end: f, precision })
        }
    }
}

fn check_span(e: &mut FieldErrors, start: NaiveDate, end: NaiveDate) -> Option<()> {
    if end < start {
        e.add("end_date", Msg::new("err-end-before-start"));
        None
    } else if (end - start).num_days() > 366 {
        e.add("end_date", Msg::new("err-event-too-long"));
        None
    } else {
        Some(())
    }
}

fn parse_window(e: &mut FieldErrors, field: &'static str, raw: &str, tz: Option<TimeZone>) -> Option<DateTime<Utc>> {
    if raw.trim().is_empty() {
        return None;
    }
    let local = domain::parse_local_datetime(raw).map_err(|m| e.add(field, m)).ok()?;
    local_to_utc(tz?, local).map_err(|m| e.add(field, m)).ok()
}

/// The session form as submitted (times are local to the event).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SessionForm {
    pub title: String,
    pub kind: String,
    pub date: String,
    pub start_time: String,
    pub end_time: String,
    pub room: String,
    /// The remote link (https), empty for none.
    pub remote_url: String,
    /// The title in other languages than the event's original.
    #[serde(flatten)]
    pub titles: SessionTitlesForm,
    /// Every other field: among them one checkbox `agenda_item_{id}` per agenda item taken up.
    #[serde(flatten)]
    pub rest: BTreeMap<String, String>,
}

/// The prefix of an agenda item's checkbox on the session form.
pub const AGENDA_ITEM_FIELD: &str = "agenda_item_";

impl SessionForm {
    /// Whether the checkbox of agenda item `id` is ticked.
    pub fn takes_up(&self, id: i32) -> bool {
        self.rest.contains_key(&format!("{AGENDA_ITEM_FIELD}{id}"))
    }

    /// Ticks the checkbox of agenda item `id`.
    pub fn tick(&mut self, id: i32) {
        self.rest.insert(format!("{AGENDA_ITEM_FIELD}{id}"), "on".into());
    }
}

/// A valid session in the event's local time; the rules place it in UTC.
#[derive(Debug, Clone)]
pub struct SessionInput {
    pub title: String,
    pub kind: SessionKind,
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub room: Option<String>,
    /// The remote link, shown only to confirmed participants.
    pub remote_url: Option<RemoteUrl>,
    /// The title in other languages than the event's original.
    pub titles: BTreeMap<Lang, String>,
    /// The agenda items it takes up (checked against the meeting's agenda by the rules).
    pub agenda_item_ids: Vec<i32>,
}

impl SessionInput {
    /// Parses the form; the end must come after the start on the same day.
    pub fn parse(form: &SessionForm) -> Result<Self, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = domain::required_text(&mut e, "title", &form.title, TITLE_MAX);
        let kind = if form.kind.trim().is_empty() {
            Some(SessionKind::Plenary)
        } else {
            parse_field::<SessionKind>(&mut e, "kind", &form.kind)
        };
        let date = domain::parse_date(&form.date).map_err(|m| e.add("date", m)).ok();
        let start = domain::parse_time(&form.start_time).map_err(|m| e.add("start_time", m)).ok();
        let end = domain::parse_time(&form.end_time).map_err(|m| e.add("end_time", m)).ok();
        if let (Some(s), Some(f)) = (start, end)
            && f <= s
        {
            e.add("end_time", Msg::new("err-session-end-before-start"));
        }
        let room = domain::optional_text(&mut e, "room", &form.room, 120);
        let remote_url = if form.remote_url.trim().is_empty() {
            None
        } else {
            RemoteUrl::parse(&form.remote_url).map_err(|m| e.add("remote_url", m)).ok()
        };
        let titles = form.titles.parse(&mut e);
        let mut agenda_item_ids = Vec::new();
        for key in form.rest.keys() {
            if let Some(id) = key.strip_prefix(AGENDA_ITEM_FIELD) {
                match id.parse::<i32>() {
                    Ok(id) if id > 0 => agenda_item_ids.push(id),
                    _ => e.add("agenda_item_ids", Msg::new("err-session-agenda-item-unknown")),
                }
            }
        }
        match (kind, date, start, end) {
            (Some(kind), Some(date), Some(start), Some(end)) if e.is_empty() => {
                Ok(Self { title, kind, date, start, end, room, remote_url, titles, agenda_item_ids })
            }
            _ => Err(e),
        }
    }
}

/// The clone form: where the copy starts.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CloneForm {
    /// `YYYY-MM-DD`, or `YYYY-MM` for an event dated by month.
    pub start_date: String,
}

/// The start asked for a copy; the rule checks it against the source's precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloneStart {
    /// A day (`YYYY-MM-DD`).
    Day(NaiveDate),
    /// A month (`YYYY-MM`), as its first day.
    Month(NaiveDate),
}

impl CloneStart {
    /// Parses the start; an empty or malformed value names `start_date`.
    pub fn parse(form: &CloneForm) -> Result<Self, FieldErrors> {
        let raw = form.start_date.trim();
        let parsed = if raw.len() == 7 {
            domain::parse_month(raw).map(Self::Month)
        } else {
            domain::parse_date(raw).map(Self::Day)
        };
        parsed.map_err(|m| {
            let mut e = FieldErrors::new();
            e.add("start_date", m);
            e
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> EventForm {
        EventForm {
            title: "1540 workshop".into(),
            kind: "workshop".into(),
            programme: "1540".into(),
            unit: "NY".into(),
            city: "Gaborone".into(),
            country: "bwa".into(),
            time_zone: "Africa/Gaborone".into(),
            start_date: "2007-11-27".into(),
            end_date: "2007-11-28".into(),
            lang_en: Some("on".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_form_parses() {
        let input = EventInput::parse(&form()).unwrap();
        assert_eq!(input.country.unwrap().as_str(), "BWA");
        assert_eq!(input.languages, vec![Language::En]);
        assert_eq!(input.registration_mode, RegistrationMode::Invitation);
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut f = form();
        f.title = " ".into();
        f.kind = "party".into();
        f.time_zone = "Nowhere/Land".into();
        f.end_date = "2007-11-01".into();
        f.capacity = "-3".into();
        f.lang_en = None;
        let e = EventInput::parse(&f).unwrap_err();
        let fields: Vec<_> = e.0.iter().map(|x| x.field).collect();
        assert_eq!(fields, ["title", "kind", "time_zone", "end_date", "capacity", "languages"]);
    }

    #[test]
    fn the_retention_period_is_empty_or_a_whole_number_of_months() {
        let mut f = form();
        assert_eq!(EventInput::parse(&f).unwrap().retention_months, None);
        for (raw, expected) in [("36", 36), (" 1 ", 1), ("1200", 1200)] {
            f.retention_months = raw.into();
            assert_eq!(EventInput::parse(&f).unwrap().retention_months, Some(expected), "{raw}");
        }
        for bad in ["0", "1201", "-5", "two years", "2.5"] {
            f.retention_months = bad.into();
            let e = EventInput::parse(&f).unwrap_err();
            assert_eq!(e.get("retention_months").unwrap().key, "err-retention-months", "{bad}");
        }
    }

    #[test]
    fn the_certificate_rule_is_a_percentage_of_a_workshop_or_course() {
        let mut f = form();
        assert_eq!(EventInput::parse(&f).unwrap().certificate_min_attendance_percent, None);
        for (raw, expected) in [("80", 80), (" 1 ", 1), ("100", 100), ("75 %", 75)] {
            f.certificate_min_attendance_percent = raw.into();
            assert_eq!(EventInput::parse(&f).unwrap().certificate_min_attendance_percent, Some(expected), "{raw}");
        }
        for bad in ["0", "101", "-5", "eighty", "80.5"] {
            f.certificate_min_attendance_percent = bad.into();
            let e = EventInput::parse(&f).unwrap_err();
            assert_eq!(e.get("certificate_min_attendance_percent").unwrap().key, "err-certificate-percent", "{bad}");
        }
        f.certificate_min_attendance_percent = "80".into();
        f.kind = "training_course".into();
        assert!(EventInput::parse(&f).is_ok());
        f.kind = "conference".into();
        let e = EventInput::parse(&f).unwrap_err();
        assert_eq!(e.get("certificate_min_attendance_percent").unwrap().key, "err-certificate-kind");
    }

    #[test]
    fn month_precision_covers_whole_months() {
        let mut f = form();
        f.date_precision = "month".into();
        f.start_date = "2007-12".into();
        f.end_date = "2008-06".into();
        let d = EventInput::parse(&f).unwrap().dates;
        assert_eq!(d.start, NaiveDate::from_ymd_opt(2007, 12, 1).unwrap());
        assert_eq!(d.end, NaiveDate::from_ymd_opt(2008, 6, 30).unwrap());
    }

    #[test]
    fn registration_window_in_local_time() {
        let mut f = form();
        f.time_zone = "Asia/Kathmandu".into();
        f.registration_opens = "2026-12-01T09:00".into();
        f.registration_closes = "2026-11-30T09:00".into();
        assert_eq!(
            EventInput::parse(&f).unwrap_err().get("registration_closes").unwrap().key,
            "err-closes-before-opens"
        );
        f.registration_closes = "2026-12-10T17:00".into();
        let input = EventInput::parse(&f).unwrap();
        assert_eq!(input.registration_opens.unwrap().to_rfc3339(), "2026-12-01T03:15:00+00:00");
    }

    #[test]
    fn clock_gaps_are_refused() {
        let tz: TimeZone = "Europe/Zurich".parse().unwrap();
        let gap = NaiveDate::from_ymd_opt(2027, 3, 28).unwrap().and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(local_to_utc(tz, gap).unwrap_err().key, "err-local-time-gap");
    }

    #[test]
    fn sessions_need_an_end_after_the_start() {
        let f = SessionForm {
            title: "Opening".into(),
            date: "2007-11-27".into(),
            start_time: "10:00".into(),
            end_time: "09:00".into(),
            ..Default::default()
        };
        assert_eq!(SessionInput::parse(&f).unwrap_err().get("end_time").unwrap().key, "err-session-end-before-start");
        let f = SessionForm { end_time: "12:00".into(), ..f };
        assert_eq!(SessionInput::parse(&f).unwrap().kind, SessionKind::Plenary);
        assert_eq!(SessionInput::parse(&f).unwrap().remote_url, None);
        let f = SessionForm { remote_url: "http://meet.example.org/j/1".into(), ..f };
        assert_eq!(SessionInput::parse(&f).unwrap_err().get("remote_url").unwrap().key, "err-remote-url-https");
        let f = SessionForm { remote_url: " https://meet.example.org/j/1 ".into(), ..f };
        assert_eq!(SessionInput::parse(&f).unwrap().remote_url.unwrap().as_str(), "https://meet.example.org/j/1");
    }

    #[test]
    fn a_clone_start_is_a_day_or_a_month() {
        let parse = |raw: &str| CloneStart::parse(&CloneForm { start_date: raw.into() });
        assert_eq!(parse(" 2027-11-25 ").unwrap(), CloneStart::Day(NaiveDate::from_ymd_opt(2027, 11, 25).unwrap()));
        assert_eq!(parse("2027-11").unwrap(), CloneStart::Month(NaiveDate::from_ymd_opt(2027, 11, 1).unwrap()));
        for (bad, key) in
            [("", "err-required"), ("2027-02-30", "err-date"), ("25/11/2027", "err-date"), ("2027-13", "err-month")]
        {
            assert_eq!(parse(bad).unwrap_err().get("start_date").unwrap().key, key, "{bad}");
        }
    }
}
