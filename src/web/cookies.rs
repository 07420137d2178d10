//! Reading and writing the few cookies Convene uses.

use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue};

/// Staff session token.
pub const SESSION: &str = "convene_session";
/// Double-submit CSRF token.
pub const CSRF: &str = "convene_csrf";
/// Chosen interface language.
pub const LANG: &str = "convene_lang";

/// The value of cookie `name` in the request headers.
pub fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Options of a cookie written by Convene.
#[derive(Debug, Clone, Copy)]
pub struct CookieSpec {
    /// Hidden from scripts.
    pub http_only: bool,
    /// HTTPS only.
    pub secure: bool,
    /// Lifetime in seconds; `None` for a browser-session cookie, `Some(0)` to delete.
    pub max_age: Option<i64>,
}

/// Appends a `Set-Cookie` header (always `Path=/; SameSite=Lax`).
pub fn set(headers: &mut HeaderMap, name: &str, value: &str, spec: CookieSpec) {
    let mut cookie = format!("{name}={value}; Path=/; SameSite=Lax");
    if spec.http_only {
        cookie.push_str("; HttpOnly");
    }
    if spec.secure {
        cookie.push_str("; Secure");
    }
    if let Some(age) = spec.max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        headers.append(SET_COOKIE, v);
    }
}
