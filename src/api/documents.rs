//! API handlers of official documents and statements: the documents of a meeting (list and
//! search, add, change), a language version's PDF (upload as a raw `application/pdf` body,
//! download), and the delegations' statements — the same rules as the pages.

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use futures_util::TryStreamExt;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::events::ApiErrorBody;
use crate::AppState;
use crate::api::URL_IN_ROUTER;
use crate::domain::Language;
use crate::error::Error;
use crate::files::{self, FileKind};
use crate::i18n::Lang;
use crate::meetings::document_handlers::pdf_response;
use crate::meetings::documents::{self, DocumentRow, Reader};
use crate::meetings::input::{DocumentForm, version_language};
use crate::meetings::statements::{self, StatementRow};
use crate::web::extract::{ApiCaller, ApiJson, parse_id};

/// `?q=`: words of a symbol or a title.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct DocumentQuery {
    pub q: String,
}

/// An official document and its language versions.
#[derive(Debug, Serialize, ToSchema)]
pub struct OfficialDocumentView {
    pub id: i32,
    /// Unique across all meetings: "BWC/MSP/2026/3".
    pub symbol: String,
    pub title: String,
    /// The agenda item's id.
    pub agenda_item_id: Option<i32>,
    /// The agenda item's number, "5(a)".
    pub agenda_item_number: Option<String>,
    /// YYYY-MM-DD.
    pub issued_on: String,
    /// general, limited or restricted.
    pub distribution: String,
    /// The languages of its versions (ar, zh, en, fr, ru, es), in that order.
    pub languages: Vec<String>,
}

impl From<DocumentRow> for OfficialDocumentView {
    fn from(r: DocumentRow) -> Self {
        Self {
            id: r.document.id,
            symbol: r.document.symbol,
            title: r.document.title,
            agenda_item_id: r.document.agenda_item_id,
            agenda_item_number: r.item_number,
            issued_on: r.document.issued_on.to_string(),
            distribution: r.document.distribution.as_str().to_owned(),
            languages: r.versions.iter().map(|v| v.language.as_str().to_owned()).collect(),
        }
    }
}

/// A meeting's documents.
#[derive(Debug, Serialize, ToSchema)]
pub struct OfficialDocumentList {
    pub event_id: i32,
    pub documents: Vec<OfficialDocumentView>,
}

/// A document to add, or a document's new details (all of them).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct OfficialDocumentPayload {
    /// Letters, digits and `/ . - ( ) *`, no spaces; new across all meetings.
    pub symbol: String,
    pub title: String,
    /// An item of this meeting's agenda, or absent.
    pub agenda_item_id: Option<i32>,
    /// YYYY-MM-DD.
    pub issued_on: String,
    /// general, limited or restricted.
    pub distribution: String,
}

/// A delegation's statement.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatementView {
    pub id: i32,
    pub agenda_item_id: i32,
    pub agenda_item_number: String,
    /// The delegation's State.
    pub country: String,
    pub language: String,
    /// after_speaking or at_time.
    pub publication: String,
    /// RFC 3339, for at_time.
    pub publish_at: Option<String>,
    /// Whether it is public now.
    pub published: bool,
}

impl From<StatementRow> for StatementView {
    fn from(r: StatementRow) -> Self {
        Self {
            id: r.statement.id,
            agenda_item_id: r.statement.agenda_item_id,
            agenda_item_number: r.item_number,
            country: r.country_iso3,
            language: r.language.as_str().to_owned(),
            publication: r.statement.publication.as_str().to_owned(),
            publish_at: r.statement.publish_at.map(|t| t.to_rfc3339()),
            published: r.published,
        }
    }
}

/// A meeting's statements, published or not.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatementList {
    pub event_id: i32,
    pub statements: Vec<StatementView>,
}

fn parse_document(body: &OfficialDocumentPayload) -> Result<documents::DocumentInput, Error> {
    let form = DocumentForm {
        symbol: body.symbol.clone(),
        title: body.title.clone(),
        agenda_item: body.agenda_item_id.map(|i| i.to_string()).unwrap_or_default(),
        issued_on: body.issued_on.clone(),
        distribution: body.distribution.clone(),
    };
    form.parse().map_err(Error::Invalid)
}

async fn view_of(
    state: &AppState,
    caller: &crate::auth::StaffUser,
    id: i32,
    doc: i32,
) -> Result<OfficialDocumentView, Error> {
    let docs = documents::staff_documents(&state.office, caller, id, "").await?;
    docs.rows.into_iter().find(|r| r.document.id == doc).map(Into::into).ok_or(Error::NotFound)
}

