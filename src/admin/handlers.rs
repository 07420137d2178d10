//! Handlers of the admin pages: staff accounts, the audit log, the development mailbox, the
//! scheduled jobs, and the organiser's preview of an event's reminders (the one page over
//! the jobs that is not the admin's). Each parses, calls one rule or read, renders or
//! redirects.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header::{CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::audit_log::{self, AuditPage, AuditQuery};
use super::views;
use crate::AppState;
use crate::audit::Actor;
use crate::auth::rules::{self as auth_rules, AccessChange, NewUser};
use crate::domain::{self, Email, Role};
use crate::error::{Error, FieldErrors, Msg};
use crate::jobs::{JobName, reminders, runs};
use crate::mail::outbox;
use crate::web::extract::{Admin, Page, PathId, Staff};
use crate::web::see_other;

/// Repeated form fields (`programme` may appear many times).
type Pairs = Vec<(String, String)>;

fn field<'a>(pairs: &'a Pairs, name: &str) -> &'a str {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

fn programmes(pairs: &Pairs, errors: &mut FieldErrors) -> Vec<String> {
    let mut out = Vec::new();
    for (_, v) in pairs.iter().filter(|(k, _)| k == "programme") {
        match domain::parse_code(v) {
            Ok(code) if !out.contains(&code) => out.push(code),
            Ok(_) => {}
            Err(m) => errors.add("programme", m),
        }
    }
    out
}

async fn render_list(
    state: &AppState,
    page: &Page,
    form: &Pairs,
    errors: &FieldErrors,
    link: Option<(String, String)>,
) -> Result<Response, Error> {
    let accounts = auth_rules::list_accounts(&state.db.read).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, views::accounts(page, &state.reference, &accounts, form, errors, link.as_ref())).into_response())
}

fn link_url(state: &AppState, token: &str) -> String {
    format!("{}/sign-in/link/{token}", state.settings.public_base_url())
}

/// `GET /admin/users`
pub async fn list_users(State(state): State<AppState>, Admin(_): Admin, page: Page) -> Result<Response, Error> {
    render_list(&state, &page, &Vec::new(), &FieldErrors::new(), None).await
}

/// `POST /admin/users`: creates the account and shows its one-time sign-in link.
pub async fn create_user(
    State(state): State<AppState>,
    Admin(admin): Admin,
    page: Page,
    Form(form): Form<Pairs>,
) -> Result<Response, Error> {
    let mut errors = FieldErrors::new();
    let email = Email::parse(field(&form, "email")).map_err(|m| errors.add("email", m)).ok();
    let name = domain::optional_text(&mut errors, "display_name", field(&form, "display_name"), 200);
    let role = domain::parse_field::<Role>(&mut errors, "role", field(&form, "role"));
    let programmes = programmes(&form, &mut errors);
    if role == Some(Role::Organiser) && programmes.is_empty() {
        errors.add("programme", Msg::new("err-programme-needed"));
    }
    let (Some(email), Some(role)) = (email, role) else {
        return render_list(&state, &page, &form, &errors, None).await;
    };
    if !errors.is_empty() {
        return render_list(&state, &page, &form, &errors, None).await;
    }
    let display_name = name.unwrap_or_else(|| email.as_str().to_owned());
    let new = NewUser { email: email.clone(), display_name, role, programmes, password: None };
    let now = state.clock.now();
    let created =
        match auth_rules::create_user(&state.db, &state.settings.security, &Actor::staff(&admin), new, now).await {
            Ok(u) => u,
            Err(Error::Invalid(e)) => return render_list(&state, &page, &form, &e, None).await,
            Err(e) => return Err(e),
        };
    // With password sign-in off, the account signs in through single sign-on: no link to show.
    if !state.sso.password_sign_in() {
        return Ok(see_other("/admin/users"));
    }
    let token = auth_rules::issue_sign_in_link(&state.db, &state.settings.security, &admin, created.id, now).await?;
    render_list(&state, &page, &Vec::new(), &FieldErrors::new(), Some((created.email, link_url(&state, &token)))).await
}

/// `GET /admin/users/{id}`
pub async fn edit_user_page(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let account = auth_rules::account(&state.db.read, id).await?;
    Ok(views::account(&page, &state.reference, &account, &FieldErrors::new(), None).into_response())
}

/// `POST /admin/users/{id}`: role, programmes, disabled.
pub async fn update_user(
    State(state): State<AppState>,
    Admin(admin): Admin,
    page: Page,
    PathId(id): PathId,
    Form(form): Form<Pairs>,
) -> Result<Response, Error> {
    let mut errors = FieldErrors::new();
    let role = domain::parse_field::<Role>(&mut errors, "role", field(&form, "role"));
    let programmes = programmes(&form, &mut errors);
    let disabled = domain::checkbox(Some(field(&form, "disabled")));
    let result = match role {
        Some(role) if errors.is_empty() => {
            auth_rules::change_access(
                &state.db,
                &admin,
                id,
                AccessChange { role, programmes, disabled },
                state.clock.now(),
            )
            .await
        }
        _ => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/admin/users/{id}"))),
        Err(Error::Invalid(errors)) => {
            let account = auth_rules::account(&state.db.read, id).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, views::account(&page, &state.reference, &account, &errors, None))
                .into_response())
        }
        Err(e) => Err(e),
    }
}

