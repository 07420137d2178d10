//! `[documents]`: where a meeting's files (official documents, statements, credentials) are kept.

use std::path::PathBuf;

use serde::Deserialize;

use super::ConfigError;

/// `[documents]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DocumentSettings {
    /// Folder the files are written to; empty keeps them in the database, in chunks.
    pub dir: PathBuf,
    /// Largest official document or statement accepted, in bytes.
    pub max_document_bytes: u64,
    /// Largest credentials document accepted, in bytes.
    pub max_credentials_bytes: u64,
}

impl Default for DocumentSettings {
    fn default() -> Self {
        Self { dir: PathBuf::new(), max_document_bytes: 20 * 1024 * 1024, max_credentials_bytes: 5 * 1024 * 1024 }
    }
}

impl DocumentSettings {
    /// The folder files are kept in, or `None` when they are kept in the database.
    pub fn folder(&self) -> Option<&std::path::Path> {
        (!self.dir.as_os_str().is_empty()).then_some(self.dir.as_path())
    }

    /// Refuses limits of zero and a folder that cannot be created.
    pub(super) fn validate(&self) -> Result<(), ConfigError> {
        if self.max_document_bytes == 0 || self.max_credentials_bytes == 0 {
            return Err(ConfigError(
                "documents: max_document_bytes and max_credentials_bytes must be at least 1".into(),
            ));
        }
        if let Some(dir) = self.folder() {
            std::fs::create_dir_all(dir)
                .map_err(|e| ConfigError(format!("documents.dir: cannot create `{}`: {e}", dir.display())))?;
        }
        Ok(())
    }
}
