//! Handlers of the meeting pages: the secretariat's agenda and chair's view, the public agenda
//! and its PDFs, the focal point's list of speakers page, and the credentials pages (the
//! secretariat's list, form and CSV; the focal point's page, upload and download). Each parses, calls one rule,
//! renders or redirects; a form in error is shown again with 422.

use axum::Form;
use axum::body::Body;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::input::{AgendaForm, CredentialsForm, CredentialsQuery, InscriptionForm, LinkInscriptionForm, MoveForm};
use super::{agenda, credentials, pdf, speakers, views};
use crate::AppState;
use crate::error::{Error, FieldErrors};
use crate::export::Download;
use crate::files::{FileKind, Opened, Refusal};
use crate::web::extract::{Page, PathId, PathIds, Staff, parse_id};
use crate::web::see_other;
use crate::web::upload::{FileRule, read_upload_form};

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

/// `GET /organiser/events/{id}/agenda`: the agenda and the form adding an item.
pub async fn agenda_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let (event, items) = agenda::agenda(&state.office, &staff, id).await?;
    Ok(views::agenda_page(
        &page,
        &event,
        &items,
        &AgendaForm { list_open: Some("on".into()), ..AgendaForm::default() },
        &FieldErrors::new(),
    )
    .into_response())
}

/// `POST /organiser/events/{id}/agenda`: adds an item.
pub async fn add_item(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<AgendaForm>,
) -> Result<Response, Error> {
    let result = match form.parse() {
        Ok(input) => agenda::add_item(&state.office, state.clock.now(), &staff, id, &input).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}/agenda"))),
        Err(e) => {
            let errors = form_errors(e)?;
            let (event, items) = agenda::agenda(&state.office, &staff, id).await?;
            Ok(unprocessable(views::agenda_page(&page, &event, &items, &form, &errors)))
        }
    }
}

/// `GET /organiser/events/{id}/agenda/{item_id}`: an item's edit form.
pub async fn item_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, item_id): PathIds,
) -> Result<Response, Error> {
    let (event, item) = agenda::managed_item(&state.db.read, &staff, id, item_id).await?;
    Ok(views::item_page(&page, &event, &item, &AgendaForm::of(&item), &FieldErrors::new()).into_response())
}

/// `POST /organiser/events/{id}/agenda/{item_id}`: changes an item.
pub async fn update_item(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, item_id): PathIds,
    Form(form): Form<AgendaForm>,
) -> Result<Response, Error> {
    let result = match form.parse() {
        Ok(input) => agenda::update_item(&state.office, state.clock.now(), &staff, id, item_id, &input).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}/agenda"))),
        Err(e) => {
            let errors = form_errors(e)?;
            let (event, item) = agenda::managed_item(&state.db.read, &staff, id, item_id).await?;
            Ok(unprocessable(views::item_page(&page, &event, &item, &form, &errors)))
        }
    }
}

/// `GET /organiser/events/{id}/agenda/{item_id}/speakers`: the chair's view.
pub async fn chair_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, item_id): PathIds,
) -> Result<Response, Error> {
    let list = speakers::staff_list(&state.office, &staff, id, item_id, page.tr.lang()).await?;
    Ok(views::chair_page(&page, &state.reference, &list, &InscriptionForm::default(), &FieldErrors::new())
        .into_response())
}

/// `POST /organiser/events/{id}/agenda/{item_id}/speakers`: the secretariat inscribes a speaker.
pub async fn inscribe(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, item_id): PathIds,
    Form(form): Form<InscriptionForm>,
) -> Result<Response, Error> {
    let result = match form.parse() {
        Ok(input) => speakers::inscribe(&state.office, state.clock.now(), &staff, id, item_id, &input).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}/agenda/{item_id}/speakers"))),
        Err(e) => {
            let errors = form_errors(e)?;
            let list = speakers::staff_list(&state.office, &staff, id, item_id, page.tr.lang()).await?;
            Ok(unprocessable(views::chair_page(&page, &state.reference, &list, &form, &errors)))
        }
    }
}

/// The three ids of a speaker's action: event, item, inscription.
fn ids((id, item_id, speaker_id): (String, String, String)) -> Result<(i32, i32, i32), Error> {
    Ok((parse_id(&id)?, parse_id(&item_id)?, parse_id(&speaker_id)?))
}

/// `POST …/speakers/{speaker_id}/spoke`: the speaker was heard; the floor passes on.
pub async fn mark_spoke(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(raw): Path<(String, String, String)>,
) -> Result<Response, Error> {
    let (id, item_id, sid) = ids(raw)?;
    speakers::mark_spoke(&state.office, state.clock.now(), &staff, id, item_id, sid).await?;
    Ok(see_other(&format!("/organiser/events/{id}/agenda/{item_id}/speakers")))
}

