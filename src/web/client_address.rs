//! The client's address, worked out once per request from the peer and, behind a trusted proxy,
//! `X-Forwarded-For` (`server.trusted_proxies`): the rate limits count it and the audit log
//! records it.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::{AppState, audit};

/// The client's address as far as we can believe it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

/// Outermost layer: puts the [`ClientAddress`] in the request and lends it to the audit log.
pub async fn resolve(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    // A value that is not even text is a bad header: ignored like any other.
    let forwarded = req.headers().get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok());
    let client = state.settings.server.trusted_proxies.client_address(peer, forwarded);
    req.extensions_mut().insert(ClientAddress(client));
    audit::with_address(client, next.run(req)).await
}
