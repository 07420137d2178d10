//! Staff sign-in pages: password sign-in, one-time links, sign-out, password change (single
//! sign-on's are in [`super::oidc::handlers`]).

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar};
use serde::Deserialize;

use super::oidc::views::SignInMethods;
use super::rules::SignedIn;
use super::{rules, views};
use crate::AppState;
use crate::error::{Error, FieldErrors, Msg};
use crate::web::cookies::{self, CookieSpec};
use crate::web::extract::{DeskStaff, Origin, Page};
use crate::web::{safe_next, see_other};

/// `?next=` of the sign-in page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NextQuery {
    next: Option<String>,
}

/// The sign-in form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    email: String,
    password: String,
    next: String,
}

/// The staff session cookie carrying `token`.
pub(crate) fn session_cookie(state: &AppState, token: String) -> Cookie<'static> {
    let spec = CookieSpec {
        http_only: true,
        secure: state.settings.security.secure_cookies,
        max_age: Some(i64::from(state.settings.security.session_hours) * 3600),
    };
    cookies::cookie(cookies::SESSION, token, spec)
}

/// `GET /sign-in`
pub async fn sign_in_page(State(state): State<AppState>, page: Page, Query(q): Query<NextQuery>) -> Response {
    let next = safe_next(q.next.as_deref(), "/organiser");
    let methods = SignInMethods::of(&state.sso);
    views::sign_in(&page, "", &next, &FieldErrors::new(), None, &methods).into_response()
}

/// `POST /sign-in`
pub async fn sign_in(
    State(state): State<AppState>,
    page: Page,
    jar: CookieJar,
    origin: Origin,
    Form(form): Form<SignInForm>,
) -> Result<Response, Error> {
    let next = safe_next(Some(&form.next), "/organiser");
    let methods = SignInMethods::of(&state.sso);
    if !methods.password {
        let refused = Msg::new("err-password-sign-in-off");
        let body = views::sign_in(&page, "", &next, &FieldErrors::new(), Some(&refused), &methods);
        return Ok((StatusCode::FORBIDDEN, body).into_response());
    }
    let security = &state.settings.security;
    match rules::sign_in(&state.db, security, &form.email, form.password, &origin.0, &next, state.clock.now()).await {
        Ok(SignedIn::Session(token)) => Ok((jar.add(session_cookie(&state, token)), see_other(&next)).into_response()),
        Ok(SignedIn::Pending(token, purpose)) => {
            Ok(super::two_factor::handlers::to_second_step(&state, jar, token, purpose))
        }
        Err(Error::Invalid(errors)) => {
            let body = views::sign_in(&page, &form.email, &next, &errors, None, &methods);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
        Err(Error::Throttled(msg)) => {
            let body = views::sign_in(&page, &form.email, &next, &FieldErrors::new(), Some(&msg), &methods);
            Ok((StatusCode::TOO_MANY_REQUESTS, body).into_response())
        }
        Err(other) => Err(other),
    }
}

/// `GET /sign-in/link/{token}`: shows a button; mail scanners that open links change nothing.
pub async fn link_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let break_glass_only = !state.sso.password_sign_in();
    rules::check_sign_in_link(&state.db.read, &token, break_glass_only, state.clock.now()).await?;
    Ok(views::sign_in_link(&page, &token).into_response())
}

/// `POST /sign-in/link/{token}`
pub async fn use_link(
    State(state): State<AppState>,
    jar: CookieJar,
    origin: Origin,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let break_glass_only = !state.sso.password_sign_in();
    let (session, needs_password) = rules::consume_sign_in_link(
        &state.db,
        &state.settings.security,
        &token,
        break_glass_only,
        &origin.0,
        state.clock.now(),
    )
    .await?;
    // `/checkin` sends check-in staff to their desk and everyone else to the organiser's list.
    let to = if needs_password { "/account/password" } else { "/checkin" };
    Ok((jar.add(session_cookie(&state, session)), see_other(to)).into_response())
}

/// `POST /sign-out`
pub async fn sign_out(State(state): State<AppState>, jar: CookieJar) -> Result<Response, Error> {
    if let Some(token) = cookies::value(&jar, cookies::SESSION) {
        rules::sign_out(&state.db.write, token).await?;
    }
    let spec = CookieSpec { http_only: true, secure: state.settings.security.secure_cookies, max_age: Some(0) };
    Ok((jar.add(cookies::cookie(cookies::SESSION, "", spec)), see_other("/")).into_response())
}

/// `?done=` notices after a redirect.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DoneQuery {
    done: Option<String>,
}

/// `GET /account/password`
pub async fn password_page(DeskStaff(staff): DeskStaff, page: Page, Query(q): Query<DoneQuery>) -> Response {
    views::password(&page, &staff, &FieldErrors::new(), q.done.as_deref() == Some("password")).into_response()
}

/// `POST /account/password`
pub async fn change_password(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    jar: CookieJar,
    Form(form): Form<rules::PasswordChange>,
) -> Result<Response, Error> {
    let keep = cookies::value(&jar, cookies::SESSION).unwrap_or_default().to_owned();
    match rules::change_password(&state.db, &state.settings.security, &staff, &keep, form, state.clock.now()).await {
        Ok(()) => Ok(see_other("/account/password?done=password")),
        Err(Error::Invalid(errors)) => {
            Ok((StatusCode::UNPROCESSABLE_ENTITY, views::password(&page, &staff, &errors, false)).into_response())
        }
        Err(e) => Err(e),
    }
}
