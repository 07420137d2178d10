//! Middleware around every request: language and CSRF token, the CSRF check on form posts,
//! error pages (HTML or JSON, mapped once), security headers, and one log line per request.

use std::sync::Arc;
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::header::{ALLOW, CONTENT_TYPE, LOCATION, WWW_AUTHENTICATE};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use subtle::ConstantTimeEq;

use super::cookies::{self, CookieSpec};
use super::errors::{ErrorInfo, default_code, default_message};
use super::extract::{Page, RequestContext};
use super::layout;
use crate::AppState;
use crate::auth::tokens;
use crate::error::Error;
use crate::i18n::{Lang, Tr};

/// Largest form body accepted (forms are small; uploads come with their own limits).
const FORM_LIMIT: usize = 1024 * 1024;

/// The route template, carried out of the router for the log line (never the raw path,
/// which may hold a token).
#[derive(Clone)]
struct RouteName(String);

/// Inner layer: remembers which route matched.
pub async fn remember_route(req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map(|m| m.as_str().to_owned());
    let mut response = next.run(req).await;
    if let Some(route) = route {
        response.extensions_mut().insert(RouteName(route));
    }
    response
}

/// Marks a page with no form to post: it sets no CSRF cookie (a link page opened by a mail
/// scanner, or by someone it was forwarded to, leaves nothing behind).
#[derive(Debug, Clone, Copy)]
pub struct WithoutForm;

/// Outer layer: context, CSRF, error rendering, headers, logging.
pub async fn around_request(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let _in_flight = state.load.enter();
    let started = Instant::now();
    let method = req.method().clone();
    let path_and_query = req.uri().path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_else(|| "/".into());
    let is_api = req.uri().path().starts_with("/api/");
    let headers = req.headers();
    let jar = CookieJar::from_headers(headers);
    let chosen = cookies::value(&jar, cookies::LANG).and_then(Lang::from_tag);
    let lang = chosen
        .or_else(|| headers.get("accept-language").and_then(|v| v.to_str().ok()).and_then(Lang::from_accept_language))
        .unwrap_or_default();
    let signed_in = cookies::value(&jar, cookies::SESSION).is_some();
    let existing_csrf = cookies::value(&jar, cookies::CSRF).filter(|t| tokens::well_formed(t)).map(str::to_owned);
    let (csrf, new_csrf) = match existing_csrf {
        Some(t) => (t, false),
        None => match tokens::generate() {
            Ok(t) => (t, true),
            Err(e) => return e.into_response(),
        },
    };
    req.extensions_mut().insert(RequestContext { lang, chosen: chosen.is_some(), csrf: csrf.clone() });

    let unsafe_method = !matches!(method, Method::GET | Method::HEAD | Method::OPTIONS);
    let mut response = if unsafe_method && !is_api {
        let probe = method_probe(&req);
        match check_csrf(req, &csrf, new_csrf).await {
            Ok(req) => next.run(req).await,
            Err(e) => refuse_unchecked(next, probe, &method, e).await,
        }
    } else {
        next.run(req).await
    };

    let status = response.status();
    if unsafe_method && !status.is_client_error() && !status.is_server_error() {
        // Whatever changed, this instance's cached public pages may now be stale.
        state.page_cache.clear();
    }
    if status.is_client_error() || status.is_server_error() {
        response = render_error(response, lang, &csrf, is_api, &path_and_query, &method, signed_in).await;
    }
    if new_csrf && !is_api && response.extensions().get::<WithoutForm>().is_none() {
        let spec = CookieSpec { http_only: true, secure: state.settings.security.secure_cookies, max_age: None };
        response = (CookieJar::new().add(cookies::cookie(cookies::CSRF, csrf, spec)), response).into_response();
    }
    security_headers(&mut response, is_api);

    let route = response.extensions().get::<RouteName>().map(|r| r.0.as_str()).unwrap_or("(none)");
    tracing::info!(
        http.method = %method,
        http.route = route,
        http.status = response.status().as_u16(),
        duration_ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    response
}

/// A body-less copy of a request under a method no route takes, to learn from the router
/// which methods the path allows without running any handler.
fn method_probe(req: &Request) -> Request {
    let mut probe = Request::new(Body::empty());
    *probe.method_mut() = Method::from_bytes(b"PROBE").unwrap_or(Method::TRACE);
    *probe.uri_mut() = req.uri().clone();
    if let Some(ctx) = req.extensions().get::<RequestContext>() {
        probe.extensions_mut().insert(ctx.clone());
    }
    probe
}

/// A request that failed the CSRF check is refused with 403 only where the route takes its
/// method; elsewhere the router's own answer stands (405 with `Allow`, or 404), so TRACE or
/// a POST to a page that takes none is "method not allowed", not a CSRF failure.
async fn refuse_unchecked(next: Next, probe: Request, method: &Method, csrf_error: Error) -> Response {
    let answer = next.run(probe).await;
    if answer.status() != StatusCode::METHOD_NOT_ALLOWED {
        return if answer.status() == StatusCode::NOT_FOUND { answer } else { csrf_error.into_response() };
    }
    let allowed = answer
        .headers()
        .get(ALLOW)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|list| list.split(',').any(|m| m.trim() == method.as_str()));
    if allowed { csrf_error.into_response() } else { answer }
}

