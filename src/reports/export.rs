//! Reports as CSV (one flat table, a `section` column telling its parts apart) and as an Excel
//! workbook (one sheet per part, numbers as numbers).

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::labels::{Dimension, labelled};
use super::rules::{EventReport, Outcomes, ProgrammeReport};
use crate::error::{Error, Result};
use crate::export::{Csv, xlsx_text};
use crate::i18n::{Lang, Tr};
use crate::reference::Reference;

/// Column names of the CSV (stable, English, like the other exports).
pub const CSV_HEADER: [&str; 10] =
    ["section", "code", "label", "date", "value", "registered", "confirmed", "attended", "states", "women"];

/// One line of the flat table; empty cells stay empty.
#[derive(Default)]
struct Line {
    section: &'static str,
    code: String,
    label: String,
    date: String,
    value: String,
    registered: Option<u64>,
    confirmed: Option<u64>,
    attended: Option<u64>,
    states: Option<u64>,
    women: Option<u64>,
}

impl Line {
    fn cells(&self) -> [String; 10] {
        let n = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_default();
        [
            self.section.to_owned(),
            self.code.clone(),
            self.label.clone(),
            self.date.clone(),
            self.value.clone(),
            n(self.registered),
            n(self.confirmed),
            n(self.attended),
            n(self.states),
            n(self.women),
        ]
    }
}

/// A headline figure: a count, or a share between 0 and 1 (none when nothing to divide).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    /// How many.
    Count(u64),
    /// What part.
    Share(Option<f64>),
}

impl Figure {
    /// As the files write it: digits only, a share in percent with one decimal.
    pub fn plain(self) -> String {
        match self {
            Figure::Count(n) => n.to_string(),
            Figure::Share(s) => s.map(|s| format!("{:.1}", s * 100.0)).unwrap_or_default(),
        }
    }
}

/// The headline figures: (code, catalog key, value).
pub fn summary(o: &Outcomes) -> Vec<(&'static str, &'static str, Figure)> {
    use Figure::{Count, Share};
    vec![
        ("events_held", "rep-events-held", Count(o.events_held)),
        ("events_under_way", "rep-events-under-way", Count(o.events_under_way)),
        ("events_planned", "rep-events-planned", Count(o.events_planned)),
        ("invited", "rep-invited", Count(o.invited)),
        ("registered", "rep-registered", Count(o.registered)),
        ("confirmed", "rep-confirmed", Count(o.confirmed)),
        ("attended", "rep-attended", Count(o.attended)),
        ("attendance_rate_percent", "rep-attendance-rate", Share(o.attendance_rate)),
        ("states", "rep-states", Count(o.states)),
        ("states_attended", "rep-states-attended", Count(o.states_attended)),
        ("regional_groups", "rep-regional-groups", Count(o.regional_groups)),
        ("women", "rep-women", Count(o.women)),
        ("women_share_percent", "rep-women-share", Share(o.women_share)),
        ("certificates", "rep-certificates", Count(o.certificates)),
    ]
}

fn outcome_lines(reference: &Reference, lang: Lang, o: &Outcomes, lines: &mut Vec<Line>) {
    let tr = Tr(lang);
    for (code, key, value) in summary(o) {
        let value = value.plain();
        lines.push(Line { section: "summary", code: code.to_owned(), label: tr.t(key), value, ..Default::default() });
    }
    for dim in Dimension::ALL {
        for (label, row) in labelled(reference, lang, dim, dim.rows(o)) {
            lines.push(Line {
                section: dim.code(),
                code: row.code.clone().unwrap_or_default(),
                label,
                registered: Some(row.registered),
                confirmed: Some(row.confirmed),
                attended: Some(row.attended),
                ..Default::default()
            });
        }
    }
    for e in &o.events {
        lines.push(Line {
            section: "event",
            code: e.event_id.to_string(),
            label: e.title.clone(),
            date: e.start_date.to_string(),
            value: e.stage.code().to_owned(),
            registered: Some(e.registered),
            confirmed: Some(e.confirmed),
            attended: Some(e.attended),
            states: Some(e.states),
            women: Some(e.women),
        });
    }
}

