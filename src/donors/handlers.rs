//! Handlers of funding pages: staff records, event funding, the donor portal and its exports,
//! and the admin's consolidated view. Each parses, calls one rule, renders or redirects.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar};
use serde::Deserialize;

use super::input::{AllocationForm, BudgetLineForm, ContactForm, ContributionForm, DonorForm};
use super::report::{self, Selection};
use super::views::Sent;
use super::{access, export, rules, views};
use crate::AppState;
use crate::error::{Error, FieldErrors, Result};
use crate::i18n::Lang;
use crate::web::cookies::{self, CookieSpec};
use crate::web::extract::{Admin, Donor, Page, PathId, PathIds, Staff, parse_id};
use crate::web::see_other;

/// `?view=` of the report pages.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ViewQuery {
    view: String,
}

async fn build_report(state: &AppState, donor_id: i32, q: &ViewQuery, lang: Lang) -> Result<report::DonorReport> {
    let selection = Selection::parse(&q.view)?;
    let min_cell = u64::from(state.settings.donors.min_cell);
    report::donor_report(&state.db, &state.reference, donor_id, &selection, state.clock.now(), min_cell, lang).await
}

fn invalid(status: StatusCode, body: maud::Markup) -> Response {
    (status, body).into_response()
}

/// `GET /organiser/donors`
pub async fn list_donors(State(state): State<AppState>, Staff(_): Staff, page: Page) -> Result<Response> {
    let list = rules::list_donors(&state.db.read).await?;
    Ok(views::donors(&page, &list, &DonorForm::default(), &FieldErrors::new()).into_response())
}

/// `POST /organiser/donors`
pub async fn create_donor(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    Form(form): Form<DonorForm>,
) -> Result<Response> {
    let result = match form.parse() {
        Ok(input) => rules::create_donor(&state.db, &state.reference, &staff, input, state.clock.now()).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/organiser/donors/{id}"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            let list = rules::list_donors(&state.db.read).await?;
            Ok(invalid(StatusCode::UNPROCESSABLE_ENTITY, views::donors(&page, &list, &form, &errors)))
        }
        Err(e) => Err(e),
    }
}

/// `GET /organiser/donors/{id}`
pub async fn show_donor(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response> {
    let file = rules::donor_file(&state.db.read, id).await?;
    Ok(views::donor_file(&page, &file, Sent::Nothing, &FieldErrors::new()).into_response())
}

/// The donor's page again, with the form that was sent and its errors (422).
async fn donor_file_invalid(
    state: &AppState,
    page: &Page,
    id: i32,
    sent: Sent<'_>,
    errors: &FieldErrors,
) -> Result<Response> {
    let file = rules::donor_file(&state.db.read, id).await?;
    Ok(invalid(StatusCode::UNPROCESSABLE_ENTITY, views::donor_file(page, &file, sent, errors)))
}

/// `POST /organiser/donors/{id}`: corrects the donor.
pub async fn update_donor(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<DonorForm>,
) -> Result<Response> {
    let result = match form.parse() {
        Ok(input) => rules::update_donor(&state.db, &state.reference, &staff, id, input, state.clock.now()).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/donors/{id}"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            donor_file_invalid(&state, &page, id, Sent::Donor(&form), &errors).await
        }
        Err(e) => Err(e),
    }
}

/// `POST /organiser/donors/{id}/contacts`
pub async fn add_contact(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<ContactForm>,
) -> Result<Response> {
    let result = match form.parse() {
        Ok(input) => rules::add_contact(&state.db, &staff, id, input, state.clock.now()).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/donors/{id}"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            donor_file_invalid(&state, &page, id, Sent::NewContact(&form), &errors).await
        }
        Err(e) => Err(e),
    }
}

/// `POST /organiser/donors/{id}/contacts/{contact_id}`: corrects a contact.
pub async fn update_contact(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, contact_id): PathIds,
    Form(form): Form<ContactForm>,
) -> Result<Response> {
    let result = match form.parse() {
        Ok(input) => rules::update_contact(&state.db, &staff, id, contact_id, input, state.clock.now()).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/donors/{id}"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            donor_file_invalid(&state, &page, id, Sent::Contact(contact_id, &form), &errors).await
        }
        Err(e) => Err(e),
    }
}

/// `POST /organiser/donors/{id}/contacts/{contact_id}/delete`: removes a contact and signs it out.
pub async fn remove_contact(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathIds(id, contact_id): PathIds,
) -> Result<Response> {
    rules::remove_contact(&state.db, &staff, id, contact_id, state.clock.now()).await?;
    Ok(see_other(&format!("/organiser/donors/{id}")))
}

