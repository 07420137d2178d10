//! Handlers of the organiser's invitation and delegation pages and of the focal point's
//! nomination link. Each one parses its input, calls one rule and renders a view or
//! redirects.

use axum::extract::{Multipart, Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use serde::Deserialize;

use super::input::{
    CopyForm, DelegationForm, DelegationInput, ExtendForm, InviteForm, Invitee, ListQuery, NominationForm,
    NominationInput, ParagraphForm, Upload,
};
use super::views::{self, Notice};
use super::{delegations, rules};
use crate::AppState;
use crate::error::{Error, FieldErrors, Msg};
use crate::web::extract::parse_id;
use crate::web::extract::{Page, Staff};
use crate::web::see_other;

/// Where an action's form came from, to return there.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BackForm {
    back: String,
}

fn back_to(event_id: i32, back: &str, done: &str) -> Response {
    let page = if back == "delegations" { "delegations" } else { "invitations" };
    see_other(&format!("/organiser/events/{event_id}/{page}?done={done}"))
}

fn unprocessable(markup: maud::Markup) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, markup).into_response()
}

/// One part of a multipart form: its name, the file name if it is a file, its bytes.
pub struct Part {
    /// Field name.
    pub name: String,
    /// File name, for file inputs.
    pub filename: Option<String>,
    /// Content.
    pub bytes: Vec<u8>,
}

/// Reads every part of a multipart form; a body over the route's limit names `field`.
pub async fn read_parts(mut multipart: Multipart, field: &'static str) -> Result<Vec<Part>, Error> {
    let too_large = || FieldErrors::single(field, Msg::new("inv-err-upload"));
    let mut parts = Vec::new();
    while let Some(f) = multipart.next_field().await.map_err(|_| too_large())? {
        let name = f.name().unwrap_or_default().to_owned();
        let filename = f.file_name().map(str::to_owned);
        let bytes = f.bytes().await.map_err(|_| too_large())?.to_vec();
        parts.push(Part { name, filename, bytes });
    }
    Ok(parts)
}

/// `GET /organiser/events/{id}/invitations`
pub async fn list_invitations(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<ListQuery>,
    Query(notice): Query<Notice>,
) -> Result<Response, Error> {
    let filter = q.parse().map_err(Error::Invalid)?;
    let listing = rules::list(&state.office, state.clock.now(), &staff, parse_id(&id)?, &filter).await?;
    Ok(views::list(&page, &state.reference, &listing, &q, &notice, &FieldErrors::new()).into_response())
}

async fn list_with_errors(
    state: &AppState,
    page: &Page,
    staff: &crate::auth::StaffUser,
    id: i32,
    errors: &FieldErrors,
) -> Result<Response, Error> {
    let listing = rules::list(&state.office, state.clock.now(), staff, id, &Default::default()).await?;
    Ok(unprocessable(views::list(page, &state.reference, &listing, &ListQuery::default(), &Notice::default(), errors)))
}

/// `GET /organiser/events/{id}/invitations/progress`: delivery counts as JSON.
pub async fn invitation_progress(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(id): Path<String>,
) -> Result<Json<rules::Progress>, Error> {
    Ok(Json(rules::progress(&state.office, &staff, parse_id(&id)?).await?))
}

/// `GET /organiser/events/{id}/invitations/new`
pub async fn new_invitation_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let event = rules::managed_event(&state.db.read, &staff, parse_id(&id)?).await?;
    let form = InviteForm { role: "delegate".into(), language: page.tr.lang().code().into(), ..Default::default() };
    Ok(views::invite_form(&page, &state.reference, &event, &form, &FieldErrors::new()).into_response())
}

/// `POST /organiser/events/{id}/invitations`: invites one person.
pub async fn invite_one(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<InviteForm>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let result = match Invitee::parse(&form) {
        Ok(invitee) => rules::invite_one(&state.office, state.clock.now(), &staff, id, &invitee).await.map(|_| ()),
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/organiser/events/{id}/invitations?done=invited&n=1"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            let event = rules::managed_event(&state.db.read, &staff, id).await?;
            Ok(unprocessable(views::invite_form(&page, &state.reference, &event, &form, &errors)))
        }
        Err(e) => Err(e),
    }
}

/// `GET /organiser/events/{id}/invitations/import`
pub async fn import_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let event = rules::managed_event(&state.db.read, &staff, parse_id(&id)?).await?;
    Ok(views::import_form(&page, &event, "", &FieldErrors::new()).into_response())
}

