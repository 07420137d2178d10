//! Posting one delivery: the endpoint's name resolved and checked, a connection opened to the
//! checked address itself (no second lookup a rebinding DNS server could answer differently),
//! TLS verified by the platform's roots for `https://`, one HTTP/1.1 request, its status read.

use std::net::SocketAddr;
use std::time::Duration;

use axum::body::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::Request;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

use super::address::{EndpointUrl, ResolveError};
use crate::config::WebhookSettings;

/// What became of a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The endpoint answered with this status (2xx is done; anything else is retried).
    Answered(u16),
    /// No answer: the connection, TLS or the request failed or timed out (retried).
    Unreachable(String),
    /// The endpoint's name resolves only to addresses a webhook may not reach (never retried).
    Refused,
}

/// The headers and body of one post.
pub struct Post<'a> {
    /// `Convene-Webhook-Id`: the delivery's id, the same on every attempt.
    pub id: &'a str,
    /// `Convene-Webhook-Timestamp`: Unix seconds of this attempt.
    pub timestamp: i64,
    /// `Convene-Webhook-Signature`.
    pub signature: String,
    /// The JSON body.
    pub body: Vec<u8>,
}

/// Posts `post` to `url`, within `settings.timeout_seconds` for the whole exchange.
pub async fn send(url: &EndpointUrl, post: Post<'_>, settings: &WebhookSettings) -> Outcome {
    let addresses = match url.resolve(settings).await {
        Ok(a) => a,
        Err(ResolveError::Refused) => return Outcome::Refused,
        Err(ResolveError::Lookup(e)) => return Outcome::Unreachable(format!("name lookup failed: {e}")),
    };
    let timeout = Duration::from_secs(settings.timeout_seconds.max(1));
    match tokio::time::timeout(timeout, exchange(url, &addresses, post)).await {
        Ok(Ok(status)) => Outcome::Answered(status),
        Ok(Err(e)) => Outcome::Unreachable(e),
        Err(_) => Outcome::Unreachable(format!("no answer within {} s", timeout.as_secs())),
    }
}

/// Connects to the first of `addresses` that accepts, then sends the request.
async fn exchange(url: &EndpointUrl, addresses: &[SocketAddr], post: Post<'_>) -> Result<u16, String> {
    let mut last = String::from("no address");
    for address in addresses {
        match TcpStream::connect(address).await {
            Ok(stream) => {
                stream.set_nodelay(true).ok();
                return if url.https() {
                    let tls = tls_connect(url, stream).await?;
                    request(url, TokioIo::new(tls), post).await
                } else {
                    request(url, TokioIo::new(stream), post).await
                };
            }
            Err(e) => last = format!("cannot connect to {address}: {e}"),
        }
    }
    Err(last)
}

async fn tls_connect(
    url: &EndpointUrl,
    stream: TcpStream,
) -> Result<tokio_rustls::client::TlsStream<TcpStream>, String> {
    let connector = tokio_rustls::TlsConnector::from(crate::tls::client_config()?);
    let name = rustls::pki_types::ServerName::try_from(url.host().to_owned()).map_err(|e| e.to_string())?;
    connector.connect(name, stream).await.map_err(|e| format!("TLS: {e}"))
}

async fn request<S>(url: &EndpointUrl, io: TokioIo<S>, post: Post<'_>) -> Result<u16, String>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake::<_, Full<Bytes>>(io).await.map_err(|e| e.to_string())?;
    let driver = tokio::spawn(async move {
        connection.await.ok();
    });
    let request = Request::post(url.path_and_query())
        .header(hyper::header::HOST, url.authority())
        .header(hyper::header::CONTENT_TYPE, "application/json")
        .header(hyper::header::USER_AGENT, concat!("Convene-Webhooks/", env!("CARGO_PKG_VERSION")))
        .header("Convene-Webhook-Id", post.id)
        .header("Convene-Webhook-Timestamp", post.timestamp.to_string())
        .header("Convene-Webhook-Signature", post.signature)
        .body(Full::new(Bytes::from(post.body)))
        .map_err(|e| e.to_string())?;
    let answer = sender.send_request(request).await.map_err(|e| e.to_string());
    let status = match answer {
        Ok(response) => {
            let status = response.status().as_u16();
            // Read (and drop) the answer's body, so the receiver sees a clean end.
            response.into_body().collect().await.ok();
            Ok(status)
        }
        Err(e) => Err(e),
    };
    driver.abort();
    status
}
