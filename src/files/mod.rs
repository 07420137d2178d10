//! The files a serviced meeting keeps: official documents, delegations' statements, credentials.
//!
//! An upload is streamed to a temporary file while its size is counted against the limit, its
//! type is checked from its first bytes and its SHA-256 is computed ([`receive`]); it is then kept
//! in the database in 256 KiB chunks or moved into `documents.dir` ([`store::keep`]) and read
//! back as a stream of chunks ([`store::open`]). No step holds a whole file in memory.

pub mod store;

use std::fmt::Write;
use std::path::Path;

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use sha2::{Digest, Sha256};

use crate::error::{Error, FieldErrors, Msg};

pub use store::{Opened, Removed, keep, open, remove};

/// The size of the pieces a file is kept and read in.
pub const CHUNK_BYTES: usize = 256 * 1024;

/// The kinds of file a meeting accepts, each recognised from its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A PDF document: it starts with `%PDF-`.
    Pdf,
}

impl FileKind {
    /// The media type the file is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
        }
    }

    /// The extension given to a file name that lacks it.
    fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
        }
    }

    /// Whether `head` (the file's first bytes, at least 5 unless the file is shorter) is of this kind.
    fn recognises(self, head: &[u8]) -> bool {
        match self {
            Self::Pdf => head.starts_with(b"%PDF-"),
        }
    }
}

/// An upload received whole into a temporary file, checked, not yet kept.
#[derive(Debug)]
pub struct Received {
    /// The file name, made safe for headers (see [`safe_filename`]).
    pub filename: String,
    /// Its kind, checked from its bytes.
    pub kind: FileKind,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256, in hex.
    pub sha256: String,
    /// The temporary file; deleted when dropped unless kept.
    pub(crate) temp: tempfile::NamedTempFile,
}

/// Why an upload was refused; each becomes a message on the form's `field`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Nothing was sent.
    Empty,
    /// More than the limit was sent.
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The bytes are not of the expected kind.
    WrongKind(FileKind),
    /// The body broke off before the file's end.
    Interrupted,
}

impl Refusal {
    /// The refusal as an error on the form field or JSON member `field`.
    pub fn on(self, field: &'static str) -> Error {
        let message = match self {
            Self::Empty => Msg::new("file-err-empty"),
            Self::TooLarge { limit } => Msg::new("file-err-too-large").arg("megabytes", megabytes(limit)),
            Self::WrongKind(FileKind::Pdf) => Msg::new("file-err-not-pdf"),
            Self::Interrupted => Msg::new("file-err-interrupted"),
        };
        FieldErrors::single(field, message)
    }
}

/// A limit in megabytes as people write it: `5`, `20`, `0.5`.
fn megabytes(limit: u64) -> String {
    let mb = limit as f64 / (1024.0 * 1024.0);
    if mb.fract() == 0.0 { format!("{mb:.0}") } else { format!("{mb:.1}") }
}

/// Receives an upload from `chunks` into a temporary file under `temp_dir` (the documents
/// folder, so keeping it is a rename; or the system's temporary folder): refused as soon as it
/// passes `limit` bytes, or when its first bytes are not of `kind`.
pub async fn receive<S, E>(
    mut chunks: S,
    filename: &str,
    kind: FileKind,
    limit: u64,
    temp_dir: Option<&Path>,
) -> Result<Received, UploadError>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
{
    let temp = match temp_dir {
        Some(dir) => tempfile::Builder::new().prefix(".upload-").tempfile_in(dir),
        None => tempfile::Builder::new().prefix("convene-upload-").tempfile(),
    }
    .map_err(|e| UploadError::Internal(format!("temporary file: {e}")))?;
    let mut out = tokio::fs::File::from_std(temp.reopen().map_err(|e| UploadError::Internal(e.to_string()))?);
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    let mut head: Vec<u8> = Vec::with_capacity(8);
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk.map_err(|_| UploadError::Refused(Refusal::Interrupted))?;
        size += chunk.len() as u64;
        if size > limit {
            return Err(UploadError::Refused(Refusal::TooLarge { limit }));
        }
        if head.len() < 8 {
            head.extend(chunk.iter().take(8 - head.len()));
            if head.len() >= 5 && !kind.recognises(&head) {
                return Err(UploadError::Refused(Refusal::WrongKind(kind)));
            }
        }
        hasher.update(&chunk);
        tokio::io::AsyncWriteExt::write_all(&mut out, &chunk)
            .await
            .map_err(|e| UploadError::Internal(format!("writing an upload: {e}")))?;
    }
    if size == 0 {
        return Err(UploadError::Refused(Refusal::Empty));
    }
    if !kind.recognises(&head) {
        return Err(UploadError::Refused(Refusal::WrongKind(kind)));
    }
    tokio::io::AsyncWriteExt::flush(&mut out).await.map_err(|e| UploadError::Internal(e.to_string()))?;
    let sha256 = hasher.finalize().iter().fold(String::with_capacity(64), |mut hex, b| {
        let _ = write!(hex, "{b:02x}");
        hex
    });
    Ok(Received { filename: safe_filename(filename, kind), kind, size, sha256, temp })
}

/// Why [`receive`] failed: the sender's upload was refused, or this server failed.
#[derive(Debug)]
pub enum UploadError {
    /// The upload itself is at fault; tell the sender.
    Refused(Refusal),
    /// Writing the temporary file failed.
    Internal(String),
}

impl UploadError {
    /// The failure as a rule error on `field`.
    pub fn on(self, field: &'static str) -> Error {
        match self {
            Self::Refused(refusal) => refusal.on(field),
            Self::Internal(reason) => Error::Internal(reason),
        }
    }
}

/// Keeps a file name readable and harmless in headers: letters, digits, `.-_`, at most 100,
/// ending in the kind's extension.
pub fn safe_filename(name: &str, kind: FileKind) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let mut cleaned: String = base
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' })
        .take(100)
        .collect();
    if cleaned.trim_matches(['.', '_']).is_empty() {
        cleaned = "document".to_owned();
    }
    let extension = kind.extension();
    if !cleaned.to_ascii_lowercase().ends_with(&format!(".{extension}")) {
        cleaned.push('.');
        cleaned.push_str(extension);
    }
    cleaned
}

#[cfg(test)]
mod tests;