/// The CSV of an import form: the uploaded file if one was chosen, else the pasted text.
fn csv_text(parts: Vec<Part>) -> Result<String, FieldErrors> {
    let mut pasted = String::new();
    let mut file = None;
    for p in parts {
        match p.name.as_str() {
            "file" if !p.bytes.is_empty() => file = Some(p.bytes),
            "csv" => pasted = String::from_utf8_lossy(&p.bytes).into_owned(),
            _ => {}
        }
    }
    match file {
        Some(bytes) => super::csv::decode(&bytes).map_err(|e| {
            let mut errors = FieldErrors::new();
            errors.add("csv", e.message());
            errors
        }),
        None => Ok(pasted),
    }
}

/// `POST /organiser/events/{id}/invitations/import` (multipart): the preview; nothing is saved.
pub async fn preview_import(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let parts = read_parts(multipart, "csv").await?;
    let result = match csv_text(parts) {
        Ok(text) => rules::preview_import(&state.office, state.clock.now(), &staff, id, &text).await.map(|p| (p, text)),
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok((preview, text)) => Ok(views::import_preview(&page, &preview, &text).into_response()),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            let event = rules::managed_event(&state.db.read, &staff, id).await?;
            Ok(unprocessable(views::import_form(&page, &event, "", &errors)))
        }
        Err(e) => Err(e),
    }
}

/// `POST /organiser/events/{id}/invitations/import/confirm` (multipart): invites the good rows.
pub async fn confirm_import(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let parts = read_parts(multipart, "csv").await?;
    let text = parts.into_iter().find(|p| p.name == "csv").map(|p| String::from_utf8_lossy(&p.bytes).into_owned());
    match rules::import(&state.office, state.clock.now(), &staff, id, text.as_deref().unwrap_or("")).await {
        Ok(outcome) => Ok(see_other(&format!(
            "/organiser/events/{id}/invitations?done=imported&n={}&skipped={}",
            outcome.created, outcome.skipped
        ))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            let event = rules::managed_event(&state.db.read, &staff, id).await?;
            Ok(unprocessable(views::import_form(&page, &event, "", &errors)))
        }
        Err(e) => Err(e),
    }
}

/// `GET /organiser/events/{id}/invitations/copy`
pub async fn copy_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let office = &state.office;
    let event = rules::managed_event(&state.db.read, &staff, id).await?;
    let sources = rules::copy_sources(office, &staff, id).await?;
    let form = CopyForm { what: "participants".into(), ..Default::default() };
    Ok(views::copy_form(&page, &event, &sources, &form, &FieldErrors::new()).into_response())
}

/// `POST /organiser/events/{id}/invitations/copy`
pub async fn copy_invitations(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<CopyForm>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let office = &state.office;
    let result = match form.parse() {
        Ok((from, what)) => rules::copy_from(office, state.clock.now(), &staff, id, from, what).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(outcome) => Ok(see_other(&format!(
            "/organiser/events/{id}/invitations?done=copied&n={}&skipped={}",
            outcome.created, outcome.skipped
        ))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            let event = rules::managed_event(&state.db.read, &staff, id).await?;
            let sources = rules::copy_sources(office, &staff, id).await?;
            Ok(unprocessable(views::copy_form(&page, &event, &sources, &form, &errors)))
        }
        Err(e) => Err(e),
    }
}

/// `POST /organiser/events/{id}/invitations/remind`
pub async fn remind_all(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let n = rules::remind_all(&state.office, state.clock.now(), &staff, id).await?;
    Ok(see_other(&format!("/organiser/events/{id}/invitations?done=reminded&n={n}")))
}

/// `POST /organiser/events/{id}/invitations/paragraph`
pub async fn save_paragraph(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<ParagraphForm>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let result = match form.parse() {
        Ok(p) => rules::set_paragraph(&state.office, state.clock.now(), &staff, id, p).await.map(|_| ()),
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/organiser/events/{id}/invitations?done=paragraph"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            list_with_errors(&state, &page, &staff, id, &errors).await
        }
        Err(e) => Err(e),
    }
}

/// `POST /organiser/events/{id}/invitations/{invitation_id}/resend`: a new link, a new email.
pub async fn resend_invitation(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path((id, iid)): Path<(String, String)>,
    Form(form): Form<BackForm>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    rules::resend(&state.office, state.clock.now(), &staff, id, parse_id(&iid)?).await?;
    Ok(back_to(id, &form.back, "resent"))
}

