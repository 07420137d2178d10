//! A fixed-window request limit per client address for the participants' link pages, which
//! take tokens from the URL (guessing is pointless at 256 bits, but floods are not welcome).
//! Counts live in each instance; with several instances the limit applies per instance.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Mutex;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::client_address::ClientAddress;
use crate::AppState;
use crate::error::{Error, Msg};

/// Requests per address in the current minute.
#[derive(Debug, Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<IpAddr, (i64, u32)>>,
}

impl RateLimiter {
    /// Counts a request; false when `ip` already made `limit` requests this minute.
    pub fn allow(&self, ip: IpAddr, minute: i64, limit: u32) -> bool {
        let Ok(mut windows) = self.windows.lock() else { return true };
        if windows.len() > 100_000 {
            windows.retain(|_, (m, _)| *m == minute);
        }
        let entry = windows.entry(ip).or_insert((minute, 0));
        if entry.0 != minute {
            *entry = (minute, 0);
        }
        entry.1 += 1;
        entry.1 <= limit
    }
}

/// Middleware of the link routes, counting by the client's address (behind a trusted proxy, the
/// one it forwarded).
pub async fn limit_links(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let ip = req.extensions().get::<ClientAddress>().map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0);
    let minute = state.clock.now().timestamp() / 60;
    if state.limiter.allow(ip, minute, state.settings.registration.link_requests_per_minute) {
        next.run(req).await
    } else {
        Error::Throttled(Msg::new("err-too-many-requests")).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_address_and_minute() {
        let l = RateLimiter::default();
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        assert!(l.allow(a, 1, 2) && l.allow(a, 1, 2));
        assert!(!l.allow(a, 1, 2));
        assert!(l.allow(b, 1, 2));
        assert!(l.allow(a, 2, 2), "a new minute starts a new window");
    }
}
