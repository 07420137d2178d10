//! Values read from the database and kept in memory for a short, fixed time: for reads that
//! every request of a hot path repeats and whose rows seldom change (a desk's event, the
//! caller behind an API token). A change reaches every instance within that time.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// A map whose entries count for `ttl` after they were read; at most about `capacity` are held.
#[derive(Debug)]
pub struct Kept<K, V> {
    ttl: Duration,
    capacity: usize,
    entries: Mutex<HashMap<K, (Instant, V)>>,
}

impl<K: Eq + Hash, V: Clone> Kept<K, V> {
    /// An empty map keeping each entry for `ttl`.
    pub fn new(ttl: Duration, capacity: usize) -> Self {
        Self { ttl, capacity, entries: Mutex::new(HashMap::new()) }
    }

    /// The value of `key` if it was read less than `ttl` ago.
    pub fn get(&self, key: &K) -> Option<V> {
        // A poisoned lock only means another request panicked mid-insert; the map is intact.
        let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries.get(key).filter(|(read_at, _)| read_at.elapsed() < self.ttl).map(|(_, v)| v.clone())
    }

    /// Keeps `value`, read just now. When the map is full, expired entries go first, then all.
    pub fn put(&self, key: K, value: V) {
        let now = Instant::now();
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if entries.len() >= self.capacity {
            entries.retain(|_, (read_at, _)| now.duration_since(*read_at) < self.ttl);
            if entries.len() >= self.capacity {
                entries.clear();
            }
        }
        entries.insert(key, (now, value));
    }

    /// Forgets every entry.
    pub fn clear(&self) {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner).clear();
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::Kept;

    #[test]
    fn an_entry_counts_until_its_time_is_up() {
        let kept = Kept::new(Duration::from_secs(3600), 4);
        assert_eq!(kept.get(&1), None);
        kept.put(1, "one");
        assert_eq!(kept.get(&1), Some("one"));
        let expired = Kept::new(Duration::ZERO, 4);
        expired.put(1, "one");
        assert_eq!(expired.get(&1), None);
    }

    #[test]
    fn a_full_map_makes_room_without_growing() {
        let kept = Kept::new(Duration::from_secs(3600), 2);
        kept.put(1, 1);
        kept.put(2, 2);
        kept.put(3, 3);
        assert_eq!(kept.get(&3), Some(3));
        assert!(kept.entries.lock().unwrap().len() <= 2);
    }
}
