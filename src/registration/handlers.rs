//! Handlers of the participants' pages (invitation, open registration, manage link) and of
//! the organiser's registration pages.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::input::{ByHand, RegistrationForm, RegistrationInput};
use super::list::{self, RegistrationQuery};
use super::relink::{self, Holder};
use super::rules::{self, Move, Source};
use super::views;
use crate::AppState;
use crate::domain;
use crate::error::{Error, FieldErrors, Msg};
use crate::events::situation::Situation;
use crate::web::extract::parse_id;
use crate::web::extract::{Page, PathIds, Staff};
use crate::web::middleware::WithoutForm;
use crate::web::see_other;

fn form_from_person(p: &crate::entities::person::Model) -> RegistrationForm {
    RegistrationForm {
        title: p.title.clone().unwrap_or_default(),
        given_name: p.given_name.clone(),
        family_name: p.family_name.clone(),
        gender: p.gender.map(|g| g.as_str().to_owned()).unwrap_or_default(),
        country: p.country_iso3.clone().unwrap_or_default(),
        organisation: p.organisation.clone().unwrap_or_default(),
        organisation_type: p.organisation_type.clone().unwrap_or_default(),
        ..Default::default()
    }
}

fn form_from_registration(r: &crate::entities::registration::Model) -> RegistrationForm {
    RegistrationForm {
        title: r.title.clone().unwrap_or_default(),
        given_name: r.given_name.clone(),
        family_name: r.family_name.clone(),
        gender: r.gender.as_str().to_owned(),
        country: r.country_iso3.clone().unwrap_or_default(),
        organisation: r.organisation.clone().unwrap_or_default(),
        organisation_type: r.organisation_type.clone().unwrap_or_default(),
        position: r.position.clone().unwrap_or_default(),
        phone: r.phone.clone().unwrap_or_default(),
        needs: r.needs.clone().unwrap_or_default(),
        visa_letter: r.visa_letter.then(|| "on".into()),
        attendance_mode: r.attendance_mode.as_str().to_owned(),
        ..Default::default()
    }
}

/// The form as sent, showing the data-protection notice in force (again, if it changed).
fn with_notice(state: &AppState, form: RegistrationForm) -> RegistrationForm {
    RegistrationForm { notice_version: state.settings.privacy.notice.version().to_owned(), ..form }
}

/// `GET /i/{token}`: the invitation, with the registration form and a decline button; once
/// answered, only what the person can do next.
pub async fn invitation_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let view = rules::open_invitation(&state.db, &token, state.clock.now()).await?;
    let page = page.speaking(&view.invitation.language);
    let form = with_notice(&state, form_from_person(&view.person));
    let answered = view.registration.is_some() || view.invitation.state == domain::InvitationState::Declined;
    let mut response =
        views::invitation(&page, &state.reference, &view, &token, &form, &FieldErrors::new()).into_response();
    if answered {
        response.extensions_mut().insert(WithoutForm);
    }
    Ok(response)
}

/// Parses the form and registers; a success answers with the manage link, a form sent again
/// with the page that offers to email a new one (through `new_link`).
async fn submit(
    state: &AppState,
    page: &Page,
    source: Source<'_>,
    holder: Holder<'_>,
    form: &RegistrationForm,
) -> Result<Response, Error> {
    let notice = state.settings.privacy.notice.version();
    let input = RegistrationInput::parse_participant(form, notice).map_err(Error::Invalid)?;
    let now = state.clock.now();
    let done = rules::register(&state.db, &state.office, source, &input, now).await?;
    if !done.created {
        let event = relink::event_of(&state.db, holder, now).await?;
        let new_link = match holder {
            Holder::Invitation(token) => format!("/i/{token}/new-link"),
            Holder::Verification(token) => format!("/v/{token}/new-link"),
        };
        return Ok(views::already_registered(page, &state.reference, &event, &new_link).into_response());
    }
    state.mailer.wake();
    Ok(see_other(&format!("/r/{}", done.manage_token)))
}

