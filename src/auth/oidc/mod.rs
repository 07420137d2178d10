//! Single sign-on of staff through an OpenID Connect provider (the `openidconnect` crate):
//! discovery kept for an hour ([`provider`]), then the authorisation-code flow with PKCE, its
//! state and nonce in a row used once ([`flow`]), the ID token verified and its verified email
//! matched to an existing staff account. Accounts are never created here.

pub mod flow;
pub mod handlers;
pub mod provider;
pub mod views;

pub use flow::{Callback, Refusal, SignedIn, SsoError, Started, finish, start};
pub use provider::Provider;

/// The path the provider sends the browser back to; register `<public base URL>` + this.
pub const CALLBACK_PATH: &str = "/sign-in/sso/callback";
