//! Handlers of delegations' statements: the focal point's page (upload, withdraw, download its
//! own), the public download of a published statement, the secretariat's download of any.

use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::document_handlers::pdf_response;
use super::input::StatementForm;
use super::statements::{self, StatementReader};
use super::views;
use crate::AppState;
use crate::error::{Error, FieldErrors, Msg};
use crate::files::FileKind;
use crate::web::extract::{Page, PathIds, Staff, parse_id};
use crate::web::see_other;
use crate::web::upload::{FileRule, read_upload_form};

/// `GET /n/{token}/statements`: the delegation's statements and the upload form.
pub async fn link_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let now = state.clock.now();
    let p = statements::link_page(&state.office, now, &token, page.tr.lang()).await?;
    let page = page.speaking(&p.language);
    let form = StatementForm { publication: "after_speaking".into(), ..StatementForm::default() };
    Ok(views::link_statements(&page, &token, &p, &form, &FieldErrors::new()).into_response())
}

/// `POST /n/{token}/statements`: uploads a statement (multipart: `item`, `language`,
/// `publication`, `publish_at`, `file`).
pub async fn link_upload(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    multipart: Multipart,
) -> Result<Response, Error> {
    let now = state.clock.now();
    let settings = &state.settings.documents;
    let rule = FileRule {
        field: "file",
        kind: FileKind::Pdf,
        limit: settings.max_document_bytes,
        temp_dir: settings.folder(),
    };
    let mut form = StatementForm::default();
    let result = async {
        let upload = read_upload_form(multipart, rule).await?;
        form = StatementForm {
            item: upload.text("item").to_owned(),
            language: upload.text("language").to_owned(),
            publication: upload.text("publication").to_owned(),
            publish_at: upload.text("publish_at").to_owned(),
        };
        let input = form.parse().map_err(Error::Invalid)?;
        let file = upload.file.ok_or_else(|| FieldErrors::single("file", Msg::new("file-err-empty")))?;
        statements::upload_by_link(&state.office, now, &token, &input, file).await
    }
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!("/n/{token}/statements"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            let p = statements::link_page(&state.office, now, &token, page.tr.lang()).await?;
            let page = page.speaking(&p.language);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, views::link_statements(&page, &token, &p, &form, &errors))
                .into_response())
        }
        Err(e) => Err(e),
    }
}

/// `POST /n/{token}/statements/{statement_id}/withdraw`: withdraws one before its publication.
pub async fn link_withdraw(
    State(state): State<AppState>,
    Path((token, sid)): Path<(String, String)>,
) -> Result<Response, Error> {
    statements::withdraw_by_link(&state.office, state.clock.now(), &token, parse_id(&sid)?).await?;
    Ok(see_other(&format!("/n/{token}/statements")))
}

/// `GET /n/{token}/statements/{statement_id}`: one of the delegation's own statements.
pub async fn link_download(
    State(state): State<AppState>,
    Path((token, sid)): Path<(String, String)>,
) -> Result<Response, Error> {
    let reader = StatementReader::FocalPoint(&token);
    let (row, opened) = statements::open_statement(&state.office, state.clock.now(), reader, parse_id(&sid)?).await?;
    Ok(pdf_response(opened, &statements::download_name(&row)))
}

/// `GET /events/{id}/statements/{statement_id}`: a published statement; any other is not found.
pub async fn public_download(State(state): State<AppState>, PathIds(id, sid): PathIds) -> Result<Response, Error> {
    let (row, opened) =
        statements::open_statement(&state.office, state.clock.now(), StatementReader::Anyone(id), sid).await?;
    Ok(pdf_response(opened, &statements::download_name(&row)))
}

/// `GET /organiser/events/{id}/statements/{statement_id}`: any statement of a managed meeting.
pub async fn staff_download(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathIds(id, sid): PathIds,
) -> Result<Response, Error> {
    let reader = StatementReader::Staff(&staff, id);
    let (row, opened) = statements::open_statement(&state.office, state.clock.now(), reader, sid).await?;
    Ok(pdf_response(opened, &statements::download_name(&row)))
}
