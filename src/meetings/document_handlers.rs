//! Handlers of official documents: the secretariat's list, search, add, edit, delete and
//! language versions (uploads); the public list and downloads; a confirmed participant's list
//! and downloads through the manage link. Files are streamed back, never read whole.

use axum::Form;
use axum::body::Body;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::documents::{self, Reader};
use super::input::{DocumentForm, version_language};
use super::{statements, views};
use crate::AppState;
use crate::error::{Error, FieldErrors, Msg};
use crate::files::{FileKind, Opened};
use crate::web::extract::{Page, PathId, PathIds, Staff, parse_id};
use crate::web::see_other;
use crate::web::upload::{FileRule, read_upload_form};

/// The search of a documents list: `?q=` in symbols and titles.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    /// Words of a symbol or a title.
    pub q: String,
}

fn unprocessable(markup: maud::Markup) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, markup).into_response()
}

/// The fields in error of a refused form, or the error itself when it is no form's fault.
fn form_errors(e: Error) -> Result<FieldErrors, Error> {
    match e {
        Error::Invalid(errors) | Error::Clash(errors) => Ok(errors),
        other => Err(other),
    }
}

/// A kept PDF as the response body, streamed, shown in the browser under `filename`.
pub(crate) fn pdf_response(opened: Opened, filename: &str) -> Response {
    let size = opened.file.size;
    let mut response = Response::new(Body::from_stream(opened.bytes));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(FileKind::Pdf.content_type()));
    if let Ok(length) = HeaderValue::from_str(&size.to_string()) {
        headers.insert(header::CONTENT_LENGTH, length);
    }
    // The name is made of letters, digits and `.-_` only (files::safe_filename).
    if let Ok(disposition) = HeaderValue::from_str(&format!("inline; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, disposition);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}

/// `GET /organiser/events/{id}/documents`: the documents (searched by `?q=`), the add form and
/// the delegations' statements.
pub async fn documents_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Query(search): Query<SearchQuery>,
) -> Result<Response, Error> {
    let docs = documents::staff_documents(&state.office, &staff, id, &search.q).await?;
    let stmts = statements::staff_statements(&state.office, state.clock.now(), &staff, id, page.tr.lang()).await?;
    let form = DocumentForm { distribution: "general".into(), ..DocumentForm::default() };
    Ok(views::documents_page(&page, &docs, &stmts, &search.q, &form, &FieldErrors::new()).into_response())
}

/// `POST /organiser/events/{id}/documents`: adds a document.
pub async fn add_document(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<DocumentForm>,
) -> Result<Response, Error> {
    let result = match form.parse() {
        Ok(input) => documents::add_document(&state.office, state.clock.now(), &staff, id, &input).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(doc) => Ok(see_other(&format!("/organiser/events/{id}/documents/{}", doc.id))),
        Err(e) => {
            let errors = form_errors(e)?;
            let docs = documents::staff_documents(&state.office, &staff, id, "").await?;
            let stmts =
                statements::staff_statements(&state.office, state.clock.now(), &staff, id, page.tr.lang()).await?;
            Ok(unprocessable(views::documents_page(&page, &docs, &stmts, "", &form, &errors)))
        }
    }
}

/// The document `doc_id` of a managed meeting, with the meeting's agenda.
async fn one_document(
    state: &AppState,
    staff: &crate::auth::StaffUser,
    id: i32,
    doc_id: i32,
) -> Result<(documents::Documents, documents::DocumentRow), Error> {
    let mut docs = documents::staff_documents(&state.office, staff, id, "").await?;
    let row = docs.rows.iter().position(|r| r.document.id == doc_id).ok_or(Error::NotFound)?;
    let row = docs.rows.swap_remove(row);
    Ok((docs, row))
}

/// `GET /organiser/events/{id}/documents/{doc_id}`: a document's edit form and its versions.
pub async fn document_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, doc_id): PathIds,
) -> Result<Response, Error> {
    let (docs, row) = one_document(&state, &staff, id, doc_id).await?;
    let form = DocumentForm::of(&row.document);
    Ok(views::document_page(&page, &docs, &row, &form, &FieldErrors::new(), &FieldErrors::new(), limit(&state))
        .into_response())
}

/// `POST /organiser/events/{id}/documents/{doc_id}`: changes a document's details.
pub async fn update_document(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, doc_id): PathIds,
    Form(form): Form<DocumentForm>,
) -> Result<Response, Error> {
    let result = match form.parse() {
        Ok(input) => documents::update_document(&state.office, state.clock.now(), &staff, id, doc_id, &input).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}/documents/{doc_id}"))),
        Err(e) => {
            let errors = form_errors(e)?;
            let (docs, row) = one_document(&state, &staff, id, doc_id).await?;
            Ok(unprocessable(views::document_page(
                &page,
                &docs,
                &row,
                &form,
                &errors,
                &FieldErrors::new(),
                limit(&state),
            )))
        }
    }
}