/// `POST …/speakers/{speaker_id}/move`: one place up or down.
pub async fn move_speaker(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(raw): Path<(String, String, String)>,
    Form(form): Form<MoveForm>,
) -> Result<Response, Error> {
    let (id, item_id, sid) = ids(raw)?;
    let direction = form.parse().map_err(Error::Invalid)?;
    speakers::move_speaker(&state.office, state.clock.now(), &staff, id, (item_id, sid), direction).await?;
    Ok(see_other(&format!("/organiser/events/{id}/agenda/{item_id}/speakers")))
}

/// `POST …/speakers/{speaker_id}/withdraw`: the secretariat withdraws an inscription.
pub async fn withdraw(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(raw): Path<(String, String, String)>,
) -> Result<Response, Error> {
    let (id, item_id, sid) = ids(raw)?;
    speakers::withdraw(&state.office, state.clock.now(), &staff, id, item_id, sid).await?;
    Ok(see_other(&format!("/organiser/events/{id}/agenda/{item_id}/speakers")))
}

/// `GET /events/{id}/agenda`: the public agenda with the published lists of speakers, the
/// documents and the published statements under each item.
pub async fn public_agenda(State(state): State<AppState>, page: Page, PathId(id): PathId) -> Result<Response, Error> {
    let (event, lists) = speakers::public_lists(&state.office, id, page.tr.lang()).await?;
    let documents = super::documents::public_documents(&state.office, id, "").await?;
    let statements =
        super::statements::published_statements(&state.office, state.clock.now(), id, page.tr.lang()).await?;
    let sessions = agenda::sessions_of_items(&state.office, event.id).await?;
    let papers = views::AgendaPapers { documents: &documents, statements: &statements, sessions: &sessions };
    Ok(views::public_agenda(&page, &event, &lists, papers).into_response())
}

/// `GET /events/{id}/agenda/{item_id}/speakers.pdf`: an item's published list as a PDF.
pub async fn list_pdf(
    State(state): State<AppState>,
    page: Page,
    Path((id, item)): Path<(String, String)>,
) -> Result<Response, Error> {
    let lang = page.tr.lang();
    let list = speakers::public_list(&state.office, parse_id(&id)?, parse_id(&item)?, lang).await?;
    let filename = format!("speakers-{}-{}.pdf", list.event.id, list.item.number.replace(['(', ')', '.'], "-"));
    let body = crate::export::made_apart(move || pdf::list_pdf(&list, lang)).await?;
    Ok(Download { content_type: "application/pdf", filename, body, inline: true }.into_response())
}

/// `GET /n/{token}/speakers`: the focal point's lists of speakers (showing it changes nothing).
pub async fn link_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let now = state.clock.now();
    let mut p = speakers::link_page(&state.office, now, &token, page.tr.lang()).await?;
    let first = page.tr.lang();
    let page = page.speaking(&p.language);
    // States' and groups' names in the focal point's own language, when it is another.
    if page.tr.lang() != first {
        p = speakers::link_page(&state.office, now, &token, page.tr.lang()).await?;
    }
    Ok(views::link_speakers(&page, &state.reference, &token, &p, &LinkInscriptionForm::default(), &FieldErrors::new())
        .into_response())
}

/// `POST /n/{token}/speakers`: the focal point inscribes its State.
pub async fn link_inscribe(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Form(form): Form<LinkInscriptionForm>,
) -> Result<Response, Error> {
    let now = state.clock.now();
    let result = match form.parse() {
        Ok((item, level, group)) => speakers::inscribe_by_link(&state.office, now, &token, item, level, group).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/n/{token}/speakers"))),
        Err(e) => {
            let errors = form_errors(e)?;
            let p = speakers::link_page(&state.office, now, &token, page.tr.lang()).await?;
            Ok(unprocessable(views::link_speakers(&page, &state.reference, &token, &p, &form, &errors)))
        }
    }
}

/// `POST /n/{token}/speakers/{speaker_id}/withdraw`: the focal point withdraws an inscription.
pub async fn link_withdraw(
    State(state): State<AppState>,
    Path((token, sid)): Path<(String, String)>,
) -> Result<Response, Error> {
    speakers::withdraw_by_link(&state.office, state.clock.now(), &token, parse_id(&sid)?).await?;
    Ok(see_other(&format!("/n/{token}/speakers")))
}

/// `GET /organiser/events/{id}/credentials`: every delegation's credentials, the filters, the
/// drafted paragraphs of the Credentials Committee's report.
pub async fn credentials_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Query(q): Query<CredentialsQuery>,
) -> Result<Response, Error> {
    let lang = page.tr.lang();
    let (filter, errors, status) = match q.parse(&state.reference) {
        Ok(filter) => (filter, FieldErrors::new(), StatusCode::OK),
        Err(errors) => (credentials::CredentialsFilter::default(), errors, StatusCode::UNPROCESSABLE_ENTITY),
    };
    let list = credentials::list(&state.office, &staff, id, &filter, lang).await?;
    let (_, figures) = credentials::report(&state.office, &staff, id, lang).await?;
    let report = credentials::paragraphs(page.tr, &figures);
    Ok((status, views::credentials_page(&page, &state.reference, &list, &q, &report, &errors)).into_response())
}

