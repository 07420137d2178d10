//! Views of the staff member's own account pages beside the password: their sessions and their
//! API tokens.

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use super::rules::SessionEntry;
use super::scopes::{ApiScopes, Scope};
use crate::entities::api_token;
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::web::components::{
    self as c, Alert, Header, Input, Table, Tone, alert, alert_text, csrf_field, input, with_error_summary,
};
use crate::web::extract::Page;
use crate::web::layout;

/// The account's pages, with the current one marked.
pub fn account_nav(tr: Tr, here: &str) -> Markup {
    let pages = [
        ("/account/password", "password-title"),
        ("/account/sessions", "sessions-title"),
        ("/account/tokens", "tokens-title"),
        ("/account/two-factor", "two-factor-title"),
    ];
    html! {
        nav.event-nav aria-label=(tr.t("nav-account")) {
            ul {
                @for (href, key) in pages {
                    li { a href=(href) aria-current=[(href == here).then_some("page")] { (tr.t(key)) } }
                }
            }
        }
    }
}

fn when(tr: Tr, at: DateTime<Utc>) -> String {
    c::moment(tr, at, "UTC")
}

/// The staff member's live sessions, the current one marked, each with a button that ends it.
pub fn sessions(page: &Page, sessions: &[SessionEntry], ended: bool) -> Markup {
    let tr = page.tr;
    let others = sessions.iter().filter(|s| !s.current).count();
    layout::page(
        page,
        &tr.t("sessions-title"),
        html! {
            (Header::new(tr.t("sessions-title")).lead(html! { (tr.t("sessions-intro")) }).render(page))
            (account_nav(tr, "/account/sessions"))
            @if ended { (alert_text(Alert::Success, &tr.t("sessions-ended"))) }
            (Table::under_heading(&tr.t("sessions-title")).render(html! {
                thead { tr {
                    th scope="col" { (tr.t("sessions-opened")) } th scope="col" { (tr.t("sessions-last-seen")) }
                    th scope="col" { (tr.t("sessions-browser")) } th scope="col" { (tr.t("sessions-address")) }
                    th scope="col" { span.visually-hidden { (tr.t("sessions-end")) } }
                } }
                tbody {
                    @for s in sessions {
                        tr {
                            td {
                                (when(tr, s.created_at))
                                @if s.current { " " (c::badge(Tone::Ok, &tr.t("sessions-current"))) }
                            }
                            td { (s.last_seen_at.map(|t| when(tr, t)).unwrap_or_default()) }
                            td { (s.user_agent.as_deref().unwrap_or("")) }
                            td { (s.address.as_deref().unwrap_or("")) }
                            td {
                                form.inline method="post" action="/account/sessions/end" {
                                    (csrf_field(&page.csrf))
                                    input type="hidden" name="session" value=(s.key);
                                    button type="submit" { (tr.t(if s.current { "nav-sign-out" } else { "sessions-end" })) }
                                }
                            }
                        }
                    }
                }
            }))
            @if others > 0 {
                form method="post" action="/account/sessions/end-others" {
                    (csrf_field(&page.csrf))
                    button.primary type="submit" { (tr.t("sessions-end-others")) }
                }
            }
        },
    )
}

/// What the tokens page shows besides the list: the form's values and errors, and a token just
/// made (shown once).
#[derive(Debug, Default)]
pub struct TokenForm<'a> {
    /// The label typed.
    pub label: &'a str,
    /// The scopes ticked.
    pub scopes: Option<ApiScopes>,
    /// The days typed.
    pub days: &'a str,
    /// Problems with them.
    pub errors: FieldErrors,
    /// A token just created.
    pub created: Option<String>,
    /// Whether a token was just revoked.
    pub revoked: bool,
}

fn token_state(tr: Tr, t: &api_token::Model, now: DateTime<Utc>) -> Markup {
    let (tone, key) = match (t.revoked_at, t.expires_at) {
        (Some(_), _) => (Tone::Off, "tokens-state-revoked"),
        (None, Some(at)) if at <= now => (Tone::Off, "tokens-state-expired"),
        _ => (Tone::Ok, "tokens-state-active"),
    };
    c::badge(tone, &tr.t(key))
}

