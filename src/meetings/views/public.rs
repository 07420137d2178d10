//! The public agenda of a meeting with each item's published list of speakers, and the
//! focal point's page where a delegation inscribes and withdraws through its link.

use std::collections::BTreeMap;

use maud::{Markup, html};

use super::super::documents::Documents;
use super::super::input::LinkInscriptionForm;
use super::super::speakers::{LinkSpeakers, ListOfSpeakers, SpeakerRow};
use super::super::statements::StatementRow;
use super::documents::{language_name, version_links};
use super::{group_choices, item_heading, item_settings, level_choices, on_behalf_text, published_table};
use crate::domain::InscriptionState;
use crate::entities::{event, event_session};
use crate::error::FieldErrors;
use crate::i18n::Tr;
use crate::reference::Reference;
use crate::web::components::{self as c, Alert, Header, Input};
use crate::web::extract::Page;
use crate::web::layout;

/// The official documents, published statements and sessions shown under the agenda's items.
#[derive(Debug, Clone, Copy)]
pub struct AgendaPapers<'a> {
    /// The sessions that take up each item, by item id.
    pub sessions: &'a BTreeMap<i32, Vec<event_session::Model>>,
    /// The meeting's public documents.
    pub documents: &'a Documents,
    /// Its published statements.
    pub statements: &'a [StatementRow],
}

/// An item's documents and published statements.
fn item_papers(tr: Tr, e: &event::Model, item_id: i32, papers: AgendaPapers<'_>) -> Markup {
    let docs: Vec<_> = papers.documents.under(item_id).collect();
    let statements: Vec<&StatementRow> =
        papers.statements.iter().filter(|s| s.statement.agenda_item_id == item_id).collect();
    let base = format!("/events/{}/documents", e.id);
    html! {
        @if !docs.is_empty() {
            h3 { (tr.t("doc-documents")) }
            ul.documents { @for r in docs {
                li data-document=(r.document.id) { strong { (r.document.symbol) } " — " (r.document.title) " " (version_links(tr, &base, r)) }
            } }
        }
        @if !statements.is_empty() {
            h3 { (tr.t("stmt-title")) }
            ul.statements { @for s in statements {
                li data-statement=(s.statement.id) {
                    a href={ "/events/" (e.id) "/statements/" (s.statement.id) } lang=(s.language.as_str()) { (s.state) " (" (language_name(tr, s.language)) ")" }
                    " " span.tag { (tr.t("stmt-check-against-delivery")) }
                }
            } }
        }
    }
}

/// The agenda of a published meeting, each item with the sessions that take it up, its
/// published list of speakers, its documents and its published statements.
pub fn public_agenda(page: &Page, e: &event::Model, lists: &[ListOfSpeakers], papers: AgendaPapers<'_>) -> Markup {
    let tr = page.tr;
    let event_title = crate::events::content::title(e, tr.lang());
    let title = tr.ta("meet-public-title", &[("title", &event_title.text)]);
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).crumb(tr.t("nav-events"), "/").crumb(event_title.text.clone(), format!("/events/{}", e.id)).render(page))
            @if lists.is_empty() { (c::empty_state(&tr.t("meet-agenda-empty"), html! {})) }
            ol.agenda #agenda {
                @for l in lists {
                    li data-item=(l.item.id) {
                        h2 { (item_heading(&l.item)) }
                        p.meta { (item_settings(tr, &l.item)) }
                        (item_sessions(page, e, papers.sessions.get(&l.item.id)))
                        @let rows: Vec<&SpeakerRow> = l.published().collect();
                        @if rows.is_empty() { p.hint { (tr.t("meet-no-speakers")) } } @else {
                            (published_table(tr, &tr.t("meet-list-of-speakers"), &rows))
                            p { a href={ "/events/" (e.id) "/agenda/" (l.item.id) "/speakers.pdf" } { (tr.t("meet-pdf-link")) (c::for_row(&l.item.number)) } }
                        }
                        (item_papers(tr, e, l.item.id, papers))
                    }
                }
            }
            @let other: Vec<_> = papers.documents.without_item().collect();
            @if !other.is_empty() {
                h2 { (tr.t("doc-other")) }
                ul.documents { @for r in other {
                    li data-document=(r.document.id) { strong { (r.document.symbol) } " — " (r.document.title) " " (version_links(tr, &format!("/events/{}/documents", e.id), r)) }
                } }
            }
            p { a href={ "/events/" (e.id) "/documents" } { (tr.t("doc-all-link")) } }
        },
    )
}

