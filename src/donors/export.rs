//! The donor report as files a donor can forward: PDF, CSV and XLSX. All three are written
//! from the same rows as the page, so they carry the same suppressed figures and no more.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::money::usd;
use super::report::DonorReport;
use super::views::{count_text, row_label, view_label};
use crate::domain::DatePrecision;
use crate::error::{Error, Result};
use crate::export::{Csv, Download, made_apart, xlsx_text};
use crate::i18n::Tr;
use crate::i18n::format;
use crate::pdf::{Block, Direction, report_pdf};

/// One row of the exported report: section, label, value.
type Row = (String, String, String);

/// The report as (section, label, value) rows, in the page's order.
pub fn rows(tr: Tr, r: &DonorReport) -> Vec<Row> {
    [contribution_rows(tr, r), activity_rows(tr, r), outcome_rows(tr, r), money_rows(tr, r)].concat()
}

/// The contributions: totals, then each one in its currency.
fn contribution_rows(tr: Tr, r: &DonorReport) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::new();
    let mut push = |section: &str, label: String, value: String| out.push((section.to_owned(), label, value));
    let s = tr.t("don-contributions");
    push(&s, tr.t("don-view"), view_label(tr, &r.view));
    push(&s, tr.t("don-pledged"), usd(tr, r.pledged_usd_minor));
    push(&s, tr.t("don-received"), usd(tr, r.received_usd_minor));
    push(&s, tr.t("don-allocated"), usd(tr, r.allocated_usd_minor));
    push(&s, tr.t("don-unallocated"), usd(tr, r.unallocated_usd_minor));
    for k in &r.contributions {
        let value = match super::money::Currency::parse(&k.currency) {
            Ok(c) => format!(
                "{} ({}); {}: {}",
                c.format_for(tr, k.amount_minor),
                usd(tr, k.usd_minor),
                tr.t("don-balance"),
                c.format_for(tr, k.balance_minor)
            ),
            Err(_) => usd(tr, k.usd_minor),
        };
        push(&s, k.trust_fund.clone(), value);
    }
    out
}

/// The activities funded, with dates, place and allocation.
fn activity_rows(tr: Tr, r: &DonorReport) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::new();
    let mut push = |section: &str, label: String, value: String| out.push((section.to_owned(), label, value));
    let s = tr.t("don-activities");
    for a in &r.activities {
        let place = a.country.as_ref().map(|c| format!("{}, {c}", a.city)).unwrap_or_else(|| a.city.clone());
        push(
            &s,
            a.title.clone(),
            format!(
                "{}; {place}; {}",
                format::date_range(tr, a.start_date, a.end_date, DatePrecision::Day),
                usd(tr, a.allocated_usd_minor)
            ),
        );
    }
    out
}

/// The outcomes, small cells suppressed, and their breakdowns.
fn outcome_rows(tr: Tr, r: &DonorReport) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::new();
    let mut push = |section: &str, label: String, value: String| out.push((section.to_owned(), label, value));
    let min = r.min_cell;
    let s = tr.t("don-outcomes");
    let o = &r.outcomes;
    push(&s, tr.t("don-events-held"), o.events_held.to_string());
    push(&s, tr.t("don-participants"), count_text(tr, o.participants, min));
    push(&s, tr.t("don-states"), o.states.to_string());
    push(&s, tr.t("don-groups"), o.regional_groups.to_string());
    push(&s, tr.t("don-women"), count_text(tr, o.women, min));
    if let Some(p) = o.women_share {
        push(&s, tr.t("don-women-share"), format!("{p} %"));
    }
    push(&s, tr.t("don-attended"), count_text(tr, o.attended, min));
    if let Some(p) = o.attendance_rate {
        push(&s, tr.t("don-attendance-rate"), format!("{p} %"));
    }
    push(&s, tr.t("don-certificates"), count_text(tr, o.certificates, min));
    for (key, prefix, list) in [
        ("don-by-group", "group", &o.by_regional_group),
        ("don-by-gender", "gender", &o.by_gender),
        ("don-by-org", "org", &o.by_organisation_type),
        ("don-by-state", "state", &o.by_state),
    ] {
        let s = tr.t(key);
        for row in list {
            push(&s, row_label(tr, prefix, row), count_text(tr, row.count, min));
        }
    }
    out
}

