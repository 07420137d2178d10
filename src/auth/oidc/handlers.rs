//! Single sign-on pages: the start (a form's POST, so a link cannot start one) and the
//! provider's callback.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use serde::Deserialize;

use super::{Callback, Refusal, SsoError, views};
use crate::AppState;
use crate::auth::handlers::session_cookie;
use crate::error::Error;
use crate::web::cookies::{self, CookieSpec};
use crate::web::extract::{Origin, Page};
use crate::web::{safe_next, see_other};

/// The cookie that ties the provider's answer to the browser that started the sign-in.
const STATE_COOKIE: &str = "convene_sso";

/// The start form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StartForm {
    next: String,
}

fn state_cookie(state: &AppState, value: String, max_age: i64) -> axum_extra::extract::cookie::Cookie<'static> {
    let spec = CookieSpec { http_only: true, secure: state.settings.security.secure_cookies, max_age: Some(max_age) };
    cookies::cookie(STATE_COOKIE, value, spec)
}

fn refusal_page(page: &Page, refusal: &Refusal) -> Response {
    let status = match refusal {
        Refusal::Unreachable => StatusCode::SERVICE_UNAVAILABLE,
        Refusal::BadState => StatusCode::BAD_REQUEST,
        _ => StatusCode::FORBIDDEN,
    };
    (status, views::refused(page, &refusal.message())).into_response()
}

/// `POST /sign-in/sso`: records the request and sends the browser to the provider.
pub async fn start(
    State(state): State<AppState>,
    page: Page,
    jar: CookieJar,
    Form(form): Form<StartForm>,
) -> Result<Response, Error> {
    if !state.sso.enabled() {
        return Err(Error::NotFound);
    }
    let next = safe_next(Some(&form.next), "/organiser");
    match super::start(&state.db, &state.sso, &next, state.clock.now()).await {
        Ok(started) => {
            let cookie = state_cookie(&state, started.state, super::flow::REQUEST_MINUTES * 60);
            Ok((jar.add(cookie), see_other(&started.authorize_url)).into_response())
        }
        Err(SsoError::Refused(refusal)) => Ok(refusal_page(&page, &refusal)),
        Err(SsoError::Other(e)) => Err(e),
    }
}

/// `GET /sign-in/sso/callback`: the provider's answer; signs in or shows why not.
pub async fn callback(
    State(state): State<AppState>,
    page: Page,
    jar: CookieJar,
    origin: Origin,
    Query(answer): Query<Callback>,
) -> Result<Response, Error> {
    if !state.sso.enabled() {
        return Err(Error::NotFound);
    }
    let browser_state = cookies::value(&jar, STATE_COOKIE).map(str::to_owned);
    let now = state.clock.now();
    // The state cookie goes once its request is used; an answer with a wrong state leaves it,
    // so a forged answer cannot spoil the person's own sign-in.
    let done = jar.clone().add(state_cookie(&state, String::new(), 0));
    match super::finish(
        &state.db,
        &state.sso,
        &state.settings.security,
        &answer,
        browser_state.as_deref(),
        &origin.0,
        now,
    )
    .await
    {
        Ok(signed_in) => {
            Ok((done.add(session_cookie(&state, signed_in.session)), see_other(&signed_in.next)).into_response())
        }
        Err(SsoError::Refused(Refusal::BadState)) => Ok((jar, refusal_page(&page, &Refusal::BadState)).into_response()),
        Err(SsoError::Refused(refusal)) => Ok((done, refusal_page(&page, &refusal)).into_response()),
        Err(SsoError::Other(e)) => Err(e),
    }
}
