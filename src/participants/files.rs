//! The list of participants as a file: HTML to print, CSV, XLSX or PDF, named after the
//! event, the revision and the language.

use serde::Deserialize;

use super::document::Document;
use super::rules::{Format, Version};
use super::{export, pdf, views};
use crate::error::Error;
use crate::export::{Download, made_apart};

/// `?lang=` of a document: `ar`, `zh`, `en`, `fr`, `ru`, `es`, or empty for the reader's language.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct LangQuery {
    /// ar, zh, en, fr, ru or es (default: the reader's language).
    pub lang: String,
}

/// The document as a file in `format`, named after the event, version and language.
pub async fn file(doc: Document, event_id: i32, version: Version, format: Format) -> Result<Download, Error> {
    let version = match version {
        Version::Draft => "draft".to_owned(),
        Version::Revision(0) => "original".to_owned(),
        Version::Revision(n) => format!("rev{n}"),
    };
    let name = format!("list-of-participants-{event_id}-{version}-{}.{}", doc.lang.code(), format.extension());
    let (body, kind): (Vec<u8>, &str) = match format {
        Format::Html => (views::printable(&doc).into_string().into_bytes(), "text/html; charset=utf-8"),
        Format::Csv => (export::to_csv(&doc)?, "text/csv; charset=utf-8"),
        Format::Xlsx => (
            made_apart(move || export::to_xlsx(&doc)).await?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        Format::Pdf => (made_apart(move || pdf::to_pdf(&doc)).await?, "application/pdf"),
    };
    Ok(Download { content_type: kind, filename: name, body, inline: format == Format::Html })
}