/// Money by category, by period and by programme.
fn money_rows(tr: Tr, r: &DonorReport) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::new();
    let mut push = |section: &str, label: String, value: String| out.push((section.to_owned(), label, value));
    let min = r.min_cell;
    let s = tr.t("don-money");
    for k in &r.categories {
        push(
            &s,
            tr.t(&format!("don-cat-{}", k.category)),
            format!("{} / {}", usd(tr, k.planned_usd_minor), usd(tr, k.spent_usd_minor)),
        );
    }
    push(
        &s,
        tr.t("don-allocated-vs-spent"),
        format!("{} / {}", usd(tr, r.selection_allocated_usd_minor), usd(tr, r.selection_spent_usd_minor)),
    );
    if r.selection_spent_usd_minor > r.selection_allocated_usd_minor {
        push(&s, tr.t("don-overspent-label"), usd(tr, r.selection_spent_usd_minor - r.selection_allocated_usd_minor));
    }
    for (key, list) in [("don-by-period", &r.by_year), ("don-by-programme", &r.by_programme)] {
        let s = tr.t(key);
        for g in list {
            push(
                &s,
                g.label.clone(),
                format!(
                    "{}: {}; {}: {}; {}: {}; {}: {}",
                    tr.t("don-activities"),
                    g.activities,
                    tr.t("don-allocated"),
                    usd(tr, g.allocated_usd_minor),
                    tr.t("don-spent"),
                    usd(tr, g.spent_usd_minor),
                    tr.t("don-participants"),
                    count_text(tr, g.participants, min)
                ),
            );
        }
    }
    out
}

/// UTF-8 CSV with a header row.
pub fn to_csv(tr: Tr, r: &DonorReport) -> Result<Vec<u8>> {
    let mut file = Csv::new([tr.t("don-col-section"), tr.t("don-col-label"), tr.t("don-col-value")])?;
    for (a, b, c) in rows(tr, r) {
        file.row([a, b, c])?;
    }
    file.finish()
}

/// One sheet, a bold header row, every cell guarded text.
pub fn to_xlsx(tr: Tr, r: &DonorReport) -> Result<Vec<u8>> {
    let bad = |e: XlsxError| Error::Internal(format!("xlsx: {e}"));
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let bold = Format::new().set_bold();
    for (col, name) in (0u16..).zip([tr.t("don-col-section"), tr.t("don-col-label"), tr.t("don-col-value")]) {
        sheet.write_string_with_format(0, col, name, &bold).map_err(bad)?;
        sheet.set_column_width(col, 36).map_err(bad)?;
    }
    for (i, (a, b, c)) in (1u32..).zip(rows(tr, r)) {
        for (col, text) in (0u16..).zip([a, b, c]) {
            xlsx_text(sheet, i, col, &text).map_err(bad)?;
        }
    }
    book.save_to_buffer().map_err(bad)
}

/// A PDF of the report.
pub fn to_pdf(tr: Tr, r: &DonorReport) -> Result<Vec<u8>> {
    let mut blocks = vec![Block::Text(tr.ta("don-as-of", &[("date", &format::date(tr, r.as_of))]))];
    blocks.push(Block::Text(tr.ta("don-privacy-note", &[("min", &r.min_cell.to_string())])));
    let mut section = String::new();
    for (s, label, value) in rows(tr, r) {
        if s != section {
            blocks.push(Block::Heading(s.clone()));
            section = s;
        }
        blocks.push(Block::Line(label, value));
    }
    report_pdf(Direction::of_language(tr.0.code()), &tr.ta("don-dashboard-title", &[("donor", &r.donor)]), &blocks)
}

/// The download of `file` (`report.pdf`, `report.csv` or `report.xlsx`).
pub async fn file(tr: Tr, r: DonorReport, file: &str) -> Result<Download> {
    let stem = format!("donor-report-{}-{}", r.donor_id, r.as_of);
    let (content_type, extension, body) = match file {
        "report.pdf" => ("application/pdf", "pdf", made_apart(move || to_pdf(tr, &r)).await?),
        "report.csv" => ("text/csv; charset=utf-8", "csv", to_csv(tr, &r)?),
        "report.xlsx" => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
            made_apart(move || to_xlsx(tr, &r)).await?,
        ),
        _ => return Err(Error::NotFound),
    };
    Ok(Download { content_type, filename: format!("{stem}.{extension}"), body, inline: false })
}
