//! The rules of a single sign-on: [`start`] records the request and gives the provider's
//! authorisation URL; [`finish`] takes the provider's answer once, exchanges the code, verifies
//! the ID token, and opens a session for the staff account with the verified address.

use chrono::{DateTime, Duration, Utc};
use openidconnect::core::CoreAuthenticationFlow;
use openidconnect::{
    AuthorizationCode, ClaimsVerificationError, CsrfToken, HttpRequest, Nonce, PkceCodeChallenge, PkceCodeVerifier,
    Scope, TokenResponse,
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

use super::provider::{Provider, ProviderError, error_chain};
use crate::audit::{self, Actor, Change};
use crate::auth::{rules, tokens};
use crate::config::SecuritySettings;
use crate::db::Db;
use crate::domain::Email;
use crate::entities::{sso_request, user};
use crate::error::{Error, Msg};

/// How long the provider has to send the person back.
pub const REQUEST_MINUTES: i64 = 10;

/// A started sign-in: where to send the browser, and the state its cookie keeps.
#[derive(Debug)]
pub struct Started {
    /// The provider's authorisation URL.
    pub authorize_url: String,
    /// The state, also set as a cookie: the answer must come back to this browser.
    pub state: String,
}

/// The provider's answer on the callback URL.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct Callback {
    /// The authorisation code.
    pub code: Option<String>,
    /// The state we sent.
    pub state: Option<String>,
    /// An error the provider reports (e.g. `access_denied`).
    pub error: Option<String>,
}

/// A finished sign-in: the session token and where to go.
#[derive(Debug)]
pub struct SignedIn {
    /// The new session's token (for the cookie).
    pub session: String,
    /// The page the person started from.
    pub next: String,
}

/// Why a single sign-on was refused, each with its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The provider cannot be reached (or answers no discovery document).
    Unreachable,
    /// The state is unknown, used, expired, or not this browser's.
    BadState,
    /// The provider refused, or its answer did not verify.
    Provider,
    /// No email, or one the provider does not call verified.
    Unverified,
    /// No staff account has this address.
    NoAccount(String),
    /// The account with this address is disabled.
    Disabled,
}

impl Refusal {
    /// The sentence shown.
    pub fn message(&self) -> Msg {
        match self {
            Self::Unreachable => Msg::new("err-sso-unreachable"),
            Self::BadState => Msg::new("err-sso-state"),
            Self::Provider => Msg::new("err-sso-provider"),
            Self::Unverified => Msg::new("err-sso-unverified"),
            Self::NoAccount(email) => Msg::new("err-sso-no-account").arg("email", email),
            Self::Disabled => Msg::new("err-user-disabled"),
        }
    }

    fn reason(&self) -> &'static str {
        match self {
            Self::Unreachable => "unreachable",
            Self::BadState => "bad_state",
            Self::Provider => "provider",
            Self::Unverified => "unverified",
            Self::NoAccount(_) => "no_account",
            Self::Disabled => "disabled",
        }
    }
}

/// A refusal, or a failure of our own.
#[derive(Debug)]
pub enum SsoError {
    /// Refused, with the reason shown to the person.
    Refused(Refusal),
    /// Anything else (database, randomness).
    Other(Error),
}

impl From<Error> for SsoError {
    fn from(e: Error) -> Self {
        Self::Other(e)
    }
}

impl From<sea_orm::DbErr> for SsoError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Other(e.into())
    }
}

fn refused<T>(refusal: Refusal) -> Result<T, SsoError> {
    Err(SsoError::Refused(refusal))
}

fn unreachable(error: ProviderError) -> SsoError {
    tracing::warn!(sso.error = %error, "single sign-on: the identity provider is not usable");
    SsoError::Refused(Refusal::Unreachable)
}

/// Starts a sign-in: records state, nonce and PKCE verifier for [`REQUEST_MINUTES`] and gives
/// the provider's authorisation URL. Expired requests of anyone are cleared on the way.
pub async fn start(db: &Db, provider: &Provider, next: &str, now: DateTime<Utc>) -> Result<Started, SsoError> {
    let client = provider.client(false).await.map_err(unreachable)?;
    let state = tokens::generate()?;
    let nonce = tokens::generate()?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, _, _) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            {
                let state = state.clone();
                move || CsrfToken::new(state)
            },
            {
                let nonce = nonce.clone();
                move || Nonce::new(nonce)
            },
        )
        .add_scope(Scope::new("email".to_owned()))
        .set_pkce_challenge(challenge)
        .url();
    let txn = db.write.begin().await?;
    sso_request::Entity::delete_many().filter(sso_request::Column::ExpiresAt.lte(now)).exec(&txn).await?;
    sso_request::ActiveModel {
        state_hash: Set(tokens::hash(&state)),
        nonce: Set(nonce),
        pkce_verifier: Set(verifier.secret().clone()),
        next_path: Set(next.to_owned()),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(REQUEST_MINUTES)),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(Started { authorize_url: url.to_string(), state })
}

