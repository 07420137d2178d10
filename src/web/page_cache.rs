//! A short-lived cache of public pages as anonymous visitors see them. It only spares the
//! database and the renderer: entries live a couple of seconds (`server.public_cache_seconds`)
//! and this instance drops them all whenever it handles a change, so the database stays the
//! only source of truth and other instances are at most that many seconds behind.

use std::time::Duration;

use axum::body::Bytes;
use moka::sync::Cache;

use crate::i18n::Lang;

/// Pages kept at most.
const PAGES_KEPT: u64 = 10_000;

/// Rendered pages by path and language.
pub struct PageCache(Cache<(String, Lang), Bytes>);

impl PageCache {
    /// A cache keeping each page for `ttl`.
    pub fn new(ttl: Duration) -> Self {
        Self(Cache::builder().max_capacity(PAGES_KEPT).time_to_live(ttl).build())
    }

    /// A page still fresh.
    pub fn get(&self, path: &str, lang: Lang) -> Option<Bytes> {
        self.0.get(&(path.to_owned(), lang))
    }

    /// Remembers a page.
    pub fn put(&self, path: &str, lang: Lang, body: Bytes) {
        self.0.insert((path.to_owned(), lang), body);
    }

    /// Forgets everything (after any change made through this instance).
    pub fn clear(&self) {
        self.0.invalidate_all();
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use axum::body::Bytes;

    use super::PageCache;
    use crate::i18n::Lang;

    #[test]
    fn a_page_is_kept_per_language_until_cleared_or_expired() {
        let cache = PageCache::new(Duration::from_secs(3600));
        cache.put("/events/1", Lang::En, Bytes::from_static(b"en"));
        assert_eq!(cache.get("/events/1", Lang::En), Some(Bytes::from_static(b"en")));
        assert_eq!(cache.get("/events/1", Lang::Fr), None);
        cache.clear();
        assert_eq!(cache.get("/events/1", Lang::En), None, "a change drops every page at once");
        let expired = PageCache::new(Duration::ZERO);
        expired.put("/events/1", Lang::En, Bytes::from_static(b"en"));
        assert_eq!(expired.get("/events/1", Lang::En), None);
    }
}
