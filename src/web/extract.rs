//! Extractors: the page context (language, CSRF token, signed-in staff), staff and admin
//! guards, API bearer authentication, ids in the path and JSON bodies whose errors name the
//! field.

use axum::extract::{FromRequest, FromRequestParts, OptionalFromRequestParts, Path, Request};
use axum::http::Method;
use axum::http::header::{AUTHORIZATION, USER_AGENT};
use axum::http::request::Parts;
use axum_extra::extract::cookie::CookieJar;
use serde::de::DeserializeOwned;

use super::client_address::ClientAddress;
use super::cookies;
use crate::AppState;
use crate::auth::{StaffUser, rules};
use crate::donors::DonorContact;
use crate::donors::access as donor_access;
use crate::error::{Error, FieldErrors, Msg};
use crate::i18n::{Lang, Tr};

/// Per-request facts the middleware works out before any handler runs.
#[derive(Debug, Clone)]
pub struct RequestContext {
    /// Interface language.
    pub lang: Lang,
    /// Whether the visitor chose the language with the switch (it then wins over a person's own).
    pub chosen: bool,
    /// This browser's CSRF token (from its cookie, or new).
    pub csrf: String,
}

/// Everything a page view needs besides its own data.
#[derive(Debug, Clone)]
pub struct Page {
    /// Translator in the reader's language.
    pub tr: Tr,
    /// CSRF token for forms.
    pub csrf: String,
    /// The signed-in staff member, if any.
    pub staff: Option<StaffUser>,
    /// The request path and query (for the language switch and sign-in return).
    pub path: String,
    /// Whether the visitor chose the language with the switch.
    pub chosen: bool,
}

impl Page {
    /// The page in a person's own language (the code stored on their invitation, registration
    /// or contact), unless the visitor chose one with the switch; an unknown code changes
    /// nothing.
    pub fn speaking(mut self, language: &str) -> Self {
        if let (false, Some(lang)) = (self.chosen, Lang::from_tag(language)) {
            self.tr = Tr(lang);
        }
        self
    }
}

/// The session token in the request, if any.
pub fn session_token(parts: &Parts) -> Option<String> {
    cookies::value(&CookieJar::from_headers(&parts.headers), cookies::SESSION).map(str::to_owned)
}

async fn load_staff(parts: &mut Parts, state: &AppState) -> Result<Option<StaffUser>, Error> {
    if let Some(cached) = parts.extensions.get::<Option<StaffUser>>() {
        return Ok(cached.clone());
    }
    let staff = match session_token(parts) {
        Some(token) => rules::session_user(&state.db, &token, state.clock.now()).await?,
        None => None,
    };
    parts.extensions.insert(staff.clone());
    Ok(staff)
}

impl FromRequestParts<AppState> for Page {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let ctx = parts.extensions.get::<RequestContext>().cloned().unwrap_or_else(|| RequestContext {
            lang: Lang::En,
            chosen: false,
            csrf: String::new(),
        });
        let staff = load_staff(parts, state).await?;
        let path = parts.uri.path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_else(|| "/".into());
        Ok(Page { tr: Tr(ctx.lang), csrf: ctx.csrf, staff, path, chosen: ctx.chosen })
    }
}

/// A donor contact's session is no staff session: a browser that holds one and no staff session
/// is refused (403) on staff routes rather than sent to the staff sign-in.
fn refuse_donor(parts: &Parts) -> Error {
    if cookies::value(&CookieJar::from_headers(&parts.headers), crate::donors::access::COOKIE).is_some() {
        Error::Forbidden
    } else {
        Error::Unauthenticated
    }
}

/// A signed-in staff member (admin or organiser); otherwise sign-in is required. Check-in
/// staff get 403: they may use only the check-in desk ([`DeskStaff`]) and their own password.
#[derive(Debug, Clone)]
pub struct Staff(pub StaffUser);

impl FromRequestParts<AppState> for Staff {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        match load_staff(parts, state).await? {
            Some(user) if user.is_checkin_only() => Err(Error::Forbidden),
            Some(user) => Ok(Staff(user)),
            None => Err(refuse_donor(parts)),
        }
    }
}

/// Any signed-in staff member, check-in staff included: for the check-in desk (whose rules
/// check the event) and the account's own password.
#[derive(Debug, Clone)]
pub struct DeskStaff(pub StaffUser);

impl FromRequestParts<AppState> for DeskStaff {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        match load_staff(parts, state).await? {
            Some(user) => Ok(DeskStaff(user)),
            None => Err(refuse_donor(parts)),
        }
    }
}

/// A signed-in admin; organisers get 403.
#[derive(Debug, Clone)]
pub struct Admin(pub StaffUser);

impl FromRequestParts<AppState> for Admin {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let Staff(user) = <Staff as FromRequestParts<AppState>>::from_request_parts(parts, state).await?;
        if user.is_admin() { Ok(Admin(user)) } else { Err(Error::Forbidden) }
    }
}

/// The caller of the JSON API, authenticated by `Authorization: Bearer <token>` only
/// (cookies are ignored there, so the API needs no CSRF token). Check-in staff get 403, and so
/// does a token whose scopes do not cover the request (`read` for GET, `write` otherwise).
#[derive(Debug, Clone)]
pub struct ApiCaller(pub StaffUser);

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let user = api_caller(parts, state, false).await?;
        if user.is_checkin_only() { Err(Error::Forbidden) } else { Ok(ApiCaller(user)) }
    }
}

