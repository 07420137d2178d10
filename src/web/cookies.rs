//! The few cookies Convene uses, read from and written to axum-extra's [`CookieJar`].

use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

/// Staff session token.
pub const SESSION: &str = "convene_session";
/// Double-submit CSRF token.
pub const CSRF: &str = "convene_csrf";
/// Chosen interface language.
pub const LANG: &str = "convene_lang";
/// A password sign-in waiting for its second step (two-factor).
pub const PENDING_SIGN_IN: &str = "convene_sign_in";

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

/// A cookie as Convene writes it: always `Path=/` and `SameSite=Lax`.
pub fn cookie(name: &'static str, value: impl Into<String>, spec: CookieSpec) -> Cookie<'static> {
    let mut built = Cookie::build((name, value.into()))
        .path("/")
        .same_site(SameSite::Lax)
        .http_only(spec.http_only)
        .secure(spec.secure);
    if let Some(age) = spec.max_age {
        built = built.max_age(cookie::time::Duration::seconds(age));
    }
    built.build()
}

/// The value of cookie `name` in `jar`.
pub fn value<'a>(jar: &'a CookieJar, name: &str) -> Option<&'a str> {
    jar.get(name).map(Cookie::value)
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderMap;
    use axum::http::header::{COOKIE, SET_COOKIE};
    use axum::response::IntoResponse;

    use super::*;

    fn set_cookie(c: Cookie<'static>) -> String {
        let response = CookieJar::new().add(c).into_response();
        response.headers()[SET_COOKIE].to_str().unwrap().to_owned()
    }

    #[test]
    fn cookies_carry_the_same_attributes_as_before() {
        let spec = CookieSpec { http_only: true, secure: true, max_age: Some(3600) };
        assert_eq!(
            set_cookie(cookie(SESSION, "abc", spec)),
            "convene_session=abc; HttpOnly; SameSite=Lax; Secure; Path=/; Max-Age=3600"
        );
        let spec = CookieSpec { http_only: true, secure: false, max_age: None };
        assert_eq!(set_cookie(cookie(CSRF, "t", spec)), "convene_csrf=t; HttpOnly; SameSite=Lax; Path=/");
        let spec = CookieSpec { http_only: true, secure: false, max_age: Some(0) };
        assert_eq!(
            set_cookie(cookie(SESSION, "", spec)),
            "convene_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0"
        );
    }

    #[test]
    fn a_cookie_is_read_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, "a=1; convene_lang=fr;convene_session=s3cr3t".parse().unwrap());
        let jar = CookieJar::from_headers(&headers);
        assert_eq!(value(&jar, LANG), Some("fr"));
        assert_eq!(value(&jar, SESSION), Some("s3cr3t"));
        assert_eq!(value(&jar, CSRF), None);
    }
}