/// Double-submit check: the form's `csrf` field (or `X-CSRF-Token` header) must equal the
/// cookie. Cross-site pages can neither read the cookie nor set it.
async fn check_csrf(req: Request, cookie_token: &str, cookie_is_new: bool) -> Result<Request, Error> {
    if cookie_is_new {
        return Err(Error::Csrf);
    }
    // Multipart forms (uploads) carry the token in their action's query string.
    let query_token = req.uri().query().and_then(|q| {
        serde_urlencoded::from_str::<Vec<(String, String)>>(q)
            .ok()?
            .into_iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v)
    });
    let header_token =
        req.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()).map(str::to_owned).or(query_token);
    let is_form = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let matches = |given: &str| -> bool { given.as_bytes().ct_eq(cookie_token.as_bytes()).into() };
    if !is_form {
        // Other bodies (uploads) are left to their handlers' own limits.
        return if header_token.as_deref().is_some_and(matches) { Ok(req) } else { Err(Error::Csrf) };
    }
    let (parts, body) = req.into_parts();
    let bytes: Bytes = axum::body::to_bytes(body, FORM_LIMIT).await.map_err(|_| Error::Csrf)?;
    let form_token = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
        .ok()
        .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v));
    let given = form_token.or(header_token).ok_or(Error::Csrf)?;
    if matches(&given) { Ok(Request::from_parts(parts, Body::from(bytes))) } else { Err(Error::Csrf) }
}

async fn render_error(
    response: Response,
    lang: Lang,
    csrf: &str,
    is_api: bool,
    path: &str,
    method: &Method,
    signed_in: bool,
) -> Response {
    let status = response.status();
    let info = response.extensions().get::<Arc<ErrorInfo>>().cloned();
    let content_type = response.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    // Pages and JSON the handlers rendered themselves (e.g. a form with its errors) stay.
    if info.is_none() && (content_type.starts_with("text/html") || content_type.starts_with("application/json")) {
        return response;
    }
    let route = response.extensions().get::<RouteName>().cloned();
    // A 405 keeps the methods the route takes (RFC 9110).
    let allow = response.headers().get(ALLOW).cloned();
    let detail = if info.is_none() {
        let bytes = axum::body::to_bytes(response.into_body(), 64 * 1024).await.unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        String::new()
    };
    let tr = Tr(lang);
    let code = info.as_ref().map(|i| i.code).unwrap_or_else(|| default_code(status));
    let message = info
        .as_ref()
        .and_then(|i| i.message.as_ref())
        .map(|m| tr.msg(m))
        .unwrap_or_else(|| tr.t(default_message(status)));
    let fields: Vec<(String, String)> = info
        .as_ref()
        .map(|i| i.fields.0.iter().map(|f| (f.field.to_owned(), tr.msg(&f.message))).collect())
        .unwrap_or_default();

    let mut out = if is_api {
        let mut body = serde_json::json!({ "error": code, "message": message });
        if !fields.is_empty() {
            body["fields"] = fields.iter().map(|(f, m)| serde_json::json!({ "field": f, "message": m })).collect();
        } else if !detail.is_empty() && status.is_client_error() {
            body["detail"] = serde_json::Value::String(detail);
        }
        let mut r = (status, axum::Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        r
    } else if status == StatusCode::UNAUTHORIZED {
        let next = if *method == Method::GET { path.to_owned() } else { "/organiser".to_owned() };
        // Donor contacts sign in by emailed link, not on the staff page.
        let to = if path.starts_with("/donor") {
            "/donor/sign-in".to_owned()
        } else {
            format!("/sign-in?{}", serde_urlencoded::to_string([("next", next.as_str())]).unwrap_or_default())
        };
        let mut r = StatusCode::SEE_OTHER.into_response();
        if let Ok(v) = HeaderValue::from_str(&to) {
            r.headers_mut().insert(LOCATION, v);
        }
        r
    } else {
        let page = Page { tr, csrf: csrf.to_owned(), staff: None, path: path.to_owned(), chosen: false };
        (status, layout::error_page(&page, status.as_u16(), &message, &fields, signed_in)).into_response()
    };
    if let Some(route) = route {
        out.extensions_mut().insert(route);
    }
    if let Some(allow) = allow {
        out.headers_mut().insert(ALLOW, allow);
    }
    out
}

fn security_headers(response: &mut Response, is_api: bool) {
    let h = response.headers_mut();
    let mut set = |name: &'static str, value: &'static str| {
        h.entry(HeaderName::from_static(name)).or_insert(HeaderValue::from_static(value));
    };
    set("x-content-type-options", "nosniff");
    // Links carry tokens: never leak the URL to another site.
    set("referrer-policy", "same-origin");
    if !is_api {
        set("x-frame-options", "DENY");
        set(
            "content-security-policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        );
    }
}
