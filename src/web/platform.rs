//! The service's own small endpoints: the health check and the language switch.

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use sea_orm::{ConnectionTrait, Statement};
use serde::Deserialize;

use super::cookies::{self, CookieSpec};
use super::{safe_next, see_other};
use crate::AppState;
use crate::error::{Error, FieldErrors, Msg};
use crate::i18n::Lang;

/// The language switch form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LanguageForm {
    lang: String,
    next: String,
}

/// `GET /language?lang=fr&next=/…`: remembers the choice in a cookie for a year. A GET, so
/// public pages carry no per-visitor token and can be cached; it changes only the visitor's
/// own preference.
pub async fn switch_language(
    State(state): State<AppState>,
    Query(form): Query<LanguageForm>,
) -> Result<Response, Error> {
    let lang = Lang::from_tag(&form.lang).ok_or_else(|| FieldErrors::single("lang", Msg::new("err-choice")))?;
    let spec =
        CookieSpec { http_only: true, secure: state.settings.security.secure_cookies, max_age: Some(365 * 24 * 3600) };
    let jar = CookieJar::new().add(cookies::cookie(cookies::LANG, lang.code(), spec));
    Ok((jar, see_other(&safe_next(Some(&form.next), "/"))).into_response())
}

/// `GET /healthz`: 200 when the database answers, 503 otherwise.
pub async fn health(State(state): State<AppState>) -> Response {
    let backend = state.db.read.get_database_backend();
    let ok = state.db.read.query_one_raw(Statement::from_string(backend, "SELECT 1")).await.is_ok();
    let status = if ok { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, Json(serde_json::json!({ "status": if ok { "ok" } else { "database unreachable" } }))).into_response()
}
