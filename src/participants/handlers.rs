//! Handlers of the organiser's list of participants: the page, issuing a revision, and the
//! files of the draft or of any issued revision.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::files::{LangQuery, file};
use super::rules::{self, Format, Symbol, Version};
use super::views;
use crate::AppState;
use crate::error::{Error, FieldErrors};
use crate::web::extract::{Page, PathId, Staff, parse_id};
use crate::web::see_other;

/// The issue form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IssueForm {
    /// Document symbol; empty keeps the previous one.
    pub symbol: String,
}

/// `GET /organiser/events/{id}/participants`: figures, draft preview, issue form, revisions.
pub async fn show_list(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Query(q): Query<LangQuery>,
) -> Result<Response, Error> {
    let lang = rules::parse_lang(&q.lang, page.tr.lang())?;
    let ov = rules::overview(&state.db, &state.reference, &staff, id, lang).await?;
    Ok(views::overview(&page, &ov, "", &FieldErrors::new()).into_response())
}

/// `POST /organiser/events/{id}/participants`: issues the list as it stands (original, then
/// Rev.1, Rev.2…).
pub async fn issue_list(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<IssueForm>,
) -> Result<Response, Error> {
    let result = match Symbol::parse(&form.symbol) {
        Ok(symbol) => rules::issue(&state.db, &state.reference, &staff, id, symbol, state.clock.now()).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}/participants"))),
        Err(Error::Invalid(errors)) => {
            let ov = rules::overview(&state.db, &state.reference, &staff, id, page.tr.lang()).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, views::overview(&page, &ov, &form.symbol, &errors)).into_response())
        }
        Err(e) => Err(e),
    }
}

/// `GET /organiser/events/{id}/participants/{version}/{format}`: the draft (`draft`) or an
/// issued revision (0 for the original, n for Rev.n) as html, pdf, csv or xlsx.
pub async fn download(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path((id, version, format)): Path<(String, String, String)>,
    Query(q): Query<LangQuery>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let version = Version::parse(&version)?;
    let format = Format::parse(&format)?;
    let lang = rules::parse_lang(&q.lang, page.tr.lang())?;
    let (_, doc) = rules::document(&state.db, &state.reference, &staff, id, version, lang).await?;
    Ok(file(doc, id, version, format).await?.into_response())
}
