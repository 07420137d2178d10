//! The list as CSV and as an Excel workbook: one row per person in print order.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::document::Document;
use crate::error::{Error, Result};
use crate::export::{Csv, xlsx_text};
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

/// UTF-8 CSV with a header row, every cell guarded ([`crate::export`]).
pub fn to_csv(doc: &Document) -> Result<Vec<u8>> {
    let mut file = Csv::new(HEADER)?;
    for row in rows(doc) {
        file.row(row)?;
    }
    file.finish()
}

/// An .xlsx workbook: one sheet, a bold header row, every cell written as guarded text.
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
            xlsx_text(sheet, r, col, value).map_err(bad)?;
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(bad)?;
    book.save_to_buffer().map_err(bad)
}