fn scope_names(tr: Tr, stored: &str) -> String {
    match ApiScopes::parse(stored) {
        Ok(scopes) => scopes
            .scopes()
            .into_iter()
            .map(|s| tr.t(&format!("tokens-scope-{}", s.as_str())))
            .collect::<Vec<_>>()
            .join(", "),
        Err(_) => stored.to_owned(),
    }
}

/// The staff member's API tokens (scopes, expiry, last use, revoke) and the form for a new one.
pub fn tokens(
    page: &Page,
    rows: &[api_token::Model],
    form: &TokenForm<'_>,
    max_days: u32,
    now: DateTime<Utc>,
) -> Markup {
    let tr = page.tr;
    let ticked = |s: Scope| form.scopes.unwrap_or(ApiScopes::FULL).has(s);
    layout::page(
        page,
        &tr.t("tokens-title"),
        html! {
            (Header::new(tr.t("tokens-title")).lead(html! { (tr.t("tokens-intro")) }).render(page))
            (account_nav(tr, "/account/tokens"))
            @if let Some(token) = &form.created {
                (alert(Alert::Success, html! { p { (tr.t("tokens-created")) } p { code.link-out #new-token { (token) } } }))
            }
            @if form.revoked { (alert_text(Alert::Success, &tr.t("tokens-revoked"))) }
            @if !rows.is_empty() {
                (Table::under_heading(&tr.t("tokens-title")).render(html! {
                    thead { tr {
                        th scope="col" { (tr.t("tokens-label")) } th scope="col" { (tr.t("tokens-scopes")) }
                        th scope="col" { (tr.t("tokens-expires")) } th scope="col" { (tr.t("tokens-last-used")) }
                        th scope="col" { (tr.t("field-status")) }
                        th scope="col" { span.visually-hidden { (tr.t("tokens-revoke")) } }
                    } }
                    tbody {
                        @for t in rows {
                            tr {
                                td { (t.label) }
                                td { (scope_names(tr, &t.scopes)) }
                                td { (t.expires_at.map(|at| when(tr, at)).unwrap_or_else(|| tr.t("tokens-never"))) }
                                td { (t.last_used_at.map(|at| when(tr, at)).unwrap_or_else(|| tr.t("tokens-never"))) }
                                td { (token_state(tr, t, now)) }
                                td {
                                    @if t.revoked_at.is_none() {
                                        form.inline method="post" action={ "/account/tokens/" (t.id) "/revoke" } {
                                            (csrf_field(&page.csrf))
                                            button type="submit" { (tr.t("tokens-revoke")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }))
            }
            h2 { (tr.t("tokens-new")) }
            (with_error_summary(tr, &form.errors, html! {
                form.stack method="post" action="/account/tokens" {
                    (csrf_field(&page.csrf))
                    (input(tr, &form.errors, Input::text("label", "tokens-label", form.label).required()))
                    fieldset #scopes {
                        legend { (tr.t("tokens-scopes")) }
                        @if let Some(m) = form.errors.get("scopes") { p.field-error { (tr.msg(m)) } }
                        @for s in [Scope::Read, Scope::Write, Scope::Checkin] {
                            div.field.check {
                                input id={ "scope-" (s.as_str()) } name="scope" value=(s.as_str()) type="checkbox" checked[ticked(s)];
                                label for={ "scope-" (s.as_str()) } { (tr.t(&format!("tokens-scope-{}-hint", s.as_str()))) }
                            }
                        }
                    }
                    (input(tr, &form.errors, Input::text("days", "tokens-days", form.days).kind("number")))
                    p.hint { (tr.ta("tokens-days-max", &[("max", &max_days.to_string())])) }
                    button.primary type="submit" { (tr.t("tokens-create")) }
                }
            }))
        },
    )
}
