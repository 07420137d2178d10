//! A short-lived cache of public pages as anonymous visitors see them. It only spares the
//! database and the renderer: entries live a couple of seconds (`server.public_cache_seconds`)
//! and this instance drops them all whenever it handles a change, so the database stays the
//! only source of truth and other instances are at most that many seconds behind.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::Bytes;

use crate::i18n::Lang;

/// Rendered pages by path and language.
#[derive(Debug, Default)]
pub struct PageCache {
    entries: Mutex<HashMap<(String, Lang), (Instant, Bytes)>>,
}

impl PageCache {
    /// A page still fresh within `ttl`.
    pub fn get(&self, path: &str, lang: Lang, ttl: Duration) -> Option<Bytes> {
        let entries = self.entries.lock().ok()?;
        let (at, body) = entries.get(&(path.to_owned(), lang))?;
        (at.elapsed() < ttl).then(|| body.clone())
    }

    /// Remembers a page.
    pub fn put(&self, path: &str, lang: Lang, body: Bytes) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() > 10_000 {
                entries.clear();
            }
            entries.insert((path.to_owned(), lang), (Instant::now(), body));
        }
    }

    /// Forgets everything (after any change made through this instance).
    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }
}