/// `POST /organiser/events/{id}/documents/{doc_id}/delete`: deletes a document and its files.
pub async fn delete_document(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathIds(id, doc_id): PathIds,
) -> Result<Response, Error> {
    documents::delete_document(&state.office, state.clock.now(), &staff, id, doc_id).await?;
    Ok(see_other(&format!("/organiser/events/{id}/documents")))
}

/// `POST /organiser/events/{id}/documents/{doc_id}/versions`: uploads a language version's PDF
/// (a multipart form: `language`, `file`), replacing the one there.
pub async fn upload_version(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, doc_id): PathIds,
    multipart: Multipart,
) -> Result<Response, Error> {
    let settings = &state.settings.documents;
    let rule = FileRule {
        field: "file",
        kind: FileKind::Pdf,
        limit: settings.max_document_bytes,
        temp_dir: settings.folder(),
    };
    let result = async {
        let form = read_upload_form(multipart, rule).await?;
        let language = version_language(form.text("language")).map_err(Error::Invalid)?;
        let file = form.file.ok_or_else(|| FieldErrors::single("file", Msg::new("file-err-empty")))?;
        documents::upload_version(&state.office, state.clock.now(), &staff, (id, doc_id), language, file).await
    }
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}/documents/{doc_id}"))),
        Err(e) => {
            let errors = form_errors(e)?;
            let (docs, row) = one_document(&state, &staff, id, doc_id).await?;
            let form = DocumentForm::of(&row.document);
            Ok(unprocessable(views::document_page(
                &page,
                &docs,
                &row,
                &form,
                &FieldErrors::new(),
                &errors,
                limit(&state),
            )))
        }
    }
}

/// The largest official document or statement accepted.
fn limit(state: &AppState) -> u64 {
    state.settings.documents.max_document_bytes
}

type VersionPath = Path<(String, String, String)>;

/// The ids and the language of a version's path.
fn version_ids((id, doc_id, lang): (String, String, String)) -> Result<(i32, i32, crate::domain::Language), Error> {
    let language = lang.parse().map_err(|_| Error::NotFound)?;
    Ok((parse_id(&id)?, parse_id(&doc_id)?, language))
}

/// `POST /organiser/events/{id}/documents/{doc_id}/versions/{language}/remove`.
pub async fn remove_version(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(raw): VersionPath,
) -> Result<Response, Error> {
    let (id, doc_id, language) = version_ids(raw)?;
    documents::remove_version(&state.office, state.clock.now(), &staff, (id, doc_id), language).await?;
    Ok(see_other(&format!("/organiser/events/{id}/documents/{doc_id}")))
}

/// `GET /organiser/events/{id}/documents/{doc_id}/versions/{language}`: any version, restricted too.
pub async fn staff_download(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(raw): VersionPath,
) -> Result<Response, Error> {
    let (id, doc_id, language) = version_ids(raw)?;
    let (doc, opened) = documents::open_version(&state.office, Reader::Staff(&staff, id), doc_id, language).await?;
    Ok(pdf_response(opened, &documents::access::download_name(&doc, language)))
}

/// `GET /events/{id}/documents`: the public documents of a published meeting, searched by `?q=`.
pub async fn public_page(
    State(state): State<AppState>,
    page: Page,
    PathId(id): PathId,
    Query(search): Query<SearchQuery>,
) -> Result<Response, Error> {
    let docs = documents::public_documents(&state.office, id, &search.q).await?;
    let base = format!("/events/{id}/documents");
    Ok(views::documents_list_page(&page, &docs, &search.q, &base).into_response())
}

/// `GET /events/{id}/documents/{doc_id}/{language}`: a public version; a restricted one is not found.
pub async fn public_download(State(state): State<AppState>, Path(raw): VersionPath) -> Result<Response, Error> {
    let (id, doc_id, language) = version_ids(raw)?;
    let (doc, opened) = documents::open_version(&state.office, Reader::Anyone(id), doc_id, language).await?;
    Ok(pdf_response(opened, &documents::access::download_name(&doc, language)))
}

/// `GET /r/{token}/documents`: every document of a confirmed participant's meeting.
pub async fn participant_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Query(search): Query<SearchQuery>,
) -> Result<Response, Error> {
    let docs = documents::participant_documents(&state.office, &token, &search.q).await?;
    let base = format!("/r/{token}/documents");
    Ok(views::documents_list_page(&page, &docs, &search.q, &base).into_response())
}

/// `GET /r/{token}/documents/{doc_id}/{language}`: any version of the participant's meeting.
pub async fn participant_download(
    State(state): State<AppState>,
    Path((token, doc_id, lang)): Path<(String, String, String)>,
) -> Result<Response, Error> {
    let language = lang.parse().map_err(|_| Error::NotFound)?;
    let reader = Reader::Participant(&token);
    let (doc, opened) = documents::open_version(&state.office, reader, parse_id(&doc_id)?, language).await?;
    Ok(pdf_response(opened, &documents::access::download_name(&doc, language)))
}