/// Any caller of the JSON API, check-in staff included: the check-in routes, which a token
/// with the `checkin` scope reaches whatever the method.
#[derive(Debug, Clone)]
pub struct DeskApiCaller(pub StaffUser);

impl FromRequestParts<AppState> for DeskApiCaller {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        api_caller(parts, state, true).await.map(DeskApiCaller)
    }
}

/// The one place API tokens are checked: live, not expired (else 401), and scoped for this
/// request's method on this kind of route (else 403).
async fn api_caller(parts: &Parts, state: &AppState, checkin_route: bool) -> Result<StaffUser, Error> {
    let token = parts
        .headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .ok_or_else(|| refuse_donor(parts))?;
    let caller = rules::api_user(&state.db, &state.api_callers, token, state.clock.now())
        .await?
        .ok_or(Error::Unauthenticated)?;
    let reads_only = matches!(parts.method, Method::GET | Method::HEAD);
    if caller.scopes.allow(reads_only, checkin_route) { Ok(caller.staff) } else { Err(Error::Forbidden) }
}

impl OptionalFromRequestParts<AppState> for Staff {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Self>, Error> {
        Ok(load_staff(parts, state).await?.map(Staff))
    }
}

/// Where a new staff session comes from: the browser and the client's address.
#[derive(Debug, Clone)]
pub struct Origin(pub rules::SessionOrigin);

impl<S: Send + Sync> FromRequestParts<S> for Origin {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Error> {
        let user_agent = parts.headers.get(USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let address = parts.extensions.get::<ClientAddress>().map(|c| c.0.to_string());
        Ok(Origin(rules::SessionOrigin { user_agent, address }))
    }
}

/// Parses a path id; anything that is not a positive number is simply not found.
pub fn parse_id(raw: &str) -> Result<i32, Error> {
    raw.parse::<i32>().ok().filter(|n| *n > 0).ok_or(Error::NotFound)
}

/// The one id in the path (`/organiser/events/{id}`): a malformed id is not found (404),
/// like an id no record has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathId(pub i32);

impl<S: Send + Sync> FromRequestParts<S> for PathId {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Error> {
        let Path(raw) = <Path<String> as FromRequestParts<S>>::from_request_parts(parts, state)
            .await
            .map_err(|_| Error::NotFound)?;
        parse_id(&raw).map(PathId)
    }
}

/// The two ids in the path, in their order (`/organiser/donors/{id}/contacts/{contact_id}`);
/// either malformed is not found (404).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathIds(pub i32, pub i32);

impl<S: Send + Sync> FromRequestParts<S> for PathIds {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Error> {
        let Path((first, second)) = <Path<(String, String)> as FromRequestParts<S>>::from_request_parts(parts, state)
            .await
            .map_err(|_| Error::NotFound)?;
        Ok(PathIds(parse_id(&first)?, parse_id(&second)?))
    }
}

/// A JSON object body; a malformed body, or JSON that is not an object (every request body
/// of the API is one), is a 422 naming `body` and the reason.
#[derive(Debug, Clone)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &S) -> Result<Self, Error> {
        let invalid = |reason: String| FieldErrors::single("body", Msg::new("err-json").arg("reason", reason));
        let value = match axum::Json::<serde_json::Value>::from_request(req, state).await {
            Ok(axum::Json(v)) => v,
            Err(rejection) => return Err(invalid(rejection.body_text())),
        };
        // serde would read a struct from an array too, field by field in order.
        if !value.is_object() {
            return Err(invalid("expected a JSON object".to_owned()));
        }
        serde_json::from_value(whole_numbers(value)).map(ApiJson).map_err(|e| invalid(e.to_string()))
    }
}

/// JSON (and JSON Schema's `integer`) does not tell `16` from `16.0`; serde does, so a number
/// without a fractional part is read as the whole number it is.
fn whole_numbers(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Number(n) if n.is_f64() => match n.as_f64() {
            // Within ±2^53 an f64 holds every whole number exactly.
            Some(f) if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 => Value::from(f as i64),
            _ => Value::Number(n),
        },
        Value::Array(items) => Value::Array(items.into_iter().map(whole_numbers).collect()),
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, whole_numbers(v))).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_id;
    use crate::error::Error;

    #[test]
    fn only_positive_whole_numbers_are_ids() {
        assert_eq!(parse_id("42").ok(), Some(42));
        for bad in ["0", "-3", "4.0", "abc", "", " 7", "99999999999"] {
            assert!(matches!(parse_id(bad), Err(Error::NotFound)), "{bad:?}");
        }
    }
}

/// A signed-in donor contact (from the donor session cookie only).
#[derive(Debug, Clone)]
pub struct Donor(pub DonorContact);

impl FromRequestParts<AppState> for Donor {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let jar = CookieJar::from_headers(&parts.headers);
        let token = cookies::value(&jar, donor_access::COOKIE).ok_or(Error::Unauthenticated)?.to_owned();
        donor_access::session_contact(&state.db.read, &token, state.clock.now())
            .await?
            .map(Donor)
            .ok_or(Error::Unauthenticated)
    }
}