/// A meeting's official documents, restricted ones too, searched by `q` in symbols and titles.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), DocumentQuery),
    responses((status = 200, description = "Done: the documents", body = OfficialDocumentList),
        (status = 409, description = "The event is not a meeting", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn list_documents(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    Query(q): Query<DocumentQuery>,
) -> Result<Json<OfficialDocumentList>, Error> {
    let docs = documents::staff_documents(&state.office, &caller, parse_id(&id)?, &q.q).await?;
    Ok(Json(OfficialDocumentList {
        event_id: docs.event.id,
        documents: docs.rows.into_iter().map(Into::into).collect(),
    }))
}

/// Add an official document (no language version yet).
#[utoipa::path(post, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path)), request_body = OfficialDocumentPayload,
    responses((status = 201, description = "Created: the document", body = OfficialDocumentView),
        (status = 409, description = "The symbol is another document's, or the event is not a meeting", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn add_document(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<OfficialDocumentPayload>,
) -> Result<Response, Error> {
    let input = parse_document(&body)?;
    let id = parse_id(&id)?;
    let created = documents::add_document(&state.office, state.clock.now(), &caller, id, &input).await?;
    Ok((StatusCode::CREATED, Json(view_of(&state, &caller, id, created.id).await?)).into_response())
}

/// Change an official document's details (every field).
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path), ("document_id" = i32, Path)), request_body = OfficialDocumentPayload,
    responses((status = 200, description = "Done: the document", body = OfficialDocumentView),
        (status = 409, description = "The symbol is another document's, or the event is not a meeting", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn update_document(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, doc)): Path<(String, String)>,
    ApiJson(body): ApiJson<OfficialDocumentPayload>,
) -> Result<Json<OfficialDocumentView>, Error> {
    let input = parse_document(&body)?;
    let (id, doc) = (parse_id(&id)?, parse_id(&doc)?);
    documents::update_document(&state.office, state.clock.now(), &caller, id, doc, &input).await?;
    Ok(Json(view_of(&state, &caller, id, doc).await?))
}

fn version_path((id, doc, lang): (String, String, String)) -> Result<(i32, i32, Language), Error> {
    let language = version_language(&lang).map_err(|_| Error::NotFound)?;
    Ok((parse_id(&id)?, parse_id(&doc)?, language))
}

/// Upload a language version's PDF as the raw body (`Content-Type: application/pdf`), replacing
/// the one there; a body that is not a PDF or is over the limit is refused, and nothing is kept.
#[utoipa::path(put, path = URL_IN_ROUTER, tag = "meetings",
    params(("id" = i32, Path), ("document_id" = i32, Path), ("language" = String, Path, description = "ar, zh, en, fr, ru or es")),
    request_body(content = Vec<u8>, content_type = "application/pdf", description = "The PDF, at most `documents.max_document_bytes`"),
    responses((status = 200, description = "Done: the document", body = OfficialDocumentView),
        (status = 409, description = "The event is not a meeting", body = ApiErrorBody),
        (status = 422, description = "Not a PDF, empty, or over the limit (field `file`)", body = ApiErrorBody)),
    security(("bearer" = [])))]
pub async fn upload_version(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(raw): Path<(String, String, String)>,
    body: Body,
) -> Result<Json<OfficialDocumentView>, Error> {
    let (id, doc, language) = version_path(raw)?;
    let settings = &state.settings.documents;
    let name = format!("document-{doc}-{}", language.as_str());
    let stream = body.into_data_stream().map_err(std::io::Error::other);
    let received = files::receive(stream, &name, FileKind::Pdf, settings.max_document_bytes, settings.folder())
        .await
        .map_err(|e| e.on("file"))?;
    documents::upload_version(&state.office, state.clock.now(), &caller, (id, doc), language, received).await?;
    Ok(Json(view_of(&state, &caller, id, doc).await?))
}

/// A language version's PDF, restricted documents too.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "meetings",
    params(("id" = i32, Path), ("document_id" = i32, Path), ("language" = String, Path, description = "ar, zh, en, fr, ru or es")),
    responses((status = 200, description = "The PDF", content((Vec<u8> = "application/pdf"))),
        (status = 409, description = "The event is not a meeting", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn download_version(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(raw): Path<(String, String, String)>,
) -> Result<Response, Error> {
    let (id, doc, language) = version_path(raw)?;
    let (d, opened) = documents::open_version(&state.office, Reader::Staff(&caller, id), doc, language).await?;
    Ok(pdf_response(opened, &documents::access::download_name(&d, language)))
}

/// The delegations' statements of a meeting, published or not.
#[utoipa::path(get, path = URL_IN_ROUTER, tag = "meetings", params(("id" = i32, Path)),
    responses((status = 200, description = "Done: the statements", body = StatementList),
        (status = 409, description = "The event is not a meeting", body = ApiErrorBody)), security(("bearer" = [])))]
pub async fn list_statements(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<StatementList>, Error> {
    let id = parse_id(&id)?;
    let rows = statements::staff_statements(&state.office, state.clock.now(), &caller, id, Lang::En).await?;
    Ok(Json(StatementList { event_id: id, statements: rows.into_iter().map(Into::into).collect() }))
}