/// `GET /organiser/events/{id}/credentials.csv`: the list as filtered, in CSV.
pub async fn credentials_csv(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Query(q): Query<CredentialsQuery>,
) -> Result<Response, Error> {
    let filter = q.parse(&state.reference).map_err(Error::Invalid)?;
    Ok(credentials::csv::csv(&state.office, &staff, id, &filter, page.tr.lang()).await?.into_response())
}

/// `GET /organiser/events/{id}/credentials/{delegation_id}`: one delegation's form.
pub async fn credentials_record_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, delegation_id): PathIds,
) -> Result<Response, Error> {
    let (event, row) = credentials::managed_row(&state.office, &staff, id, delegation_id, page.tr.lang()).await?;
    let form = CredentialsForm::of(&row);
    Ok(views::record_page(&page, &event, &row, &form, &FieldErrors::new()).into_response())
}

/// `POST /organiser/events/{id}/credentials/{delegation_id}`: records a status and a note.
pub async fn record_credentials(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, delegation_id): PathIds,
    Form(form): Form<CredentialsForm>,
) -> Result<Response, Error> {
    let result = match form.parse() {
        Ok(input) => credentials::record(&state.office, state.clock.now(), &staff, id, delegation_id, &input).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}/credentials"))),
        Err(e) => {
            let errors = form_errors(e)?;
            let (event, row) =
                credentials::managed_row(&state.office, &staff, id, delegation_id, page.tr.lang()).await?;
            Ok(unprocessable(views::record_page(&page, &event, &row, &form, &errors)))
        }
    }
}

/// A kept file as a download, streamed chunk by chunk; never cached (it is a State's document).
fn file_response(opened: Opened, name: &str) -> Response {
    let mut response = Body::from_stream(opened.bytes).into_response();
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&opened.file.content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    if let Ok(v) = HeaderValue::from_str(&opened.file.size.to_string()) {
        headers.insert(header::CONTENT_LENGTH, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

/// `GET /organiser/events/{id}/credentials/{delegation_id}/document`: the PDF a delegation sent.
pub async fn credentials_document(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathIds(id, delegation_id): PathIds,
) -> Result<Response, Error> {
    let (d, opened) = credentials::staff_document(&state.office, &staff, id, delegation_id).await?;
    let name = format!("credentials-{}-{}.pdf", d.country_iso3, d.id);
    Ok(file_response(opened, &name))
}

/// The credentials limit in megabytes as people write it: `5`, `0.5`.
fn limit_megabytes(limit: u64) -> String {
    let mb = limit as f64 / (1024.0 * 1024.0);
    if mb.fract() == 0.0 { format!("{mb:.0}") } else { format!("{mb:.1}") }
}

/// The focal point's page, in the language of its invitation unless the reader chose one.
async fn link_credentials_view(
    state: &AppState,
    page: Page,
    token: &str,
    errors: &FieldErrors,
) -> Result<maud::Markup, Error> {
    let now = state.clock.now();
    let first = page.tr.lang();
    let mut p = credentials::link_page(&state.office, now, token, first).await?;
    let page = page.speaking(&p.language);
    // The State's name in the focal point's own language, when it is another.
    if page.tr.lang() != first {
        p = credentials::link_page(&state.office, now, token, page.tr.lang()).await?;
    }
    let limit = limit_megabytes(state.settings.documents.max_credentials_bytes);
    Ok(views::link_credentials(&page, token, &p, &limit, errors))
}

/// `GET /n/{token}/credentials`: the focal point's credentials page (showing it changes nothing).
pub async fn link_credentials(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    Ok(link_credentials_view(&state, page, &token, &FieldErrors::new()).await?.into_response())
}

/// `POST /n/{token}/credentials`: the focal point sends its credentials (a PDF, multipart).
pub async fn link_upload_credentials(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    multipart: Multipart,
) -> Result<Response, Error> {
    let now = state.clock.now();
    // The link first, so a dead link is told before a file is read.
    credentials::link_page(&state.office, now, &token, page.tr.lang()).await?;
    let documents = &state.settings.documents;
    let rule = FileRule {
        field: "document",
        kind: FileKind::Pdf,
        limit: documents.max_credentials_bytes,
        temp_dir: documents.folder(),
    };
    let result = match read_upload_form(multipart, rule).await {
        Ok(form) => match form.file {
            Some(received) => credentials::upload_by_link(&state.office, now, &token, received).await,
            None => Err(Refusal::Empty.on("document")),
        },
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/n/{token}/credentials"))),
        Err(e) => {
            let errors = form_errors(e)?;
            Ok(unprocessable(link_credentials_view(&state, page, &token, &errors).await?))
        }
    }
}

/// `GET /n/{token}/credentials/document`: the PDF the delegation sent, for its focal point.
pub async fn link_credentials_document(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let opened = credentials::link_document(&state.office, state.clock.now(), &token).await?;
    Ok(file_response(opened, "credentials.pdf"))
}
