//! The identity provider as Convene sees it: its discovery document (with its signing keys),
//! fetched when first needed and kept for an hour, so the service starts and serves while the
//! provider is down; and the HTTP client the `openidconnect` crate talks through.

use std::time::{Duration, Instant};

use openidconnect::core::{CoreClient, CoreProviderMetadata};
use openidconnect::{
    ClientId, ClientSecret, EndpointMaybeSet, EndpointNotSet, EndpointSet, HttpRequest, HttpResponse, IssuerUrl,
    RedirectUrl,
};
use tokio::sync::Mutex;

use crate::config::SsoSettings;

/// How long a fetched discovery document (and its keys) is used before it is fetched again.
const KEEP_DISCOVERY: Duration = Duration::from_secs(3600);
/// The longest a call to the provider may take.
const PROVIDER_TIMEOUT: Duration = Duration::from_secs(10);

/// The client of the provider, as the flow needs it (authorisation and token endpoints).
pub type Client =
    CoreClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointMaybeSet, EndpointMaybeSet>;

/// The configured provider: settings, HTTP client, and the discovery document once fetched.
pub struct Provider {
    settings: SsoSettings,
    redirect_url: String,
    http: reqwest::Client,
    discovered: Mutex<Option<(CoreProviderMetadata, Instant)>>,
}

/// Why the provider could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    /// Discovery failed: unreachable, or an answer that is not a discovery document.
    #[error("discovery: {0}")]
    Unreachable(String),
    /// The configured values cannot form a client (a bad URL).
    #[error("configuration: {0}")]
    Config(String),
}

impl Provider {
    /// The provider of `settings`, answering to `public_base_url` (nothing is fetched yet).
    pub fn new(settings: &SsoSettings, public_base_url: &str) -> Result<Self, crate::error::Error> {
        let tls = crate::tls::client_config().map_err(|e| crate::error::Error::Internal(format!("TLS: {e}")))?;
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(rustls::ClientConfig::clone(&tls))
            // A provider's answer never needs a redirect; following one could be led elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(PROVIDER_TIMEOUT)
            .build()
            .map_err(|e| crate::error::Error::Internal(format!("single sign-on HTTP client: {e}")))?;
        Ok(Self {
            settings: settings.clone(),
            redirect_url: format!("{}{}", public_base_url.trim_end_matches('/'), super::CALLBACK_PATH),
            http,
            discovered: Mutex::new(None),
        })
    }

    /// Whether single sign-on is offered.
    pub fn enabled(&self) -> bool {
        self.settings.enabled
    }

    /// Whether staff may also sign in with a password or an admin's one-time link.
    pub fn password_sign_in(&self) -> bool {
        self.settings.password_sign_in || !self.settings.enabled
    }

    /// Whether an address counts only with `email_verified: true`.
    pub fn require_email_verified(&self) -> bool {
        self.settings.require_email_verified
    }

    /// The sign-in button's own text, if one is configured.
    pub fn button_label(&self) -> Option<&str> {
        Some(self.settings.button_label.as_str()).filter(|l| !l.is_empty())
    }

    /// The client over the provider's discovery document, fetching it when none is kept or
    /// `refresh` asks for new keys.
    pub async fn client(&self, refresh: bool) -> Result<Client, ProviderError> {
        let metadata = self.metadata(refresh).await?;
        let secret = Some(self.settings.client_secret.clone()).filter(|s| !s.is_empty()).map(ClientSecret::new);
        let redirect = RedirectUrl::new(self.redirect_url.clone()).map_err(|e| ProviderError::Config(e.to_string()))?;
        Ok(CoreClient::from_provider_metadata(metadata, ClientId::new(self.settings.client_id.clone()), secret)
            .set_redirect_uri(redirect))
    }

    async fn metadata(&self, refresh: bool) -> Result<CoreProviderMetadata, ProviderError> {
        let mut kept = self.discovered.lock().await;
        if let Some((metadata, at)) = kept.as_ref()
            && !refresh
            && at.elapsed() < KEEP_DISCOVERY
        {
            return Ok(metadata.clone());
        }
        let issuer =
            IssuerUrl::new(self.settings.issuer_url.clone()).map_err(|e| ProviderError::Config(e.to_string()))?;
        let http = |request: HttpRequest| send(&self.http, request);
        let metadata = CoreProviderMetadata::discover_async(issuer, &http)
            .await
            .map_err(|e| ProviderError::Unreachable(error_chain(&e)))?;
        *kept = Some((metadata.clone(), Instant::now()));
        Ok(metadata)
    }

    /// Sends one request of the flow (the token exchange) through this provider's client.
    pub(super) fn send(
        &self,
        request: HttpRequest,
    ) -> impl Future<Output = Result<HttpResponse, HttpError>> + Send + Sync + 'static {
        send(&self.http, request)
    }
}

/// A failed call to the provider.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HttpError(String);

/// One request to the provider through reqwest, in the `http` types `openidconnect` speaks.
/// It runs as a task of its own: the crate wants a future it may share between threads.
fn send(
    client: &reqwest::Client,
    request: HttpRequest,
) -> impl Future<Output = Result<HttpResponse, HttpError>> + Send + Sync + 'static {
    let client = client.clone();
    let task = tokio::spawn(async move {
        let (parts, body) = request.into_parts();
        let response = client
            .request(parts.method, parts.uri.to_string())
            .headers(parts.headers)
            .body(body)
            .send()
            .await
            .map_err(|e| HttpError(error_chain(&e)))?;
        let mut answer = HttpResponse::new(Vec::new());
        *answer.status_mut() = response.status();
        *answer.headers_mut() = response.headers().clone();
        *answer.body_mut() = response.bytes().await.map_err(|e| HttpError(error_chain(&e)))?.to_vec();
        Ok(answer)
    });
    async move { task.await.map_err(|e| HttpError(format!("request task: {e}")))? }
}

/// An error with its causes, for the server log (never a token: errors name URLs and kinds).
pub(super) fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
