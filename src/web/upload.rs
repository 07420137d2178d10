//! Multipart forms that carry a file: the text fields read whole (they are small), the file
//! streamed through [`files::receive`], and the rest of a refused upload read and dropped so
//! that the sender sees the refusal, not a broken connection.

use std::collections::HashMap;
use std::path::Path;

use axum::extract::Multipart;
use axum::extract::multipart::Field;
use futures_util::StreamExt;

use crate::error::{Error, FieldErrors, Msg};
use crate::files::{self, FileKind, Received, UploadError};

/// Largest text field of an upload form.
const TEXT_FIELD_BYTES: usize = 64 * 1024;

/// What to accept in a form's file field.
#[derive(Debug, Clone, Copy)]
pub struct FileRule<'a> {
    /// The file field's name.
    pub field: &'static str,
    /// The kind of file expected.
    pub kind: FileKind,
    /// Largest size accepted, in bytes.
    pub limit: u64,
    /// Where the temporary file is written (the documents folder when there is one).
    pub temp_dir: Option<&'a Path>,
}

/// An upload form as received: its text fields and, when one was chosen, its file.
#[derive(Debug, Default)]
pub struct UploadForm {
    /// Text fields by name (the last value of a repeated name).
    pub fields: HashMap<String, String>,
    /// The file, checked and in a temporary file.
    pub file: Option<Received>,
}

impl UploadForm {
    /// The trimmed text of field `name`, empty when absent.
    pub fn text(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", |v| v.trim())
    }
}

/// Reads a multipart form whose `rule.field` is a file; an empty file input counts as none.
/// A refused file is an error on `rule.field`, sent after the rest of the body was read.
pub async fn read_upload_form(mut multipart: Multipart, rule: FileRule<'_>) -> Result<UploadForm, Error> {
    let broken = || FieldErrors::single(rule.field, Msg::new("file-err-interrupted"));
    let mut form = UploadForm::default();
    loop {
        let refused = {
            let Some(mut field) = multipart.next_field().await.map_err(|_| broken())? else { break };
            let name = field.name().unwrap_or_default().to_owned();
            if name == rule.field && field.file_name().is_some() {
                let filename = field.file_name().unwrap_or_default().to_owned();
                match files::receive(&mut field, &filename, rule.kind, rule.limit, rule.temp_dir).await {
                    Ok(received) => {
                        form.file = Some(received);
                        None
                    }
                    Err(UploadError::Refused(files::Refusal::Empty)) => None,
                    Err(refused) => {
                        while let Some(Ok(_)) = field.next().await {}
                        Some(refused)
                    }
                }
            } else {
                let text = read_text(&mut field).await.ok_or_else(broken)?;
                form.fields.insert(name, text);
                None
            }
        };
        if let Some(refused) = refused {
            drain(&mut multipart).await;
            return Err(refused.on(rule.field));
        }
    }
    Ok(form)
}

async fn read_text(field: &mut Field<'_>) -> Option<String> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.next().await {
        bytes.extend_from_slice(&chunk.ok()?);
        if bytes.len() > TEXT_FIELD_BYTES {
            return None;
        }
    }
    String::from_utf8(bytes).ok()
}

/// Reads what is left of the body (bounded by the route's body limit) and drops it.
async fn drain(multipart: &mut Multipart) {
    while let Ok(Some(mut next)) = multipart.next_field().await {
        while let Some(Ok(_)) = next.next().await {}
    }
}