/// `POST /organiser/events/{id}/invitations/{invitation_id}/revoke`
pub async fn revoke_invitation(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path((id, iid)): Path<(String, String)>,
    Form(form): Form<BackForm>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    rules::revoke(&state.office, state.clock.now(), &staff, id, parse_id(&iid)?).await?;
    Ok(back_to(id, &form.back, "revoked"))
}

/// The extend form, with where it came from.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExtendWithBack {
    expires_on: String,
    back: String,
}

/// `POST /organiser/events/{id}/invitations/{invitation_id}/extend`
pub async fn extend_invitation(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path((id, iid)): Path<(String, String)>,
    Form(form): Form<ExtendWithBack>,
) -> Result<Response, Error> {
    let (id, iid) = (parse_id(&id)?, parse_id(&iid)?);
    let result = match (ExtendForm { expires_on: form.expires_on.clone() }).parse() {
        Ok(until) => rules::extend(&state.office, state.clock.now(), &staff, id, iid, until).await.map(|_| ()),
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(()) => Ok(back_to(id, &form.back, "extended")),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            list_with_errors(&state, &page, &staff, id, &errors).await
        }
        Err(e) => Err(e),
    }
}

/// `GET /organiser/events/{id}/delegations`
pub async fn list_delegations(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Query(notice): Query<Notice>,
) -> Result<Response, Error> {
    let (event, rows) =
        delegations::list(&state.office, state.clock.now(), &staff, parse_id(&id)?, page.tr.lang()).await?;
    let form = DelegationForm { seat_quota: "2".into(), language: page.tr.lang().code().into(), ..Default::default() };
    Ok(views::delegations(&page, &state.reference, &event, &rows, &form, &FieldErrors::new(), &notice).into_response())
}

/// `POST /organiser/events/{id}/delegations`: invites a State through its focal point.
pub async fn create_delegation(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<DelegationForm>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let office = &state.office;
    let result = match DelegationInput::parse(&form) {
        Ok(input) => delegations::create(office, state.clock.now(), &staff, id, &input).await.map(|_| ()),
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/organiser/events/{id}/delegations?done=delegation"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            let (event, rows) = delegations::list(office, state.clock.now(), &staff, id, page.tr.lang()).await?;
            Ok(unprocessable(views::delegations(
                &page,
                &state.reference,
                &event,
                &rows,
                &form,
                &errors,
                &Notice::default(),
            )))
        }
        Err(e) => Err(e),
    }
}

/// `GET /organiser/events/{id}/delegations/{delegation_id}/note-verbale`: the PDF, as a download.
pub async fn download_note_verbale(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path((id, did)): Path<(String, String)>,
) -> Result<Response, Error> {
    let (d, doc) = delegations::note_verbale(&state.office, &staff, parse_id(&id)?, parse_id(&did)?).await?;
    let name = format!("note-verbale-{}-{}.pdf", d.country_iso3, d.id);
    let mut response = doc.content.into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

/// `GET /n/{token}`: the focal point's page (showing it changes nothing).
pub async fn nomination_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Query(notice): Query<Notice>,
) -> Result<Response, Error> {
    let np = delegations::nomination_page(&state.office, state.clock.now(), &token).await?;
    Ok(views::nomination(
        &page.speaking(&np.invitation.language),
        &state.reference,
        &np,
        &token,
        &NominationForm::default(),
        &FieldErrors::new(),
        &notice,
    )
    .into_response())
}

fn nomination_form(parts: Vec<Part>) -> NominationForm {
    let mut form = NominationForm::default();
    for p in parts {
        if p.name == "note_verbale" {
            if !p.bytes.is_empty() {
                form.note_verbale = Some(Upload { filename: p.filename.unwrap_or_default(), bytes: p.bytes });
            }
        } else {
            form.set(&p.name, String::from_utf8_lossy(&p.bytes).into_owned());
        }
    }
    form
}

/// `POST /n/{token}` (multipart): records the nominations and the note verbale.
pub async fn nominate(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    multipart: Multipart,
) -> Result<Response, Error> {
    let office = &state.office;
    let form = nomination_form(read_parts(multipart, "note_verbale").await?);
    let result = match NominationInput::parse(&form) {
        Ok(input) => delegations::nominate(office, state.clock.now(), &token, &input).await,
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(n) => Ok(see_other(&format!("/n/{token}?done=nominated&n={n}"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            let np = delegations::nomination_page(office, state.clock.now(), &token).await?;
            Ok(unprocessable(views::nomination(
                &page.speaking(&np.invitation.language),
                &state.reference,
                &np,
                &token,
                &form,
                &errors,
                &Notice::default(),
            )))
        }
        Err(e) => Err(e),
    }
}
