//! Handlers of the meeting pages: the secretariat's agenda and chair's view, the public agenda
//! and its PDFs, and the focal point's list of speakers page. Each parses, calls one rule,
//! renders or redirects; a form in error is shown again with 422.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::input::{AgendaForm, InscriptionForm, LinkInscriptionForm, MoveForm};
use super::{agenda, pdf, speakers, views};
use crate::AppState;
use crate::error::{Error, FieldErrors};
use crate::export::Download;
use crate::web::extract::{Page, PathId, PathIds, Staff, parse_id};
use crate::web::see_other;

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

/// `GET /events/{id}/agenda`: the public agenda with the published lists of speakers.
pub async fn public_agenda(State(state): State<AppState>, page: Page, PathId(id): PathId) -> Result<Response, Error> {
    let (event, lists) = speakers::public_lists(&state.office, id, page.tr.lang()).await?;
    let sessions = agenda::sessions_of_items(&state.office, event.id).await?;
    Ok(views::public_agenda(&page, &event, &lists, &sessions).into_response())
}

/// `GET /events/{id}/agenda/{item_id}/speakers.pdf`: an item's published list as a PDF.
pub async fn list_pdf(
    State(state): State<AppState>,
    page: Page,
    Path((id, item)): Path<(String, String)>,
) -> Result<Response, Error> {
    let lang = page.tr.lang();
    let list = speakers::public_list(&state.office, parse_id(&id)?, parse_id(&item)?, lang).await?;
    let body = pdf::list_pdf(&list, lang)?;
    let filename = format!("speakers-{}-{}.pdf", list.event.id, list.item.number.replace(['(', ')', '.'], "-"));
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
