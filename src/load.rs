//! How many requests are being answered right now, so that background work (the outbox
//! dispatcher) can give way while the server is saturated.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::time::Instant;

/// How often a wait for a quiet server looks again.
const LOOK_EVERY: Duration = Duration::from_millis(50);

/// The requests in flight; clones share the count.
#[derive(Clone, Debug)]
pub struct RequestLoad {
    in_flight: Arc<AtomicUsize>,
    busy_above: usize,
}

impl RequestLoad {
    /// A count that calls the server busy with more than `busy_above` requests at once.
    pub fn new(busy_above: usize) -> Self {
        Self { in_flight: Arc::new(AtomicUsize::new(0)), busy_above }
    }

    /// Busy with more than twice as many requests as the machine has cores: requests are then
    /// queuing for a core, not merely being served.
    pub fn for_this_machine() -> Self {
        Self::new(2 * std::thread::available_parallelism().map_or(1, usize::from))
    }

    /// Counts a request until the returned guard is dropped.
    pub fn enter(&self) -> InFlight<'_> {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(&self.in_flight)
    }

    /// Whether more requests are in flight than the server answers without queuing.
    pub fn is_busy(&self) -> bool {
        self.in_flight.load(Ordering::Relaxed) > self.busy_above
    }

    /// Waits while the server is busy, but at most `at_most`.
    pub async fn until_quiet(&self, at_most: Duration) {
        let deadline = Instant::now() + at_most;
        while self.is_busy() {
            let now = Instant::now();
            if now >= deadline {
                return;
            }
            tokio::time::sleep(LOOK_EVERY.min(deadline - now)).await;
        }
    }
}

/// One request in flight, counted until dropped.
#[derive(Debug)]
pub struct InFlight<'a>(&'a AtomicUsize);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::RequestLoad;

    #[test]
    fn the_server_is_busy_only_while_more_requests_than_the_limit_are_in_flight() {
        let load = RequestLoad::new(2);
        let first = load.enter();
        let second = load.enter();
        assert!(!load.is_busy());
        let third = load.enter();
        assert!(load.is_busy());
        drop(second);
        assert!(!load.is_busy());
        drop((first, third));
        assert!(!load.clone().is_busy());
    }

    #[tokio::test]
    async fn a_wait_for_a_quiet_server_ends_when_the_requests_do_or_at_its_limit() {
        let load = RequestLoad::new(0);
        load.until_quiet(Duration::from_secs(3600)).await;
        let request = load.enter();
        // Busy: the wait ends at its limit.
        load.until_quiet(Duration::ZERO).await;
        // Busy for now: the wait, however long it may be, ends once the request does.
        let waiting = tokio::spawn({
            let load = load.clone();
            async move { load.until_quiet(Duration::from_secs(3600)).await }
        });
        tokio::task::yield_now().await;
        drop(request);
        waiting.await.unwrap();
    }
}
