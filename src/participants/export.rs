//! The list as CSV and as an Excel workbook: one row per person in print order.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::document::Document;
use crate::error::{Error, Result};
use crate::i18n::Tr;

/// Column names (stable, English, like the other exports).
const HEADER: [&str; 8] =
    ["section", "delegation", "head_of_delegation", "title", "given_name", "family_name", "function", "organisation"];

fn rows(doc: &Document) -> Vec<[String; 8]> {
    let tr = Tr(doc.lang);
    doc.rows()
        .map(|(s, d, p)| {
            [
                tr.t(&format!("lop-section-{}", s.section.code())),
                d.name.clone(),
                if p.head { tr.t("lop-yes") } else { String::new() },
                p.title.clone().unwrap_or_default(),
                p.given_name.clone(),
                p.family_name.clone(),
                p.position.clone().unwrap_or_default(),
                p.organisation.clone().unwrap_or_default(),
            ]
        })
        .collect()
}

/// A cell a spreadsheet will not run as a formula: text starting with `=`, `+`, `-`, `@`
/// (or a tab or carriage return) gets a leading apostrophe.
pub fn safe_cell(value: &str) -> String {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_owned(),
    }
}

/// UTF-8 CSV with a header row.
pub fn to_csv(doc: &Document) -> Result<Vec<u8>> {
    let bad = |e: csv::Error| Error::Internal(format!("csv: {e}"));
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER).map_err(bad)?;
    for row in rows(doc) {
        w.write_record(row.iter().map(|c| safe_cell(c))).map_err(bad)?;
    }
    w.into_inner().map_err(|e| Error::Internal(format!("csv: {e}")))
}

/// An .xlsx workbook: one sheet, a bold header row, every cell written as text (never as a
/// formula, so no guard is needed).
pub fn to_xlsx(doc: &Document) -> Result<Vec<u8>> {
    let bad = |e: XlsxError| Error::Internal(format!("xlsx: {e}"));
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(Tr(doc.lang).t("lop-sheet")).map_err(bad)?;
    let bold = Format::new().set_bold();
    for (col, name) in (0u16..).zip(HEADER) {
        sheet.write_string_with_format(0, col, name, &bold).map_err(bad)?;
        sheet.set_column_width(col, if col < 2 { 32 } else { 18 }).map_err(bad)?;
    }
    for (r, row) in (1u32..).zip(rows(doc)) {
        for (col, value) in (0u16..).zip(row.iter()) {
            if !value.is_empty() {
                sheet.write_string(r, col, value).map_err(bad)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(bad)?;
    book.save_to_buffer().map_err(bad)
}

#[cfg(test)]
mod tests {
    use super::safe_cell;

    #[test]
    fn formula_like_cells_are_defused() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("+1"), "'+1");
        assert_eq!(safe_cell("-2"), "'-2");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("Diallo"), "Diallo");
        assert_eq!(safe_cell(""), "");
    }
}