/// `POST /i/{token}`: registers through the invitation.
pub async fn register_invited(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Form(form): Form<RegistrationForm>,
) -> Result<Response, Error> {
    match submit(&state, &page, Source::Invitation(&token), Holder::Invitation(&token), &form).await {
        Err(Error::Invalid(errors)) => {
            let view = rules::open_invitation(&state.db, &token, state.clock.now()).await?;
            let page = page.speaking(&view.invitation.language);
            let form = with_notice(&state, form);
            let body = views::invitation(&page, &state.reference, &view, &token, &form, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
        other => other,
    }
}

/// `GET /i/{token}/new-link`: for someone already registered, the button that emails a new
/// manage link.
pub async fn new_link_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let event = relink::event_of(&state.db, Holder::Invitation(&token), state.clock.now()).await?;
    let new_link = format!("/i/{token}/new-link");
    Ok(views::already_registered(&page, &state.reference, &event, &new_link).into_response())
}

/// `POST /i/{token}/new-link`: emails a new manage link to the invitee's address.
pub async fn email_new_link_invited(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    email_new_link(&state, &page, Holder::Invitation(&token)).await
}

/// `POST /v/{token}/new-link`: emails a new manage link to the verified address.
pub async fn email_new_link_verified(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    email_new_link(&state, &page, Holder::Verification(&token)).await
}

async fn email_new_link(state: &AppState, page: &Page, holder: Holder<'_>) -> Result<Response, Error> {
    let office = &state.office;
    let (event, outcome) = relink::email_new_link(&state.db, office, holder, state.clock.now()).await?;
    state.mailer.wake();
    Ok(views::new_link_sent(page, &state.reference, &event, outcome).into_response())
}

/// The decline form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DeclineForm {
    reason: String,
}

/// `POST /i/{token}/decline`
pub async fn decline(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Form(form): Form<DeclineForm>,
) -> Result<Response, Error> {
    let mut errors = FieldErrors::new();
    let reason = domain::optional_text(&mut errors, "reason", &form.reason, 1000);
    errors.into_result(())?;
    let event = rules::decline_invitation(&state, &token, reason, state.clock.now()).await?;
    Ok(views::declined(&page, &event).into_response())
}

/// The open-registration email form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EmailForm {
    email: String,
}

/// `GET /events/{id}/register`
pub async fn open_page(State(state): State<AppState>, page: Page, Path(id): Path<String>) -> Result<Response, Error> {
    let event = crate::events::rules::public_detail(&state.db, parse_id(&id)?).await?.event;
    let situation = Situation::of(&event, state.clock.now());
    Ok(views::open_registration(&page, &state.reference, &event, situation, "", &FieldErrors::new()).into_response())
}