/// The sessions that take up an item, each with its day and hours in the meeting's time zone.
fn item_sessions(page: &Page, e: &event::Model, sessions: Option<&Vec<event_session::Model>>) -> Markup {
    let tr = page.tr;
    let (Some(sessions), Ok(tz)) = (sessions.filter(|s| !s.is_empty()), e.time_zone.parse::<chrono_tz::Tz>()) else {
        return html! {};
    };
    html! {
        div.item-sessions {
            h3 { (tr.t("meet-item-sessions")) }
            ul { @for s in sessions {
                @let (from, to) = (s.starts_at.with_timezone(&tz), s.ends_at.with_timezone(&tz));
                li data-session=(s.id) {
                    (c::day_heading(tr, from.date_naive())) ", "
                    time datetime=(s.starts_at.to_rfc3339()) { (from.format("%H:%M")) } "–"
                    time datetime=(s.ends_at.to_rfc3339()) { (to.format("%H:%M")) } ": "
                    (c::in_lang(&crate::events::content::session_title(e, s, tr.lang()), tr.lang()))
                    @if let Some(room) = s.room.as_deref().filter(|r| !r.is_empty()) { " (" (room) ")" }
                }
            } }
        }
    }
}

fn own_inscriptions(page: &Page, token: &str, p: &LinkSpeakers) -> Markup {
    let tr = page.tr;
    let own: Vec<(&ListOfSpeakers, &SpeakerRow)> = p
        .lists
        .iter()
        .flat_map(|l| l.rows.iter().map(move |r| (l, r)))
        .filter(|(_, r)| r.delegation_id == Some(p.delegation_id) && r.state != InscriptionState::Withdrawn)
        .collect();
    html! {
        section #own {
            h2 { (tr.t("meet-own-title")) }
            @if own.is_empty() { p.hint { (tr.t("meet-own-none")) } }
            ul { @for (l, r) in own {
                li data-speaker=(r.id) {
                    strong { (item_heading(&l.item)) } ": "
                    (tr.ta("meet-own-place", &[("place", &r.place.unwrap_or_default().to_string())]))
                    @if let Some(g) = on_behalf_text(tr, r) { " (" (g) ")" }
                    @if r.state == InscriptionState::Spoke { " — " (tr.t("meet-heard")) } @else {
                        form.inline method="post" action={ "/n/" (token) "/speakers/" (r.id) "/withdraw" } {
                            (c::csrf_field(&page.csrf))
                            button type="submit" { (tr.t("meet-action-withdraw")) (c::for_row(&l.item.number)) }
                        }
                    }
                }
            } }
        }
    }
}

/// The focal point's page: the delegation's inscriptions, and the form inscribing on an open list.
pub fn link_speakers(
    page: &Page,
    reference: &Reference,
    token: &str,
    p: &LinkSpeakers,
    form: &LinkInscriptionForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = page.tr;
    let title = tr.ta("meet-link-title", &[("state", &p.state)]);
    let open: Vec<(String, String)> =
        p.lists.iter().filter(|l| l.item.list_open).map(|l| (l.item.id.to_string(), item_heading(&l.item))).collect();
    layout::page(
        page,
        &title,
        html! {
            (Header::new(title.clone()).lead(c::in_lang(&crate::events::content::title(&p.event, tr.lang()), tr.lang())).render(page))
            (own_inscriptions(page, token, p))
            section #inscribe {
                h2 { (tr.t("meet-inscribe-title")) }
                @if open.is_empty() { (c::alert_text(Alert::Info, &tr.t("meet-no-open-list"))) } @else {
                    (c::with_error_summary(tr, errors, html! {
                        form.stack method="post" action={ "/n/" (token) "/speakers" } {
                            (c::csrf_field(&page.csrf))
                            (c::select(tr, errors, "item", "meet-field-item", &open, &form.item, true))
                            (c::select(tr, errors, "level", "meet-field-level", &level_choices(tr), &form.level, true))
                            (c::select(tr, errors, "on_behalf_of", "meet-field-group", &group_choices(tr, reference), &form.on_behalf_of, false))
                            (c::input(tr, errors, Input::text("other_group", "meet-field-other-group", &form.other_group)))
                            button.primary type="submit" { (tr.t("meet-inscribe")) }
                        }
                    }))
                }
            }
            p { a href={ "/n/" (token) "/statements" } { (tr.t("stmt-title")) } " · " a href={ "/n/" (token) } { (tr.t("meet-back-to-nominations")) } }
        },
    )
}
