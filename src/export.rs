//! What every CSV and XLSX export writes its cells through, so that no text typed by the public
//! or by staff (a name, an organisation, a need, an event title) is run by a spreadsheet as a
//! formula when the file is opened ("CSV injection").
//!
//! A cell is formula-like when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
//! In CSV such a cell gets a leading apostrophe, which spreadsheets show as text; in XLSX it is
//! written as a text string (never a formula) with Excel's quote prefix, so it stays text even
//! when someone edits the cell.

use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

use rust_xlsxwriter::{Format, Worksheet, XlsxError};
use tokio::sync::Semaphore;

use crate::error::{Error, Result};

/// A file for the user: its media type, its name and its bytes. The web layer answers it (no
/// shared cache keeps it: these files carry names of people); exports stay free of HTTP.
#[derive(Debug, Clone)]
pub struct Download {
    /// Media type, e.g. `text/csv; charset=utf-8`.
    pub content_type: &'static str,
    /// File name offered to the browser.
    pub filename: String,
    /// The file.
    pub body: Vec<u8>,
    /// Shown in the browser (a printable page) rather than saved.
    pub inline: bool,
}

/// Files being made at once: one per core, the rest wait their turn.
static MAKING: LazyLock<Arc<Semaphore>> =
    LazyLock::new(|| Arc::new(Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()))));

/// Runs `make` (a PDF or spreadsheet of a whole event) on a blocking thread: on the async
/// workers it would hold up every other request for as long as it takes. The turn goes with
/// the thread, so a request given up mid-way frees it only when the file is done.
pub async fn made_apart<T: Send + 'static>(make: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    let turn = Arc::clone(&MAKING).acquire_owned().await.map_err(|e| Error::Internal(format!("file maker: {e}")))?;
    tokio::task::spawn_blocking(move || {
        let _turn = turn;
        make()
    })
    .await
    .map_err(|e| Error::Internal(format!("file maker: {e}")))?
}

/// Whether a spreadsheet could take `value` for a formula.
pub fn is_formula_like(value: &str) -> bool {
    matches!(value.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'))
}

/// `value` as a CSV cell a spreadsheet will not run: formula-like text gets a leading
/// apostrophe.
pub fn csv_cell(value: &str) -> Cow<'_, str> {
    if is_formula_like(value) { Cow::Owned(format!("'{value}")) } else { Cow::Borrowed(value) }
}

/// A UTF-8 CSV file being written: a header row, then rows whose every cell is guarded.
pub struct Csv {
    writer: csv::Writer<Vec<u8>>,
}

fn csv_error(e: impl std::fmt::Display) -> Error {
    Error::Internal(format!("csv: {e}"))
}

impl Csv {
    /// A file that starts with `header`.
    pub fn new<I, S>(header: I) -> Result<Self>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut file = Self { writer: csv::Writer::from_writer(Vec::new()) };
        file.row(header)?;
        Ok(file)
    }

    /// Appends one row.
    pub fn row<I, S>(&mut self, cells: I) -> Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<S> = cells.into_iter().collect();
        self.writer.write_record(cells.iter().map(|c| csv_cell(c.as_ref()).into_owned())).map_err(csv_error)
    }

    /// The file's bytes.
    pub fn finish(self) -> Result<Vec<u8>> {
        self.writer.into_inner().map_err(csv_error)
    }
}

/// Writes `value` into an XLSX cell as text, never as a formula; formula-like text carries the
/// quote prefix. An empty value leaves the cell empty.
pub fn xlsx_text(sheet: &mut Worksheet, row: u32, col: u16, value: &str) -> std::result::Result<(), XlsxError> {
    if value.is_empty() {
        return Ok(());
    }
    if is_formula_like(value) {
        sheet.write_string_with_format(row, col, value, &Format::new().set_quote_prefix())?;
    } else {
        sheet.write_string(row, col, value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells_are_defused() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-2"), "'-2");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tcmd"), "'\tcmd");
        assert_eq!(csv_cell("\rcmd"), "'\rcmd");
        assert_eq!(csv_cell("Diallo"), "Diallo");
        assert_eq!(csv_cell("a=b"), "a=b", "only the first character counts");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn every_csv_cell_is_guarded_and_the_file_reads_back() {
        let mut file = Csv::new(["name", "needs"]).unwrap();
        file.row(["=1+1", "wheelchair, \"step-free\""]).unwrap();
        file.row([String::from("@me"), String::new()]).unwrap();
        let bytes = file.finish().unwrap();
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        assert_eq!(rows, [["'=1+1", "wheelchair, \"step-free\""], ["'@me", ""]]);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_file_is_made_off_the_request_thread_and_its_error_comes_back() {
        let here = std::thread::current().id();
        let there = made_apart(|| Ok(std::thread::current().id())).await.unwrap();
        assert_ne!(here, there, "made on the thread that serves requests");
        let refused = made_apart(|| -> Result<()> { Err(Error::NotFound) }).await;
        assert!(matches!(refused, Err(Error::NotFound)));
    }
}