/// `POST /organiser/donors/{id}/contributions`
pub async fn add_contribution(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<ContributionForm>,
) -> Result<Response> {
    let result = match form.parse() {
        Ok(input) => {
            rules::create_contribution(&state.db, &state.reference, &staff, id, input, state.clock.now()).await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/donors/{id}"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            donor_file_invalid(&state, &page, id, Sent::NewContribution(&form), &errors).await
        }
        Err(e) => Err(e),
    }
}

/// `GET /organiser/donors/{id}/contributions/{contribution_id}`: the contribution's form, pre-filled.
pub async fn contribution_page(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    PathIds(id, contribution_id): PathIds,
) -> Result<Response> {
    let file = rules::contribution_file(&state.db.read, id, contribution_id).await?;
    let form = ContributionForm::from(&file.contribution);
    Ok(views::contribution_page(&page, &file, &form, &FieldErrors::new()).into_response())
}

/// `POST /organiser/donors/{id}/contributions/{contribution_id}`: corrects a contribution.
pub async fn update_contribution(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathIds(id, contribution_id): PathIds,
    Form(form): Form<ContributionForm>,
) -> Result<Response> {
    let result = match form.parse() {
        Ok(input) => {
            let now = state.clock.now();
            rules::update_contribution(&state.db, &state.reference, &staff, id, contribution_id, input, now).await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/organiser/donors/{id}"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            let file = rules::contribution_file(&state.db.read, id, contribution_id).await?;
            Ok(invalid(StatusCode::UNPROCESSABLE_ENTITY, views::contribution_page(&page, &file, &form, &errors)))
        }
        Err(e) => Err(e),
    }
}

/// `POST /organiser/donors/{id}/contributions/{contribution_id}/delete`: 409 if anything is allocated.
pub async fn delete_contribution(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathIds(id, contribution_id): PathIds,
) -> Result<Response> {
    rules::delete_contribution(&state.db, &state.reference, &staff, id, contribution_id, state.clock.now()).await?;
    Ok(see_other(&format!("/organiser/donors/{id}")))
}

async fn funding_page(
    state: &AppState,
    staff: &crate::auth::StaffUser,
    page: &Page,
    id: i32,
    errors: &FieldErrors,
) -> Result<maud::Markup> {
    let funding = rules::event_funding(&state.db.read, staff, id).await?;
    let event = crate::entities::event::Entity::find_by_id(id).one(&state.db.read).await?.ok_or(Error::NotFound)?;
    let open = rules::open_contributions(&state.db.read).await?;
    Ok(views::event_funding(page, &event, &funding, &open, errors))
}

use sea_orm::EntityTrait as _;

