//! Two-factor pages: the code after the password (`/sign-in/two-factor`), an admin's forced
//! enrolment (`/sign-in/two-factor/enrol`), the account's page (`/account/two-factor`) and an
//! admin's reset of another account (`/admin/users/{id}/two-factor/reset`).

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use serde::Deserialize;

use super::views::{self, AccountNotice};
use super::{PENDING_MINUTES, Pending, enrolment, sign_in};
use crate::AppState;
use crate::audit::Actor;
use crate::auth::handlers::session_cookie;
use crate::error::{Error, FieldErrors};
use crate::web::cookies::{self, CookieSpec};
use crate::web::extract::{Admin, DeskStaff, Origin, Page, PathId};
use crate::web::see_other;

/// A code typed (a TOTP code or a recovery code).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

/// The password or a code, to turn two-factor off.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OffForm {
    confirm: String,
}

/// The form that makes new recovery codes: the password or a current code.
#[derive(Debug, Deserialize)]
pub struct RegenerateForm {
    #[serde(default)]
    confirm_codes: String,
}

/// `?done=` notices after a redirect.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DoneQuery {
    done: Option<String>,
}

/// The cookie of a pending sign-in (`max_age` 0 deletes it).
pub(crate) fn pending_cookie(
    state: &AppState,
    token: String,
    max_age: i64,
) -> axum_extra::extract::cookie::Cookie<'static> {
    let spec = CookieSpec { http_only: true, secure: state.settings.security.secure_cookies, max_age: Some(max_age) };
    cookies::cookie(cookies::PENDING_SIGN_IN, token, spec)
}

/// Where the right password sends a person whose sign-in waits for its second step.
pub(crate) fn to_second_step(state: &AppState, jar: CookieJar, token: String, purpose: Pending) -> Response {
    let to = match purpose {
        Pending::Code => "/sign-in/two-factor",
        Pending::Enrol => "/sign-in/two-factor/enrol",
    };
    (jar.add(pending_cookie(state, token, PENDING_MINUTES * 60)), see_other(to)).into_response()
}

fn pending_token(jar: &CookieJar) -> String {
    cookies::value(jar, cookies::PENDING_SIGN_IN).unwrap_or_default().to_owned()
}

/// `GET /sign-in/two-factor`
pub async fn code_page(State(state): State<AppState>, page: Page, jar: CookieJar) -> Result<Response, Error> {
    sign_in::pending(&state.db.read, &pending_token(&jar), Pending::Code, state.clock.now()).await?;
    Ok(views::code_page(&page, &FieldErrors::new(), None).into_response())
}

/// `POST /sign-in/two-factor`
pub async fn submit_code(
    State(state): State<AppState>,
    page: Page,
    jar: CookieJar,
    origin: Origin,
    Form(form): Form<CodeForm>,
) -> Result<Response, Error> {
    let token = pending_token(&jar);
    let security = &state.settings.security;
    match sign_in::finish_with_code(&state.db, security, &token, &form.code, &origin.0, state.clock.now()).await {
        Ok((session, next)) => {
            let jar = jar.add(pending_cookie(&state, String::new(), 0)).add(session_cookie(&state, session));
            Ok((jar, see_other(&next)).into_response())
        }
        Err(Error::Invalid(errors)) => {
            Ok((StatusCode::UNPROCESSABLE_ENTITY, views::code_page(&page, &errors, None)).into_response())
        }
        Err(Error::Throttled(msg)) => {
            Ok((StatusCode::TOO_MANY_REQUESTS, views::code_page(&page, &FieldErrors::new(), Some(&msg)))
                .into_response())
        }
        Err(other) => Err(other),
    }
}

/// `GET /sign-in/two-factor/enrol`: a new secret for an admin who must turn two-factor on.
pub async fn enrol_page(State(state): State<AppState>, page: Page, jar: CookieJar) -> Result<Response, Error> {
    let token = pending_token(&jar);
    let now = state.clock.now();
    let security = &state.settings.security;
    let found = sign_in::pending(&state.db.read, &token, Pending::Enrol, now).await?;
    let mut status = enrolment::status(&state.db.read, security, found.user_id, &found.email).await?;
    if status.pending_secret.is_none() {
        sign_in::start_forced_enrolment(&state.db, security, &token, now).await?;
        status = enrolment::status(&state.db.read, security, found.user_id, &found.email).await?;
    }
    Ok(views::forced_enrolment(&page, &status, &FieldErrors::new()).into_response())
}