/// `POST /events/{id}/register`: sends the verification link.
pub async fn request_verification(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<EmailForm>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let office = &state.office;
    match rules::request_verification(&state.db, office, id, &form.email, page.tr.lang(), state.clock.now()).await {
        Ok(event) => {
            state.mailer.wake();
            Ok(views::check_your_email(&page, &event).into_response())
        }
        Err(Error::Invalid(errors)) => {
            let event = crate::events::rules::public_detail(&state.db, id).await?.event;
            let situation = Situation::of(&event, state.clock.now());
            let body = views::open_registration(&page, &state.reference, &event, situation, &form.email, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
        Err(e) => Err(e),
    }
}

/// `GET /v/{token}`: the registration form after the address is verified.
pub async fn verified_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let (v, event) = rules::usable_verification(&state.db.read, &token, state.clock.now()).await?;
    let page = page.speaking(&v.language);
    let form = with_notice(&state, RegistrationForm::default());
    Ok(views::verified(&page, &state.reference, &event, &v.email, &token, &form, &FieldErrors::new()).into_response())
}

/// `POST /v/{token}`
pub async fn register_verified(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Form(form): Form<RegistrationForm>,
) -> Result<Response, Error> {
    match submit(&state, &page, Source::Verification(&token), Holder::Verification(&token), &form).await {
        Err(Error::Invalid(errors)) => {
            let (v, event) = rules::usable_verification(&state.db.read, &token, state.clock.now()).await?;
            let page = page.speaking(&v.language);
            let form = with_notice(&state, form);
            let body = views::verified(&page, &state.reference, &event, &v.email, &token, &form, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
        other => other,
    }
}

/// `GET /r/{token}`: the private manage page.
pub async fn manage_page(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let m = rules::managed(&state.db, &token, state.clock.now()).await?;
    let page = page.speaking(&m.registration.language);
    let values = form_from_registration(&m.registration);
    let form = views::DetailsForm { values: &values, errors: &FieldErrors::new(), saved: false };
    Ok(views::manage(&page, &state.reference, &m, &token, state.settings.office.contact_email(), form).into_response())
}

/// `POST /r/{token}`: updates the details.
pub async fn update_details(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Form(form): Form<RegistrationForm>,
) -> Result<Response, Error> {
    let now = state.clock.now();
    let result = match RegistrationInput::parse(&form, false) {
        Ok(input) => rules::update_own(&state.db, &state.office, &token, &input, now).await.map(|_| ()),
        Err(errors) => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(()) => {
            state.mailer.wake();
            let m = rules::managed(&state.db, &token, now).await;
            match m {
                Ok(m) => {
                    let values = form_from_registration(&m.registration);
                    let form = views::DetailsForm { values: &values, errors: &FieldErrors::new(), saved: true };
                    let contact = state.settings.office.contact_email();
                    Ok(views::manage(
                        &page.speaking(&m.registration.language),
                        &state.reference,
                        &m,
                        &token,
                        contact,
                        form,
                    )
                    .into_response())
                }
                // Back to approval: the link was replaced by the one in the new email.
                Err(_) => Ok(views::sent_back_to_approval(&page).into_response()),
            }
        }
        Err(Error::Invalid(errors)) => {
            let m = rules::managed(&state.db, &token, now).await?;
            let page = page.speaking(&m.registration.language);
            let details = views::DetailsForm { values: &form, errors: &errors, saved: false };
            let contact = state.settings.office.contact_email();
            let body = views::manage(&page, &state.reference, &m, &token, contact, details);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
        Err(e) => Err(e),
    }
}

/// `POST /r/{token}/cancel`
pub async fn cancel(State(state): State<AppState>, page: Page, Path(token): Path<String>) -> Result<Response, Error> {
    let r = rules::cancel_own(&state.db, &state.office, &token, state.clock.now()).await?;
    state.mailer.wake();
    let event = crate::events::rules::public_detail(&state.db, r.event_id).await?.event;
    Ok(views::cancelled(&page, &event).into_response())
}

/// `POST /r/{token}/accept`: accepts an offered seat.
pub async fn accept(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, Error> {
    let done = rules::accept_offer(&state.db, &state.office, &token, state.clock.now()).await?;
    state.mailer.wake();
    Ok(see_other(&format!("/r/{}", done.manage_token)))
}

/// `?select=all` on the list: every box of the page arrives ticked (the page's own "select
/// all", which works without the script).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Ticks {
    select: String,
}

/// `GET /organiser/events/{id}/registrations`
pub async fn list_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<RegistrationQuery>,
    Query(ticks): Query<Ticks>,
) -> Result<Response, Error> {
    let (filter, n) = q.parse(&state.reference)?;
    let listing = list::list(&state.db, &staff, parse_id(&id)?, &filter, n).await?;
    let paused = if listing.counts.iter().any(|(s, n)| *s == domain::RegistrationState::Waitlisted && *n > 0) {
        let window = rules::offer_window(&state.office, &state.db.read, &listing.event, state.clock.now()).await?;
        views::offers_paused(page.tr, &listing.event, window, state.settings.registration.min_offer_minutes)
    } else {
        None
    };
    Ok(views::organiser_list(
        &page,
        &state.reference,
        &listing,
        paused.as_deref(),
        &q,
        ticks.select == "all",
        &FieldErrors::new(),
    )
    .into_response())
}

/// `GET /organiser/events/{id}/registrations/export.csv`
pub async fn export_csv(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(id): Path<String>,
    Query(q): Query<RegistrationQuery>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let (filter, _) = q.parse(&state.reference)?;
    let (event, rows) = list::all(&state.db, &staff, id, &filter).await?;
    let body = list::to_csv(&state.reference, &rows)?;
    let disposition = format!("attachment; filename=\"registrations-event-{}.csv\"", event.id);
    Ok(([(CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (CONTENT_DISPOSITION, disposition)], body)
        .into_response())
}

/// `POST /organiser/events/{id}/registrations/move`: approve, reject, cancel or reset the
/// ticked registrations.
pub async fn move_selected(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let mut errors = FieldErrors::new();
    let action = form.iter().find(|(k, _)| k == "action").map(|(_, v)| v.as_str()).unwrap_or("");
    let action = action.parse::<Move>().map_err(|m| errors.add("action", m)).ok();
    let reason = domain::optional_text(
        &mut errors,
        "reason",
        form.iter().find(|(k, _)| k == "reason").map(|(_, v)| v.as_str()).unwrap_or(""),
        1000,
    );
    let ids: Vec<i32> = form.iter().filter(|(k, _)| k == "id").filter_map(|(_, v)| v.parse().ok()).collect();
    if ids.is_empty() {
        errors.add("id", Msg::new("err-none-selected"));
    }
    let action = errors.into_result(action)?.ok_or_else(|| Error::Internal("action missing".into()))?;
    rules::move_registrations(&state.db, &state.office, &staff, id, &ids, action, reason, state.clock.now()).await?;
    state.mailer.wake();
    // The detail page's buttons post here too, and return to it.
    let from_detail = form.iter().any(|(k, v)| k == "from" && v == "detail");
    match ids.as_slice() {
        [one] if from_detail => Ok(see_other(&format!("/organiser/events/{id}/registrations/{one}"))),
        _ => Ok(see_other(&format!("/organiser/events/{id}/registrations"))),
    }
}

/// `GET /organiser/events/{id}/registrations/{registration_id}`: one registration to review,
/// with its history, emails and check-ins, and the organiser's moves.
pub async fn detail_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, registration_id): PathIds,
) -> Result<Response, Error> {
    let detail = rules::registration_detail(&state.db.read, &staff, id, registration_id).await?;
    Ok(views::detail::page(&page, &state.reference, &detail).into_response())
}

/// `GET /organiser/events/{id}/registrations/new`
pub async fn new_page(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let detail = crate::events::rules::detail_for_staff(&state.db, &staff, parse_id(&id)?).await?;
    let ended = rules::end_of_event(&detail.event) < state.clock.now();
    let form = RegistrationForm {
        role: domain::ParticipantRole::Delegate.as_str().to_owned(),
        language: page.tr.lang().code().to_owned(),
        // Tell the person by default, unless the event is over.
        notify: (!ended).then(|| "on".to_owned()),
        ..Default::default()
    };
    Ok(views::manual_add(&page, &state.reference, &detail.event, ended, &form, &FieldErrors::new()).into_response())
}

/// `POST /organiser/events/{id}/registrations`
pub async fn add(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<RegistrationForm>,
) -> Result<Response, Error> {
    let id = parse_id(&id)?;
    let parsed = match (ByHand::parse(&form), RegistrationInput::parse(&form, false)) {
        (Ok(add), Ok(input)) => Ok((add, input)),
        (a, b) => {
            let mut all = a.err().unwrap_or_default();
            all.0.extend(b.err().unwrap_or_default().0);
            Err(Error::Invalid(all))
        }
    };
    let result = match parsed {
        Ok((add, input)) => {
            rules::add_manually(&state.db, &state.office, &staff, id, add, &input, state.clock.now()).await.map(|_| ())
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => {
            state.mailer.wake();
            Ok(see_other(&format!("/organiser/events/{id}/registrations")))
        }
        Err(Error::Invalid(errors)) => {
            let detail = crate::events::rules::detail_for_staff(&state.db, &staff, id).await?;
            let ended = rules::end_of_event(&detail.event) < state.clock.now();
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::manual_add(&page, &state.reference, &detail.event, ended, &form, &errors),
            )
                .into_response())
        }
        Err(e) => Err(e),
    }
}

/// `?sent=1` once the form was posted.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SentQuery {
    sent: Option<String>,
}

/// `GET /links/new`: where a dead personal link leads; asks for the address registered with.
pub async fn new_links_page(page: Page, Query(q): Query<SentQuery>) -> Response {
    views::new_links::page(&page, "", &FieldErrors::new(), q.sent.is_some()).into_response()
}

/// The address form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AddressForm {
    email: String,
}

/// `POST /links/new`: emails a fresh manage link for each active registration of the address;
/// answers the same whether or not the address is known.
pub async fn email_new_links(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<AddressForm>,
) -> Result<Response, Error> {
    let email = match domain::Email::parse(&form.email) {
        Ok(email) => email,
        Err(m) => {
            let mut errors = FieldErrors::new();
            errors.add("email", m);
            let body = views::new_links::page(&page, &form.email, &errors, false);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response());
        }
    };
    if relink::email_new_links_to(&state.db, &state.office, &email, state.clock.now()).await? > 0 {
        state.mailer.wake();
    }
    Ok(see_other("/links/new?sent=1"))
}