/// Takes the request the callback names, once: it must be live and this browser's.
async fn take_request(
    db: &Db,
    state: Option<&str>,
    browser_state: Option<&str>,
    now: DateTime<Utc>,
) -> Result<sso_request::Model, SsoError> {
    let (Some(state), Some(browser)) = (state, browser_state) else { return refused(Refusal::BadState) };
    if !tokens::well_formed(state) || tokens::hash(state) != tokens::hash(browser) {
        return refused(Refusal::BadState);
    }
    let hash = tokens::hash(state);
    let txn = db.write.begin().await?;
    let Some(request) = sso_request::Entity::find_by_id(hash.clone()).one(&txn).await? else {
        return refused(Refusal::BadState);
    };
    // Deleted by a conditional statement, so two answers with the same state cannot both pass.
    let taken = sso_request::Entity::delete_many()
        .filter(sso_request::Column::StateHash.eq(hash))
        .filter(sso_request::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    if taken.rows_affected != 1 {
        return refused(Refusal::BadState);
    }
    Ok(request)
}

/// Finishes a sign-in from the provider's answer; `browser_state` is the state cookie. Each
/// outcome after the state check is in the audit log (refusals with their reason).
pub async fn finish(
    db: &Db,
    provider: &Provider,
    security: &SecuritySettings,
    callback: &Callback,
    browser_state: Option<&str>,
    origin: &rules::SessionOrigin,
    now: DateTime<Utc>,
) -> Result<SignedIn, SsoError> {
    if let Some(error) = &callback.error {
        // The provider refused (the person cancelled, or it rejected us): its answer may carry
        // no state; a request it names is used up all the same.
        tracing::info!(sso.provider_error = %error, "single sign-on: the provider refused");
        match take_request(db, callback.state.as_deref(), browser_state, now).await {
            Ok(_) | Err(SsoError::Refused(_)) => return refused(Refusal::Provider),
            Err(other) => return Err(other),
        }
    }
    let request = take_request(db, callback.state.as_deref(), browser_state, now).await?;
    let outcome = verified_email(provider, callback, &request).await;
    let email = match outcome {
        Ok(email) => email,
        Err(SsoError::Refused(refusal)) => return refuse(db, None, "sso", refusal, now).await,
        Err(other) => return Err(other),
    };
    let account = user::Entity::find().filter(user::Column::Email.eq(email.as_str())).one(&db.read).await?;
    let account = match account {
        None => return refuse(db, None, email.as_str(), Refusal::NoAccount(email.as_str().to_owned()), now).await,
        Some(a) if a.disabled_at.is_some() => return refuse(db, Some(a.id), &a.email, Refusal::Disabled, now).await,
        Some(a) => a,
    };
    let txn = db.write.begin().await?;
    let session = rules::open_session(&txn, account.id, now, security.session_hours, origin).await?;
    audit::record(
        &txn,
        &Actor { user_id: Some(account.id), label: account.email.clone() },
        now,
        Change::new::<()>("user.sign_in_sso", "user", account.id, None, None),
    )
    .await?;
    txn.commit().await?;
    tracing::info!(user.id = account.id, "single sign-on: signed in");
    Ok(SignedIn { session, next: request.next_path })
}

/// Records a refusal in the audit log (who the provider said, if anyone, and why), then refuses.
async fn refuse<T>(
    db: &Db,
    user_id: Option<i32>,
    label: &str,
    refusal: Refusal,
    now: DateTime<Utc>,
) -> Result<T, SsoError> {
    #[derive(serde::Serialize)]
    struct Why {
        reason: &'static str,
    }
    let why = Why { reason: refusal.reason() };
    let id = user_id.map(|id| id.to_string()).unwrap_or_default();
    audit::record(
        &db.write,
        &Actor { user_id, label: label.to_owned() },
        now,
        Change::new("user.sign_in_sso_refused", "user", id, None, Some(&why)),
    )
    .await?;
    tracing::info!(sso.refusal = why.reason, "single sign-on: refused");
    refused(refusal)
}

/// Exchanges the code and verifies the ID token (signature, issuer, audience, expiry, nonce);
/// gives its email if the provider calls it verified.
async fn verified_email(
    provider: &Provider,
    callback: &Callback,
    request: &sso_request::Model,
) -> Result<Email, SsoError> {
    let Some(code) = callback.code.clone() else { return refused(Refusal::Provider) };
    let client = provider.client(false).await.map_err(unreachable)?;
    let http = |r: HttpRequest| provider.send(r);
    let exchange = client.exchange_code(AuthorizationCode::new(code)).map_err(|e| {
        tracing::warn!(sso.error = %e, "single sign-on: the provider has no token endpoint");
        SsoError::Refused(Refusal::Unreachable)
    })?;
    let tokens = exchange
        .set_pkce_verifier(PkceCodeVerifier::new(request.pkce_verifier.clone()))
        .request_async(&http)
        .await
        .map_err(|e| {
            tracing::warn!(sso.error = %error_chain(&e), "single sign-on: the code exchange failed");
            SsoError::Refused(Refusal::Provider)
        })?;
    let Some(id_token) = tokens.id_token() else { return refused(Refusal::Provider) };
    let nonce = Nonce::new(request.nonce.clone());
    let claims = match id_token.claims(&client.id_token_verifier(), &nonce) {
        Ok(claims) => claims.clone(),
        // The provider may have rotated its keys since discovery: fetch them once more.
        Err(ClaimsVerificationError::SignatureVerification(_)) => {
            let fresh = provider.client(true).await.map_err(unreachable)?;
            id_token.claims(&fresh.id_token_verifier(), &nonce).map_err(bad_token)?.clone()
        }
        Err(e) => return Err(bad_token(e)),
    };
    let verified = claims.email_verified() == Some(true) || !provider.require_email_verified();
    let (Some(email), true) = (claims.email(), verified) else {
        return refused(Refusal::Unverified);
    };
    Email::parse(email.as_str()).or_else(|_| refused(Refusal::Unverified))
}

fn bad_token(error: ClaimsVerificationError) -> SsoError {
    tracing::warn!(sso.error = %error, "single sign-on: the ID token did not verify");
    SsoError::Refused(Refusal::Provider)
}