fn event_lines(reference: &Reference, lang: Lang, r: &EventReport) -> Vec<Line> {
    let mut lines = Vec::new();
    outcome_lines(reference, lang, &r.outcomes, &mut lines);
    lines.retain(|l| l.section != "event");
    for d in &r.days {
        lines.push(Line { section: "day", date: d.day.to_string(), attended: Some(d.attended), ..Default::default() });
    }
    for s in &r.sessions {
        lines.push(Line {
            section: "session",
            code: s.session_id.to_string(),
            label: s.title.clone(),
            date: s.starts_at.format("%Y-%m-%dT%H:%MZ").to_string(),
            attended: Some(s.attended),
            ..Default::default()
        });
    }
    lines
}

fn csv(lines: &[Line]) -> Result<Vec<u8>> {
    let mut file = Csv::new(CSV_HEADER)?;
    for line in lines {
        file.row(line.cells())?;
    }
    file.finish()
}

/// The report of one event as CSV.
pub fn event_csv(reference: &Reference, lang: Lang, r: &EventReport) -> Result<Vec<u8>> {
    csv(&event_lines(reference, lang, r))
}

/// A report across events as CSV.
pub fn programme_csv(reference: &Reference, lang: Lang, r: &ProgrammeReport) -> Result<Vec<u8>> {
    let mut lines = Vec::new();
    outcome_lines(reference, lang, &r.outcomes, &mut lines);
    csv(&lines)
}

/// Writes `lines` on a new sheet named `name`: the columns of `header` that any line fills.
fn sheet(book: &mut Workbook, name: &str, lines: &[&Line]) -> std::result::Result<(), XlsxError> {
    let sheet: &mut Worksheet = book.add_worksheet();
    sheet.set_name(name)?;
    let bold = Format::new().set_bold();
    let used: Vec<usize> = (1..CSV_HEADER.len()).filter(|&c| lines.iter().any(|l| !l.cells()[c].is_empty())).collect();
    for (col, &c) in (0u16..).zip(&used) {
        sheet.write_string_with_format(0, col, CSV_HEADER[c], &bold)?;
        sheet.set_column_width(col, if c == 2 { 40 } else { 14 })?;
    }
    for (r, line) in (1u32..).zip(lines) {
        let cells = line.cells();
        for (col, &c) in (0u16..).zip(&used) {
            let text = &cells[c];
            if text.is_empty() {
                continue;
            }
            // Counts and shares are numbers a spreadsheet can add up; everything else is
            // guarded text.
            match (c >= 4, text.parse::<f64>()) {
                (true, Ok(n)) => {
                    sheet.write_number(r, col, n)?;
                }
                _ => xlsx_text(sheet, r, col, text)?,
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn xlsx(lang: Lang, lines: &[Line]) -> Result<Vec<u8>> {
    let bad = |e: XlsxError| Error::Internal(format!("xlsx: {e}"));
    let tr = Tr(lang);
    let mut book = Workbook::new();
    let mut sections: Vec<&'static str> = Vec::new();
    for l in lines {
        if !sections.contains(&l.section) {
            sections.push(l.section);
        }
    }
    for section in sections {
        let part: Vec<&Line> = lines.iter().filter(|l| l.section == section).collect();
        // Sheet names are at most 31 characters.
        let name: String = tr.t(&format!("rep-sheet-{section}")).chars().take(31).collect();
        sheet(&mut book, &name, &part).map_err(bad)?;
    }
    book.save_to_buffer().map_err(bad)
}

/// The report of one event as an .xlsx workbook.
pub fn event_xlsx(reference: &Reference, lang: Lang, r: &EventReport) -> Result<Vec<u8>> {
    xlsx(lang, &event_lines(reference, lang, r))
}

/// A report across events as an .xlsx workbook.
pub fn programme_xlsx(reference: &Reference, lang: Lang, r: &ProgrammeReport) -> Result<Vec<u8>> {
    let mut lines = Vec::new();
    outcome_lines(reference, lang, &r.outcomes, &mut lines);
    xlsx(lang, &lines)
}
