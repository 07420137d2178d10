//! Handlers of the staff member's own sessions and API tokens (`/account/...`).

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use serde::Deserialize;

use super::account_views::{self as views, TokenForm};
use super::rules::{self, NewApiToken};
use super::scopes::ApiScopes;
use super::tokens;
use crate::AppState;
use crate::audit::Actor;
use crate::error::{Error, FieldErrors, Msg};
use crate::web::cookies::{self, CookieSpec};
use crate::web::extract::{DeskStaff, Page, PathId};
use crate::web::see_other;

/// `?done=` notices after a redirect.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DoneQuery {
    done: Option<String>,
}

/// The form that names one session.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SessionForm {
    session: String,
}

fn current_session(jar: &CookieJar) -> String {
    cookies::value(jar, cookies::SESSION).unwrap_or_default().to_owned()
}

/// `GET /account/sessions`
pub async fn sessions_page(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    jar: CookieJar,
    Query(q): Query<DoneQuery>,
) -> Result<Response, Error> {
    let list = rules::sessions_of(&state.db.read, staff.id, &current_session(&jar), state.clock.now()).await?;
    Ok(views::sessions(&page, &list, q.done.as_deref() == Some("ended")).into_response())
}

/// `POST /account/sessions/end`: ends one of the person's sessions; ending the current one
/// signs out.
pub async fn end_session(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    jar: CookieJar,
    Form(form): Form<SessionForm>,
) -> Result<Response, Error> {
    rules::end_session(&state.db, &staff, &form.session, state.clock.now()).await?;
    if form.session == tokens::hash(&current_session(&jar)) {
        let spec = CookieSpec { http_only: true, secure: state.settings.security.secure_cookies, max_age: Some(0) };
        return Ok((jar.add(cookies::cookie(cookies::SESSION, "", spec)), see_other("/sign-in")).into_response());
    }
    Ok(see_other("/account/sessions?done=ended"))
}

/// `POST /account/sessions/end-others`
pub async fn end_other_sessions(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    jar: CookieJar,
) -> Result<Response, Error> {
    rules::end_other_sessions(&state.db, &staff, &current_session(&jar), state.clock.now()).await?;
    Ok(see_other("/account/sessions?done=ended"))
}

/// `GET /account/tokens`
pub async fn tokens_page(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    Query(q): Query<DoneQuery>,
) -> Result<Response, Error> {
    let form = TokenForm { revoked: q.done.as_deref() == Some("revoked"), ..Default::default() };
    render_tokens(&state, &page, staff.id, &form).await
}

async fn render_tokens(state: &AppState, page: &Page, user_id: i32, form: &TokenForm<'_>) -> Result<Response, Error> {
    let rows = rules::api_tokens_of(&state.db.read, user_id).await?;
    let max = state.settings.security.api_token_max_days;
    Ok(views::tokens(page, &rows, form, max, state.clock.now()).into_response())
}

/// `POST /account/tokens`: a new token of the person's own, shown once.
pub async fn create_token(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let value = |name: &str| pairs.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str());
    let ticked: Vec<&str> = pairs.iter().filter(|(k, _)| k == "scope").map(|(_, v)| v.as_str()).collect();
    let max = state.settings.security.api_token_max_days;
    let mut errors = FieldErrors::new();
    let scopes =
        ApiScopes::parse(&ticked.join(",")).map_err(|_| errors.add("scopes", Msg::new("err-api-token-scopes"))).ok();
    let days = match value("days").trim() {
        "" => None,
        d => match d.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.add("days", Msg::new("err-api-token-days").arg("max", max));
                None
            }
        },
    };
    let result = match scopes {
        Some(scopes) if errors.is_empty() => {
            let new = NewApiToken { label: value("label").to_owned(), scopes, days };
            let actor = Actor::staff(&staff);
            rules::create_api_token(&state.db, &state.settings.security, &actor, staff.id, new, state.clock.now()).await
        }
        _ => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(token) => {
            let form = TokenForm { created: Some(token), ..Default::default() };
            render_tokens(&state, &page, staff.id, &form).await
        }
        Err(Error::Invalid(errors)) => {
            let form = TokenForm { label: value("label"), scopes, days: value("days"), errors, ..Default::default() };
            let page = render_tokens(&state, &page, staff.id, &form).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e),
    }
}

/// `POST /account/tokens/{id}/revoke`: only the person's own tokens (any other is not found).
pub async fn revoke_token(
    State(state): State<AppState>,
    DeskStaff(staff): DeskStaff,
    PathId(id): PathId,
) -> Result<Response, Error> {
    rules::revoke_api_token(&state.db, &Actor::staff(&staff), id, Some(staff.id), state.clock.now()).await?;
    Ok(see_other("/account/tokens?done=revoked"))
}