/// `GET /organiser/events/{id}/funding`
pub async fn event_funding(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response> {
    Ok(funding_page(&state, &staff, &page, id, &FieldErrors::new()).await?.into_response())
}

/// `POST /organiser/events/{id}/funding/allocations`
pub async fn allocate(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<AllocationForm>,
) -> Result<Response> {
    match rules::allocate(&state.db, &staff, id, &form.contribution_id, &form.amount, state.clock.now()).await {
        Ok(_) => Ok(see_other(&format!("/organiser/events/{id}/funding"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            Ok(invalid(StatusCode::UNPROCESSABLE_ENTITY, funding_page(&state, &staff, &page, id, &errors).await?))
        }
        Err(e) => Err(e),
    }
}

/// `POST /organiser/events/{id}/funding/allocations/{allocation_id}/withdraw`
pub async fn withdraw_allocation(
    State(state): State<AppState>,
    Staff(staff): Staff,
    PathIds(id, allocation_id): PathIds,
) -> Result<Response> {
    rules::withdraw_allocation(&state.db, &staff, id, allocation_id, state.clock.now()).await?;
    Ok(see_other(&format!("/organiser/events/{id}/funding")))
}

/// `POST /organiser/events/{id}/funding/budget`
pub async fn set_budget_line(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<BudgetLineForm>,
) -> Result<Response> {
    let result = match form.parse() {
        Ok(line) => rules::set_budget_line(&state.db, &staff, id, line, state.clock.now()).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/organiser/events/{id}/funding"))),
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            Ok(invalid(StatusCode::UNPROCESSABLE_ENTITY, funding_page(&state, &staff, &page, id, &errors).await?))
        }
        Err(e) => Err(e),
    }
}

/// `GET /admin/funding`
pub async fn consolidated(State(state): State<AppState>, Admin(_): Admin, page: Page) -> Result<Response> {
    let c = report::consolidated(&state.db, &state.reference, state.clock.now()).await?;
    Ok(views::consolidated(&page, &c).into_response())
}

/// `GET /admin/donors/{id}`
pub async fn admin_report(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    PathId(id): PathId,
    Query(q): Query<ViewQuery>,
) -> Result<Response> {
    let r = build_report(&state, id, &q, page.tr.lang()).await?;
    Ok(views::admin_report(&page, &r).into_response())
}

/// `GET /admin/donors/{id}/report.{format}`
pub async fn admin_export(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    Path((id, file)): Path<(String, String)>,
    Query(q): Query<ViewQuery>,
) -> Result<Response> {
    let r = build_report(&state, parse_id(&id)?, &q, page.tr.lang()).await?;
    Ok(export::file(page.tr, r, &file).await?.into_response())
}

/// `GET /donor`
pub async fn dashboard(
    State(state): State<AppState>,
    Donor(contact): Donor,
    page: Page,
    Query(q): Query<ViewQuery>,
) -> Result<Response> {
    let page = page.speaking(&contact.language);
    let r = build_report(&state, contact.donor_id, &q, page.tr.lang()).await?;
    Ok(views::dashboard(&page, &r).into_response())
}

/// `GET /donor/report.{format}`
pub async fn export(
    State(state): State<AppState>,
    Donor(contact): Donor,
    page: Page,
    Path(file): Path<String>,
    Query(q): Query<ViewQuery>,
) -> Result<Response> {
    let tr = page.speaking(&contact.language).tr;
    let r = build_report(&state, contact.donor_id, &q, tr.lang()).await?;
    Ok(export::file(tr, r, &file).await?.into_response())
}

/// `?sent=` of the sign-in page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SentQuery {
    sent: Option<String>,
}

/// `GET /donor/sign-in`
pub async fn sign_in_page(page: Page, Query(q): Query<SentQuery>) -> Response {
    views::sign_in(&page, "", &FieldErrors::new(), q.sent.is_some()).into_response()
}

/// The sign-in form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    email: String,
}

/// `POST /donor/sign-in`: emails a link when the address is a contact's; answers the same either way.
pub async fn request_link(State(state): State<AppState>, page: Page, Form(form): Form<SignInForm>) -> Result<Response> {
    match access::request_link(&state.office, &form.email, state.clock.now()).await {
        Ok(queued) => {
            if queued {
                state.mailer.wake();
            }
            Ok(see_other("/donor/sign-in?sent=1"))
        }
        Err(Error::Invalid(errors) | Error::Clash(errors)) => {
            Ok(invalid(StatusCode::UNPROCESSABLE_ENTITY, views::sign_in(&page, &form.email, &errors, false)))
        }
        Err(e) => Err(e),
    }
}

/// `GET /donor/link/{token}`: shows a button; mail scanners that open links change nothing.
pub async fn link_page(State(state): State<AppState>, page: Page, Path(token): Path<String>) -> Result<Response> {
    access::check_link(&state.db.read, &token, state.clock.now()).await?;
    Ok(views::link_page(&page, &token).into_response())
}

fn donor_cookie(state: &AppState, token: String, max_age: i64) -> Cookie<'static> {
    let spec = CookieSpec { http_only: true, secure: state.settings.security.secure_cookies, max_age: Some(max_age) };
    cookies::cookie(access::COOKIE, token, spec)
}

/// `POST /donor/link/{token}`
pub async fn use_link(State(state): State<AppState>, jar: CookieJar, Path(token): Path<String>) -> Result<Response> {
    let session = access::use_link(&state.db, &state.settings.donors, &token, state.clock.now()).await?;
    let cookie = donor_cookie(&state, session, i64::from(state.settings.donors.session_minutes) * 60);
    Ok((jar.add(cookie), see_other("/donor")).into_response())
}

/// `POST /donor/sign-out`
pub async fn sign_out(State(state): State<AppState>, jar: CookieJar) -> Result<Response> {
    if let Some(token) = cookies::value(&jar, access::COOKIE) {
        access::sign_out(&state.db.write, token).await?;
    }
    Ok((jar.add(donor_cookie(&state, String::new(), 0)), see_other("/donor/sign-in")).into_response())
}