/// `POST /sign-in/two-factor/enrol`: the first code turns two-factor on and signs in.
pub async fn submit_enrol(
    State(state): State<AppState>,
    page: Page,
    jar: CookieJar,
    origin: Origin,
    Form(form): Form<CodeForm>,
) -> Result<Response, Error> {
    let token = pending_token(&jar);
    let now = state.clock.now();
    let security = &state.settings.security;
    match sign_in::finish_forced_enrolment(&state.db, security, &token, &form.code, &origin.0, now).await {
        Ok((codes, session, next)) => {
            let jar = jar.add(pending_cookie(&state, String::new(), 0)).add(session_cookie(&state, session));
            Ok((jar, views::recovery_codes(&page, &codes, &next)).into_response())
        }
        Err(Error::Invalid(errors)) => {
            let found = sign_in::pending(&state.db.read, &token, Pending::Enrol, now).await?;
            let status = enrolment::status(&state.db.read, security, found.user_id, &found.email).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, views::forced_enrolment(&page, &status, &errors)).into_response())
        }
        Err(other) => Err(other),
    }
}

async fn account_page_with(
    state: &AppState,
    page: &Page,
    user_id: i32,
    email: &str,
    notice: AccountNotice,
) -> Result<Response, Error> {
    let security = &state.settings.security;
    let status = enrolment::status(&state.db.read, security, user_id, email).await?;
    let notice = AccountNotice { no_key: enrolment::key(security).is_err(), ..notice };
    let code = if notice.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((code, views::account(page, &status, &notice)).into_response())
}

/// `GET /account/two-factor`
pub async fn account_page(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    Query(q): Query<DoneQuery>,
) -> Result<Response, Error> {
    account_page_with(&state, &page, staff.id, &staff.email, AccountNotice { done: q.done, ..Default::default() }).await
}

/// `POST /account/two-factor/start`
pub async fn start(State(state): State<AppState>, DeskStaff(staff): DeskStaff) -> Result<Response, Error> {
    let security = &state.settings.security;
    enrolment::start(&state.db.write, security, staff.id, &Actor::staff(&staff), state.clock.now()).await?;
    Ok(see_other("/account/two-factor"))
}

/// `POST /account/two-factor/confirm`: the first code turns two-factor on; the recovery codes
/// are shown this once.
pub async fn confirm(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    Form(form): Form<CodeForm>,
) -> Result<Response, Error> {
    let security = &state.settings.security;
    let result =
        enrolment::confirm(&state.db.write, security, staff.id, &Actor::staff(&staff), &form.code, state.clock.now())
            .await;
    match result {
        Ok(codes) => Ok(views::recovery_codes(&page, &codes, "/account/two-factor").into_response()),
        Err(Error::Invalid(errors)) => {
            account_page_with(&state, &page, staff.id, &staff.email, AccountNotice { errors, ..Default::default() })
                .await
        }
        Err(other) => Err(other),
    }
}

/// `POST /account/two-factor/recovery-codes`: new codes, shown this once; the old stop working.
pub async fn regenerate(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    Form(form): Form<RegenerateForm>,
) -> Result<Response, Error> {
    let security = &state.settings.security;
    let actor = Actor::staff(&staff);
    match enrolment::regenerate_recovery_codes(
        &state.db,
        security,
        staff.id,
        &actor,
        form.confirm_codes,
        state.clock.now(),
    )
    .await
    {
        Ok(codes) => Ok(views::recovery_codes(&page, &codes, "/account/two-factor").into_response()),
        Err(Error::Invalid(errors)) => {
            account_page_with(&state, &page, staff.id, &staff.email, AccountNotice { errors, ..Default::default() })
                .await
        }
        Err(other) => Err(other),
    }
}

/// `POST /account/two-factor/off`: with the password or a code.
pub async fn turn_off(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    Form(form): Form<OffForm>,
) -> Result<Response, Error> {
    let security = &state.settings.security;
    match enrolment::turn_off(&state.db, security, staff.id, &Actor::staff(&staff), form.confirm, state.clock.now())
        .await
    {
        Ok(()) => Ok(see_other("/account/two-factor?done=off")),
        Err(Error::Invalid(errors)) => {
            account_page_with(&state, &page, staff.id, &staff.email, AccountNotice { errors, ..Default::default() })
                .await
        }
        Err(other) => Err(other),
    }
}

/// `POST /admin/users/{id}/two-factor/reset`: for a person who lost their device.
pub async fn reset(State(state): State<AppState>, Admin(admin): Admin, PathId(id): PathId) -> Result<Response, Error> {
    enrolment::reset(&state.db, id, &Actor::staff(&admin), state.clock.now()).await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}
