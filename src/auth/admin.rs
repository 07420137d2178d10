//! The admin's pages for staff accounts: list, create (with a one-time sign-in link to hand
//! over), change role and programmes, disable, and issue a new sign-in link.

use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::rules::{self, AccessChange, NewUser};
use super::views;
use crate::AppState;
use crate::audit::Actor;
use crate::domain::{self, Email, Role};
use crate::error::{Error, FieldErrors, Msg};
use crate::web::extract::{Admin, Page, PathId};
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
    let accounts = rules::list_accounts(&state.db.read).await?;
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
    let created = match rules::create_user(&state.db, &state.settings.security, &Actor::staff(&admin), new, now).await {
        Ok(u) => u,
        Err(Error::Invalid(e)) => return render_list(&state, &page, &form, &e, None).await,
        Err(e) => return Err(e),
    };
    let token = rules::issue_sign_in_link(&state.db, &state.settings.security, &admin, created.id, now).await?;
    render_list(&state, &page, &Vec::new(), &FieldErrors::new(), Some((created.email, link_url(&state, &token)))).await
}

/// `GET /admin/users/{id}`
pub async fn edit_user_page(
    State(state): State<AppState>,
    Admin(_): Admin,
    page: Page,
    PathId(id): PathId,
) -> Result<Response, Error> {
    let account = rules::account(&state.db.read, id).await?;
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
            rules::change_access(&state.db, &admin, id, AccessChange { role, programmes, disabled }, state.clock.now())
                .await
        }
        _ => Err(Error::Invalid(errors)),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/admin/users/{id}"))),
        Err(Error::Invalid(errors)) => {
            let account = rules::account(&state.db.read, id).await?;
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
    let token = rules::issue_sign_in_link(&state.db, &state.settings.security, &admin, id, state.clock.now()).await?;
    let account = rules::account(&state.db.read, id).await?;
    Ok(views::account(&page, &state.reference, &account, &FieldErrors::new(), Some(&link_url(&state, &token)))
        .into_response())
}