/// `POST /admin/users/{id}/sign-in-link`: a new one-time link, shown once.
pub async fn issue_link(
    State(state): State<AppState>,
    Admin(admin): Admin,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    if !state.sso.password_sign_in() {
        return Err(Error::Conflict(Msg::new("err-password-sign-in-off")));
    }
    let token =
        auth_rules::issue_sign_in_link(&state.db, &state.settings.security, &admin, id, state.clock.now()).await?;
    let account = auth_rules::account(&state.db.read, id).await?;
    Ok(views::account(&page, &state.reference, &account, &FieldErrors::new(), Some(&link_url(&state, &token)))
        .into_response())
}

/// `POST /admin/users/{id}/sessions/end`: signs the account out everywhere.
pub async fn end_sessions(
    State(state): State<AppState>,
    Admin(admin): Admin,
    PathId(id): PathId,
) -> Result<Response, Error> {
    auth_rules::end_sessions_of(&state.db, &admin, id, state.clock.now()).await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}

/// `GET /admin/audit`: the log, filtered by who, action, record and dates.
pub async fn audit_log(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    Query(q): Query<AuditQuery>,
) -> Result<Response, Error> {
    match q.parse() {
        Ok((filter, n)) => {
            let log = audit_log::search(&state.db.read, &filter, n).await?;
            Ok(views::audit(&page, &log, &q, n, &FieldErrors::new()).into_response())
        }
        Err(Error::Invalid(errors)) => {
            let body = views::audit(&page, &AuditPage::default(), &q, 1, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
        Err(other) => Err(other),
    }
}

fn enabled(state: &AppState) -> Result<(), Error> {
    if state.settings.mail.transport == "file" { Ok(()) } else { Err(Error::NotFound) }
}

/// `?page=` of the mailbox.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MailboxQuery {
    page: Option<u64>,
}

/// `GET /admin/mailbox`
pub async fn mailbox(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    Query(q): Query<MailboxQuery>,
) -> Result<Response, Error> {
    enabled(&state)?;
    let n = q.page.unwrap_or(1).max(1);
    let (rows, pages) = outbox::page(&state.db.read, n, 50).await?;
    let queue = outbox::status(&state.db.read, 20).await?;
    Ok(views::mailbox(&page, &queue, state.clock.now(), &rows, n, pages.max(1)).into_response())
}

/// `GET /admin/mailbox/{id}`
pub async fn mail_message(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    enabled(&state)?;
    let row = outbox::get(&state.db.read, id).await?.ok_or(Error::NotFound)?;
    Ok(views::mail_message(&page, &row).into_response())
}

/// `GET /admin/mailbox/{id}/html`: the HTML part, framed by the message page in a sandbox.
pub async fn mail_html_part(
    State(state): State<AppState>,
    Admin(_): Admin,
    PathId(id): PathId,
) -> Result<Response, Error> {
    enabled(&state)?;
    let row = outbox::get(&state.db.read, id).await?.ok_or(Error::NotFound)?;
    let mut response = row.html_body.into_response();
    let h = response.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox allow-popups allow-popups-to-escape-sandbox"));
    h.insert("x-frame-options", HeaderValue::from_static("SAMEORIGIN"));
    Ok(response)
}

/// `?ran=` after a "run now".
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RanQuery {
    /// The job just run.
    pub ran: Option<String>,
}

/// `GET /admin/jobs`: every job with its schedule, latest run and next run.
pub async fn list_jobs(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    Query(q): Query<RanQuery>,
) -> Result<Response, Error> {
    let jobs = runs::overview(&state, state.clock.now()).await?;
    let ran = q.ran.and_then(|r| r.parse::<JobName>().ok());
    Ok(views::jobs(&page, &jobs, ran, state.settings.jobs.scheduler).into_response())
}

/// `POST /admin/jobs/{name}/run`: runs the job now, then shows the list with its outcome.
pub async fn run_job(
    State(state): State<AppState>,
    Admin(_): Admin,
    Path(name): Path<String>,
) -> Result<Response, Error> {
    let job: JobName = name.parse()?;
    runs::run_now(&state, job).await?;
    Ok(see_other(&format!("/admin/jobs?ran={job}")))
}

/// `GET /organiser/events/{id}/reminders`: who will get which reminder when.
pub async fn reminders_preview(
    State(state): State<AppState>,
    Staff(staff): Staff,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let event = crate::events::rules::managed_event(&state.db.read, &staff, id).await?;
    let settings = &state.settings.jobs.event_reminders;
    let rows = reminders::preview(&state.db.read, &event, settings, state.clock.now()).await?;
    Ok(views::reminders(&page, &event, &rows, settings.enabled && state.settings.jobs.scheduler).into_response())
}
