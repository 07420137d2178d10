//! A short-lived cache of public pages as anonymous visitors see them. It only spares the
//! database and the renderer: entries live a couple of seconds (`server.public_cache_seconds`)
//! and this instance drops them all whenever it handles a change, so the database stays the
//! only source of truth and other instances are at most that many seconds behind.

use std::time::Duration;

use axum::body::Bytes;

use crate::i18n::Lang;
use crate::kept::Kept;

/// Pages kept at most.
const PAGES_KEPT: usize = 10_000;

/// Rendered pages by path and language.
#[derive(Debug)]
pub struct PageCache(Kept<(String, Lang), Bytes>);

impl PageCache {
    /// A cache keeping each page for `ttl`.
    pub fn new(ttl: Duration) -> Self {
        Self(Kept::new(ttl, PAGES_KEPT))
    }

    /// A page still fresh.
    pub fn get(&self, path: &str, lang: Lang) -> Option<Bytes> {
        self.0.get(&(path.to_owned(), lang))
    }

    /// Remembers a page.
    pub fn put(&self, path: &str, lang: Lang, body: Bytes) {
        self.0.put((path.to_owned(), lang), body);
    }

    /// Forgets everything (after any change made through this instance).
    pub fn clear(&self) {
        self.0.clear();
    }
}
